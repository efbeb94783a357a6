/// The facts of a Kamerstuk's publication that officielebekendmakingen.nl shows above the paper:
/// a row of column headings (`Datum publicatie`, `Organisatie`, `Vergaderjaar`, `Dossier- en
/// ondernummer`), then their values. A page's saved text runs the cells together (`10 maart
/// 2026Tweede Kamer der Staten-Generaal2025-202632813 nr. 1520`), a saved web page sets them in
/// columns, and a page converted to Markdown sets them between bars under a row of dashes
/// (`Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |`), leaving an empty cell out.
///
/// The site may show the table twice (again under `U bent hier:`), and an older paper's page may
/// hold nothing of the paper's head under it, its text opening at once (`Vastgesteld 10 juni
/// 2008`, `Aan de Voorzitter …`): the facts then are what names the paper.
struct KamerstukPageFacts: Equatable {
    /// `2007-2008`.
    var vergaderjaar: String?
    var kamerstuk: KamerstukNumber
    /// `YYYY-MM-DD`, where the row has the day it was published.
    var published: String?
    /// The index (into the lines) of the last row of values: the paper opens after it.
    var line: Int

    /// The row of column headings, bars and all.
    static func isHeading(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        let cells = text.trimmed(range.lowerBound + (text.hasPrefix("|", in: range) ? 1 : 0)..<range.upperBound)
        return text.hasPrefix("Datum publicatie", in: cells)
            && CharacterBytes.firstIndex(of: "Dossier- en ondernummer".utf8, in: text[cells], from: cells.lowerBound) != nil
    }

    /// The row of dashes under a Markdown table's headings: `---|---|`, `|---|---|`.
    static func isDashRow(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        range.count >= 3 && text[range].allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: ":") || $0 == 0x20 }
    }

    /// The facts in the first lines of a page (`lines`), from the last table of them; nil where
    /// the page has none, or none that names a Kamerstuk.
    static func read(_ text: [UInt8], lines: ArraySlice<TextLine>) -> KamerstukPageFacts? {
        var found: KamerstukPageFacts?
        var index = lines.startIndex
        while index < lines.endIndex {
            defer { index += 1 }
            guard isHeading(text, lines[index].content),
                let row = lines[(index + 1)...].firstIndex(where: { !$0.isBlank && !isDashRow(text, $0.content) }),
                var facts = values(text[lines[row].content])
            else { continue }
            facts.line = row
            found = facts
            index = row
        }
        return found
    }

    /// The facts of one row of values, in any of its three forms.
    static func values(_ row: ArraySlice<UInt8>) -> KamerstukPageFacts? {
        let cells = HandelingenItem.cells(row)
        guard cells.count > 1 else { return runTogether(HandelingenItem.joiningCells(row)) }
        var facts: KamerstukPageFacts?, vergaderjaar: String?, published: String?
        for cell in cells {
            // Each value opens with a digit but the organisation's.
            guard let first = cell.utf8.first, KamerstukPDFHead.isDigit(first) else { continue }
            if let number = kamerstuk(cell) {
                facts = KamerstukPageFacts(kamerstuk: number, line: 0)
            } else if (9...11).contains(cell.utf8.count), let year = KamerstukIdentifier.vergaderjaar(cell) {
                vergaderjaar = year
            } else if published == nil, case let bytes = Array(cell.utf8), let date = DayMonthYear.iso(bytes, 0..<bytes.count) {
                published = date
            }
        }
        facts?.vergaderjaar = vergaderjaar
        facts?.published = published
        return facts
    }

    /// `10 maart 2026Tweede Kamer der Staten-Generaal2025-202632813 nr. 1520`: the date, the
    /// chamber, the vergaderjaar's nine characters, then the dossier and its number.
    static func runTogether(_ row: String) -> KamerstukPageFacts? {
        guard let (_, published, rest) = HandelingenItem.organisation(in: row),
            let vergaderjaar = KamerstukIdentifier.vergaderjaar(String(rest.prefix(9))), let number = kamerstuk(String(rest.dropFirst(9)))
        else { return nil }
        return KamerstukPageFacts(vergaderjaar: vergaderjaar, kamerstuk: number, published: published, line: 0)
    }

    /// `31444-XVI nr. 6`, `32813 nr. 1520`: a dossier and the paper's number in it, nothing after.
    static func kamerstuk(_ cell: String) -> KamerstukNumber? {
        let bytes = Array(cell.utf8), marker = " nr. ".utf8
        guard let nr = CharacterBytes.firstIndex(of: marker, in: bytes, from: 0) else { return nil }
        let ondernummer = bytes[(nr + marker.count)...]
        guard let dossier = KamerstukPDFHead.dossier(bytes, 0..<nr), !ondernummer.isEmpty,
            ondernummer.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) })
        else { return nil }
        return KamerstukNumber(dossier: dossier, ondernummer: String(decoding: ondernummer, as: UTF8.self))
    }
}

extension KamerstukPageFacts {
    /// The paper a page's own lines name by its publication's name: openkamer.org heads its page
    /// `Kamerstuk 21501-33-413` and lists `ID: 22112-1976` and `Bron:
    /// https://zoek.officielebekendmakingen.nl/kst-22112-1976.html` among its facts. The first line
    /// of `lines` that names one gives it; nil where none does.
    static func named(_ text: [UInt8], lines: ArraySlice<TextLine>) -> KamerstukNumber? {
        for line in lines where !line.isBlank {
            if let number = namedByLabel(text, line.content) ?? namedByLink(text, line.content) { return number }
        }
        return nil
    }

    /// The labels that put a publication's name (without `kst-`) alone after them.
    static let nameLabels = ["Kamerstuk ", "ID: "]

    /// `Kamerstuk 36350-XIII-7`, `ID: 22112-1976`: the label, then the name and nothing after it.
    static func namedByLabel(_ text: [UInt8], _ line: Range<Int>) -> KamerstukNumber? {
        guard let label = nameLabels.first(where: { text.hasPrefix($0, in: line) }) else { return nil }
        let name = text.string(text.trimmed(line.lowerBound + label.utf8.count..<line.upperBound))
        return KamerstukIdentifier.kamerstuk(fromDocument: "kst-" + name)
    }

    /// A link on the line to the paper's page: `…/kst-22112-1976.html`, the name after a slash.
    static func namedByLink(_ text: [UInt8], _ line: Range<Int>) -> KamerstukNumber? {
        let marker = "/kst-".utf8
        guard let slash = CharacterBytes.firstIndex(of: marker, in: text[line], from: line.lowerBound) else { return nil }
        let start = slash + 1
        var end = start
        while end < line.upperBound, text[end] != UInt8(ascii: "."), text[end] != UInt8(ascii: "/"), text[end] > 0x20 { end += 1 }
        return KamerstukIdentifier.kamerstuk(fromDocument: text.string(start..<end))
    }
}
