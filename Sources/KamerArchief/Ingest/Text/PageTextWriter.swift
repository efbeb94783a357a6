/// Writes text in the form the page-dump readers know, from a source whose structure is marked
/// (a web page's elements, a Word file's paragraphs): a block (paragraph, heading, table row, list
/// item) a line, blank lines between blocks, list items as `  - …` and `  1. …`, a table's rows as
/// lines of cells in aligned columns, and the notes as a pandoc note list (`  1. …↩︎`) at the end,
/// where a dump has its notes. White space collapses as a browser collapses it.
///
/// A note's number is the one it is given, or its list item's, or the number its text opens with;
/// a marker in the text stays where it stands, glued to the word before it as on the page.
struct PageTextWriter {
    /// The text, UTF-8, lines ending in LF: complete after `finish()`.
    private(set) var text: [UInt8] = []

    private var preformatted = 0
    /// The text of the block being read.
    private var block: [UInt8] = []
    private var spacePending = false
    private var lists: [List] = []
    /// The label of the list item whose first block has not come yet, its list, and whether the
    /// label is the source's own (a Word file's numbering), to be written whatever the text opens with.
    private var pendingItem: (label: [UInt8], list: Int, isOwn: Bool)?
    /// The list whose item's first block was the last block written, if it was one.
    private var lastItemList: Int?
    private var listsOpened = 0
    private var tables: [Table] = []
    /// The notes read, written at the end; the note being read.
    private var notes: [Note] = []
    private var note: Note?
    /// The paragraph a note inside it interrupts.
    private var interrupted: (block: [UInt8], spacePending: Bool)?

    /// Whether a note is being read.
    var isInNote: Bool { note != nil }

    /// Text inside the block being read; white space collapses unless it is preformatted.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        // The block is taken out of the object while the bytes go in, so that each append does not
        // ask whether another access to it is under way.
        var block: [UInt8] = []
        swap(&block, &self.block)
        var pending = spacePending
        let preformatted = preformatted > 0
        var index = 0
        while index < bytes.count {
            // A run of bytes that are neither white space nor the first of a no-break space, a soft
            // hyphen or a zero-width space goes in at once, with the single spaces between its words.
            var end = index
            while end < bytes.count {
                let byte = bytes[end]
                if Self.isSpecial(byte) {
                    guard byte == 0x20, !preformatted, end > index, end + 1 < bytes.count, !Self.isSpecial(bytes[end + 1]) else { break }
                }
                end += 1
            }
            if end > index {
                if pending, let last = block.last, last != 0x0A { block.append(0x20) }
                pending = false
                block.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                continue
            }
            let byte = bytes[index]
            if byte <= 0x20, !preformatted {
                // A run of white space (a page's indentation between its tags) is one pending space.
                while index < bytes.count, bytes[index] <= 0x20 { index += 1 }
                pending = true
                continue
            }
            if byte == 0x0A, preformatted {
                while block.last == 0x20 { block.removeLast() }
                if !block.isEmpty { block.append(0x0A) }
                pending = false
            } else if byte <= 0x20 {
                if preformatted { block.append(0x20) } else { pending = true }
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAD {
                // A no-break space is a space that does not collapse; a soft hyphen is not seen.
                if bytes[index + 1] == 0xA0 {
                    if pending, let last = block.last, last != 0x0A { block.append(0x20) }
                    pending = false
                    block.append(0x20)
                }
                index += 1
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x8B {
                index += 2  // a zero-width space
            } else {
                if pending, let last = block.last, last != 0x0A { block.append(0x20) }
                pending = false
                block.append(byte)
            }
            index += 1
        }
        spacePending = pending
        swap(&block, &self.block)
    }

    /// A line break inside the block.
    mutating func lineBreak() {
        while block.last == 0x20 { block.removeLast() }
        if !block.isEmpty { block.append(0x0A) }
        spacePending = false
    }

    /// Ends the block being read: into the note being read, the table cell being read, or the text.
    mutating func endBlock() {
        defer {
            block.removeAll(keepingCapacity: true)
            spacePending = false
        }
        // A block of one line goes to the text as it stands, without its end's spaces.
        if note == nil, tables.isEmpty, !block.contains(0x0A) {
            guard let first = block.firstIndex(where: { $0 != 0x20 }), let last = block.lastIndex(where: { $0 != 0x20 }) else { return }
            write(block[first...last])
            return
        }
        let content = Self.trimmed(block[...])
        guard !content.isEmpty else { return }
        if note != nil {
            if !note!.text.isEmpty { note!.text.append(0x20) }
            note!.text += content.map { $0 == 0x0A ? 0x20 : $0 }
        } else if let last = tables.indices.last, tables[last].cell != nil {
            tables[last].cell!.append(content)
        } else {
            write(content[...])
        }
    }

    mutating func beginPreformatted() {
        endBlock()
        preformatted += 1
    }

    mutating func endPreformatted() {
        endBlock()
        preformatted = max(preformatted - 1, 0)
    }

    /// A list: ordered (`1.`, from `start`, in the `style` of `<ol type>`: `1`, `a`, `A`, `i`, `I`) or not (`-`).
    mutating func beginList(ordered: Bool, start: Int?, style: String) {
        endBlock()
        listsOpened += 1
        lists.append(List(id: listsOpened, ordered: ordered, next: start ?? 1, style: style))
    }

    mutating func endList() {
        endBlock()
        if !lists.isEmpty { lists.removeLast() }
        pendingItem = nil
    }

    /// An item of the list being read, numbered `value` where given; its number.
    @discardableResult
    mutating func beginItem(value: Int? = nil) -> Int? {
        endBlock()
        guard var list = lists.popLast() else { return nil }
        if let value { list.next = value }
        let number = list.next
        pendingItem = (list.label(depth: lists.count), list.id, false)
        list.next += 1
        lists.append(list)
        return number
    }

    /// An item labelled by its source (a Word file's numbering: `1.`, `a)`, or `-` for a bullet),
    /// at `level` (0 the outermost) of the list `list` names.
    mutating func beginItem(label: String, level: Int, list: Int) {
        endBlock()
        let indent = [UInt8](repeating: 0x20, count: 2 * (min(level, List.deepestIndent) + 1))
        pendingItem = (indent + Array(label.utf8) + [0x20], -1 - list, true)
    }

    mutating func endItem() {
        endBlock()
        pendingItem = nil
    }

    mutating func beginTable() {
        endBlock()
        tables.append(Table())
    }

    mutating func beginRow() {
        endBlock()
        if let last = tables.indices.last { tables[last].row = [] }
    }

    mutating func beginCell() {
        endBlock()
        if let last = tables.indices.last { tables[last].cell = [] }
    }

    mutating func endCell() {
        endBlock()
        if let last = tables.indices.last, let cell = tables[last].cell {
            tables[last].row = (tables[last].row ?? []) + [cell]
            tables[last].cell = nil
        }
    }

    mutating func endRow() {
        endBlock()
        if let last = tables.indices.last, let row = tables[last].row {
            if !row.isEmpty { tables[last].rows.append(row) }
            tables[last].row = nil
        }
    }

    mutating func endTable() {
        endBlock()
        if let table = tables.popLast() { write(table) }
    }

    /// A note, numbered `number` where given; `inline` where it stands inside a paragraph, which
    /// goes on after it.
    mutating func beginNote(number: Int?, inline: Bool) {
        if inline { interrupted = (block, spacePending) } else { endBlock() }
        block = []
        spacePending = false
        note = Note(number: number)
        pendingItem = nil
    }

    mutating func endNote() {
        endBlock()
        if var finished = note {
            finished.text = Self.trimmed(finished.text[...])
            if !finished.text.isEmpty { notes.append(finished) }
        }
        note = nil
        if let interrupted {
            (block, spacePending) = interrupted
            self.interrupted = nil
        }
    }

    /// Ends what is open and writes the notes.
    mutating func finish() {
        endBlock()
        writeNotes()
    }
}

private extension PageTextWriter {
    struct List {
        var id: Int
        var ordered: Bool
        var next: Int
        /// `1`, `a`, `A`, `i` or `I`, as `<ol type>`.
        var style: String

        /// `  - ` or `  3. ` (`  c. `), indented two spaces more for each list it is in (up to
        /// `deepestIndent` lists: markup nested deeper is no list a reader sees as such).
        func label(depth: Int) -> [UInt8] {
            let indent = [UInt8](repeating: 0x20, count: 2 * (min(depth, List.deepestIndent) + 1))
            guard ordered else { return indent + Array("- ".utf8) }
            let number: String
            switch style {
            case "a" where (1...26).contains(next): number = String(UnicodeScalar(UInt8(96 + next)))
            case "A" where (1...26).contains(next): number = String(UnicodeScalar(UInt8(64 + next)))
            case "i": number = RomanNumeral.string(next).lowercased()
            case "I": number = RomanNumeral.string(next)
            default: number = String(next)
            }
            return indent + Array(number.utf8) + Array(". ".utf8)
        }

        static let deepestIndent = 8
    }

    struct Table {
        /// Each row's cells, each cell's blocks.
        var rows: [[[[UInt8]]]] = []
        var row: [[[UInt8]]]?
        /// The blocks of the cell being read.
        var cell: [[UInt8]]?
    }

    struct Note {
        /// The number the note is given (its list item's, its source's).
        var number: Int?
        var text: [UInt8] = []
    }

    /// White space (control bytes included), or the first byte of `U+00A0`, `U+00AD`, `U+200B`.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xC2 || byte == 0xE2
    }

    /// Writes a block of text, after a blank line (a line break between the items of a list that
    /// hold one block each), its list item's label before it unless it opens with one.
    mutating func write(_ content: ArraySlice<UInt8>) {
        let item = pendingItem
        pendingItem = nil
        if !text.isEmpty {
            // A Word file's numbered paragraphs stand apart, as paragraphs.
            text.append(0x0A)
            if item == nil || item?.list != lastItemList || item?.isOwn == true { text.append(0x0A) }
        }
        if let item {
            text += !item.isOwn && Self.opensWithLabel(content) ? item.label.prefix { $0 == 0x20 } : item.label[...]
        }
        lastItemList = item?.list
        text += content
    }

    /// A table of data (each cell one short block) as rows of cells in aligned columns, set apart
    /// by three spaces; a table that lays a page out, its cells' blocks one after another.
    mutating func write(_ table: Table) {
        let cells = table.rows.joined()
        let isData = table.rows.contains { $0.count >= 2 } && cells.allSatisfy { $0.count <= 1 }
        guard isData else {
            for content in cells.joined() { write(content[...]) }
            return
        }
        let texts = table.rows.map { row in row.map { $0.first.map { $0.map { $0 == 0x0A ? 0x20 : $0 } } ?? [] } }
        var widths: [Int] = []
        for row in texts {
            for (column, cell) in row.enumerated() {
                let width = Self.scalarCount(cell)
                if column < widths.count { widths[column] = max(widths[column], width) } else { widths.append(width) }
            }
        }
        var rows: [UInt8] = []
        for (index, row) in texts.enumerated() {
            if index > 0 { rows.append(0x0A) }
            for (column, cell) in row.enumerated() {
                if column > 0 { rows += [0x20, 0x20, 0x20] }
                rows += cell
                if column < row.count - 1 {
                    rows += [UInt8](repeating: 0x20, count: widths[column] - Self.scalarCount(cell))
                }
            }
            while rows.last == 0x20 { rows.removeLast() }
        }
        write(rows[...])
    }

    /// The notes read so far, as a pandoc note list: `  1. …↩︎`, a blank line between notes.
    mutating func writeNotes() {
        let pending = notes
        notes = []
        var count = 0
        for var note in pending {
            count += 1
            var number = note.number
            if number == nil, let parsed = Self.leadingNumber(note.text) {
                number = parsed.number
                note.text = parsed.rest
            }
            let arrow = Array("↩︎".utf8)
            var line = Array("  \(number ?? count). ".utf8) + note.text
            if !Self.endsWithArrow(note.text) { line += arrow }
            pendingItem = nil
            lastItemList = nil
            write(line[...])
        }
    }

    /// `1 Kamerstuk …` or `1. Kamerstuk …`: a note's number (one to three digits) and the text after it.
    static func leadingNumber(_ text: [UInt8]) -> (number: Int, rest: [UInt8])? {
        let digits = text.prefix { (0x30...0x39).contains($0) }
        guard (1...3).contains(digits.count) else { return nil }
        var rest = text.dropFirst(digits.count)
        guard rest.isEmpty || rest.first == 0x20 || rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: ")") else { return nil }
        if rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: ")") { rest = rest.dropFirst() }
        return (Int(String(decoding: digits, as: UTF8.self))!, trimmed(rest))
    }

    static func endsWithArrow(_ text: [UInt8]) -> Bool {
        var end = text.count
        if end >= 3, text[end - 3] == 0xEF, text[end - 2] == 0xB8 { end -= 3 }
        return end >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x86 && text[end - 1] == 0xA9
    }

    /// Whether a list item's text opens with a label of its own (`a. `, `1) `, `(ii) `, `• `, `– `).
    static func opensWithLabel(_ item: ArraySlice<UInt8>) -> Bool {
        let text = Array(item.prefix(8))
        for mark in ["•", "-", "–", "—", "*", "·", "▪", "◦"] where text.starts(with: Array((mark + " ").utf8)) { return true }
        var index = text.first == UInt8(ascii: "(") ? 1 : 0
        let start = index
        while index < text.count, index - start < 4, CharacterBytes.isASCIIAlphanumeric(text[index]) { index += 1 }
        guard index > start, index + 1 < text.count else { return false }
        let close = text[index]
        let closes = start == 1 ? close == UInt8(ascii: ")") : close == UInt8(ascii: ".") || close == UInt8(ascii: ")")
        return closes && text[index + 1] == 0x20
    }

    /// The bytes without the white space at either end or at either end of a line.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        // Most blocks are one line.
        if !bytes.contains(0x0A) {
            guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 }) else { return [] }
            return Array(bytes[first...last])
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
            let content = line.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
            guard !content.isEmpty else { continue }
            if !result.isEmpty { result.append(0x0A) }
            result += content
        }
        return result
    }

    static func scalarCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
