import Foundation
import Testing
@testable import KamerArchief

/// Checks what must hold for any text: ordered, non-overlapping ranges that cover the citation's
/// text, URLs that need no escaping in Markdown, and a citation that reads the same on its own.
private func expectWellFormed(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let scalars = Array(text.unicodeScalars)
    var previousEnd = 0
    for citation in CitationParser.parse(text) {
        #expect(citation.range.offset >= previousEnd, "overlap in \(text.debugDescription)", sourceLocation: sourceLocation)
        #expect(citation.range.length > 0 && citation.range.end <= scalars.count, sourceLocation: sourceLocation)
        previousEnd = citation.range.end
        let covered = String(String.UnicodeScalarView(scalars[citation.range.offset..<min(citation.range.end, scalars.count)]))
        #expect(covered == citation.text, sourceLocation: sourceLocation)
        #expect(isMarkdownSafe(citation.url), "unsafe url \(citation.url)", sourceLocation: sourceLocation)
        let alone = CitationParser.parse(citation.text)
        #expect(alone.count == 1 && alone.first?.url == citation.url, "\(citation.text.debugDescription) alone", sourceLocation: sourceLocation)
    }
}

private func isMarkdownSafe(_ url: String) -> Bool {
    url.hasPrefix("https://") || url.hasPrefix("http://")
        ? url.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && !"()[]<>\\\"` {}|^".unicodeScalars.contains($0) }
        : false
}

private let fragments = [
    "Kamerstuk", "Kamerstukken", "motie", "Handelingen", "Aanhangsel", "Staatsblad", "Stb.", "Stcrt.",
    "Staatscourant", "C", "COM", "PbEU", "https://", "www.", "http", " ", "  ", ",", ", ", ".", ";", "(", ")",
    "[", "]", "-", "/", "II", "I", "XIII", "L", "A", "2024/25", "2025", "21", "501", "21501", "30", "4244", "nr.",
    "nummer", "item", "juli", "1", "12", "52026XC00682", "Verordening", "richtlijn", "Besluit", "(EU)", "(EG)", "2023/1542", "/EG", "\u{A0}(", "é", "🇳🇱", "\u{301}", "\u{A0}", "€", "↩︎", "x",
]

/// Like `expectWellFormed`, without re-parsing each citation on its own (quadratic for one huge URL).
private func expectWellFormedCheaply(_ text: String) {
    var previousEnd = 0
    for citation in CitationParser.parse(text) {
        #expect(citation.range.offset >= previousEnd)
        previousEnd = citation.range.end
    }
}

@Suite("the citation parser on hostile input")
struct CitationParserRobustnessTests {
    @Test("random mixtures of citation fragments always give well-formed citations")
    func fuzzFragments() {
        var random = SeededGenerator(seed: 20_260_213)
        for _ in 0..<3_000 {
            let count = Int.random(in: 1...24, using: &random)
            let text = (0..<count).map { _ in fragments.randomElement(using: &random)! }.joined()
            expectWellFormed(text)
        }
    }

    @Test("the byte prefilter never rules out a text in which the word-by-word parse finds a citation")
    func prefilterIsSafe() throws {
        var random = SeededGenerator(seed: 20_261_201)
        var texts: [String] = []
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...12, using: &random)
            texts.append((0..<count).map { _ in fragments.randomElement(using: &random)! }.joined())
        }
        // Every paragraph and note of the real documents the reader tests keep.
        for name in ["xml/kst-28844-269.xml", "xml/kst-36750-3.xml", "letters/ezk-netcongestie.pdftext.txt", "fiches-pdf/fiche-10-battery-booster.txt"] {
            let path = "Tests/KamerArchiefTests/Fixtures/" + name
            let file = try ContentLoader.loadFile(URL(fileURLWithPath: path), displayPath: path)
            let document = try #require(Ingester.ingest(file).document)
            texts += document.bodyParagraphs.map(\.text) + document.footnotes.map(\.text)
        }
        var kept = 0
        for text in texts {
            let found = CitationParser.parseEveryWord(text)
            if CitationParser.mayCite(text) { kept += 1 } else { #expect(found.isEmpty, "ruled out: \(text.debugDescription)") }
            #expect(CitationParser.parse(text) == found)
        }
        // It does rule texts out, or it would save nothing.
        #expect(kept < texts.count)
        #expect(!CitationParser.mayCite("De Commissie stelt in 2025 een Kamerlid voor, met 12345 batterijen en websites."))
        #expect(CitationParser.mayCite("zie\u{A0}Kamerstuk 32813, nr. 1291") && CitationParser.mayCite("CELEX 32023R1542"))
        // `mayCite` knows the rows a number starts: a CELEX number, a Kamerstuk's in brackets, one in
        // a list, a motion's number.
        #expect(CitationParser.patterns.filter { $0.triggers.contains(.number) }.map(\.kind) == [.eu, .kamerstuk, .kamerstuk, .kamerstuk])
        #expect(CitationParser.mayCite("Zij krijgt nr. 1530 (32813).") && !CitationParser.mayCite("Zij krijgt 1530 (3281)."))
        #expect(CitationParser.mayCite("de motie (35300-A, nr. 15)") && !CitationParser.mayCite("de brief 35300-A, nr. 15"))
        #expect(CitationParser.mayCite("aan te houden: 35925-32; 35570-XIV-46") && !CitationParser.mayCite("aan te houden 35925-32 en 35570-XIV-46"))
    }

    @Test("the prefilter finds every trigger word at a text's start and end, and not a trigger cut short")
    func prefilterTriggerEdges() {
        var words: Set<String> = [], numbered: Set<String> = []
        for pattern in CitationParser.patterns {
            for case .word(let word) in pattern.triggers {
                words.insert(word)
                if pattern.numberFollows { numbered.insert(word) }
            }
        }
        #expect(words.contains { $0.utf8.count > 8 } && words.contains { $0.utf8.count < 8 } && !numbered.isEmpty)
        for word in words.sorted() {
            // An EU act's word cites only with what opens its number after it.
            let after: [String] = numbered.contains(word) ? [" (EU) 2023/1", "\u{A0}2009/22/EG", " nr. 1907/2006", "  (EG)"] : ["", ")", "."]
            var texts: [String] = [word + " 36750"]
            for tail in after { texts += [word + tail, "zie " + word + tail, "(" + word + tail, "zie de " + word + tail] }
            for text in texts { #expect(CitationParser.mayCite(text), "\(text.debugDescription)") }
            if numbered.contains(word) {
                for text in ["zie " + word, "de " + word + " van", word + ". Nr", word + "(EU)"] { #expect(!CitationParser.mayCite(text), "\(text.debugDescription)") }
            }
            let cut = String(word.dropLast())
            #expect(CitationParser.mayCite("zie " + cut + " 1") == words.contains(cut), "\(cut.debugDescription)")
            #expect(!CitationParser.mayCite("zie " + word + "x 1"), "\((word + "x").debugDescription)")
            #expect(!CitationParser.mayCite("zie x" + word + " 1"), "\(("x" + word).debugDescription)")
        }
    }

    @Test("the prefilter read a run at a time answers as read a byte at a time")
    func prefilterRuns() {
        var words: Set<String> = []
        for pattern in CitationParser.patterns {
            for case .word(let word) in pattern.triggers { words.insert(word) }
        }
        let triggers = words.map { Array($0.utf8) }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        // The byte-by-byte definition: five digits and a capital, exactly five (or two, a dossier
        // number's first group) digits after a bracket, exactly five and a hyphen after `: ` or `; `, a number after `krijgt nr. `, or a
        // trigger at a word start (no ASCII letter or digit before it) followed by no ASCII letter.
        func byBytes(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            var digits = 0
            for index in bytes.indices {
                let byte = bytes[index]
                if (0x30...0x39).contains(byte) {
                    if digits == 0, bytes[..<index].reversed().starts(with: Array("krijgt nr. ".utf8).reversed()) { return true }
                    digits += 1
                    continue
                }
                if digits >= 5, (0x41...0x5A).contains(byte) { return true }
                if digits == 5, index - 6 >= 0, bytes[index - 6] == UInt8(ascii: "(") { return true }
                if digits == 2, index - 3 >= 0, bytes[index - 3] == UInt8(ascii: "(") { return true }
                if digits == 5, byte == UInt8(ascii: "-"), index - 7 >= 0, bytes[index - 6] == 0x20,
                    bytes[index - 7] == UInt8(ascii: ":") || bytes[index - 7] == UInt8(ascii: ";") { return true }
                digits = 0
                guard index == 0 || !(isLetter(bytes[index - 1]) || (0x30...0x39).contains(bytes[index - 1])) else { continue }
                for word in triggers where bytes[index...].starts(with: word) {
                    let end = index + word.count
                    if end == bytes.count || !isLetter(bytes[end]) { return true }
                }
            }
            return (digits == 5 && bytes.count >= 6 && bytes[bytes.count - 6] == UInt8(ascii: "("))
                || (digits == 2 && bytes.count >= 3 && bytes[bytes.count - 3] == UInt8(ascii: "("))
        }
        let fragments = ["Kamerstuk", "kamerstukken", "COM", "C", "JOIN", "www", "https", "Stb", "motie", "x", "ab", " ", ".", "(",
                         "1", "12", "12345", "2023", "R", "L", "é", "\u{A0}", "9876543", "PbEU", "Handelingen", "-", "aanhangsel", ": ", "; ", "krijgt nr. ",
                         // Words that start as a trigger does and part from it at their second byte.
                         "kan", "het", "mo", "Co", "Cé", "wat", "Sa"]
        var random = SeededGenerator(seed: 20_261_202)
        var kept = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...8, using: &random)
            let text = (0..<count).map { _ in fragments.randomElement(using: &random)! }.joined()
            let expected = byBytes(text)
            #expect(CitationParser.mayCite(text) == expected, "\(text.debugDescription)")
            if expected { kept += 1 }
        }
        #expect(kept > 1_000 && kept < 19_000)
    }

    @Test("random Unicode scalars never crash the parser")
    func fuzzScalars() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...200, using: &random) {
                let value = Bool.random(using: &random) ? UInt32.random(in: 0x20...0x7E, using: &random)
                    : UInt32.random(in: 0...0x1F_FFF, using: &random)
                if let scalar = Unicode.Scalar(value) { text.append(scalar) }
            }
            expectWellFormed(String(text))
        }
    }

    @Test("a 1 MB single line of citations is parsed in one linear pass", .timeLimit(.minutes(1)))
    func megabyteLine() {
        let unit = "Zie Kamerstuk 32852 nr. 224 en https://x.nl/a_(b) (COM(2025) 612; Stb. 2022, 360). "
        let repeats = 1_000_000 / unit.utf8.count
        let citations = CitationParser.parse(String(repeating: unit, count: repeats))
        #expect(citations.count == 4 * repeats)
        #expect(citations.last?.kind == .staatsblad)
    }

    @Test("a megabyte of near misses is parsed without backtracking", .timeLimit(.minutes(1)),
          arguments: ["Kamerstuk ", "Kamerstukken II 2024/25, 21 501-", "motie 33009 ", "https://(", "www.", "5", "C(2025) ", "a"])
    func megabyteOfNearMisses(unit: String) {
        let text = String(repeating: unit, count: 1_000_000 / unit.utf8.count)
        expectWellFormedCheaply(text)
    }

    @Test("a citation inside 10,000 nested brackets is found with its range", .timeLimit(.minutes(1)))
    func deeplyNestedBrackets() {
        let depth = 10_000
        let text = String(repeating: "(", count: depth) + "Kamerstuk 32813, nr. 1291" + String(repeating: ")", count: depth)
        #expect(CitationParser.parse(text).map(\.range) == [TextRange(offset: depth, length: 25)])
        let url = "https://x.nl/" + String(repeating: "(", count: depth) + String(repeating: ")", count: depth + 1)
        #expect(CitationParser.parse(url).map(\.range.length) == [url.unicodeScalars.count - 1])
    }
}
