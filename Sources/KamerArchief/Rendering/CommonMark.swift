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

    /// The inline HTML libcmark renders for `markdown` when it can hold no syntax at all: nothing
    /// but ASCII letters, digits and spaces, bytes beyond ASCII, and ASCII punctuation each escaped
    /// with a backslash (as `MarkdownEscaping` writes source text), neither starting nor ending with
    /// a space. Its HTML is the text unescaped, with `&`, `<`, `>` and `"` as libcmark writes them.
    /// Nil for anything else. Most table cells and many notes are such text, and parsing each on
    /// its own cost more than the rest of a table.
    static func plainHTML(_ markdown: String) -> String? {
        var html: [UInt8] = []
        return appendInlineHTML(markdown, to: &html, link: nil) ? String(decoding: html, as: UTF8.self) : nil
    }

    /// The inline HTML the page renderer gives `markdown` (a table cell, a note) when it is plain
    /// text as `plainHTML` takes it with links between, `[text](destination)`, whose text is plain
    /// too: the links the renderer writes in notes and cells (`ka:link/N`, `ka:em`, `ka:anchor/ID`)
    /// and relative addresses of letters, digits and `-._/#`. Nil for anything else.
    static func inlineHTML(_ markdown: String, links: LinkTable) -> String? {
        var html: [UInt8] = []
        let state = RenderState(links: links)
        return appendInlineHTML(markdown, to: &html, link: state.inlineLinkMarkup) ? String(decoding: html, as: UTF8.self) : nil
    }

    /// Appends what `plainHTML(markdown)` (with `link`, what `inlineHTML` gives) returns and
    /// returns true, or leaves `html` as it was and returns false when `markdown` is not such text.
    /// `link` gives the markup that stands for a link to a destination (unescaped), nil when the
    /// link must go to libcmark; without it, any link does.
    static func appendInlineHTML(_ markdown: String, to html: inout [UInt8], link: ((String) -> LinkMarkup?)?) -> Bool {
        var markdown = markdown
        return markdown.withUTF8 { appendInlineHTML(utf8: $0, to: &html, link: link) }
    }

    /// The same for the UTF-8 bytes of the CommonMark, which must be valid UTF-8. With
    /// `literalPunctuation`, for a whole line of a template's own text (`RenderState.divParagraphsHTML`),
    /// ASCII punctuation that CommonMark reads as itself inside a line may also stand unescaped
    /// (`isLiteralPunctuation`), but for the line's first byte and for a `.` or `)` after nothing
    /// but digits, which would open a block.
    static func appendInlineHTML(
        utf8: UnsafeBufferPointer<UInt8>, to html: inout [UInt8], link: ((String) -> LinkMarkup?)?, literalPunctuation: Bool = false
    ) -> Bool {
        let start = html.count
        let plain = { () -> Bool in
            guard utf8.first != UInt8(ascii: " "), utf8.last != UInt8(ascii: " ") else { return false }
            var escaped = false
            // Where the HTML of the open link's text starts, while a link is open.
            var linkText: Int?
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                switch byte {
                case _ where isPlainText(byte):
                    guard !escaped else { return false }
                    // The run from here of such bytes and of punctuation escaped with a backslash
                    // that the HTML writes as it is, copied a stretch at a time (without the
                    // backslashes).
                    var from = index - 1, end = index
                    while end < utf8.count {
                        end = plainRun(utf8, from: end)
                        guard end + 1 < utf8.count, utf8[end] == UInt8(ascii: "\\"), isVerbatimPunctuation(utf8[end + 1]) else { break }
                        html.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[from..<end]))
                        from = end + 1
                        end += 2
                    }
                    html.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[from..<end]))
                    index = end
                case UInt8(ascii: "\\") where !escaped:
                    escaped = true
                case UInt8(ascii: "[") where !escaped:
                    guard link != nil, linkText == nil else { return false }
                    linkText = html.count
                case UInt8(ascii: "]") where !escaped:
                    guard let text = linkText, let link, let destination = Self.destination(in: utf8, from: index),
                        let markup = link(destination.url)
                    else { return false }
                    if markup.keepsText {
                        html.insert(contentsOf: markup.opening, at: text)
                    } else {
                        html.replaceSubrange(text..., with: markup.opening)
                    }
                    html += markup.closing.utf8
                    linkText = nil
                    index = destination.end
                case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
                    guard escaped || literalPunctuation && index > 1 && isLiteralPunctuation(byte)
                        && !((byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) && utf8[..<(index - 1)].allSatisfy { (0x30...0x39).contains($0) })
                    else { return false }
                    escaped = false
                    switch byte {
                    case UInt8(ascii: "&"): html += "&amp;".utf8
                    case UInt8(ascii: "<"): html += "&lt;".utf8
                    case UInt8(ascii: ">"): html += "&gt;".utf8
                    case UInt8(ascii: "\""): html += "&quot;".utf8
                    default: html.append(byte)
                    }
                default:
                    return false
                }
            }
            return !escaped && linkText == nil
        }()
        if !plain { html.removeSubrange(start...) }
        return plain
    }

    /// Whether `byte` is copied as it is: a letter, a digit, a space or a byte of a non-ASCII
    /// character. One test of a bit: this runs for nearly every byte of every paragraph.
    @inline(__always)
    static func isPlainText(_ byte: UInt8) -> Bool {
        // Bit `b` of the word for bytes 0–63 and 64–127 is set for byte `b` (and `64 + b`).
        let low: UInt64 = 1 << 0x20 | 0x3FF << 0x30, high: UInt64 = 0x3FF_FFFF << 1 | 0x3FF_FFFF << 33
        return byte >= 0x80 || (byte < 0x40 ? low : high) >> (byte & 63) & 1 == 1
    }

    /// Where the run of bytes `isPlainText` copies that starts at `index` ends: eight bytes at a
    /// time while eight are left (`nonPlainBytes`), then one at a time.
    @inline(__always)
    private static func plainRun(_ utf8: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while end + 8 <= utf8.count {
            let others = nonPlainBytes(ByteWords.word(utf8, at: end))
            if others != 0 { return end + others.trailingZeroBitCount / 8 }
            end += 8
        }
        while end < utf8.count, isPlainText(utf8[end]) { end += 1 }
        return end
    }

    /// The high bit of each byte of `word` that `isPlainText` does not copy, the others zero: not
    /// beyond ASCII, a letter, a digit or a space (each exact per byte, see `ByteWords`).
    static func nonPlainBytes(_ word: UInt64) -> UInt64 {
        let plain = word & ByteWords.highs | ByteWords.asciiLetters(word) | ByteWords.digits(word)
            | ByteWords.equalBytes(word, UInt8(ascii: " "))
        return ~plain & ByteWords.highs
    }

    /// Whether `byte` is ASCII punctuation that CommonMark reads as itself inside a line of text:
    /// all but `!`, `&`, `*`, `<`, `[`, `\`, `]`, `_` and `` ` ``, which may start an image, an
    /// entity, emphasis, an autolink or raw HTML, a link, an escape or code. (No smart punctuation,
    /// strikethrough or autolinks without `<` in libcmark.)
    @inline(__always)
    private static func isLiteralPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "<"), UInt8(ascii: "["), UInt8(ascii: "\\"),
            UInt8(ascii: "]"), UInt8(ascii: "_"), UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    /// Whether `byte` is ASCII punctuation that, escaped with a backslash, the HTML writes as it is
    /// (all but `&`, `<`, `>` and `"`).
    @inline(__always)
    private static func isVerbatimPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): return false
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    /// The destination of a link whose `]` is just before `start`: `(destination)` of letters,
    /// digits and `-._/#:` (any of those five may be backslash-escaped), unescaped, and the index
    /// after its `)`. Nil for any other destination, which libcmark must read (a title, spaces,
    /// `<…>`, other characters, an empty one).
    private static func destination(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> (url: String, end: Int)? {
        guard start < utf8.count, utf8[start] == UInt8(ascii: "(") else { return nil }
        var index = start + 1, escaped = false, hasEscapes = false
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            switch byte {
            case UInt8(ascii: ")") where !escaped:
                // Read in place; a backslash here is always an escape, dropped.
                let url = UnsafeBufferPointer(rebasing: utf8[(start + 1)..<(index - 1)])
                guard !url.isEmpty else { return nil }
                guard hasEscapes else { return (String(decoding: url, as: UTF8.self), index) }
                // The bytes less the backslashes, written straight into the string.
                let unescaped = String(unsafeUninitializedCapacity: url.count) { out in
                    var count = 0
                    for byte in url where byte != UInt8(ascii: "\\") {
                        out[count] = byte
                        count += 1
                    }
                    return count
                }
                return (unescaped, index)
            case UInt8(ascii: "\\") where !escaped:
                escaped = true
                hasEscapes = true
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "#"), UInt8(ascii: ":"):
                escaped = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard !escaped else { return nil }
            default:
                return nil
            }
        }
        return nil
    }

    /// The HTML of a `div` block's content made without libcmark (`RenderState.divParagraphsHTML`);
    /// nil when the content goes to libcmark.
    static func divParagraphsHTML(_ content: String, links: LinkTable) -> String? {
        var content = content
        return content.withUTF8 { RenderState(links: links).divParagraphsHTML($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Renders `markdown` to HTML, resolving forms against `links`.
    public static func render(_ markdown: String, links: LinkTable) -> String {
        let state = RenderState(links: links)
        return state.renderDocument(markdown)
    }

    /// The same as the bytes libcmark wrote, which are UTF-8 (it replaces bad input bytes): a page's
    /// HTML goes to the file as bytes, without being validated again as a `String`.
    static func renderUTF8(_ markdown: String, links: LinkTable) -> [UInt8] {
        RenderState(links: links).renderDocumentUTF8(Array(markdown.utf8))
    }

    /// The same for the CommonMark's UTF-8 bytes, as a filled template gives them.
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

    /// Inline CommonMark (a table cell, a note) as HTML without the wrapping paragraph, always
    /// parsed by libcmark: what `plainHTML` must agree with.
    static func parsedInline(_ markdown: String, links: LinkTable) -> String {
        RenderState(links: links).parsedInline(markdown)
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
private final class RenderState {
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
        guard let document = cmark_parse_document(start, markdown.count, CommonMark.options) else { return empty }
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
    private static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: StaticString) -> Bool {
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

    /// Replaces a fenced block of one of the archive's forms. Its info string is compared as the
    /// bytes libcmark holds (which it trimmed of white space), and its literal made a string only
    /// for the forms that read one.
    func rewriteBlock(_ block: OpaquePointer) {
        guard let infoPointer = cmark_node_get_fence_info(block) else { return }
        let info = Self.trimmingSpaces(UnsafeBufferPointer(start: UnsafeRawPointer(infoPointer).assumingMemoryBound(to: UInt8.self), count: strlen(infoPointer)))
        if Self.equals(info, "table") {
            replace(block, withBlock: table(Self.bytes(cmark_node_get_literal(block))), closing: nil, content: nil)
        } else if Self.equals(info, "footnotes") {
            replace(block, withBlock: footnotes(Self.bytes(cmark_node_get_literal(block))), closing: nil, content: nil)
        } else if Self.starts(info, with: "picture "), let number = Int(String(decoding: info.dropFirst(8), as: UTF8.self)) {
            replace(block, withBlock: links.pictureHTML(number) ?? [], closing: nil, content: nil)
        } else if Self.starts(info, with: "div ") {
            var opening = Array("<div".utf8)
            Self.appendDivAttributes(UnsafeBufferPointer(rebasing: info.dropFirst(4)), to: &opening)
            opening += ">\n".utf8
            let literal = cmark_node_get_literal(block)
            if let literal, let html = divParagraphsHTML(UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))) {
                // Paragraphs of one line each that `CommonMark.appendInlineHTML` reads: their
                // HTML as libcmark writes it inside the block, without parsing them as a document.
                replace(block, withBlock: opening + html, closing: "</div>\n", content: nil)
            } else {
                replace(block, withBlock: opening, closing: "</div>\n", content: string(literal))
            }
        }
    }

    /// The HTML libcmark renders for `content` when it is paragraphs of one line each, between
    /// blank lines (empty, or of spaces and tabs), that `CommonMark.appendInlineHTML` reads with
    /// the renderer's links (`inlineLinkMarkup`): `<p>…</p>` and a line end each. Such a line
    /// neither starts nor ends with a space and holds no unescaped punctuation but its links'
    /// brackets and destinations, so it opens no other block, and a blank line ends it. Nil for
    /// any other content: a page's pager and the like are such paragraphs.
    func divParagraphsHTML(_ content: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var html: [UInt8] = []
        html.reserveCapacity(content.count + 64)
        var start = 0
        while start < content.count {
            let end = ByteWords.first(0x0A, in: content, from: start, to: content.count) ?? content.count
            let line = UnsafeBufferPointer(rebasing: content[start..<end])
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                // A line that follows another continues its paragraph.
                guard start == 0 || Self.isBlankLine(before: start - 1, in: content) else { return nil }
                html += "<p>".utf8
                guard CommonMark.appendInlineHTML(utf8: line, to: &html, link: inlineLinkMarkup, literalPunctuation: true) else { return nil }
                html += "</p>\n".utf8
            }
            start = end + 1
        }
        return html
    }

    /// Whether the line that ends at the line feed `lineEnd` is blank (empty, or of spaces and tabs).
    private static func isBlankLine(before lineEnd: Int, in content: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = lineEnd
        while index > 0 {
            index -= 1
            switch content[index] {
            case 0x0A: return true
            case 0x20, 0x09: continue
            default: return false
            }
        }
        return true
    }

    private static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        bytes.count == text.utf8CodeUnitCount && starts(bytes, with: text)
    }

    /// Replaces `block` with a custom block that renders `opening`, then `content` (parsed as a
    /// document of its own, rewritten, its blocks moved in: libcmark renders them in place as it
    /// would have rendered that document, without rendering them to a string first), then `closing`.
    func replace(_ block: OpaquePointer, withBlock opening: [UInt8], closing: String?, content: String?) {
        guard let custom = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        setOnEnter(custom, opening)
        if let closing { cmark_node_set_on_exit(custom, closing) }
        if let content, let document = cmark_parse_document(content, content.utf8.count, CommonMark.options) {
            rewrite(document)
            while let child = cmark_node_first_child(document) { cmark_node_append_child(custom, child) }
            cmark_node_free(document)
        }
        cmark_node_replace(block, custom)
        cmark_node_free(block)
    }

    /// `#id class other` → ` id="id" class="class other"`, appended to `html`: the first word
    /// with `#` is the id (any other is dropped), the rest the classes, words split at spaces.
    static func appendDivAttributes(_ words: UnsafeBufferPointer<UInt8>, to html: inout [UInt8]) {
        var id: Range<Int>?, classes: [Range<Int>] = []
        var start = 0
        while start < words.count {
            let end = ByteWords.first(0x20, in: words, from: start, to: words.count) ?? words.count
            if end > start {
                if words[start] != UInt8(ascii: "#") {
                    classes.append(start..<end)
                } else if id == nil {
                    id = (start + 1)..<end
                }
            }
            start = end + 1
        }
        if let id {
            html += " id=\"".utf8
            HTML.appendEscaped(utf8: UnsafeBufferPointer(rebasing: words[id]), to: &html)
            html.append(UInt8(ascii: "\""))
        }
        guard !classes.isEmpty else { return }
        html += " class=\"".utf8
        for (index, word) in classes.enumerated() {
            if index > 0 { html.append(0x20) }
            HTML.appendEscaped(utf8: UnsafeBufferPointer(rebasing: words[word]), to: &html)
        }
        html.append(UInt8(ascii: "\""))
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
    /// (`CommonMark.inlineHTML`) as it is checked, anything else through libcmark (`parsedInline`).
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

    /// Each cell's bytes go to `appendInline(utf8:to:)` as a slice of the literal's, with no string
    /// of their own.
    func table(_ literal: String) -> [UInt8] {
        var literal = literal
        return literal.withUTF8 { table($0) }
    }

    /// The same for the literal's UTF-8 bytes.
    func table(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var html: [UInt8] = []
        // Row by row as they are cut: the first row with cells is the header.
        var start = 0
        while start <= bytes.count {
            let end = ByteWords.first(0x0A, in: bytes, from: start, to: bytes.count) ?? bytes.count
            let cells = TableSyntax.cells(of: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            if cells.isEmpty {
                // No cells: no row.
            } else if html.isEmpty {
                html.reserveCapacity(2 * bytes.count + 64)
                html += "<div class=\"table-wrap\"><table>\n<thead><tr>".utf8
                appendCells((start, cells), of: bytes, opening: "<th scope=\"col\">", closing: "</th>", to: &html)
                html += "</tr></thead>\n<tbody>\n".utf8
            } else {
                html += "<tr>".utf8
                appendCells((start, cells), of: bytes, opening: "<td>", closing: "</td>", to: &html)
                html += "</tr>\n".utf8
            }
            start = end + 1
        }
        guard !html.isEmpty else { return [] }
        html += "</tbody>\n</table></div>\n".utf8
        return html
    }

    /// Each cell's HTML between `opening` and `closing`; the row starts at `row.start` in `bytes`.
    func appendCells(
        _ row: (start: Int, cells: [TableSyntax.Cell]), of bytes: UnsafeBufferPointer<UInt8>, opening: StaticString, closing: StaticString,
        to html: inout [UInt8]
    ) {
        for cell in row.cells {
            html.append(contentsOf: UnsafeBufferPointer(start: opening.utf8Start, count: opening.utf8CodeUnitCount))
            switch cell {
            case .bytes(let range):
                appendInline(utf8: UnsafeBufferPointer(rebasing: bytes[row.start + range.lowerBound..<row.start + range.upperBound]), to: &html)
            case .text(let text):
                appendInline(text, to: &html)
            }
            html.append(contentsOf: UnsafeBufferPointer(start: closing.utf8Start, count: closing.utf8CodeUnitCount))
        }
    }

    /// The endnotes of a `footnotes` block's literal, one note per line: `N: inline CommonMark`.
    func footnotes(_ literal: String) -> [UInt8] {
        var literal = literal
        return literal.withUTF8 { footnotes($0) }
    }

    /// The same for the literal's UTF-8 bytes, read line by line in place. A line is cut at its
    /// first `:` and its note trimmed of spaces as Characters would be (`trimmingCharacters(in: " ")`):
    /// where a non-ASCII scalar touches the colon or a trimmed space, and could join it into one
    /// Character, the line is read as a string.
    func footnotes(_ literal: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var html = Array("<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Voetnoten\">\n<ol>\n".utf8)
        html.reserveCapacity(2 * literal.count + 64)
        var start = 0
        while start < literal.count {
            let end = ByteWords.first(0x0A, in: literal, from: start, to: literal.count) ?? literal.count
            defer { start = end + 1 }
            let line = UnsafeBufferPointer(rebasing: literal[start..<end])
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            var noteStart = colon + 1, noteEnd = line.count
            while noteStart < noteEnd, line[noteStart] == 0x20 { noteStart += 1 }
            while noteEnd > noteStart, line[noteEnd - 1] == 0x20 { noteEnd -= 1 }
            let joins = colon + 1 < line.count && line[colon + 1] >= 0x80 || noteStart > colon + 1 && noteStart < line.count && line[noteStart] >= 0x80
                || noteEnd < line.count && noteEnd > colon + 1 && line[noteEnd - 1] >= 0x80
            if joins {
                appendNote(String(decoding: line, as: UTF8.self), to: &html)
                continue
            }
            // Only digits and signs make a number: any other byte before the colon leaves none.
            guard let number = Int(String(decoding: UnsafeBufferPointer(rebasing: line[..<colon]), as: UTF8.self)) else { continue }
            appendNote(number, UnsafeBufferPointer(rebasing: line[noteStart..<noteEnd]), to: &html)
        }
        html += "</ol>\n</section>\n".utf8
        return html
    }

    /// A note's line read as Characters, as `footnotes` reads one where a scalar beyond ASCII
    /// could join its colon or a space it trims.
    private func appendNote(_ line: String, to html: inout [UInt8]) {
        guard let colon = line.firstIndex(of: ":"), let number = Int(line[..<colon]) else { return }
        var note = String(line[line.index(after: colon)...]).trimmingCharacters(in: " ")
        note.withUTF8 { appendNote(number, $0, to: &html) }
    }

    /// Note `number`'s list item, its text the inline CommonMark `note`.
    private func appendNote(_ number: Int, _ note: UnsafeBufferPointer<UInt8>, to html: inout [UInt8]) {
        // Pieces appended one by one: an interpolated string was made for each line first.
        let digits = String(number)
        html += "<li id=\"".utf8
        html += Permalinks.footnoteAnchor(number).utf8
        html += "\" value=\"".utf8
        html += digits.utf8
        html += "\">".utf8
        // The note's markers are counted before its back-link is decided.
        appendInline(utf8: note, to: &html)
        if noteRefCounts[number] != nil {
            html += " <a href=\"#".utf8
            html += Permalinks.noteRefAnchor(number, occurrence: 1).utf8
            html += "\" class=\"backlink\" role=\"doc-backlink\" aria-label=\"Terug naar verwijzing ".utf8
            html += digits.utf8
            html += "\">↩︎</a>".utf8
        }
        html += "</li>\n".utf8
    }

    /// The bytes of a C string libcmark holds, valid while its node is; empty for none.
    static func bytes(_ pointer: UnsafePointer<CChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let pointer else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
    }

    func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
