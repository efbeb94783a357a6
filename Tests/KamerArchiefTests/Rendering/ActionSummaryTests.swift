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
}
