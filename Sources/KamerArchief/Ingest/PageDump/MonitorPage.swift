import Foundation

/// A paper's page on parlementairemonitor.nl as its text is saved: the page's title (`Verslag van
/// een schriftelijk overleg over … - Raad voor …`, a debate's `Regeling van werkzaamheden
/// (dinsdag 30 oktober 2012) - Parlementaire monitor`), a line naming the dossier (`Dit verslag …
/// is onder nr. 745 toegevoegd aan dossier 21501-33 - Raad voor … i.`), numbered parts (`1.`,
/// `Kerngegevens` with one fact a line: `Officiële titel …`, `Documentdatum 11-06-2026`, `Kenmerk
/// 21501-33, nr. 745`, `Commissie(s) …`), and last the part `Tekst`, the paper as published. The
/// paper's text comes from its typeset pages: a page break is an empty line, also within a
/// sentence (`(Kamerstuk 21 501-33,`, empty, `nr. 741).`) and within the head (`Vergaderjaar
/// 2025-`, empty, `2026`).
struct MonitorPage: Equatable {
    /// The page's title without the site's name.
    var title: String?
    /// `YYYY-MM-DD`: the `Documentdatum`, else the date in the title of a debate's page.
    var date: String?
    var kamerstuk: KamerstukNumber?
    var dossierTitle: String?
    var committee: String?

    /// The line after the part `Tekst` (a line `Tekst` after a part's number, `2.`) among the first
    /// lines, where the paper's text starts; nil on any other page.
    static func textStart(_ text: [UInt8], lines: ArraySlice<TextLine>) -> Int? {
        var previous: TextLine?
        for index in lines.indices where !lines[index].isBlank {
            let line = lines[index]
            if text.equals("Tekst", in: line.content), let previous, isPartNumber(text, previous.content) { return index + 1 }
            previous = line
        }
        return nil
    }

    /// `1.`, `2.`: a part's number alone on its line.
    static func isPartNumber(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        (2...3).contains(range.count) && text[range.upperBound - 1] == UInt8(ascii: ".")
            && text[range.dropLast()].allSatisfy { (0x30...0x39).contains($0) }
    }

    /// The page's facts from its lines above the paper's text.
    static func read(_ text: [UInt8], lines: ArraySlice<TextLine>) -> MonitorPage {
        var page = MonitorPage()
        let filled = lines.filter { !$0.isBlank }
        if let first = filled.first {
            var title = text.string(first.content)
            if title.hasSuffix(siteSuffix) { title.removeLast(siteSuffix.count) }
            page.title = title
            page.date = datedTitle(title)
        }
        for line in filled {
            let content = line.content
            if let value = value(text, content, after: "Documentdatum ") {
                page.date = value.isoFromDayMonthYear ?? page.date
            } else if let value = value(text, content, after: "Kenmerk ") {
                page.kamerstuk = kamerstuk(value)
            } else if let value = value(text, content, after: "Commissie(s) ") {
                page.committee = value
            } else if text.hasPrefix("Dit ", in: content), let added = text.string(content).range(of: " toegevoegd aan ") {
                page.dossierTitle = dossierTitle(String(text.string(content)[added.upperBound...]))
            }
        }
        return page
    }

    static let siteSuffix = " - Parlementaire monitor"

    /// The field that names the committees the page gives.
    static let committeeLabel = "Commissie"

    /// The paper's title: the page's before the dossier's (`… - Raad voor …`), without the kinds of
    /// paper the site puts in front (`Brief regering; Verslag van …`); the head's (`Voorlopig
    /// verslag van de vaste commissie …`) where the page's is only a kind of paper (`Voorlopig verslag`).
    func paperTitle(headTitle: String?) -> String? {
        guard var title else { return headTitle }
        if let dash = title.range(of: " - ") { title = String(title[..<dash.lowerBound]) }
        if let semicolon = title.range(of: "; ", options: .backwards) { title = String(title[semicolon.upperBound...]) }
        if let headTitle, title.split(separator: " ").count <= 3 { return headTitle }
        return title
    }

    /// The body's lines without the empty lines that a page break left within a sentence: between
    /// a line that ends no sentence and one that goes on in lowercase (`(Kamerstuk 21 501-33,`,
    /// `nr. 741).`).
    static func joiningPageBreaks(_ text: [UInt8], _ lines: [TextLine], _ body: [Int]) -> [Int] {
        var kept: [Int] = [], blanks: [Int] = []
        var last: TextLine?
        for index in body {
            let line = lines[index]
            if line.isBlank {
                blanks.append(index)
                continue
            }
            let goesOn = last.map { last in
                !".!?:;".utf8.contains(text[last.content.upperBound - 1]) && (0x61...0x7A).contains(text[line.content.lowerBound])
            } == true
            if !goesOn { kept += blanks }
            blanks.removeAll()
            kept.append(index)
            last = line
        }
        return kept + blanks
    }

    static func value(_ text: [UInt8], _ range: Range<Int>, after label: String) -> String? {
        guard text.hasPrefix(label, in: range) else { return nil }
        let rest = text.trimmed(range.lowerBound + label.utf8.count..<range.upperBound)
        return rest.isEmpty ? nil : text.string(rest)
    }

    /// `Regeling van werkzaamheden (dinsdag 30 oktober 2012)` → `2012-10-30`: a debate's page
    /// names its day in brackets at the title's end.
    static func datedTitle(_ title: String) -> String? {
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "(") else { return nil }
        return DayMonthYear.isoAfterWeekday(title[title.index(after: open)..<title.index(before: title.endIndex)])
    }

    /// `21501-33, nr. 745` or `35099, nr. D`; the dossier as printed anywhere (`KamerstukIdentifier`).
    static func kamerstuk(_ value: String) -> KamerstukNumber? {
        guard let comma = value.range(of: ", nr. ") else { return nil }
        let number = value[comma.upperBound...]
        guard let dossier = KamerstukIdentifier.dossier(String(value[..<comma.lowerBound])), !number.isEmpty, !number.contains(" ")
        else { return nil }
        return KamerstukNumber(dossier: dossier, ondernummer: String(number))
    }

    /// `dossier 21501-33 - Raad voor … i.`, `wetsvoorstel 35099 (R2114) - Rijkswet … i.` → the
    /// title after the number (the `i.` is the site's link to more).
    static func dossierTitle(_ rest: String) -> String? {
        guard let dash = rest.range(of: " - ") else { return nil }
        var title = String(rest[dash.upperBound...])
        for end in [" i.", "."] where title.hasSuffix(end) {
            title.removeLast(end.count)
            break
        }
        return title.isEmpty ? nil : title
    }
}
