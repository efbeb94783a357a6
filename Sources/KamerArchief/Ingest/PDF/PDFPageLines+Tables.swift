/// Tables on a PDF page, found from the boxes of its lines.
///
/// Poppler reads a table column by column (`Sector`, `Energie`, `Drinkwater`, then `Toezichthouder`,
/// `ACM` …), since its cells stand apart by more than `columnGap`: each cell is a placed line of its
/// own. Cells that share a baseline make a row; rows one under the other whose cells fall into the
/// same columns make a table, the rules `TextTables` reads text by: at least `minimumRows` rows of
/// two or more cells, no cell over `longestCell` glyphs, none overlapping two columns, no list
/// label or bullet as a row's first cell. A single piece right below a row, in a column other than
/// the first, is a cell that wrapped. A table stays within the page's text measure (where its
/// prose lines start and end), so a sidebar beside the body or a second column of text is none.
///
/// The table is written where its first cell stood in poppler's order, one line a row, each
/// column at a fixed position as `pdftotext -layout` sets it, with a blank line before and after.
/// The gaps are of tabs and spaces in turn, so no run of four spaces reads as a sidebar's gap
/// (`PDFTextPages+Columns`), and every gap is at least `TextTables.cellGap` wide.
extension PDFPageLines {
    /// A table on the page: per row, per column, the placed lines of its cell (several when the
    /// cell wrapped), top to bottom.
    struct PageTable: Sendable, Hashable {
        var rows: [[[Int]]]
    }

    /// A row's step from the one above, in line heights, beyond which the table has ended.
    static let tableRowStep = 2.5
    /// A wrapped cell's line stands closer to the line above than this many line heights.
    static let wrappedCellStep = 1.6

    static func tables(in placed: [PlacedLine], output: [UInt8]) -> [PageTable] {
        let rows = visualRows(placed)
        guard rows.count(where: { $0.count >= 2 }) >= TextTables.minimumRows else { return [] }
        let measure = textMeasure(placed)
        func text(_ line: Int) -> ArraySlice<UInt8> {
            let start = placed[line].start
            return output[start..<(output[start...].firstIndex(of: 0x0A) ?? output.count)]
        }
        func isRow(_ row: [Int]) -> Bool {
            guard row.count >= 2, row.allSatisfy({ placed[$0].glyphs <= TextTables.longestCell }) else { return false }
            if let measure, !row.allSatisfy({ placed[$0].box.left >= measure.lowerBound - 2 && placed[$0].box.right <= measure.upperBound + 2 }) {
                return false
            }
            return !isListLabel(text(row[0]))
        }
        var tables: [PageTable] = []
        var first = 0
        while first < rows.count {
            guard isRow(rows[first]) else {
                first += 1
                continue
            }
            var columns: [ClosedRange<Double>] = []
            var table: [[Int: [Int]]] = []
            var fullRows = 0
            var index = first
            var lastBottom = 0.0
            // Each row's step down from the line above it.
            var steps: [Double] = []
            rowLoop: while index < rows.count {
                let row = rows[index], box = placed[row[0]].box
                if index > first && box.bottom - lastBottom > tableRowStep * box.height { break }
                if row.count == 1 {
                    // A cell that wrapped onto the line below.
                    let piece = placed[row[0]].box, span = piece.left...piece.right
                    let hits = columns.indices.filter { columns[$0].overlaps(span) }
                    guard !table.isEmpty, box.bottom - lastBottom <= wrappedCellStep * box.height, hits.count == 1,
                        placed[row[0]].glyphs <= TextTables.longestCell,
                        hits[0] > 0 || TextTables.continuesFirstCell((table[table.count - 1][0] ?? []).last.map { Array(text($0)) } ?? [], text(row[0]))
                    else { break }
                    table[table.count - 1][hits[0], default: []].append(row[0])
                    lastBottom = box.bottom
                    index += 1
                    continue
                }
                guard isRow(row) else { break }
                var grown = columns, cells: [Int: [Int]] = [:]
                for line in row {
                    let span = placed[line].box.left...placed[line].box.right
                    let hits = grown.indices.filter { grown[$0].overlaps(span) }
                    switch hits.count {
                    case 0:
                        let at = grown.firstIndex { $0.lowerBound > span.lowerBound } ?? grown.count
                        grown.insert(span, at: at)
                        cells = Dictionary(uniqueKeysWithValues: cells.map { ($0.key >= at ? $0.key + 1 : $0.key, $0.value) })
                        cells[at] = [line]
                    case 1:
                        guard cells[hits[0]] == nil else { break rowLoop }
                        grown[hits[0]] = min(grown[hits[0]].lowerBound, span.lowerBound)...max(grown[hits[0]].upperBound, span.upperBound)
                        cells[hits[0]] = [line]
                    default:
                        break rowLoop
                    }
                }
                guard zip(grown, grown.dropFirst()).allSatisfy({ $0.upperBound < $1.lowerBound }) else { break }
                if grown.count > columns.count {
                    table = table.map { old in
                        Dictionary(uniqueKeysWithValues: old.map { column, lines in
                            (grown.firstIndex { $0.overlaps(columns[column]) } ?? column, lines)
                        })
                    }
                }
                columns = grown
                table.append(cells)
                steps.append(index > first ? box.bottom - lastBottom : 0)
                fullRows += 1
                lastBottom = box.bottom
                index += 1
            }
            // Rows set apart by their cells' padding: a step a quarter wider than the least.
            let least = steps.dropFirst().min() ?? 0
            table = TextTables.mergingWrappedRows(table, apart: steps.map { $0 > 1.25 * least }, columns: columns.count, join: +)
            let grid = table.map { row in columns.indices.map { row[$0] ?? [] } }
            if fullRows >= TextTables.minimumRows, columns.count >= 2,
                !TextTables.isContents(grid.map { row in row.map { $0.count == 1 ? text($0[0]) : [] } })
            {
                tables.append(PageTable(rows: grid))
                first = index
            } else {
                first += 1
            }
        }
        return tables
    }

    /// The table as lines of text: each column at a fixed position, its gaps of tabs and spaces.
    static func tableText(_ table: PageTable, placed: [PlacedLine], output: [UInt8]) -> [UInt8] {
        func text(_ line: Int) -> ArraySlice<UInt8> {
            let start = placed[line].start
            return output[start..<(output[start...].firstIndex(of: 0x0A) ?? output.count)]
        }
        let cells: [[[UInt8]]] = table.rows.map { row in
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
        for row in cells {
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
        }
        return result
    }
}

private extension PDFPageLines {
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

    /// `1.`, `a)`, `(1)` or a bullet alone: a list item's label set apart from its text.
    static func isListLabel(_ text: ArraySlice<UInt8>) -> Bool {
        if text.withContiguousStorageIfAvailable({ isBullet($0) }) == true { return true }
        var body = text
        if body.first == 0x28 { body = body.dropFirst() }
        guard let close = body.last, close == 0x2E || close == 0x29 else { return false }
        body = body.dropLast()
        let isDigits = (1...2).contains(body.count) && body.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        let isLetter = body.count == 1 && body[body.startIndex] >= 0x61 && body[body.startIndex] <= 0x7A
        return isDigits || isLetter
    }

    static func scalarCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
