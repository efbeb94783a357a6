/// `pdftotext -layout` keeps each glyph at its column, so a Rijksoverheid letter's sidebar stands
/// on the same lines as the body (`per regio        2024-0000123456`). The furniture and letterhead
/// stages expect what the default mode prints: the body's lines, then the sidebar's as a block.
///
/// A piece of a line is in the sidebar when it starts at or right of 55 % of the page's widest line
/// (in scalars) and either opens the line or follows a gap of `columnGap` or more spaces. Only a
/// page with at least `minimumSidebarLines` such pieces after a gap, or as many in the columns of
/// those, is reordered, so default-mode text (never indented) and body lines that merely run wide
/// are left as they are. (A page's sidebar may stand beside two body lines only, its last line
/// below the body's: `kregen    Ministerie van`, `botulisme.    Infrastructuur en`, then
/// `Waterstaat` alone in that column.) Pieces keep their bytes, line numbers and columns; each page
/// becomes its sidebar lines, an empty line, its body lines (the sidebar then stands in page 1's
/// letterhead, above the salutation).
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
    /// A page's lines split into the body's and the sidebar's.
    struct PageColumns {
        var body: [Line] = [], sidebar: [Line] = []
        /// Sidebar pieces that follow a gap on their line.
        var afterGap = 0
        /// The columns the sidebar's pieces start at, and the columns of those that follow a gap.
        var pieceColumns: [Int] = [], gapColumns: Set<Int> = []

        /// At least `minimumSidebarLines` pieces after a gap, or as many in the columns of those.
        var isSidebar: Bool {
            afterGap >= minimumSidebarLines || pieceColumns.count(where: gapColumns.contains) >= minimumSidebarLines
        }
    }

    /// A page is read twice when a piece right of `threshold` follows a gap: the second time a gap
    /// of two or three spaces also ends the body where such a piece's column starts (`om dit te
    /// Infrastructuur en` with three spaces, justified text running close to the sidebar).
    static func pageOrdered(_ page: ArraySlice<Line>, bytes: [UInt8]) -> [Line] {
        let widest = page.map { column(of: $0.content.upperBound, from: $0.start, bytes) }.max() ?? 0
        let threshold = max(40, widest * 55 / 100)
        let first = columns(page, threshold: threshold, sidebarColumns: [], bytes: bytes)
        guard !first.gapColumns.isEmpty else { return Array(page) }
        let split = columns(page, threshold: threshold, sidebarColumns: first.gapColumns, bytes: bytes)
        guard split.isSidebar else { return Array(page) }
        let separator = Line(number: page.last!.number, start: page.last!.start, content: page.last!.start..<page.last!.start, page: page.first!.page)
        return split.sidebar + [separator] + split.body
    }

    static func columns(_ page: ArraySlice<Line>, threshold: Int, sidebarColumns: Set<Int>, bytes: [UInt8]) -> PageColumns {
        // Each line is cut into its pieces once: the table rows are found from how many each has.
        var pieces: [(range: Range<Int>, column: Int)] = [], ends: [Int] = []
        pieces.reserveCapacity(page.count + 16)
        ends.reserveCapacity(page.count)
        for line in page {
            if !line.content.isEmpty { forEachColumn(line, in: bytes, sidebarColumns: sidebarColumns) { pieces.append(($0, $1)) } }
            ends.append(pieces.count)
        }
        let tableRows = tableRows(page, pieceEnds: ends)
        var split = PageColumns()
        for (offset, line) in page.enumerated() {
            guard !line.content.isEmpty, !tableRows[offset] else { split.body.append(line); continue }
            // The left pieces stay one line: a label and its value (`Datum        12 maart 2024`).
            var leftStart = -1, leftEnd = 0
            let first = offset == 0 ? 0 : ends[offset - 1]
            for (position, (piece, pieceColumn)) in pieces[first..<ends[offset]].enumerated() {
                if pieceColumn >= threshold {
                    split.sidebar.append(Line(number: line.number, start: line.start, content: piece, page: line.page))
                    split.pieceColumns.append(pieceColumn)
                    if position > 0 { split.afterGap += 1; split.gapColumns.insert(pieceColumn) }
                } else {
                    if leftStart < 0 { leftStart = piece.lowerBound }
                    leftEnd = piece.upperBound
                }
            }
            if leftStart >= 0 {
                split.body.append(Line(number: line.number, start: line.start, content: leftStart..<leftEnd, page: line.page))
            }
        }
        return split
    }

    /// Which of the page's lines are a table's rows, which stay whole in the body: runs of at least
    /// `TextTables.minimumRows` lines of three or more pieces (`pieceEnds`: where each line's pieces
    /// end among the page's), blank lines between them allowed. A body line beside the sidebar has
    /// two pieces; a letterhead's `Datum` line with the sidebar's `Bijlage(n)` count beside it,
    /// three, but alone.
    static func tableRows(_ page: ArraySlice<Line>, pieceEnds ends: [Int]) -> [Bool] {
        var rows = [Bool](repeating: false, count: ends.count), run: [Int] = []
        func endRun() {
            if run.count >= TextTables.minimumRows { for offset in run { rows[offset] = true } }
            run = []
        }
        for (offset, line) in page.enumerated() where !line.content.isEmpty {
            let count = ends[offset] - (offset == 0 ? 0 : ends[offset - 1])
            if count >= 3 { run.append(offset) } else { endRun() }
        }
        endRun()
        return rows
    }

    /// 0-based column (in scalars) of byte `offset` on a line starting at `start`. A form feed
    /// opening the page's first line takes no column.
    static func column(of offset: Int, from start: Int, _ bytes: [UInt8]) -> Int {
        var count = 0
        for index in start..<offset where bytes[index] & 0xC0 != 0x80 && bytes[index] != 0x0C { count += 1 }
        return count
    }

    /// The pieces of a trimmed line with their columns, in order: split at runs of at least
    /// `columnGap` spaces, or of two or more before one of `sidebarColumns`.
    static func forEachColumn(_ line: Line, in bytes: [UInt8], sidebarColumns: Set<Int>, _ body: (Range<Int>, Int) -> Void) {
        let content = line.content
        var pieceStart = content.lowerBound, index = content.lowerBound
        // Each column is counted on from the last one's.
        var counted = line.start, countedColumn = 0
        func columnAt(_ offset: Int) -> Int {
            countedColumn += column(of: offset, from: counted, bytes)
            counted = offset
            return countedColumn
        }
        var pieceColumn = columnAt(pieceStart)
        while index < content.upperBound {
            guard bytes[index] == 0x20 else { index += 1; continue }
            var end = index
            while end < content.upperBound && bytes[end] == 0x20 { end += 1 }
            let gap = end - index
            if gap >= columnGap || (gap >= 2 && !sidebarColumns.isEmpty && sidebarColumns.contains(columnAt(end))) {
                body(pieceStart..<index, pieceColumn)
                pieceStart = end
                pieceColumn = columnAt(end)
            }
            index = end
        }
        body(pieceStart..<content.upperBound, pieceColumn)
    }
}
