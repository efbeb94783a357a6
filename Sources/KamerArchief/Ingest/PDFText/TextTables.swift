/// Tables in PDF text: rows of cells in aligned columns, set apart by runs of spaces.
///
/// `pdftotext -layout` prints a table's cells at their columns (`Energie      ACM      120`), and
/// the poppler reader writes the tables it finds on a page the same way (`PDFPageLines+Tables`).
/// A cell ends at a run of `cellGap` or more white-space scalars; justified prose stretches a gap
/// to two or three spaces at most, and never at the same column on line after line.
///
/// A table is a run of at least `minimumRows` lines of two or more cells (under a header's rule, of
/// any length), in one page, whose cells fall into the same columns (`TableColumns`): each cell
/// overlaps at most one column of the lines above it (a number set right under its heading's start
/// still overlaps the heading), no two cells of a line share one, and no two columns come to
/// overlap. A line of one cell with no paragraph break before it is a cell that wrapped, its text
/// going on the cell above: in the first column only where it opens in lowercase or the cell above
/// ends in a hyphen. Where blank lines set some rows apart and not others, a line of cells right
/// under a row that leaves a cell empty is that row's next line. A rule line ends the header;
/// without one, the first row is the header where it holds no number but years and a row below it
/// holds another (`opensWithHeader`).
enum TextTables {
    /// The fewest white-space scalars between two cells.
    static let cellGap = 3
    /// The fewest rows of two or more cells that make a table.
    static let minimumRows = 3
    /// The longest cell: a longer piece of a line is prose beside something else.
    static let longestCell = 60

    /// A table found in `lines`: which lines it takes, and its cells.
    struct Found: Sendable, Hashable {
        var lines: Range<Int>
        var table: Table
    }

    /// The tables among `lines`, in order, none overlapping.
    static func find(in lines: [GappedLine]) -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < lines.count {
            guard let first = cells(of: lines[index].line), first.count >= 2, let table = table(from: index, in: lines) else {
                index += 1
                continue
            }
            found.append(table)
            index = table.lines.upperBound
        }
        return found
    }

    /// A cell of a line: its scalars on the line, and its text's bytes in `line.text` (where each
    /// white-space run is one space).
    struct Cell: Sendable, Hashable {
        var span: Range<Int>
        var text: Range<Int>
    }

    /// The line's cells, or nil when it has one cell only or a cell longer than `longest`: its
    /// segments (`PDFLine.forEachSegment`) joined where fewer than `cellGap` scalars stand between.
    static func cells(of line: PDFLine, longest: Int = longestCell) -> [Cell]? {
        guard line.hasSegmentBreaks else { return nil }
        var cells: [Cell] = []
        line.forEachSegment { segment, text in
            if let last = cells.last, segment.lowerBound - last.span.upperBound < cellGap {
                cells[cells.count - 1] = Cell(span: last.span.lowerBound..<segment.upperBound, text: last.text.lowerBound..<text.upperBound)
            } else {
                cells.append(Cell(span: segment, text: text))
            }
        }
        guard cells.count >= 2 else { return nil }
        // A list item's label set apart from its text (`-   Duurzame land- en tuinbouw;`).
        if cells[0].span.count <= 4, Reflower.listLabel(of: line).map({ $0.textStart >= cells[1].span.lowerBound }) == true {
            return nil
        }
        return cells.allSatisfy { $0.span.count <= longest } ? cells : nil
    }
}

private extension TextTables {
    /// The table that starts at `start`, if the lines from there make one.
    static func table(from start: Int, in lines: [GappedLine]) -> Found? {
        // The columns in scalars (a cell's last scalar closing its span), and each row's cells.
        var columns = TableColumns()
        var rows: [[Int: [UInt8]]] = []
        var fullRows = 0
        var headerRows: Int?
        // Whether each row stands apart from the one above (a paragraph break between them).
        var apart: [Bool] = []
        var index = start
        func span(_ range: Range<Int>) -> ClosedRange<Double> { Double(range.lowerBound)...Double(range.upperBound - 1) }
        while index < lines.count {
            let line = lines[index].line, gap = lines[index].gap
            if index > start && gap.pageBreak { break }
            // A rule under the header (`------  ------`, as pandoc and plain-text tables draw one).
            if isRule(line) {
                if !rows.isEmpty && headerRows == nil { headerRows = rows.count }
                index += 1
                continue
            }
            // Under a rule, cells may be long (pandoc sets a cell on one line, however long).
            guard let cells = cells(of: line, longest: headerRows == nil ? longestCell : .max) else {
                // A wrapped cell: one piece right below its row, in one column.
                let text = Array(line.text.utf8)
                guard !rows.isEmpty, !gap.isBreak, !line.content.isEmpty, let column = columns.only(span(line.content)),
                    column > 0 || continuesFirstCell(rows[rows.count - 1][0] ?? [], text)
                else { break }
                rows[rows.count - 1][column] = joined(rows[rows.count - 1][column] ?? [], text[...])
                index += 1
                continue
            }
            guard let (placed, moved) = columns.place(cells.map { span($0.span) }) else { break }
            rows = TableColumns.moving(rows, to: moved)
            let text = line.text.utf8
            rows.append(Dictionary(uniqueKeysWithValues: zip(placed, cells.map { Array(text.dropFirst($0.text.lowerBound).prefix($0.text.count)) })))
            apart.append(gap.paragraphBreak)
            fullRows += 1
            index += 1
        }
        guard fullRows >= minimumRows, columns.spans.count >= 2 else { return nil }
        rows = mergingWrappedRows(rows, apart: apart, columns: columns.spans.count) { joined($0, $1[...]) }
        let grid = rows.map { row in columns.spans.indices.map { row[$0] ?? [] } }
        guard !isContents(grid) else { return nil }
        let strings = grid.map { $0.map { String(decoding: $0, as: UTF8.self) } }
        return Found(lines: start..<index, table: Table(rows: strings, headerRows: headerRows ?? (opensWithHeader(strings) ? 1 : 0)))
    }

    /// A line of `-`, `=`, `_` or `+` and spaces only, at least three of them.
    static func isRule(_ line: PDFLine) -> Bool {
        var marks = 0
        for offset in line.content {
            switch line.scalars[offset] {
            case "-", "=", "_", "+": marks += 1
            case " ": continue
            default: return false
            }
        }
        return marks >= 3
    }
}

extension TextTables {
    /// The rows with those of a row that wrapped merged back. Where some rows stand apart from the
    /// one above (a blank line, or a wider step, between them: the cells' padding) and others do
    /// not, a row that does not and leaves a cell empty is the row above's next line: its cells go
    /// on that row's. Where all rows stand alike, each is a row.
    static func mergingWrappedRows<Value>(_ rows: [[Int: Value]], apart: [Bool], columns: Int, join: (Value, Value) -> Value) -> [[Int: Value]] {
        guard apart.dropFirst().contains(true), apart.dropFirst().contains(false) else { return rows }
        var merged: [[Int: Value]] = []
        for (index, row) in rows.enumerated() {
            guard index > 0, !apart[index], row.count < columns else {
                merged.append(row)
                continue
            }
            for (column, cell) in row {
                merged[merged.count - 1][column] = merged[merged.count - 1][column].map { join($0, cell) } ?? cell
            }
        }
        return merged
    }

    /// Whether a piece in the first column, right under a row, goes on that row's first cell rather
    /// than starting a row or the text after the table: it opens in lowercase, or the cell ends in a
    /// hyphen (`Reparateurs-` / `register`, `Noord-` / `Holland`).
    static func continuesFirstCell<Piece: Collection<UInt8>>(_ cell: [UInt8], _ piece: Piece) -> Bool {
        piece.first.map { (0x61...0x7A).contains($0) } == true || cell.last == 0x2D
    }

    /// Whether the first row heads the others: it holds no number but years (`Doel  2025  2027`),
    /// and a row below it holds another number.
    static func opensWithHeader(_ grid: [[String]]) -> Bool {
        isHeaderLike(grid[0]) && grid.dropFirst().contains { !isHeaderLike($0) }
    }

    /// Cells that hold no number but years (`Afname t.o.v. 2023`, `2024*`).
    static func isHeaderLike<Cell: StringProtocol>(_ cells: [Cell]) -> Bool {
        cells.allSatisfy { cell in
            cell.utf8.split(separator: 0x20).allSatisfy { word in
                let digits = word.filter { $0 >= 0x30 && $0 <= 0x39 }
                return digits.isEmpty || (digits.count == 4 && (digits.starts(with: [0x31, 0x39]) || digits.starts(with: [0x32, 0x30])))
            }
        }
    }

    /// Two columns, the second of page numbers that never go down: a table of contents, which the
    /// readers take out of the text as such, not a table.
    static func isContents<Cell: Collection<UInt8>>(_ rows: [[Cell]]) -> Bool {
        var previous = 0
        return rows.allSatisfy { row in
            guard row.count == 2, let page = pageNumber(row[1]), page >= previous else { return false }
            previous = page
            return true
        }
    }

    /// One to three ASCII digits as a number.
    private static func pageNumber<Cell: Collection<UInt8>>(_ cell: Cell) -> Int? {
        guard (1...3).contains(cell.count), cell.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return cell.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// A wrapped cell's text after the text above it. A word broken at a hyphen is joined, unless
    /// the line goes on with a conjunction (`passagiers-` / `en bagageafhandeling`); a hyphen
    /// before a capital or a digit is the text's own (`Noord-` / `Holland`, `2025-` / `2027`).
    static func joined(_ above: [UInt8], _ below: ArraySlice<UInt8>) -> [UInt8] {
        guard !above.isEmpty else { return Array(below) }
        var result = above
        let first = below.first ?? 0x20
        if above.last != 0x2D {
            result.append(0x20)
        } else if (0x61...0x7A).contains(first) {
            let firstWord = String(decoding: below.prefix { $0 != 0x20 }, as: UTF8.self)
            if LocatedText.suspendedCompoundConjunctions.contains(firstWord) { result.append(0x20) } else { result.removeLast() }
        } else if !(0x41...0x5A).contains(first) && !(0x30...0x39).contains(first) {
            result.append(0x20)
        }
        result.append(contentsOf: below)
        return result
    }
}

/// A table's columns, found row by row: each cell goes to the column it overlaps and widens it, or
/// makes a new one where it overlaps none.
struct TableColumns: Sendable, Hashable {
    /// Each column's extent, left to right, never overlapping.
    private(set) var spans: [ClosedRange<Double>] = []

    /// Places a row's cells, left to right: the column of each, and where each column before it
    /// went (a new column moves those right of it). Nil, and the columns unchanged, when a cell
    /// overlaps two columns, two cells fall into one, or columns come to overlap.
    mutating func place(_ cells: [ClosedRange<Double>]) -> (columns: [Int], moved: [Int])? {
        var grown = spans, columns: [Int] = []
        for cell in cells {
            let hits = grown.indices.filter { grown[$0].overlaps(cell) }
            switch hits.count {
            case 0:
                let at = grown.firstIndex { $0.lowerBound > cell.lowerBound } ?? grown.count
                grown.insert(cell, at: at)
                columns = columns.map { $0 >= at ? $0 + 1 : $0 } + [at]
            case 1:
                guard !columns.contains(hits[0]) else { return nil }
                grown[hits[0]] = min(grown[hits[0]].lowerBound, cell.lowerBound)...max(grown[hits[0]].upperBound, cell.upperBound)
                columns.append(hits[0])
            default:
                return nil
            }
        }
        guard zip(grown, grown.dropFirst()).allSatisfy({ $0.upperBound < $1.lowerBound }) else { return nil }
        let moved = spans.map { old in grown.firstIndex { $0.overlaps(old) }! }
        spans = grown
        return (columns, moved)
    }

    /// Rows of cells by column, each column moved where `place` says it went.
    static func moving<Cell>(_ rows: [[Int: Cell]], to moved: [Int]) -> [[Int: Cell]] {
        guard moved.indices.contains(where: { moved[$0] != $0 }) else { return rows }
        return rows.map { row in Dictionary(uniqueKeysWithValues: row.map { (moved[$0.key], $0.value) }) }
    }

    /// The one column a span overlaps, nil when it overlaps none or several.
    func only(_ span: ClosedRange<Double>) -> Int? {
        let hits = spans.indices.filter { spans[$0].overlaps(span) }
        return hits.count == 1 ? hits[0] : nil
    }
}
