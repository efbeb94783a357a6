extension CitationParser {
    /// Reads `[II|I] [2024/25,] DOSSIER … ONDERNUMMER` after `Kamerstuk`, `Kamerstukken` or `motie`.
    /// The session year may be written out (`Kamerstukken II, 2022-2023, 29 383, nr. 390`).
    ///
    /// A dossier without an ondernummer (`Kamerstukken II 2024/25, 36600 XIII`) names a whole dossier,
    /// not a paper, and is not a citation.
    static func readKamerstuk(_ scanner: inout CitationScanner) -> CitationParts? {
        guard scanner.spaces() else { return nil }
        return readKamerstukNumber(kamer: scanner.kamer(), &scanner)
    }

    /// `(TK, 2006/2007, 30 959, nr. 5)`, `(EK 34 568, H)`: a Kamerstuk after the chamber's
    /// abbreviation, as older papers and the Eerste Kamer's cite one; `TK` is the Tweede Kamer (`II`).
    static func readChamberKamerstuk(kamer: String, _ scanner: inout CitationScanner) -> CitationParts? {
        guard scanner.separator() else { return nil }
        return readKamerstukNumber(kamer: kamer, &scanner)
    }

    /// The session year, if any, the dossier and what follows it, after the chamber.
    private static func readKamerstukNumber(kamer: String?, _ scanner: inout CitationScanner) -> CitationParts? {
        // `2024/25`, or written out (`2023/2024`, `2022-2023`): a session year is never a dossier.
        let vergaderjaar = scanner.attempt { scanner in
            (scanner.vergaderjaar() ?? scanner.longVergaderjaar()).flatMap { scanner.separator() ? $0 : nil }
        }
        // `Kamerstukken 2023–2024` names a vergaderjaar's papers, no dossier.
        let dossierStart = scanner.position
        let namesYear = vergaderjaar == nil && scanner.longVergaderjaar() != nil
        scanner.position = dossierStart
        guard !namesYear, let main = scanner.dossierNumber(), var parts = readTail(of: main, trying: kamerstukTails[...], kamer: kamer, &scanner)
        else { return nil }
        parts.kamer = kamer
        parts.vergaderjaar = vergaderjaar
        return parts
    }

    /// The Kamerstuk whose dossier's main number `main` was just read, by the first of `tails` that
    /// reads what follows it; nil when none does.
    static func readTail(
        of main: String, trying tails: ArraySlice<KamerstukTail>, kamer: String? = nil, _ scanner: inout CitationScanner
    ) -> CitationParts? {
        for tail in tails {
            guard let (toevoeging, ondernummer) = scanner.attempt({ tail(&$0, kamer) }) else { continue }
            return kamerstukParts(main: main, toevoeging: toevoeging, ondernummer: ondernummer)
        }
        return nil
    }

    /// A Kamerstuk's parts and official address: dossier `main`, with its toevoeging after a hyphen.
    static func kamerstukParts(main: String, toevoeging: String?, ondernummer: String) -> CitationParts {
        let dossier = toevoeging.map { "\(main)-\($0)" } ?? main
        return CitationParts(url: OfficialURL.kamerstuk(dossier: dossier, ondernummer: ondernummer), dossier: dossier, ondernummer: ondernummer)
    }

    /// `Kamerstukken 33 037, nrs. 431 en 437`, `nrs. 12, 15 en 20`: after a Kamerstuk cited with
    /// `nrs.`, the further numbers in its dossier, each a citation of its own (its text the number
    /// alone). Only after `nrs.`, whose plural says a list follows: after `nr. 12 en 15` the number
    /// may be anything.
    static func listedNumbers(after first: Citation, _ scanner: inout CitationScanner) -> [Citation] {
        guard first.kind == .kamerstuk, let dossier = first.dossier, first.ondernummer != nil,
            scanner.hasPluralNumberWord(in: first.range.offset..<first.range.end)
        else { return [] }
        var listed: [Citation] = []
        scanner.position = first.range.end
        while let number = scanner.attempt({ scanner -> (String, Int)? in
            guard scanner.comma() || (scanner.spaces() && scanner.word("en") != nil && scanner.spaces()) else { return nil }
            let start = scanner.position
            // The number ends the list or goes on with it: not a date's day (`, 2 juni 2020`), a
            // vergaderjaar (`, 2019/20`), a count (`, 3 moties`) or the next dossier (`en 31 322, nr. 400`).
            guard let number = scanner.closingNumber(1...5), scanner.endsListedNumber else { return nil }
            return (number, start)
        }) {
            listed.append(Citation(
                kind: .kamerstuk, text: number.0, url: OfficialURL.kamerstuk(dossier: dossier, ondernummer: number.0),
                range: TextRange(offset: number.1, length: scanner.position - number.1), kamer: first.kamer,
                vergaderjaar: first.vergaderjaar, dossier: dossier, ondernummer: number.0))
        }
        return listed
    }

    /// `(35300-A, nr. 15)`, `(21501-32, nr. 1188)`, `(36600 XIII, nr. 12)`: a Kamerstuk by its number
    /// alone in brackets, as the Handelingen and lists of moties write it after a motie's name, and
    /// papers in their groups of digits (`(21 501-31, nr. 205)`). Only a dossier of five digits right
    /// after the bracket, and only the tails with `nr.`: without the word `Kamerstuk` a number such
    /// as `(22112-4244)` may be anything.
    static func readBracketedKamerstuk(_ scanner: inout CitationScanner) -> CitationParts? {
        guard scanner.scalar(at: scanner.start - 1) == "(", let main = scanner.dossierNumber(), main.utf8.count == 5 else { return nil }
        return readTail(of: main, trying: [hyphenedToevoegingThenNr, spacedToevoegingThenNr, commaToevoegingThenNr, nrAfterDossier, severalDossiers], &scanner)
    }

    /// `de motie-Eerdmans/Van Dijk (32317–895)`, `motie Thijssen c.s. (36200-XIV-21)`: a motie by
    /// its members' names, then its short number in brackets, as moties and letters cite one. The
    /// names are words without digits or brackets, at most 60 scalars; the number a dossier of
    /// five digits, a toevoeging perhaps, and the ondernummer, joined by hyphens or en dashes.
    static func readNamedMotie(_ scanner: inout CitationScanner) -> CitationParts? {
        guard scanner.literal("-") || scanner.literal(" ") else { return nil }
        var names = 0
        while let next = scanner.next, names < 60, next != "(" {
            guard next.isFastAlphabetic || " /.-'’".unicodeScalars.contains(next) else { return nil }
            scanner.position += 1
            names += 1
        }
        guard names > 1, scanner.scalar(at: scanner.position - 1) == " ", scanner.literal("("), let main = scanner.digits(5...5),
            let parts = readTail(of: main, trying: [hyphenedToevoegingAndNumber, hyphenedNumber], &scanner), scanner.literal(")")
        else { return nil }
        return parts
    }

    /// `… ingediende moties opnieuw aan te houden: 35925-32; 35570-XIV-46; 21501-32-1188.`: Kamerstukken
    /// by their short number (`DOSSIER-ONDERNUMMER`, `DOSSIER-TOEVOEGING-ONDERNUMMER`) in a list, as
    /// the Handelingen list moties to be held, withdrawn or voted on, and papers to take off the list
    /// of pending business. The first stands after a colon in a sentence that names them
    /// (`motie`, `moties` within the 200 scalars before the colon, or the chair's `Ik stel voor …
    /// stukken …`),
    /// each next one after `; ` right where the one before it ended; each ends at `;`, `.`, `,` or
    /// the text's end. Without that word such numbers may be anything.
    static func readListedKamerstuk(_ scanner: inout CitationScanner) -> CitationParts? {
        let start = scanner.start
        guard scanner.scalar(at: start - 1) == " " else { return nil }
        switch scanner.scalar(at: start - 2) {
        case ";": guard scanner.listEnd == start - 2 else { return nil }
        case ":": guard namesMoties(before: start - 2, in: scanner.scalars) else { return nil }
        default: return nil
        }
        // 35570-XIV-46, 21501-32-1188; else 35925-32.
        guard let main = scanner.digits(5...5), let parts = readTail(of: main, trying: [hyphenedToevoegingAndNumber, hyphenedNumber], &scanner),
            scanner.next.map({ $0 == ";" || $0 == "." || $0 == "," }) ?? true
        else { return nil }
        scanner.listEnd = scanner.position
        return parts
    }

    /// `Zij krijgt nr. 1530 (32813).`, `Zij krijgt nr. 12 (36200-XIII).`: the number the Handelingen
    /// give a motion read out in a debate, its ondernummer after `krijgt nr. ` and before its dossier
    /// (five digits) in brackets. Read at the ondernummer, with the words before it looked back at;
    /// the citation is `nr. 1530 (32813)`, without the verb.
    static func readNumberGiven(_ scanner: inout CitationScanner) -> CitationParts? {
        let start = scanner.start
        guard start >= numberGiven.count, scanner.scalars[(start - numberGiven.count)..<start].elementsEqual(numberGiven),
            start == numberGiven.count || !scanner.isAlphanumeric(scanner.scalar(at: start - numberGiven.count - 1)),
            let ondernummer = scanner.closingNumber(1...5), scanner.spaces(), scanner.literal("("), let main = scanner.digits(5...5)
        else { return nil }
        // `36200-XIII`, `36200 XIII`, `21501-32`: the dossier's toevoeging.
        let toevoeging = scanner.dossierToevoeging()
        guard scanner.literal(")") else { return nil }
        scanner.start = start - "nr. ".unicodeScalars.count
        return kamerstukParts(main: main, toevoeging: toevoeging, ondernummer: ondernummer)
    }

    /// What stands before the number `readNumberGiven` reads.
    static let numberGiven = Array("krijgt nr. ".unicodeScalars)

    /// Whether the sentence before the colon at `colon` names the papers it lists (`listedPapers`),
    /// in any case, among the 200 scalars before it and after the last full stop.
    static func namesMoties(before colon: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var end = colon
        var index = colon - 1
        while index >= max(0, colon - 200), scalars[index] != "." {
            if !scalars[index].isFastAlphabetic {
                if listedPapers.contains(String(scalars: scalars[(index + 1)..<end]).lowercased()) { return true }
                end = index
            }
            index -= 1
        }
        if listedPapers.contains(String(scalars: scalars[(index + 1)..<end]).lowercased()) { return true }
        // The chair's `Ik stel voor, de volgende stukken van de stand van werkzaamheden af te voeren:`,
        // `… stukken voor kennisgeving aan te nemen:`.
        let sentence = String(scalars: scalars[(index + 1)..<colon]).lowercased()
        return sentence.contains("stukken") && sentence.contains("ik stel voor")
    }

    /// The words for papers a sentence lists by their short numbers: moties to hold or withdraw.
    /// (`stukken` count only where the chair proposes what to do with them, `Ik stel voor …`;
    /// stukken in general are anything.)
    static let listedPapers: Set<String> = ["motie", "moties"]

    /// Reads what follows a dossier's main number: its toevoeging, if any, and the ondernummer.
    typealias KamerstukTail = @Sendable (inout CitationScanner, _ kamer: String?) -> (toevoeging: String?, ondernummer: String)?

    /// What may follow a dossier's main number, tried in order: the first tail that reads wins.
    ///
    /// The order is the rule that tells `22112-4244` (ondernummer 4244 in dossier 22112) from
    /// `21501-30` (dossier 21501 with toevoeging 30), which have the same shape:
    ///
    /// 1. A toevoeging is short: one or two digits (`21501-30`) or capitals, roman or a letter
    ///    (`36600 XIII`, `36410-L`). `4244` can never be one.
    /// 2. A toevoeging is only read when an ondernummer follows it, glued on with a hyphen
    ///    (`36410-L-4`) or after `nr.` (`21501-30 nr. 590`).
    /// 3. Otherwise the segment after the hyphen is the ondernummer: the Tweede Kamer's short form
    ///    `DOSSIER-ONDERNUMMER` always ends in it (`Kamerstukken II 2025/26, 22112-4244`).
    ///
    /// So `Kamerstuk 21501-30` alone reads as ondernummer 30 in dossier 21501, as that form says.
    /// Eerste Kamer papers are numbered with letters (`36123, A`); a bare letter is only read as an
    /// ondernummer after `Kamerstukken I`, because elsewhere it is more likely a toevoeging.
    static let kamerstukTails: [KamerstukTail] = [
        hyphenedToevoegingAndNumber, hyphenedToevoegingThenNr, spacedToevoegingThenNr, commaToevoegingThenNr,
        nrAfterDossier, severalDossiers, hyphenedNumber, eersteKamerChapterLetter, eersteKamerLetter,
    ]

    /// 36410-L-4, 21501-30-621
    static let hyphenedToevoegingAndNumber: KamerstukTail = { scanner, _ in
        guard scanner.hyphen(), let toevoeging = scanner.toevoeging(), scanner.hyphen(),
              let ondernummer = scanner.ondernummer() else { return nil }
        return (toevoeging, ondernummer)
    }

    /// 21501-30 nr. 590, 21 501-30, nr. 621
    static let hyphenedToevoegingThenNr: KamerstukTail = { scanner, _ in
        guard scanner.hyphen(), let toevoeging = scanner.toevoeging(), scanner.separator(),
              scanner.numberWord(), let ondernummer = scanner.ondernummer() else { return nil }
        return (toevoeging, ondernummer)
    }

    /// 36600 XIII, nr. 12
    static let spacedToevoegingThenNr: KamerstukTail = { scanner, _ in
        guard scanner.spaces(), let toevoeging = scanner.capitals(1...5), scanner.separator(),
              scanner.numberWord(), let ondernummer = scanner.ondernummer() else { return nil }
        return (toevoeging, ondernummer)
    }

    /// 23 400, XI, nr. 25: older papers set a budget's chapter apart with a comma
    static let commaToevoegingThenNr: KamerstukTail = { scanner, _ in
        guard scanner.comma(), let toevoeging = scanner.capitals(1...5), scanner.separator(),
              scanner.numberWord(), let ondernummer = scanner.ondernummer() else { return nil }
        return (toevoeging, ondernummer)
    }

    /// 32852 nr. 224, 29023, nr. 447, 33009 nummer 110
    static let nrAfterDossier: KamerstukTail = { scanner, _ in
        guard scanner.separator(), scanner.numberWord(), let ondernummer = scanner.ondernummer() else { return nil }
        return (nil, ondernummer)
    }

    /// 36 600 B en 36 600 C, nr. 6; 21 501-20 en 21 501-33, nr. 5; 29 826, 31 239 en 30 196, nr. 132:
    /// a paper in two dossiers or more, which has the same number in each; the first names it
    static let severalDossiers: KamerstukTail = { scanner, _ in
        let toevoeging = scanner.dossierToevoeging()
        while scanner.attempt({ scanner -> Bool? in
            guard scanner.comma(), scanner.dossierNumber() != nil else { return nil }
            _ = scanner.dossierToevoeging()
            return true
        }) != nil {}
        guard scanner.spaces(), scanner.word("en") != nil, scanner.spaces(), scanner.dossierNumber() != nil else { return nil }
        _ = scanner.dossierToevoeging()
        guard scanner.separator(), scanner.numberWord(), let ondernummer = scanner.ondernummer() else { return nil }
        return (toevoeging, ondernummer)
    }

    /// 22112-4244
    static let hyphenedNumber: KamerstukTail = { scanner, _ in
        guard scanner.hyphen(), let ondernummer = scanner.closingNumber(1...5) else { return nil }
        return (nil, ondernummer)
    }

    /// Kamerstukken I 2022/23, 36200 XIV, B: an Eerste Kamer paper in a budget's chapter
    static let eersteKamerChapterLetter: KamerstukTail = { scanner, kamer in
        guard kamer == "I", scanner.spaces() || scanner.hyphen(), let toevoeging = scanner.capitals(1...5), scanner.comma(),
              let letter = scanner.capitals(1...2), scanner.atWordEnd else { return nil }
        return (toevoeging, letter)
    }

    /// Kamerstukken I 2024/25, 36123, A
    static let eersteKamerLetter: KamerstukTail = { scanner, kamer in
        guard kamer == "I", scanner.hyphen() || scanner.comma(), let letter = scanner.capitals(1...2),
              scanner.atWordEnd else { return nil }
        return (nil, letter)
    }
}

extension CitationScanner {
    /// A dossier's main number: four to six digits, or `21 501` as older papers print it.
    mutating func dossierNumber() -> String? {
        if let number = digits(4...6) { return number }
        return attempt { scanner in
            guard let thousands = scanner.digits(1...2), scanner.next?.isFastWhitespace ?? false else { return nil }
            scanner.position += 1
            guard let rest = scanner.digits(3...3) else { return nil }
            return thousands + rest
        }
    }

    /// Whether `nrs` or `Nrs` stands among the scalars of `range` (a citation's, read on its scalars:
    /// asked of every Kamerstuk citation).
    func hasPluralNumberWord(in range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 2 < range.upperBound {
            if scalars[index + 1] == "r", scalars[index + 2] == "s", scalars[index] == "n" || scalars[index] == "N" { return true }
            index += 1
        }
        return false
    }

    /// Whether a listed number ends here: at the text's end, before `)`, `;`, `.` or `,`, or before
    /// ` en ` and the next.
    var endsListedNumber: Bool {
        guard let next else { return true }
        if ");.,".unicodeScalars.contains(next) { return true }
        return next == " " && scalar(at: position + 1) == "e" && scalar(at: position + 2) == "n" && scalar(at: position + 3) == " "
    }

    /// The hyphen between a dossier's parts, or the en dash some papers set there (`21 501–30`).
    mutating func hyphen() -> Bool {
        literal("-") || literal("–")
    }

    /// A toevoeging: one or two digits, or one to five capitals (a roman numeral or a fund's letter).
    mutating func toevoeging() -> String? {
        digits(1...2) ?? capitals(1...5)
    }

    /// A toevoeging after the dossier's number and a hyphen or a space (`-31`, ` C`), if one follows.
    mutating func dossierToevoeging() -> String? {
        attempt { scanner in scanner.hyphen() || scanner.spaces() ? scanner.toevoeging() : nil }
    }

    /// An ondernummer: up to five digits, or one or two capitals for Eerste Kamer papers (`nr. A`).
    mutating func ondernummer() -> String? {
        if let number = closingNumber(1...5) { return number }
        return attempt { scanner in
            guard let letters = scanner.capitals(1...2), scanner.atWordEnd else { return nil }
            return letters
        }
    }
}
