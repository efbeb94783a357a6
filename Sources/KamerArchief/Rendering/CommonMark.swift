import CCmark
import Glibc

/// The one door to libcmark: parses a filled CommonMark template, rewrites the archive's own forms
/// into custom nodes, and renders safe HTML.
///
/// Options, chosen on purpose: safe rendering is libcmark's default since 0.29 (raw HTML is
/// omitted and `javascript:` links are blanked), `CMARK_OPT_VALIDATE_UTF8` replaces bad bytes, and
/// no smart punctuation, so source text keeps its own quotes and dashes.
///
/// The forms, which only templates and the renderer can write (every source value is escaped):
/// - `[3](ka:ref/3)`: a footnote reference, rendered as `<sup><a role="doc-noteref" …>`.
/// - `[](ka:anchor/p-12)`: an anchor, rendered as `<span id="p-12"></span>`.
/// - `[text](ka:link/7)`: a link whose address and class are entry 7 of the page's `LinkTable`.
/// - `[text](ka:em)`: emphasis the source marked (XML `nadruk`), rendered as `<em>`; escaped text
///   cannot trip CommonMark's flanking rules the way `*…*` around punctuation would.
/// - `[](ka:html/7)`: fragment 7 of the page's `LinkTable`, a paragraph's HTML made once for
///   several pages (`ParagraphFragments`), its note references counted where it stands.
/// - a fenced block with info `table`: rows of `|`-separated cells (the first row is the header);
///   each cell is inline CommonMark.
/// - a fenced block with info `div #ID CLASS…`: its content rendered as CommonMark inside
///   `<div id="ID" class="CLASS…">` (both optional; nest with longer fences for columns).
/// - a fenced block with info `picture N`: entry N of the page's pictures (`LinkTable.picture`), an
///   inline SVG figure that code built with every source value escaped; unknown numbers render nothing.
/// - a fenced block with info `footnotes`: one note per line, `N: inline CommonMark`, rendered as
///   an endnotes list with back-links to the markers that are on the page.
public enum CommonMark {
    static let options = CMARK_OPT_VALIDATE_UTF8

    /// The options to parse `utf8` with: `options`, but without libcmark's check of each line's UTF-8
    /// when the bytes are well formed, which the check leaves as they are (it replaces bad sequences
    /// and nothing else; a NUL byte libcmark replaces before the check). Checked here at once, eight
    /// ASCII bytes at a time (as a source's are, `TextDecoder`), instead of a copy of every line byte
    /// by byte (0.7% of a build's instructions); bytes that are not well formed get the check, as
    /// before.
    static func parseOptions(for utf8: UnsafeBufferPointer<UInt8>) -> Int32 {
        isWellFormedUTF8(utf8) ? wellFormedOptions : options
    }

    /// `options` for bytes known to be well-formed UTF-8: without libcmark's check.
    static let wellFormedOptions = options & ~CMARK_OPT_VALIDATE_UTF8

    /// Whether `bytes` are well-formed UTF-8 as libcmark's check reads it (the Unicode standard's):
    /// every sequence whole, none overlong, no surrogate, nothing above U+10FFFF.
    static func isWellFormedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        TextDecoder.firstInvalidUTF8Byte(bytes) == nil
    }

    /// Renders `markdown` to HTML, resolving forms against `links`.
    public static func render(_ markdown: String, links: LinkTable) -> String {
        let state = RenderState(links: links)
        return state.renderDocument(markdown)
    }

    /// The same for the CommonMark's UTF-8 bytes, as a filled template gives them, as the bytes
    /// libcmark wrote, which are UTF-8 (it replaces bad input bytes): a page's HTML goes to the
    /// file as bytes, without being validated again as a `String`.
    static func renderUTF8(_ markdown: [UInt8], links: LinkTable) -> [UInt8] {
        RenderState(links: links).renderDocumentUTF8(markdown)
    }

    /// The HTML libcmark renders for `markdown`, one line of inline CommonMark, inside the
    /// paragraph it makes of it, cut where its note references go; nil when it does not render as
    /// one paragraph. Text that `inlineFragment` reads is not parsed at all.
    static func fragment(_ markdown: String, links: LinkTable) -> ParagraphFragment? {
        if let fragment = inlineFragment(markdown, links: links) { return fragment }
        // On the bytes in place: the UTF-8 view's iterator costs several times the work.
        var markdown = markdown
        guard !markdown.withUTF8({ $0.contains { $0 == 0x0A || $0 == 0x0D } }) else { return nil }
        let state = RenderState(links: links)
        state.marksNoteRefs = true
        let html = state.renderDocumentUTF8(markdown)
        guard html.starts(with: "<p>".utf8), html.count >= 8, html.suffix(5).elementsEqual("</p>\n".utf8) else { return nil }
        return cutAtNoteRefs(html[3..<(html.count - 5)])
    }

    /// The same fragment made without libcmark, when `markdown` is text `appendInlineHTML` reads
    /// with the renderer's links and note references (`[3](ka:ref/3)`) between: a paragraph's text
    /// as `InlineMarkdown.body` writes it, most often. Nil for anything else. Most of a page's
    /// text is such paragraphs, and parsing them with the page cost more than the rest of it.
    static func inlineFragment(_ markdown: String, links: LinkTable) -> ParagraphFragment? {
        var markdown = markdown
        return markdown.withUTF8 { inlineFragment(utf8: $0, links: links) }
    }

    /// The same for the UTF-8 bytes of the line, which must be valid UTF-8.
    static func inlineFragment(utf8: UnsafeBufferPointer<UInt8>, links: LinkTable) -> ParagraphFragment? {
        // An empty line is no paragraph at all.
        guard !utf8.isEmpty else { return nil }
        let state = RenderState(links: links)
        state.marksNoteRefs = true
        var html: [UInt8] = []
        html.reserveCapacity(utf8.count + utf8.count / 2)
        let read = appendInlineHTML(utf8: utf8, to: &html) { url in
            url.utf8.starts(with: "ka:ref/".utf8) ? state.markup(forLink: url) : state.inlineLinkMarkup(url)
        }
        return read ? cutAtNoteRefs(html[...]) : nil
    }

    /// `html` cut at each `<ka-ref:N>` mark a note reference left: text has every `<` escaped,
    /// and no markup starts so.
    private static func cutAtNoteRefs(_ html: ArraySlice<UInt8>) -> ParagraphFragment {
        var mark = RenderState.noteRefMark
        return mark.withUTF8 { mark in
            html.withUnsafeBufferPointer { bytes in
                // The marks are cut out of the bytes, and where each was is kept.
                var kept: [UInt8] = [], cuts: [Int] = [], refs: [Int] = []
                kept.reserveCapacity(bytes.count)
                var start = 0, from = 0
                while let at = ByteWords.firstMatch(of: mark, in: bytes, from: from) {
                    let digits = at + mark.count
                    guard let close = bytes[digits...].firstIndex(of: UInt8(ascii: ">")),
                          let number = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[digits..<close]), as: UTF8.self))
                    else {
                        from = at + 1
                        continue
                    }
                    kept += UnsafeBufferPointer(rebasing: bytes[start..<at])
                    cuts.append(kept.count)
                    refs.append(number)
                    start = close + 1
                    from = start
                }
                kept += UnsafeBufferPointer(rebasing: bytes[start...])
                return ParagraphFragment(html: kept, cuts: cuts, refs: refs)
            }
        }
    }
}

/// What stands for a link: `opening` (UTF-8), then the link's text when `keepsText`, then `closing`.
struct LinkMarkup {
    let opening: [UInt8]
    let closing: String
    let keepsText: Bool

    init(opening: [UInt8], closing: String, keepsText: Bool) {
        self.opening = opening
        self.closing = closing
        self.keepsText = keepsText
    }

    init(opening: String, closing: String, keepsText: Bool) {
        self.init(opening: Array(opening.utf8), closing: closing, keepsText: keepsText)
    }
}

/// Per-render bookkeeping: which note markers have been placed, for unique ids and back-links.
final class RenderState {
    let links: LinkTable
    var noteRefCounts: [Int: Int] = [:]
    /// Whether a note reference renders as `noteRefMark` and its number (for `CommonMark.fragment`).
    var marksNoteRefs = false
    static let noteRefMark = "<ka-ref:"

    init(links: LinkTable) { self.links = links }

    func renderDocument(_ markdown: String) -> String {
        var markdown = markdown
        return markdown.withUTF8 { withHTML(of: $0, orElse: "") { String(cString: $0) } }
    }

    func renderDocumentUTF8(_ markdown: String) -> [UInt8] {
        var markdown = markdown
        return markdown.withUTF8 { renderDocumentUTF8($0) }
    }

    func renderDocumentUTF8(_ markdown: [UInt8]) -> [UInt8] {
        markdown.withUnsafeBufferPointer { renderDocumentUTF8($0) }
    }

    func renderDocumentUTF8(_ markdown: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        withHTML(of: markdown, orElse: []) { Array(UnsafeRawBufferPointer(start: $0, count: strlen($0))) }
    }

    /// Parses `markdown` (UTF-8), rewrites its forms and reads the HTML libcmark renders with
    /// `read` before it is freed; `empty` when libcmark returns nothing.
    private func withHTML<Result>(
        of markdown: UnsafeBufferPointer<UInt8>, orElse empty: Result, _ read: (UnsafeMutablePointer<CChar>) -> Result
    ) -> Result {
        // libcmark reads `count` bytes and needs no terminating NUL; an empty buffer may have no
        // address, and then an empty string's stands for it.
        let none: StaticString = ""
        let start = UnsafeRawPointer(markdown.baseAddress ?? none.utf8Start).assumingMemoryBound(to: CChar.self)
        guard let document = cmark_parse_document(start, markdown.count, CommonMark.parseOptions(for: markdown)) else { return empty }
        defer { cmark_node_free(document) }
        rewrite(document)
        guard let html = cmark_render_html(document, CommonMark.options) else { return empty }
        defer { free(html) }
        return read(html)
    }

    /// Inline CommonMark (a table cell, a note) as HTML without the wrapping paragraph, through
    /// libcmark.
    func parsedInline(_ markdown: String) -> String {
        var html = renderDocument(markdown)
        if html.hasPrefix("<p>") && html.hasSuffix("</p>\n") {
            html = String(html.dropFirst(3).dropLast(5))
        }
        return html.hasSuffix("\n") ? String(html.dropLast()) : html
    }

    /// Collects the nodes to rewrite first, then rewrites them, since the tree must not change
    /// under an iterator. Note references come before footnote blocks in document order.
    func rewrite(_ root: OpaquePointer) {
        var links: [OpaquePointer] = []
        var blocks: [OpaquePointer] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK: links.append(node)
            case CMARK_NODE_CODE_BLOCK: blocks.append(node)
            default: break
            }
        }
        for link in links { rewriteLink(link) }
        for block in blocks { rewriteBlock(block) }
    }

    func rewriteLink(_ link: OpaquePointer) {
        // The destination read in place, as bytes: a `String` of it cost a check of its UTF-8.
        guard let url = cmark_node_get_url(link), case let count = strlen(url),
              let markup = UnsafeRawPointer(url).withMemoryRebound(to: UInt8.self, capacity: count, { start in
                  markup(forLink: UnsafeBufferPointer(start: start, count: count))
              })
        else { return }
        replace(link, withInline: markup.opening, closing: markup.closing.isEmpty ? nil : markup.closing, keepChildren: markup.keepsText)
    }

    /// What stands for a link to `url` when it is one of the archive's forms; nil for a link
    /// libcmark renders as it is. A note reference is counted (for its id and the note's
    /// back-link) each time.
    func markup(forLink url: String) -> LinkMarkup? {
        var url = url
        return url.withUTF8 { markup(forLink: $0) }
    }

    /// The same for the destination's UTF-8 bytes: this runs for every link of every page.
    func markup(forLink url: UnsafeBufferPointer<UInt8>) -> LinkMarkup? {
        guard Self.starts(url, with: "ka:") else { return nil }
        if let index = Self.number(in: url, after: "ka:link/") {
            return links.opening(index).map { LinkMarkup(opening: $0, closing: "</a>", keepsText: true) }
        } else if let number = Self.number(in: url, after: "ka:ref/") {
            return LinkMarkup(opening: marksNoteRefs ? Array("\(Self.noteRefMark)\(number)>".utf8) : noteRef(number), closing: "", keepsText: false)
        } else if let index = Self.number(in: url, after: "ka:html/") {
            return links.fragment(index).map { LinkMarkup(opening: $0.html(noteRef: appendNoteRef), closing: "", keepsText: false) }
        } else if url.count == 5, Self.starts(url, with: "ka:em") {
            return LinkMarkup(opening: "<em>", closing: "</em>", keepsText: true)
        } else if case let anchor: StaticString = "ka:anchor/", Self.starts(url, with: anchor) {
            // Written as bytes: the destination is libcmark's, well-formed UTF-8.
            var opening = Array("<span id=\"".utf8)
            opening.reserveCapacity(url.count + 16)
            HTML.appendEscaped(utf8: UnsafeBufferPointer(rebasing: url[anchor.utf8CodeUnitCount...]), to: &opening)
            opening += "\"></span>".utf8
            return LinkMarkup(opening: opening, closing: "", keepsText: false)
        }
        return nil
    }

    /// The markup of a reference to note `number`, counted: its id tells its occurrences apart.
    func noteRef(_ number: Int) -> [UInt8] {
        var html: [UInt8] = []
        html.reserveCapacity(160)
        appendNoteRef(number, to: &html)
        return html
    }

    /// `noteRef(number)` appended to `html` in pieces, without a string put together first.
    func appendNoteRef(_ number: Int, to html: inout [UInt8]) {
        let occurrence = (noteRefCounts[number] ?? 0) + 1
        noteRefCounts[number] = occurrence
        let digits = String(number)
        html += "<sup class=\"noteref\"><a id=\"".utf8
        html += Permalinks.noteRefAnchor(number, occurrence: occurrence).utf8
        html += "\" href=\"#".utf8
        html += Permalinks.footnoteAnchor(number).utf8
        html += "\" role=\"doc-noteref\" aria-label=\"Voetnoot ".utf8
        html += digits.utf8
        html += "\">".utf8
        html += digits.utf8
        html += "</a></sup>".utf8
    }

    /// The integer after `prefix` in `url`, read as `Int(_:)` reads text; nil without the prefix.
    private static func number(in url: UnsafeBufferPointer<UInt8>, after prefix: StaticString) -> Int? {
        guard starts(url, with: prefix) else { return nil }
        let digits = UnsafeBufferPointer(rebasing: url[prefix.utf8CodeUnitCount...])
        // Up to 18 digits, the renderer's own numbers, read in place; anything else as `Int` reads it.
        guard (1...18).contains(digits.count), digits.allSatisfy({ $0 &- 0x30 < 10 }) else {
            return Int(String(decoding: digits, as: UTF8.self))
        }
        return digits.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
    }

    /// Whether `bytes` start with `prefix`'s.
    static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: StaticString) -> Bool {
        bytes.count >= prefix.utf8CodeUnitCount && memcmp(bytes.baseAddress!, prefix.utf8Start, prefix.utf8CodeUnitCount) == 0
    }

    /// `markup(forLink:)` for a link in a cell or a note that `CommonMark.appendInlineHTML` reads:
    /// the archive's forms but note references and fragments that hold any (which it must not
    /// count when it then gives the text to libcmark), and a destination without a scheme as
    /// libcmark renders it (the destinations `appendInlineHTML` passes need no escaping). Nil for
    /// anything else.
    func inlineLinkMarkup(_ url: String) -> LinkMarkup? {
        guard url.utf8.contains(UInt8(ascii: ":")) else {
            var opening = Array("<a href=\"".utf8)
            opening.reserveCapacity(url.utf8.count + 11)
            opening += url.utf8
            opening += "\">".utf8
            return LinkMarkup(opening: opening, closing: "</a>", keepsText: true)
        }
        var url = url
        return url.withUTF8 { url in
            if Self.starts(url, with: "ka:ref/") { return nil }
            if let index = Self.number(in: url, after: "ka:html/"), links.fragment(index)?.refs.isEmpty != true { return nil }
            return markup(forLink: url)
        }
    }

    /// Replaces `block` with a custom block that renders `opening`, then `content` (parsed as a
    /// document of its own, rewritten, its blocks moved in: libcmark renders them in place as it
    /// would have rendered that document, without rendering them to a string first), then `closing`.
    func replace(_ block: OpaquePointer, withBlock opening: [UInt8], closing: String?, content: String?) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        setOnEnter(custom, opening)
        if let closing { cmark_node_set_on_exit(custom, closing) }
        // A Swift string's bytes are well-formed UTF-8 (see `CommonMark.parseOptions`).
        if let content, let document = cmark_parse_document(content, content.utf8.count, CommonMark.wellFormedOptions) {
            rewrite(document)
            while let child = cmark_node_first_child(document) { cmark_node_append_child(custom, child) }
            cmark_node_free(document)
        }
        cmark_node_replace(block, custom)
        cmark_node_free(block)
    }

    /// Sets the text a custom node renders on entering it; libcmark copies the text, which holds
    /// no NUL byte (it is libcmark's own output, escaped, or the archive's markup).
    func setOnEnter(_ custom: OpaquePointer, _ text: [UInt8]) {
        _ = (text + [0]).withUnsafeBytes { cmark_node_set_on_enter(custom, $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
    }

    func replace(_ node: OpaquePointer, withInline opening: [UInt8], closing: String?, keepChildren: Bool) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        setOnEnter(custom, opening)
        if let closing { cmark_node_set_on_exit(custom, closing) }
        while keepChildren, let child = cmark_node_first_child(node) {
            cmark_node_append_child(custom, child)
        }
        cmark_node_replace(node, custom)
        cmark_node_free(node)
    }

    /// Appends the HTML of a table cell or a note: plain text with the links the renderer writes
    /// (`CommonMark.appendInlineHTML`) as it is checked, anything else through libcmark (`parsedInline`).
    func appendInline(_ markdown: String, to html: inout [UInt8]) {
        var markdown = markdown
        markdown.withUTF8 { appendInline(utf8: $0, to: &html) }
    }

    /// The same for the UTF-8 bytes of the CommonMark (a table cell's, a slice of its block's).
    func appendInline(utf8: UnsafeBufferPointer<UInt8>, to html: inout [UInt8]) {
        if !CommonMark.appendInlineHTML(utf8: utf8, to: &html, link: inlineLinkMarkup) {
            html += parsedInline(String(decoding: utf8, as: UTF8.self)).utf8
        }
    }

    func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
