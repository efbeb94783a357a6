import Testing
@testable import KamerArchief

@Suite("Content hash")
struct ContentHashTests {
    /// The hash as specified: from 64 bytes on, the whole 32-byte blocks as four lanes (lane i
    /// starting as the hash xor i, taking the block's word i), the lanes mixed in after them in
    /// order; then the words left eight bytes at a time, little-endian, then the rest as one word
    /// with byte i at bits 8i, then the length.
    static func reference(_ bytes: [UInt8]) -> UInt64 {
        func scrambled(_ word: UInt64) -> UInt64 {
            let value = word &* 0x9E37_79B9_7F4A_7C15
            return value ^ value >> 29
        }
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ word: UInt64) { value = scrambled(value ^ word) }
        func word(at index: Int) -> UInt64 { (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[index + $1]) << (8 * UInt64($1)) } }
        var index = 0
        if bytes.count >= 64 {
            var lanes = (0..<4).map { value ^ UInt64($0) }
            while index + 32 <= bytes.count {
                for lane in 0..<4 { lanes[lane] = scrambled(lanes[lane] ^ word(at: index + 8 * lane)) }
                index += 32
            }
            lanes.forEach(mix)
        }
        while index + 8 <= bytes.count {
            mix(word(at: index))
            index += 8
        }
        mix(bytes[index...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) })
        mix(UInt64(bytes.count))
        return value
    }

    @Test("every length from 0 to 40 bytes and around the lanes' threshold hashes as the byte-by-byte reference")
    func matchesReference() {
        var generator = SeededGenerator(seed: 3)
        for length in Array(0...40) + Array(56...136) + [1_000, 4_099] {
            for _ in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                var hash = ContentHash()
                hash.combine(bytes: bytes)
                #expect(hash.value == Self.reference(bytes), "\(length) bytes")
            }
        }
        #expect(ContentHash.of("21501-30") == Self.reference(Array("21501-30".utf8)))
    }

    @Test("the lanes tell apart inputs that differ only in which lane a word went to, or in one bit")
    func lanesKeepOrder() {
        let words = (0..<8).map { UInt64($0) &* 0x0101_0101_0101_0101 }
        func hash(_ words: [UInt64]) -> UInt64 {
            var hash = ContentHash()
            hash.combine(bytes: words.flatMap { word in (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * $0)) } })
            return hash.value
        }
        var swapped = words
        swapped.swapAt(0, 1)
        var flipped = words
        flipped[5] ^= 1 << 40
        let zeros = [UInt64](repeating: 0, count: 8)
        var lastZeroFlipped = zeros
        lastZeroFlipped[7] = 1
        #expect(Set([hash(words), hash(swapped), hash(flipped), hash(zeros), hash(lastZeroFlipped)]).count == 5)
    }
}
