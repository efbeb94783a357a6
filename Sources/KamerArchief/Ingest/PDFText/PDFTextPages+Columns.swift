/// `pdftotext -layout` keeps each glyph at its column, so a Rijksoverheid letter's sidebar stands
/// on the same lines as the body (`per regio        2024-0000123456`). The furniture and letterhead
/// stages expect what the default mode prints: the body's lines, then the sidebar's as a block.
///
/// A piece of a line is in the sidebar when it starts at or right of 55 % of the page's widest line
/// (in scalars) and either opens the line or follows a gap of `columnGap` or more spaces. Only a
/// page with at least `minimumSidebarLines` such pieces after a gap is reordered, so default-mode
/// text and body lines that merely run wide are left as they are. Pieces keep their bytes, line
/// numbers and columns; each page becomes its sidebar lines, an empty line, its body lines (the sidebar
/// then stands in page 1's letterhead, above the salutation).
extension PDFTextPages {
    /// The fewest spaces between two columns; justified body text stretches a gap to two or three.
    static let columnGap = 4
    static let minimumSidebarLines = 3

    static func columnOrdered(_ lines: [Line], bytes: [UInt8]) -> [Line] {
        var ordered: [Line] = []
        ordered.reserveCapacity(lines.count + 8)
        var pageStart = 0
        while pageStart < lines.count {
            let page = lines[pageStart].page
            var pageEnd = pageStart
            while pageEnd < lines.count && lines[pageEnd].page == page { pageEnd += 1 }
            ordered += pageOrdered(lines[pageStart..<pageEnd], bytes: bytes)
            pageStart = pageEnd
        }
        return ordered
    }
}

private extension PDFTextPages {
    static func pageOrdered(_ page: ArraySlice<Line>, bytes: [UInt8]) -> [Line] {
        let widest = page.map { column(of: $0.content.upperBound, from: $0.start, bytes) }.max() ?? 0
        let threshold = max(40, widest * 55 / 100)
        var body: [Line] = [], sidebar: [Line] = [], afterGap = 0
        for line in page {
            guard !line.content.isEmpty else { body.append(line); continue }
            // The left pieces stay one line: a label and its value (`Datum        12 maart 2024`).
            var leftStart = -1, leftEnd = 0, position = 0
            // Each piece's column is counted on from the last piece's.
            var counted = line.start, pieceColumn = 0
            forEachColumn(line.content, in: bytes) { piece in
                pieceColumn += column(of: piece.lowerBound, from: counted, bytes)
                counted = piece.lowerBound
                if pieceColumn >= threshold {
                    sidebar.append(Line(number: line.number, start: line.start, content: piece, page: line.page))
                    if position > 0 { afterGap += 1 }
                } else {
                    if leftStart < 0 { leftStart = piece.lowerBound }
                    leftEnd = piece.upperBound
                }
                position += 1
            }
            if leftStart >= 0 {
                body.append(Line(number: line.number, start: line.start, content: leftStart..<leftEnd, page: line.page))
            }
        }
        guard afterGap >= minimumSidebarLines else { return Array(page) }
        let separator = Line(number: page.last!.number, start: page.last!.start, content: page.last!.start..<page.last!.start, page: page.first!.page)
        return sidebar + [separator] + body
    }

    /// 0-based column (in scalars) of byte `offset` on a line starting at `start`.
    static func column(of offset: Int, from start: Int, _ bytes: [UInt8]) -> Int {
        var count = 0
        for index in start..<offset where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The pieces of a trimmed line, split at runs of at least `columnGap` spaces, in order.
    static func forEachColumn(_ content: Range<Int>, in bytes: [UInt8], _ body: (Range<Int>) -> Void) {
        var pieceStart = content.lowerBound, index = content.lowerBound
        while index < content.upperBound {
            guard bytes[index] == 0x20 else { index += 1; continue }
            var end = index
            while end < content.upperBound && bytes[end] == 0x20 { end += 1 }
            if end - index >= columnGap {
                body(pieceStart..<index)
                pieceStart = end
            }
            index = end
        }
        body(pieceStart..<content.upperBound)
    }
}
