import Foundation
import Testing
@testable import KamerArchief

/// Papers of prose in the Kamerstuk PDF layout as `pdftotext` prints them (invented text): chapters
/// numbered on lines of their own, a table of contents, the committee's signatures above the text,
/// signers above the last page's notes, and section numbers that look like glued markers.
@Suite("Kamerstuk PDF layout: memorie van toelichting, verslag and nota")
struct KamerstukPDFProseTests {
    func read(_ name: String) throws -> Document {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture("variants/\(name)")))
        return try #require(Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "stuk", bytes: bytes)).document)
    }

    /// A minister's letter in the Kamerstuk layout, its head (fifteen lines, dated `date`) above `body`.
    func letter(number: Int, date: String, body: String) -> String {
        """
        Tweede Kamer der Staten-Generaal

        2

        Vergaderjaar 2025–2026

        32 813

        Kabinetsaanpak Klimaatbeleid

        Nr. \(number)

        BRIEF VAN DE MINISTER VAN KLIMAAT EN GROENE GROEI
        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
        Den Haag, \(date)

        """ + body
    }

    func textBefore(note: Int, in document: Document) -> String {
        for paragraph in document.xmlParagraphs {
            if let ref = paragraph.noteRefs.first(where: { $0.footnote == note }) {
                return String(String.UnicodeScalarView(paragraph.text.unicodeScalars.prefix(ref.offset)))
            }
        }
        return ""
    }

    @Test("numbered chapters nest (I. over 1. over 2.1), the table of contents is left out, and not in the title")
    func memorieVanToelichting() throws {
        let document = try read("mvt-inhoudsopgave.txt")
        #expect(document.kind == .memorieVanToelichting)
        #expect(!document.title.lowercased().contains("inhoudsopgave"))
        #expect(document.sections.map(\.title) == ["I. ALGEMEEN", "II. ARTIKELSGEWIJS"])
        let algemeen = document.sections[0]
        #expect(algemeen.subsections.map(\.title).prefix(2) == ["1. Inleiding", "2. Hoofdlijnen van het wetsvoorstel"])
        #expect(algemeen.subsections[1].subsections.map(\.title).prefix(2) == ["2.1 Aanleiding", "2.2 Inhoud van het wetsvoorstel"])
        #expect(document.sections[1].subsections.first?.title == "Artikel I, onderdeel A")
        #expect(!document.xmlParagraphs.contains { $0.text.contains("Inleiding 1") || $0.text.hasPrefix("Inleiding") })
        #expect(textBefore(note: 1, in: document).hasSuffix("1.500 kilometer dijk."))
        #expect(textBefore(note: 2, in: document).hasSuffix("niet aan de wettelijke norm voldoet."))
    }

    /// The entries of `mvt-inhoudsopgave.txt`'s table of contents and their page numbers.
    static let contentsEntries = [
        "I. ALGEMEEN", "1. Inleiding", "2. Hoofdlijnen van het wetsvoorstel", "2.1 Aanleiding", "2.2 Inhoud van het wetsvoorstel",
        "3. Verhouding tot hoger recht", "4. Financiële gevolgen", "5. Advies en consultatie", "II. ARTIKELSGEWIJS",
    ]
    static let contentsPages = [1, 1, 2, 2, 2, 3, 3, 3, 4]

    /// `mvt-inhoudsopgave.txt` with each contents line (`entry page`) written as `rewrite` gives it.
    func contentsRewritten(_ rewrite: (String, Int) -> String) throws -> String {
        var text = try String(contentsOf: TestPaths.fixture("variants/mvt-inhoudsopgave.txt"), encoding: .utf8)
        for (entry, page) in zip(Self.contentsEntries, Self.contentsPages) {
            text = text.replacingOccurrences(of: "\n\(entry) \(page)\n", with: "\n" + rewrite(entry, page))
        }
        return text
    }

    /// pdfminer, pdftotext and the PDF reader set the contents' page numbers as a column of their
    /// own: after the first chapter's headings, or at the next page's top.
    @Test("a table of contents whose page numbers stand apart, after the first headings or further on, is left out", arguments: ["1. Inleiding\n", "2.1 Aanleiding\n"])
    func contentsNumbersApart(after heading: String) throws {
        var text = try contentsRewritten { entry, _ in "\(entry)\n" }
        let column = "\n" + Self.contentsPages.map(String.init).joined(separator: "\n") + "\n\n"
        let chapters = try #require(text.range(of: "II. ARTIKELSGEWIJS\n"))
        let place = try #require(text.range(of: heading, range: chapters.upperBound..<text.endIndex))
        text.replaceSubrange(place, with: heading + column)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/mvt.txt", stem: "mvt", bytes: Array(text.utf8))).document)
        #expect(document.sections.map(\.title) == ["I. ALGEMEEN", "II. ARTIKELSGEWIJS"])
        #expect(document.sections[0].subsections.map(\.title).prefix(2) == ["1. Inleiding", "2. Hoofdlijnen van het wetsvoorstel"])
        #expect(!document.xmlParagraphs.contains { $0.text.hasPrefix("1 1 2") || $0.text.hasPrefix("Inleiding") || $0.text.contains(" 2 2 2 3") })
        #expect(document.xmlParagraphs.first?.text.hasPrefix("Dit wetsvoorstel wijzigt de Waterwet") == true)
    }

    @Test("a table of contents with an entry's title wrapped onto a line that ends in its page number is left out whole")
    func contentsEntryWrapped() throws {
        let text = try String(contentsOf: TestPaths.fixture("variants/mvt-inhoudsopgave.txt"), encoding: .utf8)
            .replacingOccurrences(of: "\n3. Verhouding tot hoger recht 3\n", with: "\n3. Verhouding tot hoger recht en tot de andere\nregelgeving 3\n")
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/mvt.txt", stem: "mvt", bytes: Array(text.utf8))).document)
        #expect(document.sections.map(\.title) == ["I. ALGEMEEN", "II. ARTIKELSGEWIJS"])
        #expect(document.xmlParagraphs.first?.text.hasPrefix("Dit wetsvoorstel wijzigt de Waterwet") == true)
        #expect(!document.xmlParagraphs.contains { $0.text.contains("regelgeving 3") || $0.text.contains("Financiële gevolgen 3") })
    }

    /// pypdf and PyMuPDF write each entry's title, then its page number on a line of its own.
    @Test("a table of contents with each page number on the line after its entry, a title wrapped, is left out")
    func contentsNumbersUnderEntries() throws {
        var text = try contentsRewritten { entry, page in "\(entry)\n\(page)\n" }
        text = text.replacingOccurrences(of: "\n3. Verhouding tot hoger recht\n3\n", with: "\n3. Verhouding tot hoger\nrecht\n3\n")
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/mvt.txt", stem: "mvt", bytes: Array(text.utf8))).document)
        #expect(document.sections.map(\.title) == ["I. ALGEMEEN", "II. ARTIKELSGEWIJS"])
        #expect(document.sections[0].subsections.map(\.title).prefix(2) == ["1. Inleiding", "2. Hoofdlijnen van het wetsvoorstel"])
        #expect(document.xmlParagraphs.first?.text.hasPrefix("Dit wetsvoorstel wijzigt de Waterwet") == true)
        #expect(!document.xmlParagraphs.contains { $0.text.contains("Inhoud van het wetsvoorstel") || $0.text.contains("hoger recht 3") })
    }

    @Test("a verslag van een schriftelijk overleg: the committee signs above a table of contents in columns")
    func schriftelijkOverleg() throws {
        let document = try read("schriftelijk-overleg-commissie.txt")
        #expect(document.metadata.ondertekening == [
            Signer(naam: "Kisteman", functie: "De voorzitter van de commissie"),
            Signer(naam: "Manten", functie: "De griffier van de commissie"),
        ])
        let top = document.sections.map(\.title)
        #expect(top == ["Tekst", "I Vragen en opmerkingen vanuit de fracties", "II Reactie van de Minister"])
        #expect(document.sections[1].subsections.map(\.title) == [
            "Vragen en opmerkingen van de leden van de VVD-fractie", "Vragen en opmerkingen van de leden van de D66-fractie",
        ])
        #expect(!document.xmlParagraphs.contains { $0.text.contains("Kisteman") || $0.text.contains("Inhoudsopgave") })
    }

    @Test("the signers above the last page's notes, after a sentence that ends in a marker")
    func signersAboveNotes() throws {
        let document = try read("nota-noot-laatste-pagina.txt")
        #expect(document.metadata.ondertekening.map(\.naam) == ["B. Madlener", "C.A. Jansen"])
        #expect(document.footnotes.map(\.number) == [1, 2])
        #expect(textBefore(note: 2, in: document).hasSuffix("weer aan bij de algemene regel."))
        #expect(!document.xmlParagraphs.contains { $0.text.contains("Madlener") })
    }

    @Test("a section number before a lowercase word is no marker (paragraaf 2.1 van); the note's own marker is")
    func sectionNumberIsNoMarker() throws {
        let document = try read("nota-paragraafnummer.txt")
        #expect(document.xmlParagraphs.contains { $0.text.contains("Zoals in paragraaf 2.1 van de memorie van toelichting") })
        #expect(textBefore(note: 1, in: document).hasSuffix("uit de derde landelijke beoordeling"))
        #expect(document.sections.map(\.title).contains("1. Inleiding"))
    }

    @Test("a wetsvoorstel: its numbered leden stay items, and the closing formulas are paragraphs of their own")
    func wetsvoorstel() throws {
        let document = try read("wetsvoorstel.txt")
        #expect(document.kind == .wetsvoorstel)
        #expect(document.xmlParagraphs.filter { $0.listLabel == "1." }.count == 2)
        let last = try #require(document.sections.last)
        #expect(last.title == "ARTIKEL III")
        #expect(last.paragraphs.map { String($0.text.prefix(20)) } == ["Deze wet wordt aange", "Lasten en bevelen da", "Gegeven De Minister "])
    }

    @Test("a numbered heading wrapped over two lines is one heading; a table's cells are one paragraph, not sections")
    func wrappedHeadingAndTableCells() throws {
        let document = try read("mvt-tabel-kop-twee-regels.txt")
        let chapters = try #require(document.sections.first).subsections.map(\.title)
        #expect(chapters.contains("3. Gevolgen voor burgers, bedrijven en overheden (regeldruk en uitvoeringslasten)"))
        #expect(!document.allSections.map(\.title).contains { ["Sector", "Energie", "Drinkwater"].contains($0) })
        #expect(document.xmlParagraphs.contains { $0.text.hasPrefix("Sector Energie Drinkwater") })
    }

    @Test("a lijst van vragen en antwoorden: each question and answer label is a heading, also after a full line; the answer's own headings nest under it")
    func questionsAndAnswers() throws {
        let document = try read("lijst-vragen-antwoorden.txt")
        #expect(document.kind == .verslag)
        #expect(document.sections.map(\.title) == [
            "Tekst", "Vraag 1", "Antwoord op vraag 1", "Vraag 2", "Antwoord op vraag 2", "Vragen 3 en 4", "Antwoord op vragen 3 en 4",
        ])
        #expect(document.sections[1].paragraphs.map(\.text) == [
            "Hoeveel thuisbatterijen zijn in 2025 geplaatst, en hoeveel daarvan zijn gekoppeld aan zonnepanelen op hetzelfde dak?",
        ])
        #expect(document.sections[2].subsections.map(\.title) == ["Huishoudens", "Bedrijven"])
        // The question that fills its line keeps no label glued to it.
        #expect(document.sections[3].paragraphs.map(\.text) == ["Kunt u aangeven welke subsidieregelingen voor opslag in 2026 openstaan voor mkb?"])
        #expect(document.sections[4].paragraphs.first?.noteRefs.map(\.footnote) == [1])
        #expect(document.metadata.ondertekening.map(\.naam) == ["Thijssen", "Nijboer"])
    }

    @Test("question and answer labels: numbered, ranged, with a colon; not a sentence that opens with Vraag or Antwoord")
    func questionLabels() {
        for label in ["Vraag 1", "Vraag 12a", "Vragen 3 en 4", "Vragen 3, 4 en 5", "Antwoord", "Antwoord:", "Antwoord 2", "Antwoord op vraag 1:",
                      "Antwoord op vragen 3 t/m 5", "VRAAG 7"] {
            #expect(Kamervragen.isQuestionLabel(label), "\(label)")
        }
        for line in ["Vraag van het lid Kröger", "Antwoord van Minister Hermans", "Antwoord op vraag", "Vraag 1 gaat over de kosten",
                     "Antwoorden Kamervragen over thuisbatterijen", "Vraagnummer 2025Z01234", "Vraag 1234"] {
            #expect(!Kamervragen.isQuestionLabel(line), "\(line)")
        }
    }

    @Test("a title without a number that wraps onto a second line, between blank lines, is a heading; a paragraph of two lines is not")
    func wrappedTitle() throws {
        let text = letter(number: 1512, date: "4 april 2026", body: """
            Inleiding

            In het debat met de vaste commissie voor Klimaat en Groene Groei over de batterijketen
            heb ik uw Kamer toegezegd haar voor de zomer te informeren over de stand van zaken.

            Uitvoering motie van de leden Kröger en Bontenbal over de Europese inzet voor
            batterijfabrieken en grondstoffen

            Naar aanleiding van de motie heb ik in de Raad gepleit voor een Europees fonds voor de
            productie van batterijcellen. Dat pleidooi vond steun bij een aantal lidstaten en bij de
            Commissie, die het in haar voorstel heeft overgenomen.

            Het kabinet blijft zich inzetten voor gelijke concurrentievoorwaarden tussen de lidstaten
            en steunt daarom het voorstel.

            Tot slot

            Ik informeer uw Kamer voor de zomer opnieuw over de voortgang.

            De Minister van Klimaat en Groene Groei,
            S.T.M. Hermans

            """)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: Array(text.utf8))).document)
        #expect(document.sections.map(\.title) == [
            "Inleiding", "Uitvoering motie van de leden Kröger en Bontenbal over de Europese inzet voor batterijfabrieken en grondstoffen", "Tot slot",
        ])
        #expect(document.sections[1].paragraphs.count == 2)
    }

    @Test("words the typesetting broke at a line's end join without the hyphen; compounds, abbreviations and suspended compounds keep it")
    func brokenWords() throws {
        let text = letter(number: 1510, date: "2 april 2026", body: """
            De Tozo-lening kent een beperktere looptijd. De regeling voor thuisbatterijen kent een beperk-
            tere looptijd dan de regeling voor buurtbatterijen, en de Tozo-
            lening is voor mkb-
            bedrijven open. De verkeers-
            veiligheid en de milieu-
            en klimaatdoelen wegen mee bij de Staatssecre-
            taris.

            De Minister van Klimaat en Groene Groei,
            S.T.M. Hermans

            """)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: Array(text.utf8))).document)
        #expect(document.kind == .kamerbrief)
        #expect(document.xmlParagraphs.map(\.text) == [
            "De Tozo-lening kent een beperktere looptijd. De regeling voor thuisbatterijen kent een beperktere looptijd dan de regeling voor "
                + "buurtbatterijen, en de Tozo-lening is voor mkb-bedrijven open. De verkeersveiligheid en de milieu- en klimaatdoelen wegen mee "
                + "bij de Staatssecretaris.",
        ])
        #expect(document.xmlParagraphs.first?.location.line == 16)
    }

    @Test("a hyphen taken off the end keeps every offset's place: the next line's text maps to its own line")
    func removedHyphenKeepsLocations() {
        var text = LocatedText(reservingCapacity: 16, pieces: 2)
        text.append("een beperk-", at: SourceLocation(file: "f", line: 3, column: 5))
        text.removeLastASCII()
        text.append("tere", at: SourceLocation(file: "f", line: 4, column: 5))
        #expect(text.text == "een beperktere")
        #expect(text.location(at: 10) == SourceLocation(file: "f", line: 4, column: 5))
        #expect(text.location(at: 9) == SourceLocation(file: "f", line: 3, column: 14))
    }

    @Test("a short question on a line of its own after a paragraph is a heading; under a question's label it is the question's text")
    func questionHeadings() throws {
        let text = letter(number: 1511, date: "3 april 2026", body: """
            De werkgroep heeft in 2025 vier keer vergaderd over de brandveiligheid van batterijen in
            woningen en over de regels die daarvoor nodig zijn.
            Thuisbatterij of buurtbatterij?
            Een buurtbatterij dient de wijk, een thuisbatterij het huishouden dat haar heeft geplaatst.
            Vraag 2
            Heeft de werkgroep de brandweer gehoord? Zo ja, wat adviseert zij over de plaats van de
            batterij?
            Wordt dat advies openbaar?
            Antwoord 2
            Ja, het advies verschijnt in mei.

            """)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: Array(text.utf8))).document)
        #expect(document.sections.map(\.title) == ["Tekst", "Thuisbatterij of buurtbatterij?", "Vraag 2", "Antwoord 2"])
        #expect(document.sections[2].paragraphs.last?.text == "Wordt dat advies openbaar?")
    }
}
