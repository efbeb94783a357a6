/// The letterhead of a Rijksoverheid letter: what stands above `Geachte …,` and in the sidebar.
///
/// `> Retouradres …` and the addressee block are dropped. `Datum 25 november 2022` gives the date,
/// `Betreft …` the subject (wrapping until the salutation or the next label), `Ons kenmerk`,
/// `Onze referentie` or `Kenmerk` the reference (on the same or the next line), and the sidebar's
/// `Ministerie van …` block the ministry, with letter-spacing artefacts (`Inf rastructuur`)
/// repaired. `Uw kenmerk` (`Uw referentie`, `Uw brief (kenmerk)`, `Uw brief`) is the reference of what the
/// letter answers: a zaak number (`2024Z01234`) when it answers the Kamer.
struct MinistryLetterhead: Sendable, Hashable {
    /// Index (into `PDFTextPages.lines`) of the salutation line; the body starts after it.
    var salutation: Int?
    /// Index of the body's first line: after the salutation, or in a letter without one (older
    /// letters open straight after `Ons kenmerk`) after the letterhead's last label and its value.
    var bodyStart = 0
    /// `YYYY-MM-DD`.
    var date: String?
    var subject: String?
    var kenmerk: String?
    var theirReference: String?
    var ministerie: String?

    static func read(_ pages: PDFTextPages, furniture: [Bool]) -> MinistryLetterhead {
        var head = MinistryLetterhead()
        let lines = pages.lines
        head.salutation = lines.indices.first { !furniture[$0] && isSalutation(pages, lines[$0]) }
        var headEnd = head.salutation ?? min(lines.count, 40)
        let furniture = letterheadMask(pages, furniture: furniture, headEnd: headEnd)
        if let salutation = head.salutation {
            head.bodyStart = salutation + 1
        } else {
            headEnd = endOfLabels(pages, before: headEnd, furniture: furniture)
            head.bodyStart = headEnd
        }
        readColumns(pages, &head, headEnd: headEnd, furniture: furniture)
        for index in 0..<headEnd where !furniture[index] {
            if head.date == nil, let value = labelValue(pages, index, label: "Datum", headEnd: headEnd) {
                let text = LetterSpacing.repairedCode(pages.string(value))
                head.date = isoDate(text)
            } else if head.subject == nil,
                let value = labelValue(pages, index, label: "Betreft", headEnd: headEnd) ?? labelValue(pages, index, label: "Onderwerp", headEnd: headEnd)
            {
                head.subject = subject(pages, from: value, line: index, headEnd: headEnd, furniture: furniture)
            }
        }
        // `Datum` with its value set apart after the other labels (pdfminer: `Datum` / `Onderwerp …`
        // / `1 maart 2011`): the letterhead's date alone on its line.
        if head.date == nil, let line = (0..<headEnd).first(where: {
            !furniture[$0] && PageFurniture.isDate(lines[$0].content, pages)
        }) {
            head.date = isoDate(LetterSpacing.repairedCode(pages.string(lines[line].content)))
        }
        for index in lines.indices where head.kenmerk == nil {
            for label in ["Ons kenmerk", "Onze referentie", "Kenmerk"] {
                if let value = labelValue(pages, index, label: label, headEnd: lines.count) {
                    head.kenmerk = LetterSpacing.repairedCode(pages.string(value))
                    break
                }
            }
        }
        for index in lines.indices where head.theirReference == nil {
            for label in ["Uw kenmerk", "Uw referentie", "Uw brief (kenmerk)", "Uw brief"] {
                if let value = labelValue(pages, index, label: label, headEnd: lines.count) {
                    head.theirReference = LetterSpacing.repairedCode(pages.string(value))
                    break
                }
            }
        }
        head.ministerie = ministry(pages)
        return head
    }

    /// `Geachte voorzitter,`, `Zeer geachte heer …,`.
    static func isSalutation(_ pages: PDFTextPages, _ line: PDFTextPages.Line) -> Bool {
        (pages.keyStarts(line.content, with: "geachte") || pages.keyStarts(line.content, with: "zeergeachte"))
            && pages.lastByte(line) == UInt8(ascii: ",")
    }

    /// `25 november 2022` → `2022-11-25`. Kept here rather than using `DutchDate` (Linking) so the
    /// parsers build on their own, as the fuzzers do.
    static func isoDate(_ text: String) -> String? {
        let words = text.split(separator: " ").map { $0.lowercased() }
        for index in words.indices.dropFirst().dropLast() {
            guard let month = DayMonthYear.months.firstIndex(of: words[index]), let day = Int(words[index - 1]), (1...31).contains(day),
                words[index + 1].count == 4, let year = Int(words[index + 1])
            else { continue }
            let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
            return "\(year)-\(pad(month + 1))-\(pad(day))"
        }
        return nil
    }
}

private extension MinistryLetterhead {
    /// The furniture mask without the letterhead's `Datum`, `Betreft` and date lines: the sidebar of
    /// every later page repeats `Datum` and the date, so on a letter of three pages or more the
    /// mask has them as furniture on page 1 too.
    static func letterheadMask(_ pages: PDFTextPages, furniture: [Bool], headEnd: Int) -> [Bool] {
        var mask = furniture
        for index in 0..<headEnd where mask[index] {
            let range = pages.lines[index].content
            if pages.keyStarts(range, with: "datum") || isSubjectLabel(pages, range) || PageFurniture.isDate(range, pages) {
                mask[index] = false
            }
        }
        return mask
    }

    /// pdftotext may set the labels apart from their values: `Datum` and `Betreft` on lines of
    /// their own, then the date and the (wrapped) subject on the lines after them.
    static func readColumns(_ pages: PDFTextPages, _ head: inout MinistryLetterhead, headEnd: Int, furniture: [Bool]) {
        let texts = (0..<headEnd).filter { !furniture[$0] && !pages.lines[$0].content.isEmpty }
        guard let datum = texts.firstIndex(where: { pages.keyEquals(pages.lines[$0].content, "datum") }),
            datum + 2 < texts.count, pages.keyEquals(pages.lines[texts[datum + 1]].content, "betreft")
        else { return }
        let valueStart = texts[datum + 2]
        head.date = isoDate(LetterSpacing.repairedCode(pages.string(pages.lines[valueStart].content)))
        // The subject wraps over the lines after the date, up to a blank line or the next label:
        // page 1's sidebar block (`Uw kenmerk`, `Bijlage(n)`) may follow in the same column.
        // `Bijlage(n)` above `Datum` in the labels' column has its count among the values (`22
        // december 2022` / `Emissies door de luchtvaart` / `2`): a count alone is not the subject's.
        let countsAttachments = (0..<texts[datum]).contains { pages.keyStarts(pages.lines[$0].content, with: "bijlage") }
        var subject: [String] = []
        for index in (valueStart + 1)..<headEnd where !furniture[index] {
            let range = pages.lines[index].content
            if range.isEmpty { if subject.isEmpty { continue } else { break } }
            if isLabel(pages, range) { break }
            if countsAttachments, range.count <= 2, range.allSatisfy({ PDFTextPages.isDigit(pages.bytes[$0]) }) { break }
            subject.append(pages.string(range))
        }
        if !subject.isEmpty { head.subject = subject.joined(separator: " ") }
    }

    /// The letterhead's labels other than the subject's, as keys (spaces left out, lowercase).
    static let labelKeys = ["datum", "onskenmerk", "uwkenmerk", "kenmerk", "bijlage", "uwbrief", "onzereferentie", "uwreferentie"]
    /// The subject's labels.
    static let subjectKeys = ["betreft", "onderwerp"]

    /// A letterhead label that ends a wrapped subject.
    static func isLabel(_ pages: PDFTextPages, _ range: Range<Int>) -> Bool {
        labelKeys.contains { pages.keyStarts(range, with: $0) }
    }

    /// `Betreft …`, `Onderwerp …`.
    static func isSubjectLabel(_ pages: PDFTextPages, _ range: Range<Int>) -> Bool {
        subjectKeys.contains { pages.keyStarts(range, with: $0) }
    }

    /// In a letter without a salutation, where the letterhead ends: after its last label (`Datum`,
    /// `Betreft`, `Onderwerp`, `Ons kenmerk` …) and that label's value when it stands on the next
    /// line, looking no further than the first line of body length (or `limit`).
    static func endOfLabels(_ pages: PDFTextPages, before limit: Int, furniture: [Bool]) -> Int {
        let lines = pages.lines
        let firstLong = (0..<limit).first { index in
            !furniture[index] && lines[index].content.count >= 60 && pages.bytes[lines[index].content.lowerBound] != UInt8(ascii: ">")
        } ?? limit
        var end = 0
        for index in 0..<firstLong where !furniture[index] {
            let range = lines[index].content
            guard isLabel(pages, range) || isSubjectLabel(pages, range) else { continue }
            end = index + 1
            // A label alone on its line: its value is the next text line.
            if labelOnly(pages, range),
                let value = ((index + 1)..<firstLong).first(where: { !furniture[$0] && !lines[$0].content.isEmpty }),
                !isLabel(pages, lines[value].content)
            {
                end = value + 1
            }
        }
        // A date alone right after the labels is the letterhead's, its `Datum` alone above another label.
        if let next = (end..<firstLong).first(where: { !furniture[$0] && !lines[$0].content.isEmpty }),
            PageFurniture.isDate(lines[next].content, pages)
        {
            end = next + 1
        }
        return end
    }

    /// Whether the line holds a label and nothing else (`Ons kenmerk`), its value on the next line.
    static func labelOnly(_ pages: PDFTextPages, _ range: Range<Int>) -> Bool {
        (labelKeys + subjectKeys + ["bijlage(n)", "bijlagen"]).contains { pages.keyEquals(range, $0) }
    }

    /// The value after `label` on the same line, or on the next text line when the label stands alone.
    static func labelValue(_ pages: PDFTextPages, _ index: Int, label: String, headEnd: Int) -> Range<Int>? {
        let line = pages.lines[index], range = line.content
        let labelBytes = Array(label.utf8)
        guard range.count >= labelBytes.count, pages.bytes[range.prefix(labelBytes.count)].elementsEqual(labelBytes)
        else { return nil }
        let rest = (range.lowerBound + labelBytes.count)..<range.upperBound
        if rest.isEmpty {
            let next = ((index + 1)..<headEnd).first { !pages.lines[$0].content.isEmpty }
            return next.map { pages.lines[$0].content }
        }
        guard PDFTextPages.isSpace(pages.bytes[rest.lowerBound]) else { return nil }
        let value = rest.drop { PDFTextPages.isSpace(pages.bytes[$0]) }
        return value.isEmpty ? nil : value.startIndex..<rest.upperBound
    }

    /// The subject with its wrapped lines, up to the salutation or the next label.
    static func subject(_ pages: PDFTextPages, from value: Range<Int>, line: Int, headEnd: Int, furniture: [Bool]) -> String {
        var parts = [pages.string(value)]
        for index in (line + 1)..<headEnd where !furniture[index] {
            let range = pages.lines[index].content
            if range.isEmpty { break }
            if isLabel(pages, range) || range.lowerBound < value.upperBound { break }
            parts.append(pages.string(range))
        }
        return parts.joined(separator: " ")
    }

    /// The `Ministerie van …` block, joined over the lines it wraps onto.
    static func ministry(_ pages: PDFTextPages) -> String? {
        let lines = pages.lines
        guard let first = lines.indices.first(where: { pages.keyStarts(lines[$0].content, with: "ministerievan") })
        else { return nil }
        var parts = [pages.string(lines[first].content)]
        var index = first + 1
        while index < lines.count, parts.count < 4, !lines[index].content.isEmpty {
            let previous = parts[parts.count - 1].lastWordLowercased
            let next = pages.string(lines[index].content)
            let nextWord = next.split(separator: " ").first.map(String.init) ?? ""
            let runsOn = ["van", "en", "voor", "de"].contains(previous) || parts[parts.count - 1].hasSuffix(",")
                || ["en", "van", "voor"].contains(nextWord)
            guard runsOn else { break }
            parts.append(next)
            index += 1
        }
        return LetterSpacing.repairedName(parts.joined(separator: " "))
    }
}
