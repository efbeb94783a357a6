/// The body of a Kamerstuk PDF, from its byte lines to sections and footnotes, through the PDF-text
/// steps shared with letters.
///
/// Only the breaks are translated: a blank line is a paragraph break, a page boundary (a form feed,
/// or a running foot where the form feeds were lost) two empty lines (the letter steps' page break). In a motie each clause (`constaterende dat …;`,
/// `overwegende dat …;`, `verzoekt de regering …,`) starts its own paragraph, also where no blank
/// line stands before it: the clause openers are lowercase, so reflow would join them.
///
/// The notes are taken off the pages' feet, unless the caller has read them elsewhere (`notes`).
/// `numberedHeadings`: a short numbered line that a paragraph follows (`1. Inleiding`) is a heading,
/// as in a ministry letter, rather than a list item; text converted from a Word file has them so.
/// `breaksBefore`: a line it accepts starts a paragraph after a line that ends a sentence (kamervragen's
/// `Antwoord van …` after `(ingezonden …).`), where no blank line stands between them; and such a
/// line that reflow took for a heading (`Antwoord van Minister … (Natuur en Stikstof)` above
/// `(ontvangen 5 april 2024).`) opens the paragraph after it.
enum KamerstukBody {
    static func read(
        _ text: [UInt8], lines: [TextLine], body: [Int], feet: [Int], splitsClauses: Bool, notes listed: [Footnote]? = nil,
        numberedHeadings: Bool = false, breaksBefore: (([UInt8], Range<Int>) -> Bool)? = nil, file: String
    ) -> (sections: [Section], footnotes: [Footnote], diagnostics: [Diagnostic]) {
        let pdfLines = pdfLines(text, lines: lines, body: body, feet: feet, splitsClauses: splitsClauses, breaksBefore: breaksBefore)
        var (events, notes, noteDiagnostics) = PageFootnoteExtractor.extract(pdfLines, file: file, takesNotes: listed == nil)
        if let listed { notes = listed }
        var blocks = Reflower.reflow(events, file: file, ministryLayout: numberedHeadings)
        if let breaksBefore { blocks = openingsAsText(blocks, opens: breaksBefore) }
        let paragraphBlocks = blocks.filter { $0.kind == .paragraph }
        let (matched, markerDiagnostics) = FootnoteMarkerMatcher.attach(notes: notes, toBlocks: paragraphBlocks)
        var paragraphs = matched[...]
        var sections: [Section] = [], ids = sectionIDs()
        for block in blocks {
            if block.kind == .heading {
                let id = ids.unique(slug(block.text.text))
                sections.append(Section(id: id, title: block.text.text, role: .other, location: block.location))
            } else if let paragraph = paragraphs.popFirst() {
                if sections.isEmpty {
                    sections.append(Section(id: "tekst", title: "Tekst", role: .other, location: paragraph.location))
                }
                sections[sections.count - 1].paragraphs.append(paragraph)
            }
        }
        return (sections, notes, noteDiagnostics + markerDiagnostics)
    }

    /// `blocks` with each heading that `opens` accepts joined to the paragraph after it.
    static func openingsAsText(_ blocks: [FlowBlock], opens: ([UInt8], Range<Int>) -> Bool) -> [FlowBlock] {
        var result: [FlowBlock] = [], index = 0
        result.reserveCapacity(blocks.count)
        while index < blocks.count {
            var block = blocks[index]
            index += 1
            if block.kind == .heading, index < blocks.count, blocks[index].kind == .paragraph, blocks[index].listLabel == nil,
                opens(Array(block.text.text.utf8), 0..<block.text.text.utf8.count)
            {
                var text = block.text
                text.appendSynthetic(" ")
                text.append(blocks[index].text)
                block = FlowBlock(kind: .paragraph, text: text, listLabel: nil, location: block.location)
                index += 1
            }
            result.append(block)
        }
        return result
    }

    /// Lowercase words that open a motie's clauses, each at the start of a line. Considerations in
    /// other participles (`erkennende dat`, `vaststellende dat`) are found by their form.
    static let clauseOpeners = [
        "gehoord de beraadslaging", "constaterende", "overwegende", "van mening", "is van mening", "van oordeel",
        "gelet op", "verzoekt", "spreekt uit", "spreekt zich uit", "roept", "draagt", "besluit", "betreurt",
        "stelt vast", "en gaat over tot de orde van de dag",
    ]
}

private extension KamerstukBody {
    static func pdfLines(
        _ text: [UInt8], lines: [TextLine], body: [Int], feet: [Int], splitsClauses: Bool, breaksBefore: (([UInt8], Range<Int>) -> Bool)?
    ) -> [PDFLine] {
        let empty: [Unicode.Scalar] = [], space: [Unicode.Scalar] = [" "]
        var result: [PDFLine] = []
        // A line's page: form feeds before it plus running feet before it. Where both mark one
        // boundary the count rises by two between two body lines, which is still one page break.
        var feetBefore = 0
        func pageKey(_ index: Int) -> Int {
            while feetBefore < feet.count && feet[feetBefore] < index { feetBefore += 1 }
            return lines[index].page + feetBefore
        }
        var page = body.first.map(pageKey) ?? 0
        var blank = false, previousEndsColon = false, previousEndsSentence = false
        for index in body {
            let line = lines[index]
            let linePage = pageKey(index)
            if line.isBlank {
                blank = true
                continue
            }
            let clause = splitsClauses && startsClause(text, line.content)
                || (previousEndsColon && startsListItem(text, line.content))
                || (previousEndsSentence && breaksBefore?(text, line.content) == true)
            if linePage != page && !clause {
                result.append(PDFLine(number: line.number, scalars: empty))
                result.append(PDFLine(number: line.number, scalars: empty))
            } else if blank || clause {
                result.append(PDFLine(number: line.number, scalars: space))
            }
            page = linePage
            blank = false
            previousEndsColon = text.hasSuffix(":", in: line.content)
            if breaksBefore != nil { previousEndsSentence = text.hasSuffix(".", in: line.content) }
            result.append(PDFLine(number: line.number, utf8: text[line.bytes]))
        }
        return result
    }

    static func startsClause(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        let listed = clauseOpeners.contains { opener in
            guard text.hasPrefix(opener, in: range) else { return false }
            let after = range.lowerBound + opener.utf8.count
            return after == range.upperBound || ", .:;".utf8.contains(text[after])
        }
        return listed || startsWithParticipleDat(text, range)
    }

    /// `erkennende dat …`: a lowercase word ending in `ende`, then `dat`.
    static func startsWithParticipleDat(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var end = range.lowerBound
        while end < range.upperBound, (0x61...0x7A).contains(text[end]) { end += 1 }
        guard end - range.lowerBound > 5, text.hasSuffix("ende", in: range.lowerBound..<end) else { return false }
        return text.hasPrefix(" dat ", in: end..<range.upperBound) || text.equals(" dat", in: end..<range.upperBound)
    }

    /// `3. `, `a. `, `2) `: a list item, which after a line ending in a colon starts a paragraph
    /// even where the line before looks wrapped (an amendement's quoted `lid` or `onderdeel`).
    static func startsListItem(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 2, KamerstukPDFHead.isDigit(text[index]) { index += 1 }
        if index == range.lowerBound, index < range.upperBound, (0x61...0x7A).contains(text[index]) { index += 1 }
        guard index > range.lowerBound, index + 1 < range.upperBound else { return false }
        return (text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ")")) && text[index + 1] == 0x20
    }
}

extension KamerstukBody {
    /// The ids' keeper, with `tekst` taken: the id of the section that text before any heading opens.
    static func sectionIDs() -> SectionIDs {
        var ids = SectionIDs()
        _ = ids.unique("tekst")
        return ids
    }

    /// Lowercase ASCII letters, digits and `-`: a section's id before `SectionIDs` makes it unique.
    /// Only a space or a hyphen becomes `-` (`A/B` → `ab`); the letter reader's `OutlineBuilder.slug`
    /// also turns a tab, `/` and `&` into one. The two are kept apart so that published ids stay.
    static func slug(_ title: String) -> String {
        var slug = ""
        func append(_ scalar: Unicode.Scalar) {
            if ("a"..."z").contains(scalar) || scalar.isASCIIDigit {
                slug.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-", !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        // Only a scalar beyond ASCII goes through Foundation's lowercasing and decomposition (to
        // keep the letter of `é`): of the rest, only the letters and digits of ASCII are kept.
        for scalar in title.unicodeScalars {
            if scalar.isASCII {
                append(("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) + 32) : scalar)
            } else {
                String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.forEach(append)
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "sectie" : slug
    }
}
