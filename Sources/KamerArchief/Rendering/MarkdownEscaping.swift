/// Makes any text inert inside a CommonMark template: it renders as the same visible text and can
/// never become Markdown or HTML syntax.
///
/// Every ASCII punctuation character gets a backslash (CommonMark allows that for all of them),
/// line ends and tabs become spaces, so a value can open no block, and leading spaces cannot make
/// an indented code block.
public enum MarkdownEscaping {
    public static func escape(_ text: String) -> String {
        escaped(text, trimming: true)
    }

    /// Like `escape`, but keeps leading spaces: for a piece that continues a line.
    /// Works on the UTF-8 bytes: everything it changes is ASCII, and the bytes of other scalars
    /// (all 0x80 and above) are copied as they are.
    static func escapeInline(_ text: String) -> String {
        escaped(text, trimming: false)
    }

    /// `escapeInline(text)`, without its leading spaces when `trimming` (a tab or line end there
    /// becomes a space first). Written straight into the new string, which has room for two bytes
    /// a byte; the text itself when nothing in it changes. Every template value goes through here.
    private static func escaped(_ text: String, trimming: Bool) -> String {
        enum Outcome { case unchanged, escaped(String), trimmedByCharacters }
        var text = text
        let outcome = text.withUTF8 { bytes -> Outcome in
            var start = 0
            if trimming {
                guard let trimmed = trimmedStart(bytes) else { return .trimmedByCharacters }
                start = trimmed
            }
            if start == 0, !bytes.contains(where: { change($0) != .none }) { return .unchanged }
            return .escaped(String(unsafeUninitializedCapacity: 2 * (bytes.count - start)) { out in
                write(UnsafeBufferPointer(rebasing: bytes[start...]), into: out, at: 0)
            })
        }
        switch outcome {
        case .unchanged: return text
        case .escaped(let escaped): return escaped
        case .trimmedByCharacters:
            var result: [UInt8] = []
            appendEscaped(text.utf8, to: &result)
            return String(decoding: result, as: UTF8.self).trimmingLeadingSpaces
        }
    }

    /// `escape(text)` appended to `result`: a template value's escaping, written where the page's
    /// bytes go rather than into a string of its own first.
    static func appendEscaped(value text: String, to result: inout [UInt8]) {
        var text = text
        let done = text.withUTF8 { bytes -> Bool in
            guard let start = trimmedStart(bytes) else { return false }
            appendEscaped(buffer: UnsafeBufferPointer(rebasing: bytes[start...]), to: &result)
            return true
        }
        if !done { result += escape(text).utf8 }
    }

    /// Where `escape` starts writing `bytes`: after the spaces, tabs and line ends it trims; nil
    /// when a combining mark follows them, which makes one Character with the last, kept by
    /// trimming by Characters (a space from a line end would join it the same way).
    static func trimmedStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = 0
        while start < bytes.count, change(bytes[start]) == .space || bytes[start] == 0x20 { start += 1 }
        return start > 0 && start < bytes.count && bytes[start] >= 0x80 ? nil : start
    }

    /// `escapeInline` of the UTF-8 `bytes`, appended to `result`.
    static func appendEscaped<Bytes: Sequence<UInt8>>(_ bytes: Bytes, to result: inout [UInt8]) {
        if bytes.withContiguousStorageIfAvailable({ appendEscaped(buffer: $0, to: &result) }) != nil { return }
        for byte in bytes {
            switch change(byte) {
            case .none: result.append(byte)
            case .space: result.append(0x20)
            case .backslash: result += [0x5C, byte]
            }
        }
    }

    /// The same for bytes in memory, written straight into room made for two bytes per byte
    /// (a backslash and the byte at most), then cut to what was written: no capacity check per
    /// byte, and no call per run (punctuation is frequent in prose, so runs are short). What a
    /// byte needs is read from bit masks (`change`), one test for most bytes.
    private static func appendEscaped(buffer: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]) {
        // Letters, digits, spaces and bytes beyond ASCII only, many a title or name: as they are,
        // without making room for twice as many bytes first.
        if isPlain(buffer) {
            result.append(contentsOf: buffer)
            return
        }
        let start = result.count
        result.append(contentsOf: repeatElement(0, count: 2 * buffer.count))
        let end = result.withUnsafeMutableBufferPointer { write(buffer, into: $0, at: start) }
        result.removeLast(result.count - end)
    }

    /// Whether every byte of `bytes` is a letter, a digit, a space or beyond ASCII, which escaping
    /// keeps as it is (`CommonMark.plainRun`, sixteen and eight bytes at a time).
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        CommonMark.plainRun(bytes, from: 0) == bytes.count
    }

    /// Writes the escaped `bytes` into `out` from `start`, which has room for two bytes a byte, and
    /// returns where the writing ended. Eight bytes of letters, digits, spaces and bytes beyond
    /// ASCII (`CommonMark.nonPlainBytes`), which stay as they are, go down as one word, and so do
    /// those before the first other byte of a word. Each other byte goes without a branch of its
    /// own (punctuation is frequent in prose, and a branch on it was mispredicted at every mark): a
    /// backslash goes down first, and the byte over it unless the byte takes one (`writes`).
    @inline(__always)
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        writes.withUnsafeBufferPointer { writes in
            var at = start, index = 0
            func writeOne(_ byte: UInt8) {
                let entry = writes[Int(byte)], backslash = Int(entry >> 8)
                out[at] = 0x5C
                out[at + backslash] = UInt8(truncatingIfNeeded: entry)
                at += 1 + backslash
            }
            // `at` stays at most `start + 2 × index`, so a word stored at `at` with eight bytes
            // still to read lies inside `out`'s room.
            while index + 8 <= bytes.count {
                let word = ByteWords.word(bytes, at: index)
                UnsafeMutableRawPointer(out.baseAddress! + at).storeBytes(of: word.littleEndian, as: UInt64.self)
                let others = CommonMark.nonPlainBytes(word)
                guard others != 0 else {
                    at += 8
                    index += 8
                    continue
                }
                let kept = others.trailingZeroBitCount / 8
                at += kept
                writeOne(bytes[index + kept])
                index += kept + 1
            }
            while index < bytes.count {
                writeOne(bytes[index])
                index += 1
            }
            return at
        }
    }

    /// What `write` puts down for each byte: the byte (a line end or tab as a space) in the low
    /// eight bits, and 1 above them when a backslash goes before it (`change`).
    private static let writes: [UInt16] = (0...255).map { value in
        let byte = UInt8(value)
        switch change(byte) {
        case .none: return UInt16(byte)
        case .space: return 0x20
        case .backslash: return 0x100 | UInt16(byte)
        }
    }

    private enum Change { case none, space, backslash }

    /// The ASCII punctuation characters (`!` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`) as bits
    /// of their byte values: 0x00 to 0x3F in the first mask, 0x40 to 0x7F in the second.
    private static let punctuation: (UInt64, UInt64) = (0xFC00_FFFE_0000_0000, 0x7800_0001_F800_0001)
    /// Tab, line feed, vertical tab, form feed and carriage return (0x09 to 0x0D).
    private static let lineEnds: UInt64 = 0x3E00

    /// Line ends and tabs become a space; ASCII punctuation gets a backslash before it.
    @inline(__always)
    private static func change(_ byte: UInt8) -> Change {
        guard byte < 0x80 else { return .none }
        let bit = UInt64(1) << UInt64(byte & 0x3F)
        if byte < 0x40 {
            if punctuation.0 & bit != 0 { return .backslash }
            return lineEnds & bit != 0 ? .space : .none
        }
        return punctuation.1 & bit != 0 ? .backslash : .none
    }
}

/// Splitting rows of a `table` block into cells at `|` that is not backslash-escaped.
enum TableSyntax {
    /// A cell of a row: its bytes in the row, trimmed, or, where a trimmed space touches a byte
    /// beyond ASCII, its text trimmed by Characters.
    enum Cell: Equatable {
        case bytes(Range<Int>)
        case text(String)
    }

    /// The cells of one row's bytes, trimmed; a leading and a trailing `|` frame the row. As ranges
    /// of the bytes where they can be cut on the bytes (`byteCells`), so that a cell's bytes need
    /// no string of their own; otherwise cut by Characters.
    static func cells(of row: UnsafeBufferPointer<UInt8>) -> [Cell] {
        if let cells = byteCells(row) { return cells }
        var cells = characterCells(Substring(String(decoding: row, as: UTF8.self)))
        // A leading and trailing `|` frame the row; they do not make empty cells.
        if cells.first?.allSatisfy({ $0 == " " }) == true { cells.removeFirst() }
        if cells.last?.allSatisfy({ $0 == " " }) == true { cells.removeLast() }
        return cells.map { .text($0.trimmingCharacters(in: " ")) }
    }

    /// The same on the bytes: the row cut at each `|` no backslash escapes (escaped values carry a
    /// backslash before every `|` and `\` byte), cells of spaces at either end dropped, spaces
    /// trimmed. Only where a `|` or `\` touches a byte beyond ASCII could a mark or a prepended
    /// character join it into a Character of its own; such a row is nil, for `cells` to cut by
    /// Characters. A cell where a trimmed space touches one is trimmed by Characters. The bytes
    /// between two `|` or `\` are skipped eight at a time (`nextBarOrBackslash`).
    private static func byteCells(_ row: UnsafeBufferPointer<UInt8>) -> [Cell]? {
        let backslash = UInt8(ascii: "\\")
        // Room for a row of a few columns at once, not grown cell by cell.
        var cells: [Cell] = []
        cells.reserveCapacity(4)
        /// The cell of `range`, trimmed as it is cut.
        func cell(_ range: Range<Int>) -> Cell {
            CharacterBytes.trimmingSpaces(row, range).map { .bytes($0) }
                ?? .text(String(decoding: UnsafeBufferPointer(rebasing: row[range]), as: UTF8.self).trimmingCharacters(in: " "))
        }
        // The byte a backslash escapes: the one after it, whatever it is.
        var start = 0, escaped = -1, index = nextBarOrBackslash(row, from: 0)
        while index < row.count {
            if index > 0 && row[index - 1] >= 0x80 || index + 1 < row.count && row[index + 1] >= 0x80 { return nil }
            if index == escaped {
                // An escaped `|` or `\` is the cell's text.
            } else if row[index] == backslash {
                escaped = index + 1
            } else {
                cells.append(cell(start..<index))
                start = index + 1
            }
            index = nextBarOrBackslash(row, from: index + 1)
        }
        cells.append(cell(start..<row.count))
        // A cell of spaces only trims to no bytes (a trimmed space touches no byte beyond ASCII
        // there): such a cell at either end is the frame's, not a cell.
        if case .bytes(let first) = cells.first, first.isEmpty { cells.removeFirst() }
        if case .bytes(let last) = cells.last, last.isEmpty { cells.removeLast() }
        return cells
    }

    /// The offset of the first `|` or `\` at or after `offset`, or `row.count`.
    private static func nextBarOrBackslash(_ row: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        let bar = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\")
        var index = offset
        while index + 8 <= row.count {
            let word = ByteWords.word(row, at: index)
            let found = ByteWords.equalBytes(word, bar) | ByteWords.equalBytes(word, backslash)
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < row.count, row[index] != bar, row[index] != backslash { index += 1 }
        return index
    }

    private static func characterCells(_ row: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in row {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        cells.append(current)
        return cells
    }
}

private extension String {
    var trimmingLeadingSpaces: String {
        guard first == " " else { return self }
        return String(drop { $0 == " " })
    }
}
