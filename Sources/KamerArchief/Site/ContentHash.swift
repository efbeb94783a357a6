/// A 64-bit hash for telling whether inputs changed (not for security): eight bytes a step, a
/// multiply and a shift, then the bytes left over; each input ends with its length, so that
/// ("ab", "c") and ("a", "bc") differ. Every source file, every render job's key and every data
/// file goes through it, so it is built for speed; it replaced FNV-1a, which took a byte a step.
public struct ContentHash: Sendable, Hashable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ combine(buffer: UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { combine(buffer: $0) }
        }
    }

    /// The same for bytes in place, without the generic look for contiguous storage: the
    /// search terms are hashed one per word of the text.
    mutating func combine(_ bytes: UnsafeBufferPointer<UInt8>) {
        combine(buffer: UnsafeRawBufferPointer(bytes))
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(buffer: UnsafeRawBufferPointer($0)) }
    }

    public mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine(buffer: $0) }
    }

    public static func of(_ text: String) -> UInt64 {
        var hash = ContentHash()
        hash.combine(text)
        return hash.value
    }

    @inline(__always)
    private mutating func combine(buffer: UnsafeRawBufferPointer) {
        let words = buffer.count / 8
        for index in 0..<words {
            mix(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)))
        }
        // The last 0 to 7 bytes, little-endian, as one more word: read one by one, not copied with
        // a call to `memcpy` (search terms, hashed once per word of the text, are mostly shorter
        // than eight bytes).
        var tail: UInt64 = 0, shift: UInt64 = 0
        for index in (words * 8)..<buffer.count {
            tail |= UInt64(buffer[index]) << shift
            shift += 8
        }
        mix(tail)
        mix(UInt64(buffer.count))
    }

    private mutating func mix(_ word: UInt64) {
        value = Self.scrambled(value ^ word)
    }

    /// The step `mix` takes on a word: a multiplication and a shift, so that every bit moves.
    @inline(__always)
    static func scrambled(_ word: UInt64) -> UInt64 {
        let value = word &* 0x9E37_79B9_7F4A_7C15
        return value ^ value >> 29
    }
}
