/// Dossier numbers, document identifiers and vergaderjaren as official publications print them.
enum KamerstukIdentifier {
    /// `21 501-02` → `21501-02`, `36 600 XIV` → `36600-XIV`, `28 844` → `28844`: the main number
    /// with its thousands space removed, and the toevoeging (after a space or hyphen) kept behind a hyphen.
    static func dossier(_ printed: String) -> String? {
        let scalars = Array(printed.unicodeScalars.filter { !$0.properties.isWhitespace || $0 == " " })
        var index = 0
        var main = ""
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isASCIIDigit {
                main.unicodeScalars.append(scalar)
            } else if scalar == " ", index + 1 < scalars.count, scalars[index + 1].isASCIIDigit, main.count <= 3 {
                // `21 501`: a thousands space inside the main number.
            } else {
                break
            }
            index += 1
        }
        guard !main.isEmpty else { return nil }
        let toevoeging = String(scalars: scalars[index...])
            .split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "-")
        return toevoeging.isEmpty ? main : "\(main)-\(toevoeging)"
    }

    /// `kst-36600-XIV-2` → dossier `36600-XIV`, ondernummer `2`, by the rule of
    /// `CitationParser.kamerstukTails`: the last segment is the ondernummer, and a middle segment
    /// is a toevoeging only when it is short (one or two digits, or one to five capitals).
    static func kamerstuk(fromDocument identifier: String) -> KamerstukNumber? {
        guard identifier.hasPrefix("kst-") else { return nil }
        let segments = identifier.dropFirst(4).split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard segments.count == 2 || segments.count == 3, (4...6).contains(segments[0].count),
              segments[0].allSatisfy(\.isASCIIDigit), let ondernummer = segments.last, !ondernummer.isEmpty,
              ondernummer.allSatisfy({ $0.isASCIIDigit || ($0.isUppercase && $0.isASCII) }) else { return nil }
        if segments.count == 3 {
            let toevoeging = segments[1]
            let isShort = (1...2).contains(toevoeging.count) && toevoeging.allSatisfy(\.isASCIIDigit)
                || (1...5).contains(toevoeging.count) && toevoeging.allSatisfy { $0.isASCII && $0.isUppercase }
            guard isShort else { return nil }
            return KamerstukNumber(dossier: "\(segments[0])-\(toevoeging)", ondernummer: ondernummer)
        }
        return KamerstukNumber(dossier: segments[0], ondernummer: ondernummer)
    }

    /// An item of the Handelingen by house (`II`, `I`), vergaderjaar (`2025-2026`), meeting and item.
    struct HandelingenItemName: Equatable {
        var kamer: String
        var vergaderjaar: String
        var meeting: String
        var item: String
    }

    /// `h-tk-20252026-58-9` (or `….html`): the Tweede Kamer's Handelingen of 2025-2026, meeting 58,
    /// item 9; `h-ek-…` the Eerste Kamer's. Nil for any other name, and for the older Handelingen
    /// named by their pages (`h-tk-20062007-3564-3568`), which no meeting and item number name.
    static func handelingenItem(fromDocument identifier: String) -> HandelingenItemName? {
        // Asked of every part of a publication's metadata links: decided on the first bytes.
        guard identifier.utf8.starts(with: "h-".utf8) else { return nil }
        let name = identifier.hasSuffix(".html") ? identifier.dropLast(5) : Substring(identifier)
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "h", parts[1] == "tk" || parts[1] == "ek", parts[2].count == 8,
            parts[2...].allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), parts[3].count <= 3, parts[4].count <= 3,
            let year = Int(parts[2].prefix(4)), Int(parts[2].suffix(4)) == year + 1
        else { return nil }
        return HandelingenItemName(
            kamer: parts[1] == "tk" ? "II" : "I", vergaderjaar: "\(year)-\(year + 1)", meeting: String(parts[3]), item: String(parts[4]))
    }

    /// `Vergaderjaar 2022-2023` (or `2022–2023`, `2022/2023`) → `2022-2023`: two consecutive years.
    static func vergaderjaar(_ printed: String) -> String? {
        let digits = printed.split(whereSeparator: { !$0.isASCIIDigit }).filter { $0.count == 4 }.compactMap { Int($0) }
        guard digits.count >= 2, digits[1] == digits[0] + 1 else { return nil }
        return "\(digits[0])-\(digits[1])"
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
