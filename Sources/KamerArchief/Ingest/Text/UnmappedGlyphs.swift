/// pdfminer writes a glyph it cannot map to a character as `(cid:127)`. In Kamerstukken and letters
/// set in Word these are the Symbol font's bullets: alone on their lines, where pdfminer sets a
/// list's bullets as a block of their own beside the items, or before an item's text on its line.
///
/// A line of such glyphs only becomes blank, and a glyph opening a line before its text a bullet
/// (`•`) with spaces after it: the bytes keep their offsets, so lines and columns in diagnostics
/// stay those of the file. A glyph inside a line's text is left as it is.
enum UnmappedGlyphs {
    static let opening = Array("(cid:".utf8)

    /// Whether `bytes` hold a glyph pdfminer could not map: each `(` found many bytes at a time.
    static func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var from = 0
        while let index = ByteWords.first(UInt8(ascii: "("), in: bytes, from: from, to: bytes.count) {
            if index + opening.count <= bytes.count, UnsafeBufferPointer(rebasing: bytes[index..<index + opening.count]).elementsEqual(opening) {
                return true
            }
            from = index + 1
        }
        return false
    }

    /// The bytes with pdfminer's lone and opening glyphs made blank and bullets.
    static func cleaned(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        var lineStart = 0
        while lineStart < result.count {
            let lineEnd = result[lineStart...].firstIndex(of: 0x0A) ?? result.count
            clean(&result, line: lineStart..<lineEnd)
            lineStart = lineEnd + 1
        }
        return result
    }

    /// One line: its glyph tokens found in order, each `(cid:` digits `)`.
    private static func clean(_ bytes: inout [UInt8], line: Range<Int>) {
        var index = line.lowerBound
        while index < line.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        var tokens: [Range<Int>] = []
        var onlyTokens = true
        while index < line.upperBound {
            if let end = tokenEnd(bytes, at: index, before: line.upperBound) {
                tokens.append(index..<end)
                index = end
            } else if bytes[index] == 0x20 || bytes[index] == 0x09 {
                index += 1
            } else {
                onlyTokens = false
                break
            }
        }
        guard let first = tokens.first else { return }
        if onlyTokens {
            for token in tokens { bytes.replaceSubrange(token, with: repeatElement(0x20, count: token.count)) }
        } else if tokens.count == 1, first.upperBound < line.upperBound, bytes[first.upperBound] == 0x20 || bytes[first.upperBound] == 0x09 {
            let bullet = Array("•".utf8)
            bytes.replaceSubrange(first, with: bullet + repeatElement(0x20, count: first.count - bullet.count))
        }
    }

    /// The end of a `(cid:N)` token starting at `index`, nil when none starts there.
    private static func tokenEnd(_ bytes: [UInt8], at index: Int, before end: Int) -> Int? {
        guard index + opening.count < end, bytes[index..<index + opening.count].elementsEqual(opening) else { return nil }
        var cursor = index + opening.count
        let digits = cursor
        while cursor < end, (0x30...0x39).contains(bytes[cursor]) { cursor += 1 }
        guard cursor > digits, cursor < end, bytes[cursor] == UInt8(ascii: ")") else { return nil }
        return cursor + 1
    }
}
