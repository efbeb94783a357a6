/// The shapes of the head's lines, tested on bytes.
extension KamerstukPDFHead {
    /// `Tweede Kamer der Staten-Generaal`, or the Eerste; text converted from the Word file keeps
    /// the number printed beside the name on its line (`… Staten-Generaal 2`), and some extractors
    /// glue it on (`… Staten-Generaal2`), or keeps the two as a table's cells.
    static func isChamberLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var name = withoutCellBars(text, range)
        if name.count > 2, isChamberNumber(text, name.upperBound - 1..<name.upperBound) {
            name = withoutCellBars(text, text.trimmed(name.lowerBound..<name.upperBound - 1))
        }
        return text.equals("Tweede Kamer der Staten-Generaal", in: name) || text.equals("Eerste Kamer der Staten-Generaal", in: name)
    }

    /// `range` without the bar that ends a table's cell and the spaces before it: a Word file's head
    /// converted as a table's rows (`Tweede Kamer der Staten-Generaal | 2 |`, `Vergaderjaar 2024-2025 |`).
    static func withoutCellBars(_ text: [UInt8], _ range: Range<Int>) -> Range<Int> {
        guard range.count > 2, text[range.upperBound - 1] == UInt8(ascii: "|") else { return range }
        return text.trimmed(range.lowerBound..<range.upperBound - 1)
    }

    /// The large `2` (or `1`) printed beside the chamber's name.
    static func isChamberNumber(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        range.count == 1 && (text[range.lowerBound] == UInt8(ascii: "1") || text[range.lowerBound] == UInt8(ascii: "2"))
    }

    /// `Vergaderjaar 2024–2025` → `2024-2025`; the dash may be an en dash, a hyphen or a slash.
    static func vergaderjaar(_ text: [UInt8], _ range: Range<Int>) -> String? {
        let digits = text[range].filter { (0x30...0x39).contains($0) }
        guard digits.count == 8 else { return nil }
        return String(decoding: digits.prefix(4), as: UTF8.self) + "-" + String(decoding: digits.suffix(4), as: UTF8.self)
    }

    /// A dossier number line: digit groups (`21 501`, `36 750`), then an optional toevoeging after a
    /// hyphen or a space (`-02`, ` XIV`, ` A`), then optionally a parenthesised part such as
    /// `(R2173)`, which is left out. `21 501-02` → `21501-02`, `36 600 XIV` → `36600-XIV`.
    static func dossier(_ text: [UInt8], _ range: Range<Int>) -> String? {
        var index = range.lowerBound, number: [UInt8] = [], group: Int?
        while index < range.upperBound {
            let byte = text[index]
            if isDigit(byte) {
                number.append(byte)
            } else if byte == 0x20, index + 3 < range.upperBound, isDigit(text[index + 1]), isDigit(text[index + 3]),
                !number.isEmpty
            {
                // A thin space between digit groups: `21 501`.
                group = number.count
            } else {
                break
            }
            index += 1
        }
        // A group has three digits: more are a note's marker glued on (`23 9821`, a web page's
        // text of the note on the dossier's title).
        if let group, (4...5).contains(number.count - group) { number.removeLast(number.count - group - 3) }
        guard (4...6).contains(number.count) else { return nil }
        var end = range.upperBound
        // The bracketed part ends the line (not `(R2067) Voorstel van rijkswet … (Rijkswet …)`, a title after it).
        if let open = text[index..<end].firstIndex(of: UInt8(ascii: "(")), text[open..<end].firstIndex(of: UInt8(ascii: ")")) == end - 1 {
            end = text.trimmed(index..<open).upperBound
        }
        let rest = index..<end
        guard !text.trimmed(rest).isEmpty else { return String(decoding: number, as: UTF8.self) }
        let separator = text[rest.lowerBound]
        let toevoeging = text.trimmed(rest.lowerBound + 1..<rest.upperBound)
        guard separator == UInt8(ascii: "-") || separator == 0x20, (1...6).contains(toevoeging.count),
            text[toevoeging].allSatisfy({ isDigit($0) || (0x41...0x5A).contains($0) })
        else { return nil }
        return String(decoding: number, as: UTF8.self) + "-" + text.string(toevoeging)
    }

    /// `26 976, nr. 1`: the dossier by its first paper, as officielebekendmakingen.nl's page of an
    /// older paper heads it (the title under it, then the paper's own `nr. 175a`); the dossier.
    static func dossierOfFirstPaper(_ text: [UInt8], _ range: Range<Int>) -> String? {
        guard let comma = text[range].firstIndex(of: UInt8(ascii: ",")), text.hasPrefix(", nr. ", in: comma..<range.upperBound) else { return nil }
        let number = comma + 6..<range.upperBound
        guard !number.isEmpty, number.count <= 4, text[number].allSatisfy(isDigit) else { return nil }
        return dossier(text, range.lowerBound..<comma)
    }

    /// A dossier line with the dossier's title after the number, one space between them, as text
    /// converted from the Word file has it: `21 501-30 Raad voor Concurrentievermogen`, `36 600 XIV
    /// Vaststelling …`. The number is what `dossier` reads of the line up to the title, which starts
    /// at the first word that is no toevoeging (capitals and digits, at most six, after the number).
    static func dossierWithTitle(_ text: [UInt8], _ range: Range<Int>) -> (dossier: String, title: Range<Int>)? {
        var index = range.lowerBound
        /// A thin space between digit groups (`21 501`), as `dossier` reads it.
        func isGroupSpace(_ index: Int) -> Bool {
            text[index] == 0x20 && index > range.lowerBound && index + 3 < range.upperBound && isDigit(text[index + 1]) && isDigit(text[index + 3])
        }
        while index < range.upperBound, isDigit(text[index]) || isGroupSpace(index) { index += 1 }
        // The number ends at white space or its toevoeging's hyphen: `2021D22670 INBRENG …`, a
        // document's number with a letter in it, is no dossier.
        guard index < range.upperBound, text[index] == UInt8(ascii: "-") || TextLine.isSpace(text[index]) || text.hasPrefix("\u{00A0}", in: index..<range.upperBound)
        else { return nil }
        // The word after it is its toevoeging where it is one (capitals and digits, at most six), or
        // a rijkswet's number in brackets (`34 380 (R2067) Voorstel van rijkswet …`), left out.
        var numberEnd = index, end = index + 1
        while end < range.upperBound, text[end] != 0x20 { end += 1 }
        let token = index + 1..<end
        if (1...6).contains(token.count) && text[token].allSatisfy({ isDigit($0) || (0x41...0x5A).contains($0) }) || isRijkswetNumber(text, token) {
            numberEnd = end
        }
        let title = text.trimmed(numberEnd..<range.upperBound)
        guard numberEnd > range.lowerBound, !title.isEmpty, text[title.lowerBound] >= 0x41,
            let dossier = dossier(text, range.lowerBound..<numberEnd)
        else { return nil }
        return (dossier, title)
    }

    /// `(R2067)`: a rijkswet's number in brackets after its dossier's.
    static func isRijkswetNumber(_ text: [UInt8], _ token: Range<Int>) -> Bool {
        token.count >= 4 && token.count <= 8 && text[token.lowerBound] == UInt8(ascii: "(") && text[token.lowerBound + 1] == UInt8(ascii: "R")
            && text[token.upperBound - 1] == UInt8(ascii: ")") && text[(token.lowerBound + 2)..<(token.upperBound - 1)].allSatisfy(isDigit)
    }

    /// The second dossier's line under the first's: its number alone, or with its title where the
    /// first had its title on its line (`titled`): five digits or more and a title in capitals'
    /// case, so that a title's wrapped line (`2030 en daarna`) is not taken for one.
    static func otherDossier(_ text: [UInt8], _ range: Range<Int>, titled: Bool) -> (number: String, title: String?)? {
        if let number = dossier(text, range) { return (number, nil) }
        guard titled, let (number, title) = dossierWithTitle(text, range), (0x41...0x5A).contains(text[title.lowerBound]),
            number.prefix(while: { $0 != "-" }).count >= 5
        else { return nil }
        return (number, text.string(title))
    }

    /// A stuk heading without the note marker glued to its last word (`… HUIS VAN DE KONING1`, the
    /// note naming the committee's members): a word of three capitals or more never ends in digits,
    /// where a road's name may (`OVER DE A27`).
    static func splittingGluedMarker(_ heading: String) -> (heading: String, marker: Int?) {
        let digits = heading.utf8.reversed().prefix { isDigit($0) }.count
        guard (1...2).contains(digits), case let rest = heading.utf8.dropLast(digits),
            rest.reversed().prefix(while: { (0x41...0x5A).contains($0) }).count >= 3
        else { return (heading, nil) }
        return (String(decoding: rest, as: UTF8.self), Int(String(decoding: heading.utf8.suffix(digits), as: UTF8.self)))
    }

    /// `HERDRUK`, the mark of a reprinted paper, at the start of `range`, with its note's marker
    /// glued on (`HERDRUK1`): where the mark ends, and the marker.
    static func reprintMark(_ text: [UInt8], _ range: Range<Int>) -> (end: Int, marker: Int?)? {
        guard text.hasPrefix("HERDRUK", in: range) else { return nil }
        var end = range.lowerBound + 7
        let digits = end
        while end < range.upperBound, end - digits < 2, isDigit(text[end]) { end += 1 }
        guard end == range.upperBound || text[end] == 0x20 else { return nil }
        return (end, end > digits ? Int(text.string(digits..<end)) : nil)
    }

    /// `1  Samenstelling:`: a note under the dossier's title, its number of one or two digits,
    /// spaces, and its text in a capital (`KamerstukSigners.startsNote` is a page foot's).
    static func startsTitleNote(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 2, isDigit(text[index]) { index += 1 }
        guard index > range.lowerBound, text[range.lowerBound] != UInt8(ascii: "0"), index < range.upperBound, text[index] == 0x20 else { return false }
        while index < range.upperBound, text[index] == 0x20 { index += 1 }
        return index < range.upperBound && (0x41...0x5A).contains(text[index])
    }

    /// `Nr. 19`, or `nr. 4` as officielebekendmakingen.nl's pages of older papers print it.
    static func opensWithNr(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        text.hasPrefix("Nr. ", in: range) || text.hasPrefix("nr. ", in: range)
    }

    /// An Eerste Kamer paper's number: one or two capitals alone (`A`, `B`, `AA`).
    static func isLetterNumber(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        (1...2).contains(range.count) && text[range].allSatisfy { (0x41...0x5A).contains($0) }
    }

    /// A line that is an Eerste Kamer paper's letter, alone or with the capital heading after it;
    /// the letter may carry its note's marker (`H1 BRIEF VAN …`).
    static func opensWithLetterNumber(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        let end = text[range].firstIndex(of: 0x20) ?? range.upperBound
        return isLetterNumber(text, withoutMarker(text, range.lowerBound..<end)) && (end == range.upperBound || isCapitalLine(text, end..<range.upperBound))
    }

    /// A letter number without the note's marker glued to it (`H1` → `H`); any other number as it is.
    static func withoutMarker(_ text: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        while end > range.lowerBound, range.upperBound - end < 2, isDigit(text[end - 1]) { end -= 1 }
        return end < range.upperBound && isLetterNumber(text, range.lowerBound..<end) ? range.lowerBound..<end : range
    }

    /// A line of the stuk heading: capitals, no lowercase ASCII letter.
    static func isCapitalLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var capitals = 0
        for byte in text[range] {
            if (0x61...0x7A).contains(byte) { return false }
            if (0x41...0x5A).contains(byte) { capitals += 1 }
        }
        return capitals >= 2
    }

    /// `I. `, `1. `, `A. `, `2.1 `: a numbered chapter or section title.
    static func isNumbered(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, isDigit(text[index]) || "IVXLC".utf8.contains(text[index]) || text[index] == 0x2E {
            index += 1
        }
        return index > range.lowerBound && index < range.upperBound && text[index] == 0x20 && text[index - 1] == 0x2E
            || (index > range.lowerBound && index < range.upperBound && text[index] == 0x20
                && text[range.lowerBound..<index].contains(0x2E) && isDigit(text[index - 1]))
    }

    /// Lines joined with a space, except after a hyphen glued to a word (`Staten-` + `Generaal`).
    static func joined(_ text: [UInt8], _ lines: [TextLine]) -> String {
        var bytes: [UInt8] = []
        for line in lines {
            if let last = bytes.last, !(last == UInt8(ascii: "-") && bytes.count >= 2 && bytes[bytes.count - 2] != 0x20) {
                bytes.append(0x20)
            }
            bytes.append(contentsOf: text[line.content])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads what follows the heading: an addressee line (`Aan …`) and a date line, taking them
    /// into the head when present.
    mutating func readOpening(_ text: [UInt8], reader: inout KamerstukHeadReader) {
        for _ in 0..<2 {
            guard let line = reader.peek() else { return }
            if addressee == nil, date == nil, text.hasPrefix("Aan ", in: line.content) {
                addressee = (text.string(line.content.lowerBound + 4..<line.content.upperBound), line.number)
            } else if date == nil, let (found, opener) = Self.openingDate(text, line.content) {
                date = found
                dateOpener = opener
            } else {
                return
            }
            reader.skip()
            lineRange = lineRange.lowerBound..<reader.consumedLines
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}

private extension KamerstukPDFHead {
    /// `Voorgesteld 10 april 2025`, `Ontvangen 3 maart 2024`, `Vastgesteld …`, `Den Haag, 7 juli 2023`.
    /// After `Voorgesteld`, `Ontvangen` or `Vastgesteld` the date may end a longer phrase:
    /// `Voorgesteld tijdens het Wetgevingsoverleg van 3 juni 2019`.
    static func openingDate(_ text: [UInt8], _ range: Range<Int>) -> (date: String, opener: String)? {
        guard let opener = dateOpeners.first(where: { text.hasPrefix($0, in: range) }) else { return nil }
        let rest = range.lowerBound + opener.utf8.count..<range.upperBound
        if let date = DayMonthYear.iso(text, rest) { return (date, opener) }
        guard !DayMonthYear.signingPlaces.contains(opener), rest.count <= 120 else { return nil }
        var start = rest.upperBound, spaces = 0
        while start > rest.lowerBound {
            if text[start - 1] == 0x20 {
                spaces += 1
                if spaces == 3 { break }
            }
            start -= 1
        }
        return spaces == 3 ? DayMonthYear.iso(text, start..<rest.upperBound).map { ($0, opener) } : nil
    }

    /// The words may be glued to the date (`Vastgesteld16 april 2010`), as a web page's markup can
    /// leave them; `DayMonthYear.iso` takes the space where there is one.
    static let dateOpeners = ["Voorgesteld", "Ontvangen", "Vastgesteld"] + DayMonthYear.signingPlaces
}

/// A Dutch date written out, `10 april 2025`, read from bytes.
enum DayMonthYear {
    /// Where a letter is signed, before its date: `Den Haag, 7 juli 2023`.
    static let signingPlaces = ["Den Haag, ", "’s-Gravenhage, ", "'s-Gravenhage, "]

    static let months = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// `YYYY-MM-DD` for exactly `day month year` in `range` (spaces around allowed), else nil.
    static func iso(_ text: [UInt8], _ range: Range<Int>) -> String? {
        let words = text[text.trimmed(range)].split(separator: 0x20)
        guard words.count == 3, let day = Int(String(decoding: words[0], as: UTF8.self)), (1...31).contains(day),
            let month = months.firstIndex(of: String(decoding: words[1], as: UTF8.self).lowercased()),
            words[2].count == 4, let year = Int(String(decoding: words[2], as: UTF8.self))
        else { return nil }
        return "\(year)-\(month < 9 ? "0" : "")\(month + 1)-\(day < 10 ? "0" : "")\(day)"
    }

    /// `’s-Gravenhage, 2 september 2011` → `2011-09-02`: a line of a signing place and a date
    /// alone; nil for any other line.
    static func dateline(_ text: [UInt8], _ range: Range<Int>) -> String? {
        // `D`, `'`, or the first byte of `’` (E2 80 99).
        guard let first = text[range].first, first == UInt8(ascii: "D") || first == UInt8(ascii: "'") || first == 0xE2,
            let place = signingPlaces.first(where: { text.hasPrefix($0, in: range) })
        else { return nil }
        return iso(text, range.lowerBound + place.utf8.count..<range.upperBound)
    }

    /// `’s-Gravenhage, 2 september 2011`: the date of a paper's place and date line, as a string.
    static func dateline(_ line: String) -> String? {
        let bytes = Array(line.utf8)
        return dateline(bytes, 0..<bytes.count)
    }

    /// `woensdag 25 oktober 2017` → `2017-10-25`: a date after its weekday, as the reports of
    /// meetings name their day.
    static func isoAfterWeekday(_ text: some StringProtocol) -> String? {
        let words = text.split(separator: " ")
        guard words.count == 4, weekdays.contains(words[0].lowercased()) else { return nil }
        let date = Array(words.dropFirst().joined(separator: " ").utf8)
        return iso(date, 0..<date.count)
    }

    static let weekdays: Set<String> = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
}
