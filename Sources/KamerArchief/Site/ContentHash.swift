/// A 64-bit FNV-1a hash, for telling whether inputs changed (not for security).
public struct ContentHash: Sendable, Hashable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        value ^= 0xff
        value &*= 0x100_0000_01b3
    }

    public mutating func combine(_ text: String) { combine(bytes: text.utf8) }

    public mutating func combine(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { combine(bytes: $0) }
    }

    public static func of(_ text: String) -> UInt64 {
        var hash = ContentHash()
        hash.combine(text)
        return hash.value
    }
}
