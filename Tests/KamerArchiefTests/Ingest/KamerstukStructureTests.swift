import Foundation
import Testing
@testable import KamerArchief

@Suite("Kamerstuk kinds, indieners and motie structure")
struct KamerstukStructureTests {
    @Test("a stuk heading names its kind", arguments: [
        ("BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES", DocumentKind.kamerbrief),
        ("BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN", .kamerbrief),
        ("Brief van de minister-president, minister van Algemene Zaken", .kamerbrief),
        ("MOTIE VAN HET LID CEDER", .motie),
        ("GEWIJZIGDE MOTIE VAN DE LEDEN KRÖGER EN BONTENBAL TER VERVANGING VAN DIE GEDRUKT ONDER NR. 12", .motie),
        ("AMENDEMENT VAN HET LID FLACH", .amendement),
        ("NADER GEWIJZIGD AMENDEMENT VAN DE LEDEN X EN Y", .amendement),
        ("MEMORIE VAN TOELICHTING", .memorieVanToelichting),
        ("VERSLAG", .verslag),
        ("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", .verslag),
        ("NOTA NAAR AANLEIDING VAN HET VERSLAG", .nota),
        ("VOORSTEL VAN WET", .wetsvoorstel),
        ("  voorstel   van wet ", .wetsvoorstel),
        ("VOORSTEL VAN RIJKSWET", .wetsvoorstel),
        ("NOTA VAN VERBETERING", .nota),
        ("LIJST VAN VRAGEN", .verslag),
        ("Vragen van het lid Kröger (GroenLinks-PvdA) aan de Minister van Klimaat en Groene Groei", .kamervragen),
        ("Schriftelijke vragen", .kamervragen),
        ("BRIEF VAN DE VASTE COMMISSIE VOOR FINANCIËN", .kamerbrief),
        ("BRIEF VAN DE ALGEMENE REKENKAMER", .kamerbrief),
        ("TWEEDE NOTA VAN WIJZIGING", .nota),
        ("DERDE NOTA VAN WIJZIGING", .nota),
        ("MEMORIE VAN ANTWOORD", .memorieVanAntwoord),
        ("NADERE MEMORIE VAN ANTWOORD", .memorieVanAntwoord),
        ("ADVIES RAAD VAN STATE EN NADER RAPPORT", .advies),
        ("Advies Afdeling advisering Raad van State", .advies),
        ("ADVIES VAN DE AFDELING ADVISERING VAN DE RAAD VAN STATE", .advies),
        ("NADER RAPPORT", .advies),
        ("AANVULLING OP DE NOTA NAAR AANLEIDING VAN HET VERSLAG OVER DE NOTITIE «REFLECTIES»", .nota),
        ("AANVULLENDE MEMORIE VAN ANTWOORD", .memorieVanAntwoord),
        ("NOTA NAAR AANLEIDING VAN HET EINDVERSLAG", .nota),
    ])
    func kinds(heading: String, kind: DocumentKind) {
        #expect(KamerstukKind.classify(heading) == kind)
    }

    @Test("a heading that names no known type gives no kind", arguments: [
        "LIJST VAN BESLUITEN", "Geannoteerde agenda Raad Buitenlandse Zaken", "", "BRIEVEN", "TWEEDE", "ADVIES",
        "Adviescommissie", "ADVIESAANVRAAG", "AANVULLING OP DE AGENDA",
    ])
    func unknownKinds(heading: String) {
        #expect(KamerstukKind.classify(heading) == nil)
    }

    @Test("indieners are read from the heading, written as names, up to what follows them", arguments: [
        ("MOTIE VAN HET LID CEDER", ["Ceder"]),
        ("Motie van het lid Ceder", ["Ceder"]),
        ("MOTIE VAN DE LEDEN VAN DER LEE EN KRÖGER", ["Van der Lee", "Kröger"]),
        ("Motie van de leden Bontenbal, Kröger en Van der Lee over de warmtetransitie", ["Bontenbal", "Kröger", "Van der Lee"]),
        ("GEWIJZIGD AMENDEMENT VAN HET LID FLACH TER VERVANGING VAN DAT GEDRUKT ONDER NR. 8", ["Flach"]),
        ("MOTIE VAN HET LID DIJKGRAAF C.S.", ["Dijkgraaf"]),
        ("AMENDEMENT VAN DE LEDEN GRINWIS EN VAN DIJK-ZWART", ["Grinwis", "Van Dijk-Zwart"]),
        ("MEMORIE VAN TOELICHTING", []),
    ])
    func indieners(heading: String, names: [String]) {
        #expect(IndienerReader.read(heading) == names)
    }

    @Test("a motie's clauses become opening, considerations and dictum; the signer line is dropped")
    func motieStructure() {
        let lines = [
            "De Kamer,", "gehoord de beraadslaging,",
            "constaterende dat de wachttijden oplopen;",
            "overwegende dat tijdige hulp nodig is;",
            "van mening dat de regering moet handelen;",
            "verzoekt de regering, binnen drie maanden met een plan te komen,",
            "en gaat over tot de orde van de dag.",
            "Jansen",
        ]
        let document = motie(lines, signers: [Signer(naam: "Jansen")])
        let structured = MotieStructurer.structure(document)
        #expect(structured.sections.map(\.id) == ["aanhef", "overwegingen", "dictum"])
        #expect(structured.sections.map(\.role) == [nil, .considerans, .dictum])
        #expect(structured.sections[0].paragraphs.map(\.text) == ["De Kamer,", "gehoord de beraadslaging,"])
        #expect(structured.sections[1].paragraphs.count == 3)
        #expect(structured.sections[2].paragraphs.map(\.text) == [
            "verzoekt de regering, binnen drie maanden met een plan te komen,", "en gaat over tot de orde van de dag.",
        ])
    }

    @Test("a dictum that 'spreekt uit' is recognised like one that 'verzoekt'; text after the closing formula is kept")
    func motieSpreektUit() {
        let document = motie(
            ["De Kamer,", "overwegende dat dit ertoe doet;", "spreekt uit dat het anders moet,",
             "en gaat over tot de orde van de dag.", "Toelichting die niemand verwacht"],
            signers: [])
        let structured = MotieStructurer.structure(document)
        #expect(structured.sections.map(\.id) == ["aanhef", "overwegingen", "dictum", "slot"])
        #expect(structured.sections[2].paragraphs.first?.text == "spreekt uit dat het anders moet,")
        #expect(structured.sections[3].paragraphs.map(\.text) == ["Toelichting die niemand verwacht"])
    }

    @Test("a consideration after an adverb (`voorts van mening dat`, `tevens overwegende dat`) is a consideration, and so is every one after it")
    func motieVoorts() {
        let document = motie(
            ["De Kamer,", "gehoord de beraadslaging,", "constaterende dat er veel moties zijn;", "voorts van mening dat dit geen probleem is;",
             "tevens overwegende dat het reglement volstaat;", "constaterende dat de Kamer zelf kiest;", "verzoekt het Presidium, niets te wijzigen,",
             "en gaat over tot de orde van de dag."],
            signers: [])
        let structured = MotieStructurer.structure(document)
        #expect(structured.sections.map(\.id) == ["aanhef", "overwegingen", "dictum"])
        #expect(structured.sections[1].paragraphs.count == 4)
        #expect(structured.sections[2].paragraphs.first?.text == "verzoekt het Presidium, niets te wijzigen,")
        #expect(MotieStructurer.clauseRole("voorts verzoekt de regering, te handelen") == .other)
    }

    @Test("a memorie's unnumbered parts (`Algemeen deel`, `Artikelsgewijze toelichting`) hold the numbered chapters and articles after them")
    func memorieParts() {
        let place = SourceLocation(file: "Content/mvt.txt", line: 1, column: 1)
        let titles = ["Tekst", "Algemeen deel", "1. Inleiding", "2. Doel", "2.1 Aanleiding", "Artikelsgewijze toelichting", "Artikel I"]
        let flat = titles.map { Section(id: $0 == "Tekst" ? "tekst" : $0.lowercased(), title: $0, paragraphs: [], location: place) }
        let nested = KamerstukBody.nestedByNumber(flat)
        #expect(nested.map(\.title) == ["Tekst", "Algemeen deel", "Artikelsgewijze toelichting"])
        #expect(nested[1].subsections.map(\.title) == ["1. Inleiding", "2. Doel"])
        #expect(nested[1].subsections[1].subsections.map(\.title) == ["2.1 Aanleiding"])
        #expect(nested[2].subsections.map(\.title) == ["Artikel I"])
    }

    @Test("a motie without considerations, and any other kind, is left as it was")
    func leftAlone() {
        let plain = motie(["De Kamer,", "Dit is geen gewone motie."], signers: [])
        #expect(MotieStructurer.structure(plain) == plain)
        var letter = motie(["constaterende dat dit een brief is;", "verzoekt niets"], signers: [])
        letter.kind = .kamerbrief
        #expect(MotieStructurer.structure(letter) == letter)
    }

    @Test("a motie from any reader goes through the same stage: official XML and a PDF both get indieners, considerans and dictum",
          arguments: ["xml/motie.xml", "pdf/kst-21501-02-3121.pdf"])
    func everyReader(fixture: String) throws {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture(fixture)))
        let outcome = Ingester.ingest(ContentFile(path: "Content/\((fixture as NSString).lastPathComponent)", stem: "m", bytes: bytes))
        let document = try #require(outcome.document)
        #expect(document.kind == .motie)
        #expect(!document.metadata.indieners.isEmpty)
        #expect(document.sections.map(\.role).contains(.considerans))
        #expect(document.sections.first { $0.role == .dictum }?.paragraphs.first?.text.hasPrefix("verzoekt de regering") == true)
    }

    private func motie(_ lines: [String], signers: [Signer]) -> Document {
        let paragraphs = lines.enumerated().map { index, text in
            Paragraph(text: text, location: SourceLocation(file: "Content/m.xml", line: index + 10))
        }
        return Document(
            id: "m", kind: .motie, format: .officielePublicatie, title: "Motie van het lid Jansen", source: "Content/m.xml",
            metadata: DocumentMetadata(ondertekening: signers),
            sections: [Section(id: "tekst", title: "Tekst", paragraphs: paragraphs, location: paragraphs[0].location)])
    }
}
