import Foundation
import Testing
@testable import KamerArchief

/// One fixture under `Fixtures/variants/` through the whole ingest stage, as a build reads it.
private func ingestPage(_ name: String, replacing: (String, String)? = nil) throws -> (document: Document?, diagnostics: [Diagnostic]) {
    var text = try TestPaths.fixtureText("variants/\(name)")
    if let (old, new) = replacing { text = text.replacingOccurrences(of: old, with: new) }
    let stem = String(name.prefix { $0 != "." })
    return Ingester.ingest(ContentFile(path: "Content/\(name)", stem: stem, bytes: Array(text.utf8)))
}

@Suite("Page dumps of Kamerstukken other than fiches: motie, letter, amendement")
struct PageDumpParserTests {
    @Test("a mirrored page is told from a fiche's by the fiche's own landmarks", arguments: [
        ("variants/pagina-motie.txt", TextLayout.pageDumpKamerstuk), ("variants/pagina-brief.txt", .pageDumpKamerstuk),
        ("variants/pagina-amendement.txt", .pageDumpKamerstuk), ("fiches/seed-fiche.txt", .pageDumpFiche),
    ])
    func detection(name: String, layout: TextLayout) throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText(name)) == layout)
    }

    /// The mirror's other route to a paper converts the Word file's head as a table's rows.
    @Test("a head converted as a table's rows (`Tweede Kamer der Staten-Generaal | 2 |`) is the head")
    func headAsTableRows() throws {
        let (document, _) = try ingestPage("pagina-brief-integriteit.txt", replacing: ("Tweede Kamer der Staten-Generaal 2\n", "Tweede Kamer der Staten-Generaal | 2 |\n"))
        let (rows, _) = try ingestPage("pagina-brief-integriteit.txt", replacing: (
            "Tweede Kamer der Staten-Generaal 2\n\nVergaderjaar 2022-2023\n",
            "Tweede Kamer der Staten-Generaal | 2 |\nVergaderjaar 2022-2023 |\n"))
        for letter in [try #require(document), try #require(rows)] {
            #expect(letter.metadata.vergaderjaar == "2022-2023")
            #expect(letter.metadata.kamerstuk == KamerstukNumber(dossier: "28844", ondernummer: "269"))
            #expect(letter.sections.first?.title != "Tweede Kamer der Staten-Generaal | 2 |")
            #expect(!letter.allParagraphs.contains { $0.text.contains("Staten-Generaal |") || $0.text.hasPrefix("Vergaderjaar") })
        }
    }

    @Test("the motie's page: the page's title, its metadata, the head's number and date, clauses, the listed note, the signer")
    func motie() throws {
        let (document, diagnostics) = try ingestPage("pagina-motie.txt")
        let motie = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(motie.kind == .motie && motie.format == .pageDump)
        #expect(motie.title == "Motie van het lid Kröger over een nationale strategie voor batterijrecycling")
        #expect(motie.date == "2025-04-10")
        #expect(motie.metadata.kamerstuk == KamerstukNumber(dossier: "21501-30", ondernummer: "612"))
        #expect(motie.metadata.dossierTitle == "Raad voor Concurrentievermogen")
        #expect(motie.metadata.vergaderjaar == "2024-2025")
        #expect(motie.metadata.nummer == "2025D14567" && motie.metadata.zaak == "2025Z06789")
        #expect(motie.metadata.related.map(\.label) == ["Eerste ondertekenaar", "Indiener", "Volgcommissie", "Activiteit"])
        #expect(motie.metadata.ondertekening == [Signer(naam: "Kröger")])
        #expect(motie.metadata.indieners == ["Kröger"])
        #expect(motie.allSections.map(\.role) == [nil, .considerans, .dictum])
        #expect(motie.allParagraphs.map(\.text) == [
            "De Kamer,", "gehoord de beraadslaging,",
            "constaterende dat de Europese Commissie in de Battery Booster-strategie inzet op recycling van kritieke grondstoffen;",
            "overwegende dat Nederland volgens de Kamerbrief van 25 november 2022 (Kamerstuk 32813, nr. 1120) nog geen nationale "
                + "batterijstrategie voor recycling heeft;",
            "verzoekt de regering, voor de zomer een nationale strategie voor batterijrecycling aan de Kamer te sturen,",
            "en gaat over tot de orde van de dag.",
        ])
        #expect(motie.footnotes.map(\.text) == ["COM(2025) 123"])
        #expect(motie.allParagraphs[2].noteRefs.map(\.footnote) == [1])
        #expect(motie.allParagraphs[3].citations.map(\.text) == ["Kamerstuk 32813, nr. 1120"])
        for text in motie.allTexts {
            for chrome in ["[overzicht]", "Nummer:", "Preview document", "Onderdeel van", "Tweede Kamer der Staten-Generaal", "Nr. 612", "↩"] {
                #expect(!text.contains(chrome), "page chrome or head in \(text.quoted)")
            }
        }
    }

    @Test("a letter's page: the page says Brief regering under a title that opens like a verslag; headings, glued markers, signer")
    func letter() throws {
        let (document, diagnostics) = try ingestPage("pagina-brief.txt")
        let letter = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(letter.kind == .kamerbrief)
        #expect(letter.title == "Verslag van de Raad voor Concurrentievermogen van 12 maart 2025")
        #expect(letter.date == "2025-03-20", "no head: the page's date")
        #expect(letter.metadata.kamerstuk == KamerstukNumber(dossier: "21501-30", ondernummer: "605"))
        #expect(letter.metadata.vergaderjaar == nil)
        #expect(letter.allSections.map(\.title) == ["Tekst", "Battery Booster-strategie", "Clean Industrial Deal"])
        #expect(letter.metadata.ondertekening == [Signer(naam: "D.S. Beljaarts", functie: "De minister van Economische Zaken")])
        #expect(letter.footnotes.map(\.number) == [1, 2])
        let refs = letter.allParagraphs.flatMap { paragraph in paragraph.noteRefs.map { (paragraph.text, $0.footnote) } }
        #expect(refs.map(\.1) == [1, 2])
        #expect(refs.allSatisfy { !$0.0.contains("2025.1") && !$0.0.contains("4277).2") }, "the markers are out of the text")
        #expect(letter.footnotes[1].citations.map(\.dossier) == ["22112"])
    }

    @Test("an amendement's page: the head's received date, onderdeel and toelichting; a paragraph opening with a number is no note")
    func amendement() throws {
        let (document, diagnostics) = try ingestPage("pagina-amendement.txt")
        let amendement = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(amendement.kind == .amendement)
        #expect(amendement.date == "2025-02-03")
        #expect(amendement.metadata.kamerstuk == KamerstukNumber(dossier: "36712", ondernummer: "14"))
        #expect(amendement.allSections.map(\.title) == ["Tekst", "I", "Toelichting"])
        #expect(amendement.allParagraphs.last?.text == "1 januari 2028 is ook de datum waarop de producentenverantwoordelijkheid wordt aangescherpt.")
        #expect(amendement.footnotes.map(\.text) == ["Verordening (EU) 2023/1542"])
        #expect(amendement.metadata.indieners == ["Kröger"])
    }

    @Test("the label of a part an amendment inserts, after `luidende:`, is the quoted text's, not a heading", arguments: ["Da", "Artikel 4a"])
    func insertedPartIsNoHeading(label: String) throws {
        let (document, _) = try ingestPage("pagina-amendement.txt", replacing: (
            "2. Er wordt een lid toegevoegd, luidende:\n\n3. Bij",
            "2. Na onderdeel D wordt een onderdeel ingevoegd, luidende:\n\n\(label)\n\nIn artikel 5 wordt „2030” vervangen door „2028”.\n\n3. Bij"))
        let amendement = try #require(document)
        #expect(amendement.allSections.map(\.title) == ["Tekst", "I", "Toelichting"])
        let texts = amendement.allParagraphs.map(\.text)
        let inserted = try #require(texts.firstIndex(of: label))
        #expect(texts[inserted - 1].hasSuffix("luidende:"))
        #expect(texts[inserted + 1] == "In artikel 5 wordt „2030” vervangen door „2028”.")
    }

    /// `make-paginas.py` writes the real letter Kamerstuk 28 844, nr. 269 as the mirror shows
    /// it; the official XML of the same letter says what each part must be.
    @Test("a real letter's page reads as its official XML does: headings, paragraphs, all 15 notes at their markers, signer")
    func realLetterAgainstItsXML() throws {
        let (document, diagnostics) = try ingestPage("pagina-brief-integriteit.txt")
        let page = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let xml = try #require(try readXMLFixture("kst-28844-269.xml").document)
        #expect(page.kind == .kamerbrief && page.date == xml.date && page.metadata.kamerstuk == xml.metadata.kamerstuk)
        #expect(page.metadata.vergaderjaar == "2022-2023" && page.metadata.dossierTitle == xml.metadata.dossierTitle)
        #expect(page.metadata.ondertekening == xml.metadata.ondertekening)
        // The XML's opening (`Aan de Voorzitter …`, `Den Haag, 7 juli 2023`) is the head's on the page.
        let body = xml.allSections.filter { $0.title != "Aanhef" }
        #expect(page.allSections.map(\.title) == body.map(\.title))
        #expect(page.allParagraphs.map(\.text) == body.flatMap(\.paragraphs).map(\.text))
        #expect(page.footnotes.map(\.text) == xml.footnotes.map(\.text))
        #expect(page.allParagraphs.flatMap { $0.noteRefs.map(\.footnote) } == Array(1...15))
        #expect(page.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == body.flatMap(\.paragraphs).flatMap(\.noteRefs).map(\.footnote))
    }

    @Test("a letter's letterhead kept as text above the salutation leaves the body; its date, subject and kenmerk stay")
    func letterheadAsText() throws {
        let letterhead = """
            > Retouradres Postbus 20401 2500 EK Den Haag

            De Voorzitter van de Tweede Kamer der Staten-Generaal

            Prinses Irenestraat 6

            2595 BD DEN HAAG

            Datum 19 maart 2025

            Betreft

            Verslag van de Raad voor Concurrentievermogen van 12 maart 2025

            Ons kenmerk DGBI / 25081234

            Geachte Voorzitter,
            """
        let (document, diagnostics) = try ingestPage("pagina-brief.txt", replacing: ("Geachte Voorzitter,", letterhead))
        let letter = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(letter.date == "2025-03-19", "the letter's date, not the page's")
        #expect(letter.metadata.kenmerk == "DGBI / 25081234")
        #expect(letter.metadata.fields.map(\.label) == ["Betreft"])
        #expect(letter.metadata.fields.first?.value == "Verslag van de Raad voor Concurrentievermogen van 12 maart 2025")
        #expect(letter.allParagraphs.first?.text == "Geachte Voorzitter,")
        for text in letter.allTexts {
            for head in ["Retouradres", "Prinses Irenestraat", "2595 BD", "Datum 19", "Ons kenmerk"] {
                #expect(!text.contains(head), "letterhead in \(text.quoted)")
            }
        }
    }

    /// Schriftelijke vragen stand outside any dossier: the page has no dossier line and, here, no notes.
    @Test("a page without a dossier line is told by its Nummer and Preview lines; the page's lines give title, date and zaak")
    func pageOutsideADossier() throws {
        let page = """
            [overzicht] [activiteiten] [kamerstukdossiers] [open vragen]

            Vragen van het lid Kröger over de opslag van batterijen in woonwijken

            Schriftelijke vragen

            Nummer: 2025D20001, datum: 2025-05-12, bijgewerkt: 2025-05-12 14:00, versie: 1

            Directe link naar document (.docx), link naar pagina op de Tweede Kamer site.

            Onderdeel van zaak 2025Z09999:

              - Indiener: S.R. Kröger, Tweede Kamerlid

            Preview document (🔗 origineel)


            Vragen van het lid Kröger (GroenLinks-PvdA) aan de minister van Klimaat en Groene Groei over de opslag van batterijen in woonwijken (ingezonden 12 mei 2025).

            Bent u bekend met het bericht over de brand in een buurtbatterij in Zwolle?

            Welke eisen gelden voor de afstand tussen een buurtbatterij en woningen?

            """
        #expect(FormatDetector.detect(page) == .pageDumpKamerstuk)
        let (document, diagnostics) = Ingester.ingest(ContentFile(path: "Content/vragen.txt", stem: "vragen", bytes: Array(page.utf8)))
        let vragen = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(vragen.kind == .kamervragen && vragen.format == .pageDump)
        #expect(vragen.title == "Vragen van het lid Kröger over de opslag van batterijen in woonwijken")
        #expect(vragen.date == "2025-05-12" && vragen.metadata.zaak == "2025Z09999" && vragen.metadata.kamerstuk == nil)
        #expect(vragen.allParagraphs.count == 3)
        #expect(vragen.allParagraphs.last?.text == "Welke eisen gelden voor de afstand tussen een buurtbatterij en woningen?")
    }

    /// `make-paginas.py` writes the real memorie van toelichting Kamerstuk 36 750, nr. 3 likewise:
    /// its chapters are numbered lines (`I. ALGEMEEN`, `1. Inleiding`), not list items.
    @Test("a real memorie van toelichting's page has the official XML's chapters, in order, with their paragraphs and 19 notes")
    func realMemorieAgainstItsXML() throws {
        let (document, diagnostics) = try ingestPage("pagina-mvt.txt")
        let page = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let xml = try #require(try readXMLFixture("kst-36750-3.xml").document)
        #expect(page.kind == .memorieVanToelichting && page.metadata.kamerstuk == xml.metadata.kamerstuk)
        func flattened(_ sections: [Section]) -> [Section] { sections.flatMap { [$0] + flattened($0.subsections) } }
        #expect(page.allSections.map(\.title) == flattened(xml.sections).map(\.title))
        #expect(page.allSections.map(\.paragraphs.count) == flattened(xml.sections).map(\.paragraphs.count))
        #expect(page.allParagraphs.map(\.text) == flattened(xml.sections).flatMap(\.paragraphs).map(\.text))
        #expect(page.footnotes.map(\.text) == xml.footnotes.map(\.text))
        #expect(page.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == Array(1...19))
    }

    @Test("without a Preview line the text starts after the page's metadata and its items")
    func withoutPreviewLine() throws {
        let document = try #require(try ingestPage("pagina-motie.txt", replacing: ("Preview document (🔗 origineel)", "")).document)
        #expect(document.kind == .motie)
        #expect(document.metadata.vergaderjaar == "2024-2025", "the head is found after the metadata")
        #expect(document.allParagraphs.first?.text == "De Kamer,")
    }

    @Test("a page with no document text is a warning at the line after its header, and the page's facts stay")
    func emptyPage() throws {
        let text = try TestPaths.fixtureText("variants/pagina-brief.txt")
        let header = String(text[..<text.range(of: "Geachte Voorzitter")!.lowerBound])
        let (document, diagnostics) = Ingester.ingest(ContentFile(path: "Content/leeg.txt", stem: "leeg", bytes: Array(header.utf8)))
        #expect(document?.kind == .kamerbrief && document?.metadata.kamerstuk?.ondernummer == "605")
        #expect(diagnostics.map(\.code) == [.missingSection])
        #expect(diagnostics.first?.location.line == 25, "the line after `Preview document`")
    }

    @Test("a sidecar's kind reads a mirrored page as a page, not as PDF text")
    func sidecarKind() throws {
        let text = try TestPaths.fixtureText("variants/pagina-brief.txt")
        #expect(TextLayout(forcedKind: .verslag, text: text) == .pageDumpKamerstuk)
        #expect(TextLayout(forcedKind: .fiche, text: text) == .pageDumpFiche)
    }

    @Test("the page's lines above Nummer name the kind, the last first", arguments: [
        (["Verslag van de Raad Buitenlandse Zaken", "Brief regering"], DocumentKind?.some(.kamerbrief)),
        (["Wet circulaire batterijketen", "Memorie van toelichting"], .memorieVanToelichting),
        (["Lijst van vragen en antwoorden over de jaarverslagen"], .verslag),
        (["Motie van het lid Kröger over batterijen", "Raad voor Concurrentievermogen"], .motie),
        (["Stand van zaken netcongestie"], nil),
    ])
    func kindFromPageLines(lead: [String], kind: DocumentKind?) {
        #expect(PageDumpParser.kind(named: lead) == kind)
    }
}

@Suite("Section ids of the Kamerstuk readers")
struct KamerstukSectionIDTests {
    @Test("ASCII letters lowercased, accents dropped from their letters, other marks dropped, runs of spaces and hyphens one hyphen",
          arguments: [
              ("Financiële gevolgen", "financiele-gevolgen"), ("Openbare agenda’s bewindspersonen", "openbare-agendas-bewindspersonen"),
              ("ÉÉN  STAP - VERDER", "een-stap-verder"), ("Tekst", "tekst-2"), ("§ ²", "sectie"), ("Inleiding", "inleiding-2"),
          ])
    func sectionID(title: String, id: String) {
        var ids = KamerstukBody.sectionIDs()
        _ = ids.unique("inleiding")
        #expect(ids.unique(KamerstukBody.slug(title)) == id)
    }
}

@Suite("Kamerstuk head as text converted from the Word file: its columns on one line, single-spaced")
struct KamerstukHeadOneLineTests {
    func readHead(_ lines: [String]) -> KamerstukPDFHead? {
        let text = Array(lines.joined(separator: "\n\n").utf8)
        return KamerstukPDFHead.read(text, lines: TextLine.split(text))
    }

    @Test("the chamber's number, the dossier's title and the heading share their lines")
    func oneLineColumns() throws {
        let head = try #require(readHead([
            "Tweede Kamer der Staten-Generaal 2", "Vergaderjaar 2024-2025", "36 600 XIV Vaststelling van de begrotingsstaten",
            "Nr. 12 MOTIE VAN DE LEDEN KRÖGER EN BONTENBAL", "Voorgesteld 3 december 2024", "De Kamer,",
        ]))
        #expect(head.dossier == "36600-XIV" && head.dossierTitle == "Vaststelling van de begrotingsstaten")
        #expect(head.ondernummer == "12" && head.heading == "MOTIE VAN DE LEDEN KRÖGER EN BONTENBAL")
        #expect(head.date == "2024-12-03")
    }

    @Test("a dossier line's title starts at its first word that is no toevoeging", arguments: [
        ("21 501-30 Raad voor Concurrentievermogen", "21501-30", "Raad voor Concurrentievermogen"),
        ("36 712 Regels over batterijen", "36712", "Regels over batterijen"),
        ("36 410 L Wet versterking regie", "36410-L", "Wet versterking regie"),
    ])
    func dossierWithTitle(line: String, dossier: String, title: String) throws {
        let text = Array(line.utf8)
        let read = try #require(KamerstukPDFHead.dossierWithTitle(text, 0..<text.count))
        #expect(read.dossier == dossier && text.string(read.title) == title)
    }

    @Test("a line that is only a dossier number, or no dossier, has no title", arguments: ["36 712", "Nr. 14", "Raad voor Concurrentievermogen"])
    func noTitle(line: String) {
        let text = Array(line.utf8)
        #expect(KamerstukPDFHead.dossierWithTitle(text, 0..<text.count) == nil)
    }
}

@Suite("Page dumps: signatures as Word files convert them")
struct PageDumpSignatureTests {
    @Test("a letter closing with Hoogachtend and a lowercase function; its letterhead's Onze referentie is the kenmerk")
    func hoogachtend() throws {
        let document = try #require(try ingestPage("pagina-brief-hoogachtend.txt").document)
        #expect(document.metadata.ondertekening == [Signer(naam: "S.T.M. Hermans", functie: "de minister van Klimaat en Groene Groei")])
        #expect(document.metadata.kenmerk == "DGKE / 26034567")
        #expect(!document.xmlParagraphs.contains { $0.text.contains("Hoogachtend") || $0.text.contains("Hermans") })
    }

    @Test("a verslag van een schriftelijk overleg: the committee's signatures above the text are signers, not headings")
    func committee() throws {
        let document = try #require(try ingestPage("pagina-vso.txt").document)
        #expect(document.metadata.ondertekening == [
            Signer(naam: "Kamminga", functie: "De voorzitter van de commissie"),
            Signer(naam: "Muller", functie: "De adjunct-griffier van de commissie"),
        ])
        #expect(!document.allSections.map(\.title).contains { $0.contains("Kamminga") || $0.contains("Muller") })
        #expect(document.sections.map(\.title).contains("I Vragen en opmerkingen vanuit de fracties"))
    }

    @Test("a committee's function printed without De")
    func committeeWithoutArticle() throws {
        let document = try #require(try ingestPage("pagina-vso.txt", replacing: ("De adjunct-griffier van de commissie,", "Adjunct-griffier van de commissie,")).document)
        #expect(document.metadata.ondertekening.last == Signer(naam: "Muller", functie: "Adjunct-griffier van de commissie"))
    }

    @Test("a lijst van vragen: the committee's function and name on one line")
    func committeeOnOneLine() throws {
        let document = try #require(try ingestPage("pagina-lijst-vragen.txt").document)
        #expect(document.metadata.ondertekening == [
            Signer(naam: "Thijssen", functie: "De voorzitter van de commissie"),
            Signer(naam: "Nijboer", functie: "De griffier van de commissie"),
        ])
        #expect(!document.allSections.map(\.title).contains { $0.hasPrefix("De voorzitter") })
    }

    @Test("a lijst van vragen's numbers alone above their questions label them")
    func questionNumbersAlone() throws {
        let document = try #require(try ingestPage("pagina-lijst-vragen.txt").document)
        let questions = document.allSections.flatMap(\.paragraphs).filter { $0.listLabel != nil }
        #expect(questions.map(\.listLabel) == ["1", "2", "3"])
        #expect(questions.first?.text == "Hoeveel bedrijven staan op dit moment op de wachtlijst voor een aansluiting op het elektriciteitsnet?")
        #expect(!document.allSections.flatMap(\.paragraphs).contains { ["1", "2", "3"].contains($0.text) })
    }

    @Test("a motie's members set side by side, as a table's row converts, are each a signer and an indiener")
    func membersSideBySide() throws {
        let document = try #require(try ingestPage("pagina-motie.txt", replacing: ("\nKröger\n", "\nKröger  Flach\n\nVermeer   Van der Plas\n")).document)
        #expect(document.metadata.ondertekening.map(\.naam) == ["Kröger", "Flach", "Vermeer", "Van der Plas"])
        #expect(document.metadata.indieners == ["Kröger", "Flach", "Vermeer", "Van der Plas"])
    }

    @Test("answers to kamervragen opening with the Kamer's number for them: a field and the zaak, not a section")
    func questionNumberLine() throws {
        let document = try #require(try ingestPage("pagina-kamervragen-antwoord.txt").document)
        #expect(document.kind == .kamervragen)
        #expect(document.metadata.fields.first { $0.label == "Vraagnummer" }?.value == "2026Z00412")
        #expect(document.metadata.zaak == "2026Z00412")
        #expect(!document.allSections.map(\.title).contains("2026Z00412"))
        #expect(document.sections.first?.paragraphs.first?.text.hasPrefix("Vragen van het lid Kröger") == true)
    }
}


@Suite("Mirrored pages of Kamerstukken saved without blank lines")
struct PageDumpCompactTests {
    @Test("each mirrored page reads the same with its blank lines taken out: pandoc's preview is a paragraph a line, however short", arguments: [
        "pagina-amendement.txt", "pagina-brief.txt", "pagina-brief-hoogachtend.txt", "pagina-brief-integriteit.txt", "pagina-kamervragen-antwoord.txt",
        "pagina-lijst-vragen.txt", "pagina-motie.txt", "pagina-mvt.txt", "pagina-stenogram.txt", "pagina-vso.txt",
    ])
    func sameWithoutBlankLines(name: String) throws {
        let compact = try TestPaths.fixtureTextWithoutBlankLines("variants/\(name)")
        let document = try ingestFixture("variants/\(name)")
        let compacted = try #require(Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "c", bytes: Array(compact.utf8))).document)
        #expect(FicheParserCompactTests.reading(compacted) == FicheParserCompactTests.reading(document))
        #expect(compacted.metadata.ondertekening == document.metadata.ondertekening)
    }
}
