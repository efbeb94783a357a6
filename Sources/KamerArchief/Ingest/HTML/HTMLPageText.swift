/// The text of a web page in the form the page-dump readers know: what a reader of the page sees,
/// a block (paragraph, heading, table row, list item) a line, blank lines between blocks, list
/// items as `  - …` and `  1. …`, a table's rows as lines of cells in aligned columns, and the
/// page's notes as a pandoc note list (`  1. …↩︎`) at the end, where a dump has its notes.
///
/// What a reader does not see is left out: scripts, styles, navigation, forms' controls, and
/// whatever the markup hides (`hidden`, `aria-hidden="true"`, `display: none` in its own style).
/// The page's title and `<meta name=… content=…>` are kept beside the text.
///
/// A note is an element classed as one (`noot`, `voetnoot`, `footnote`, `endnote`; officielebekendmakingen.nl
/// writes `<div class="voet noot">`) or with the role `doc-footnote` or `doc-endnote` (pandoc): its
/// number is its list item's, or the number its text opens with, and a heading inside it (`Noot`)
/// is the note's label rather than its text. A marker in the text (`<sup>1</sup>`) stays where it
/// stands, glued to the word before it as on the page.
final class HTMLPageText: HTMLEventHandler {
    /// Whether the page marks its own content (`<main>`, `role="main"`): then only that is read,
    /// and the site's header, menus and footer around it are left out.
    let readsMainOnly: Bool

    /// The text, UTF-8, lines ending in LF.
    private(set) var text: [UInt8] = []
    /// The page's `<title>`, its white space collapsed.
    private(set) var title: [UInt8] = []
    /// The page's `<meta name=… content=…>` pairs, in order.
    private(set) var meta: [(name: String, content: String)] = []

    private var stack: [Open] = []
    /// Open elements that hide what they hold.
    private var hiding = 0
    /// Open elements that are the page's content.
    private var mains = 0
    private var inTitle = false
    private var preformatted = 0
    /// The text of the block being read.
    private var block: [UInt8] = []
    private var spacePending = false
    private var lists: [List] = []
    /// The label of the list item whose first block has not come yet, and its list.
    private var pendingItem: (label: [UInt8], list: Int)?
    /// The list whose item's first block was the last block written, if it was one.
    private var lastItemList: Int?
    private var listsOpened = 0
    private var tables: [Table] = []
    /// The notes read, written at the end; the note being read.
    private var notes: [Note] = []
    private var note: Note?
    /// The paragraph a note inside it interrupts.
    private var interrupted: (block: [UInt8], spacePending: Bool)?

    init(readsMainOnly: Bool) {
        self.readsMainOnly = readsMainOnly
    }

    func startElement(_ name: String, attributes: HTMLAttributes) {
        let element = Self.elements[name] ?? .inline
        var open = Open(name: name, element: element)
        let role = attributes.isEmpty ? nil : attributes.value("role")?.lowercased()
        if name == "main" || role == "main" {
            open.main = true
            mains += 1
        }
        if hiding > 0 || element == .hidden || (!attributes.isEmpty && Self.hides(attributes, role: role)) || (note != nil && element == .heading) {
            open.hides = true
            hiding += 1
            stack.append(open)
            return
        }
        switch element {
        case .title: inTitle = true
        case .meta:
            if let name = attributes.value("name") ?? attributes.value("property"), let content = attributes.value("content") {
                meta.append((name, content))
            }
        case .lineBreak: lineBreak()
        case .list:
            endBlock()
            listsOpened += 1
            let start = attributes.value("start").flatMap { Int($0.trimmingWhitespace) }
            lists.append(List(id: listsOpened, ordered: name == "ol", next: start ?? 1, style: attributes.value("type") ?? "1"))
            open.list = true
        case .item:
            endBlock()
            if var list = lists.popLast() {
                if let value = attributes.value("value").flatMap({ Int($0.trimmingWhitespace) }) { list.next = value }
                open.itemNumber = list.next
                pendingItem = (list.label(depth: lists.count), list.id)
                list.next += 1
                lists.append(list)
            }
        case .tableRow:
            endBlock()
            if let last = tables.indices.last { tables[last].row = [] }
        case .tableCell:
            endBlock()
            if let last = tables.indices.last { tables[last].cell = [] }
        case .table:
            endBlock()
            tables.append(Table())
            open.table = true
        case .preformatted:
            endBlock()
            preformatted += 1
        case .block, .heading:
            endBlock()
        case .hidden, .inline:
            break
        }
        if note == nil, !attributes.isEmpty, Self.isNote(attributes, role: role) {
            // A note inside a paragraph: the paragraph goes on after it.
            if element == .inline { interrupted = (block, spacePending) }
            block = []
            spacePending = false
            note = Note(number: open.itemNumber)
            open.note = true
            pendingItem = nil
        }
        stack.append(open)
    }

    func endElement(_ name: String) {
        guard let index = stack.lastIndex(where: { $0.name == name }) else { return }
        // Elements the parser left open inside this one close with it.
        while stack.count > index { close(stack.removeLast()) }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard hiding == 0 else { return }
        if inTitle {
            Self.appendCollapsing(bytes, to: &title)
            return
        }
        guard !readsMainOnly || mains > 0 else { return }
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

    /// Call once the parse has ended: writes what is still open.
    func finish() {
        while let open = stack.popLast() { close(open) }
        endBlock()
        writeNotes()
    }
}

private extension HTMLPageText {
    /// What an element is to the text.
    enum Element {
        case inline, block, heading, list, item, table, tableRow, tableCell, preformatted, lineBreak, title, meta, hidden
    }

    struct Open {
        var name: String
        var element: Element
        var hides = false
        var main = false
        var list = false
        var table = false
        var note = false
        /// The number of the list item this element is.
        var itemNumber: Int?
    }

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
            case "i": number = Self.roman(next).lowercased()
            case "I": number = Self.roman(next)
            default: number = String(next)
            }
            return indent + Array(number.utf8) + Array(". ".utf8)
        }

        static let deepestIndent = 8

        static func roman(_ value: Int) -> String {
            guard (1..<4000).contains(value) else { return String(value) }
            let numerals: [(Int, String)] = [
                (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
            ]
            var rest = value, result = ""
            for (amount, numeral) in numerals { while rest >= amount { result += numeral; rest -= amount } }
            return result
        }
    }

    struct Table {
        /// Each row's cells, each cell's blocks.
        var rows: [[[[UInt8]]]] = []
        var row: [[[UInt8]]]?
        /// The blocks of the cell being read.
        var cell: [[UInt8]]?
    }

    struct Note {
        /// The number of the list item the note is, if it is one.
        var number: Int?
        var text: [UInt8] = []
    }

    static let elements: [String: Element] = {
        var elements: [String: Element] = [:]
        for name in [
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html", "legend", "main",
            "p", "section", "summary", "tbody", "thead", "tfoot",
        ] { elements[name] = .block }
        for name in ["h1", "h2", "h3", "h4", "h5", "h6"] { elements[name] = .heading }
        for name in ["ul", "ol", "menu", "dir"] { elements[name] = .list }
        for name in [
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select",
            "textarea", "button", "nav", "datalist", "audio", "video", "map",
        ] { elements[name] = .hidden }
        elements["li"] = .item
        elements["table"] = .table
        elements["tr"] = .tableRow
        elements["td"] = .tableCell
        elements["th"] = .tableCell
        elements["pre"] = .preformatted
        elements["listing"] = .preformatted
        elements["br"] = .lineBreak
        elements["title"] = .title
        elements["meta"] = .meta
        return elements
    }()

    /// Markup that keeps an element from being seen or read out.
    static func hides(_ attributes: HTMLAttributes, role: String?) -> Bool {
        if role == "navigation" || role == "search" { return true }
        if attributes.value("hidden") != nil { return true }
        if attributes.value("aria-hidden")?.lowercased() == "true" { return true }
        if let style = attributes.value("style")?.lowercased().filter({ $0 != " " }) {
            return style.contains("display:none") || style.contains("visibility:hidden")
        }
        return false
    }

    /// Whether an element is a note by its class or role.
    static func isNote(_ attributes: HTMLAttributes, role: String?) -> Bool {
        if role == "doc-footnote" || role == "doc-endnote" { return true }
        return attributes.hasClass(among: noteClasses)
    }

    static let noteClasses: [StaticString] = ["noot", "voetnoot", "footnote", "endnote", "eindnoot"]

    func close(_ open: Open) {
        if open.main { mains -= 1 }
        if open.hides {
            hiding -= 1
            return
        }
        switch open.element {
        case .title: inTitle = false
        case .list:
            endBlock()
            lists.removeLast()
            pendingItem = nil
        case .item:
            endBlock()
            pendingItem = nil
        case .tableCell:
            endBlock()
            if let last = tables.indices.last, let cell = tables[last].cell {
                tables[last].row = (tables[last].row ?? []) + [cell]
                tables[last].cell = nil
            }
        case .tableRow:
            endBlock()
            if let last = tables.indices.last, let row = tables[last].row {
                if !row.isEmpty { tables[last].rows.append(row) }
                tables[last].row = nil
            }
        case .table:
            endBlock()
            if let table = tables.popLast() { write(table) }
        case .preformatted:
            endBlock()
            preformatted -= 1
        case .block, .heading:
            endBlock()
        case .lineBreak, .meta, .hidden, .inline:
            break
        }
        if open.note {
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
    }

    /// White space (control bytes included), or the first byte of `U+00A0`, `U+00AD`, `U+200B`.
    @inline(__always)
    static func isSpecial(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0xC2 || byte == 0xE2
    }

    func lineBreak() {
        while block.last == 0x20 { block.removeLast() }
        if !block.isEmpty { block.append(0x0A) }
        spacePending = false
    }

    /// Ends the block being read: into the note being read, the table cell being read, or the text.
    func endBlock() {
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

    /// Writes a block of text, after a blank line (a line break between the items of a list that
    /// hold one block each), its list item's label before it unless it opens with one.
    func write(_ content: ArraySlice<UInt8>) {
        let item = pendingItem
        pendingItem = nil
        if !text.isEmpty {
            text.append(0x0A)
            if item == nil || item?.list != lastItemList { text.append(0x0A) }
        }
        if let item {
            text += Self.opensWithLabel(content) ? item.label.prefix { $0 == 0x20 } : item.label[...]
        }
        lastItemList = item?.list
        text += content
    }

    /// A table of data (each cell one short block) as rows of cells in aligned columns, set apart
    /// by three spaces; a table that lays a page out, its cells' blocks one after another.
    func write(_ table: Table) {
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
    func writeNotes() {
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

    static func appendCollapsing(_ bytes: UnsafeBufferPointer<UInt8>, to title: inout [UInt8]) {
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                if let last = title.last, last != 0x20 { title.append(0x20) }
            } else {
                title.append(byte)
            }
        }
    }

    static func scalarCount(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
