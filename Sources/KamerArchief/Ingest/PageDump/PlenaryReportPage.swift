import Foundation

/// A plenary meeting's report as a house's own site shows it, a page for the whole meeting: on
/// tweedekamer.nl `Tweede Kamer, 14e vergadering, woensdag 25 oktober 2017`, on eerstekamer.nl
/// `Verslag van de plenaire vergadering van dinsdag 11 juni 2019Parlementair jaar 2018/2019, 34e
/// vergadering` (the two run together), then the meeting's times and status (`Aanvang: 13:00 uur`,
/// `Sluiting: …`, `Status: ongecorrigeerd`), its items' headings (tweedekamer.nl repeats each up to
/// four times) and the turns. eerstekamer.nl puts a link to the video above each item and turn
/// (`Bekijk de video van dit verslagpunt`), and a warning under an uncorrected report's status.
struct PlenaryReportPage: Equatable {
    var title: String
    /// `YYYY-MM-DD`: the meeting's day.
    var date: String?
    /// `2018-2019`, where the page names it.
    var vergaderjaar: String?
    /// The meeting's number in its year (`34e vergadering`).
    var meeting: String?

    /// The field that gives the report's status (`ongecorrigeerd`: not yet for quoting).
    static let statusLabel = "Status"
    /// The field that gives the meeting's number in its year.
    static let meetingLabel = "Vergadering"

    /// The page's title line, the first of `lines` that is not blank, and the page it opens; nil
    /// where the text opens otherwise.
    static func opening(_ text: [UInt8], lines: ArraySlice<TextLine>) -> (line: Int, page: PlenaryReportPage)? {
        // Asked of every text not yet placed: decided on the first line's bytes before it is made a string.
        guard let first = lines.firstIndex(where: { !$0.isBlank }),
            text.hasPrefix("Tweede Kamer, ", in: lines[first].content) || text.hasPrefix("Verslag van de plenaire vergadering van ", in: lines[first].content)
        else { return nil }
        let line = text.string(lines[first].content)
        if line.hasPrefix("Tweede Kamer, "), let page = tweedeKamer(line) { return (first, page) }
        if line.hasPrefix("Verslag van de plenaire vergadering van "), let page = eersteKamer(line) { return (first, page) }
        return nil
    }

    /// `Tweede Kamer, 14e vergadering, woensdag 25 oktober 2017`.
    static func tweedeKamer(_ line: String) -> PlenaryReportPage? {
        let parts = line.components(separatedBy: ", ")
        guard parts.count == 3, let meeting = meeting(parts[1]), let date = DayMonthYear.isoAfterWeekday(parts[2]) else { return nil }
        return PlenaryReportPage(title: line, date: date, meeting: meeting)
    }

    /// `Verslag van de plenaire vergadering van dinsdag 11 juni 2019Parlementair jaar 2018/2019, 34e vergadering`.
    static func eersteKamer(_ line: String) -> PlenaryReportPage? {
        let (head, year) = line.range(of: "Parlementair jaar ").map { (String(line[..<$0.lowerBound]), String(line[$0.upperBound...])) }
            ?? (line, "")
        let title = head.trimmingCharacters(in: .whitespaces)
        guard let date = DayMonthYear.isoAfterWeekday(title.dropFirst("Verslag van de plenaire vergadering van ".count)) else { return nil }
        var page = PlenaryReportPage(title: title, date: date)
        let parts = year.components(separatedBy: ", ")
        if let years = parts.first, !years.isEmpty { page.vergaderjaar = KamerstukIdentifier.vergaderjaar(years) }
        if parts.count == 2 { page.meeting = meeting(parts[1]) }
        return page
    }

    /// `14e vergadering` → `14e`.
    static func meeting(_ part: String) -> String? {
        part.hasSuffix("e vergadering") ? String(part.dropLast(" vergadering".count)) : nil
    }

    /// The page's own lines among the report's: the meeting's times and status, the links to the
    /// video, the warning under an uncorrected report's status.
    static func isPageLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        pageLineOpenings.contains { text.hasPrefix($0, in: range) }
    }

    static let pageLineOpenings = [
        "Aanvang: ", "Sluiting: ", "Status: ", "Bekijk de video van ", "Een verslag met de status ",
    ]

    /// `Status: ongecorrigeerd` → `ongecorrigeerd`.
    static func status(_ text: [UInt8], _ range: Range<Int>) -> String? {
        guard text.hasPrefix("Status: ", in: range) else { return nil }
        let value = text.trimmed(range.lowerBound + "Status: ".utf8.count..<range.upperBound)
        return value.isEmpty ? nil : text.string(value)
    }

    /// `body` without the page's own lines and with each run of one heading repeated kept once.
    static func body(_ text: [UInt8], _ lines: [TextLine], _ body: [Int]) -> [Int] {
        var kept: [Int] = []
        var last: Range<Int>?
        for index in body {
            let content = lines[index].content
            if content.isEmpty {
                kept.append(index)
                continue
            }
            if isPageLine(text, content) { continue }
            if let last, text[last].elementsEqual(text[content]) { continue }
            kept.append(index)
            last = content
        }
        return kept
    }
}
