/// A heading of the BNC-fiche template, recognised by its text because dumps number headings
/// unreliably (often every one is `1.`) or not at all.
struct FicheHeading: Sendable, Hashable {
    enum Level: Sendable, Hashable {
        /// A numbered chapter; a container takes the unknown headings that follow as its subsections.
        case chapter(container: Bool)
        /// A lettered subsection of the chapter with this role (or this key, for `other` chapters).
        case subsection(of: String)
    }

    /// A stable name for the heading kind; the section id for known headings.
    var key: String
    var role: SectionRole
    var level: Level
    /// Lowercase, diacritic-free beginnings of the heading text.
    var prefixes: [String]
}

extension FicheHeading {
    /// The template's headings, as the 2023 BNC-fiche model names them (older fiches too: chapter 4
    /// was `Beoordeling bevoegdheid, subsidiariteit en proportionaliteit`).
    static let known: [FicheHeading] = [
        FicheHeading(key: "algemene-gegevens", role: .algemeneGegevens, level: .chapter(container: false),
                     prefixes: ["algemene gegevens"]),
        FicheHeading(key: "essentie-voorstel", role: .essentieVoorstel, level: .chapter(container: true),
                     prefixes: ["essentie voorstel", "essentie van het voorstel"]),
        FicheHeading(key: "inhoud-voorstel", role: .other, level: .subsection(of: "essentie-voorstel"),
                     prefixes: ["inhoud voorstel", "inhoud van het voorstel"]),
        FicheHeading(key: "impact-assessment", role: .other, level: .subsection(of: "essentie-voorstel"),
                     prefixes: ["impact assessment commissie"]),
        FicheHeading(key: "nederlandse-positie", role: .nederlandsePositie, level: .chapter(container: true),
                     prefixes: ["nederlandse positie"]),
        FicheHeading(key: "essentie-beleid", role: .essentieBeleid, level: .subsection(of: "nederlandse-positie"),
                     prefixes: ["essentie nederlands beleid", "essentie nederlandse beleid"]),
        FicheHeading(key: "beoordeling-inzet", role: .beoordelingInzet, level: .subsection(of: "nederlandse-positie"),
                     prefixes: ["beoordeling + inzet", "beoordeling en inzet", "beoordeling inzet", "beoordeling +inzet"]),
        FicheHeading(key: "krachtenveld", role: .krachtenveld, level: .subsection(of: "nederlandse-positie"),
                     prefixes: ["eerste inschatting van krachtenveld", "eerste inschatting van het krachtenveld", "krachtenveld"]),
        FicheHeading(key: "grondhouding", role: .grondhouding, level: .chapter(container: true),
                     prefixes: ["grondhouding", "beoordeling bevoegdheid", "beoordeling subsidiariteit"]),
        FicheHeading(key: "bevoegdheid", role: .bevoegdheid, level: .subsection(of: "grondhouding"),
                     prefixes: ["bevoegdheid"]),
        FicheHeading(key: "subsidiariteit", role: .subsidiariteit, level: .subsection(of: "grondhouding"),
                     prefixes: ["subsidiariteit"]),
        FicheHeading(key: "proportionaliteit", role: .proportionaliteit, level: .subsection(of: "grondhouding"),
                     prefixes: ["proportionaliteit"]),
        FicheHeading(key: "financiele-gevolgen", role: .financieleGevolgen, level: .subsection(of: "grondhouding"),
                     prefixes: ["financiele gevolgen", "financiele implicaties"]),
        FicheHeading(key: "regeldruk", role: .regeldruk, level: .subsection(of: "grondhouding"),
                     prefixes: ["gevolgen voor regeldruk", "regeldruk"]),
        FicheHeading(key: "implicaties", role: .other, level: .chapter(container: true),
                     prefixes: ["implicaties"]),
    ]

    var isChapter: Bool {
        if case .chapter = level { return true }
        return false
    }

    /// The known heading `text` names, ignoring case, diacritics, a leading number and a trailing colon.
    ///
    /// Decided on the text's first bytes (`decideOnFirstBytes`); only when a byte beyond ASCII comes
    /// before the answer is the text folded the slow way.
    static func recognise(_ text: String) -> FicheHeading? {
        if let decided = decideOnFirstBytes(text) { return decided }
        return recogniseByFolding(text)
    }

    /// `recognise` by folding the first 200 Characters with `normalize`, the rule the byte-level
    /// recogniser must agree with.
    static func recogniseByFolding(_ text: String) -> FicheHeading? {
        let normalized = normalize(String(text.prefix(200)))
        return known.first { heading in heading.prefixes.contains { normalized.hasPrefix($0) } }
    }

    /// Lowercase, diacritic-free, single-spaced text without a leading `3.`, `3a)`, `b.` or `IV.` label.
    static func normalize(_ text: String) -> String {
        if let ascii = normalizeASCII(text) { return ascii }
        var folded = TextFolding.caseAndDiacritics.fold(text)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // Every label starts with an ASCII digit or letter; the pattern is built anew on each call,
        // so the label is read on the bytes when the bytes it depends on are ASCII.
        if folded.utf8.first.map({ (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }) ?? false {
            let bytes = Array(folded.utf8)
            if let label = asciiLabelLength(bytes) {
                if label > 0 { folded = String(decoding: bytes[label...], as: UTF8.self) }
            } else if let label = folded.firstMatch(of: /^(?:[0-9]+[a-z]?|[a-z]|[ivx]+)[.)]\s+/) {
                folded.removeSubrange(label.range)
            }
        }
        while folded.hasSuffix(":") { folded.removeLast() }
        return folded
    }

    /// `normalize` for text that is all ASCII, on its bytes (nil for any other text): folding
    /// is then lowercasing, and the label is matched by hand, as the pattern above would match it.
    private static func normalizeASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var folded: [UInt8] = []
            folded.reserveCapacity(bytes.count)
            var spaceBefore = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                // Unicode White_Space in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    spaceBefore = !folded.isEmpty
                    continue
                }
                if spaceBefore { folded.append(0x20) }
                spaceBefore = false
                folded.append(CharacterBytes.lowercasedASCII(byte))
            }
            let label = labelLength(folded)
            var end = folded.count
            while end > label, folded[end - 1] == UInt8(ascii: ":") { end -= 1 }
            return String(decoding: folded[label..<end], as: UTF8.self)
        }
    }

    /// `labelLength` of folded bytes that may go beyond ASCII, when every byte it reads and the byte
    /// after are ASCII (each is then a Character of its own, as the label pattern reads them); else nil.
    private static func asciiLabelLength(_ bytes: [UInt8]) -> Int? {
        var run = 0
        while run < bytes.count, bytes[run] < 0x80, (0x30...0x39).contains(bytes[run]) || [0x69, 0x76, 0x78].contains(bytes[run]) {
            run += 1
        }
        let read = min(bytes.count, max(run, 1) + 4)
        guard bytes[..<read].allSatisfy({ $0 < 0x80 }) else { return nil }
        return labelLength(bytes)
    }

    /// The length of a leading `3. `, `3a) `, `b. ` or `iv. ` label in folded ASCII bytes, else 0.
    private static func labelLength(_ bytes: [UInt8]) -> Int {
        func isLetter(_ index: Int) -> Bool { index < bytes.count && (0x61...0x7A).contains(bytes[index]) }
        func closes(_ index: Int) -> Int? {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")"),
                bytes[index + 1] == 0x20 else { return nil }
            return index + 2
        }
        var digits = 0
        while digits < bytes.count, (0x30...0x39).contains(bytes[digits]) { digits += 1 }
        if digits > 0 {
            if isLetter(digits), let end = closes(digits + 1) { return end }
            return closes(digits) ?? 0
        }
        if isLetter(0), let end = closes(1) { return end }
        var roman = 0
        while roman < bytes.count, [UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x")].contains(bytes[roman]) { roman += 1 }
        return roman > 0 ? closes(roman) ?? 0 : 0
    }

    /// An anchor for an unknown heading: ASCII lowercase, digits and `-`, diacritics folded, at most
    /// 60 characters cut at a word boundary.
    static func slug(_ title: String) -> String {
        // Read on the folded title's bytes: a byte beyond ASCII is never an ASCII letter or digit,
        // so the scalar it belongs to parts words as it did when read as a scalar.
        var folded = TextFolding.caseAndDiacritics.fold(title)
        return folded.withUTF8 { bytes in
            var slug: [UInt8] = []
            slug.reserveCapacity(64)
            var wordStart: Int?
            for offset in 0...bytes.count {
                if offset < bytes.count, CharacterBytes.isASCIIAlphanumeric(bytes[offset]) {
                    if wordStart == nil { wordStart = offset }
                    continue
                }
                guard let start = wordStart else { continue }
                wordStart = nil
                // A word that would take the slug past 60 is left out; a shorter one after it may fit.
                guard slug.isEmpty || slug.count + 1 + (offset - start) <= 60 else { continue }
                if !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(contentsOf: bytes[start..<offset])
            }
            return String(decoding: slug.prefix(60), as: UTF8.self)
        }
    }

    /// The Algemene gegevens labels of the template; other short labels there are accepted too.
    /// The impact assessment's label is given short (as a column wraps it) and whole, in the
    /// template's present words and in those before 2016 (`… Opinie Impact-assessment Board`).
    static let fieldLabels: [String] = [
        "titel voorstel", "datum ontvangst commissiedocument", "nr. commissiedocument", "eur-lex",
        "nr. impact assessment commissie en opinie", "nr. impact assessment commissie en opinie raad voor regelgevingstoetsing",
        "nr. impact-assessment commissie en opinie impact-assessment board",
        "behandelingstraject raad", "eerstverantwoordelijk ministerie",
        "rechtsbasis", "besluitvormingsprocedure raad", "rol europees parlement",
    ]

    /// Whether `text` is (or starts with) one of the template's Algemene gegevens labels.
    static func isFieldLabel(_ text: String) -> Bool {
        let label = normalize(text)
        return fieldLabels.contains { label.hasPrefix($0) }
    }

    /// The template field label that `text` starts with, as written (without its colon), and the rest.
    static func fieldLabel(startingInline text: String) -> (label: String, value: String)? {
        guard let colon = firstColon(in: text) else { return nil }
        let label = text[..<colon].trimmingWhitespace
        let value = text[text.index(after: colon)...].trimmingWhitespace
        guard fieldLabels.contains(normalize(label)) else { return nil }
        return (label, value)
    }

    /// `text.firstIndex(of: ":")`, found on the bytes when the first colon byte has ASCII on both
    /// sides (or an end): it is then a Character of its own, and no Character before it is one.
    private static func firstColon(in text: String) -> String.Index? {
        let utf8 = text.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes -> Int?? in
            guard let offset = bytes.firstIndex(of: UInt8(ascii: ":")) else { return .some(nil) }
            let isLone = (offset == 0 || bytes[offset - 1] < 0x80) && (offset + 1 == bytes.count || bytes[offset + 1] < 0x80)
            return isLone ? .some(offset) : nil
        }
        if let found, let found { return found.map { utf8.index(utf8.startIndex, offsetBy: $0) } }
        return text.firstIndex(of: ":")
    }
}
