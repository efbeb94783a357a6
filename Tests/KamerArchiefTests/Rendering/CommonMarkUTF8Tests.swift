import Testing
@testable import KamerArchief

@Suite("libcmark's UTF-8 check, asked for only where the bytes are not well formed")
struct CommonMarkUTF8Tests {
    static func wellFormed(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { CommonMark.isWellFormedUTF8($0) }
    }

    @Test("well-formed UTF-8 as the standard (and libcmark's check) has it", arguments: [
        ([0x41], true), ([0xC3, 0xA9], true), ([0xE2, 0x80, 0x94], true), ([0xF0, 0x9F, 0x94, 0x8B], true),
        ([0xEF, 0xBF, 0xBF], true), ([0xF4, 0x8F, 0xBF, 0xBF], true),
        ([0x80], false), ([0xC0, 0xAF], false), ([0xC1, 0xBF], false), ([0xC3], false), ([0xC3, 0x41], false),
        ([0xE0, 0x9F, 0xBF], false), ([0xED, 0xA0, 0x80], false), ([0xF0, 0x8F, 0xBF, 0xBF], false),
        ([0xF4, 0x90, 0x80, 0x80], false), ([0xF5, 0x80, 0x80, 0x80], false), ([0xFF], false), ([0xE2, 0x80], false),
    ] as [([UInt8], Bool)])
    func cases(bytes: [UInt8], expected: Bool) {
        // At the end, and after sixteen ASCII bytes that are passed over at once.
        #expect(Self.wellFormed(bytes) == expected)
        #expect(Self.wellFormed(Array("0123456789abcdef-".utf8) + bytes + Array(" en verder".utf8)) == expected)
    }

    @Test("the same answer as Swift's own check, on random bytes")
    func randomBytes() {
        var generator = SystemRandomNumberGenerator()
        var wellFormed = 0
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<count).map { _ -> UInt8 in
                // Mostly ASCII, with leads and continuations of every length among it.
                let pick = Int.random(in: 0..<10, using: &generator)
                return pick < 6 ? UInt8.random(in: 0x20...0x7E, using: &generator) : UInt8.random(in: 0x80...0xFF, using: &generator)
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(Self.wellFormed(bytes) == expected, "\(bytes)")
            if expected { wellFormed += 1 }
        }
        #expect(wellFormed > 100)
    }

    @Test("bytes that are not well formed still get libcmark's check, and render replaced")
    func badBytesReplaced() {
        let bad: [UInt8] = Array("Tekst ".utf8) + [0xC3, 0x28] + Array(" en meer\n".utf8)
        #expect(bad.withUnsafeBufferPointer { CommonMark.parseOptions(for: $0) } == CommonMark.options)
        let good = Array("Tekst \u{E9}\u{E9}n\n".utf8)
        #expect(good.withUnsafeBufferPointer { CommonMark.parseOptions(for: $0) } != CommonMark.options)
        let html = String(decoding: CommonMark.renderUTF8(bad, links: LinkTable()), as: UTF8.self)
        #expect(html == "<p>Tekst \u{FFFD}( en meer</p>\n")
    }
}
