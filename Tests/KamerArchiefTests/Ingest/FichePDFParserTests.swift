import Testing
@testable import KamerArchief

/// Parses `Fixtures/fiches-pdf/<name>` as if the loader had read it from `Content/<name>`.
private func parsePDFFiche(_ name: String) throws -> (document: Document, diagnostics: [Diagnostic]) {
    let text = try TestPaths.fixtureText("fiches-pdf/\(name)")
    let id = String(name.prefix { $0 != "." })
    return FichePDFParser.parse(SourceText(path: "Content/\(name)", id: id, text: text), sidecar: nil)
}

/// Every section, depth first, as `depth role title`.
private func outline(_ sections: [Section], depth: Int = 0) -> [String] {
    sections.flatMap { ["\(depth) \($0.role?.rawValue ?? "-") \($0.title)"] + outline($0.subsections, depth: depth + 1) }
}

/// The first words of each paragraph, enough to tell them apart in an assertion.
private func openings(_ paragraphs: [Paragraph], words: Int = 4) -> [String] {
    paragraphs.map { $0.text.split(separator: " ").prefix(words).joined(separator: " ") }
}

/// Each marker as `note word`: the note number and the word it is glued to, in reading order.
func markerWords(_ document: Document) -> [String] {
    func visit(_ section: Section) -> [Paragraph] { section.paragraphs + section.subsections.flatMap(visit) }
    return document.sections.flatMap(visit).flatMap { paragraph in
        paragraph.noteRefs.map { ref in
            let before = paragraph.text.unicodeScalars.prefix(ref.offset).reversed().prefix { $0 != " " }.reversed()
            return "\(ref.footnote) \(String(String.UnicodeScalarView(before)))"
        }
    }
}

@Suite("Fiche PDF reader: a mededeling in the current template")
struct FichePDFBatteryBoosterTests {
    let name = "fiche-10-battery-booster.txt"

    @Test("the fiche parses without diagnostics")
    func noDiagnostics() throws {
        let (_, diagnostics) = try parsePDFFiche(name)
        #expect(diagnostics.map(\.description) == [])
    }

    @Test("title, number, kind, format and date come from the title line and Algemene gegevens")
    func identity() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(document.title == "Mededeling Battery Booster-strategie")
        #expect(document.metadata.ficheNumber == 10)
        #expect(document.kind == .fiche && document.format == .pdfText)
        #expect(document.date == "2025-12-16" && document.metadata.datum == "2025-12-16")
    }

    @Test("every Algemene gegevens label and value is a field")
    func fields() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(document.metadata.fields.map { "\($0.label) = \($0.value)" } == [
            "Titel voorstel = Mededeling van de Commissie “Batterij-booster”-strategie",
            "Datum ontvangst Commissiedocument = 16 december 2025",
            "Nr. Commissiedocument = C(2025) 8950",
            "EUR-Lex = https://eur-lex.europa.eu/legal-content/NL/TXT/PDF/?uri=CELEX:52026XC00682",
            "Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing = Niet opgesteld",
            "Behandelingstraject Raad = Raad voor Concurrentievermogen",
            "Eerstverantwoordelijk ministerie = Ministerie van Economische Zaken",
        ])
        #expect(document.metadata.fields[2].location == SourceLocation(file: "Content/\(name)", line: 13, column: 4))
    }

    @Test("chapters and lettered subsections form the template's tree with its roles, a wrapped chapter heading joined")
    func sectionTree() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(outline(document.sections) == [
            "0 algemeneGegevens Algemene gegevens",
            "0 essentieVoorstel Essentie voorstel",
            "0 nederlandsePositie Nederlandse positie ten aanzien van het voorstel",
            "1 essentieBeleid Essentie Nederlands beleid op dit terrein",
            "1 beoordelingInzet Beoordeling + inzet ten aanzien van dit voorstel",
            "1 krachtenveld Eerste inschatting van krachtenveld",
            "0 grondhouding Grondhouding ten aanzien van bevoegdheid, subsidiariteit, proportionaliteit, financiële "
                + "gevolgen en gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten",
            "1 bevoegdheid Bevoegdheid",
            "1 subsidiariteit Subsidiariteit",
            "1 proportionaliteit Proportionaliteit",
            "1 financieleGevolgen Financiële gevolgen",
            "1 regeldruk Gevolgen voor regeldruk, concurrentiekracht en geopolitieke aspecten",
        ])
        #expect(document.sections.map(\.id) == ["algemene-gegevens", "essentie-voorstel", "nederlandse-positie", "grondhouding"])
        #expect(document.sections[0].paragraphs.isEmpty)
        #expect(document.sections[1].paragraphs.count == 10)
        #expect(document.sections[2].subsections.map(\.paragraphs.count) == [7, 8, 1])
        #expect(document.sections[3].subsections.map(\.paragraphs.count) == [1, 1, 1, 1, 1])
    }

    @Test("paragraphs join their lines and run on over a page break inside a sentence")
    func pageBreaks() throws {
        let (document, _) = try parsePDFFiche(name)
        let essentie = document.sections[1].paragraphs
        #expect(essentie[1].text.hasSuffix("energiezekerheid en defensiecapaciteiten te versterken."))
        #expect(openings([essentie[2]]) == ["De strategie is gericht"])
        let position = document.sections[2].subsections[1].paragraphs[6]
        #expect(position.text == "In Pijler VI: Europese coördinatie en governance kondigt de Commissie aan een pilot te starten "
            + "voor de batterijsector met het nieuwe Coördinatie-instrument voor Concurrentievermogen (CCT). Het kabinet is "
            + "benieuwd naar de uitwerking en uitkomsten daarvan, en juicht het initiatief toe. De activiteiten van het CCT "
            + "sluiten goed aan bij de activiteiten van het Battery Competence Cluster – The Netherlands (BCC-NL), de stichting "
            + "die het Nederlandse batterijecosysteem organiseert en vertegenwoordigt.")
        #expect(position.location == SourceLocation(file: "Content/\(name)", line: 188, column: 1))
        let proportionaliteit = document.sections[3].subsections[2].paragraphs[0]
        #expect(proportionaliteit.text.hasSuffix("investeringen en aanbevelingen voor de verdere ontwikkeling van de batterij-industrie."))
    }

    @Test("every page-foot note is read with its full text, the one split over a page break joined")
    func notes() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(document.footnotes.map { "\($0.number) \($0.text)" } == [
            "1 Kamerstukken II 2025/26, 29826, nr. 277",
            "2 Kamerstukken II 2023/24, 33009, nr. 140",
            "3 Kamerstukken II 2025/26, 29826, nr. 277; bijlage Groeimarkten voor Nederland.",
            "4 Kamerstukken II 2022/23, 31209, nr. 239",
            "5 Kamerstukken II 2025/26, 31209, nr. 266",
            "6 Kamerstukken II 2024/25, 21 501-30, nr. 621",
            "7 Kamerstukken II 2025/26, 32637, nr. 739",
            "8 Kamerstukken II 2022/23, 32852, nr. 224; zie ook de voortgangsbrief over de Nationale "
                + "Grondstoffenstrategie van 20 december 2024.",
            "9 Kamerstukken II 2025/26, 22112-4244",
            "10 Nederlandse naam nog niet bekend",
        ])
        #expect(document.footnotes[0].location == SourceLocation(file: "Content/\(name)", line: 136, column: 1))
        #expect(document.footnotes[9].location == SourceLocation(file: "Content/\(name)", line: 192, column: 1))
    }

    @Test("every marker is taken out at its place")
    func markerPlaces() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(markerWords(document) == [
            "1 industriebeleid", "2 Technologiestrategie", "3 Groeimarktenrapport.", "4 Batterijsystemen,", "5 jaarlijks",
            "6 EU-concurrentievermogen.", "7 Rapport-Wennink", "8 Grondstoffenstrategie", "9 Actieplan.", "10 Act.",
        ])
        let first = try #require(document.sections[2].subsections[0].paragraphs.first?.noteRefs.first)
        #expect(first.location == SourceLocation(file: "Content/\(name)", line: 94, column: 44))
    }

    @Test("the six pillars get their titles, text and the cabinet's position")
    func pillars() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(document.pillars.map { "\($0.number) \($0.title)" } == [
            "1 financiële steun voor opschaling van productie",
            "2 ontwikkeling van een veerkrachtig upstream waardeketen",
            "3 zorgen voor een gelijk speelveld en waardevolle investeringen",
            "4 stimuleren van vraag naar in de EU geproduceerde batterijen",
            "5 versterking van onderzoek, innovatie en vaardigheden",
            "6 Europese coördinatie en governance",
        ])
        #expect(document.pillars.map { openings($0.text, words: 3) } == [
            ["De eerste pijler"], ["De tweede pijler"], ["De derde pijler"], ["De vierde pijler"], ["De vijfde pijler"],
            ["Als onderdeel van"],
        ])
        #expect(document.pillars.map { openings($0.position, words: 6) } == [
            ["Ten aanzien van pijler I ondersteunt"], ["Het kabinet herkent de in Pijler"],
            ["Het kabinet onderschrijft het onder pijler"], ["Het kabinet verwelkomt de inzet van"],
            ["De Commissie onderstreept in Pijler V:"], ["In Pijler VI: Europese coördinatie en"],
        ])
    }
}

@Suite("Fiche PDF reader: a proposal in the older template")
struct FichePDFOlderTemplateTests {
    let name = "fiche-2-batterijenverordening.txt"

    @Test("the fiche parses without diagnostics")
    func noDiagnostics() throws {
        let (_, diagnostics) = try parsePDFFiche(name)
        #expect(diagnostics.map(\.description) == [])
    }

    @Test("a title that wraps onto a second line is joined and stops before Algemene gegevens")
    func title() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(document.title == "Verordening inzake batterijen en afgedankte batterijen en tot intrekking van Richtlijn 2006/66/EG")
        #expect(document.metadata.ficheNumber == 2 && document.date == "2020-12-10")
    }

    @Test("a proposal's Algemene gegevens include Rechtsbasis, Besluitvormingsprocedure and Rol Europees Parlement")
    func fields() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(document.metadata.fields.map { "\($0.label) = \($0.value)" } == [
            "Titel voorstel = Voorstel voor een verordening van het Europees Parlement en de Raad betreffende batterijen en "
                + "afgedankte batterijen, tot intrekking van Richtlijn 2006/66/EG en tot wijziging van Verordening (EU) 2019/1020",
            "Datum ontvangst Commissiedocument = 10 december 2020",
            "Nr. Commissiedocument = COM(2020) 798",
            "EUR-Lex = https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:52020PC0798",
            "Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing = SWD(2020) 335 en SEC(2020) 420",
            "Behandelingstraject Raad = Milieuraad",
            "Eerstverantwoordelijk ministerie = Ministerie van Infrastructuur en Waterstaat",
            "Rechtsbasis = Artikel 114 van het Verdrag betreffende de werking van de Europese Unie (VWEU)",
            "Besluitvormingsprocedure Raad = Gekwalificeerde meerderheid",
            "Rol Europees Parlement = Medebeslissing",
        ])
    }

    @Test("the older chapter 4 and 5 wording and chapters 6 to 8 get their roles")
    func sectionTree() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(outline(document.sections) == [
            "0 algemeneGegevens Algemene gegevens",
            "0 essentieVoorstel Essentie voorstel",
            "1 other Inhoud voorstel",
            "1 other Impact assessment Commissie",
            "0 nederlandsePositie Nederlandse positie ten aanzien van het voorstel",
            "1 essentieBeleid Essentie Nederlands beleid op dit terrein",
            "1 beoordelingInzet Beoordeling + inzet ten aanzien van dit voorstel",
            "1 krachtenveld Eerste inschatting van krachtenveld",
            "0 grondhouding Beoordeling bevoegdheid, subsidiariteit en proportionaliteit",
            "1 bevoegdheid Bevoegdheid",
            "1 subsidiariteit Subsidiariteit",
            "1 proportionaliteit Proportionaliteit",
            "0 financieleGevolgen Financiële implicaties, gevolgen voor bedrijfsleven en burger en gevolgen voor regeldruk",
            "1 other Consequenties EU-begroting",
            "1 other Financiële consequenties (incl. personele) voor rijksoverheid en/of medeoverheden",
            "1 other Financiële consequenties (incl. personele) voor bedrijfsleven en burger",
            "1 regeldruk Gevolgen voor regeldruk/administratieve lasten voor rijksoverheid, medeoverheden en/of bedrijfsleven en burger",
            "1 other Gevolgen voor concurrentiekracht",
            "0 other Implicaties juridisch",
            "1 other Consequenties voor nationale en decentrale regelgeving en/of sanctionering beleid",
            "1 other Gedelegeerde en/of uitvoeringshandelingen",
            "0 other Implicaties voor uitvoering en/of handhaving",
            "0 other Implicaties voor ontwikkelingslanden",
        ])
        #expect(document.sections.map(\.id) == [
            "algemene-gegevens", "essentie-voorstel", "nederlandse-positie", "grondhouding", "financiele-gevolgen",
            "implicaties", "implicaties-2", "implicaties-3",
        ])
        #expect(document.pillars.isEmpty)
    }

    @Test("paragraphs without blank lines between them still part, and a sentence runs on over a page break")
    func paragraphs() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(openings(document.sections[1].subsections[0].paragraphs) == ["De Commissie stelt voor", "Het voorstel introduceert een"])
        let toezicht = document.sections[4].subsections[1].paragraphs
        #expect(toezicht.map(\.text) == [
            "Het toezicht op de nieuwe eisen vraagt extra capaciteit bij de Inspectie Leefomgeving en Transport. "
                + "Eventuele budgettaire gevolgen worden ingepast op de begroting van het beleidsverantwoordelijke departement.",
        ])
    }

    @Test("notes and markers, one glued to a year, are matched; a note split over a page break without blank lines is joined")
    func notes() throws {
        let (document, _) = try parsePDFFiche(name)
        #expect(document.footnotes.map { "\($0.number) \($0.text)" } == [
            "1 Kamerstuk 22112, nr. 2838",
            "2 Kamerstukken II 2019/20, 32852, nr. 113",
            "3 Besluit beheer batterijen en accu’s 2008, Stb. 2008, 107.",
            "4 Richtlijn 2006/66/EG van het Europees Parlement en de Raad van 6 september 2006 inzake batterijen en accu’s, "
                + "alsook afgedankte batterijen en accu’s (PbEU 2006, L 266).",
            "5 Kamerstukken II 2020/21, 21501-33, nr. 831; zie ook het verslag van de Milieuraad van 17 december 2020.",
        ])
        #expect(document.sections[7].paragraphs.map(\.text) == [
            "De eisen aan gepaste zorgvuldigheid kunnen bijdragen aan betere arbeidsomstandigheden bij de winning van "
                + "grondstoffen in ontwikkelingslanden.",
        ])
        #expect(markerWords(document) == ["1 batterijenrichtlijn", "2 Economie.", "3 2008", "4 richtlijn", "5 producenten."])
    }
}

@Suite("Fiche PDF reader: edge cases")
struct FichePDFEdgeCaseTests {
    func parse(_ text: String) -> (document: Document, diagnostics: [Diagnostic]) {
        FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
    }

    @Test("text before the title is reported as unplaced, never silently dropped")
    func unplacedPreamble() {
        let (document, diagnostics) = parse("""
            Overeenkomstig de bestaande afspraken ontvangt u hierbij een fiche.
            Fiche 3: Mededeling over waterstof
            1. Algemene gegevens
            a) Titel voorstel
            Mededeling over waterstof
            2. Essentie voorstel
            De Commissie wil meer waterstof.

            """)
        #expect(document.title == "Mededeling over waterstof")
        #expect(diagnostics.filter { $0.code == .unplacedText }.map(\.description) == [
            "Content/f.txt:1:1: warning: [unplaced-text] 1 line outside the fiche template (before the first chapter) is left out",
        ])
    }

    /// `pdftotext -layout` of a fiche: the PDF's vertical space as runs of empty lines inside a
    /// page, a note's number alone above its text (which starts two columns right), the page
    /// number right-aligned before the form feed.
    @Test("pdftotext -layout: runs of empty lines inside a page end no page, and a note's number alone is no page number")
    func layoutNotes() {
        let text = "Fiche 1: Wijziging verordeningen betreffende instant payments\n\n\n1. Algemene gegevens\na) Titel voorstel\n"
            + "Verordening betreffende instantovermakingen in euro\n\n\nb) Datum ontvangst Commissiedocument\n26 oktober 2022\n\n\n"
            + "2. Essentie voorstel\na) Inhoud voorstel\nIn september 2020 publiceerde de Commissie haar Retail Payments Strategy 1. Deze\n"
            + "strategie beoogt het bevorderen van het Europese retailbetalingsverkeer door,\n\n\n\n"
            + "1\n  Communication from the Commission on a Retail Payments Strategy for the EU (COM/2020/592\nfinal).\n\n\n\n"
            + String(repeating: " ", count: 90) + "1\n\u{0C}onder andere, instant payments aan te jagen 2. Een instant payment is snel.\n\n\n"
            + "2\n  Zie ook de mededeling over betalingen.\n\n\n" + String(repeating: " ", count: 90) + "2\n\u{0C}"
        let (document, _) = parse(text)
        #expect(document.footnotes.map(\.text) == [
            "Communication from the Commission on a Retail Payments Strategy for the EU (COM/2020/592 final).",
            "Zie ook de mededeling over betalingen.",
        ])
        #expect(document.allParagraphs.contains { $0.text.hasSuffix("retailbetalingsverkeer door, onder andere, instant payments aan te jagen. Een instant payment is snel.") })
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1, 2])
    }

    /// Plain `pdftotext` of a fiche: a note's superscript number on a line of its own above its
    /// text (not indented), or after the page's note texts; the page number before the form feed.
    @Test("plain pdftotext: note numbers alone, above their texts or after them, are read as the notes they number")
    func plainNotes() {
        let text = "Fiche 1: Wijziging verordeningen betreffende instant payments\n1. Algemene gegevens\na) Titel voorstel\n"
            + "Verordening betreffende instantovermakingen in euro\nb) Datum ontvangst Commissiedocument\n26 oktober 2022\n"
            + "2. Essentie voorstel\na) Inhoud voorstel\nIn september 2020 publiceerde de Commissie haar “Retail Payments\n"
            + "Strategy 1”. Deze strategie beoogt het bevorderen van het retailbetalingsverkeer door,\n\n"
            + "1\nCommunication from the Commission on a Retail Payments Strategy for the EU (COM/2020/592\nfinal).\n\n1\n\n"
            + "\u{0C}onder andere, instant payments aan te jagen 2. Een instant payment is anders dan een\n"
            + "Europese overschrijving 3 die pas de volgende werkdag binnen is.\n\n"
            + "De architectuur voor instant payment bestaat uit verschillende betalingssystemen.\nDe SEPA Credit Transfer (SCT)\n2\n3\n\n2\n\n\u{0C}"
        let (document, _) = parse(text)
        #expect(document.footnotes.map(\.text) == [
            "Communication from the Commission on a Retail Payments Strategy for the EU (COM/2020/592 final).",
            "De architectuur voor instant payment bestaat uit verschillende betalingssystemen.",
            "De SEPA Credit Transfer (SCT)",
        ])
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1, 2, 3])
        #expect(!document.allParagraphs.contains { $0.text.contains("Communication") || $0.text.contains("SEPA Credit") })
    }

    /// `pdftotext -raw` of a fiche: a note's text runs on from a full body line that breaks off
    /// mid-sentence, its number after it; the note's smaller type makes one of its lines longer than
    /// the body's. A note's line that ends in a bracket goes on with a line in brackets.
    @Test("pdftotext -raw: a note that runs on from a full body line is told by its longer lines; a note goes on after a bracket")
    func rawNoteAfterFullLine() {
        let body = [
            "zich vinden in de keuze voor een RTS in de hiervoor beschreven situatie. Het toekennen van deze",
            "bevoegdheid acht het kabinet mogelijk, omdat het niet gaat om essentiële onderdelen van de",
            "verordening. De vaststelling van de RTS geschiedt overeenkomstig de in de artikelen 10 tot en met",
            "14 van de ESMA-verordening neergelegde procedure.1 De Raad en het Europees Parlement hebben",
            "enkele maanden de tijd om bezwaar te maken tegen de vaststelling van de ontwerpnormen van de", "RTS.",
            "Het in artikel 1, tiende lid, van de verordening opgenomen artikel 22b, tweede lid, MiFIR geeft de",
            "Europese Commissie de bevoegdheid om gedelegeerde handelingen vast te stellen ter nadere",
            "specificatie van de kwaliteit en de inhoud van de handelsdata die market data providers moeten",
            "verstrekken aan de CTP en de kwaliteit van het transmissie protocol dat daarbij in aanmerking",
            "moet worden genomen. Deze delegatiebevoegdheid heeft tot doel de kwaliteit van handelsdata die",
        ]
        let note = [
            "Verordening (EU) nr. 1095/2010 van het Europees Parlement en de Raad van 24 november 2010 tot",
            "oprichting van een Europese toezichthoudende autoriteit (Europese Autoriteit voor effecten en markten), tot",
            "wijziging van Besluit nr. 716/2009/EG en tot intrekking van Besluit 2009/77/EG van de Commissie (PbEU",
            "2010, L331).",
        ]
        let next = [
            "aan een CTP moeten worden verstrekt te verbeteren en te uniformeren zodat de CTP adequaat kan",
            "functioneren. Het kabinet kan zich vinden in de keuze voor uitvoeringshandelingen, omdat met",
            "deze handeling wordt gewaarborgd dat de verordening volgens eenvormige voorwaarden wordt",
            "uitgevoerd. Hierbij voorziet de voorgestelde verordening in de onderzoeksprocedure, conform",
            "artikel 5 van de Comitologieverordening.2 Het kabinet acht dit de juiste procedure, gelet op het",
            "bepaalde in artikel 2 van die verordening, en steunt de keuze voor de onderzoeksprocedure.",
        ]
        let text = "Fiche 5: Herziening MiFIR\n1. Algemene gegevens\na) Titel voorstel\nVoorstel tot wijziging van MiFIR\n"
            + "2. Essentie voorstel\n" + (body + note).joined(separator: "\n") + "\n1\n\nPagina 1 van 2\n\n\u{0C}"
            + next.joined(separator: "\n") + "\n\n2 Verordening (EU) Nr. 182/2011 van het Europees Parlement en de Raad (PbEU 2011, L55)\n"
            + "(Comitologieverordening).\n\nPagina 2 van 2\n\n\u{0C}"
        let (document, _) = parse(text)
        #expect(document.footnotes.map(\.text) == [
            note.joined(separator: " "), "Verordening (EU) Nr. 182/2011 van het Europees Parlement en de Raad (PbEU 2011, L55) (Comitologieverordening).",
        ])
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1, 2])
        #expect(document.allParagraphs.contains { $0.text.contains("kwaliteit van handelsdata die aan een CTP moeten worden verstrekt") })
        #expect(!document.allParagraphs.contains { $0.text.contains("1095/2010") || $0.text.contains("Comitologieverordening).") })
    }

    @Test("a numbered or lettered list item in the body stays body text")
    func listItemsStayBody() {
        let (document, _) = parse("""
            Fiche 4: Mededeling over netten
            1. Algemene gegevens
            a) Titel voorstel
            Mededeling over netten
            2. Essentie voorstel
            De Commissie noemt twee acties:
            1. Het versnellen van vergunningen.
            3. Het vergroten van de capaciteit.
            a) Netbeheerders krijgen meer ruimte.
            3. Nederlandse positie ten aanzien van het voorstel

            """)
        #expect(document.sections.map(\.title) == ["Algemene gegevens", "Essentie voorstel", "Nederlandse positie ten aanzien van het voorstel"])
        #expect(document.sections[1].subsections.isEmpty)
        #expect(document.sections[1].paragraphs.map { $0.listLabel ?? "" } == ["", "1.", "3.", "a)"])
    }

    @Test("a date of receipt written in figures gives the document's date")
    func numericDate() {
        let (document, _) = parse("""
            Fiche 6: Mededeling over opslag
            1. Algemene gegevens
            a) Titel voorstel
            Mededeling over opslag
            b) Datum ontvangst Commissiedocument
            3-2-2024
            2. Essentie voorstel

            """)
        #expect(document.date == "2024-02-03")
    }

    @Test("a lowercase value of a template label stays its value")
    func lowercaseValue() {
        let (document, _) = parse("""
            Fiche 5: Verordening over laadpalen
            1. Algemene gegevens
            e) Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing
            n.v.t.
            2. Essentie voorstel

            """)
        #expect(document.metadata.fields.map { "\($0.label) = \($0.value)" } == [
            "Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing = n.v.t.",
        ])
    }

    @Test("a template label wrapped in a narrow column, its line ending open, runs on; its value stays its value")
    func wrappedLabel() {
        let (document, _) = parse("""
            Fiche 5: Verordening over laadpalen
            1. Algemene gegevens
            a) Titel voorstel
            Verordening van het Europees Parlement en de Raad over laadpalen langs
            de wegen van het trans-Europese vervoersnetwerk
            e) Nr. impact assessment Commissie en Opinie Raad voor
            Regelgevingstoetsing
            n.v.t.
            2. Essentie voorstel

            """)
        #expect(document.metadata.fields.map { "\($0.label) = \($0.value)" } == [
            "Titel voorstel = Verordening van het Europees Parlement en de Raad over laadpalen langs de wegen van het trans-Europese vervoersnetwerk",
            "Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing = n.v.t.",
        ])
    }
}

@Suite("Format detection: the official PDF layout of a fiche")
struct FichePDFDetectionTests {
    @Test("both PDF-layout fixtures are detected as such")
    func detected() throws {
        for name in ["fiche-10-battery-booster.txt", "fiche-2-batterijenverordening.txt"] {
            #expect(FormatDetector.detect(try TestPaths.fixtureText("fiches-pdf/\(name)")) == .pdfTextFiche)
        }
    }

    @Test("the page-dump seed and fiche fixtures are still page dumps, the letters still letters")
    func othersUnchanged() throws {
        for name in ["seed-fiche.txt", "drie-pijlers-arabisch.txt", "romeinse-pijlers.txt", "vier-pijlers-ordinaal.txt"] {
            #expect(FormatDetector.detect(try TestPaths.fixtureText("fiches/\(name)")) == .pageDumpFiche)
        }
        for name in ["seed-letter.txt", "waterstof-letter.txt", "netcongestie-single-spaced.txt"] {
            #expect(FormatDetector.detect(try TestPaths.fixtureText("kamerbrieven/\(name)")) == .pdfTextLetter)
        }
    }

    @Test("a PDF-layout text with a page dump's back-arrow notes is not the PDF layout")
    func pageDumpSignsWin() throws {
        let text = try TestPaths.fixtureText("fiches-pdf/fiche-2-batterijenverordening.txt") + "\n  1. Kamerstuk 22112, nr. 2838↩︎\n"
        #expect(FormatDetector.detect(text) != .pdfTextFiche)
    }

    @Test("the back-arrow is found at any byte position, before and after the eight-byte words the scan skips")
    func backArrowAnywhere() throws {
        let text = try TestPaths.fixtureText("fiches-pdf/fiche-2-batterijenverordening.txt")
        #expect(FichePDFLayout.matches(text))
        for pad in 0..<17 {
            let padding = String(repeating: "x", count: pad)
            #expect(!FichePDFLayout.matches(padding + "↩\n" + text))
            #expect(!FichePDFLayout.matches(text + padding + "↩"))
            #expect(FichePDFLayout.matches(text + padding + "→"))
        }
    }

    @Test("an unknown text still errors, listing every known form")
    func unknownText() {
        let outcome = Ingester.ingest(ContentFile(path: "Content/los.txt", stem: "los", bytes: Array("Een los briefje.\nNog een regel.\n".utf8)))
        #expect(outcome.document == nil)
        let message = outcome.diagnostics.first { $0.code == .unknownFormat }?.message ?? ""
        for form in FormatDetector.forms {
            #expect(message.contains("\(form.name) (\(form.looksLike))"))
        }
        #expect(message.contains("fiche page dump (a mirrored BNC-fiche page"))
        #expect(message.contains("fiche in the official PDF layout"))
        #expect(message.contains("kamerbrief (text extracted from a PDF letter"))
    }

    @Test("a sidecar kind: fiche still reads the PDF layout with the PDF reader, and a page dump as a page dump")
    func forcedKind() throws {
        let sidecar = ContentFile.SidecarFile(path: "Content/f.yml", bytes: Array("kind: fiche\n".utf8))
        let pdf = Ingester.ingest(ContentFile(
            path: "Content/f.txt", stem: "f", bytes: Array(try TestPaths.fixtureText("fiches-pdf/fiche-10-battery-booster.txt").utf8),
            sidecar: sidecar))
        #expect(pdf.document?.format == .pdfText && pdf.document?.title == "Mededeling Battery Booster-strategie")
        let dump = Ingester.ingest(ContentFile(
            path: "Content/f.txt", stem: "f", bytes: Array(try TestPaths.fixtureText("fiches/seed-fiche.txt").utf8), sidecar: sidecar))
        #expect(dump.document?.format == .pageDump)
    }
}

@Suite("Fiche PDF reader: labels on a line of their own, and a cover letter before the fiche")
struct FichePDFBareLabelTests {
    let text = """
        Overeenkomstig de bestaande afspraken ontvangt u hierbij twee fiches.
        Fiche 1: Richtlijn energie-efficiëntie
        Fiche 2: Herziening richtlijn energielabelling
        De Minister van Buitenlandse Zaken,
        Fiche: Herziening richtlijn energielabelling
        1.
        Algemene gegevens
        a)
        Titel voorstel
        Vaststelling van een kader voor energie-efficiëntie-etikettering
        b)
        Datum ontvangst Commissiedocument
        16 juli 2015
        2.
        Essentie voorstel
        De Commissie stelt een nieuw kader voor etikettering voor.

        """

    @Test("the layout is detected with its chapter numbers on lines of their own")
    func detected() {
        #expect(FormatDetector.detect(text) == .pdfTextFiche)
    }

    @Test("a label alone on its line labels the heading on the next line")
    func bareLabels() {
        let (document, _) = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        #expect(document.sections.map(\.title) == ["Algemene gegevens", "Essentie voorstel"])
        #expect(document.metadata.fields.map { "\($0.label) = \($0.value)" } == [
            "Titel voorstel = Vaststelling van een kader voor energie-efficiëntie-etikettering",
            "Datum ontvangst Commissiedocument = 16 juli 2015",
        ])
        #expect(document.date == "2015-07-16")
        #expect(document.sections[1].paragraphs.map(\.text) == ["De Commissie stelt een nieuw kader voor etikettering voor."])
    }

    @Test("the last Fiche line before the first chapter is the title; the cover letter is reported as unplaced")
    func coverLetter() {
        let (document, diagnostics) = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        #expect(document.title == "Herziening richtlijn energielabelling")
        #expect(document.metadata.ficheNumber == nil)
        #expect(diagnostics.filter { $0.code == .unplacedText }.map(\.description) == [
            "Content/f.txt:1:1: warning: [unplaced-text] 4 lines outside the fiche template (before the first chapter) are left out",
        ])
    }
}

@Suite("Fiche PDF reader: lettered headings wrapped over two lines")
struct FichePDFWrappedSubsectionTests {
    @Test("a lettered heading wrapped onto a short second line is a subsection, and the letters after it follow on; a list item is not")
    func wrappedHeadings() throws {
        var text = try TestPaths.fixtureText("fiches-pdf/fiche-2-batterijenverordening.txt")
        text = text.replacingOccurrences(
            of: "a) Consequenties voor nationale en decentrale regelgeving en/of sanctionering beleid\n",
            with: "a) Consequenties voor nationale en decentrale regelgeving en/of sanctionering beleid (inclusief\n"
                + "toepassing van de lex silencio positivo)\n")
        text = text.replacingOccurrences(
            of: "berekening van de koolstofvoetafdruk.\n",
            with: "berekening van de koolstofvoetafdruk.\nc)\n\nVoorgestelde implementatietermijn (bij richtlijnen), dan wel voorgestelde datum\n"
                + "inwerkingtreding (bij verordeningen en besluiten) met commentaar t.a.v. haalbaarheid\n\n"
                + "De verordening treedt in werking op de twintigste dag na publicatie.\n"
                + "d) Wenselijkheid evaluatie-/horizonbepaling, waarbij het kabinet ook kijkt naar de gevolgen voor\n"
                + "de uitvoering door gemeenten, provincies en waterschappen in de komende jaren en de\n"
                + "lasten voor bedrijven.\n")
        let (document, _) = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        let juridisch = try #require(document.sections.first { $0.title == "Implicaties juridisch" })
        #expect(juridisch.subsections.map(\.title) == [
            "Consequenties voor nationale en decentrale regelgeving en/of sanctionering beleid (inclusief toepassing van de lex silencio positivo)",
            "Gedelegeerde en/of uitvoeringshandelingen",
            "Voorgestelde implementatietermijn (bij richtlijnen), dan wel voorgestelde datum inwerkingtreding (bij verordeningen en besluiten) met commentaar t.a.v. haalbaarheid",
        ])
        #expect(juridisch.subsections[2].paragraphs.first?.text == "De verordening treedt in werking op de twintigste dag na publicatie.")
        // `d)` whose text runs on over full lines is the last subsection's list item.
        #expect(juridisch.subsections[2].paragraphs.last?.listLabel == "d)")
    }

    @Test("a lettered heading wrapped onto a long second line is a subsection where a new sentence follows that would have fitted on it")
    func wrappedOntoLongLine() throws {
        var text = try TestPaths.fixtureText("fiches-pdf/fiche-2-batterijenverordening.txt")
        // Text as pypdf extracts it: no blank line around the heading, a space at each line's end.
        text = text.replacingOccurrences(
            of: "berekening van de koolstofvoetafdruk.\n",
            with: "berekening van de koolstofvoetafdruk.\nc) Voorgestelde implementatietermijn (bij richtlijnen), dan wel voorgestelde datum \n"
                + "inwerkingtreding (bij verordeningen en besluiten) met commentaar t.a.v. haalbaarheid \n"
                + "De verordening treedt in werking op de twintigste dag na publicatie. \n"
                + "d) Wenselijkheid evaluatie-/horizonbepaling \n"
                + "Het voorstel bevat geen evaluatiebepaling. \n"
                + "e) Het kabinet vraagt de Commissie om een toelichting op de gevolgen voor de uitvoering door \n"
                + "gemeenten, provincies en waterschappen in de komende jaren en de lasten voor bedrijven \n"
                + "en burgers, in het bijzonder voor het midden- en kleinbedrijf. \n")
        let (document, _) = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        let juridisch = try #require(document.sections.first { $0.title == "Implicaties juridisch" })
        #expect(juridisch.subsections.map(\.title) == [
            "Consequenties voor nationale en decentrale regelgeving en/of sanctionering beleid",
            "Gedelegeerde en/of uitvoeringshandelingen",
            "Voorgestelde implementatietermijn (bij richtlijnen), dan wel voorgestelde datum inwerkingtreding (bij verordeningen en besluiten) met commentaar t.a.v. haalbaarheid",
            "Wenselijkheid evaluatie-/horizonbepaling",
        ])
        #expect(juridisch.subsections[2].paragraphs.map(\.text) == ["De verordening treedt in werking op de twintigste dag na publicatie."])
        // `e)` whose second line fills its width as its text runs on is a list item.
        #expect(juridisch.subsections[3].paragraphs.last?.listLabel == "e)")
    }
}

@Suite("Fiche PDF reader: pages without form feeds")
struct FichePDFWithoutFormFeedTests {
    @Test("page numbers in sequence end the pages, so a text without form feeds gives the same model", arguments: [
        "fiche-10-battery-booster.txt", "fiche-2-batterijenverordening.txt",
    ])
    func sameModel(name: String) throws {
        let text = try TestPaths.fixtureText("fiches-pdf/\(name)")
        #expect(text.contains("\u{0C}"))
        let withFeeds = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        let withoutFeeds = FichePDFParser.parse(
            SourceText(path: "Content/f.txt", id: "f", text: text.replacingOccurrences(of: "\u{0C}", with: "")), sidecar: nil)
        #expect(withoutFeeds.document == withFeeds.document)
        #expect(withoutFeeds.diagnostics.isEmpty)
    }
}

@Suite("Fiche PDF reader: a numbered list in a chapter")
struct FichePDFNumberedListTests {
    @Test("a list's next item numbered as the next chapter stays on the list; the chapter the template names is the chapter")
    func listBeforeChapter() throws {
        var text = try TestPaths.fixtureText("fiches-pdf/fiche-2-batterijenverordening.txt")
        let chapter3 = "3. Nederlandse positie ten aanzien van het voorstel\n"
        #expect(text.contains(chapter3))
        text = text.replacingOccurrences(of: chapter3, with: "Het voorstel bevat vier verplichtingen:\n"
            + "1. Een verplichting voor producenten om de koolstofvoetafdruk van hun batterijen te melden.\n"
            + "2. Een verplichting om gerecyclede grondstoffen te gebruiken in nieuwe batterijen.\n"
            + "3. Een verplichting voor gepaste zorgvuldigheid in de keten van grondstoffen voor\n"
            + "batterijen die op de Europese markt worden gebracht.\n"
            + "4. Een verplichting om afgedankte batterijen in te zamelen.\n" + chapter3)
        let (document, _) = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        #expect(document.sections.map(\.title).prefix(4) == [
            "Algemene gegevens", "Essentie voorstel", "Nederlandse positie ten aanzien van het voorstel",
            "Beoordeling bevoegdheid, subsidiariteit en proportionaliteit",
        ])
        let items = document.sections[1].subsections.last?.paragraphs.compactMap(\.listLabel)
        #expect(items == ["1.", "2.", "3.", "4."])
    }
}

@Suite("Fiche PDF reader: double-spaced text")
struct FichePDFDoubleSpacedTests {
    /// `text` as pdfminer writes a PDF whose lines are set wide apart: every line with a space at
    /// its end and an empty line after it, and no mark where a paragraph ends.
    static func doubleSpaced(_ text: String) -> String {
        text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map { "\($0) \n\n" }.joined()
        }.joined(separator: "\u{0C}")
    }

    @Test("double-spaced text gives the same sections, paragraphs and notes as pdftotext's blocks")
    func sameModel() throws {
        let text = try TestPaths.fixtureText("fiches-pdf/fiche-2-batterijenverordening.txt")
        let blocks = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        let spaced = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: Self.doubleSpaced(text)), sidecar: nil)
        #expect(outline(spaced.document.sections) == outline(blocks.document.sections))
        #expect(spaced.document.sectionParagraphs.map(\.text) == blocks.document.sectionParagraphs.map(\.text))
        #expect(spaced.document.sectionParagraphs.map { $0.noteRefs.map(\.footnote) } == blocks.document.sectionParagraphs.map { $0.noteRefs.map(\.footnote) })
        #expect(spaced.document.footnotes.map(\.text) == blocks.document.footnotes.map(\.text))
        #expect(spaced.document.metadata.fields.map { "\($0.label) = \($0.value)" } == blocks.document.metadata.fields.map { "\($0.label) = \($0.value)" })
        #expect(spaced.diagnostics.map(\.code) == blocks.diagnostics.map(\.code))
    }

    @Test("in double-spaced text a paragraph ends on a line that was not wrapped, not at every empty line")
    func paragraphs() throws {
        let text = Self.doubleSpaced(try TestPaths.fixtureText("fiches-pdf/fiche-10-battery-booster.txt"))
        let (document, _) = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        let essentie = try #require(document.sections.first { $0.title == "Essentie voorstel" })
        #expect(essentie.paragraphs.count > 3)
        // Every paragraph is more than one of the text's lines, or ends a sentence.
        for paragraph in document.sectionParagraphs {
            #expect(paragraph.text.utf8.count > 110 || [".", ":", "?", ";"].contains(paragraph.text.last), "\(paragraph.text)")
        }
        #expect(document.footnotes.count == 10)
    }
}

@Suite("Fiche PDF reader: dashes and bullets")
struct FichePDFDashTests {
    @Test("a dash that opens a line inside a sentence is punctuation; bullets after a sentence are list items")
    func dashes() {
        let text = Self.batteryFicheHead + """
            Hiermee wil de Commissie de batterijwaardeketen van de Europese Unie (EU) en in het bijzonder
            – die van de auto-industrie – stimuleren. De Commissie noemt twee middelen:
            – financiering uit het Innovatiefonds;
            – eisen aan batterijen die in de EU worden verkocht.

            """
        let (document, _) = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        #expect(document.sections[1].paragraphs.map { "\($0.listLabel ?? "") \($0.text)" } == [
            " Hiermee wil de Commissie de batterijwaardeketen van de Europese Unie (EU) en in het bijzonder – die van de "
                + "auto-industrie – stimuleren. De Commissie noemt twee middelen:",
            "– financiering uit het Innovatiefonds;",
            "– eisen aan batterijen die in de EU worden verkocht.",
        ])
    }

    @Test("a Symbol or Wingdings bullet in the private use area is shown as the bullet it draws")
    func privateUseBullets() {
        let text = Self.batteryFicheHead + """
            De Commissie noemt drie middelen:
            \u{F0B7}\tfinanciering uit het Innovatiefonds;
            \u{F0A7} eisen aan batterijen die in de EU worden verkocht;
            • een platform voor de sector.

            """
        let (document, _) = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        #expect(document.sections[1].paragraphs.map { $0.listLabel ?? "" } == ["", "•", "▪", "•"])
    }

    /// A fiche's title and general data, up to the heading of its second section.
    static let batteryFicheHead = """
            Fiche 7: Mededeling over batterijen
            1. Algemene gegevens
            a) Titel voorstel
            Mededeling over batterijen
            2. Essentie voorstel

            """
}
