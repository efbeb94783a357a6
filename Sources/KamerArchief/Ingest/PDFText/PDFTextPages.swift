/// A PDF-text file as lines over one UTF-8 buffer, grouped into pages: the page model that the
/// byte-level PDF-text stages (furniture, page-foot notes, letterhead) share.
///
/// Offsets are byte offsets into `bytes`. A form feed (`\f`, what pdftotext and the poppler reader
/// emit between pages) is an exact page boundary. A file without form feeds ends a page after a
/// `Pagina N van M` line (also letter-spaced, `P agina 1 van 7`) and at a run of two or more empty
/// lines, as the older double-spaced letters do.
struct PDFTextPages: Sendable {
    /// One line: where it starts, its trimmed content and its page.
    struct Line: Sendable, Hashable {
        /// 1-based line number in the file.
        var number: Int
        /// Byte offset of the line's first byte (after a form feed that opened it).
        var start: Int
        /// Bytes of the line without leading and trailing white space; empty when blank.
        var content: Range<Int>
        /// 0-based page index.
        var page: Int
    }

    let bytes: [UInt8]
    /// Whether pages come from form feeds (exact) rather than from page markers and blank runs.
    let hasFormFeeds: Bool
    private(set) var lines: [Line] = []
    private(set) var pageCount = 1

    /// Room for the lines of `count` bytes of extracted text, made at once: a line in every 32
    /// bytes (extracted letters have one in some 40). Grown from empty, a letter's lines were
    /// copied a dozen times.
    static func lineCapacity(forBytes count: Int) -> Int { count / 32 + 16 }

    /// `splitsColumns`: text from `pdftotext -layout`, which prints a sidebar beside the body on
    /// the same lines, is read as `pdftotext` prints it by default: per page the sidebar column,
    /// then the body column (`PDFTextPages+Columns`).
    init(_ text: String, splitsColumns: Bool = false) {
        bytes = Array(text.utf8)
        hasFormFeeds = bytes.withUnsafeBufferPointer { ByteWords.first(0x0C, in: $0, from: 0, to: $0.count) != nil }
        // Built in a local array over the bytes' buffer: no check of the array per byte.
        var lines: [Line] = []
        lines.reserveCapacity(Self.lineCapacity(forBytes: bytes.count))
        bytes.withUnsafeBufferPointer { bytes in
            var page = 0, lineStart = 0, number = 1, emptyRun = 0
            var breakAfterLine = false, lineHasText = false
            var index = 0
            while index <= bytes.count {
                // Within a line's text only its end or a form feed matters: eight bytes at a time to there.
                while lineHasText, index + 8 <= bytes.count, ByteWords.below(ByteWords.word(bytes, at: index), 0x0E) == 0 {
                    index += 8
                }
                let byte = index < bytes.count ? bytes[index] : 0x0A
                if byte == 0x0C {
                    // A form feed at a line's start opens the page that line is on; after text, the next.
                    if !lineHasText, !lines.isEmpty { page += 1 } else if lineHasText { breakAfterLine = true }
                    index += 1
                    continue
                }
                if !Self.isSpace(byte) && byte != 0x0A { lineHasText = true }
                // LF, CRLF and a lone CR each end one line, as the file's line numbers count.
                guard byte == 0x0A || byte == 0x0D else { index += 1; continue }
                let content = Self.trimmed(lineStart..<index, in: bytes)
                lines.append(Line(number: number, start: lineStart, content: content, page: page))
                number += 1
                if hasFormFeeds {
                    if breakAfterLine { page += 1; breakAfterLine = false }
                } else if content.isEmpty {
                    emptyRun += 1
                    if emptyRun == 2 { page += 1 }
                } else {
                    emptyRun = 0
                    if isPageMarker(lines[lines.count - 1]) { page += 1 }
                }
                index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                lineStart = index
                lineHasText = false
            }
        }
        // The text after the last line end (nothing, or a closing form feed) is no line.
        if lines.count > 1, lines[lines.count - 1].content.isEmpty { lines.removeLast() }
        pageCount = (lines.last?.page ?? 0) + 1
        self.lines = splitsColumns ? Self.columnOrdered(lines, bytes: bytes) : lines
    }
}

extension PDFTextPages {
    /// The text of a byte range; made only for values that end up in the model.
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    func text(_ line: Line) -> String { string(line.content) }

    /// Length of the range in Unicode scalars (UTF-8 lead bytes); counting stops once it passes
    /// `limit` (`ByteWords.scalarCount`).
    func scalarCount(_ range: Range<Int>, stoppingPast limit: Int = .max) -> Int {
        bytes.withUnsafeBufferPointer { ByteWords.scalarCount($0, from: range.lowerBound, to: range.upperBound, stoppingPast: limit) }
    }

    /// The 1-based column (in scalars) of byte `offset` on `line`.
    func location(of offset: Int, on line: Line, file: String) -> SourceLocation {
        SourceLocation(file: file, line: line.number, column: scalarCount(line.start..<offset) + 1)
    }

    /// `Pagina 3 van 12`, `P agina 3 van 12`, `Page 3 of 12`: compared with spaces left out.
    func isPageMarker(_ line: Line) -> Bool {
        guard let first = line.content.first, CharacterBytes.lowercasedASCII(bytes[first]) == UInt8(ascii: "p"), line.content.count <= 40
        else { return false }
        var letters: [UInt8] = []
        letters.reserveCapacity(line.content.count)
        for index in line.content where bytes[index] != 0x20 && bytes[index] != 0x09 {
            letters.append(CharacterBytes.lowercasedASCII(bytes[index]))
        }
        var rest = letters[...]
        guard let word = [Array("pagina".utf8), Array("page".utf8)].first(where: { rest.starts(with: $0) })
        else { return false }
        rest = rest.dropFirst(word.count)
        let digits = rest.prefix { Self.isDigit($0) }
        guard !digits.isEmpty else { return false }
        rest = rest.dropFirst(digits.count)
        if rest.isEmpty { return true }
        guard let joiner = [Array("van".utf8), Array("of".utf8), [UInt8(ascii: "/")]].first(where: { rest.starts(with: $0) })
        else { return false }
        rest = rest.dropFirst(joiner.count)
        return !rest.isEmpty && rest.allSatisfy { Self.isDigit($0) }
    }

    /// A hash of the line with white space left out and ASCII lowercased, so that `Inf rastructuur`
    /// and `Infrastructuur` (letter-spacing artefacts differ from page to page) count as one text.
    func key(_ range: Range<Int>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in range where bytes[index] != 0x20 && bytes[index] != 0x09 {
            hash = (hash ^ UInt64(CharacterBytes.lowercasedASCII(bytes[index]))) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash)
    }

    /// Whether the content (spaces left out, ASCII lowercased) starts with `prefix`.
    func keyStarts(_ range: Range<Int>, with prefix: String) -> Bool {
        var wanted = prefix.utf8.makeIterator()
        for index in range where bytes[index] != 0x20 && bytes[index] != 0x09 {
            guard let next = wanted.next() else { return true }
            if CharacterBytes.lowercasedASCII(bytes[index]) != next { return false }
        }
        return wanted.next() == nil
    }

    func keyEquals(_ range: Range<Int>, _ word: String) -> Bool {
        keyStarts(range, with: word) && scalarCount(range) - spaceCount(range) == word.unicodeScalars.count
    }

    func spaceCount(_ range: Range<Int>) -> Int { range.reduce(0) { bytes[$1] == 0x20 || bytes[$1] == 0x09 ? $0 + 1 : $0 } }

    /// Four digits and two capitals, spaces left out: `2515 XP`, `2 5 15 XP D en Haag`.
    /// Asked of nearly every line: decided on the first byte that does not fit, with no copy.
    func isPostcode(_ range: Range<Int>) -> Bool {
        var seen = 0
        for index in range where !Self.isSpace(bytes[index]) {
            guard seen < 4 ? Self.isDigit(bytes[index]) : Self.isUpper(bytes[index]) else { return false }
            seen += 1
            if seen == 6 { return true }
        }
        return false
    }

    /// The last non-blank byte of the line, if any.
    func lastByte(_ line: Line) -> UInt8? { line.content.isEmpty ? nil : bytes[line.content.upperBound - 1] }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    static func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C }
}

private extension PDFTextPages {
    static func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper && isSpace(bytes[lower]) { lower += 1 }
        while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}

extension PDFTextPages {
    /// Appends the bytes `range` of `line` to `text`, each piece at its real column, with white-space
    /// runs collapsed to one synthetic space (as `appendPDFLine` does for `PDFLine`).
    func append(_ range: Range<Int>, of line: Line, to text: inout LocatedText, file: String) {
        var pieceStart = range.lowerBound, index = range.lowerBound
        var first = true
        func flush(_ end: Int) {
            guard pieceStart < end else { return }
            if !first { text.appendSynthetic(" ") }
            text.append(string(pieceStart..<end), at: location(of: pieceStart, on: line, file: file))
            first = false
        }
        while index < range.upperBound {
            guard Self.isSpace(bytes[index]) else { index += 1; continue }
            var end = index
            while end < range.upperBound && Self.isSpace(bytes[end]) { end += 1 }
            if end - index > 1 || bytes[index] != 0x20 {
                flush(index)
                pieceStart = end
            }
            index = end
        }
        flush(range.upperBound)
    }

    /// The line as the scalar stages (`Reflower`, the double-spaced note reader) take it: decoded
    /// once per line, at the boundary between the byte stages and those. Its page is set only when
    /// form feeds give exact pages; otherwise the scalar stages find pages from blank-line runs.
    func pdfLine(_ line: Line) -> PDFLine {
        let end = line.content.isEmpty ? lineEnd(line) : line.content.upperBound
        // A sidebar piece of a split line: what stands before it on the line becomes spaces, so
        // the piece keeps its column and carries no other column's text.
        let start = line.content.isEmpty ? line.start : line.content.lowerBound
        // A slice of the bytes, which are a `String`'s and so well formed.
        return PDFLine(
            number: line.number, utf8: bytes[start..<end], indent: scalarCount(line.start..<start), page: hasFormFeeds ? line.page : 0)
    }

    /// One past the line's last byte before its line end.
    func lineEnd(_ line: Line) -> Int {
        var end = line.start
        while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        return end
    }
}
