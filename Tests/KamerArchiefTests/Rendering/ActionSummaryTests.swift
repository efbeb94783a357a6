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

    @Test("sentence ends are found on the bytes exactly where Characters find them, marks joined to a stop or space included")
    func sentenceEndsAsCharacters() {
        /// The first version, over Characters: the reference.
        func reference(_ text: String) -> String {
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
        let pieces = ["a", "é", "e\u{301}", ".", "!", "?", " ", "\u{301}", "\r\n", "\n", "😀", "\u{600}", "woord "]
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...80, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.summary == reference(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
