import Foundation
import Testing
@testable import KamerArchief

/// Reads a fixture from `Fixtures/pdf/` through the whole ingest stage, as a build would.
func ingestPDFFixture(_ name: String, replacing: (String, String)? = nil) throws -> (document: Document?, diagnostics: [Diagnostic]) {
    var bytes = try [UInt8](Data(contentsOf: TestPaths.fixture("pdf/\(name)")))
    if let (old, new) = replacing {
        bytes = Array(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: old, with: new).utf8)
    }
    let stem = String(name.prefix { $0 != "." })
    return Ingester.ingest(ContentFile(path: "Content/\(name)", stem: stem, bytes: bytes))
}

extension Document {
    /// Every text of the document that a page shows.
    var allTexts: [String] {
        [title, metadata.dossierTitle ?? ""] + sections.map(\.title) + allParagraphs.map(\.text)
            + footnotes.map(\.text) + metadata.ondertekening.map(\.naam)
    }
}

let kamerstukFurniture = ["kst-", "ISSN", "Tweede Kamer, vergaderjaar", "’s-Gravenhage"]

@Suite("Kamerstuk PDF layout: the real motie, from the PDF and from its pdftotext text")
struct KamerstukMotieTests {
    static let clauses = [
        "De Kamer,",
        "gehoord de beraadslaging,",
        "constaterende dat Israël meer gebied in het zuiden van Gaza wil innemen en Rafah wil ontruimen;",
        "overwegende dat sinds president Trump aan de macht is de Israëlische regering escalatie verkiest in plaats van "
            + "aansturen op het staakt-het-vuren;",
        "overwegende dat een actieve en eensgezinde rol van de EU essentieel is voor een duurzaam staakt-het-vuren;",
        "verzoekt de regering Israël op te roepen tot onmiddellijke toelating van humanitaire hulp en herstel van "
            + "stroomvoorziening in Gaza, en zich, mede gezien de opstelling van de VS, in te zetten voor een leidende "
            + "EU-rol in het vredesproces, gericht op een staakt-het-vuren, vrijlating van gijzelaars, terugtrekking van "
            + "Israëlische troepen en een duurzaam perspectief,",
        "en gaat over tot de orde van de dag.",
    ]

    func expectMotie(_ name: String, format: SourceFormat) throws {
        let (document, diagnostics) = try ingestPDFFixture(name)
        let motie = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(motie.kind == .motie)
        #expect(motie.format == format)
        #expect(motie.title == "Motie van het lid Ceder")
        #expect(motie.date == "2025-04-10")
        #expect(motie.metadata.kamerstuk == KamerstukNumber(dossier: "21501-02", ondernummer: "3121"))
        #expect(motie.metadata.vergaderjaar == "2024-2025")
        #expect(motie.metadata.dossierTitle == "Raad Algemene Zaken en Raad Buitenlandse Zaken")
        #expect(motie.metadata.ondertekening == [Signer(naam: "Ceder")])
        #expect(motie.footnotes.isEmpty)
        #expect(motie.allParagraphs.map(\.text) == Self.clauses)
        for text in motie.allTexts {
            for furniture in kamerstukFurniture { #expect(!text.contains(furniture), "furniture in \(text.quoted)") }
        }
    }

    @Test("the motie PDF reads as a motie with its head, one clause a paragraph, and its signer")
    func fromPDF() throws { try expectMotie("kst-21501-02-3121.pdf", format: .pdf) }

    @Test("the motie's pdftotext text gives the same model, in format pdf-text")
    func fromText() throws { try expectMotie("kst-21501-02-3121.txt", format: .pdfText) }

    @Test("the motie's pdftotext -layout text, with the head's two columns on one line, gives the same model")
    func fromLayoutText() throws { try expectMotie("kst-21501-02-3121.layout.txt", format: .pdfText) }

    @Test("a sidecar's kind overrides the kind, and the text is still read in the Kamerstuk layout")
    func sidecarKind() throws {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture("pdf/kst-21501-02-3121.pdf")))
        let sidecar = ContentFile.SidecarFile(path: "Content/motie.yml", bytes: Array("kind: kamerstuk\n".utf8))
        let (document, diagnostics) = Ingester.ingest(ContentFile(path: "Content/motie.pdf", stem: "motie", bytes: bytes, sidecar: sidecar))
        #expect(diagnostics.isEmpty)
        #expect(document?.kind == .kamerstuk && document?.format == .pdf)
        #expect(document?.metadata.kamerstuk == KamerstukNumber(dossier: "21501-02", ondernummer: "3121"))
        #expect(document?.metadata.ondertekening == [Signer(naam: "Ceder")])
    }

    @Test("the layout is detected from the text's head, and a ministry letter is not taken for it")
    func detection() throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText("pdf/kst-21501-02-3121.txt")) == .kamerstukPDF)
        #expect(FormatDetector.detect(try TestPaths.fixtureText("pdf/amendement-kamerstuk.txt")) == .kamerstukPDF)
        #expect(FormatDetector.detect(try TestPaths.fixtureText("kamerbrieven/waterstof-letter.txt")) == .pdfTextLetter)
    }
}

@Suite("Kamerstuk PDF layout: a letter over two pages with a footnote")
struct KamerstukBriefTests {
    func expectBrief(_ name: String, format: SourceFormat) throws {
        let (document, diagnostics) = try ingestPDFFixture(name)
        let brief = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(brief.kind == .kamerbrief && brief.format == format)
        #expect(brief.title == "Brief van de minister van Landbouw, Natuur en Voedselkwaliteit")
        #expect(brief.date == "2023-03-14")
        #expect(brief.metadata.kamerstuk == KamerstukNumber(dossier: "36200-XIV", ondernummer: "87"))
        #expect(brief.metadata.vergaderjaar == "2022-2023")
        #expect(brief.metadata.dossierTitle == "Vaststelling van de begrotingsstaten van het Ministerie van Landbouw, "
            + "Natuur en Voedselkwaliteit (XIV) en het Diergezondheidsfonds (F) voor het jaar 2023")
        #expect(brief.metadata.fields.map { "\($0.label): \($0.value)" } == ["Aan: de Voorzitter van de Tweede Kamer der Staten-Generaal"])
        #expect(brief.metadata.ondertekening == [
            Signer(naam: "P.H.M. Jansen", functie: "De Minister van Landbouw, Natuur en Voedselkwaliteit"),
        ])
        #expect(brief.footnotes.map(\.text) == ["Kamerstuk 36 200 XIV, nr. 5."])
        let paragraphs = brief.allParagraphs
        #expect(paragraphs.count == 4)
        let first = try #require(paragraphs.first)
        #expect(first.text == "Hierbij informeer ik uw Kamer over de voortgang van de aanpak van de stikstofdepositie op "
            + "kwetsbare natuur, zoals toegezegd in het commissiedebat van 2 februari 2023.")
        #expect(first.noteRefs.map(\.footnote) == [1])
        #expect(first.noteRefs.first?.offset == first.text.unicodeScalars.count)
        // The third paragraph runs from page 1 (`de doelen voor`) to page 2 (`natuur, water en klimaat.`).
        #expect(paragraphs[2].text.hasPrefix("De provincies hebben hun ontwerpprogramma's op 1 juli ingediend."))
        #expect(paragraphs[2].text.contains("de bijdrage aan de doelen voor natuur, water en klimaat. Een aantal"))
        #expect(paragraphs[2].text.hasSuffix("die in de overleggen van het voorjaar hun medewerking hebben toegezegd."))
        #expect(paragraphs[3].text == "Ik zal uw Kamer voor de zomer opnieuw informeren over de stand van zaken.")
        for text in brief.allTexts {
            for furniture in kamerstukFurniture { #expect(!text.contains(furniture), "furniture in \(text.quoted)") }
        }
    }

    @Test("the letter PDF: head, addressee, footnote, a paragraph across the page break, signer with function")
    func fromPDF() throws { try expectBrief("brief-kamerstuk.pdf", format: .pdf) }

    @Test("the letter's pdftotext text gives the same model")
    func fromText() throws { try expectBrief("brief-kamerstuk.txt", format: .pdfText) }

    @Test("the letter's pdftotext -layout text, page number beside the running foot, gives the same model")
    func fromLayoutText() throws { try expectBrief("brief-kamerstuk.layout.txt", format: .pdfText) }
}

@Suite("Kamerstuk PDF layout: an amendement in text")
struct KamerstukAmendementTests {
    @Test("an amendement of two members: kind, title, articles as sections, toelichting across the page, both signers")
    func amendement() throws {
        let (document, diagnostics) = try ingestPDFFixture("amendement-kamerstuk.txt")
        let amendement = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(amendement.kind == .amendement && amendement.format == .pdfText)
        #expect(amendement.title == "Amendement van de leden Van der Plas en De Hoop")
        #expect(amendement.date == "2024-03-12")
        #expect(amendement.metadata.kamerstuk == KamerstukNumber(dossier: "36410", ondernummer: "24"))
        #expect(amendement.metadata.vergaderjaar == "2023-2024")
        #expect(amendement.metadata.dossierTitle
            == "Wijziging van de Wet op de huurtoeslag in verband met het verbeteren van de uitvoering (Wet uitvoering huurtoeslag)")
        #expect(amendement.metadata.ondertekening.map(\.naam) == ["Van der Plas", "De Hoop"])
        #expect(amendement.sections.map(\.title) == ["Tekst", "I", "II", "Toelichting"])
        #expect(amendement.sections[2].paragraphs.map(\.text) == [
            "Aan artikel I, onderdeel B, wordt een lid toegevoegd, luidende:",
            "Bij ministeriële regeling kunnen nadere regels worden gesteld over de vaststelling van het inkomen.",
        ])
        #expect(amendement.sections[2].paragraphs.map(\.listLabel) == [nil, "3."])
        let toelichting = amendement.sections[3].paragraphs.map(\.text)
        #expect(toelichting.count == 1)
        #expect(toelichting.first?.contains("ook als de partner de administratie van het huishouden voert. Dat leidt") == true)
        for text in amendement.allTexts {
            for furniture in kamerstukFurniture { #expect(!text.contains(furniture), "furniture in \(text.quoted)") }
            #expect(text != "2", "the page number is furniture")
        }
    }

    @Test("without its form feeds the running foot still ends the page, and the toelichting runs on across it")
    func lostFormFeeds() throws {
        let (document, diagnostics) = try ingestPDFFixture("amendement-kamerstuk.txt", replacing: ("\u{0C}", ""))
        #expect(diagnostics.isEmpty)
        let toelichting = try #require(document?.sections.last)
        #expect(toelichting.title == "Toelichting" && toelichting.paragraphs.count == 1)
        #expect(toelichting.paragraphs.first?.text.contains("ook als de partner de administratie van het huishouden voert.") == true)
    }

    @Test("a kst- line that disagrees with the head is a warning at that line; the head's number is kept")
    func kstMismatch() throws {
        let (document, diagnostics) = try ingestPDFFixture("amendement-kamerstuk.txt", replacing: ("kst-36410-24", "kst-36410-25"))
        let text = try TestPaths.fixtureText("pdf/amendement-kamerstuk.txt")
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "kst-36410-24" }) + 1
        #expect(diagnostics.map(\.description) == [
            "Content/amendement-kamerstuk.txt:\(line):1: warning: [kamerstuk-mismatch] the line 'kst-36410-25' does not "
                + "match the head's dossier 36410 nr. 24; the head is used",
        ])
        #expect(document?.metadata.kamerstuk == KamerstukNumber(dossier: "36410", ondernummer: "24"))
    }
}

@Suite("Kamerstuk PDF layout: the real letter 28 844 nr. 269 set as a five-page PDF")
struct KamerstukLongLetterTests {
    func expectLetter(_ name: String) throws -> Document {
        let (document, diagnostics) = try ingestPDFFixture(name)
        let brief = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(brief.kind == .kamerbrief)
        #expect(brief.title == "Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties")
        #expect(brief.date == "2023-07-07")
        #expect(brief.metadata.kamerstuk == KamerstukNumber(dossier: "28844", ondernummer: "269"))
        #expect(brief.metadata.dossierTitle == "Integriteitsbeleid openbaar bestuur en politie")
        #expect(brief.metadata.ondertekening == [
            Signer(naam: "H.G.J. Bruins Slot", functie: "De Minister van Binnenlandse Zaken en Koninkrijksrelaties"),
        ])
        // 15 notes, each referenced once, in order.
        #expect(brief.footnotes.map(\.number) == Array(1...15))
        #expect(brief.footnotes.first?.text == "Kamerstuk 28 844, nr. 266.")
        #expect(brief.footnotes[2].text == "Afwegingskader legitieme belangenvertegenwoordiging, blz. 6 en 52.")
        #expect(brief.footnotes[12].text == "Kamerstuk 28 844, nr. 261.")
        #expect(brief.allParagraphs.flatMap { $0.noteRefs.map(\.footnote) } == Array(1...15))
        // Page 1 ends inside a sentence: `… door de Standards in Public Office` / `Commission.`
        #expect(brief.paragraph(containing: "gehouden door de Standards in Public Office Commission. Deze commissie") != nil)
        for text in brief.allTexts {
            for furniture in kamerstukFurniture { #expect(!text.contains(furniture), "furniture in \(text.quoted)") }
        }
        return brief
    }

    @Test("from the PDF: head, signer, all 15 notes with their markers, one-line tussenkoppen as sections")
    func fromPDF() throws {
        let brief = try expectLetter("kst-28844-269.pdf")
        let titles = brief.sections.map(\.title)
        for kop in ["Inleiding", "Lobbyregister Ierland", "Voorstel kabinet in relatie tot het onderzoeksrapport",
                    "Vindbaarheid agenda-activiteiten"] {
            #expect(titles.contains(kop), "missing section \(kop)")
        }
        #expect(brief.sections.first?.paragraphs.count == 3, "the Inleiding has three paragraphs")
    }

    @Test("from its pdftotext text: the same head, signer and notes")
    func fromText() throws { _ = try expectLetter("kst-28844-269.txt") }
}

@Suite("Kamerstuk PDF layout: an Eerste Kamer paper, numbered by a letter")
struct KamerstukEersteKamerTests {
    /// The letter fixture as the Eerste Kamer prints a paper: its chamber, the letter `B` where the
    /// Tweede Kamer prints `Nr. 87`, and the letter in the running foot and the `kst-` line.
    func eersteKamer(_ name: String) throws -> (document: Document?, diagnostics: [Diagnostic]) {
        var text = try String(contentsOf: TestPaths.fixture("pdf/\(name)"), encoding: .utf8)
        for (old, new) in [
            ("Tweede Kamer der Staten-Generaal\n", "Eerste Kamer der Staten-Generaal\n"), ("Nr. 87 ", "B      "), ("Nr. 87\n", "B\n"),
            ("BRIEF VAN DE MINISTER VAN LANDBOUW, NATUUR EN", "MEMORIE VAN"), ("VOEDSELKWALITEIT\n", "ANTWOORD\n"),
            ("kst-36200-XIV-87", "kst-36200-XIV-B"), ("Tweede Kamer, vergaderjaar 2022–2023, 36 200 XIV, nr. 87", "Eerste Kamer, vergaderjaar 2022–2023, 36 200 XIV, B"),
        ] {
            text = text.replacingOccurrences(of: old, with: new)
        }
        return Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "ek", bytes: Array(text.utf8)))
    }

    @Test("the letter is the ondernummer, the heading the kind, and the running foot with the letter is furniture",
          arguments: ["brief-kamerstuk.txt", "brief-kamerstuk.layout.txt"])
    func letterNumber(name: String) throws {
        let (document, diagnostics) = try eersteKamer(name)
        let memorie = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(memorie.metadata.kamerstuk == KamerstukNumber(dossier: "36200-XIV", ondernummer: "B"))
        #expect(memorie.kind == .memorieVanAntwoord)
        #expect(memorie.title.hasPrefix("Memorie van antwoord – Vaststelling van de begrotingsstaten"))
        #expect(memorie.date == "2023-03-14")
        #expect(memorie.footnotes.map(\.text) == ["Kamerstuk 36 200 XIV, nr. 5."])
        #expect(memorie.allParagraphs.count == 4)
        for text in memorie.allTexts {
            for furniture in ["kst-", "ISSN", "Eerste Kamer, vergaderjaar", "’s-Gravenhage"] {
                #expect(!text.contains(furniture), "furniture in \(text.quoted)")
            }
        }
    }

    @Test("the letter and the heading on one line, as the Word file's columns convert")
    func letterBeforeHeading() throws {
        let (document, diagnostics) = try eersteKamer("brief-kamerstuk.txt")
        #expect(diagnostics.isEmpty)
        let text = try String(contentsOf: TestPaths.fixture("pdf/brief-kamerstuk.txt"), encoding: .utf8)
            .replacingOccurrences(of: "Tweede Kamer der Staten-Generaal\n", with: "Eerste Kamer der Staten-Generaal\n")
            .replacingOccurrences(of: "Nr. 87\n\nBRIEF VAN DE MINISTER VAN LANDBOUW, NATUUR EN\nVOEDSELKWALITEIT", with: "B MEMORIE VAN ANTWOORD")
        let (oneLine, _) = Ingester.ingest(ContentFile(path: "Content/ek.txt", stem: "ek", bytes: Array(text.utf8)))
        #expect(oneLine?.metadata.kamerstuk?.ondernummer == "B")
        #expect(oneLine?.kind == .memorieVanAntwoord && oneLine?.title == document?.title)
    }

    @Test("a capital standing alone in a Tweede Kamer paper's head is no number")
    func tweedeKamerKeepsNr() throws {
        let (document, _) = try ingestPDFFixture("brief-kamerstuk.txt", replacing: ("Nr. 87\n", "B\n"))
        #expect(document?.metadata.kamerstuk == KamerstukNumber(dossier: "36200-XIV", ondernummer: "87"))
    }
}

@Suite("Kamerstuk PDF layout: a lijst van vragen en antwoorden")
struct KamerstukQuestionListTests {
    /// pdftotext's text of a lijst van vragen: numbered questions after paragraph breaks, in the
    /// shape of notes; the page's one real note at its foot, its marker in an answer.
    static let text = """
        Tweede Kamer der Staten-Generaal

        2

        Vergaderjaar 2024–2025

        36 600 XII

        Vaststelling van de begrotingsstaten van het Ministerie van
        Infrastructuur en Waterstaat (XII) voor het jaar 2025

        Nr. 9

        LIJST VAN VRAGEN EN ANTWOORDEN
        Vastgesteld 31 oktober 2024
        De vaste commissie voor Infrastructuur en Waterstaat heeft een aantal vragen
        voorgelegd over de begrotingsstaten (Kamerstuk 36 600 XII, nr. 1).

        1 Hoeveel middelen zijn in 2025 beschikbaar voor het onderhoud van bruggen
        en sluizen?

        Antwoord
        In 2025 is € 1,2 miljard beschikbaar voor beheer en onderhoud van bruggen
        en sluizen in het hoofdvaarwegennet.1 Dat is € 150 miljoen meer dan in 2024.

        2 Kunt u een overzicht geven van de vertraagde projecten in het MIRT?

        Antwoord
        Een overzicht staat in het MIRT-Overzicht 2025.

        kst-36600-XII-9
        ISSN 0921 - 7371
        ’s-Gravenhage 2024

        1 Kamerstuk 36 600 A, nr. 2.

        Tweede Kamer, vergaderjaar 2024–2025, 36 600 XII, nr. 9
        \u{0C}
        3 Waarom daalt het budget voor verkeersveiligheid in 2026?

        Antwoord
        Het budget daalt omdat de middelen in 2025 eenmalig zijn verhoogd.

        """

    @Test("numbered questions are the text, not notes; the note with its marker is the one note")
    func questionsAreNoNotes() throws {
        let (document, _) = Ingester.ingest(ContentFile(path: "Content/lijst.txt", stem: "lijst", bytes: Array(Self.text.utf8)))
        let lijst = try #require(document)
        #expect(lijst.kind == .verslag)
        #expect(lijst.footnotes.map(\.text) == ["Kamerstuk 36 600 A, nr. 2."])
        let texts = lijst.allParagraphs.map(\.text)
        for question in ["Hoeveel middelen zijn in 2025", "Kunt u een overzicht geven", "Waarom daalt het budget"] {
            #expect(texts.contains { $0.contains(question) }, "question '\(question)' missing from the text")
        }
        #expect(lijst.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1])
    }

    /// Plain `pdftotext` sets a lijst van vragen's question numbers in a column of their own: a
    /// number alone, a blank line, then the question.
    @Test("a question's number set apart above its question opens the question's paragraph; the note stays the one note")
    func questionNumbersSetApart() throws {
        var text = Self.text
        // (A number alone right after the running foot would be the page's own: question 3 stays as it is.)
        for (number, question) in [("1", "Hoeveel middelen"), ("2", "Kunt u een overzicht")] {
            text = text.replacingOccurrences(of: "\n\(number) \(question)", with: "\n\(number)\n\n\(question)")
        }
        let (document, _) = Ingester.ingest(ContentFile(path: "Content/lijst.txt", stem: "lijst", bytes: Array(text.utf8)))
        let lijst = try #require(document)
        #expect(lijst.footnotes.map(\.text) == ["Kamerstuk 36 600 A, nr. 2."])
        let texts = lijst.allParagraphs.map(\.text)
        #expect(texts.contains("1 Hoeveel middelen zijn in 2025 beschikbaar voor het onderhoud van bruggen en sluizen?"))
        #expect(texts.contains("2 Kunt u een overzicht geven van de vertraagde projecten in het MIRT?"))
        #expect(texts.contains("3 Waarom daalt het budget voor verkeersveiligheid in 2026?"))
        #expect(!texts.contains { ["1", "2"].contains($0) })
        #expect(lijst.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1])
    }

    @Test("a marker is a number glued to a word or a sign, after a word and a space, or glued to a year")
    func markers() {
        func has(_ number: String, _ text: String) -> Bool {
            PageFootnoteExtractor.hasMarker(Array(number.utf8), in: Array(text.utf8))
        }
        #expect(has("3", "vastgelegd in een overeenkomst3. Dit"))
        #expect(has("1", "dat het «code zwart» is?1"))
        #expect(has("1", "de adviezen van de Deltacommissaris 1 en"))
        #expect(has("1", "sinds december 20221 is"))
        #expect(has("1", "1"))
        #expect(has("8", "Stroomgebiedbeheerplannen 2022-2027 8, het"))
        #expect(!has("8", "in 2027 8 keer"))
        #expect(has("2", "van 24 juni 2022 2 is normering"))
        #expect(!has("2", "sinds 2022 2 keer per jaar"))
        #expect(has("1", "van 11 november jl. 1, heb ik"))
        #expect(has("2", "conclusies niet juist zijn? 2"))
        #expect(has("1", "onvoldoende»»? 1 Antwoord"))
        #expect(!has("3", "Hoe vaak? 3 keer"))
        #expect(!has("1", "Kamerstuk 33009, nr. 1, waarin"))
        #expect(!has("6", "zie blz. 6, waar"))
        #expect(!has("1", "Kamerstuk 33009, nr. 1, 2 en 3"))
        #expect(has("1", "haar “Retail Payments Strategy 1”. Deze"))
        #expect(!has("1", "de Strategy 1é"))
        #expect(has("1", "de werking van de kapitaalmarkt. 1"))
        #expect(has("2", "verbeterd. 2 Ten eerste"))
        #expect(!has("2", "zie punt. 2 en 3"))
        #expect(!has("1", "(Kamerstuk 36 600 XII, nr. 1)."))
        #expect(!has("1", "In 2025 is € 1,2 miljard"))
        #expect(!has("2", "vraag 12 en 21"))
    }
}

@Suite("Kamerstuk PDF layout: pdfminer's and pypdf's text")
struct KamerstukPDFMinerTests {
    /// pdfminer's text of a motie: every block of lines apart, a list item's wrapped line too.
    static let motie = """
        Tweede Kamer der Staten-Generaal

        Vergaderjaar 2024–2025

        2

        36 600 XII

        Vaststelling van de begrotingsstaten van het Ministerie van
        Infrastructuur en Waterstaat (XII) voor het jaar 2025

        Nr. 61

        MOTIE VAN HET LID DE HOOP C.S.
        Voorgesteld 14 november 2024

        De Kamer,

        gehoord de beraadslaging,

        constaterende dat de staat van bruggen en sluizen in het hoofdvaarwegennet
        achteruitgaat en dat het aantal stremmingen in 2024 is toegenomen;

        verzoekt de regering:

        – in het MIRT-Overzicht 2026 een meerjarige planning op te nemen voor de

        vervanging van bruggen en sluizen;

        – de Kamer jaarlijks te informeren over het aantal stremmingen en de

        oorzaken daarvan;

        – te verkennen hoe de vervanging kan worden versneld door standaardisatie,

        en gaat over tot de orde van de dag.

        De Hoop
        Vedder

        kst-36600-XII-61
        ISSN 0921 - 7371
        ’s-Gravenhage 2024

        Tweede Kamer, vergaderjaar 2024–2025, 36 600 XII, nr. 61

        """

    @Test("a list item's wrapped line set apart by a blank line stays in its item; short lines ending a clause do not run on")
    func wrappedLinesApart() throws {
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/motie.txt", stem: "motie", bytes: Array(Self.motie.utf8))).document)
        #expect(document.kind == .motie)
        let texts = document.allParagraphs.map(\.text)
        #expect(texts.contains { $0.hasSuffix("een meerjarige planning op te nemen voor de vervanging van bruggen en sluizen;") })
        #expect(texts.contains { $0.hasSuffix("over het aantal stremmingen en de oorzaken daarvan;") })
        #expect(texts.contains("gehoord de beraadslaging,"))
        #expect(texts.contains("en gaat over tot de orde van de dag."))
        #expect(!texts.contains { $0.hasPrefix("vervanging van bruggen") || $0.hasPrefix("oorzaken daarvan") })
    }

    /// pypdf's text of a letter: a superscript marker alone between the lines it stands between,
    /// and the page's note right under the text, without a blank line.
    static let letter = """
        Tweede Kamer der Staten-Generaal
         2
        Vergaderjaar 2022–2023
        28 844
        Integriteitsbeleid openbaar bestuur en politie
        Nr. 269
        BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN
        KONINKRIJKSRELATIES
        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
        Den Haag, 7 juli 2023
        In het debat met de vaste commissie voor Binnenlandse Zaken over integriteit
        openbaar bestuur op 9 mei 2023
        1
          heb ik uw Kamer vóór het aanstaande
        zomerreces een brief toegezegd met de opzet voor de evaluaties.
        Toezicht op de naleving wordt gehouden door de Standards in Public Office
        1 Kamerstuk 28 844, nr. 266.
        kst-28844-269
        ISSN 0921 - 7371
        ’s-Gravenhage 2023
        Tweede Kamer, vergaderjaar 2022–2023, 28 844, nr. 269

        \u{0C}Commission. Deze commissie kan sancties opleggen.

        """

    @Test("pypdf: a marker alone on its line marks the note at the page's foot, and is not a note itself")
    func markerAloneOnItsLine() throws {
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: Array(Self.letter.utf8))).document)
        #expect(document.kind == .kamerbrief)
        #expect(document.footnotes.map(\.text) == ["Kamerstuk 28 844, nr. 266."])
        #expect(document.allParagraphs.contains { $0.text.contains("zomerreces een brief toegezegd") })
    }
}
