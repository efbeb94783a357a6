/// Readers for everything that is not a Kamerstuk: Handelingen, Staatsblad, Staatscourant, EU, URLs.
extension CitationParser {
    /// `Handelingen II 2024/25, nr. 45, item 12`. Without an item there is no single official page
    /// to link to, so the item is required.
    static func readHandelingen(_ scanner: inout CitationScanner) -> CitationParts? {
        guard scanner.spaces(), let kamer = scanner.kamer(), let vergaderjaar = scanner.vergaderjaar(),
              scanner.comma()
        else { return nil }
        scanner.numberWord()
        guard let number = scanner.digits(1...4), scanner.comma(), scanner.word("item") != nil,
              scanner.spaces(), let item = scanner.closingNumber(1...3)
        else { return nil }
        return CitationParts(
            url: OfficialURL.handelingen(kamer: kamer, vergaderjaar: vergaderjaar, number: number, item: item),
            kamer: kamer, vergaderjaar: vergaderjaar, number: number, item: item)
    }

    /// `Aanhangsel Handelingen II 2024/25, nr. 1234`, also `Aanhangsel van de Handelingen …`, and
    /// the form the Aanhangsel itself writes, which names no house: `Aanhangsel Handelingen,
    /// vergaderjaar 2024–2025, nr. 1234` (the Tweede Kamer's, as the link takes it).
    static func readAanhangsel(_ scanner: inout CitationScanner) -> CitationParts? {
        guard scanner.spaces() else { return nil }
        _ = scanner.attempt { scanner in
            scanner.word("van") != nil && scanner.spaces() && scanner.word("de") != nil && scanner.spaces() ? true : nil
        }
        guard scanner.word("Handelingen", "handelingen") != nil else { return nil }
        let kamer: String?, vergaderjaar: String
        if scanner.spaces(), let house = scanner.kamer(), let year = scanner.vergaderjaar() {
            (kamer, vergaderjaar) = (house, year)
        } else if scanner.comma(), scanner.word("vergaderjaar") != nil, scanner.spaces(), let year = scanner.longVergaderjaar() {
            (kamer, vergaderjaar) = (nil, year)
        } else {
            return nil
        }
        guard scanner.comma() else { return nil }
        scanner.numberWord()
        guard let number = scanner.closingNumber(1...5) else { return nil }
        return CitationParts(
            url: OfficialURL.aanhangsel(kamer: kamer ?? "II", vergaderjaar: vergaderjaar, number: number),
            kamer: kamer, vergaderjaar: vergaderjaar, number: number)
    }

    /// `Kamerstukken II 2021/22, Aanhangsel, nr. 1694`, after the trigger: kamervragen cited by their
    /// number in the Aanhangsel.
    static func readKamerstukkenAanhangsel(_ scanner: inout CitationScanner) -> CitationParts? {
        guard scanner.spaces(), let kamer = scanner.kamer(), let vergaderjaar = scanner.vergaderjaar() ?? scanner.longVergaderjaar(),
            scanner.comma(), scanner.word("Aanhangsel", "aanhangsel") != nil, scanner.comma()
        else { return nil }
        scanner.numberWord()
        guard let number = scanner.closingNumber(1...5) else { return nil }
        return CitationParts(
            url: OfficialURL.aanhangsel(kamer: kamer, vergaderjaar: vergaderjaar, number: number),
            kamer: kamer, vergaderjaar: vergaderjaar, number: number)
    }

    /// `Staatsblad 2022, 360` or `Stb. 2022, nr. 360`, after the trigger (and its `.`).
    static func readStaatsblad(_ scanner: inout CitationScanner) -> CitationParts? {
        guard scanner.spaces(), let year = scanner.year(), scanner.comma() else { return nil }
        scanner.numberWord()
        guard let number = scanner.closingNumber(1...6) else { return nil }
        return CitationParts(url: OfficialURL.staatsblad(year: year, number: number), year: year, number: number)
    }

    /// `Stcrt. 2020, 34193` or `Staatscourant, 1 juli 2020, nr. 34193`: the year may come from a date.
    static func readStaatscourant(_ scanner: inout CitationScanner) -> CitationParts? {
        guard scanner.separator(), let year = scanner.year() ?? scanner.dateYear(), scanner.comma() else { return nil }
        scanner.numberWord()
        guard let number = scanner.closingNumber(1...7) else { return nil }
        return CitationParts(url: OfficialURL.staatscourant(year: year, number: number), year: year, number: number)
    }

    /// `COM(2025) 612` and its kin, after the series word.
    ///
    /// `number` is the identifier as normalised (`COM(2025) 612`). A COM, SWD or JOIN document is
    /// linked on EUR-Lex by that identifier (`uri=COM:2025:612:FIN`), which finds a proposal
    /// (CELEX `…PC…`) as well as a communication (`…DC…`): the number alone does not say which
    /// it is. `C(2025) 8950` (a Commission decision or communication) has no such address, so its
    /// URL is an EUR-Lex search for its text.
    static func readCommissionDocument(_ scanner: inout CitationScanner, series: String, linked: Bool) -> CitationParts? {
        _ = scanner.literal(" ")
        guard scanner.literal("("), let year = scanner.year(), scanner.literal(")") else { return nil }
        scanner.optionalSpaces()
        guard let digits = scanner.closingNumber(1...5), let number = Int(digits) else { return nil }
        let identifier = "\(series)(\(year)) \(number)"
        let url = linked ? OfficialURL.commissionDocument(series: series, year: year, number: number) : OfficialURL.eurLexSearch(identifier)
        return CitationParts(url: url, year: year, number: identifier)
    }

    /// `PbEU 2023, L 191`: an issue of the Official Journal; `number` is `L 191`, linked to the
    /// issue's table of contents on EUR-Lex.
    static func readOfficialJournal(_ scanner: inout CitationScanner) -> CitationParts? {
        guard scanner.spaces(), let year = scanner.year(), scanner.comma(), let series = scanner.word("L", "C")
        else { return nil }
        scanner.optionalSpaces()
        guard let number = scanner.closingNumber(1...4) else { return nil }
        return CitationParts(
            url: OfficialURL.officialJournal(series: series, year: year, number: number), year: year,
            number: "\(series) \(number)")
    }

    /// An EU regulation, directive or decision by its number, after its word (`type` is CELEX's
    /// letter for it: `R`, `L`, `D`): `Verordening (EU) 2023/1542` (year first, since 2015),
    /// `Verordening (EG) nr. 1907/2006` and `(EEG) nr. 2913/92` (number first, before it), `Richtlijn
    /// 2009/22/EG` and `Besluit 2010/87/EU` (year first), `Besluit nr. 1386/2013/EU` (number
    /// first). Linked on EUR-Lex by its CELEX number (`32023R1542`), which `number` holds; a national
    /// decree (`Besluit van 12 mei 2020`, `Besluit activiteiten leefomgeving`) is none of these forms.
    static func readLegalAct(_ scanner: inout CitationScanner, type: Character) -> CitationParts? {
        guard scanner.spaces() else { return nil }
        let bracketed = scanner.attempt { scanner -> Bool? in
            guard scanner.literal("("), scanner.word("EU", "EG", "EEG", "EGKS", "EC", "EEC") != nil else { return nil }
            if scanner.comma() { guard scanner.word("Euratom") != nil else { return nil } }
            return scanner.literal(")") && scanner.spaces() ? true : nil
        } != nil
        let numberFirst = scanner.attempt { scanner -> Bool? in
            guard scanner.word("nr", "Nr", "No", "nummer") != nil else { return nil }
            _ = scanner.literal(".")
            return scanner.spaces() ? true : nil
        } != nil
        guard let first = scanner.digits(1...4), scanner.literal("/"), let second = scanner.digits(2...4) else { return nil }
        if !bracketed {
            // Without the family in brackets it follows the numbers: `2009/22/EG`, `1386/2013/EU`.
            guard scanner.literal("/"), scanner.word("EG", "EU", "EEG", "EC", "EEC", "EGKS", "Euratom", "GBVB") != nil else { return nil }
        } else if !scanner.atWordEnd {
            return nil
        }
        /// A year as written: four digits, or two for the years before 1999 (`91/271/EEG`, `2913/92`).
        func year(_ digits: String) -> Int? {
            guard let value = Int(digits) else { return nil }
            if digits.count == 2 { return 1900 + value }
            return digits.count == 4 && (1952...2099).contains(value) ? value : nil
        }
        // Since 2015 the year comes first (`(EU) 2023/1542`); before, a regulation's number did
        // (`nr. 1907/2006`), and a directive's year did (`2009/22/EG`). Where only one of the two
        // can be a year, it is.
        let yearFirst = year(first) != nil && (year(second) == nil || !numberFirst && (first.count == 2 || !bracketed || Int(first)! >= 2015))
        guard let actYear = yearFirst ? year(first) : year(second), let number = Int(yearFirst ? second : first), number > 0 else {
            return nil
        }
        let celex = "3\(actYear)\(type)" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
        return CitationParts(url: OfficialURL.celex(celex), year: actYear, number: celex)
    }

    /// A CELEX number such as `52026XC00682` or `32019R0943`: sector digit, year, type letters, number.
    static func readCELEX(_ scanner: inout CitationScanner) -> CitationParts? {
        guard let head = scanner.digits(5...5), head.first != "0", let year = Int(head.dropFirst()),
              (1950...2199).contains(year), scanner.capitals(1...2) != nil, scanner.closingNumber(4...5) != nil
        else { return nil }
        let celex = scanner.readSoFar
        return CitationParts(url: OfficialURL.celex(celex), year: year, number: celex)
    }

    /// The rest of a URL after `https://` or `www.`: up to white space, without trailing punctuation.
    ///
    /// A closing bracket at the end belongs to the URL only when the URL opened it, so
    /// `(zie https://nl.wikipedia.org/wiki/Accu_(elektriciteit))` keeps one `)` and drops the other.
    static func readURL(_ scanner: inout CitationScanner) -> CitationParts? {
        let bodyStart = scanner.position
        // Checked first: a failed read that had scanned to the next space would make parsing quadratic.
        guard scanner.isAlphanumeric(scanner.next) else { return nil }
        var end = bodyStart
        // Brackets opened minus brackets closed inside the URL.
        var (round, square) = (0, 0)
        while let scalar = scanner.scalar(at: end), !endsURL(scalar) {
            switch scalar {
            case "(": round += 1
            case ")": round -= 1
            case "[": square += 1
            case "]": square -= 1
            default: break
            }
            end += 1
        }
        while end > bodyStart, let last = scanner.scalar(at: end - 1) {
            if last == ")" && round < 0 {
                round += 1
            } else if last == "]" && square < 0 {
                square += 1
            } else if !".,;:!?'’\"".unicodeScalars.contains(last) {
                break
            }
            end -= 1
        }
        scanner.position = end
        return CitationParts(url: OfficialURL.web(scanner.readSoFar))
    }
}

private extension CitationParser {
    static func endsURL(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isFastWhitespace || scalar.value < 0x20 || "<>\"“”‘«»↩".unicodeScalars.contains(scalar)
    }
}

extension CitationScanner {
    /// The year of a Dutch date such as `1 juli 2020`.
    mutating func dateYear() -> Int? {
        attempt { scanner in
            guard scanner.digits(1...2) != nil, scanner.spaces(),
                  scanner.word("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                               "september", "oktober", "november", "december") != nil,
                  scanner.spaces()
            else { return nil }
            return scanner.year()
        }
    }
}
