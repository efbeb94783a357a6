/// Splits PDF-extracted fiche text into `PDFLine`s in the shared page convention of `Ingest/PDFText/`:
/// a run of two or more empty lines ends a page, a space-only line breaks a paragraph.
///
/// pdftotext writes a page's end as a form feed (`\f`) before the next page's first line, puts one
/// empty line between blocks of text, and leaves the page number as the page's last block. So:
/// a form feed becomes a page end; a page number right before a page end is dropped, and the blank
/// lines before it become part of the page end, so that the notes above it end their page (which is
/// how `PageFootnoteExtractor` tells page-foot notes from body text); any other single empty line
/// is a paragraph break, except in double-spaced text (`isDoubleSpaced`), where it breaks nothing.
/// Text already in the shared convention passes through unchanged.
///
/// One pass over the UTF-8 bytes; line numbers are those of the file (a form feed starts no line).
enum FichePDFLines {
    static func split(_ text: String) -> [PDFLine] {
        let bytes = Array(text.utf8)
        let hasFormFeeds = bytes.withUnsafeBufferPointer { ByteWords.first(formFeed, in: $0, from: 0, to: $0.count) != nil }
        return normalizingPageEnds(scan(bytes, hasFormFeeds: hasFormFeeds), pagesFromFormFeeds: hasFormFeeds)
    }
}

private extension FichePDFLines {
    static let lineFeed: UInt8 = 0x0A
    static let formFeed: UInt8 = 0x0C

    /// The lines of `bytes`, with two empty lines (the page-end mark) for each form feed. Each line's
    /// bytes are a slice of `bytes`.
    ///
    /// Where form feeds mark the pages, a run of empty lines inside a page is one paragraph break:
    /// `pdftotext -layout` keeps the PDF's vertical space as two or three empty lines, which would
    /// otherwise end a page (and make a note's number alone under them a page number).
    static func scan(_ bytes: [UInt8], hasFormFeeds: Bool) -> [PDFLine] {
        func line(_ range: Range<Int>) -> PDFLine { PDFLine(number: number, utf8: bytes[range]) }
        var lines: [PDFLine] = []
        lines.reserveCapacity(PDFTextPages.lineCapacity(forBytes: bytes.count))
        // Empty lines of the text in a row.
        var emptyRun = 0
        var number = 1, start = 0
        for index in bytes.indices where bytes[index] == lineFeed || bytes[index] == formFeed {
            let text = line(start..<index)
            start = index + 1
            if bytes[index] == lineFeed {
                if hasFormFeeds, text.kind == .empty {
                    emptyRun += 1
                    // The run's second empty line makes its first a paragraph break; the rest are left out.
                    if emptyRun == 2 { lines[lines.count - 1] = PDFLine(number: lines[lines.count - 1].number, scalars: [" "]) }
                    if emptyRun >= 2 { number += 1; continue }
                } else {
                    emptyRun = 0
                }
                lines.append(text)
                number += 1
                continue
            }
            emptyRun = 0
            // Text before a form feed on the same line (rare) stays a line of its own page.
            if text.kind == .text { lines.append(text) }
            lines.append(PDFLine(number: number, scalars: []))
            lines.append(PDFLine(number: number, scalars: []))
        }
        if start < bytes.count { lines.append(line(start..<bytes.count)) }
        return lines
    }

    /// Drops the page number that ends a page (with the blank lines around it), and makes every
    /// other lone empty line a paragraph break.
    static func normalizingPageEnds(_ input: [PDFLine], pagesFromFormFeeds: Bool) -> [PDFLine] {
        // Where form feeds end the pages, a page number is the one before a form feed (below); a
        // number alone in sequence elsewhere may be a note's (plain pdftotext sets a superscript
        // number on a line of its own).
        var lines = pagesFromFormFeeds ? input : markingNumberedPageEnds(input)
        var index = 0
        while index < lines.count {
            let runEnd = lines[index...].firstIndex { $0.kind != .empty } ?? lines.count
            if runEnd - index >= 2 || (runEnd == lines.count && index > 0) {
                clearPageNumber(before: index, in: &lines)
            }
            index = max(runEnd, index + 1)
        }
        if lines.last?.kind == .text, PageFurniture.isPageNumber(lines[lines.count - 1]) {
            clearPageNumber(before: lines.count, in: &lines)
        }
        let doubleSpaced = isDoubleSpaced(lines)
        var result: [PDFLine] = []
        result.reserveCapacity(lines.count)
        for (position, line) in lines.enumerated() {
            let isLone = line.kind == .empty
                && (position == 0 || lines[position - 1].kind != .empty)
                && (position + 1 == lines.count || lines[position + 1].kind != .empty)
            guard isLone && position > 0 else {
                result.append(line)
                continue
            }
            if !doubleSpaced { result.append(PDFLine(number: line.number, scalars: [" "])) }
        }
        return result
    }

    /// Whether an empty line stands between the lines of a paragraph, as pdfminer writes a PDF whose
    /// lines are set wide apart: most text lines are followed by one empty line and more text, not
    /// by text directly. Such empty lines break nothing; paragraphs end where a line was not wrapped.
    static func isDoubleSpaced(_ lines: [PDFLine]) -> Bool {
        var spaced = 0, direct = 0
        for index in lines.indices.dropLast(2) where lines[index].kind == .text {
            if lines[index + 1].kind == .text {
                direct += 1
            } else if lines[index + 1].kind == .empty, lines[index + 2].kind == .text {
                spaced += 1
            }
        }
        return spaced > 2 * direct
    }

    /// A page number in sequence (`1`, `2`, … or `Pagina 2 van 9`) ends its page even where the text
    /// has no form feeds: it becomes a page end, and the blank lines before it join that page end.
    static func markingNumberedPageEnds(_ lines: [PDFLine]) -> [PDFLine] {
        var result: [PDFLine] = []
        result.reserveCapacity(lines.count + 8)
        var lastPage = 0
        for (position, line) in lines.enumerated() {
            guard line.kind == .text, PageFurniture.isPageNumber(line), let page = firstNumber(in: line),
                page == lastPage + 1 || (lastPage == 0 && page == 2),
                !isNoteNumber(line, before: position + 1 < lines.count ? lines[position + 1] : nil)
            else {
                result.append(line)
                continue
            }
            lastPage = page
            while let last = result.last, last.kind != .text { result.removeLast() }
            result.append(PDFLine(number: line.number, scalars: []))
            result.append(PDFLine(number: line.number, scalars: []))
        }
        return result
    }

    /// `pdftotext -layout` sets a note's number alone above its text, which starts further right
    /// on the next line; a page number stands right of what follows it.
    static func isNoteNumber(_ line: PDFLine, before next: PDFLine?) -> Bool {
        guard let next, next.kind == .text else { return false }
        return next.content.lowerBound > line.content.lowerBound && !next.scalars[next.content.lowerBound].isASCIIDigit
    }

    static func firstNumber(in line: PDFLine) -> Int? {
        guard let start = line.scalars[line.content].firstIndex(where: \.isASCIIDigit) else { return nil }
        let digits = line.scalars[start..<line.content.upperBound].prefix { $0.isASCIIDigit }
        return Int(String(scalars: digits))
    }

    /// When the last text line before `end` is a page number, empties it and the blank lines
    /// between it and the text above, so that they join the page end.
    static func clearPageNumber(before end: Int, in lines: inout [PDFLine]) {
        var cursor = end - 1
        while cursor >= 0 && lines[cursor].kind != .text { cursor -= 1 }
        guard cursor >= 0, PageFurniture.isPageNumber(lines[cursor]) else { return }
        repeat {
            lines[cursor] = PDFLine(number: lines[cursor].number, scalars: [])
            cursor -= 1
        } while cursor >= 0 && lines[cursor].kind != .text
    }
}
