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

    /// The page's title line (or its second, where the day stands on a line of its own), the first
    /// of `lines` that is not blank, and the page it opens; nil where the text opens otherwise.
    static func opening(_ text: [UInt8], lines: ArraySlice<TextLine>) -> (line: Int, page: PlenaryReportPage)? {
        // Asked of every text not yet placed: decided on the first line's bytes before it is made a string.
        guard let first = lines.firstIndex(where: { !$0.isBlank }),
            case let content = lines[first].content,
            text.hasPrefix("Tweede Kamer, ", in: content) || text.hasPrefix("Verslag van de plenaire vergadering van ", in: content)
                || text.hasPrefix(plenairVerslag, in: content)
        else { return nil }
        let line = text.string(content)
        if line.hasPrefix("Tweede Kamer, "), let page = tweedeKamer(line) { return (first, page) }
        if line.hasPrefix("Verslag van de plenaire vergadering van "), let page = eersteKamer(line) { return (first, page) }
        // `Plenair verslag Tweede Kamer, 103e vergadering`, then `Donderdag 6 juli 2023`.
        if line.hasPrefix(plenairVerslag), let second = lines[(first + 1)...].firstIndex(where: { !$0.isBlank }),
            case let day = text.string(lines[second].content), let first = day.first,
            let page = tweedeKamer(String(line.dropFirst("Plenair verslag ".count)) + ", " + first.lowercased() + day.dropFirst())
        {
            return (second, page)
        }
        return nil
    }

    static let plenairVerslag = "Plenair verslag Tweede Kamer, "

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

    /// The report's status among `body`'s lines: `Status: ongecorrigeerd` → `ongecorrigeerd`, or a
    /// fact as a list item with its value on the next line (`• Status`, `Gecorrigeerd`).
    static func status(_ text: [UInt8], _ lines: [TextLine], _ body: [Int]) -> String? {
        for (position, index) in body.enumerated() {
            let range = lines[index].content
            if text.hasPrefix("Status: ", in: range) {
                let value = text.trimmed(range.lowerBound + "Status: ".utf8.count..<range.upperBound)
                return value.isEmpty ? nil : text.string(value)
            }
            if factLabel(text, range) == "Status", let next = body[(position + 1)...].first(where: { !lines[$0].isBlank }) {
                return text.string(text.trimmed(lines[next].content))
            }
        }
        return nil
    }

    /// The meeting's facts as a list, each label an item with its value on the next line (`•
    /// Aanvang`, `10:15 uur`): the label, nil for any other line.
    static func factLabel(_ text: [UInt8], _ range: Range<Int>) -> String? {
        var trimmed = text.trimmed(range)
        guard text.hasPrefix("•", in: trimmed) else { return nil }
        trimmed = text.trimmed(trimmed.lowerBound + "•".utf8.count..<trimmed.upperBound)
        let label = text.string(trimmed)
        return factLabels.contains(label) ? label : nil
    }

    static let factLabels: Set<String> = ["Aanvang", "Sluiting", "Status"]

    /// `body` without the page's own lines and with each run of one heading repeated kept once.
    static func body(_ text: [UInt8], _ lines: [TextLine], _ body: [Int]) -> [Int] {
        var kept: [Int] = []
        var last: Range<Int>?
        // A fact's value, on the line after its label.
        var valueFollows = false
        for index in body {
            let content = lines[index].content
            if content.isEmpty || lines[index].isBlank {
                kept.append(index)
                continue
            }
            if valueFollows {
                valueFollows = false
                continue
            }
            if factLabel(text, content) != nil {
                valueFollows = true
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
