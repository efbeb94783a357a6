import Testing
@testable import KamerArchief

@Suite("Action summaries")
struct ActionSummaryTests {
    @Test("the summary is the first sentence that ends after 20 characters, cut at a word before 200 characters")
    func firstSentence() {
        #expect("Kort. Het kabinet zet in op recycling. Daarna volgt meer.".summary == "Kort. Het kabinet zet in op recycling.")
        #expect("Geen einde aan deze zin".summary == "Geen einde aan deze zin")
        #expect("Versie 2.0 van de strategie is klaar! En meer.".summary == "Versie 2.0 van de strategie is klaar!")
        let long = String(repeating: "woord ", count: 60) + "einde."
        #expect(long.summary == String(repeating: "woord ", count: 33).dropLast() + " …")
        let accents = String(repeating: "é", count: 25) + ". Tweede zin."
        #expect(accents.summary == String(repeating: "é", count: 25) + ".")
    }

    /// The first version, over Characters: the reference.
    static func reference(_ text: String) -> String {
        var sentenceEnd = text.endIndex, index = text.startIndex, offset = 0
        while index < text.endIndex {
            let next = text.index(after: index)
            if offset > 20 && ".!?".contains(text[index]) && (next == text.endIndex || text[next] == " ") {
                sentenceEnd = next
                break
            }
            index = next
            offset += 1
        }
        let sentence = String(text[..<sentenceEnd])
        guard sentence.count > 200 else { return sentence }
        let cut = sentence.prefix(200)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }

    @Test("sentence ends are found on the bytes exactly where Characters find them, marks joined to a stop or space included")
    func sentenceEndsAsCharacters() {
        let pieces = ["a", "é", "e\u{301}", ".", "!", "?", " ", "\u{301}", "\r\n", "\n", "😀", "\u{600}", "woord "]
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...80, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.summary == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(text.characterSummary == Self.reference(text))
        }
    }

    @Test("text whose scalars are each a Character of their own is summarised on its bytes, as by Characters")
    func scalarsAsCharacters() {
        // Dutch text's own: accents, curly quotes, dashes, the euro sign, a soft hyphen, tabs.
        let pieces = ["a", "é", "ë", "’", "–", "€", "…", ".", "!", "?", " ", "\n", "\t", "\u{AD}", "woord ", "2.0", "Ĳ"]
        var generator = SeededGenerator(seed: 23)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...90, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.scalarSummary == Self.reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // A mark after the stop's space, or a carriage return, leaves the text to Characters.
        #expect("Een zin die lang genoeg is voor een einde. \u{301}En meer.".scalarSummary == nil)
        #expect("Een regel\r\nen nog een die lang genoeg is. Einde.".scalarSummary == nil)
    }
}
