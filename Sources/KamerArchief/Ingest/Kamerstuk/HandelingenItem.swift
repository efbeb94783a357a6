import Foundation

/// An item of the Handelingen, the report of a plenary meeting, and which one it is: the house,
/// the vergaderjaar, the meeting's number and the item's, as a citation names it (`Handelingen II
/// 2025/26, nr. 58, item 9`, published as `h-tk-20252026-58-9`).
///
/// officielebekendmakingen.nl shows an item's page with the facts of its publication above the
/// text: `Handeling`, a row of column headings and their values run together (`Datum
/// publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering`, then `13 maart 2026Tweede
/// Kamer der Staten-Generaal2025-2026nr. 58, item 912 maart 2026`), then the item's number and
/// title (`9 Nationale batterijstrategie`). The item's number and the meeting's day touch in the
/// values (`item 912 maart`); the heading's number tells them apart.
enum HandelingenItem {
    /// The field that names the item as a citation does.
    static let fieldLabel = "Handelingen"

    /// The facts' values, read from their row.
    struct Facts: Equatable {
        /// `II` for the Tweede Kamer, `I` for the Eerste Kamer, as citations write the house.
        var kamer: String
        /// `2025-2026`.
        var vergaderjaar: String
        var meeting: String
        /// The digits after `item`: the item's number, then the meeting's day where a date follows.
        var itemDigits: String
        /// The month and year of the meeting's date after those digits (`maart 2026`), if any.
        var monthYear: String?
        /// `YYYY-MM-DD`, when the row opens with it.
        var published: String?
        /// An older item's first page (`nr. 78, pagina 6621-6625`), which it is known by where it has
        /// no number; `itemDigits` then hold the last page's digits, and the day's where a date follows.
        var firstPage: String? = nil
    }

    /// The facts' column headings' row: `Datum publicatie…Vergadernummer…`, in a Markdown table
    /// between bars.
    static func isFactsHeading(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        let range = text.trimmed(range.lowerBound + (text.hasPrefix("|", in: range) ? 1 : 0)..<range.upperBound)
        guard text.hasPrefix("Datum publicatie", in: range) else { return false }
        return CharacterBytes.firstIndex(of: "Vergadernummer".utf8, in: text[range], from: range.lowerBound) != nil
    }

    /// The values' row under the headings among `lines` (the first lines of a page): its index and
    /// facts, nil where the page has none. The row's cells may run together, as a page's saved text
    /// has them, or stand in columns set apart by runs of spaces, as a saved web page's table gives them.
    static func facts(_ text: [UInt8], lines: ArraySlice<TextLine>) -> (line: Int, facts: Facts)? {
        guard let heading = lines.firstIndex(where: { isFactsHeading(text, $0.content) }),
            let values = lines[(heading + 1)...].firstIndex(where: { !$0.isBlank && !KamerstukPageFacts.isDashRow(text, $0.content) }),
            let facts = facts(joiningCells(text[lines[values].content]))
        else { return nil }
        return (values, facts)
    }

    /// A row's cells run together: each run of `TextTables.cellGap` or more spaces left out, and
    /// each bar between Markdown cells with the spaces around it.
    static func joiningCells(_ row: ArraySlice<UInt8>) -> String {
        var bytes: [UInt8] = [], spaces = 0
        bytes.reserveCapacity(row.count)
        for byte in row {
            if byte == 0x20 {
                spaces += 1
                continue
            }
            if byte == UInt8(ascii: "|") {
                spaces = TextTables.cellGap
                continue
            }
            if spaces > 0, spaces < TextTables.cellGap { bytes += repeatElement(0x20, count: spaces) }
            spaces = 0
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A row's cells, where they stand apart (between bars, or a run of `TextTables.cellGap` or
    /// more spaces apart), trimmed; one cell for a row run together.
    static func cells(_ row: ArraySlice<UInt8>) -> [String] {
        var cells: [String] = [], cell: [UInt8] = [], spaces = 0
        func endCell() {
            if !cell.isEmpty { cells.append(String(decoding: cell, as: UTF8.self)) }
            cell = []
        }
        for byte in row {
            if byte == 0x20 {
                spaces += 1
                continue
            }
            if byte == UInt8(ascii: "|") || spaces >= TextTables.cellGap { endCell() }
            if byte != UInt8(ascii: "|") {
                if spaces > 0, !cell.isEmpty { cell += repeatElement(0x20, count: spaces) }
                cell.append(byte)
            }
            spaces = 0
        }
        endCell()
        return cells
    }

    /// `13 maart 2026Tweede Kamer der Staten-Generaal2025-2026nr. 58, item 912 maart 2026`.
    static func facts(_ row: String) -> Facts? {
        guard let (kamer, published, after) = organisation(in: row) else { return nil }
        let rest = Array(after.utf8)
        // `2025-2026` (or with an en dash), then `nr. 58, item 9…`.
        let digits = rest.prefix { (0x30...0x39).contains($0) }
        guard digits.count == 4, case let afterYear = rest.dropFirst(4), let dash = afterYear.first, dash == 0x2D || dash == 0xE2
        else { return nil }
        let second = afterYear.dropFirst(dash == 0x2D ? 1 : 3)
        guard second.prefix(4).count == 4, second.prefix(4).allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let vergaderjaar = String(decoding: digits, as: UTF8.self) + "-" + String(decoding: second.prefix(4), as: UTF8.self)
        let tail = String(decoding: second.dropFirst(4), as: UTF8.self)
        // `nr. 58, item 9`, or an older item's pages: `nr. 78, pagina 6621-6625`.
        guard tail.hasPrefix("nr. "), let comma = tail.range(of: ", item ") ?? tail.range(of: ", pagina ") else { return nil }
        let meeting = tail[tail.index(tail.startIndex, offsetBy: 4)..<comma.lowerBound]
        guard !meeting.isEmpty, meeting.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        var afterItem = tail[comma.upperBound...]
        var firstPage: String?
        if tail[comma].hasSuffix("pagina ") {
            let first = afterItem.prefix { $0.isASCII && $0.isNumber }
            guard !first.isEmpty else { return nil }
            firstPage = String(first)
            afterItem = afterItem.dropFirst(first.count)
            // A single page: its digits are the last page's too.
            if afterItem.first == "-" { afterItem = afterItem.dropFirst() } else { afterItem = first + afterItem }
        }
        let itemDigits = afterItem.prefix { $0.isASCII && $0.isNumber }
        guard !itemDigits.isEmpty else { return nil }
        let date = afterItem.dropFirst(itemDigits.count).trimmingSpaces
        return Facts(
            kamer: kamer, vergaderjaar: vergaderjaar, meeting: String(meeting), itemDigits: String(itemDigits),
            monthYear: date.isEmpty ? nil : String(date), published: published, firstPage: firstPage)
    }

    /// The organisation in a row of facts run together (`13 maart 2026Tweede Kamer der
    /// Staten-Generaal2025-2026…`): the house as citations write it (`II`, `I`), the day of
    /// publication before it where the row has one, and the row after it.
    static func organisation(in row: String) -> (kamer: String, published: String?, rest: Substring)? {
        guard let organisation = row.range(of: " Kamer der Staten-Generaal") else { return nil }
        let before = row[..<organisation.lowerBound]
        let kamer: String
        if before.hasSuffix("Tweede") { kamer = "II" } else if before.hasSuffix("Eerste") { kamer = "I" } else { return nil }
        let date = Array(before.dropLast(6).utf8)
        return (kamer, DayMonthYear.iso(date, 0..<date.count), row[organisation.upperBound...])
    }

    /// `9 Nationale batterijstrategie`: an item's number (one to three digits) and its title.
    static func heading(_ line: String) -> (number: String, title: String)? {
        let number = line.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(number.count), line.dropFirst(number.count).first == " ",
            let first = line.dropFirst(number.count + 1).first, first.isUppercase
        else { return nil }
        return (String(number), String(line.dropFirst(number.count + 1)))
    }

    /// Where a page of an item opens with its heading (`26 Regeling van werkzaamheden`) without the
    /// facts above it, the next line that is not blank (after the title again, where the page
    /// repeats it) a speaker's label or the chair's opening (`Aan de orde is …`): the heading's line
    /// among `lines`.
    static func headingStart(_ text: [UInt8], lines: ArraySlice<TextLine>) -> Int? {
        let filled = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(3))
        // Asked of every text not yet placed: a first line that opens with no digit is no heading.
        guard filled.count >= 2, KamerstukPDFHead.isDigit(text[lines[filled[0]].content.lowerBound]),
            let (_, title) = heading(text.string(lines[filled[0]].content))
        else { return nil }
        var next = text.string(lines[filled[1]].content)
        if next == title, filled.count == 3 { next = text.string(lines[filled[2]].content) }
        return SpeakerLabel.isLabel(next) || next.hasPrefix("Aan de orde ") ? filled[0] : nil
    }

    /// Where a page of an item opens without its number and facts: at the chair's opening itself
    /// (`Aan de orde is het debat …`, `Aan de orde zijn de stemmingen …`) or at the item's title
    /// without its number (`Regeling van werkzaamheden`), a speaker's label on the next line that
    /// is not blank. That line among `lines`.
    static func openingStart(_ text: [UInt8], lines: ArraySlice<TextLine>) -> Int? {
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { return nil }
        let content = lines[first].content
        // Asked of every text not yet placed: nearly all are ruled out by their first line's length
        // or last byte before the next line is looked at.
        let opensAgenda = text.hasPrefix(chairOpening, in: content) || text.hasPrefix(chairOpenings, in: content)
        guard opensAgenda || isUnnumberedTitle(text, content), labelFollows(text, lines: lines[(first + 1)...]) else { return nil }
        return first
    }

    /// Whether the first line of `lines` that is not blank, after a remark in brackets (`(Zie
    /// vergadering van heden.)`), is a speaker's label.
    static func labelFollows(_ text: [UInt8], lines: ArraySlice<TextLine>) -> Bool {
        for line in lines.lazy.filter({ !$0.isBlank }).prefix(2) {
            let content = line.content
            if text[content.lowerBound] == UInt8(ascii: "("), text[content.upperBound - 1] == UInt8(ascii: ")") { continue }
            return SpeakerLabel.isLabel(text.string(content))
        }
        return false
    }

    static let chairOpening = "Aan de orde is ", chairOpenings = "Aan de orde zijn "

    /// `Regeling van werkzaamheden`: a short line that opens with a capital and ends no sentence,
    /// as an item's title without its number.
    static func isUnnumberedTitle(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard (3...120).contains(range.count), (0x41...0x5A).contains(text[range.lowerBound]) else { return false }
        return !".:;,?!)".utf8.contains(text[range.upperBound - 1])
    }

    /// The item's title from the chair's opening, where the page gives no heading: `Aan de orde is
    /// het debat naar aanleiding van een algemeen overleg op 8 april 2010 over de postmarkt.` is
    /// `Debat naar aanleiding van …`. Nil where the opening lists what is on (a colon) or runs on.
    static func title(opening: String) -> String? {
        guard let prefix = [chairOpening, chairOpenings].first(where: opening.hasPrefix), opening.hasSuffix("."), !opening.contains(":"),
            opening.utf8.count <= 300
        else { return nil }
        var rest = opening.dropFirst(prefix.count).dropLast()
        for article in ["het ", "de "] where rest.hasPrefix(article) {
            rest = rest.dropFirst(article.count)
            break
        }
        guard let first = rest.first else { return nil }
        return first.uppercased() + rest.dropFirst()
    }

    /// tweedekamer.nl's page of an item (`Stenogram : Title`, `5 Title`, then its facts a line each:
    /// `Vergaderjaar 2024-2025`, `Vergaderingnummer 48`, `Te raadplegen sinds` with the day it was
    /// published glued to the page's next link, `2025-04-28Inhoudsopgave`, the page's links
    /// `Gerelateerde informatie`, `Toon alle …`, then the title again over the text): the facts, the
    /// line of the meeting's number, and the line of the title over the text, among `lines` (the
    /// first lines of a page). Nil where `Vergaderingnummer` does not follow `Vergaderjaar` under an item's heading.
    static func tweedeKamerPage(_ text: [UInt8], lines: ArraySlice<TextLine>) -> (start: Int, line: Int, facts: Facts)? {
        guard let meeting = lines.firstIndex(where: { text.hasPrefix("Vergaderingnummer ", in: $0.content) }) else { return nil }
        let filled = lines[..<meeting].indices.filter { !lines[$0].isBlank }
        guard filled.count >= 2, case let yearLine = lines[filled[filled.count - 1]].content, text.hasPrefix("Vergaderjaar ", in: yearLine),
            let vergaderjaar = KamerstukIdentifier.vergaderjaar(text.string(yearLine)),
            let (number, _) = heading(text.string(lines[filled[filled.count - 2]].content))
        else { return nil }
        let digits = text.string(text.trimmed(lines[meeting].content.lowerBound + "Vergaderingnummer ".utf8.count..<lines[meeting].content.upperBound))
        guard !digits.isEmpty, digits.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        var facts = Facts(kamer: "II", vergaderjaar: vergaderjaar, meeting: digits, itemDigits: number)
        // The page's lines after the facts, and the title they repeat.
        var start = meeting + 1
        while start < lines.endIndex {
            let content = lines[start].content
            if lines[start].isBlank || pageLines.contains(where: { text.hasPrefix($0, in: content) }) {
                start += 1
            } else if let date = isoOpening(text, content) {
                facts.published = facts.published ?? date
                start += 1
            } else {
                break
            }
        }
        return (start, meeting, facts)
    }

    /// The lines of tweedekamer.nl's page of an item between its facts and its text.
    static let pageLines = ["Te raadplegen sinds", "Gerelateerde informatie", "Toon alle ", "Inhoudsopgave"]

    /// `2025-04-28`, at the start of `range` (where the page glues a link's text after it).
    static func isoOpening(_ text: [UInt8], _ range: Range<Int>) -> String? {
        guard range.count >= 10, case let date = text.string(range.lowerBound..<range.lowerBound + 10), date.isISODate else { return nil }
        return date
    }

    /// The item's number and the meeting's date (`YYYY-MM-DD`) from the facts, the heading's
    /// number telling where the item's digits end and the day's begin. Without a heading that
    /// fits, the day takes the last two digits where they make one, else the last.
    static func item(_ facts: Facts, heading: String?) -> (item: String, date: String?) {
        guard let monthYear = facts.monthYear else { return (facts.itemDigits, nil) }
        let digits = facts.itemDigits
        func split(dayDigits: Int) -> (item: String, date: String?)? {
            guard digits.count > dayDigits else { return nil }
            let day = String(digits.suffix(dayDigits))
            let text = Array((day + " " + monthYear).utf8)
            guard let date = DayMonthYear.iso(text, 0..<text.count) else { return nil }
            return (String(digits.dropLast(dayDigits)), date)
        }
        if let heading, digits.hasPrefix(heading), let found = split(dayDigits: digits.count - heading.count) { return found }
        return split(dayDigits: 2) ?? split(dayDigits: 1) ?? (digits, nil)
    }

    /// An older item's pages (`6621-6625`) and the meeting's date from the facts, where the last page
    /// and the day touch (`662522 april 2010`): the split that leaves a day and a last page no lower
    /// than the first and at most 200 after it. Where two splits are left (a single page, `66215
    /// juni`: page 6621 on the 5th, or 662 on the 15th), the day of publication decides (the meeting
    /// is the latest day before it); without it, neither: no date, and the first page alone.
    static func pages(_ facts: Facts, firstPage: String) -> (pages: String?, date: String?) {
        let digits = facts.itemDigits
        func range(_ last: Substring) -> String { last == firstPage ? firstPage : "\(firstPage)-\(last)" }
        guard let monthYear = facts.monthYear, let first = Int(firstPage) else { return (range(digits[...]), nil) }
        // A single page has its digits read as the first page's too (`facts`).
        let single = digits == firstPage
        let splits: [(last: Substring, date: String)] = (1...2).compactMap { dayDigits in
            guard digits.count > dayDigits else { return nil }
            let last = digits.dropLast(dayDigits)
            let text = Array((String(digits.suffix(dayDigits)) + " " + monthYear).utf8)
            guard let date = DayMonthYear.iso(text, 0..<text.count), let lastPage = Int(last),
                single || (first...(first + 200)).contains(lastPage)
            else { return nil }
            return (last, date)
        }
        let chosen = splits.count == 1 ? splits.first
            : facts.published.flatMap { published in splits.filter { $0.date <= published }.max { $0.date < $1.date } }
        // Undecided, a single page's digits hold the day's too: no page.
        guard let chosen else { return (single ? (splits.isEmpty ? firstPage : nil) : range(digits[...]), nil) }
        return (single ? String(chosen.last) : range(chosen.last), chosen.date)
    }

    /// `Handelingen II 2009/10, nr. 78, pagina 6621-6625`: an older item by its pages, where known.
    static func citation(kamer: String, vergaderjaar: String, meeting: String, pages: String?) -> String {
        "Handelingen \(kamer) \(vergaderjaar.prefix(4))/\(vergaderjaar.suffix(2)), nr. \(meeting)" + (pages.map { ", pagina \($0)" } ?? "")
    }

    /// `Handelingen II 2025/26, nr. 58, item 9`.
    static func citation(kamer: String, vergaderjaar: String, meeting: String, item: String) -> String {
        "Handelingen \(kamer) \(vergaderjaar.prefix(4))/\(vergaderjaar.suffix(2)), nr. \(meeting), item \(item)"
    }
}

extension Document {
    /// The publication the document is, other than a Kamerstuk, by its identifier on
    /// officielebekendmakingen.nl: kamervragen in the Aanhangsel (`ah-tk-20242025-1234`), a
    /// debate's item of the Handelingen (`h-tk-20252026-58-9`). Citations of it link to the
    /// document's page.
    public var publication: String? {
        switch kind {
        case .kamervragen: return aanhangsel
        case .verslag:
            guard let field = metadata.fields.first(where: { $0.label == HandelingenItem.fieldLabel }) else { return nil }
            return CitationParser.parse(field.value).first?.publication
        default: return nil
        }
    }
}
