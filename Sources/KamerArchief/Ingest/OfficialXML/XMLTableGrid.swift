/// A CALS table being read (`table`/`tabel` → `tgroup` → `row` → `entry`), its cells placed on
/// the grid of columns the `colspec`s name.
///
/// A cell names its column (`colname`), its first and last column (`namest`, `nameend`, or a
/// `spanspec` by `spanname`), and how many rows below it also covers (`morerows`); one without
/// names takes the next free column. Columns a cell spans and rows it reaches into are left
/// empty, so every row has its values under their own headers. Rows are as long as their last
/// cell while the table is read, and as long as the widest when it is complete.
struct TableInProgress {
    var location: SourceLocation
    var caption = ""
    /// Markers of notes in the caption and the cells; the model keeps them on the caption.
    var noteRefs: [NoteRef] = []
    var rows: [[String]] = []
    var headerRows = 0
    var inHead = false
    /// In `tfoot`: its rows (a total) come after its group's body, though CALS writes them first.
    var inFoot = false
    private var footRows: [[String]] = []
    /// The row being read, by column; nil where no cell stands (yet).
    var row: [String?]?
    /// The columns the cell being read takes.
    private var cell: ClosedRange<Int>?
    private var cellMoreRows = 0
    /// Where a cell without a column name goes: the column after the last cell placed.
    private var cursor = 0
    /// The column the next `colspec` without a `colnum` names.
    private var nextSpecColumn = 0
    private var columnNames: [String: Int] = [:]
    private var spanNames: [String: ClosedRange<Int>] = [:]
    /// Columns that a cell above still reaches into (`morerows`), with the rows left.
    private var coveredBelow: [Int: Int] = [:]

    init(location: SourceLocation) {
        self.location = location
    }

    /// A `tgroup`: its columns are named afresh, and the group before it ends with its foot.
    mutating func startGroup() {
        rows += footRows
        footRows = []
        nextSpecColumn = 0
        columnNames = [:]
        spanNames = [:]
        coveredBelow = [:]
    }

    /// A `thead` may name its columns again (full CALS); its `colspec`s count from the first.
    mutating func startSection() {
        nextSpecColumn = 0
    }

    /// `colspec`: the column `colnum` names, else the one after the previous `colspec`'s.
    mutating func addColumn(attributes: XMLAttributes) {
        let index = attributes["colnum"].flatMap { Int($0) }.map { $0 - 1 } ?? nextSpecColumn
        guard index >= 0, index < Self.maximumColumns else { return }
        nextSpecColumn = index + 1
        if let name = attributes["colname"] { columnNames[name] = index }
    }

    /// `spanspec`: a name for the columns from `namest` to `nameend`.
    mutating func addSpan(attributes: XMLAttributes) {
        guard let name = attributes["spanname"], let columns = columns(from: attributes["namest"], to: attributes["nameend"]) else { return }
        spanNames[name] = columns
    }

    mutating func startRow() {
        var cells: [String?] = []
        for (column, rowsLeft) in coveredBelow where rowsLeft > 0 {
            Self.put("", at: column, in: &cells)
            coveredBelow[column] = rowsLeft - 1
        }
        row = cells
        cursor = 0
    }

    /// An `entry`: where it goes is decided now, from its attributes; its text comes at `endCell`.
    mutating func startCell(attributes: XMLAttributes) {
        if row == nil { startRow() }
        let named = attributes["spanname"].flatMap { spanNames[$0] }
            ?? columns(from: attributes["namest"] ?? attributes["colname"], to: attributes["nameend"])
        if let named {
            cell = named
        } else {
            var start = cursor
            if let cells = row { while start < cells.count, cells[start] != nil { start += 1 } }
            cell = start...start
        }
        cellMoreRows = attributes["morerows"].flatMap { Int($0) }.map { min(max($0, 0), Self.maximumRowSpan) } ?? 0
    }

    mutating func endCell(_ text: String, noteRefs cellRefs: [NoteRef]) {
        if row == nil { startRow() }
        var columns = cell ?? cursor...cursor
        cell = nil
        // A cell that names a column another cell's text holds (malformed spans) goes at the end
        // of the row, never over that text.
        if columns.lowerBound < row!.count, row![columns.lowerBound]?.isEmpty == false { columns = row!.count...row!.count }
        for column in columns {
            Self.put(column == columns.lowerBound ? text : "", at: column, in: &row!)
            if cellMoreRows > 0 { coveredBelow[column] = cellMoreRows }
        }
        cursor = columns.upperBound + 1
        noteRefs += cellRefs.map { NoteRef(footnote: $0.footnote, offset: .max, location: $0.location) }
    }

    /// Ends the row being read; a table's end ends a row its `row` element never closed. Header
    /// rows count only at the top: the model has no header rows further down (a second `tgroup`'s).
    mutating func endRow() {
        guard let cells = row else { return }
        row = nil
        if inFoot {
            footRows.append(cells.map { $0 ?? "" })
            return
        }
        if inHead, rows.count == headerRows { headerRows += 1 }
        rows.append(cells.map { $0 ?? "" })
    }

    /// The table as the model keeps it, every row but empty ones as wide as the widest: the
    /// markers of notes in cells stand after the caption, in cell order.
    func paragraph() -> Paragraph {
        let end = caption.unicodeScalars.count
        let refs = noteRefs.map { NoteRef(footnote: $0.footnote, offset: min($0.offset, end), location: $0.location) }
        let rows = self.rows + footRows  // the last group's foot
        let width = rows.map(\.count).max() ?? 0
        let padded = rows.map { $0.isEmpty || $0.count == width ? $0 : $0 + [String](repeating: "", count: width - $0.count) }
        return Paragraph(text: caption, location: location, noteRefs: refs, table: Table(rows: padded, headerRows: headerRows))
    }

    /// Bounds for hostile input: a `colnum` or `morerows` of a billion makes no table that large.
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
