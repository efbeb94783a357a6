import Testing
@testable import KamerArchief

@Suite("Kamerstuk PDF head: the parts read from its lines")
struct KamerstukPDFHeadTests {
    static let dossiers: [(line: String, dossier: String?)] = [
        ("21 501-02", "21501-02"),
        ("36 600 XIV", "36600-XIV"),
        ("36 750", "36750"),
        ("36 410 L", "36410-L"),
        ("36 069 (R2173)", "36069"),
        ("Nr. 3121", nil),
        ("2", nil),
        ("Raad Algemene Zaken en Raad Buitenlandse", nil),
        // A title after the rijkswet's number, itself ending in brackets, is no bracketed part.
        ("34 380 (R2067) Voorstel van rijkswet tot regeling (Rijkswet formulieren)", nil),
    ]

    @Test("a dossier line gives the number without spaces and the toevoeging after a hyphen", arguments: dossiers.indices)
    func dossier(row: Int) {
        let (line, dossier) = Self.dossiers[row]
        let text = Array(line.utf8)
        #expect(KamerstukPDFHead.dossier(text, 0..<text.count) == dossier)
    }

    func readHead(_ lines: [String]) -> KamerstukPDFHead? {
        let text = Array(lines.joined(separator: "\n").utf8)
        return KamerstukPDFHead.read(text, lines: TextLine.split(text))
    }

    @Test("the chamber's large number before the chamber's name, as poppler may order them")
    func chamberNumberFirst() throws {
        let lines = [
            "2", "", "Tweede Kamer der Staten-Generaal", "", "Vergaderjaar 2025–2026", "32 813", "Kabinetsaanpak Klimaatbeleid",
            "Nr. 412", "BRIEF VAN DE MINISTER VAN KLIMAAT EN GROENE GROEI", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "Den Haag, 12 februari 2026", "De publieke laadpunten zijn ongelijk verdeeld.",
        ]
        #expect(KamerstukPDFHead.isKamerstukLayout(lines.joined(separator: "\n")))
        let head = try #require(readHead(lines))
        #expect(head.chamber == "Tweede Kamer der Staten-Generaal" && head.vergaderjaar == "2025-2026")
        #expect(head.dossier == "32813" && head.ondernummer == "412" && head.date == "2026-02-12")
        #expect(head.lineRange == 0..<11, "the head takes the number's line too")
        #expect(!KamerstukPDFHead.isKamerstukLayout("2\n\nDe tekst van een brief.\nVergaderjaar 2025–2026"))
    }

    @Test("an Eerste Kamer stuk: chamber number 1, a slash in the vergaderjaar, a received date")
    func eersteKamer() throws {
        let head = try #require(readHead([
            "Eerste Kamer der Staten-Generaal", "1", "Vergaderjaar 2023/2024", "36 410 L", "Wet versterking regie",
            "Nr. 5", "NADER VERSLAG", "Vastgesteld 3 oktober 2023", "De commissie heeft…",
        ]))
        #expect(head.vergaderjaar == "2023-2024")
        #expect(head.dossier == "36410-L" && head.ondernummer == "5" && head.dossierTitle == "Wet versterking regie")
        #expect(head.heading == "NADER VERSLAG" && head.date == "2023-10-03")
        #expect(head.lineRange == 0..<8, "the body starts after the date line")
    }

    @Test("a wrapped heading is joined, and a numbered chapter in capitals after it stays in the body")
    func headingEnd() throws {
        let head = try #require(readHead([
            "Tweede Kamer der Staten-Generaal", "", "Vergaderjaar 2024–2025", "", "36 750", "", "Tijdelijke wet",
            "", "Nr. 3", "", "GEWIJZIGDE MOTIE VAN HET LID CEDER TER VERVANGING VAN", "DIE GEDRUKT ONDER NR. 2",
            "I. ALGEMEEN",
        ]))
        #expect(head.heading == "GEWIJZIGDE MOTIE VAN HET LID CEDER TER VERVANGING VAN DIE GEDRUKT ONDER NR. 2")
        #expect(head.lineRange == 0..<12)
    }

    @Test("a text that does not open with a chamber line has no head")
    func noHead() {
        #expect(readHead(["Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Nr. 3"]) == nil)
        #expect(!KamerstukPDFHead.isKamerstukLayout("Tweede Kamer der Staten-Generaal\nbrief over iets\n"))
    }

    @Test("a head without its number and heading builds with one warning listing what is missing")
    func incompleteHead() throws {
        let text = "Tweede Kamer der Staten-Generaal\nVergaderjaar 2024–2025\n\nDe Kamer,\n\nDit is de tekst.\n"
        let (document, diagnostics) = KamerstukPDFParser.parse(SourceText(path: "Content/k.txt", id: "k", text: text), sidecar: nil)
        #expect(diagnostics.map(\.description) == [
            "Content/k.txt: warning: [missing-metadata] Kamerstuk head without kamerstuk number, stuk heading",
        ])
        #expect(document.kind == .kamerstuk && document.title == "Kamerstuk k")
        #expect(document.sections.flatMap(\.paragraphs).map(\.text) == ["De Kamer,", "Dit is de tekst."])
    }

    @Test("a paper in two dossiers: the first's title stops at the second's number, which is a field")
    func twoDossiers() throws {
        let head = try #require(readHead([
            "Tweede Kamer der Staten-Generaal", "Vergaderjaar 2024–2025", "29 544", "Arbeidsmarktbeleid", "32 043",
            "Toekomst arbeidsmarkt en pensioenen", "Nr. 1287", "BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID",
        ]))
        #expect(head.dossier == "29544" && head.dossierTitle == "Arbeidsmarktbeleid")
        #expect(head.otherDossier?.number == "32043" && head.otherDossier?.title == "Toekomst arbeidsmarkt en pensioenen")
    }

    /// pdfminer sets the head's right column after its left one: the numbers first, then the
    /// dossier titles (each of two in its own block) above the heading.
    @Test("pdfminer's order: the dossier's title under the number, and two dossiers' titles in their blocks")
    func titlesAfterNumber() throws {
        let nota = try #require(readHead([
            "Tweede Kamer der Staten-Generaal", "", "2", "", "Vergaderjaar 2024–2025", "", "36 712", "", "Nr. 6", "",
            "Wijziging van de Waterwet en enkele andere wetten in", "verband met het versterken van de primaire waterkeringen",
            "(Wet versterking waterkeringen)", "", "NOTA NAAR AANLEIDING VAN HET VERSLAG", "Ontvangen 17 juni 2025", "",
            "Met belangstelling heb ik kennisgenomen van het verslag.",
        ]))
        #expect(nota.dossier == "36712" && nota.ondernummer == "6")
        #expect(nota.dossierTitle == "Wijziging van de Waterwet en enkele andere wetten in verband met het versterken van de primaire waterkeringen (Wet versterking waterkeringen)")
        #expect(nota.heading == "NOTA NAAR AANLEIDING VAN HET VERSLAG" && nota.date == "2025-06-17")
        let brief = try #require(readHead([
            "Tweede Kamer der Staten-Generaal", "", "Vergaderjaar 2024–2025", "", "29 544", "", "32 043", "", "Nr. 1287", "",
            "Arbeidsmarktbeleid", "", "Toekomst arbeidsmarkt en pensioenen", "",
            "BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN", "WERKGELEGENHEID", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "", "Den Haag, 3 maart 2025",
        ]))
        #expect(brief.dossier == "29544" && brief.dossierTitle == "Arbeidsmarktbeleid")
        #expect(brief.otherDossier?.number == "32043" && brief.otherDossier?.title == "Toekomst arbeidsmarkt en pensioenen")
        #expect(brief.heading == "BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID" && brief.date == "2025-03-03")
    }

    @Test("a rijkswet's number between the dossier's and its title (`34 380 (R2067) Voorstel van rijkswet van het lid …`): the dossier, its title, and the member who brought it as indiener")
    func rijkswetNumber() throws {
        let page = """
            34 380 (R2067) Voorstel van rijkswet van het lid Kröger tot regeling van de opslag van elektriciteit (Rijkswet opslag)

            Nr. 3 MEMORIE VAN TOELICHTING

            I. ALGEMEEN

            Dit voorstel regelt de opslag van elektriciteit in batterijen.

            """
        let text = Array(page.utf8)
        let line = TextLine.split(text)[0].content
        let read = try #require(KamerstukPDFHead.dossierWithTitle(text, line))
        #expect(read.dossier == "34380")
        #expect(text.string(read.title) == "Voorstel van rijkswet van het lid Kröger tot regeling van de opslag van elektriciteit (Rijkswet opslag)")
        let document = try ingestText(page)
        #expect(document.kind == .memorieVanToelichting)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "34380", ondernummer: "3"))
        #expect(document.metadata.indieners == ["Kröger"])
        // The committee's verslag in the same dossier is not the member's.
        let verslag = try ingestText(page.replacingOccurrences(of: "Nr. 3 MEMORIE VAN TOELICHTING", with: "Nr. 5 VERSLAG\n\nVastgesteld 3 maart 2026"))
        #expect(verslag.kind == .verslag)
        #expect(verslag.metadata.indieners.isEmpty)
    }
}
