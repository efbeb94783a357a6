/// The text of a web page in the form the page-dump readers know (`PageTextWriter`): what a reader
/// of the page sees, its elements made blocks, lists, tables and notes.
///
/// What a reader does not see is left out: scripts, styles, navigation, forms' controls, and
/// whatever the markup hides (`hidden`, `aria-hidden="true"`, `display: none` in its own style),
/// and the head's `<title>`. The page's `<meta name=… content=…>` are kept beside the text.
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

    /// The text, UTF-8, lines ending in LF: complete after `finish()`.
    var text: [UInt8] { writer.text }
    /// The page's `<meta name=… content=…>` pairs, in order.
    private(set) var meta: [(name: String, content: String)] = []

    private var writer = PageTextWriter()
    private var stack: [Open] = []
    /// Open elements that hide what they hold.
    private var hiding = 0
    /// Open elements that are the page's content.
    private var mains = 0

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
        if hiding > 0 || element == .hidden || (!attributes.isEmpty && Self.hides(attributes, role: role))
            || (writer.isInNote && element == .heading)
        {
            open.hides = true
            hiding += 1
            stack.append(open)
            return
        }
        var itemNumber: Int?
        switch element {
        case .meta:
            if let name = attributes.value("name") ?? attributes.value("property"), let content = attributes.value("content") {
                meta.append((name, content))
            }
        case .lineBreak: writer.lineBreak()
        case .list:
            let start = attributes.value("start").flatMap { Int($0.trimmingWhitespace) }
            writer.beginList(ordered: name == "ol", start: start, style: attributes.value("type") ?? "1")
        case .item: itemNumber = writer.beginItem(value: attributes.value("value").flatMap { Int($0.trimmingWhitespace) })
        case .tableRow: writer.beginRow()
        case .tableCell: writer.beginCell()
        case .table: writer.beginTable()
        case .preformatted: writer.beginPreformatted()
        case .block, .heading: writer.endBlock()
        case .hidden, .inline: break
        }
        if !writer.isInNote, !attributes.isEmpty, Self.isNote(attributes, role: role) {
            writer.beginNote(number: itemNumber, inline: element == .inline)
            open.note = true
        }
        stack.append(open)
    }

    func endElement(_ name: String) {
        guard let index = stack.lastIndex(where: { $0.name == name }) else { return }
        // Elements the parser left open inside this one close with it.
        while stack.count > index { close(stack.removeLast()) }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard hiding == 0, !readsMainOnly || mains > 0 else { return }
        writer.text(bytes)
    }

    /// Call once the parse has ended: writes what is still open.
    func finish() {
        while let open = stack.popLast() { close(open) }
        writer.finish()
    }
}

private extension HTMLPageText {
    /// What an element is to the text.
    enum Element {
        case inline, block, heading, list, item, table, tableRow, tableCell, preformatted, lineBreak, meta, hidden
    }

    struct Open {
        var name: String
        var element: Element
        var hides = false
        var main = false
        var note = false
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
            "textarea", "button", "nav", "datalist", "audio", "video", "map", "title",
        ] { elements[name] = .hidden }
        elements["li"] = .item
        elements["table"] = .table
        elements["tr"] = .tableRow
        elements["td"] = .tableCell
        elements["th"] = .tableCell
        elements["pre"] = .preformatted
        elements["listing"] = .preformatted
        elements["br"] = .lineBreak
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
        case .list: writer.endList()
        case .item: writer.endItem()
        case .tableCell: writer.endCell()
        case .tableRow: writer.endRow()
        case .table: writer.endTable()
        case .preformatted: writer.endPreformatted()
        case .block, .heading: writer.endBlock()
        case .lineBreak, .meta, .hidden, .inline: break
        }
        if open.note { writer.endNote() }
    }
}
