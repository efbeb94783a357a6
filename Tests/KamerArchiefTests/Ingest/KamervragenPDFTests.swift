import Testing
@testable import KamerArchief

/// Kamervragen with their answer in the Aanhangsel van de Handelingen's PDF layout
/// (`Fixtures/pdf/aanhangsel-kamervragen.*`, made from `aanhangsel.src.txt`). The expected model is
/// the source text's.
@Suite("Kamervragen in the Aanhangsel's PDF layout")
struct KamervragenPDFTests {
    static let descriptions = [
        "Vragen van de leden Kröger (GroenLinks-PvdA) en Bontenbal (CDA) aan de Minister van Klimaat en Groene Groei over "
            + "het bericht «Eerste Nederlandse celfabriek stelt investeringsbesluit uit» (ingezonden 14 januari 2025).",
        "Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 11 februari 2025). Zie ook Aanhangsel "
            + "Handelingen, vergaderjaar 2024–2025, nr. 1002.",
    ]
    static let sectionTitles = [
        "Tekst", "Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2", "Vraag 3", "Antwoord 3", "Vraag 4", "Vraag 5",
        "Antwoord 4 en 5", "Vraag 6", "Antwoord 6",
    ]
    static let notes = [
        "NOS, 10 januari 2025, «Eerste Nederlandse celfabriek stelt investeringsbesluit uit».",
        "Kamerstuk 32 813, nr. 1151.", "Kamerstuk 29 826, nr. 110.", "Kamerstuk 29 023, nr. 521.",
    ]
    static let furniture = ["ah-tk-", "ISSN", "Tweede Kamer, vergaderjaar", "’s-Gravenhage", "Vragen gesteld door", "1234"]

    func expectKamervragen(_ name: String, format: SourceFormat) throws {
        let (document, diagnostics) = try ingestPDFFixture(name)
        let vragen = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(vragen.kind == .kamervragen)
        #expect(vragen.format == format)
        #expect(vragen.title == "Vragen van de leden Kröger (GroenLinks-PvdA) en Bontenbal (CDA) aan de Minister van Klimaat "
            + "en Groene Groei over het bericht «Eerste Nederlandse celfabriek stelt investeringsbesluit uit»")
        // The day the answer came, not the day the questions were sent.
        #expect(vragen.date == "2025-02-11")
        #expect(vragen.metadata.vergaderjaar == "2024-2025")
        #expect(vragen.metadata.kamerstuk == nil)
        #expect(vragen.metadata.fields.map { "\($0.label): \($0.value)" } == ["Kamer: Tweede Kamer der Staten-Generaal", "Vraagnummer: 1234"])
        #expect(vragen.publication == "ah-tk-20242025-1234")
        #expect(vragen.sections.map(\.title) == Self.sectionTitles)
        #expect(vragen.sections[0].paragraphs.map(\.text) == Self.descriptions)
        #expect(vragen.sections[1].paragraphs.map(\.text) == ["Bent u bekend met het bericht «Eerste Nederlandse celfabriek stelt investeringsbesluit uit»?"])
        #expect(vragen.sections[4].paragraphs.count == 1)
        // Across the page break, with note 3's marker on page 1 and the sentence ending on page 2.
        let across = try #require(vragen.sections[6].paragraphs.first)
        #expect(across.text.hasSuffix("(Kamerstuk 29 826, nr. 110). De subsidie wordt pas uitbetaald wanneer de mijlpalen uit de beschikking zijn gehaald."))
        #expect(across.noteRefs.map(\.footnote) == [3])
        #expect(vragen.footnotes.map(\.text) == Self.notes)
        // Marker 2 is glued to the year: `december 20222`.
        let year = try #require(vragen.sections[3].paragraphs.first)
        #expect(year.text.contains("in december 2022 aan de Kamer"))
        #expect(year.noteRefs.map(\.footnote) == [2])
        #expect(vragen.allParagraphs.flatMap(\.noteRefs).map(\.footnote).sorted() == [1, 2, 3, 4])
        // The answer is signed by the minister its describing line names.
        #expect(vragen.metadata.ondertekening == [Signer(naam: "Hermans", functie: "Minister (Klimaat en Groene Groei)")])
        #expect(vragen.metadata.indieners == ["Kröger", "Bontenbal"])
        for text in vragen.allTexts {
            for furniture in Self.furniture { #expect(!text.contains(furniture), "furniture in \(text.quoted)") }
        }
    }

    @Test("the PDF: kind, title and date from the describing lines, Vraagnummer, questions and answers as sections, notes")
    func fromPDF() throws { try expectKamervragen("aanhangsel-kamervragen.pdf", format: .pdf) }

    @Test("its pdftotext text, the describing lines without a blank line between them, gives the same model")
    func fromText() throws { try expectKamervragen("aanhangsel-kamervragen.txt", format: .pdfText) }

    @Test("its pdftotext -layout text, the number beside the first line and the colophon beside the notes, gives the same model")
    func fromLayoutText() throws { try expectKamervragen("aanhangsel-kamervragen.layout.txt", format: .pdfText) }

    /// The fixture's text with each `(old, new)` replaced, through the whole ingest stage.
    func ingestVariant(_ replacements: [(String, String)]) throws -> (document: Document?, diagnostics: [Diagnostic]) {
        var text = try String(contentsOf: TestPaths.fixture("pdf/aanhangsel-kamervragen.txt"), encoding: .utf8)
        for (old, new) in replacements {
            #expect(text.contains(old), "\(old.quoted) is not in the fixture")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return Ingester.ingest(ContentFile(path: "Content/vragen.txt", stem: "vragen", bytes: Array(text.utf8)))
    }

    @Test("the Aanhangsel named on the Vergaderjaar line: the same kamervragen, the head's lines out of the text")
    func aanhangselOnVergaderjaarLine() throws {
        let (document, diagnostics) = try ingestVariant([
            ("Vergaderjaar 2024–2025\n\n2\n\nAanhangsel van de Handelingen\n", "Vergaderjaar 2024–2025  Aanhangsel van de Handelingen\n"),
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let vragen = try #require(document)
        #expect(vragen.kind == .kamervragen && vragen.date == "2025-02-11")
        #expect(vragen.title.hasPrefix("Vragen van de leden Kröger (GroenLinks-PvdA) en Bontenbal (CDA)"))
        #expect(vragen.metadata.fields.map(\.value) == ["Tweede Kamer der Staten-Generaal", "1234"])
        #expect(vragen.sections.first?.paragraphs.map(\.text) == Self.descriptions)
        #expect(!vragen.allTexts.contains { $0.contains("Aanhangsel van de Handelingen") || $0.contains("Vragen gesteld") })
    }

    @Test("a numbered heading in an answer is the answer's own: the questions after it stay at the top")
    func numberedHeadingInAnswer() throws {
        let (document, _) = try ingestVariant([(
            "één investeringsbesluit verandert die inzet niet. Wel laat het zien dat de\n",
            "één investeringsbesluit verandert die inzet niet. Het kabinet volgt drie lijnen:\n"
                + "1. De Europese productie van batterijcellen versterken met gerichte steun voor\nnieuwe fabrieken\n"
                + "Wel laat het zien dat de\n"
        )])
        let vragen = try #require(document)
        #expect(vragen.sections.map(\.title) == Self.sectionTitles)
        let antwoord = try #require(vragen.sections.first { $0.title == "Antwoord 2" })
        #expect(antwoord.subsections.map(\.title) == ["1. De Europese productie van batterijcellen versterken met gerichte steun voor nieuwe fabrieken"])
    }

    @Test("a note that pdfminer breaks with an empty line after a hyphen or a comma runs on; the colophon after it does not")
    func noteBrokenByEmptyLine() throws {
        let (document, diagnostics) = try ingestVariant([(
            "1 NOS, 10 januari 2025, «Eerste Nederlandse celfabriek stelt investeringsbesluit uit».\n2 Kamerstuk 32 813, nr. 1151.\n",
            "1 NOS, 10 januari 2025, «Eerste Nederlandse celfabriek stelt investerings-\n\nbesluit uit»,\n\n(nos.nl).\n2 Kamerstuk 32 813, nr. 1151.\n"
        )])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let vragen = try #require(document)
        #expect(vragen.footnotes.map(\.text).prefix(2) == [
            "NOS, 10 januari 2025, «Eerste Nederlandse celfabriek stelt investerings-besluit uit», (nos.nl).", "Kamerstuk 32 813, nr. 1151.",
        ])
        #expect(vragen.footnotes.count == Self.notes.count)
    }

    /// Plain `pdftotext` sets a page's note numbers apart from their texts; the last one may stand
    /// just above the running foot, with the page's own number under the foot.
    @Test("plain pdftotext: a note's number above the running foot is the note's, the number under it the page's")
    func noteNumberAboveRunningFoot() throws {
        let (document, diagnostics) = try ingestVariant([(
            "3 Kamerstuk 29 826, nr. 110.\n4 Kamerstuk 29 023, nr. 521.\n\nTweede Kamer, vergaderjaar 2024–2025, Aanhangsel\n\n2\n",
            "3\n\nKamerstuk 29 826, nr. 110.\nKamerstuk 29 023, nr. 521.\n4\n\nTweede Kamer, vergaderjaar 2024–2025, Aanhangsel\n\n2\n"
        )])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let vragen = try #require(document)
        #expect(vragen.footnotes.map(\.text) == Self.notes)
        #expect(vragen.allParagraphs.flatMap(\.noteRefs).map(\.footnote).sorted() == [1, 2, 3, 4])
    }

    /// pypdf sets a superscript marker on a line of its own between the text it stands in: a line
    /// of one space after it where the marker ended its line, the rest of the line indented after it
    /// where it did not.
    @Test("pypdf: a marker on a line of its own is glued back to its text, and its note is the page's")
    func markersSetApartByPypdf() throws {
        let (document, diagnostics) = try ingestVariant([
            ("investeringsbesluit uit»?1\n", "investeringsbesluit uit»?\n1\n \n"),
            ("kabinet in december 20222 aan de Kamer heeft gestuurd?\n", "kabinet in december 2022\n2\n  aan de Kamer heeft gestuurd?\n"),
            ("826, nr. 110).3 De subsidie", "826, nr. 110).\n3\n  De subsidie"),
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let vragen = try #require(document)
        #expect(vragen.sections.map(\.title) == Self.sectionTitles)
        #expect(vragen.footnotes.map(\.text) == Self.notes)
        #expect(vragen.sections[1].paragraphs.map(\.text) == ["Bent u bekend met het bericht «Eerste Nederlandse celfabriek stelt investeringsbesluit uit»?"])
        #expect(vragen.sections[3].paragraphs.first?.text.contains("in december 2022 aan de Kamer heeft gestuurd?") == true)
        #expect(vragen.sections[6].paragraphs.first?.text.hasSuffix("(Kamerstuk 29 826, nr. 110). De subsidie wordt pas uitbetaald wanneer de mijlpalen uit de beschikking zijn gehaald.") == true)
        #expect(vragen.allParagraphs.flatMap(\.noteRefs).map(\.footnote).sorted() == [1, 2, 3, 4])
    }

    @Test("a marker set apart above a blank line, where the page's notes stand in their usual form, is no scrambled foot")
    func markerAloneAboveUsualNotes() throws {
        let (document, _) = try ingestVariant([("investeringsbesluit uit»?1\n", "investeringsbesluit uit»?\n1\n\n")])
        let vragen = try #require(document)
        // Read as a scrambled foot, the marker's note took the page's text after it.
        #expect(vragen.sections.map(\.title) == Self.sectionTitles)
        #expect(vragen.footnotes.map(\.text) == Self.notes)
    }

    @Test("a note line that ends in an abbreviation a number follows (nr.) runs on to the number on the next line")
    func noteRunsOnAfterNumberAbbreviation() throws {
        let (document, diagnostics) = try ingestVariant([("3 Kamerstuk 29 826, nr. 110.\n", "3 Kamerstuk 29 826, nr.\n110.\n")])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document?.footnotes.map(\.text) == Self.notes)
        #expect(document?.sections.map(\.title) == Self.sectionTitles)
    }

    @Test("the page number between the Aanhangsel's title and its subtitle, as pdfminer writes it: the same kamervragen")
    func pageNumberAfterTitle() throws {
        let (document, diagnostics) = try ingestVariant([
            ("Vergaderjaar 2024–2025\n\n2\n\nAanhangsel van de Handelingen\n", "Vergaderjaar 2024–2025 \n\nAanhangsel van de Handelingen \n\n2\n\n"),
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let vragen = try #require(document)
        #expect(vragen.kind == .kamervragen && vragen.publication == "ah-tk-20242025-1234")
        #expect(vragen.sections.map(\.title) == Self.sectionTitles)
        #expect(vragen.sections.first?.paragraphs.map(\.text) == Self.descriptions)
    }

    @Test("the chamber's number glued to its name, as some extractors write it: the same kamervragen")
    func gluedChamberNumber() throws {
        let (document, diagnostics) = try ingestVariant([
            ("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n2\n", "Tweede Kamer der Staten-Generaal2\n\nVergaderjaar 2024–2025\n"),
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document?.kind == .kamervragen && document?.publication == "ah-tk-20242025-1234")
        #expect(document?.sections.map(\.title) == Self.sectionTitles)
    }

    @Test("the number missing from the head is the colophon's; missing from both, there is none and no identity")
    func numberFromColophon() throws {
        let (fromColophon, _) = try ingestVariant([("\n1234\n", "\n")])
        #expect(fromColophon?.kind == .kamervragen && fromColophon?.metadata.fields.map(\.value) == ["Tweede Kamer der Staten-Generaal", "1234"])
        #expect(fromColophon?.publication == "ah-tk-20242025-1234")
        #expect(fromColophon?.sections.first?.paragraphs.map(\.text) == Self.descriptions)
        let (unnumbered, _) = try ingestVariant([("\n1234\n", "\n"), ("ah-tk-20242025-1234\n", "")])
        #expect(unnumbered?.kind == .kamervragen && unnumbered?.metadata.fields.map(\.label) == ["Kamer"])
        #expect(unnumbered?.publication == nil)
    }

    @Test("the Eerste Kamer's Aanhangsel: its house in the field and the identity (ah-ek-…)")
    func eersteKamer() throws {
        let (document, diagnostics) = try ingestVariant([
            ("Tweede Kamer der Staten-Generaal", "Eerste Kamer der Staten-Generaal"), ("Tweede Kamer, vergaderjaar", "Eerste Kamer, vergaderjaar"),
            ("ah-tk-", "ah-ek-"),
        ])
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document?.metadata.fields.map(\.value) == ["Eerste Kamer der Staten-Generaal", "1234"])
        #expect(document?.publication == "ah-ek-20242025-1234")
        #expect(document?.footnotes.count == 4)
    }

    /// The shapes of another extraction of an Aanhangsel PDF (invented text): the chamber's number on
    /// its line, the Aanhangsel on the Vergaderjaar line after one space, no blank lines, a note over
    /// two lines, and the printer's line joined to the running foot with one space.
    @Test("text from another extractor: head, describing lines, notes, and the printer's line joined to the foot left out")
    func otherExtraction() throws {
        let text = """
            Tweede Kamer der Staten-Generaal 2
            Vergaderjaar 2023–2024 Aanhangsel van de Handelingen
            Vragen gesteld door de leden der Kamer, met de daarop door de
            regering gegeven antwoorden
            1433
            Vragen van het lid Jansen (GroenLinks-PvdA) aan de Minister van Klimaat en Groene Groei
            over de thuisbatterij (ingezonden 29 februari 2024).
            Antwoord van Minister Hermans (Klimaat en Groene Groei)
            (ontvangen 5 april 2024). Zie ook Aanhangsel Handelingen, vergaderjaar
            2023–2024, nr. 1283.
            Vraag 1
            Kent u het bericht over de thuisbatterij?1
            Antwoord 1
            Ja.
            1 NOS, 28 februari 2024, «Thuisbatterij populair», over de subsidie en de
            salderingsregeling
            ah-tk-20232024-1433
            ISSN 0921 - 7398
            ’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1
            """
        let (document, diagnostics) = Ingester.ingest(ContentFile(path: "Content/vragen.txt", stem: "vragen", bytes: Array(text.utf8)))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let vragen = try #require(document)
        #expect(vragen.kind == .kamervragen && vragen.date == "2024-04-05" && vragen.publication == "ah-tk-20232024-1433")
        #expect(vragen.title == "Vragen van het lid Jansen (GroenLinks-PvdA) aan de Minister van Klimaat en Groene Groei over de thuisbatterij")
        #expect(vragen.sections.map(\.title) == ["Tekst", "Vraag 1", "Antwoord 1"])
        #expect(vragen.sections.last?.paragraphs.map(\.text) == ["Ja."])
        #expect(vragen.footnotes.map(\.text) == ["NOS, 28 februari 2024, «Thuisbatterij populair», over de subsidie en de salderingsregeling"])
        #expect(vragen.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1])
    }

    /// The long line before it (an extractor that did not wrap) makes the answer's short line look
    /// unwrapped, and reflow took it for a heading.
    @Test("a describing line that reflow would take for a heading (a blank line and a long line before it) opens its paragraph")
    func describingLineNoHeading() throws {
        let text = """
            Tweede Kamer der Staten-Generaal 2
            Vergaderjaar 2022–2023 Aanhangsel van de Handelingen
            Vragen gesteld door de leden der Kamer, met de daarop door de
            regering gegeven antwoorden
            3649
            Vragen van het lid Jansen (GroenLinks) aan de Minister voor Natuur en Stikstof over
            de stalvloer die volgens het bericht «Verguisde stalvloer kan stoppende boer in de weg zitten» niet werkt (ingezonden 4 juli 2023).

            Antwoord van Minister Van der Wal-Zeggelink (Natuur en Stikstof)
            (ontvangen 14 september 2023). Zie ook Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 3276.

            Vraag 1
            Kent u het bericht?
            Antwoord 1
            Ja.
            """
        let (document, _) = Ingester.ingest(ContentFile(path: "Content/vragen.txt", stem: "vragen", bytes: Array(text.utf8)))
        let vragen = try #require(document)
        #expect(vragen.sections.map(\.title) == ["Tekst", "Vraag 1", "Antwoord 1"])
        let answer = try #require(vragen.sections.first?.paragraphs.last)
        #expect(answer.text == "Antwoord van Minister Van der Wal-Zeggelink (Natuur en Stikstof) (ontvangen 14 september 2023). "
            + "Zie ook Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 3276.")
        #expect(answer.location.line == 9)
        #expect(vragen.date == "2023-09-14")
    }

    @Test("a Kamerstuk's head with the Aanhangsel's line but a Nr. line stays a Kamerstuk, and its text keeps a line ending in ', Aanhangsel 2345'")
    func kamerstukStaysKamerstuk() throws {
        let (brief, _) = try ingestPDFFixture("brief-kamerstuk.txt", replacing: ("Vergaderjaar 2022–2023\n", "Vergaderjaar 2022–2023\n\nAanhangsel van de Handelingen\n"))
        #expect(brief?.kind == .kamerbrief)
        #expect(brief?.metadata.kamerstuk == KamerstukNumber(dossier: "36200-XIV", ondernummer: "87"))
        let (citing, _) = try ingestPDFFixture(
            "brief-kamerstuk.txt", replacing: ("waterschappen gewerkt aan de gebiedsprogramma's.", "waterschappen gewerkt, zie\nTweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2345\nen de gebiedsprogramma's."))
        #expect(citing?.allParagraphs.contains { $0.text.contains("zie Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 2345 en de gebiedsprogramma's.") } == true)
    }

    @Test("no line describing the questions: kamervragen titled by the Aanhangsel's number, dated by the answer, no warning")
    func withoutDescriptions() throws {
        let (document, diagnostics) = try ingestPDFFixture(
            "aanhangsel-kamervragen.txt", replacing: ("Vragen van de leden", "Schriftelijk gesteld door de leden"))
        #expect(document?.kind == .kamervragen)
        #expect(document?.date == "2025-02-11")
        #expect(document?.title == "Aanhangsel van de Handelingen, nr. 1234")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }
}

@Suite("Kamerstuk PDF layout: the colophon beside the page's notes")
struct KamerstukColophonBesideNotesTests {
    @Test("pdftotext -layout setting `kst-…` on the note's line: the note is read and the colophon left out")
    func colophonBesideNote() throws {
        let note = String(repeating: " ", count: 49) + "1 Kamerstuk 36 200 XIV, nr. 5.\n\nkst-36200-XIV-87\n"
        let (document, diagnostics) = try ingestPDFFixture(
            "brief-kamerstuk.layout.txt",
            replacing: (note, "kst-36200-XIV-87" + String(repeating: " ", count: 33) + "1 Kamerstuk 36 200 XIV, nr. 5.\n"))
        let brief = try #require(document)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(brief.metadata.kamerstuk == KamerstukNumber(dossier: "36200-XIV", ondernummer: "87"))
        #expect(brief.footnotes.map(\.text) == ["Kamerstuk 36 200 XIV, nr. 5."])
        #expect(brief.allParagraphs.first?.noteRefs.map(\.footnote) == [1])
        for text in brief.allTexts { #expect(!text.contains("kst-"), "furniture in \(text.quoted)") }
    }

    @Test("a page number that -layout sets beside a colophon line is furniture too")
    func pageNumberBesideColophon() throws {
        let (plain, _) = try ingestPDFFixture("brief-kamerstuk.layout.txt")
        let (numbered, diagnostics) = try ingestPDFFixture(
            "brief-kamerstuk.layout.txt", replacing: ("’s-Gravenhage 2023\n", "’s-Gravenhage 2023" + String(repeating: " ", count: 40) + "1\n"))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(numbered?.allParagraphs.map(\.text) == plain?.allParagraphs.map(\.text))
    }
}

@Suite("Kamervragen: title and date from the describing lines")
struct KamervragenDescriptionTests {
    @Test("the title drops only the closing parenthesis with the date it was sent; a date in the subject stays")
    func title() {
        #expect(Kamervragen.title("Vragen van het lid Kops (PVV) over het bericht van 3 mei 2025 (ingezonden 5 mei 2025).")
            == "Vragen van het lid Kops (PVV) over het bericht van 3 mei 2025")
        #expect(Kamervragen.title("Vragen van het lid Kops (PVV) aan de Minister (VRO)") == "Vragen van het lid Kops (PVV) aan de Minister (VRO)")
        #expect(Kamervragen.title("Vragen van het lid Kops (ingezonden  5  mei  2025)") == "Vragen van het lid Kops")
    }

    @Test("a date written with no-break spaces or over a line break is a date")
    func whiteSpace() {
        #expect(Kamervragen.date(["Antwoord van Minister Hermans (ontvangen 2\u{00A0}juni\u{00A0}2025)."]) == "2025-06-02")
        #expect(Kamervragen.title("Vragen van het lid Kops (ingezonden 12\u{00A0}mei 2025).") == "Vragen van het lid Kops")
        #expect(Kamervragen.fullDates(Array("(ontvangen 11\nfebruari\t2025)".utf8)[...]) == ["2025-02-11"])
    }

    @Test("the date is the latest line's last full date: the answer's, after a date its subject names")
    func date() {
        #expect(Kamervragen.date([
            "Vragen van het lid Kops over het bericht van 30 juni 2025 (ingezonden 1 juli 2025).",
            "Antwoord van Minister Hermans (ontvangen 28 augustus 2025).",
        ]) == "2025-08-28")
        #expect(Kamervragen.date(["Vragen van het lid Kops over mei 2025 (ingezonden juni 2025)."]) == nil)
        #expect(Kamervragen.fullDates(Array("op 1 mei 2025, 2 juni 2025.".utf8)[...]) == ["2025-05-01", "2025-06-02"])
    }
}
