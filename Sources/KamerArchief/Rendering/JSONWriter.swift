/// Compact JSON appended straight to bytes, for the data files a build writes by the thousand.
///
/// It writes what `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` writes, byte for
/// byte, without building a tree of boxed values and sorting every object's keys at run time:
/// callers write an object's keys in byte order of their names (the order `.sortedKeys` gives),
/// and `JSONWriterTests` checks both the escaping and the key order against `JSONEncoder`.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Indented, for people reading it in a terminal (not `JSONEncoder`'s layout).
    private let pretty: Bool
    /// Also safe as script text: in strings, `<` (so source text can never write `</script>` or
    /// `<!--`) and the line separators U+2028 and U+2029 (line ends in older JavaScript) become
    /// `\u` escapes, which read back as the same characters.
    private let scriptSafe: Bool
    /// How many objects and arrays are open.
    private var depth = 0
    /// A value was written at this level, so the next one needs a comma before it.
    private var needsComma = false
    /// A key was written, so the next value follows it on its line.
    private var afterKey = false

    init(pretty: Bool = false, scriptSafe: Bool = false, capacity: Int = 4096) {
        self.pretty = pretty
        self.scriptSafe = scriptSafe
        bytes.reserveCapacity(capacity)
    }

    /// The JSON with a final newline.
    var text: String { String(decoding: bytes + [UInt8(ascii: "\n")], as: UTF8.self) }

    /// The JSON's bytes with a final newline, taken out of the writer, which is left empty. (A
    /// copy with the newline appended copied the whole file: the writer still held the bytes.)
    mutating func finish() -> [UInt8] {
        var finished: [UInt8] = []
        swap(&finished, &bytes)
        finished.append(UInt8(ascii: "\n"))
        return finished
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array<S: Sequence>(_ items: S, _ each: (inout JSONWriter, S.Element) -> Void) {
        open(UInt8(ascii: "["))
        for item in items { each(&self, item) }
        close(UInt8(ascii: "]"))
    }

    /// An array whose values `body` writes.
    mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// An object's key; its value comes next.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    /// A string, or null; without its first `count` bytes (which leave whole scalars) when asked.
    mutating func string(_ value: String?, droppingFirst count: Int = 0) {
        separate()
        if var value { value.withUTF8 { appendQuoted(UnsafeBufferPointer(rebasing: $0[count...])) } } else { appendNull() }
        needsComma = true
    }

    mutating func int(_ value: Int?) {
        separate()
        if let value { bytes.appendDecimal(value) } else { appendNull() }
        needsComma = true
    }

    /// Text around the JSON, copied as it is: the script a search chunk's JSON is assigned in.
    mutating func append(raw text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}

extension JSONWriter {
    mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    /// `key` and a string (or null).
    mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    /// `key` and a number (or null).
    mutating func field(_ name: StaticString, _ value: Int?) {
        key(name)
        int(value)
    }

    /// `key` and a list of strings.
    mutating func field(_ name: StaticString, _ values: [String]) {
        key(name)
        strings(values)
    }
}

private extension JSONWriter {
    static let hexDigits = Array("0123456789abcdef".utf8)

    /// What goes before a key or a value: nothing right after a key, else a comma after an
    /// earlier value (and when pretty, a new line indented to the depth).
    mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        if pretty && depth > 0 { newLine() }
    }

    mutating func newLine() {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    mutating func open(_ bracket: UInt8) {
        separate()
        bytes.append(bracket)
        depth += 1
        needsComma = false
    }

    mutating func close(_ bracket: UInt8) {
        depth -= 1
        // Not empty: the bracket goes on its own line.
        if pretty && needsComma { newLine() }
        bytes.append(bracket)
        needsComma = true
    }

    mutating func appendNull() {
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    /// A string in quotes: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`
    /// escapes, and when `scriptSafe`, `<`, U+2028 and U+2029 as `\u` escapes; everything else
    /// (slashes, non-ASCII) as it is. Runs without escapes are copied whole.
    mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var start = 0
        var index = 0
        while index < utf8.count {
            // Plain text between escapes is skipped sixteen bytes at a time while none of them may
            // need one, then eight at a time up to the first that may; most strings (ids, paths,
            // titles) are then copied whole at the end.
            while index + 16 <= utf8.count, !Self.hasSpecialBytes(ByteVectors.vector(utf8, at: index), scriptSafe: scriptSafe) {
                index += 16
            }
            guard index < utf8.count else { break }
            if index + 8 <= utf8.count {
                let special = Self.specialBytes(ByteWords.word(utf8, at: index), scriptSafe: scriptSafe)
                guard special != 0 else {
                    index += 8
                    continue
                }
                index += special.trailingZeroBitCount / 8
            }
            let byte = utf8[index]
            // Nil for a control character without a short escape: `\u00XX`.
            let escape: StaticString?
            var width = 1
            switch byte {
            case UInt8(ascii: "\""): escape = #"\""#
            case UInt8(ascii: "\\"): escape = #"\\"#
            case 0x08: escape = #"\b"#
            case 0x09: escape = #"\t"#
            case 0x0A: escape = #"\n"#
            case 0x0C: escape = #"\f"#
            case 0x0D: escape = #"\r"#
            case ..<0x20: escape = nil
            case UInt8(ascii: "<") where scriptSafe: escape = #"\u003c"#
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            case 0xE2 where scriptSafe && index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escape = utf8[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#
                width = 3
            default:
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
            if let escape {
                escape.withUTF8Buffer { bytes.append(contentsOf: $0) }
            } else {
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
            }
            index += width
            start = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        bytes.append(UInt8(ascii: "\""))
    }
}

extension JSONWriter {
    /// Whether any of the sixteen bytes of `vector` is one `specialBytes` looks for.
    @inline(__always)
    static func hasSpecialBytes(_ vector: ByteVectors.Vector, scriptSafe: Bool) -> Bool {
        var found = ByteVectors.below(vector, 0x20) .| ByteVectors.equal(vector, 0x22) .| ByteVectors.equal(vector, 0x5C)
        if scriptSafe { found = found .| ByteVectors.equal(vector, 0x3C) .| ByteVectors.equal(vector, 0xE2) }
        return ByteVectors.any(found)
    }

    /// The high bit of the first byte of `word` that `appendQuoted` looks for (a control
    /// character, a quote or a backslash, or, when `scriptSafe`, a `<` or the first byte of U+2028
    /// or U+2029), and possibly of bytes after it; zero when there is none. Only a byte after one
    /// that is looked for can be marked wrongly (`ByteWords.below` borrows upwards), so the lowest
    /// mark is exact.
    @inline(__always)
    static func specialBytes(_ word: UInt64, scriptSafe: Bool) -> UInt64 {
        var found = ByteWords.below(word, 0x20) | ByteWords.has(word, 0x22) | ByteWords.has(word, 0x5C)
        if scriptSafe { found |= ByteWords.has(word, 0x3C) | ByteWords.has(word, 0xE2) }
        return found
    }
}
