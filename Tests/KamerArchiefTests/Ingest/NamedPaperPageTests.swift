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

    @Test("the page's title under its heading line is the paper's, unless it only names the kind (then the head's, with its dossier's title)")
    func pageTitle() throws {
        let subject = "Verslag van een algemeen overleg, gehouden op 12 maart 2026, over de Energieraad"
        let titled = try ingestText(Self.page.replacingOccurrences(of: "\nVerslag van een algemeen overleg\n", with: "\n\(subject)\n"))
        #expect(titled.title == subject)
        #expect(try ingestText(Self.page).title == "Verslag van een algemeen overleg")
        for kind in ["Motie", "Brief regering"] {
            #expect(try ingestText(Self.page.replacingOccurrences(of: "\nVerslag van een algemeen overleg\n", with: "\n\(kind)\n")).title
                == "Verslag van een algemeen overleg")
        }
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

/// openkamer.org's other pages: kamervragen with their facts above them, and a verslag's lines
/// the site runs together (invented text in those layouts).
@Suite("openkamer.org's pages of kamervragen and of a verslag")
struct OpenKamerPageTests {
    static let questions = """
        Kamervraag 2026Z04567

        Brandveilige thuisbatterijen

        Ingediend 3 februari 2026
        Beantwoord 2 maart 2026 (na 27 dagen)
        Indiener Joris Thijssen (GL-PvdA)
        Beantwoord door Sophie Hermans (minister klimaat en groene groei) (VVD)
        Onderwerpen energie
        Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2026Z04567.html
        Bron antwoord https://zoek.officielebekendmakingen.nl/ah-tk-20252026-1234.html
         • Vraag 1
          Bent u bekend met het bericht over branden door thuisbatterijen?

          Ja.

         • Vraag 2
          Welke eisen gelden voor de opslag van thuisbatterijen?

          De eisen staan in het Besluit bouwwerken leefomgeving.

        """

    @Test("kamervragen: their number, subject, askers, answerer, the day they were answered and the answer's place in the Aanhangsel; each question under its label")
    func questions() throws {
        let document = try ingestText(Self.questions)
        #expect(document.kind == .kamervragen)
        #expect(document.title == "Brandveilige thuisbatterijen")
        #expect(document.date == "2026-03-02")
        #expect(document.metadata.zaak == "2026Z04567")
        #expect(document.metadata.indieners == ["Joris Thijssen"])
        #expect(document.metadata.ondertekening == [Signer(naam: "Sophie Hermans", functie: "minister klimaat en groene groei")])
        #expect(document.aanhangsel == "ah-tk-20252026-1234")
        #expect(document.sections.map(\.title) == ["Vraag 1", "Vraag 2"])
        #expect(document.sections[1].paragraphs.map(\.text) == [
            "Welke eisen gelden voor de opslag van thuisbatterijen?", "De eisen staan in het Besluit bouwwerken leefomgeving.",
        ])
        #expect(!document.allParagraphs.contains { $0.text.hasPrefix("Ingediend") || $0.text.hasPrefix("Bron") })
    }

    @Test("two answerers, each with the office in their first brackets and their party after it")
    func twoAnswerers() {
        #expect(OpenKamerQuestionPage.answerers("Sophie Hermans (minister klimaat en groene groei) (VVD), Jan Jansen (staatssecretaris financiën) (NSC)") == [
            Signer(naam: "Sophie Hermans", functie: "minister klimaat en groene groei"), Signer(naam: "Jan Jansen", functie: "staatssecretaris financiën"),
        ])
        #expect(OpenKamerQuestionPage.answerers("Sophie Hermans") == [Signer(naam: "Sophie Hermans")])
    }

    @Test("a page whose first line is no zaak's number, or without the facts under it, is no such page")
    func notQuestions() {
        for text in ["Kamervraag over batterijen\n\nIngediend 3 februari 2026\n", "Kamervraag 2026Z04567\n\nBrandveilige thuisbatterijen\n\nDe Kamer vroeg.\n"] {
            let bytes = Array(text.utf8)
            #expect(OpenKamerQuestionPage.read(bytes, lines: TextLine.split(bytes)[...]) == nil)
        }
    }

    @Test("a verslag's signature run together without a space (`…Zaken,Eijsink`) and its `Aanvang 16.02 uur` as text")
    func verslagLines() throws {
        let text = NamedPaperPageTests.page
            .replacingOccurrences(of: "De voorzitter van de commissie, Jansen", with: "De voorzitter van de commissie,Jansen")
            + "Voorzitter: Jansen\n\nAanvang 16.02 uur\n\nDe voorzitter: Ik open dit overleg.\n"
        let document = try ingestText(text)
        #expect(document.metadata.ondertekening.map(\.naam).contains("Jansen"))
        func titles(_ sections: [Section]) -> [String] { sections.flatMap { [$0.title] + titles($0.subsections) } }
        #expect(!titles(document.sections).contains { $0.hasPrefix("Aanvang") })
        #expect(document.allParagraphs.contains { $0.text == "Aanvang 16.02 uur" })
    }
}
