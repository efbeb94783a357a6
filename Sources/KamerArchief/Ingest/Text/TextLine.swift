/// One line of a UTF-8 text as byte offsets, for readers that scan the bytes directly.
///
/// Offsets index the reader's `[UInt8]` copy of the text. A form feed (U+000C) marks a page
/// boundary, as `pdftotext` and `PDFTextExtractor` write it: a line's `page` counts the form feeds
/// before its content, and the form feed itself is white space, outside `content`.
struct TextLine: Sendable, Hashable {
    /// 1-based line number in the file.
    var number: Int
    /// 0-based page: the form feeds before the line's first non-blank byte.
    var page: Int
    /// The line without its line end (byte offsets).
    var bytes: Range<Int>
    /// The line without leading and trailing white space (spaces, tabs, form feeds, CR).
    var content: Range<Int>

    var isBlank: Bool { content.isEmpty }

    /// 1-based column (in Unicode scalars) of byte offset `offset` on this line.
    func column(ofByte offset: Int, in text: [UInt8]) -> Int {
        var column = 1
        for index in bytes.lowerBound..<min(offset, bytes.upperBound) where text[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// Splits `text` into lines at LF; a lone CR is white space (the decoder has made line ends LF).
    static func split(_ text: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        var page = 0, start = 0
        while start <= text.count {
            var end = start
            var first = -1, last = -1
            while end < text.count && text[end] != 0x0A {
                let byte = text[end]
                if byte == 0x0C && first < 0 { page += 1 }
                if !isSpace(byte) {
                    if first < 0 { first = end }
                    last = end
                }
                end += 1
            }
            let content = first < 0 ? end..<end : first..<(last + 1)
            lines.append(TextLine(number: lines.count + 1, page: page, bytes: start..<end, content: content))
            // A form feed after the content opens the next page.
            if first >= 0 { for index in (last + 1)..<end where text[index] == 0x0C { page += 1 } }
            start = end + 1
        }
        if let last = lines.last, last.bytes.isEmpty, lines.count > 1 { lines.removeLast() }
        return lines
    }

    /// The lines cut at runs of three or more spaces (or a tab), where a layout-preserving
    /// extraction puts text from separate columns on one line. Each piece keeps its line's number,
    /// page and `bytes`; its `content` is the piece.
    static func columns(of lines: some Sequence<TextLine>, in text: [UInt8]) -> [TextLine] {
        var result: [TextLine] = []
        for line in lines {
            var start = line.content.lowerBound, index = start
            while index < line.content.upperBound {
                var end = index
                while end < line.content.upperBound && (text[end] == 0x20 || text[end] == 0x09) { end += 1 }
                if end - index >= 3 || (end > index && text[index..<end].contains(0x09)) {
                    result.append(TextLine(number: line.number, page: line.page, bytes: line.bytes, content: start..<index))
                    start = end
                }
                index = max(end, index + 1)
            }
            result.append(TextLine(number: line.number, page: line.page, bytes: line.bytes, content: start..<line.content.upperBound))
        }
        return result
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0D }
}

/// Byte-level tests on a line's content, without making strings.
extension [UInt8] {
    /// Whether the bytes in `range` start with `prefix`.
    func hasPrefix(_ prefix: String, in range: Range<Int>) -> Bool {
        var index = range.lowerBound
        for byte in prefix.utf8 {
            guard index < range.upperBound, self[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// Whether the bytes in `range` are exactly `text`.
    func equals(_ text: String, in range: Range<Int>) -> Bool {
        range.count == text.utf8.count && hasPrefix(text, in: range)
    }

    /// Whether the bytes in `range` end with `suffix`.
    func hasSuffix(_ suffix: String, in range: Range<Int>) -> Bool {
        let bytes = suffix.utf8
        guard range.count >= bytes.count else { return false }
        return self[(range.upperBound - bytes.count)..<range.upperBound].elementsEqual(bytes)
    }

    /// The bytes in `range` as a string (for model values only).
    func string(_ range: Range<Int>) -> String {
        String(decoding: self[range], as: UTF8.self)
    }

    /// `range` without leading and trailing spaces, tabs, form feeds and CRs.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && TextLine.isSpace(self[lower]) { lower += 1 }
        while upper > lower && TextLine.isSpace(self[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}

extension TextLine {
    /// Whether a blank line stands between two of the text's lines, given each line's blankness in
    /// order: a page saved without blank lines has none.
    static func hasBlankBetweenText(_ blanks: some Sequence<Bool>) -> Bool {
        var seenText = false, blankAfterText = false
        for isBlank in blanks {
            if isBlank {
                blankAfterText = seenText
            } else {
                if blankAfterText { return true }
                seenText = true
            }
        }
        return false
    }
}
