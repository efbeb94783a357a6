import Testing
@testable import KamerArchief

/// A page that names its paper by the publication's name among its own lines, as openkamer.org
/// does (`Kamerstuk 21501-33-413`, `ID: …`, `Bron: …/kst-….html`), over a head without the dossier
/// (invented text in that layout).
@Suite("Pages naming their paper by its publication's name")
struct NamedPaperPageTests {
    static let page = """
        Kamerstuk 21501-33-990

        Verslag van een algemeen overleg

        Raad voor Vervoer, Telecommunicatie en Energie

        Gepubliceerd: 2 april 2026
        Onderwerpen: energie
        Bron: https://zoek.officielebekendmakingen.nl/kst-21501-33-990.html
        ID: 21501-33-990

        Nr. 990 VERSLAG VAN EEN ALGEMEEN OVERLEG

        Vastgesteld 2 april 2026

        De vaste commissie voor Klimaat en Groene Groei heeft op 12 maart 2026 overleg gevoerd met minister Hermans over de Energieraad.

        De voorzitter van de commissie, Jansen

        De griffier van de commissie, Pietersen

        """

    @Test("the page's heading line gives the dossier the head leaves out, with its number")
    func headingLine() throws {
        let document = try ingestText(Self.page)
        #expect(document.kind == .verslag)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "21501-33", ondernummer: "990"))
        #expect(document.date == "2026-04-02")
    }

    @Test("a link to the paper's page or its ID line names it where the page has no heading line", arguments: [
        "Bron: https://zoek.officielebekendmakingen.nl/kst-36350-XIII-7.html", "ID: 36350-XIII-7",
    ])
    func linkOrID(line: String) throws {
        let text = Self.page.replacingOccurrences(of: "Kamerstuk 21501-33-990\n", with: "")
            .replacingOccurrences(of: "Bron: https://zoek.officielebekendmakingen.nl/kst-21501-33-990.html\n", with: "")
            .replacingOccurrences(of: "ID: 21501-33-990", with: line)
        let document = try ingestText(text)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36350-XIII", ondernummer: "7"))
    }

    @Test("a line that only mentions a paper, or a name that is no paper's, names none")
    func noName() throws {
        #expect(KamerstukPageFacts.namedByLabel(Array("Kamerstuk 21501-33, nr. 990".utf8), 0..<27) == nil)
        #expect(KamerstukPageFacts.namedByLabel(Array("ID: 2026D07312".utf8), 0..<14) == nil)
        #expect(KamerstukPageFacts.namedByLink(Array("Bron: https://example.org/kst-overzicht.html".utf8), 0..<44) == nil)
    }
}
