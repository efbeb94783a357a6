import CCmark
import Glibc

/// The archive's fenced blocks (`table`, `footnotes`, `picture N`, `div …`), replaced by custom
/// blocks after libcmark has parsed a page.
extension RenderState {
    /// Replaces a fenced block of one of the archive's forms. Its info string is compared as the
    /// bytes libcmark holds, without spaces at either end (trimmed as Characters where a space
    /// touches a byte beyond ASCII), and its literal read in place.
    func rewriteBlock(_ block: OpaquePointer) {
        let info = Self.bytes(cmark_node_get_fence_info(block))
        guard let trimmed = CharacterBytes.trimmingSpaces(info, 0..<info.count) else {
            var text = String(decoding: info, as: UTF8.self).trimmingCharacters(in: " ")
            text.withUTF8 { rewriteBlock(block, info: $0) }
            return
        }
        rewriteBlock(block, info: UnsafeBufferPointer(rebasing: info[trimmed]))
    }

    /// `rewriteBlock` for the info string `info`, read before the block is replaced.
    private func rewriteBlock(_ block: OpaquePointer, info: UnsafeBufferPointer<UInt8>) {
        if Self.equals(info, "table") {
            replace(block, withBlock: table(Self.bytes(cmark_node_get_literal(block))), closing: nil, content: nil)
        } else if Self.equals(info, "footnotes") {
            replace(block, withBlock: footnotes(Self.bytes(cmark_node_get_literal(block))), closing: nil, content: nil)
        } else if Self.starts(info, with: "picture "), let number = Int(String(decoding: info.dropFirst(8), as: UTF8.self)) {
            replace(block, withBlock: links.pictureHTML(number) ?? [], closing: nil, content: nil)
        } else if Self.starts(info, with: "div "), info.count == 4 || info[4] < 0x80 || String(decoding: info, as: UTF8.self).hasPrefix("div ") {
            // (A mark right after the space would join it into a Character that is no space.)
            var opening = Array("<div".utf8)
            Self.appendDivAttributes(UnsafeBufferPointer(rebasing: info.dropFirst(4)), to: &opening)
            opening += ">\n".utf8
            let literal = cmark_node_get_literal(block)
            if let html = divParagraphsHTML(Self.bytes(literal)) {
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
    /// the renderer's links (`inlineLinkMarkup`) and the template's own punctuation inside a line
    /// (`literalPunctuation`): `<p>…</p>` and a line end each. Such a line starts with a letter, a
    /// digit, a byte beyond ASCII, a backslash or a link, neither starts nor ends with a space, and
    /// has no `.` or `)` after digits alone, so it opens no other block, and a blank line ends it.
    /// Nil for any other content, and for content that starts with a byte order mark, which
    /// libcmark drops at the start of a document. A page's pager and the like are such paragraphs.
    func divParagraphsHTML(_ content: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard !content.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
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

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        bytes.count == text.utf8CodeUnitCount && starts(bytes, with: text)
    }

    /// `#id class other` → ` id="id" class="class other"`, appended to `html`: the first word
    /// with `#` is the id (any other is dropped), the rest the classes, words split at spaces. On
    /// the bytes of ASCII words (a template's ids and classes); words with a byte beyond ASCII are
    /// split and told apart by Characters, where a mark can join a space or a `#`.
    static func appendDivAttributes(_ words: UnsafeBufferPointer<UInt8>, to html: inout [UInt8]) {
        guard ByteWords.firstNonASCII(words) == words.count else {
            let text = String(decoding: words, as: UTF8.self), utf8 = text.utf8
            let tokens = text.split(separator: " ").map { word in
                (bytes: utf8.distance(from: utf8.startIndex, to: word.startIndex)..<utf8.distance(from: utf8.startIndex, to: word.endIndex),
                 isID: word.hasPrefix("#"))
            }
            var bytes = text
            bytes.withUTF8 { appendDivAttributes(tokens, of: $0, to: &html) }
            return
        }
        var tokens: [(bytes: Range<Int>, isID: Bool)] = []
        var start = 0
        while start < words.count {
            let end = ByteWords.first(0x20, in: words, from: start, to: words.count) ?? words.count
            if end > start { tokens.append((start..<end, words[start] == UInt8(ascii: "#"))) }
            start = end + 1
        }
        appendDivAttributes(tokens, of: words, to: &html)
    }

    /// The attributes of the words `tokens` (ranges of `words`, each an id's with its `#` or not).
    private static func appendDivAttributes(_ tokens: [(bytes: Range<Int>, isID: Bool)], of words: UnsafeBufferPointer<UInt8>, to html: inout [UInt8]) {
        if let id = tokens.first(where: \.isID) {
            html += " id=\"".utf8
            HTML.appendEscaped(utf8: UnsafeBufferPointer(rebasing: words[id.bytes.dropFirst()]), to: &html)
            html.append(UInt8(ascii: "\""))
        }
        let classes = tokens.filter { !$0.isID }
        guard !classes.isEmpty else { return }
        html += " class=\"".utf8
        for (index, word) in classes.enumerated() {
            if index > 0 { html.append(0x20) }
            HTML.appendEscaped(utf8: UnsafeBufferPointer(rebasing: words[word.bytes]), to: &html)
        }
        html.append(UInt8(ascii: "\""))
    }

    /// Each cell's bytes go to `appendInline(utf8:to:)` as a slice of the literal's, with no string
    /// of their own.
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

    /// The endnotes of a `footnotes` block's literal, one note per line: `N: inline CommonMark`,
    /// read line by line in place. A line is cut at its first `:` and its note trimmed of spaces
    /// as Characters would be (`trimmingCharacters(in: " ")`): where a scalar beyond ASCII touches
    /// the colon or a trimmed space, and could join it into one Character, the line is read as a
    /// string.
    func footnotes(_ literal: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var html = Array("<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Voetnoten\">\n<ol>\n".utf8)
        html.reserveCapacity(2 * literal.count + 64)
        var start = 0
        while start < literal.count {
            let end = ByteWords.first(0x0A, in: literal, from: start, to: literal.count) ?? literal.count
            defer { start = end + 1 }
            let line = UnsafeBufferPointer(rebasing: literal[start..<end])
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            guard colon + 1 == line.count || line[colon + 1] < 0x80, let note = CharacterBytes.trimmingSpaces(line, (colon + 1)..<line.count) else {
                appendNote(String(decoding: line, as: UTF8.self), to: &html)
                continue
            }
            // Only digits and signs make a number: any other byte before the colon leaves none.
            guard let number = Int(String(decoding: UnsafeBufferPointer(rebasing: line[..<colon]), as: UTF8.self)) else { continue }
            appendNote(number, UnsafeBufferPointer(rebasing: line[note]), to: &html)
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
}
