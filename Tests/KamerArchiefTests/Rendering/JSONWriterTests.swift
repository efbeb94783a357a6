import Foundation
import Testing
@testable import KamerArchief

/// `JSONWriter` must write what `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes`
/// wrote before it (the data files are a documented contract): the same escapes, and every
/// object's keys in the encoder's order.
@Suite("JSON writer")
struct JSONWriterTests {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func written(_ strings: [String]) -> String {
        var json = JSONWriter()
        json.strings(strings)
        return String(decoding: json.bytes, as: UTF8.self)
    }

    static func encoded<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Random texts of `plain` pieces of each length in `lengths`, each as it is and with one
    /// `special` piece at every position.
    static func oneSpecialAnywhere(plain: [String], special: [String], lengths: Range<Int>, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        var strings: [String] = []
        for length in lengths {
            let text = (0..<length).map { _ in plain.randomElement(using: &generator)! }
            strings.append(text.joined())
            for position in 0...length {
                var withSpecial = text
                withSpecial.insert(special.randomElement(using: &generator)!, at: position)
                strings.append(withSpecial.joined())
            }
        }
        return strings
    }

    @Test("every ASCII character, quotes, backslashes, slashes and non-ASCII text are escaped as JSONEncoder escapes them")
    func escapes() throws {
        let ascii = String(String.UnicodeScalarView((0..<0x80).map { Unicode.Scalar(UInt8($0)) }))
        let strings = [ascii, "", "a/b\\c\"d", "é ß € \u{2028}\u{2029} 😀 \u{FEFF}\u{7F}", "\r\n\t\u{0}tail"]
        #expect(Self.written(strings) == (try Self.encoded(strings)))
    }

    @Test("random strings of quotes, control characters and Unicode match JSONEncoder's output")
    func randomStrings() throws {
        var generator = SeededGenerator(seed: 7)
        let pieces: [String] = ["\"", "\\", "/", "\n", "\u{1}", "\u{1F}", "a", "Z", " ", "é", "€", "😀", "\u{2028}", "<", "\u{7F}"]
        let strings = (0..<500).map { _ in
            String((0..<Int.random(in: 0..<40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        #expect(Self.written(strings) == (try Self.encoded(strings)))
    }

    @Test("one character to escape anywhere in plain text, whose bytes are checked sixteen and eight at a time, is escaped")
    func oneEscapeInPlainText() throws {
        // Around the limits of the check: space and `!` beside the control characters, `[` and `]` beside the backslash.
        let plain: [String] = ["a", "Z", " ", "!", "#", "[", "]", "/", "~", "é", "€", "😀", "\u{7F}", "\u{80}"]
        let special: [String] = ["\"", "\\", "\u{0}", "\n", "\u{1F}", "\t"]
        let strings = Self.oneSpecialAnywhere(plain: plain, special: special, lengths: 0..<40, seed: 11)
        #expect(strings.contains { $0.utf8.count >= 32 })
        #expect(Self.written(strings) == (try Self.encoded(strings)))
    }

    @Test("script-safe JSON is JSONEncoder's with <, U+2028 and U+2029 escaped, at every position around the sixteen- and eight-byte checks")
    func scriptSafeStrings() throws {
        // U+2027, U+202A, … (E2 80 A6) and € (E2 82 AC) share the lead byte of U+2028 and U+2029.
        let plain: [String] = ["a", "Z", " ", ";", "=", "é", "€", "…", "\u{2027}", "\u{202A}", "😀", "\"", "\\", "\n", "\u{1}"]
        let special: [String] = ["<", "\u{2028}", "\u{2029}", "</script>", "<!--"]
        let strings = Self.oneSpecialAnywhere(plain: plain, special: special, lengths: 0..<40, seed: 13)
        #expect(strings.contains { $0.utf8.count >= 32 })
        var json = JSONWriter(scriptSafe: true)
        json.strings(strings)
        let written = String(decoding: json.bytes, as: UTF8.self)
        let expected = try Self.encoded(strings).replacingOccurrences(of: "<", with: #"\u003c"#)
            .replacingOccurrences(of: "\u{2028}", with: #"\u2028"#).replacingOccurrences(of: "\u{2029}", with: #"\u2029"#)
        #expect(written == expected)
        #expect(!written.contains("<") && !written.contains("\u{2028}") && !written.contains("\u{2029}"))
        // It reads back as the same strings.
        #expect(try JSONDecoder().decode([String].self, from: Data(written.utf8)) == strings)
    }

    @Test("script-safe random strings with several characters to escape in one eight-byte word match JSONEncoder's, escaped")
    func scriptSafeRandomStrings() throws {
        var generator = SeededGenerator(seed: 15)
        let pieces: [String] = ["<", "\u{2028}", "\u{2029}", "…", "€", "\"", "\\", "\n", "\u{1}", "a", "Z", " ", "é", "plain"]
        let strings = (0..<1_000).map { _ in
            (0..<Int.random(in: 0..<40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
        var json = JSONWriter(scriptSafe: true)
        json.strings(strings)
        let expected = try Self.encoded(strings).replacingOccurrences(of: "<", with: #"\u003c"#)
            .replacingOccurrences(of: "\u{2028}", with: #"\u2028"#).replacingOccurrences(of: "\u{2029}", with: #"\u2029"#)
        #expect(String(decoding: json.bytes, as: UTF8.self) == expected)
    }

    @Test("eight bytes at a time, the lowest byte marked is the first that needs an escape, whatever its neighbours")
    func specialBytesOfWords() {
        var generator = SeededGenerator(seed: 17)
        var wrong: [(word: [UInt8], scriptSafe: Bool)] = []
        for scriptSafe in [false, true] {
            func needsEscape(_ byte: UInt8) -> Bool {
                byte < 0x20 || byte == 0x22 || byte == 0x5C || (scriptSafe && (byte == 0x3C || byte == 0xE2))
            }
            for byte in 0...255 {
                for position in 0..<8 {
                    for _ in 0..<4 {
                        var bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
                        bytes[position] = UInt8(byte)
                        let found = bytes.withUnsafeBufferPointer { JSONWriter.specialBytes(ByteWords.word($0, at: 0), scriptSafe: scriptSafe) }
                        let expected = bytes.firstIndex(where: needsEscape)
                        if (found == 0 ? nil : found.trailingZeroBitCount / 8) != expected || found & ~ByteWords.highs != 0 {
                            wrong.append((bytes, scriptSafe))
                        }
                    }
                }
            }
        }
        #expect(wrong.count == 0, "first: \(wrong.prefix(3))")
    }

    @Test("objects, arrays, numbers and nulls: commas only between values, nothing empty left out")
    func structure() {
        var json = JSONWriter()
        json.object { json in
            json.key("a")
            json.array([1, 2]) { $0.int($1) }
            json.field("b", nil as String?)
            json.key("c")
            json.object { _ in }
            json.key("d")
            json.array([[String](), ["x"]]) { $0.strings($1) }
            json.field("e", -12)
        }
        #expect(String(decoding: json.bytes, as: UTF8.self) == #"{"a":[1,2],"b":null,"c":{},"d":[[],["x"]],"e":-12}"#)
        #expect(json.text.hasSuffix("}\n"))
    }

    @Test("numbers are written as String(_:) writes them, from Int.min to Int.max")
    func numbers() {
        var generator = SeededGenerator(seed: 14)
        let values = [0, 7, 9, 10, -1, -10, 99, 100, 1_000_000, Int.max, Int.min]
            + (0..<2000).map { _ in Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0..<64, using: &generator) }
        for value in values {
            var json = JSONWriter()
            json.int(value)
            #expect(String(decoding: json.bytes, as: UTF8.self) == String(value))
        }
    }

    @Test("JSONEncoder sorts keys by their UTF-8 bytes, the order the writers' callers follow")
    func encoderKeyOrder() throws {
        let keys = ["b", "B", "a_", "aZ", "a", "a1", "a10", "a2", "dossierTitle", "dossiers", "ficheNumber", "fields"]
        let json = try Self.encoded(Dictionary(uniqueKeysWithValues: keys.map { ($0, 0) }))
        #expect(Self.keyOrderProblems(Array(json.utf8)).isEmpty, "\(json)")
        #expect(Self.keyOrderProblems(Array(#"{"a":{"b":"}","a":1},"c":[{"fields":0,"ficheNumber":1}]}"#.utf8)) == ["a after b", "ficheNumber after fields"])
        #expect(json.hasPrefix(#"{"B":0,"a":0,"a1":0,"a10":0,"a2":0,"aZ":0,"a_":0,"b":0,"dossierTitle":0,"dossiers":0,"ficheNumber":0,"fields":0}"#))
    }

    @Test("every JSON file of a site of the seeds and the real documents is valid JSON with its keys in JSONEncoder's order")
    func siteFiles() throws {
        let root = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Content"), to: content)
        for source in RealDocumentSiteTests.sources {
            try FileManager.default.copyItem(at: TestPaths.fixture(source), to: content.appendingPathComponent((source as NSString).lastPathComponent))
        }
        let output = root.appendingPathComponent("Output")
        var options = BuildOptions(
            content: content.path, templates: TestPaths.packageRoot.appendingPathComponent("Templates").path, output: output.path)
        options.contentDisplay = "Content"
        let report = try SiteBuilder.build(options)
        #expect(report.wroteOutput)

        var checked = 0
        for (path, data) in try SiteFixture.tree(output).sorted(by: { $0.key < $1.key }) {
            var bytes = [UInt8](data)
            if path.hasSuffix(".json") {
                #expect(bytes.last == UInt8(ascii: "\n"), "\(path)")
            } else if path.hasPrefix("assets/zoekindex/"), let text = String(data: data, encoding: .utf8), let start = text.range(of: "] = ") {
                // `(…)["key"] = [ … ];`: the JSON between the assignment and the semicolon.
                bytes = Array(text[start.upperBound...].dropLast(2).utf8)
            } else {
                continue
            }
            #expect((try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil, "\(path) is not JSON")
            let problems = Self.keyOrderProblems(bytes)
            #expect(problems.isEmpty, "\(path): \(problems.prefix(5))")
            checked += 1
        }
        #expect(checked >= 10)
    }

    @Test("parse --json's indented form holds the same values as the data file")
    func pretty() throws {
        let file = try ContentLoader.loadFile(TestPaths.fixture("xml/kst-36750-3.xml"), displayPath: "Content/kst-36750-3.xml")
        let document = try #require(Ingester.ingest(file).document)
        let compact = DocumentJSON.encode(document), pretty = DocumentJSON.encode(document, pretty: true)
        #expect(pretty.contains("\n  \"citations\": ["))
        let values = try [compact, pretty].map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? NSDictionary }
        #expect(values[0] != nil && values[0] == values[1])
        #expect(Self.keyOrderProblems(Array(pretty.utf8)).isEmpty)
    }

    /// Keys that do not come after the key before them in their object, by UTF-8 bytes.
    static func keyOrderProblems(_ json: [UInt8]) -> [String] {
        var objects: [(isObject: Bool, lastKey: [UInt8]?)] = []
        var expectsKey = false
        var problems: [String] = []
        var index = 0
        while index < json.count {
            switch json[index] {
            case UInt8(ascii: "{"):
                objects.append((true, nil))
                expectsKey = true
            case UInt8(ascii: "["):
                objects.append((false, nil))
                expectsKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                objects.removeLast()
                expectsKey = false
            case UInt8(ascii: ","):
                expectsKey = objects.last?.isObject ?? false
            case UInt8(ascii: "\""):
                var end = index + 1
                while json[end] != UInt8(ascii: "\"") { end += json[end] == UInt8(ascii: "\\") ? 2 : 1 }
                let string = Array(json[(index + 1)..<end])
                if expectsKey {
                    if let last = objects[objects.count - 1].lastKey, !last.lexicographicallyPrecedes(string) {
                        problems.append("\(String(decoding: string, as: UTF8.self)) after \(String(decoding: last, as: UTF8.self))")
                    }
                    objects[objects.count - 1].lastKey = string
                    expectsKey = false
                }
                index = end
            default:
                break
            }
            index += 1
        }
        return problems
    }
}
