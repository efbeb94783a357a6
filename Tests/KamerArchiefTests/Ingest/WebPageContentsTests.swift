import Testing
@testable import KamerArchief

/// tweedekamer.nl's page of a paper as its text is saved: the lines wrapped at varying widths, no
/// blank lines, a table of contents whose labels, titles and page numbers stand on lines of their
/// own (invented text in that layout).
@Suite("tweedekamer.nl pages: tables of contents and numbered titles")
struct WebPageContentsTests {
    static let verslag = """
        Verslag (initiatief)wetsvoorstel (nader) : Verslag
        36 901 Tijdelijke regels voor de opslag van elektriciteit in batterijen (Tijdelijke wet batterijopslag)
        Nr. 5 VERSLAG
        Vastgesteld 3 maart 2026
        De vaste commissie voor Klimaat en Groene Groei, belast met het voorbereidend onderzoek
        van dit wetsvoorstel, heeft de eer als volgt verslag uit te brengen. Onder het voorbehoud
        dat de hierin gestelde vragen voldoende zullen zijn beantwoord, acht de commissie de
        openbare behandeling van het wetsvoorstel genoegzaam voorbereid.
        Inhoudsopgave
        blz.
        I.
        ALGEMEEN
        2
        1.
        Inleiding
        2
        Verlenging van de termijn voor de aansluiting van grootschalige batterijen op het net voor netbeheerders in congestiegebieden
        3
        Financiële gevolgen van de aansluiting van batterijen die nog niet
        aan alle eisen voldoen
        4
        I. ALGEMEEN
        1. Inleiding
        De leden van de VVD-fractie hebben met belangstelling kennisgenomen van het wetsvoorstel.

        """

    static let inbreng = """
        Inbreng verslag schriftelijk overleg : Inbreng verslag van een schriftelijk overleg over de Energieraad
        2026D10101 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG
        Binnen de vaste commissie voor Klimaat en Groene Groei hebben de onderstaande fracties
        de behoefte vragen en opmerkingen voor te leggen aan de Minister van Klimaat en Groene
        Groei over de geannoteerde agenda van de Energieraad.
        De voorzitter van de commissie, Jansen
        Adjunct-griffier van de commissie, Pietersen
        Inhoudsopgave
        I
        Vragen en opmerkingen vanuit de fracties
        Vragen en opmerkingen van de leden van de VVD-fractie
        Vragen en opmerkingen van de leden van de D66-fractie
        II
        Antwoord / Reactie van de Minister
        I Vragen en opmerkingen vanuit de fracties
        Vragen en opmerkingen van de leden van de VVD-fractie
        De leden van de VVD-fractie hebben kennisgenomen van de geannoteerde agenda.

        """

    @Test("the contents with its long and wrapped titles is left out whole, and the chapters are read under it")
    func longTitlesInContents() throws {
        let document = try ingestText(Self.verslag)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36901", ondernummer: "5"))
        let text = document.allParagraphs.map(\.text).joined(separator: "\n")
        #expect(!text.contains("Verlenging van de termijn"))
        #expect(!text.contains("Financiële gevolgen"))
        #expect(document.sections.last?.title == "I. ALGEMEEN")
        #expect(document.sections.last?.subsections.map(\.title) == ["1. Inleiding"])
    }

    @Test("a document's number with a letter in it (`2026D10101 INBRENG …`) is no dossier; the contents without page numbers end where its first entry comes again, label and title on one line")
    func inbrengContents() throws {
        let document = try ingestText(Self.inbreng)
        #expect(document.metadata.kamerstuk == nil)
        #expect(document.metadata.dossierTitle == nil)
        #expect(document.kind == .verslag)
        #expect(document.metadata.ondertekening.map(\.naam) == ["Jansen", "Pietersen"])
        #expect(document.sections.map(\.title) == ["Tekst", "I Vragen en opmerkingen vanuit de fracties"])
        #expect(document.sections.first?.paragraphs.first?.text.hasPrefix("Binnen de vaste commissie") == true)
    }

    @Test("a contents entry's label alone: a roman number, up to two digits, or a capital with its point", arguments: [
        ("I", true), ("II.", true), ("3.", true), ("12", true), ("A.", true), ("A", false), ("123", false), ("Inleiding", false),
    ])
    func entryLabel(line: String, isLabel: Bool) {
        let text = Array(line.utf8)
        #expect(KamerstukBody.isEntryLabel(text, 0..<text.count) == isLabel)
    }

    @Test("contents whose subentries open with a dash alone, one without its page number")
    func dashedContents() throws {
        let text = Self.inbreng.replacingOccurrences(of: """
            Inhoudsopgave
            I
            Vragen en opmerkingen vanuit de fracties
            Vragen en opmerkingen van de leden van de VVD-fractie
            Vragen en opmerkingen van de leden van de D66-fractie
            II
            Antwoord / Reactie van de Minister

            """, with: """
            Inhoudsopgave
            I
            Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen
            2
            –
            Vragen en opmerkingen van de leden van de VVD-fractie en reactie van de
            bewindspersonen
            2
            –
            Vragen en opmerkingen van de leden van de D66-fractie en reactie van de bewindspersonen
            –
            Vragen en opmerkingen van de leden van de SP-fractie en reactie van de bewindspersonen
            6

            """).replacingOccurrences(of: "I Vragen en opmerkingen vanuit de fracties\n", with: "I. Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen\n")
        let document = try ingestText(text)
        let paragraphs = document.allParagraphs.map(\.text)
        #expect(!paragraphs.contains { $0.contains("SP-fractie") || $0.hasPrefix("–") })
        #expect(document.sections.map(\.title) == ["Tekst", "I. Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen"])
    }

    @Test("a chapter's numbered title after a sentence's end is a heading however long its line, where lines wrap at varying widths", arguments: [
        "I. Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen op de vragen",
        "2.1 Vragen en opmerkingen van de leden van de fracties over de geannoteerde agenda van de Raad",
    ])
    func numberedTitle(title: String) throws {

        let lines = [
            "De vaste commissie voor Europese Zaken heeft een aantal vragen en opmerkingen voorgelegd",
            "aan de Ministers van Buitenlandse Zaken en van Financiën over de brieven van 12 september",
            "2025 over de Kabinetsappreciatie van de voorstellen van de Europese Commissie over het",
            "Meerjarig Financieel Kader. Bij brief van 10 november 2025 zijn de vragen beantwoord.",
            title,
            "De leden van de VVD-fractie hebben kennisgenomen van de appreciatie van het kabinet en",
            "hebben daarover nog enkele vragen aan de Minister van Buitenlandse Zaken en van Financiën.",
        ]
        let events = lines.enumerated().map { PageEvent.line(PDFLine(number: $0.offset + 1, utf8: Array($0.element.utf8)[...])) }
        let blocks = Reflower.reflow(events, file: "b.txt", ministryLayout: true)
        #expect(blocks.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(blocks[1].text.text == title)
        // Not in prose's layout, nor where the line ends a sentence or a number opens a sentence.
        #expect(Reflower.reflow(events, file: "b.txt").count == 1)
        for sentence in [
            title + ".", "2.1 miljoen euro gaat naar de regeling voor de opslag van elektriciteit in batterijen in",
            // A numbered sentence that wraps on (its line ends in `met`), a time, an initial.
            "I. Zorg ervoor dat gemeenten voldoende stembureauleden kunnen werven door de vergoeding met",
            "20.00 Opening door de voorzitter van de Kiesraad en een toelichting op het proces Kiesraad",
            "C. Verbeek, voorzitter van de Kiesraad, heeft daarbij benadrukt dat de voorbereiding van",
        ] {
            var changed = lines
            changed[4] = sentence
            let events = changed.enumerated().map { PageEvent.line(PDFLine(number: $0.offset + 1, utf8: Array($0.element.utf8)[...])) }
            #expect(!Reflower.reflow(events, file: "b.txt", ministryLayout: true).contains { $0.kind == .heading })
        }
        // A numbered sentence whose next line opens with no capital (`€ 19 miljoen`, `2018 bijna …`) wraps on.
        var wrapped = lines
        wrapped[4] = "2.2 Gemeenten krijgen voor de vervroegde opening van de stembureaus in totaal"
        wrapped[5] = "€ 19 miljoen, zo blijkt uit de verdeling over de gemeenten van het Gemeentefonds."
        let wrappedEvents = wrapped.enumerated().map { PageEvent.line(PDFLine(number: $0.offset + 1, utf8: Array($0.element.utf8)[...])) }
        #expect(!Reflower.reflow(wrappedEvents, file: "b.txt", ministryLayout: true).contains { $0.kind == .heading })
    }
}
