/// openkamer.org's page of kamervragen: `Kamervraag 2019Z16622`, the questions' subject, their
/// facts a line each (`Ingediend 6 september 2019`, `Beantwoord 6 december 2019 (na 91 dagen)`,
/// `Indiener Thierry Baudet (FVD)`, `Beantwoord door Ferdinand Grapperhaus (minister justitie en
/// veiligheid) (CDA)`, `Bron antwoord https://…/ah-tk-20192020-970.html`), then each question
/// under its bullet (`• Vraag 1`), its answer after it.
struct OpenKamerQuestionPage {
    /// `2019Z16622`.
    var zaak: String
    /// The questions' subject, the line under the number.
    var title: String?
    /// `YYYY-MM-DD`: the day they were asked, and the day they were answered.
    var asked: String?
    var answered: String?
    var askers: [String] = []
    var answerers: [Signer] = []
    /// The answer's place in the Aanhangsel, from its link: `II`, `2019-2020`, `970`.
    var aanhangsel: (kamer: String, vergaderjaar: String, number: String)?
    /// The index of the last line of the facts: the questions follow it.
    var lastLine: Int

    /// The page's head where its first line (that is not blank) is `Kamervraag` and a zaak's number,
    /// and a fact's line (`Ingediend …`) follows within three lines; nil for any other page.
    static func read(_ text: [UInt8], lines: ArraySlice<TextLine>) -> OpenKamerQuestionPage? {
        let filled = lines.indices.filter { !lines[$0].isBlank }
        guard let first = filled.first, text.hasPrefix("Kamervraag ", in: lines[first].content),
            case let zaak = text.string(text.trimmed(lines[first].content.lowerBound + 11..<lines[first].content.upperBound)),
            Kamervragen.isZaakNumber(zaak),
            filled.dropFirst().prefix(3).contains(where: { text.hasPrefix("Ingediend ", in: lines[$0].content) })
        else { return nil }
        var page = OpenKamerQuestionPage(zaak: zaak, lastLine: first)
        for index in filled.dropFirst() {
            let line = text.string(lines[index].content)
            if page.title == nil, page.lastLine == first, factLabel(line) == nil {
                page.title = line
                page.lastLine = index
                continue
            }
            guard let label = factLabel(line) else { break }
            let value = String(line.dropFirst(label.count + 1))
            switch label {
            case "Ingediend": page.asked = iso(value)
            case "Beantwoord": page.answered = iso(String(value.prefix { $0 != "(" }))
            case "Indiener", "Indieners": page.askers += value.split(separator: ",").map { String(withoutParty(Substring($0))) }
            case "Beantwoord door": page.answerers = answerers(value)
            case "Bron antwoord": page.aanhangsel = aanhangsel(inLink: value)
            default: break
            }
            page.lastLine = index
        }
        return page
    }

    /// `6 december 2019` → `2019-12-06`.
    static func iso(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        return DayMonthYear.iso(bytes, 0..<bytes.count)
    }

    /// The labels of the facts, the longer first where one opens another.
    static let factLabels = ["Ingediend", "Beantwoord door", "Beantwoord", "Indieners", "Indiener", "Onderwerpen", "Bron vraag", "Bron antwoord"]

    /// The label `line` opens with, a space after it; nil where it opens with none.
    static func factLabel(_ line: String) -> String? {
        factLabels.first { line.hasPrefix($0 + " ") }
    }

    /// `Thierry Baudet (FVD)` → `Thierry Baudet`: a name without the party after it.
    static func withoutParty(_ value: Substring) -> Substring {
        var name = value.trimmingWhitespace[...]
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") { name = name[..<open].trimmingWhitespace[...] }
        return name
    }

    /// `Ferdinand Grapperhaus (minister justitie en veiligheid) (CDA)`: the name, and the office in
    /// the first brackets; more answerers after a comma (`…, Sophie Hermans (minister …) (VVD)`).
    static func answerers(_ value: String) -> [Signer] {
        var signers: [Signer] = [], rest = Substring(value)
        while !rest.isEmpty {
            guard let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") else {
                let name = rest.trimmingWhitespace
                if !name.isEmpty { signers.append(Signer(naam: name)) }
                break
            }
            let name = rest[..<open].trimmingWhitespace
            let office = rest[rest.index(after: open)..<close].trimmingWhitespace
            if !name.isEmpty { signers.append(Signer(naam: name, functie: office.isEmpty ? nil : office)) }
            // The party's brackets after the office's, then a comma before the next answerer.
            rest = rest[rest.index(after: close)...]
            while let next = rest.drop(while: { $0 == " " }).first, next == "(", let end = rest.firstIndex(of: ")") { rest = rest[rest.index(after: end)...] }
            rest = rest.drop { $0 == " " || $0 == "," }
        }
        return signers
    }

    /// `https://zoek.officielebekendmakingen.nl/ah-tk-20192020-970.html`: the house, the vergaderjaar
    /// and the number of the answer in the Aanhangsel.
    static func aanhangsel(inLink link: String) -> (kamer: String, vergaderjaar: String, number: String)? {
        guard let slash = link.range(of: "/ah-", options: .backwards) else { return nil }
        let name = link[slash.upperBound...].prefix { $0 != "." && $0 != "/" && $0 != "?" }
        let parts = name.split(separator: "-")
        guard parts.count == 3, parts[0] == "tk" || parts[0] == "ek", parts[1].count == 8, parts[1].utf8.allSatisfy(KamerstukPDFHead.isDigit),
            (1...5).contains(parts[2].count), parts[2].utf8.allSatisfy(KamerstukPDFHead.isDigit),
            let year = Int(parts[1].prefix(4)), Int(parts[1].suffix(4)) == year + 1
        else { return nil }
        return (parts[0] == "tk" ? "II" : "I", "\(year)-\(year + 1)", String(parts[2]))
    }
}

extension OpenKamerQuestionPage {
    /// `• Vraag 1`: the question's label after its bullet, the line's content narrowed to the label
    /// so that it heads its question as a label alone does. Nil for any other line.
    static func labelAfterBullet(_ text: [UInt8], _ content: Range<Int>) -> Range<Int>? {
        let bullet = "• ".utf8.count
        guard text.hasPrefix("• ", in: content), case let label = text.trimmed(content.lowerBound + bullet..<content.upperBound),
            Kamervragen.isQuestionLabel(text.string(label))
        else { return nil }
        return label
    }
}
