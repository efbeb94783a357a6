/// One row of the citation table: the words that may start a citation and how to read the rest.
struct CitationPattern: Sendable {
    enum Trigger: Hashable, Sendable, ExpressibleByStringLiteral {
        /// A whole word, case and all: `C` and `COM` are EU documents only in capitals.
        case word(String)
        /// A word that starts with a digit; the reader starts at its first digit.
        case number

        init(stringLiteral word: String) { self = .word(word) }
    }

    var kind: CitationKind
    var triggers: [Trigger]
    /// Whether the trigger is a common word that cites only with a number after it (an EU act's
    /// `verordening`, `(EU) 2023/1542`): `CitationParser.mayCite` asks for a bracket, a digit or
    /// `nr` after it before it reads the text as one that may cite.
    var numberFollows = false
    /// Reads the citation after its trigger; nil when the text does not go on as this pattern.
    var read: @Sendable (inout CitationScanner) -> CitationParts?

    init(
        _ kind: CitationKind, _ triggers: [Trigger], numberFollows: Bool = false,
        read: @escaping @Sendable (inout CitationScanner) -> CitationParts?
    ) {
        self.kind = kind
        self.triggers = triggers
        self.numberFollows = numberFollows
        self.read = read
    }
}

/// What a pattern reads: every `Citation` field except the ones the parser knows itself.
struct CitationParts {
    var url: String
    var kamer: String? = nil
    var vergaderjaar: String? = nil
    var dossier: String? = nil
    var ondernummer: String? = nil
    var year: Int? = nil
    var number: String? = nil
    var item: String? = nil
}

extension CitationParser {
    /// The citation forms, tried in this order for the same trigger word.
    ///
    /// `Aanhangsel Handelingen …` is found at `Aanhangsel`, before `Handelingen` is reached, so it
    /// never also yields a Handelingen citation. A URL is one citation: a CELEX number inside a
    /// EUR-Lex address is not reported again, since citations never overlap.
    static let patterns: [CitationPattern] = [
        CitationPattern(.aanhangsel, ["Kamerstukken", "kamerstukken"]) { readKamerstukkenAanhangsel(&$0) },
        CitationPattern(.kamerstuk, ["Kamerstukken", "kamerstukken", "Kamerstuk", "kamerstuk", "Motie", "motie"]) {
            readKamerstuk(&$0)
        },
        CitationPattern(.kamerstuk, ["Motie", "motie"]) { readNamedMotie(&$0) },
        CitationPattern(.kamerstuk, ["TK"]) { readChamberKamerstuk(kamer: "II", &$0) },
        CitationPattern(.kamerstuk, ["EK"]) { readChamberKamerstuk(kamer: "I", &$0) },
        CitationPattern(.aanhangsel, ["Aanhangsel", "aanhangsel"]) { readAanhangsel(&$0) },
        CitationPattern(.handelingen, ["Handelingen"]) { readHandelingen(&$0) },
        CitationPattern(.staatsblad, ["Staatsblad"]) { readStaatsblad(&$0) },
        CitationPattern(.staatsblad, ["Stb"]) { _ = $0.literal("."); return readStaatsblad(&$0) },
        CitationPattern(.staatscourant, ["Staatscourant"]) { readStaatscourant(&$0) },
        CitationPattern(.staatscourant, ["Stcrt"]) { _ = $0.literal("."); return readStaatscourant(&$0) },
        CitationPattern(.eu, ["COM"]) { readCommissionDocument(&$0, series: "COM", linked: true) },
        CitationPattern(.eu, ["SWD"]) { readCommissionDocument(&$0, series: "SWD", linked: true) },
        CitationPattern(.eu, ["JOIN"]) { readCommissionDocument(&$0, series: "JOIN", linked: true) },
        CitationPattern(.eu, ["C"]) { readCommissionDocument(&$0, series: "C", linked: false) },
        CitationPattern(.eu, ["PbEU"]) { readOfficialJournal(&$0) },
        CitationPattern(.eu, ["Verordening", "verordening", "Uitvoeringsverordening", "uitvoeringsverordening", "Regulation"], numberFollows: true) {
            readLegalAct(&$0, type: "R")
        },
        CitationPattern(.eu, ["Richtlijn", "richtlijn", "Uitvoeringsrichtlijn", "uitvoeringsrichtlijn", "Directive"], numberFollows: true) {
            readLegalAct(&$0, type: "L")
        },
        // Not `besluit` and `Decision`: the words that open as they do (`be…`, `De`) are so many
        // that asking each costs more than the rare act written so finds.
        CitationPattern(.eu, ["Besluit", "Uitvoeringsbesluit", "uitvoeringsbesluit"], numberFollows: true) {
            readLegalAct(&$0, type: "D")
        },
        CitationPattern(.eu, [.number]) { readCELEX(&$0) },
        CitationPattern(.kamerstuk, [.number]) { readBracketedKamerstuk(&$0) },
        CitationPattern(.kamerstuk, [.number]) { readListedKamerstuk(&$0) },
        CitationPattern(.kamerstuk, [.number]) { readNumberGiven(&$0) },
        CitationPattern(.url, ["http", "https"]) { $0.literal("://") ? readURL(&$0) : nil },
        CitationPattern(.url, ["www"]) { $0.literal(".") ? readURL(&$0) : nil },
    ]
}

// MARK: - Readers shared by several rows

extension CitationScanner {
    /// `II` or `I`, then an optional comma and white space. A typed letter may have a lowercase L for
    /// the capital I (`Kamerstukken ll 2021/22, …`): `ll` and `l` read as `II` and `I`.
    mutating func kamer() -> String? {
        attempt { scanner in
            guard let kamer = scanner.word("II", "I", "ll", "l") else { return nil }
            return scanner.separator() ? (kamer.utf8.count == 2 ? "II" : "I") : nil
        }
    }

    /// A session year such as `2024/25`; the second year must follow the first.
    mutating func vergaderjaar() -> String? {
        attempt { scanner in
            guard let first = scanner.digits(4...4), scanner.literal("/"), let second = scanner.digits(2...2),
                  let firstYear = Int(first), (firstYear + 1) % 100 == Int(second)
            else { return nil }
            return "\(first)/\(second)"
        }
    }

    /// A session year written out, `2024–2025` (en dash, hyphen or slash), in the short form `2024/25`.
    mutating func longVergaderjaar() -> String? {
        attempt { scanner in
            guard let first = scanner.digits(4...4), scanner.literal("–") || scanner.literal("-") || scanner.literal("/"),
                  let second = scanner.digits(4...4), let firstYear = Int(first), Int(second) == firstYear + 1
            else { return nil }
            return "\(first)/\(second.suffix(2))"
        }
    }

    /// `nr.`, `nrs.`, `nummer` or `no.` (`Nr.` and `Nrs.` too) with the white space after it, or
    /// `letter` before an Eerste Kamer paper's letter (`35300-VI, letter Y`); callers may treat it
    /// as optional.
    @discardableResult
    mutating func numberWord() -> Bool {
        attempt { scanner -> Bool? in
            guard scanner.word("nr", "nrs", "nummer", "no", "letter", "Nr", "Nrs") != nil else { return nil }
            _ = scanner.literal(".")
            scanner.optionalSpaces()
            return true
        } ?? false
    }

    /// A four-digit year between 1800 and 2199.
    mutating func year() -> Int? {
        attempt { scanner in
            guard let digits = scanner.digits(4...4), let year = Int(digits), (1800...2199).contains(year) else { return nil }
            return year
        }
    }

    /// A number that ends a citation: digits, then no letter or digit glued on.
    mutating func closingNumber(_ lengths: ClosedRange<Int>) -> String? {
        attempt { scanner in
            guard let number = scanner.digits(lengths), scanner.atWordEnd else { return nil }
            return number
        }
    }
}
