import Foundation
import Testing
@testable import KamerArchief

/// Web pages of a Kamerstuk itself, as a browser or a dump tool saves their text: the page's own
/// lines (navigation, a table of facts, share links), then the paper from its head, in the forms
/// officielebekendmakingen.nl and tweedekamer.nl show (invented text in their layouts).
@Suite("Web pages of the paper itself: officielebekendmakingen.nl and tweedekamer.nl")
struct PaperWebPageTests {
    func read(_ name: String) throws -> (document: Document, diagnostics: [Diagnostic]) {
        let bytes = Array(try TestPaths.fixtureText("variants/\(name)").utf8)
        let parsed = Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "pagina", bytes: bytes))
        return (try #require(parsed.document), parsed.diagnostics)
    }

    @Test("each page is read as a page of the paper, not as PDF text", arguments: [
        "pagina-ob-brief.txt", "pagina-tk-brief.txt", "pagina-tk-kamervragen.txt",
    ])
    func detection(name: String) throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText("variants/\(name)")) == .pageDumpKamerstuk)
    }

    @Test("officielebekendmakingen.nl: the head under the site's lines gives kind, title, number and date; the share links are no text")
    func officieleBekendmakingen() throws {
        let (document, _) = try read("pagina-ob-brief.txt")
        #expect(document.kind == .kamerbrief)
        #expect(document.title == "Brief van de minister van Klimaat en Groene Groei")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "32813", ondernummer: "1520"))
        #expect(document.metadata.dossierTitle == "Kabinetsaanpak Klimaatbeleid")
        #expect(document.date == "2026-03-04")
        #expect(document.sections.map(\.title) == ["Tekst", "Thuisbatterijen", "Buurtbatterijen"])
        #expect(document.metadata.ondertekening == [Signer(naam: "S.T.M. Hermans", functie: "De Minister van Klimaat en Groene Groei")])
        let text = document.xmlParagraphs.map(\.text).joined(separator: "\n")
        for chrome in ["Ga direct naar inhoud", "Deel deze pagina", "Twitter", "Privacy", "Datum publicatie"] {
            #expect(!text.contains(chrome), "\(chrome)")
        }
    }

    @Test("tweedekamer.nl: the page's `Brief regering : …` line is the title; wrapped lines without blank lines join into paragraphs")
    func tweedeKamerLetter() throws {
        let (document, _) = try read("pagina-tk-brief.txt")
        #expect(document.kind == .kamerbrief)
        #expect(document.title == "Voortgang batterijstrategie")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "32813", ondernummer: "1521"))
        #expect(document.date == "2026-03-11")
        #expect(document.sections.map(\.title) == ["Tekst", "Grondstoffen"])
        #expect(document.sections[0].paragraphs.map(\.text) == [
            "Met deze brief informeer ik uw Kamer over de batterijstrategie.",
            "Het kabinet heeft in 2025 drie maatregelen genomen om de productie van batterijen in Nederland te versterken.",
        ])
        #expect(document.metadata.ondertekening.map(\.naam) == ["S.T.M. Hermans"])
    }

    @Test("tweedekamer.nl kamervragen: the describing lines give kind and date (the answer's), each Vraag and Antwoord is a section")
    func tweedeKamerQuestions() throws {
        let (document, _) = try read("pagina-tk-kamervragen.txt")
        #expect(document.kind == .kamervragen)
        #expect(document.title == "Antwoord op vragen van het lid Kröger over brandveilige thuisbatterijen")
        #expect(document.date == "2026-02-24")
        #expect(document.sections.map(\.title) == ["Tekst", "Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2"])
        #expect(document.sections[0].paragraphs.count == 2)
        #expect(document.sections[0].paragraphs[1].text.hasPrefix("Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 24 februari 2026)."))
    }

    @Test("a page dump with the mirror's Nummer line still takes its title from the page, and a text without a head is no web page")
    func notAWebPage() throws {
        #expect(FormatDetector.detect("Nr. 5 was de laatste.\nDe rest volgt later.\n") == nil)
        #expect(PageDumpParser.paperStart(Array("Inleiding\n34 700 Kabinetsformatie 2017\nDe tekst.\n".utf8),
            TextLine.split(Array("Inleiding\n34 700 Kabinetsformatie 2017\nDe tekst.\n".utf8))) == nil)
    }

    @Test("a mirrored page whose Word text opens at the dossier line, its stuk heading in small capitals come through in mixed case: the head is read, not made sections")
    func mixedCaseHeadingWithoutChamber() throws {
        let text = """
            Thuisbatterijen en netcongestie
            Brief regering
            Nummer: 2026D11111, datum: 2026-03-02, bijgewerkt: 2026-03-03 10:00, versie: 1
            Onderdeel van kamerstukdossier 32813 -1530 Kabinetsaanpak Klimaatbeleid.
            Preview document (🔗 origineel)

            32 813 Kabinetsaanpak Klimaatbeleid

            Nr. 1530 Brief van de minister van Klimaat en Groene Groei

            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 2 maart 2026

            Met deze brief informeer ik uw Kamer over thuisbatterijen en netcongestie.

            De Minister van Klimaat en Groene Groei,
            S.T.M. Hermans

            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/p.txt", stem: "p", bytes: Array(text.utf8))).document)
        #expect(document.kind == .kamerbrief)
        #expect(document.title == "Thuisbatterijen en netcongestie")
        #expect(document.sections.map(\.title) == ["Tekst"])
        #expect(document.sections[0].paragraphs.map(\.text) == ["Met deze brief informeer ik uw Kamer over thuisbatterijen en netcongestie."])
        #expect(document.metadata.fields.first { $0.label == "Aan" }?.value == "de Voorzitter van de Tweede Kamer der Staten-Generaal")
        #expect(document.metadata.ondertekening.map(\.naam) == ["S.T.M. Hermans"])
    }
}
