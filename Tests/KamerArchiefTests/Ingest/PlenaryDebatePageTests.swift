import Foundation
import Testing
@testable import KamerArchief

/// Reports of plenary debates as web pages show them: a mirror's `Stenogram` (the report before its
/// correction), the Handelingen on officielebekendmakingen.nl and on parlementairemonitor.nl.
@Suite("Plenary debates as web pages")
struct PlenaryDebatePageTests {
    @Test("a mirror's stenogram: a report, its speakers' turns, its remarks in brackets as text")
    func stenogram() throws {
        let document = try ingestFixture("variants/pagina-stenogram.txt")
        #expect(document.kind == .verslag && document.format == .pageDump)
        #expect(document.title == "Debat over de nationale batterijstrategie (36410) 1e TK (ongecorrigeerd)")
        #expect(document.date == "2026-03-12")
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.speakersLabel }?.value
            == "De heer Erkens (VVD); Mevrouw Kröger (GroenLinks-PvdA); Minister Hermans")
        // `(Applaus)` is a remark between turns, not a heading over the rest of the debate.
        #expect(!document.allSections.contains { $0.title.hasPrefix("(") })
        let paragraphs = document.allParagraphs.map(\.text)
        let applause = try #require(paragraphs.firstIndex(of: "(Applaus)"))
        #expect(paragraphs[applause - 1].hasSuffix("een norm voor het laden in de piekuren."))
        #expect(paragraphs[applause + 1] == "De voorzitter:")
        #expect(paragraphs.last == "De vergadering wordt van 16.42 uur tot 16.50 uur geschorst.")
    }
}
