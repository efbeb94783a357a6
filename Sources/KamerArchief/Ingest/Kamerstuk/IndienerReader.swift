import Foundation

/// Reads who submits a motie or amendement from its heading: `MOTIE VAN HET LID CEDER`,
/// `Motie van de leden Bontenbal, Kröger en Van der Lee over …`, `GEWIJZIGD AMENDEMENT VAN HET LID
/// FLACH TER VERVANGING VAN …`.
///
/// The names run from `van het lid`/`van de leden` to the end of the heading or to a word that opens
/// what follows them (`KamerstukTitle.nameEnders`: `over`, `ter`, `inzake`, `voorgesteld` …); `c.s.`
/// is dropped. Names printed in capitals are written as `KamerstukTitle.name` writes them.
public enum IndienerReader {
    public static func read(_ heading: String) -> [String] {
        let words = heading.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let lower = words.map { $0.lowercased() }
        guard let start = (0..<max(0, words.count - 2)).first(where: { index in
            lower[index] == "van" && ((lower[index + 1] == "het" && lower[index + 2] == "lid")
                || (lower[index + 1] == "de" && lower[index + 2] == "leden"))
        }) else { return [] }
        var names: [[String]] = [[]]
        for (word, key) in zip(words[(start + 3)...], lower[(start + 3)...]) {
            if key == "c.s." || key == "c.s" { continue }
            if KamerstukTitle.nameEnders.contains(word.uppercased()) { break }
            if key == "en" || key == "&" {
                names.append([])
            } else if word.hasSuffix(",") {
                names[names.count - 1].append(String(word.dropLast()))
                names.append([])
            } else {
                names[names.count - 1].append(word)
            }
        }
        return names.filter { !$0.isEmpty }.map { name in
            let joined = name.joined(separator: " ")
            return joined == joined.uppercased() ? KamerstukTitle.name(name) : joined
        }
    }

    /// `Voorstel van wet van het lid Kröger tot …`, `Voorstel van rijkswet van de leden …`: a
    /// dossier's title that names the members who brought the bill.
    public static func namesMembersBill(_ title: String) -> Bool {
        ["Voorstel van wet van het lid ", "Voorstel van wet van de leden ", "Voorstel van rijkswet van het lid ", "Voorstel van rijkswet van de leden "]
            .contains { title.utf8.starts(with: $0.utf8) }
    }

    /// A heading names the first indiener and drops the rest behind `c.s.`; the members who sign
    /// (names without a function) are all of them. Their names win when they are more and include
    /// every name of the heading (`Flach` is in `L. Flach`).
    /// A name in capitals has lost its accents (`KOSTIC`): the signer's spelling (`Kostić`) wins.
    public static func read(_ heading: String, signers: [Signer]) -> [String] {
        let named = read(heading)
        let signed = signers.filter { $0.functie == nil }.map(\.naam)
        guard signed.count > named.count, signed.count == signers.count,
            named.allSatisfy({ name in signed.contains { isNamed($0, by: name) } })
        else {
            return named.map { name in signed.first { folded($0) == folded(name) } ?? name }
        }
        return signed
    }

    /// The indieners in the order the heading names them (`Motie van het lid Hirsch c.s.`: Hirsch
    /// first), the others after them as they were: a publication's metadata lists them in no order.
    public static func ordered(_ indieners: [String], by heading: String) -> [String] {
        let named = read(heading)
        guard !named.isEmpty else { return indieners }
        func rank(_ indiener: String) -> Int { named.firstIndex { isNamed(indiener, by: $0) } ?? named.count }
        return indieners.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
    }

    /// Whether a member's full name (`M. van Nispen`, `Henri Bontenbal`) is the one a heading gives
    /// (`Van Nispen`, `Bontenbal`, or with a first name: `Diederik van Dijk`), without regard to case
    /// or accents. Initials are no part of it, and a tussenvoegsel is: `D.G. van Dijk` is not `Dijk`.
    static func isNamed(_ full: String, by name: String) -> Bool {
        let name = folded(name)
        let rest = folded(full).split(separator: " ").drop { $0.hasSuffix(".") }.joined(separator: " ")
        return rest == name || endsWithSurname(name, rest) || endsWithSurname(rest, name)
    }

    /// Whether `name` ends with the whole of `surname` after a first name (`henri bontenbal`,
    /// `bontenbal`), not after a tussenvoegsel of its own (`van dijk` does not end with `dijk`).
    private static func endsWithSurname(_ name: String, _ surname: String) -> Bool {
        guard name.hasSuffix(" " + surname) else { return false }
        let before = name.dropLast(surname.count + 1).split(separator: " ").last.map(String.init) ?? ""
        return !MotieStructurer.tussenvoegsels.contains(before)
    }

    static func folded(_ name: String) -> String { TextFolding.caseAndDiacritics.fold(name) }
}
