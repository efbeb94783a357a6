/// Tables on a PDF page, found from the boxes of its lines.
///
/// Poppler reads a table column by column (`Sector`, `Energie`, `Drinkwater`, then `Toezichthouder`,
/// `ACM` …), since its cells stand apart by more than `columnGap`: each cell is a placed line of its
/// own. Cells that share a baseline make a row; rows one under the other whose cells fall into the
/// same columns (`TableColumns`) make a table, by the rules `TextTables` reads text by: at least
/// `minimumRows` rows of two or more cells, no cell over `longestCell` glyphs, none overlapping two
/// columns, no list label or bullet as a row's first cell. A single piece right below a row is a
/// cell that wrapped (in the first column only where `TextTables.continuesFirstCell`); where rows
/// stand apart by their cells' padding, a line a step closer that leaves a cell empty is its row's
/// next line. A table stays within the page's text measure (where its prose lines start and end):
/// a sidebar's line on a row's baseline is no cell of it, and short lines beside a sidebar or a
/// second column of text are no table. A header whose pieces span columns is cut at the word gaps
/// between them (`readHeader`).
///
/// The table is written where its first cell stood in poppler's order, one line a row, each column
/// at a fixed position as `pdftotext -layout` sets it, with a blank line before and after, and a
/// rule (`---`) under a header so read. The gaps are of tabs and spaces in turn, so no run of four
/// spaces reads as a sidebar's gap (`PDFTextPages+Columns`), and every gap is at least
/// `TextTables.cellGap` wide.
extension PDFPageLines {
    /// A table on the page: per row, per column, the placed lines of its cell (several when the
    /// cell wrapped), top to bottom.
    struct PageTable: Sendable, Hashable {
        var rows: [[[Int]]]
        /// The header's text per column, from lines above the rows whose pieces span columns
        /// (`Plaatsingsruimte Afname t.o.v.`), cut at the word gaps between the columns; empty
        /// when there is none.
        var header: [[UInt8]] = []
        /// The placed lines the header was read from.
        var headerLines: [Int] = []
    }

    /// The most lines a header read above the rows may take.
    static let headerLinesAbove = 3

    /// A row's step from the one above, in line heights, beyond which the table has ended.
    static let tableRowStep = 2.5
    /// A wrapped cell's line stands closer to the line above than this many line heights.
    static let wrappedCellStep = 1.6

    static func tables(in placed: [PlacedLine], output: [UInt8], boxes: [PDFGlyphBox]) -> [PageTable] {
        let measure = textMeasure(placed)
        // A sidebar's line on a row's baseline is no cell of it.
        let rows = visualRows(placed).compactMap { row in
            let inside = measure.map { measure in
                row.filter { placed[$0].box.left >= measure.lowerBound - 2 && placed[$0].box.right <= measure.upperBound + 2 }
            } ?? row
            return inside.isEmpty ? nil : inside
        }
        guard rows.count(where: { $0.count >= 2 }) >= TextTables.minimumRows else { return [] }
        func text(_ line: Int) -> ArraySlice<UInt8> { self.text(of: line, placed: placed, output: output) }
        func isRow(_ row: [Int]) -> Bool {
            guard row.count >= 2, row.allSatisfy({ placed[$0].glyphs <= TextTables.longestCell }) else { return false }
            // A list item's label drawn apart from its text (`1.`, `a)`, `•`), as the reflower reads one.
            return Reflower.bareListLabel(of: PDFLine(number: 0, utf8: text(row[0]))) == nil
        }
        var tables: [PageTable] = []
        var first = 0
        while first < rows.count {
            guard isRow(rows[first]) else {
                first += 1
                continue
            }
            var columns = TableColumns()
            var table: [[Int: [Int]]] = []
            var fullRows = 0
            var index = first
            var lastBottom = 0.0
            // Each row's step down from the line above it.
            var steps: [Double] = []
            func span(_ line: Int) -> ClosedRange<Double> { placed[line].box.left...placed[line].box.right }
            while index < rows.count {
                let row = rows[index], box = placed[row[0]].box
                if index > first && box.bottom - lastBottom > tableRowStep * box.height { break }
                if row.count == 1 {
                    // A cell that wrapped onto the line below.
                    guard !table.isEmpty, box.bottom - lastBottom <= wrappedCellStep * box.height, let column = columns.only(span(row[0])),
                        placed[row[0]].glyphs <= TextTables.longestCell,
                        column > 0 || TextTables.continuesFirstCell((table[table.count - 1][0] ?? []).last.map { Array(text($0)) } ?? [], text(row[0]))
                    else { break }
                    table[table.count - 1][column, default: []].append(row[0])
                    lastBottom = box.bottom
                    index += 1
                    continue
                }
                guard isRow(row), let (placedColumns, moved) = columns.place(row.map(span)) else { break }
                table = TableColumns.moving(table, to: moved)
                table.append(Dictionary(uniqueKeysWithValues: zip(placedColumns, row.map { [$0] })))
                steps.append(index > first ? box.bottom - lastBottom : 0)
                fullRows += 1
                lastBottom = box.bottom
                index += 1
            }
            // Rows set apart by their cells' padding: a step a quarter wider than the least.
            let least = steps.dropFirst().min() ?? 0
            table = TextTables.mergingWrappedRows(table, apart: steps.map { $0 > 1.25 * least }, columns: columns.spans.count, join: +)
            let grid = table.map { row in columns.spans.indices.map { row[$0] ?? [] } }
            if fullRows >= TextTables.minimumRows, columns.spans.count >= 2,
                !TextTables.isContents(grid.map { row in row.map { $0.count == 1 ? text($0[0]) : [] } })
            {
                var found = PageTable(rows: grid)
                readHeader(above: first, of: &found, columns: columns.spans, rows: rows, placed: placed, output: output, boxes: boxes)
                tables.append(found)
                first = index
            } else {
                first += 1
            }
        }
        return tables
    }

    /// The table as lines of text: each column at a fixed position, its gaps of tabs and spaces.
    static func tableText(_ table: PageTable, placed: [PlacedLine], output: [UInt8]) -> [UInt8] {
        func text(_ line: Int) -> ArraySlice<UInt8> { self.text(of: line, placed: placed, output: output) }
        let cells: [[[UInt8]]] = (table.header.isEmpty ? [] : [table.header]) + table.rows.map { row in
            row.map { lines in
                lines.reduce(into: [UInt8]()) { cell, line in cell = TextTables.joined(cell, text(line)) }
            }
        }
        let columnCount = cells.first?.count ?? 0
        var positions: [Int] = [0]
        for column in 1..<max(columnCount, 1) {
            let widest = cells.map { scalarCount($0[column - 1]) }.max() ?? 0
            positions.append(positions[column - 1] + widest + TextTables.cellGap)
        }
        var result: [UInt8] = []
        for (number, row) in cells.enumerated() {
            var at = 0
            for (column, cell) in row.enumerated() where !cell.isEmpty {
                var tab = true
                while at < positions[column] {
                    result.append(tab ? 0x09 : 0x20)
                    tab.toggle()
                    at += 1
                }
                result.append(contentsOf: cell)
                at += scalarCount(cell)
            }
            result.append(0x0A)
            // A rule under the header read above the rows, which marks it as such (`TextTables`).
            if number == 0 && !table.header.isEmpty { result.append(contentsOf: "---\n".utf8) }
        }
        return result
    }
}

private extension PDFPageLines {
    /// Reads the table's header where its pieces span columns (`Plaatsingsruimte Afname t.o.v.`),
    /// cutting them where their words change column: each word goes to the column (as the rows
    /// under the first set it) it overlaps most, or the nearest; a line is cut only where its
    /// words run left to right through the columns and no two pieces put words in one column.
    ///
    /// The header is the first row where, so cut, it fills more columns than it did; then the
    /// lines right above the rows, up to `headerLinesAbove` of them, while each has two or more
    /// pieces, none over `longestCell` glyphs, a row's step above the next; then, under a header
    /// so found, a first row that leaves a cell empty and holds no number but a year (`derogatie
    /// (mln kg N)  2023`). The header's lines make one row.
    static func readHeader(
        above first: Int, of table: inout PageTable, columns: [ClosedRange<Double>], rows: [[Int]], placed: [PlacedLine],
        output: [UInt8], boxes: [PDFGlyphBox]
    ) {
        // The columns as the rows under the first one set them: a header's pieces widen its own.
        let columns = columns.indices.map { column in
            let boxes = table.rows.dropFirst().flatMap { $0[column] }.map { placed[$0].box }
            return boxes.isEmpty ? columns[column] : boxes.map(\.left).min()!...boxes.map(\.right).max()!
        }
        func cut(_ lines: [Int]) -> [[UInt8]]? {
            var cells = [[UInt8]](repeating: [], count: columns.count), owner = [Int](repeating: -1, count: columns.count)
            var last = 0
            for line in lines {
                for word in words(of: line, placed: placed, output: output, boxes: boxes) {
                    let column = column(of: word.left...word.right, among: columns)
                    guard column >= last, owner[column] == -1 || owner[column] == line else { return nil }
                    owner[column] = line
                    last = column
                    cells[column] = TextTables.joined(cells[column], output[word.bytes])
                }
            }
            return cells
        }
        var header = [[UInt8]](repeating: [], count: columns.count), lines: [Int] = []
        if let top = table.rows.first, table.rows.count > TextTables.minimumRows, top.contains(where: \.isEmpty),
            case let topLines = top.flatMap({ $0 }).sorted(by: { placed[$0].box.left < placed[$1].box.left }),
            let cells = cut(topLines), cells.count(where: { !$0.isEmpty }) > top.count(where: { !$0.isEmpty })
        {
            header = cells
            lines = topLines
            table.rows.removeFirst()
        }
        var below = placed[rows[first][0]].box.bottom
        var index = first - 1
        var above = 0
        while index >= 0, above < headerLinesAbove {
            let row = rows[index], box = placed[row[0]].box
            guard row.count >= 2, below - box.bottom <= tableRowStep * box.height,
                row.allSatisfy({ placed[$0].glyphs <= TextTables.longestCell }), let cells = cut(row)
            else { break }
            for column in columns.indices where !cells[column].isEmpty {
                header[column] = TextTables.joined(cells[column], header[column][...])
            }
            lines += row
            above += 1
            below = box.bottom
            index -= 1
        }
        guard !lines.isEmpty else { return }
        if above > 0, let top = table.rows.first, table.rows.count > TextTables.minimumRows, top.contains(where: \.isEmpty),
            TextTables.isHeaderLike(top.flatMap { $0.map { String(decoding: text(of: $0, placed: placed, output: output), as: UTF8.self) } })
        {
            for (column, cellLines) in top.enumerated() {
                for line in cellLines { header[column] = TextTables.joined(header[column], text(of: line, placed: placed, output: output)) }
            }
            lines += top.flatMap { $0 }
            table.rows.removeFirst()
        }
        table.header = header
        table.headerLines = lines
    }

    /// A placed line's bytes up to its line end.
    static func text(of line: Int, placed: [PlacedLine], output: [UInt8]) -> ArraySlice<UInt8> {
        let start = placed[line].start
        return output[start..<(output[start...].firstIndex(of: 0x0A) ?? output.count)]
    }

    /// The words of a placed line, with their extent and their bytes in `output`.
    static func words(of line: Int, placed: [PlacedLine], output: [UInt8], boxes: [PDFGlyphBox]) -> [(left: Double, right: Double, bytes: Range<Int>)] {
        var words: [(left: Double, right: Double, bytes: Range<Int>)] = []
        var word: (left: Double, right: Double, start: Int)?
        var at = placed[line].start, glyph = placed[line].glyphStart
        while at < output.count, output[at] != 0x0A, glyph < boxes.count {
            let box = boxes[glyph]
            if output[at] == 0x20 || output[at] == 0x09 {
                if let done = word { words.append((done.left, done.right, done.start..<at)) }
                word = nil
            } else if let current = word {
                word = (current.left, max(current.right, box.right), current.start)
            } else {
                word = (box.left, box.right, at)
            }
            at += sequenceLength(output[at])
            glyph += 1
        }
        if let done = word { words.append((done.left, done.right, done.start..<at)) }
        return words
    }

    /// The column a span overlaps most, or the nearest one.
    static func column(of span: ClosedRange<Double>, among columns: [ClosedRange<Double>]) -> Int {
        func overlap(_ column: ClosedRange<Double>) -> Double { min(column.upperBound, span.upperBound) - max(column.lowerBound, span.lowerBound) }
        return columns.indices.max { overlap(columns[$0]) < overlap(columns[$1]) } ?? 0
    }

    /// The page's lines grouped by baseline, top to bottom, each row left to right.
    static func visualRows(_ placed: [PlacedLine]) -> [[Int]] {
        let order = placed.indices.filter { placed[$0].glyphs > 0 && placed[$0].box.height > 0.5 }
            .sorted { placed[$0].box.bottom < placed[$1].box.bottom }
        var rows: [[Int]] = []
        for line in order {
            let box = placed[line].box
            if let last = rows.last?.first, case let other = placed[last].box,
                box.bottom - other.bottom <= 0.3 * min(box.height, other.height)
            {
                rows[rows.count - 1].append(line)
            } else {
                rows.append([line])
            }
        }
        return rows.map { $0.sorted { placed[$0].box.left < placed[$1].box.left } }
    }

    /// Where the page's prose lines (longer than any cell) start, most of them, and how far those
    /// run right; nil when the page has none.
    static func textMeasure(_ placed: [PlacedLine]) -> ClosedRange<Double>? {
        let prose = placed.filter { $0.glyphs > TextTables.longestCell }
        guard !prose.isEmpty else { return nil }
        var counts: [Int: Int] = [:]
        for line in prose { counts[Int(line.box.left.rounded()), default: 0] += 1 }
        let left = Double(counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!.key)
        let right = prose.filter { abs($0.box.left - left) <= 2 }.map(\.box.right).max() ?? left
        return left...right
    }

    static func scalarCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
