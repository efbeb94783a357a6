import Foundation

/// A motie's text alone, as a party's site, openkamer.org or a copied page gives it without the
/// Kamerstuk's head: at most a title and a date above `De Kamer,` and `gehoord de beraadslaging,`
/// (`Motie Thieme: het openbreken van het energieakkoord …`, `2 november 2017`, or `Voorgesteld 23
/// november 2022`), then the considerations, the dictum, the closing formula and the members. A
/// party's page may print how the Kamer voted after it (`Status`, `Verworpen`, `Voor`, `GL, SP`,
/// `Tegen`, …). An amendement's text alone opens the same way at its own formula
/// (`amendementStart`).
enum MotieText {
    /// The first line of the text where it is a motie's alone: `De Kamer,` among its first three
    /// lines that are not blank, `gehoord de beraadslaging` on the next, and above it at most a
    /// date and one title, which ends no sentence or clause (a letter that quotes a motie opens
    /// `Geachte voorzitter,` and introduces it with a colon).
    static func start(_ text: [UInt8], lines: ArraySlice<TextLine>) -> Int? {
        let filled = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(4))
        guard let kamer = filled.prefix(3).firstIndex(where: { text.equals("De Kamer,", in: lines[$0].content) }),
            kamer + 1 < filled.count, text.hasPrefix("gehoord de beraadslaging", in: lines[filled[kamer + 1]].content)
        else { return nil }
        return headFits(text, lines: lines, filled[..<kamer]) ? filled.first : nil
    }

    /// The first line of the text where it is an amendement's alone (openkamer.org's page of one):
    /// `De ondergetekende stelt het volgende amendement voor:` (`De ondergetekenden stellen …`)
    /// among its first three lines that are not blank, above it at most a date (`Ontvangen 28
    /// oktober 2015`) and one title, as above a motie.
    static func amendementStart(_ text: [UInt8], lines: ArraySlice<TextLine>) -> Int? {
        let filled = Array(lines.indices.lazy.filter { !lines[$0].isBlank }.prefix(3))
        guard let opening = filled.firstIndex(where: { index in
            let content = lines[index].content
            return text.hasPrefix("De ondergetekende", in: content) && text.hasSuffix("amendement voor:", in: content)
        }) else { return nil }
        return headFits(text, lines: lines, filled[..<opening]) ? filled.first : nil
    }

    /// Whether the lines above the opening (`above`) are at most a date and one title, which ends
    /// no sentence or clause.
    static func headFits(_ text: [UInt8], lines: ArraySlice<TextLine>, _ above: ArraySlice<Int>) -> Bool {
        let titles = above.filter { date(text, lines[$0].content) == nil }
        return titles.count <= 1 && titles.allSatisfy { !",:;.".utf8.contains(text[lines[$0].content.upperBound - 1]) }
    }

    /// `2 november 2017`, `Voorgesteld 23 november 2022`: a date line above the motie.
    static func date(_ text: [UInt8], _ range: Range<Int>) -> String? {
        var dateRange = range
        for label in dateLabels where text.hasPrefix(label, in: range) { dateRange = range.lowerBound + label.utf8.count..<range.upperBound }
        return DayMonthYear.iso(text, dateRange)
    }

    /// What stands above `De Kamer,`: the date (`2 november 2017`, `Voorgesteld 23 november 2022`)
    /// and the title, each line's index with it.
    static func head(_ text: [UInt8], lines: [TextLine], body: [Int]) -> (title: (String, Int)?, date: (String, Int)?) {
        var title: (String, Int)?, date: (String, Int)?
        for index in body where !lines[index].isBlank {
            let content = lines[index].content
            if text.equals("De Kamer,", in: content) || text.hasPrefix("De ondergetekende", in: content) { break }
            if let iso = Self.date(text, content) {
                date = (iso, index)
            } else if title == nil {
                title = (text.string(content), index)
            }
        }
        return (title, date)
    }

    static let dateLabels = ["Voorgesteld ", "Ingediend ", "Ontvangen ", "Datum "]

    /// The vote a page prints after the motie: from a line `Status` (or `Besluit`) whose next line
    /// names the outcome, each label's line and the value under it a field (`Status: Verworpen`,
    /// `Voor: GL, SP, PvdD, DENK`), up to the first line that is no label or a label without its
    /// value. The fields and the lines they took, nil where there is none.
    static func vote(_ text: [UInt8], lines: [TextLine], body: [Int]) -> (fields: [(label: String, value: String, line: Int)], lines: Set<Int>, members: [Int])? {
        let filled = body.filter { !lines[$0].isBlank }
        guard let closing = filled.lastIndex(where: { isClosing(text, lines[$0].content) }),
            let status = filled[(closing + 1)...].firstIndex(where: { index in voteLabels.contains { text.equals($0, in: lines[index].content) } }),
            status + 1 < filled.count, outcomes.contains(where: { text.equals($0, in: lines[filled[status + 1]].content) })
        else { return nil }
        var fields: [(label: String, value: String, line: Int)] = []
        var position = status
        while position + 1 < filled.count, case let label = text.string(lines[filled[position]].content), voteLabels.contains(label),
            case let value = text.string(lines[filled[position + 1]].content), !voteLabels.contains(value)
        {
            fields.append((label, value, lines[filled[position]].number))
            position += 2
        }
        // The members stand between the closing and the vote, the page's own text may follow it.
        let members = Array(filled[(closing + 1)..<status])
        return (fields, Set(filled[status..<position]), members.allSatisfy { KamerstukSigners.isSignerLine(text, lines[$0].content) } ? members : [])
    }

    /// tweedekamer.nl's page of a motie or amendement sets its own parts under the text (`Download`,
    /// `Indieners`, `Stemmingsuitslagen`, `Activiteiten`): from the first of them after the
    /// closing and the members' names, every line is the page's, where `Indieners` is among them
    /// with its list of members (`- Indiener`, `R. Kröger, Tweede Kamerlid`).
    /// The vote is read from them: its outcome (`Verworpen met handopsteken`) as `Status`, the
    /// seats (`Voor: 72`, `Vereist: 75`, `Totaal: 150`, each perhaps after the last one's number
    /// glued on) as `Zetels`, and the parties' table (`PVV   37   Voor`) as `Voor` and `Tegen`.
    /// The fields and the page's lines, nil where the page has no such parts.
    static func tweedeKamerPageParts(_ text: [UInt8], lines: [TextLine], body: [Int]) -> (fields: [(label: String, value: String, line: Int)], lines: Set<Int>)? {
        let filled = body.filter { !lines[$0].isBlank }
        guard let closing = filled.lastIndex(where: { isClosing(text, lines[$0].content) }),
            let start = filled[(closing + 1)...].firstIndex(where: { index in pageParts.contains { text.equals($0, in: lines[index].content) } }),
            // The page's list of its members: `Indieners`, then `- Indiener` and `R. Kröger, Tweede Kamerlid`.
            let members = filled[start...].firstIndex(where: { text.equals("Indieners", in: lines[$0].content) }),
            filled[(members + 1)...].prefix(4).contains(where: { index in
                let line = text.string(lines[index].content).trimmingCharacters(in: .whitespaces)
                return line.hasPrefix("- Indiener") || line == "Indiener" || line.hasSuffix(", Tweede Kamerlid")
            }),
            // Right under the members' names: a letter that quotes a motie goes on with its own text.
            filled[(closing + 1)..<start].allSatisfy({ KamerstukSigners.isSignerLine(text, lines[$0].content) })
        else { return nil }
        var fields: [(label: String, value: String, line: Int)] = []
        if let results = filled[start...].firstIndex(where: { text.equals("Stemmingsuitslagen", in: lines[$0].content) }), results + 1 < filled.count,
            case let outcome = text.string(lines[filled[results + 1]].content), outcomes.contains(where: { outcome.hasPrefix($0) })
        {
            fields.append(("Status", outcome, lines[filled[results + 1]].number))
            var seats: [String] = [], parties: [String: [String]] = [:]
            for index in filled[(results + 2)...] {
                let line = text.string(lines[index].content)
                if pageParts.contains(line) { break }
                // `Voor: 72`, `75Vereist: 75`: the label after the number glued on, then its count.
                if let colon = line.firstIndex(of: ":"), case let label = line[..<colon].drop(while: \.isNumber),
                    ["Voor", "Vereist", "Totaal"].contains(label), case let count = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces),
                    !count.isEmpty, count.allSatisfy(\.isNumber)
                {
                    seats.append("\(label.lowercased()) \(count)")
                    continue
                }
                // `PVV               37       Voor`: a party, its seats and how it voted.
                let cells = line.split(omittingEmptySubsequences: true) { $0 == " " || $0 == "\t" }
                if cells.count >= 3, let vote = cells.last, ["Voor", "Tegen"].contains(vote), cells[cells.count - 2].allSatisfy(\.isNumber) {
                    parties[String(vote), default: []].append(cells.dropLast(2).joined(separator: " "))
                }
            }
            let line = lines[filled[results + 1]].number
            if !seats.isEmpty { fields.append(("Zetels", seats.joined(separator: ", "), line)) }
            for vote in ["Voor", "Tegen"] { if let names = parties[vote] { fields.append((vote, names.joined(separator: ", "), line)) } }
        }
        return (fields, Set(filled[start...]).union(body.filter { $0 > filled[start] }))
    }

    /// The headings of tweedekamer.nl's own parts of a paper's page.
    static let pageParts: Set<String> = ["Download", "Indieners", "Stemmingsuitslagen", "Activiteiten", "Gerelateerde documenten"]

    static let voteLabels: Set<String> = ["Status", "Besluit", "Voor", "Tegen", "Afwezig"]
    static let outcomes = ["Aangenomen", "Verworpen", "Aangehouden", "Ingetrokken", "Vervallen", "Overgenomen"]

    /// `Motie van het lid Kröger`, `Amendement van de leden Kröger en Thijssen`: a motie (or, by
    /// `kind`, an amendement) named by its members where its text gives no title; `Motie` without them.
    static func title(members: [String], kind: String = "Motie") -> String {
        guard let last = members.last else { return kind }
        if members.count == 1 { return "\(kind) van het lid \(last)" }
        return "\(kind) van de leden \(members.dropLast().joined(separator: ", ")) en \(last)"
    }

    /// `en gaat over tot de orde van de dag.`, also ending in a comma.
    static func isClosing(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        text.hasSuffix(KamerstukSigners.motieClosing, in: range) || text.hasSuffix("en gaat over tot de orde van de dag,", in: range)
    }
}
