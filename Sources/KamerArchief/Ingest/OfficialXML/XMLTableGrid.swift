/// A CALS table being read (`table`/`tabel` → `tgroup` → `row` → `entry`), its cells placed on
/// the grid of columns the `colspec`s name.
///
/// A cell names its column (`colname`), its first and last column (`namest`, `nameend`, or a
/// `spanspec` by `spanname`), and how many rows below it also covers (`morerows`); one without
/// names takes the next free column. Columns a cell spans and rows it reaches into are left
/// empty, so every row has its values under their own headers.
struct TableInProgress {
    var location: SourceLocation
    var caption = ""
    /// Markers of notes in the caption and the cells; the model keeps them on the caption.
    var noteRefs: [NoteRef] = []
    var rows: [[String]] = []
    var headerRows = 0
    var inHead = false
    /// The row being read, by column; nil where no cell stands (yet).
    var row: [String?]?
    /// The columns the cell being read takes.
    private var cell: ClosedRange<Int>?
    private var cellMoreRows = 0
    /// Where a cell without a column name goes: the column after the last cell placed.
    private var cursor = 0
    private var columnCount = 0
    private var columnNames: [String: Int] = [:]
    private var spanNames: [String: ClosedRange<Int>] = [:]
    /// Columns that a cell above still reaches into (`morerows`), with the rows left.
    private var coveredBelow: [Int: Int] = [:]

    init(location: SourceLocation) {
        self.location = location
    }

    /// A `tgroup`: its columns are named afresh.
    mutating func startGroup(attributes: [String: String]) {
        columnCount = attributes["cols"].flatMap { Int($0) }.map { min(max($0, 0), Self.maximumColumns) } ?? 0
        columnNames = [:]
        spanNames = [:]
        coveredBelow = [:]
    }

    /// `colspec`: `colnum` when given, else the column after the previous one named.
    mutating func addColumn(attributes: [String: String]) {
        let index = attributes["colnum"].flatMap { Int($0) }.map { $0 - 1 } ?? (columnNames.values.max().map { $0 + 1 } ?? 0)
        guard let name = attributes["colname"], index >= 0, index < Self.maximumColumns else { return }
        columnNames[name] = index
    }

    /// `spanspec`: a name for the columns from `namest` to `nameend`.
    mutating func addSpan(attributes: [String: String]) {
        guard let name = attributes["spanname"], let columns = columns(from: attributes["namest"], to: attributes["nameend"]) else { return }
        spanNames[name] = columns
    }

    mutating func startRow() {
        var cells = [String?](repeating: nil, count: columnCount)
        for (column, rowsLeft) in coveredBelow where rowsLeft > 0 {
            Self.put("", at: column, in: &cells)
            coveredBelow[column] = rowsLeft - 1
        }
        row = cells
        cursor = 0
    }

    /// An `entry`: where it goes is decided now, from its attributes; its text comes at `endCell`.
    mutating func startCell(attributes: [String: String]) {
        if row == nil { startRow() }
        let named = attributes["spanname"].flatMap { spanNames[$0] }
            ?? columns(from: attributes["namest"] ?? attributes["colname"], to: attributes["nameend"])
        var start = named?.lowerBound ?? cursor
        if named == nil, let cells = row {
            while start < cells.count, cells[start] != nil { start += 1 }
        }
        start = min(start, Self.maximumColumns - 1)
        cell = start...max(start, min(named?.upperBound ?? start, Self.maximumColumns - 1))
        cellMoreRows = attributes["morerows"].flatMap { Int($0) }.map { min(max($0, 0), Self.maximumRowSpan) } ?? 0
    }

    mutating func endCell(_ text: String, noteRefs cellRefs: [NoteRef]) {
        var columns = cell ?? cursor...cursor
        cell = nil
        if row == nil { startRow() }
        // Cells that name the same column (malformed spans) are put side by side, never one over
        // the other's text.
        var start = columns.lowerBound
        while start < row!.count, row![start]?.isEmpty == false { start += 1 }
        if start != columns.lowerBound { columns = start...start }
        for column in columns {
            Self.put(column == columns.lowerBound ? text : "", at: column, in: &row!)
            if cellMoreRows > 0 { coveredBelow[column] = cellMoreRows }
        }
        cursor = columns.upperBound + 1
        noteRefs += cellRefs.map { NoteRef(footnote: $0.footnote, offset: .max, location: $0.location) }
    }

    /// Ends the row being read; a table's end ends a row its `row` element never closed.
    mutating func endRow() {
        guard let cells = row else { return }
        rows.append(cells.map { $0 ?? "" })
        if inHead { headerRows += 1 }
        row = nil
    }

    /// The table as the model keeps it: the markers of notes in cells stand after the caption, in
    /// cell order.
    func paragraph() -> Paragraph {
        let end = caption.unicodeScalars.count
        let refs = noteRefs.map { NoteRef(footnote: $0.footnote, offset: min($0.offset, end), location: $0.location) }
        return Paragraph(text: caption, location: location, noteRefs: refs, table: Table(rows: rows, headerRows: headerRows))
    }

    /// Bounds for hostile input: a `cols`, `colnum` or `morerows` of a billion makes no table that large.
    static let maximumColumns = 256
    static let maximumRowSpan = 1_000

    private func columns(from first: String?, to last: String?) -> ClosedRange<Int>? {
        guard let first, let start = columnNames[first] else { return nil }
        let end = last.flatMap { columnNames[$0] } ?? start
        return start...max(start, end)
    }

    private static func put(_ text: String, at column: Int, in cells: inout [String?]) {
        if column >= cells.count { cells += [String?](repeating: nil, count: column + 1 - cells.count) }
        cells[column] = text
    }
}
