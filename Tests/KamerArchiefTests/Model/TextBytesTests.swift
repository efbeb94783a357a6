import Foundation
import Testing
@testable import KamerArchief

@Suite("Text from scalars and escaping on bytes")
struct TextBytesTests {
    static let samples = [
        "", "batterij", "geïnformeerd € 296 miljoen", "ß and Straße", "日本語", "emoji 🔋 and 𝄞",
        "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "line\nend\ttab",
    ]

    @Test("eight bytes at a time, a byte counts as an ASCII digit or letter exactly when it is one, whatever its neighbours")
    func digitsEightAtATime() {
        var generator = SeededGenerator(seed: 9)
        var wrong: [(word: [UInt8], index: Int, test: String)] = []
        let tests: [(name: String, word: (UInt64) -> UInt64, byte: (UInt8) -> Bool)] = [
            ("digit", ByteWords.digits, { (0x30...0x39).contains($0) }),
            ("letter", ByteWords.asciiLetters, CharacterBytes.isASCIILetter),
        ]
        for byte in 0...255 {
            for position in 0..<8 {
                var bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
                bytes[position] = UInt8(byte)
                for test in tests {
                    let found = bytes.withUnsafeBufferPointer { test.word(ByteWords.word($0, at: 0)) }
                    for (index, value) in bytes.enumerated() where (found >> (8 * UInt64(index) + 7)) & 1 != (test.byte(value) ? 1 : 0) {
                        wrong.append((bytes, index, test.name))
                    }
                    #expect(found & ~ByteWords.highs == 0)
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
        // The scan finds the first digit from every offset of text with digits here and there,
        // and of text with long runs without one (passed over sixteen bytes at a time).
        let texts = [
            "geïnformeerd op 3 maart 20221, nr. 110.11 — €5,5 mld\u{0660}9",
            "De Tweede Kamer der Staten-Generaal heeft besloten/ (motie)9 en daarna — zonder cijfers — nog lang door: 2026",
        ]
        for text in texts.map({ Array($0.utf8) }) {
            text.withUnsafeBufferPointer { bytes in
                for offset in 0...bytes.count {
                    let expected = bytes[offset...].firstIndex { (0x30...0x39).contains($0) } ?? bytes.count
                    #expect(ByteWords.firstASCIIDigit(bytes, from: offset) == expected, "from \(offset)")
                }
            }
        }
    }

    @Test("sixteen bytes at a time, a lane is equal to, below or within bytes exactly when its byte is, and any and all read the lanes wherever they are")
    func vectorLanes() {
        var generator = SeededGenerator(seed: 16)
        var wrong: [(bytes: [UInt8], byte: UInt8)] = []
        for byte in 0...255 {
            for position in 0..<16 {
                var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
                bytes[position] = UInt8(byte)
                let vector = bytes.withUnsafeBufferPointer { ByteVectors.vector($0, at: 0) }
                let probe = UInt8.random(in: 0...255, using: &generator), high = UInt8.random(in: probe...255, using: &generator)
                let equal = ByteVectors.equal(vector, probe), below = ByteVectors.below(vector, probe)
                let within = ByteVectors.within(vector, probe, high)
                for (lane, value) in bytes.enumerated()
                where equal[lane] != (value == probe) || below[lane] != (value < probe) || within[lane] != (probe...high).contains(value) {
                    wrong.append((bytes, probe))
                }
                #expect(ByteVectors.all(within) == bytes.allSatisfy { (probe...high).contains($0) })
                #expect(ByteVectors.any(ByteVectors.equal(vector, UInt8(byte))))
                #expect(ByteVectors.any(equal) == bytes.contains(probe))
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
        #expect(!ByteVectors.any(ByteVectors.below(ByteVectors.Vector(repeating: 0x41), 0x41)))
    }

    @Test("highBitCount counts the high bits of a word's bytes as nonzeroBitCount does, for every set of bytes; scalarCount counts scalars")
    func highBitsCounted() {
        for pattern in 0...255 {
            var word: UInt64 = 0
            for byte in 0..<8 where pattern >> byte & 1 == 1 { word |= 0x80 << (8 * UInt64(byte)) }
            #expect(ByteWords.highBitCount(word) == word.nonzeroBitCount, "pattern \(pattern)")
        }
        for sample in Self.samples + [String(repeating: "geïnformeerd € 296 🔋 ", count: 5)] {
            let bytes = Array(sample.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let expected = String(decoding: bytes[start...], as: UTF8.self).unicodeScalars.count
                    // From a scalar's start only: a continuation byte first would be a scalar of its own.
                    guard start == bytes.count || bytes[start] & 0xC0 != 0x80 else { continue }
                    #expect(ByteWords.scalarCount(buffer, from: start, to: bytes.count) == expected, "\(sample) from \(start)")
                }
            }
        }
    }

    @Test("String(scalars:) gives the same string as the scalar view, for scalars of 1 to 4 UTF-8 bytes", arguments: samples)
    func scalars(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars).utf8.count == text.utf8.count)
        for cut in 0...scalars.count {
            #expect(String(scalars: scalars[cut...]) == String(String.UnicodeScalarView(scalars[cut...])))
        }
    }

    @Test("the text before each note reference is cut from the bytes as from the paragraph's scalars, offsets out of range included", arguments: samples)
    func textBeforeNoteRefs(text: String) {
        let scalars = Array(text.unicodeScalars)
        let offsets = Array(-1...(scalars.count + 1))
        let paragraph = Paragraph(
            text: text, location: SourceLocation(file: "a.txt", line: 1), noteRefs: offsets.map { NoteRef(footnote: 1, offset: $0, location: SourceLocation(file: "a.txt", line: 1)) })
        for count in [0, 1, 3, 40] {
            let expected = offsets.map { offset -> String in
                let end = min(max(offset, 0), scalars.count)
                return String(String.UnicodeScalarView(scalars[max(0, end - count)..<end]))
            }
            #expect(paragraph.textBeforeNoteRefs(count: count) == expected)
        }
    }

    @Test("escapeInline escapes every ASCII punctuation character and keeps other scalars byte for byte")
    func escaping() {
        #expect(MarkdownEscaping.escapeInline("a*b_c [x](y) <z> `q` #1 \\ | ~") == ##"a\*b\_c \[x\]\(y\) \<z\> \`q\` \#1 \\ \| \~"##)
        #expect(MarkdownEscaping.escapeInline("€ 296 miljoen, geïnformeerd; 🔋!") == #"€ 296 miljoen\, geïnformeerd\; 🔋\!"#)
        #expect(MarkdownEscaping.escapeInline("regel\neen\r\ttwee\u{0B}\u{0C}") == "regel een  twee  ")
        #expect(MarkdownEscaping.escapeInline("  leading") == "  leading")
        #expect(MarkdownEscaping.escape("  leading") == "leading")
        // Every ASCII byte on its own, against the rule as written.
        for byte in UInt8(0)..<0x80 {
            let expected = switch byte {
            case 0x09...0x0D: " "
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: "\\" + String(UnicodeScalar(byte))
            default: String(UnicodeScalar(byte))
            }
            #expect(MarkdownEscaping.escapeInline(String(UnicodeScalar(byte))) == expected, "\(byte)")
        }
    }

    @Test("escape and escapeInline, written straight into a string or appended to bytes, equal escaping byte by byte and trimming Characters")
    func escapingIntoStrings() {
        let pieces = [" ", "  ", "\t", "\n", "\r\n", "\u{301}", "a", "é", "*", ".", "\\", "Fiche 2:", "🔋", "日", "[x](y)", "e\u{301}"]
        var generator = SeededGenerator(seed: 14)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var bytes: [UInt8] = []
            MarkdownEscaping.appendEscaped(text.utf8, to: &bytes)
            let inline = String(decoding: bytes, as: UTF8.self)
            #expect(MarkdownEscaping.escapeInline(text) == inline, "\(text.debugDescription)")
            #expect(MarkdownEscaping.escape(text) == String(inline.drop { $0 == " " }), "\(text.debugDescription)")
            // A template value appended to a page's bytes, after what the page has so far.
            var page = Array("> ".utf8)
            MarkdownEscaping.appendEscaped(value: text, to: &page)
            #expect(page == Array(("> " + MarkdownEscaping.escape(text)).utf8), "\(text.debugDescription)")
        }
        #expect(MarkdownEscaping.escape(" \u{301}x") == " \u{301}x" && MarkdownEscaping.escape("\t x.") == #"x\."#)
    }

    @Test("escaping bytes in memory, written straight into room made for them, gives what escaping them one at a time gives, every byte value included")
    func escapingRuns() {
        /// Every byte by itself: the reference.
        func reference(_ bytes: [UInt8]) -> [UInt8] {
            bytes.flatMap { byte -> [UInt8] in
                switch byte {
                case 0x0A, 0x0D, 0x09, 0x0B, 0x0C: return [0x20]
                case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return [0x5C, byte]
                default: return [byte]
                }
            }
        }
        var generator = SeededGenerator(seed: 19)
        // Random bytes, and prose: mostly bytes that stay as they are, so that words of eight of
        // them go down at once, with a byte that changes at every place in a word.
        let prose = Array("abcdefghijklmnopqrstuvwxyzABZ0189 \u{E9}\u{20AC}".utf8) + [0x2E, 0x2C, 0x0A, 0x01, 0x7F, 0x5C]
        let inputs = [Array(0...255)] + (0..<300).map { _ in
            (0..<Int.random(in: 0..<60, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        } + (0..<600).map { _ in
            (0..<Int.random(in: 0..<80, using: &generator)).map { _ in
                Int.random(in: 0..<12, using: &generator) == 0 ? prose.suffix(6).randomElement(using: &generator)! : prose.dropLast(6).randomElement(using: &generator)!
            }
        }
        for bytes in inputs {
            // Appended after what is there already.
            var fromMemory: [UInt8] = [0x41], oneByOne: [UInt8] = [0x41]
            MarkdownEscaping.appendEscaped(bytes[...], to: &fromMemory)
            MarkdownEscaping.appendEscaped(AnySequence(bytes), to: &oneByOne)
            #expect(fromMemory == [0x41] + reference(bytes))
            #expect(oneByOne == [0x41] + reference(bytes))
        }
    }

    @Test("ASCII text is cut at scalar offsets as text with other scalars is")
    func scalarBytes() {
        let long = String(repeating: "é€a😀 ", count: 30)
        for text in Self.samples + ["plain ascii, longer than eight bytes", "ascii then é", "é then ascii text", long] {
            let source = ScalarBytes(text), scalars = Array(text.unicodeScalars)
            #expect(source.count == scalars.count)
            for from in 0...scalars.count {
                for to in from...scalars.count {
                    #expect(source.string(from, to) == String(String.UnicodeScalarView(scalars[from..<to])))
                }
            }
        }
    }

    @Test("long text of scalars of every width is cut at every scalar offset, across its 64-byte blocks, and byte offsets are counted back in scalars")
    func scalarBytesBlocks() {
        var generator = SeededGenerator(seed: 64)
        let widths: [Unicode.Scalar] = ["a", " ", "é", "€", "😀"]
        for _ in 0..<20 {
            let scalars = (0..<Int.random(in: 1...900, using: &generator)).map { _ in widths.randomElement(using: &generator)! }
            let text = String(String.UnicodeScalarView(scalars)), source = ScalarBytes(text)
            #expect(source.count == scalars.count)
            for offset in 0...scalars.count {
                #expect(source.string(offset, min(offset + 1, scalars.count)) == String(String.UnicodeScalarView(scalars[offset..<min(offset + 1, scalars.count)])))
                #expect(source.string(0, offset).unicodeScalars.count == offset)
            }
            // Byte offsets of scalar starts, some repeated, counted back in scalars.
            var starts = [0]
            for scalar in scalars { starts.append(starts.last! + UTF8.width(scalar)) }
            let picked = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int.random(in: 0...scalars.count, using: &generator) }.sorted()
            var copy = text
            let counted = copy.withUTF8 { UTF8Scalars(bytes: $0).scalarOffsets(picked.map { starts[$0] }) }
            #expect(counted == picked)
        }
    }

    @Test("Array(scalarsOf:) decodes the same scalars as the scalar view, from strings and substrings", arguments: samples)
    func decodedScalars(text: String) {
        #expect(Array(scalarsOf: text) == Array(text.unicodeScalars))
        for cut in 0...text.utf8.count {
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: cut)
            guard let start = index.samePosition(in: text.unicodeScalars) else { continue }
            #expect(Array(scalarsOf: text[start...]) == Array(text[start...].unicodeScalars))
        }
    }

    @Test("trimmingWhitespace trims what Foundation's CharacterSet.whitespaces trims, on random strings")
    func trimming() {
        let pieces = [
            " ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{202F}", "\n", "\r", "\u{0B}", "\u{200B}", "\u{301}",
            "a", "é", "Fiche 2:", "🔋", "日",
        ]
        let differing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
            $0.isHorizontalWhitespace != CharacterSet.whitespaces.contains($0)
        }
        #expect(differing.isEmpty)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...7, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
            #expect(text.dropFirst(0).trimmingWhitespace == text.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("String(joining:) writes its parts one after another, as + joins them")
    func joining() {
        let parts = ["", "documenten/", "één-fiche-🔋", "/pijler-", String(12), "", "-actie-", "Ψ".uppercased(), ".html"]
        #expect(String(joining: parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], parts[7], parts[8]) == parts.joined())
        #expect(String(joining: "", "") == "" && String(joining: "a") == "a")
        #expect(Permalinks.action("één", 3, 14) == "documenten/één/pijler-3-actie-14.html")
    }

    @Test("String(prefix, number) is the prefix and the number as String(number) writes it, short ones kept in the string")
    func prefixAndDecimal() {
        var generator = SeededGenerator(seed: 15)
        let numbers = [0, 1, 9, 10, 99, 100, 999_999, 1_000_000, -1, -9, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
            + (0..<500).map { _ in Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...63, using: &generator) }
        for number in numbers {
            #expect(String("p-", number) == "p-" + String(number))
            #expect(String("ka:html/", number) == "ka:html/" + String(number))
            #expect(String.decimalCount(number) == String(number).utf8.count)
        }
        #expect(String("", 7) == "7" && String("fnref-", 12) == "fnref-12")
    }

    @Test("String(decodingUTF8:) makes the string String(decoding:as:) makes, of mostly ASCII text and of ill-formed bytes")
    func decodingUTF8InPieces() {
        var generator = SeededGenerator(seed: 14)
        let pieces: [[UInt8]] = [
            Array("é".utf8), Array("↩︎".utf8), Array("€".utf8), Array("🔋".utf8), Array("\u{80}\u{10FFFF}".utf8),
            // Ill-formed: a lone continuation byte, sequences cut short, an overlong form, a
            // surrogate, bytes never in UTF-8.
            [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x94], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xFF], [0xFE, 0xF5],
        ]
        var mismatches = 0
        for round in 0..<400 {
            var bytes: [UInt8] = []
            let parts = Int.random(in: 0...12, using: &generator)
            for _ in 0..<parts {
                // ASCII runs around the piece length, so that runs fall on either side of it.
                let run = Int.random(in: 0...(2 * String.asciiPieceLength + 8), using: &generator)
                bytes += (0..<run).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }
                if round % 2 == 0 || Bool.random(using: &generator) {
                    bytes += pieces[Int.random(in: 0..<(round % 2 == 0 ? 5 : pieces.count), using: &generator)]
                }
            }
            let expected = String(decoding: bytes, as: UTF8.self)
            let made = String(decodingUTF8: bytes)
            if made != expected || !made.utf8.elementsEqual(expected.utf8) { mismatches += 1 }
        }
        #expect(mismatches == 0)
        // Long text with one scalar beyond ASCII: the pieces' path, not the whole's.
        let letter = Array((String(repeating: "Kamerbrief over de batterijstrategie. ", count: 40) + "geïnformeerd").utf8)
        #expect(String(decodingUTF8: letter) == String(decoding: letter, as: UTF8.self))
        #expect(String(decodingUTF8: [UInt8]()) == "")
    }
}
