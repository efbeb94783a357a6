import Testing
@testable import KamerArchief

@Suite("Content hash")
struct ContentHashTests {
    /// The hash as specified: eight bytes at a time, little-endian, then the rest as one word
    /// with byte i at bits 8i, then the length.
    static func reference(_ bytes: [UInt8]) -> UInt64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ word: UInt64) {
            value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
            value ^= value >> 29
        }
        var index = 0
        while index + 8 <= bytes.count {
            mix((0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[index + $1]) << (8 * UInt64($1)) })
            index += 8
        }
        mix(bytes[index...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) })
        mix(UInt64(bytes.count))
        return value
    }

    @Test("every length from 0 to 40 bytes hashes as the byte-by-byte reference, so cache keys keep their values")
    func matchesReference() {
        var generator = SeededGenerator(seed: 3)
        for length in 0...40 {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                var hash = ContentHash()
                hash.combine(bytes: bytes)
                #expect(hash.value == Self.reference(bytes), "\(length) bytes")
            }
        }
        #expect(ContentHash.of("21501-30") == Self.reference(Array("21501-30".utf8)))
    }
}
