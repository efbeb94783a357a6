extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without a table look-up for ASCII, which is nearly all
    /// of the text; the parsers ask this for every scalar, and the look-up dominated their profile.
    @inline(__always) var isFastWhitespace: Bool {
        value < 0x80 ? (value == 0x20 || (0x09...0x0D).contains(value)) : properties.isWhitespace
    }

    /// `properties.isAlphabetic` with an ASCII fast path.
    @inline(__always) var isFastAlphabetic: Bool {
        value < 0x80 ? ((0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)) : properties.isAlphabetic
    }

    /// `properties.isUppercase` with an ASCII fast path.
    @inline(__always) var isFastUppercase: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : properties.isUppercase
    }

    /// `properties.isLowercase` with an ASCII fast path.
    @inline(__always) var isFastLowercase: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : properties.isLowercase
    }

    /// How many bytes the UTF-8 sequence that starts with `lead` has.
    @inline(__always) static func utf8Width(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : (lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2))
    }

    /// The scalar of a UTF-8 sequence from a `String` (so well formed): `lead`, then its
    /// continuation bytes, each asked of `next`.
    @inline(__always) static func decoding(lead: UInt8, next: () -> UInt8) -> Unicode.Scalar {
        let width = utf8Width(lead: lead)
        guard width > 1 else { return Unicode.Scalar(lead) }
        var value = UInt32(lead) & (0xFF >> UInt32(width + 1))
        for _ in 1..<width { value = value << 6 | UInt32(next() & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}

extension String {
    /// `parts` one after another, written into one allocation: an interpolation grows its string
    /// as it goes, a few times over for a path to a document's page, and every link to one makes it.
    init(joining parts: String...) {
        var count = 0
        for part in parts { count += part.utf8.count }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for var part in parts {
                part.withUTF8 { bytes in
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[at...]).initialize(from: bytes)
                    at += bytes.count
                }
            }
            return at
        }
    }

    /// `prefix` then `number` as `String(number)` writes it, at once and at its exact length (up
    /// to fifteen bytes are kept in the string itself, with no allocation): for the anchors and
    /// link forms made for every paragraph and note, where an interpolation went through the
    /// number's `description` and appended the parts.
    init(_ prefix: StaticString, _ number: Int) {
        let count = prefix.utf8CodeUnitCount
        self.init(unsafeUninitializedCapacity: count + String.decimalCount(number)) { buffer in
            buffer.baseAddress!.initialize(from: prefix.utf8Start, count: count)
            return String.writeDecimal(number, into: buffer, at: count)
        }
    }

    /// How many bytes `String(number)` has: its digits, and a sign when negative.
    static func decimalCount(_ number: Int) -> Int {
        var rest = number.magnitude, count = number < 0 ? 2 : 1
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    /// Writes `number` as `String(number)` writes it at `offset`; returns the offset after it.
    /// `buffer` must have room for `decimalCount(number)` bytes there.
    static func writeDecimal(_ number: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Int {
        let end = offset + decimalCount(number)
        var rest = number.magnitude, position = end
        repeat {
            position -= 1
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest > 0
        if number < 0 { buffer[offset] = UInt8(ascii: "-") }
        return end
    }

    /// The string of `scalars`, encoded straight into UTF-8. `String(String.UnicodeScalarView(s))`
    /// appends one scalar at a time through generic code with a type look-up per call, and in the
    /// readers and renderers, which cut text by scalar offsets, that was a sixth of a build's time.
    init<Scalars: Collection<Unicode.Scalar>>(scalars: Scalars) {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var at = 0
            for scalar in scalars { at = String.encode(scalar, into: buffer, at: at) }
            return at
        }
    }

    /// Writes the UTF-8 of `scalar` into `buffer` at `at`; returns the offset after it.
    @inline(__always)
    static func encode(_ scalar: Unicode.Scalar, into buffer: UnsafeMutableBufferPointer<UInt8>, at: Int) -> Int {
        let value = scalar.value
        switch value {
        case ..<0x80:
            buffer[at] = UInt8(value)
            return at + 1
        case ..<0x800:
            buffer[at] = UInt8(0xC0 | value >> 6)
            buffer[at + 1] = UInt8(0x80 | value & 0x3F)
            return at + 2
        case ..<0x10000:
            buffer[at] = UInt8(0xE0 | value >> 12)
            buffer[at + 1] = UInt8(0x80 | value >> 6 & 0x3F)
            buffer[at + 2] = UInt8(0x80 | value & 0x3F)
            return at + 3
        default:
            buffer[at] = UInt8(0xF0 | value >> 18)
            buffer[at + 1] = UInt8(0x80 | value >> 12 & 0x3F)
            buffer[at + 2] = UInt8(0x80 | value >> 6 & 0x3F)
            buffer[at + 3] = UInt8(0x80 | value & 0x3F)
            return at + 4
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded from its UTF-8 bytes in one pass. `Array(text.unicodeScalars)`
    /// walks the text twice through the generic scalar iterator, once to count and once to copy.
    init(scalarsOf text: some StringProtocol) {
        var copy = String(text)
        self = copy.withUTF8 { Self(utf8: $0) }
    }

    /// The scalars of well-formed UTF-8.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        let count = LocatedText.scalarCount(bytes)
        self.init(unsafeUninitializedCapacity: count) { scalars, initialized in
            var index = 0
            while index < bytes.count, initialized < count {
                let lead = bytes[index]
                index += 1
                if lead < 0x80 {
                    scalars[initialized] = Unicode.Scalar(lead)
                } else {
                    scalars[initialized] = Unicode.Scalar.decoding(lead: lead) {
                        defer { index += 1 }
                        return index < bytes.count ? bytes[index] : 0x80
                    }
                }
                initialized += 1
            }
        }
    }
}

extension Unicode.Scalar {
    /// Whether Foundation's `CharacterSet.whitespaces` holds the scalar: a tab, a space separator
    /// (general category Zs) or the zero width space, without a table look-up for ASCII.
    @inline(__always) var isHorizontalWhitespace: Bool {
        value < 0x80 ? (value == 0x20 || value == 0x09) : (value == 0x200B || properties.generalCategory == .spaceSeparator)
    }
}

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)` without Foundation, which bridges every string to
    /// UTF-16 to trim it: tabs and space separators off both ends, scalar by scalar.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].isHorizontalWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].isHorizontalWhitespace { end = scalars.index(before: end) }
        return String(self[start..<end])
    }
}

extension StringProtocol {
    /// The text without the Characters of `characters` at either end (a short list, such as `",;:()"`).
    func trimmingCharacters(in characters: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, characters.contains(first) { slice.removeFirst() }
        while let last = slice.last, characters.contains(last) { slice.removeLast() }
        return String(slice)
    }
}

extension StringProtocol {
    /// The last word (as splitting the text at spaces gives it), lowercased; "" when there is none.
    /// Read back from the end instead of splitting the whole text.
    ///
    /// Read on the bytes when the word, the spaces after it, the space before it and the byte
    /// before that are ASCII: each byte is then a Character of its own. Beyond ASCII a space may
    /// join a mark around it into one Character that is no space, so Characters decide.
    var lastWordLowercased: String {
        let onBytes = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 {
                guard bytes[start - 1] < 0x80 else { return nil }
                start -= 1
            }
            // A prepended mark before the space (U+0600 …) would join it too.
            if start >= 2, bytes[start - 2] >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: end - start) { word in
                for offset in start..<end {
                    let byte = bytes[offset]
                    word[offset - start] = CharacterBytes.lowercasedASCII(byte)
                }
                return end - start
            }
        }
        if let onBytes, let onBytes { return onBytes }
        return String(reversed().drop { $0 == " " }.prefix { $0 != " " }.reversed()).lowercased()
    }
}

/// The scalars of a text of ASCII, read on its bytes: each byte is a scalar.
struct ASCIIScalars: RandomAccessCollection {
    let bytes: UnsafeBufferPointer<UInt8>
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }
    subscript(position: Int) -> Unicode.Scalar { Unicode.Scalar(bytes[position]) }
}

/// The scalars of well-formed UTF-8, read on its bytes: an index is the byte offset where a scalar
/// starts, and a scalar is decoded where it is read. For a text with scalars beyond ASCII, which
/// `ASCIIScalars` cannot read, without copying it into `[Unicode.Scalar]` first.
struct UTF8Scalars: BidirectionalCollection {
    let bytes: UnsafeBufferPointer<UInt8>
    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }

    subscript(position: Int) -> Unicode.Scalar {
        var at = position
        return Unicode.Scalar.decoding(lead: bytes[position]) {
            at += 1
            return at < bytes.count ? bytes[at] : 0x80
        }
    }

    func index(after index: Int) -> Int {
        index + Unicode.Scalar.utf8Width(lead: bytes[index])
    }

    func index(before index: Int) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// The scalar offset of each of `offsets`, byte offsets of scalar starts in nondecreasing order:
    /// the scalars between one and the next counted eight bytes at a time.
    func scalarOffsets(_ offsets: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(offsets.count)
        var byte = 0, scalars = 0
        for offset in offsets {
            if offset > byte {
                scalars += ByteWords.scalarCount(bytes, from: byte, to: offset)
                byte = offset
            }
            result.append(scalars)
        }
        return result
    }
}
