/// Makes a Kamerstuk's printed title readable: official titles are set in capitals
/// (`BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES`), pages want
/// `Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties`.
///
/// All-caps titles become sentence case, except institutions (`Raad van State`, `Tweede Kamer`)
/// and two kinds of names: a ministry or portfolio after `MINISTER VAN/VOOR` or
/// `STAATSSECRETARIS VAN/VOOR` is in title case with small words lowercase,
/// and members' names after `HET LID` or `DE LEDEN` are capitalised per word with tussenvoegsels
/// lowercase inside a name (`Van der Lee`). A title in mixed case is kept as written. A title that
/// names no subject of its own (`MEMORIE VAN TOELICHTING`, `VERSLAG`) gets the dossier title after
/// a dash.
public enum KamerstukTitle {
    public static func readable(_ printed: String, dossierTitle: String?) -> String {
        let (words, isAllCaps) = wordsAndCase(printed)
        let title = isAllCaps ? recased(words) : words.joined(separator: " ")
        guard let dossierTitle, !dossierTitle.isEmpty, namesNoSubject(words) else { return title }
        return "\(title) – \(dossierTitle)"
    }

    /// The publication's own title where it says more than the printed one: a motie's or a
    /// letter's heading names its members or its sender (`Motie van het lid Rikkers-Oosterkamp`),
    /// and officielebekendmakingen.nl's title (`OVERHEIDop.documenttitel`) goes on with what it is
    /// about (`… over afspraken over een regionaal budget`). Taken where it opens with the readable
    /// title, up to a replaced paper's words (`ter vervanging van …`, which it writes `(t.v.v. …)`).
    public static func extended(_ title: String, by documentTitle: String?) -> String {
        guard let documentTitle else { return title }
        let opening = title.range(of: " ter vervanging", options: .caseInsensitive).map { String(title[..<$0.lowerBound]) } ?? title
        // The heading's capitals have lost a name's accents (`KOSTIC`, `Kostić`).
        let folding = TextFolding.caseAndDiacritics
        guard documentTitle.count > opening.count, folding.fold(documentTitle.prefix(opening.count)) == folding.fold(opening),
            documentTitle.dropFirst(opening.count).first == " "
        else { return title }
        return documentTitle
    }

    /// The paper a changed motie or amendement replaces, as its title names it: `… ter vervanging
    /// van die gedrukt onder nr. 51` (in `dossier`, the paper's own), or `(t.v.v. 36725-XVII-51)`
    /// as officielebekendmakingen.nl's title writes it.
    public static func replaced(in title: String, dossier: String?) -> KamerstukNumber? {
        let lower = title.lowercased()
        if let marker = lower.range(of: "(t.v.v. "), let end = lower[marker.upperBound...].firstIndex(of: ")") {
            return KamerstukIdentifier.kamerstuk(fromDocument: "kst-" + title[marker.upperBound..<end].trimmingCharacters(in: .whitespaces))
        }
        guard let dossier, let marker = lower.range(of: "ter vervanging van die gedrukt onder nr. ") else { return nil }
        let number = lower[marker.upperBound...].prefix { $0.isASCII && ($0.isNumber || $0.isLetter) }
        guard let first = number.first, first.isNumber else { return nil }
        return KamerstukNumber(dossier: dossier, ondernummer: String(title[marker.upperBound...].prefix(number.count)))
    }

    /// The title's words (split at white space) and whether it is all capitals. A title of ASCII,
    /// most of them, is read on its bytes, where each byte but CR LF is a Character of its own and
    /// white space and lowercase are the ASCII ones; any other asks its Characters.
    static func wordsAndCase(_ printed: String) -> (words: [String], isAllCaps: Bool) {
        let onBytes = printed.utf8.withContiguousStorageIfAvailable { bytes -> (words: [String], isAllCaps: Bool)? in
            guard ByteWords.firstNonASCII(bytes) == bytes.count else { return nil }
            var words: [String] = []
            var start = -1, hasLowercase = false
            for offset in 0...bytes.count {
                let byte = offset < bytes.count ? bytes[offset] : 0x20
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)) }
                    start = -1
                } else {
                    if start < 0 { start = offset }
                    if (0x61...0x7A).contains(byte) { hasLowercase = true }
                }
            }
            return (words, !words.isEmpty && !hasLowercase)
        }
        if let onBytes, let onBytes { return onBytes }
        let words = printed.split(whereSeparator: \.isWhitespace).map(String.init)
        return (words, !words.isEmpty && !printed.contains(where: \.isLowercase))
    }

    /// `word.trimmingCharacters(in: ",;:()")`: those scalars taken off both ends.
    static func trimmingPunctuation(_ word: String) -> String {
        func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar { case ",", ";", ":", "(", ")": true; default: false }
        }
        let scalars = word.unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isTrimmed(first) || isTrimmed(last) else { return word }
        let start = scalars.firstIndex { !isTrimmed($0) } ?? scalars.endIndex
        let end = scalars.lastIndex { !isTrimmed($0) }.map { scalars.index(after: $0) } ?? start
        return start < end ? String(scalars[start..<end]) : ""
    }

    /// Titles (uppercase, single-spaced) that say what kind of paper it is and nothing more.
    static let subjectless: Set<String> = [
        "MEMORIE VAN TOELICHTING", "MEMORIE VAN ANTWOORD", "NADERE MEMORIE VAN ANTWOORD",
        "VERSLAG", "NADER VERSLAG", "VOORLOPIG VERSLAG", "EINDVERSLAG", "NADER VOORLOPIG VERSLAG",
        "NOTA NAAR AANLEIDING VAN HET VERSLAG", "NOTA NAAR AANLEIDING VAN HET NADER VERSLAG",
        "NOTA VAN WIJZIGING", "TWEEDE NOTA VAN WIJZIGING", "DERDE NOTA VAN WIJZIGING", "NOTA VAN ANTWOORD",
        "VOORSTEL VAN WET", "GEWIJZIGD VOORSTEL VAN WET", "KONINKLIJKE BOODSCHAP",
        "ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT", "LIJST VAN VRAGEN EN ANTWOORDEN",
        // Reports of meetings and of written consultations, whose dossier is their subject.
        "VERSLAG VAN EEN COMMISSIEDEBAT", "VERSLAG VAN EEN ALGEMEEN OVERLEG", "VERSLAG VAN EEN NOTAOVERLEG",
        "VERSLAG VAN EEN WETGEVINGSOVERLEG", "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "VERSLAG VAN EEN HOORZITTING",
        "VERSLAG VAN EEN RONDETAFELGESPREK", "VERSLAG VAN EEN WERKBEZOEK",
    ]

    /// Words after which a portfolio name follows (`MINISTER VAN …`).
    static let officeWords: Set<String> = ["MINISTER", "MINISTERS", "STAATSSECRETARIS", "STAATSSECRETARISSEN", "COMMISSIE"]
    /// Words after which members' names follow (`HET LID …`, `DE LEDEN …`).
    static let memberWords: [[String]] = [["HET", "LID"], ["DE", "LEDEN"]]
    /// Lowercase inside a portfolio name: `Binnenlandse Zaken en Koninkrijksrelaties`.
    static let smallWords: Set<String> = ["EN", "VAN", "VOOR", "DE", "HET", "DER", "IN", "OP", "AAN", "MET", "TOT", "BIJ", "'S"]
    /// Tussenvoegsels, lowercase inside a name and capitalised at its start (`Van der Lee`).
    static let tussenvoegsels: Set<String> = [
        "VAN", "DER", "DEN", "DE", "TE", "TEN", "TER", "HET", "'T", "’T", "IN", "OP", "LA", "LE", "EL", "DA", "DU", "DOS", "DI",
    ]
    /// Institutions a sentence-case title still writes with capitals, as printed in mixed case.
    static let properNames: [[String]] = [
        ["Afdeling", "advisering"], ["Raad", "van", "State"], ["Staten-Generaal"], ["Tweede", "Kamer"], ["Eerste", "Kamer"],
        ["Europese", "Commissie"], ["Europese", "Unie"], ["Europees", "Parlement"], ["Europese", "Raad"], ["Nederland"],
        ["Algemene", "Rekenkamer"], ["Nationale", "ombudsman"], ["Kiesraad"],
    ]
    /// Words that end a name and continue the sentence (`… TER VERVANGING VAN …`, `… OVER …`).
    static let nameEnders: Set<String> = ["OVER", "TER", "INZAKE", "HOUDENDE", "BETREFFENDE", "TEN", "NAAR", "VOORGESTELD", "C.S.", "TOT"]

    /// One member's name printed in capitals, written the Dutch way: the first word and every word
    /// that is no tussenvoegsel capitalised (`VAN DER LEE` → `Van der Lee`, `KRÖGER` → `Kröger`).
    static func name(_ words: [String]) -> String {
        words.enumerated().map { index, word in
            index > 0 && tussenvoegsels.contains(word.uppercased()) ? word.lowercased() : capitalized(word)
        }.joined(separator: " ")
    }

    /// `KRÖGER` → `Kröger`, `BASIS-` → `Basis-`, `BAARLE-DASSEN` → `Baarle-Dassen`.
    static func capitalized(_ word: String) -> String {
        word.split(separator: "-", omittingEmptySubsequences: false).map { part in
            guard let first = part.first else { return "" }
            return String(first).uppercased() + part.dropFirst().lowercased()
        }.joined(separator: "-")
    }
}

private extension KamerstukTitle {
    enum Mode { case sentence, office, members }

    static func recased(_ words: [String]) -> String {
        var out: [String] = []
        var mode = Mode.sentence
        var startsName = true
        var properNameEnd = 0
        for (index, word) in words.enumerated() {
            if index < properNameEnd { continue }
            if mode == .sentence, let name = properName(at: index, in: words) {
                // Punctuation around the name (`STATE,`) stays as printed.
                for (offset, written) in name.enumerated() {
                    let printed = words[index + offset]
                    let bare = trimmingPunctuation(printed)
                    out.append(printed.replacing(bare, with: index + offset == 0 ? capitalized(written) : written, maxReplacements: 1))
                }
                properNameEnd = index + name.count
                continue
            }
            let upper = word.uppercased()
            let bare = trimmingPunctuation(upper)
            if mode != .sentence, nameEnders.contains(bare) || bare.hasPrefix("(") || (bare == "DE" && index + 1 < words.count && officeWords.contains(words[index + 1].uppercased())) {
                mode = .sentence
            }
            switch mode {
            case .sentence:
                out.append(index == 0 ? capitalized(word) : word.lowercased())
                if index > 0, officeWords.contains(words[index - 1].uppercased()), bare == "VAN" || bare == "VOOR" { mode = .office }
                if memberWords.contains([words[max(0, index - 1)].uppercased(), upper]), index > 0 { mode = .members; startsName = true }
            case .office:
                out.append(smallWords.contains(bare) ? word.lowercased() : capitalized(word))
            case .members:
                if bare == "EN" {
                    out.append("en")
                    startsName = true
                } else {
                    out.append(!startsName && tussenvoegsels.contains(bare) ? word.lowercased() : capitalized(word))
                    startsName = word.hasSuffix(",")
                }
            }
        }
        return out.joined(separator: " ")
    }

    /// The written form of the proper name that starts at `words[index]`, if one does.
    static func properName(at index: Int, in words: [String]) -> [String]? {
        properNames.first { name in
            index + name.count <= words.count
                && name.indices.allSatisfy { trimmingPunctuation(words[index + $0]).uppercased() == name[$0].uppercased() }
        }
    }
}

extension KamerstukTitle {
    /// Whether a title is only a kind's name (`MEMORIE VAN TOELICHTING`, `Verslag van een algemeen overleg`).
    static func namesNoSubject(_ words: [String]) -> Bool {
        subjectless.contains(words.map { $0.uppercased() }.joined(separator: " "))
    }
}
