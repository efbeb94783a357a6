import Glibc

/// Eight bytes at a time: tests on a `UInt64` word of UTF-8 that tell whether any of its bytes is
/// below a limit, equal to a value or beyond ASCII, for scans that skip plain text by the word.
///
/// `(w - n·0x01…) & ~w & 0x80…` is nonzero exactly when some byte of `w` is below `n` (for `n`
/// up to 0x80), and a byte equal to `c` is a byte below 1 in `w ^ c·0x01…`.
enum ByteWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` (which must leave eight in `bytes`), first byte lowest.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self))
    }

    /// The eight bytes at `offset` of an array (which must leave eight), first byte lowest.
    @inline(__always)
    static func word(_ bytes: [UInt8], at offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) })
    }

    /// The offset of the first byte beyond ASCII at or after `offset`, or `bytes.count`: plain
    /// ASCII is skipped eight bytes at a time.
    static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int = 0) -> Int {
        var index = offset
        while index + 8 <= bytes.count, word(bytes, at: index) & highs == 0 { index += 8 }
        while index < bytes.count, bytes[index] < 0x80 { index += 1 }
        return index
    }

    /// The offset of the first ASCII digit at or after `offset`, or `bytes.count`: bytes without
    /// one are skipped sixteen at a time, then eight.
    static func firstASCIIDigit(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        var index = offset
        while index + 16 <= bytes.count,
            !ByteVectors.any(ByteVectors.within(ByteVectors.vector(bytes, at: index), UInt8(ascii: "0"), UInt8(ascii: "9")))
        {
            index += 16
        }
        while index + 8 <= bytes.count, digits(word(bytes, at: index)) == 0 { index += 8 }
        while index < bytes.count, bytes[index] &- UInt8(ascii: "0") >= 10 { index += 1 }
        return index
    }

    /// The high bit of each byte of `word` that is an ASCII digit, and no other bit: a byte above
    /// 0x2F (`+ 0x50` carries into its high bit) and below 0x3A (`0xB9 -` keeps its high bit set),
    /// each computed on the low seven bits alone so that no byte carries into the next, and no
    /// byte beyond ASCII.
    @inline(__always)
    static func digits(_ word: UInt64) -> UInt64 {
        let low = word & (ones &* 0x7F)
        return (ones &* (0x7F + 0x3A) &- low) & (low &+ ones &* (0x7F - 0x2F)) & ~word & highs
    }

    /// The offset of the first `byte` in `bytes[from..<to]`, or nil: `memchr` reads many bytes at
    /// a time.
    static func first(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let base = bytes.baseAddress, let found = memchr(base + from, Int32(byte), to - from) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The Unicode scalars of the well-formed UTF-8 `bytes[from..<to]`: its bytes less its
    /// continuation bytes (`10xxxxxx`: the high bit set, the next one clear), eight bytes at a time.
    /// Counting stops once it passes `limit`, for a caller that only asks whether the range is that
    /// long; such a count is at most `limit + 8`.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, stoppingPast limit: Int = .max) -> Int {
        var count = 0, index = from
        while index + 8 <= to {
            let word = word(bytes, at: index)
            count += 8 - highBitCount(word & ~(word << 1) & highs)
            if count > limit { return count }
            index += 8
        }
        while index < to, count <= limit {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// Whether `needle` occurs in `bytes` (`firstMatch`).
    static func contains(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        needle.withUTF8Buffer { firstMatch(of: $0, in: bytes, from: 0) != nil }
    }

    /// Where `needle` first occurs in `haystack` at or after `start`, or nil: only the places of its
    /// first byte, found with `memchr`, are compared.
    static func firstMatch(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress else { return nil }
        var index = start
        while haystack.count - index >= needle.count,
              let found = memchr(base + index, Int32(first), haystack.count - needle.count + 1 - index) {
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + index, needle.baseAddress!, needle.count) == 0 { return index }
            index += 1
        }
        return nil
    }

    /// Nonzero when some byte of `word` is below `limit`.
    @inline(__always)
    static func below(_ word: UInt64, _ limit: UInt64) -> UInt64 { (word &- ones &* limit) & ~word & highs }

    /// The high bit of each byte of `word` that is an ASCII letter, and no other bit. For the
    /// seven low bits `x` of a byte, folded to lower case, `x + (0x80 - 0x61)` reaches the high bit
    /// when `x ≥ 0x61` and `x + 5` when `x > 0x7A`, without a carry into the next byte.
    @inline(__always)
    static func asciiLetters(_ word: UInt64) -> UInt64 {
        let folded = word & ~highs | ones &* 0x20
        return (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* 5) & ~word & highs
    }

    /// The high bit of each byte of `word` that is `byte`, and no other bit: exact for every byte,
    /// as no sum carries from one byte into the next (`has` is exact only as zero or not).
    @inline(__always)
    static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let other = word ^ (ones &* UInt64(byte))
        return ~(((other & ~highs) &+ ~highs) | other) & highs
    }

    /// The set bits of `word`, which holds no bit but the high bits of bytes (as the tests here
    /// give them): its bytes shifted down to 0 or 1 and summed into the top byte by one
    /// multiplication. `nonzeroBitCount` is a dozen instructions of bit counting on the x86-64
    /// baseline, which has no `popcnt`.
    @inline(__always)
    static func highBitCount(_ word: UInt64) -> Int { Int(truncatingIfNeeded: ((word >> 7) &* ones) >> 56) }

    /// Nonzero when some byte of `word` is `byte`.
    @inline(__always)
    static func has(_ word: UInt64, _ byte: UInt8) -> UInt64 { below(word ^ (ones &* UInt64(byte)), 1) }
}

extension Array where Element == UInt8 {
    /// `value`'s digits, as `String(value)` writes them, without making the string: for the
    /// numbers of JSON files and of search postings. Numbers below 1,000 (most entry numbers) are
    /// appended digit by digit; any other gets its room first and is written into it from its
    /// last digit (`String.writeDecimal`): appending the digits from the last and reversing them
    /// afterwards made it several times slower (a search postings hot path).
    @inline(__always)
    mutating func appendDecimal(_ value: Int) {
        if value >= 0, value < 1000 {
            if value >= 100 { append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 100)) }
            if value >= 10 { append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10 % 10)) }
            append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
            return
        }
        let start = count
        append(contentsOf: repeatElement(0, count: String.decimalCount(value)))
        withUnsafeMutableBufferPointer { _ = String.writeDecimal(value, into: $0, at: start) }
    }
}
