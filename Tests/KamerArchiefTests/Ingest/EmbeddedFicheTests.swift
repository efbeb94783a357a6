import Foundation
import Testing
@testable import KamerArchief

/// A fiche published as a Kamerstuk of the dossier of new Commission proposals: the cover letter
/// with its signature, then the fiche, in the paper's official XML (the fiche in the letter's text,
/// or in a bijlage with its chapters as divisions), its PDF and that PDF's text, and its page on
/// officielebekendmakingen.nl. Each is the fiche, as the mirror's page of it is.
@Suite("A fiche published as a Kamerstuk (cover letter, then the fiche)")
struct EmbeddedFicheTests {
    static let forms = [
        "fiche-kamerstuk.xml", "fiche-kamerstuk-bijlage.xml", "fiche-kamerstuk.pdf", "fiche-kamerstuk.txt", "ob-fiche.html",
    ]

    func read(_ name: String, sidecar: String? = nil) throws -> (document: Document, diagnostics: [Diagnostic]) {
        let bytes = [UInt8](try Data(contentsOf: TestPaths.fixture("variants/\(name)")))
        return try read(name, bytes: bytes, sidecar: sidecar)
    }

    func read(_ name: String, bytes: [UInt8], sidecar: String? = nil) throws -> (document: Document, diagnostics: [Diagnostic]) {
        let sidecarFile = sidecar.map { ContentFile.SidecarFile(path: "Content/fiche.yml", bytes: Array($0.utf8)) }
        let parsed = Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "fiche", bytes: bytes, sidecar: sidecarFile))
        return (try #require(parsed.document), parsed.diagnostics)
    }

    @Test("each form is the fiche: its title, the Kamerstuk's number, date and signer, the fiche's facts and sections", arguments: forms)
    func fiche(name: String) throws {
        let (document, diagnostics) = try read(name)
        #expect(document.kind == .fiche)
        #expect(document.title == "Mededeling over een strategie voor warmtenetten")
        #expect(document.metadata.kamerstuk?.dossier == "22112")
        #expect(document.metadata.dossierTitle?.hasPrefix("Nieuwe Commissievoorstellen") == true)
        // The letter's date, not the day the Commission's document came in.
        #expect(document.date == "2026-03-06")
        #expect(document.metadata.ondertekening.map(\.functie) == ["De Minister van Buitenlandse Zaken"])
        #expect(document.metadata.ondertekening.map { $0.naam.filter { $0 != " " } } == ["A.B.Jansen"])
        #expect(document.metadata.fields.prefix(7).map(\.label) == [
            "Titel voorstel", "Datum ontvangst Commissiedocument", "Nr. Commissiedocument", "EUR-Lex",
            "Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing", "Behandelingstraject Raad",
            "Eerstverantwoordelijk ministerie",
        ])
        #expect(document.metadata.fields.first { $0.label == "Nr. Commissiedocument" }?.value == "COM(2026) 71")
        // Then the facts the Kamerstuk's reader had: the chamber of the XML's head, the letter's addressee.
        #expect(document.metadata.fields.dropFirst(7).map(\.label) == (name.hasSuffix(".xml") ? ["Kamer"] : ["Aan"]))
        #expect(document.sections.map(\.id) == [
            EmbeddedFiche.coverLetterID, "algemene-gegevens", "essentie-voorstel", "nederlandse-positie", "grondhouding",
        ])
        #expect(document.sections[2].role == .essentieVoorstel)
        #expect(document.sections[3].subsections.map(\.role) == [.essentieBeleid, .beoordelingInzet, .krachtenveld])
        #expect(document.sections[4].subsections.map(\.title) == ["Bevoegdheid"])
        let letter = document.sections[0].paragraphs.map(\.text).joined(separator: "\n")
        #expect(letter.contains("Overeenkomstig de bestaande afspraken ontvangt u hierbij 1 fiche"))
        #expect(!letter.contains("Titel voorstel"))
        #expect(!diagnostics.contains { $0.severity == .error })
        #expect(!diagnostics.contains { $0.code == .missingSection || $0.code == .unplacedText }, "\(diagnostics)")
    }

    @Test("each form gives the three pillars and the cabinet's position on each", arguments: forms)
    func pillars(name: String) throws {
        let (document, _) = try read(name)
        #expect(document.pillars.map(\.title) == ["aanleg van netten", "bronnen van warmte", "bescherming van afnemers"])
        #expect(document.pillars.map { $0.position.first?.text.hasPrefix("Ten aanzien van de") == true } == [true, true, true])
    }

    @Test("each form keeps both notes, each marked where it stands in the fiche's text", arguments: forms)
    func notes(name: String) throws {
        let (document, _) = try read(name)
        #expect(document.footnotes.map(\.number) == [1, 2])
        #expect(document.footnotes.map { $0.text.trimmingCharacters(in: .whitespaces) } == ["Kamerstuk 30 196, nr. 820.", "Kamerstuk 36 576, nr. 2."])
        let marked = document.sections.flatMap(\.allParagraphsDeep).filter { !$0.noteRefs.isEmpty }
        #expect(marked.map(\.noteRefs.first?.footnote) == [1, 2])
        #expect(marked.first?.textBefore(note: 1, count: 30) == "arming van gebouwen vergroten.")
    }

    @Test("the forms are told apart as before: the PDF's text and the web page are read as Kamerstukken, whose head they have")
    func detection() throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText("variants/fiche-kamerstuk.txt")) == .kamerstukPDF)
        #expect(FormatDetector.detect(try TestPaths.fixtureText("fiches-pdf/fiche-10-battery-booster.txt")) == .pdfTextFiche)
        #expect(FormatDetector.detect(try TestPaths.fixtureText("fiches/seed-fiche.txt")) == .pageDumpFiche)
    }

    @Test("a mirror's page of a fiche whose preview opens with the cover letter of a batch: the fiche's title, the letter's signer and citations, not the first fiche listed")
    func mirrorPageWithBatchLetter() throws {
        let letter = """
            Preview document (🔗 origineel)


            Tweede Kamer der Staten-Generaal 2
            Vergaderjaar 2025-2026

            22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie

            Nr. 4277 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN

            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 13 februari 2026

            Overeenkomstig de bestaande afspraken ontvangt u hierbij 2 fiches die werden opgesteld door de werkgroep Beoordeling Nieuwe Commissie voorstellen (BNC).

            Fiche: Verordening over accu's in voertuigen (Kamerstuk 22 112, nr. 4276)

            Fiche: Mededeling Battery Booster-strategie

            De Minister van Buitenlandse Zaken,
            A.B. Jansen


            """
        let page = try TestPaths.fixtureText("fiches/seed-fiche.txt").replacingOccurrences(of: "Preview document (🔗 origineel)\n\n\n", with: letter)
        #expect(FormatDetector.detect(page) == .pageDumpKamerstuk)
        let (document, _) = try read("pagina.txt", bytes: Array(page.utf8))
        #expect(document.kind == .fiche)
        #expect(document.title == "Mededeling Battery Booster-strategie")
        #expect(document.metadata.ficheNumber == 10)
        #expect(document.metadata.ondertekening.map(\.naam) == ["A.B. Jansen"])
        #expect(document.metadata.vergaderjaar == "2025-2026")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "22112", ondernummer: "4277"))
        #expect(document.sections.flatMap(\.allParagraphs).flatMap(\.citations).contains { $0.ondernummer == "4276" })
        #expect(document.sections.first?.paragraphs.first?.text.hasPrefix("Overeenkomstig de bestaande afspraken") == true)
    }

    @Test("the fiche's name, short or wrapped over two lines, in the letter and over the fiche: the title is whole, the signer under it read, the name no signer", arguments: [
        "Fiche: Verordening betreffende warmtenetten en restwarmte en tot wijziging\nvan Richtlijn (EU) 2023/1791",
        "Fiche: Mededeling over de strategie voor de Europese\nUnie van Vaardigheden",
        "Fiche: Mededeling Europese Havenstrategie",
    ])
    func fichesName(name: String) throws {
        let text = try TestPaths.fixtureText("variants/fiche-kamerstuk.txt").replacingOccurrences(
            of: "Fiche: Mededeling over een strategie voor warmtenetten", with: name)
        let (document, _) = try read("naam.txt", bytes: Array(text.utf8))
        #expect(document.kind == .fiche)
        #expect(document.title == name.dropFirst("Fiche: ".count).replacingOccurrences(of: "\n", with: " "))
        #expect(document.metadata.ondertekening.map(\.naam) == ["A.B. Jansen"])
        #expect(document.pillars.count == 3)
    }

    @Test("in the XML, a label split off a paragraph keeps its citation on its words, and a note in a fact is reported, not lost silently")
    func xmlOffsets() throws {
        let xml = try TestPaths.fixtureText("variants/fiche-kamerstuk.xml")
            .replacingOccurrences(
                of: "<al>De meeste lidstaten zijn positief.</al>",
                with: "<al>1. Zie <extref doc=\"kst-22112-3900\" soort=\"document\" status=\"actief\">Kamerstuk 22 112, nr. 3900</extref>.</al>")
            .replacingOccurrences(
                of: "<al>Energieraad</al>",
                with: "<al>Energieraad<noot id=\"n3\" type=\"voet\"><noot.nr>3</noot.nr><noot.al>Sinds 2024.</noot.al></noot></al>")
        let (document, diagnostics) = try read("offsets.xml", bytes: Array(xml.utf8))
        let paragraph = try #require(document.sections.flatMap(\.allParagraphsDeep).first { $0.text.hasPrefix("Zie ") })
        #expect(paragraph.listLabel == "1.")
        let citation = try #require(paragraph.citations.first)
        let scalars = Array(paragraph.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[citation.range.offset..<citation.range.end])) == "Kamerstuk 22 112, nr. 3900")
        #expect(document.metadata.fields.first { $0.label == "Behandelingstraject Raad" }?.value == "Energieraad")
        #expect(diagnostics.contains { $0.code == .unreferencedFootnote && $0.message.contains("note 3") })
    }

    @Test("a paper that does not name the fiche again over it: the fiche starts at its first chapter under the signature, named by the letter")
    func notNamedAgain() throws {
        let text = try TestPaths.fixtureText("variants/fiche-kamerstuk.txt")
        let repeated = "A.B. Jansen\nFiche: Mededeling over een strategie voor warmtenetten\n"
        #expect(text.contains(repeated))
        let (document, _) = try read("zonder.txt", bytes: Array(text.replacingOccurrences(of: repeated, with: "A.B. Jansen\n").utf8))
        #expect(document.kind == .fiche)
        #expect(document.title == "Mededeling over een strategie voor warmtenetten")
        #expect(document.metadata.ondertekening.map(\.naam) == ["A.B. Jansen"])
        #expect(document.metadata.fields.count == 8)
        #expect(document.pillars.count == 3)
    }

    @Test("the web page's text saved as text, its notes under a heading of its own (`Noten`, `1 Kamerstuk …`): a Kamerstuk's page, read as the fiche, its notes kept")
    func pageTextWithNotesHeading() throws {
        let page = HTMLPage.read([UInt8](try Data(contentsOf: TestPaths.fixture("variants/ob-fiche.html")))).text
        let noteList = try #require(page.range(of: "  1. Kamerstuk 30 196"))
        let notes = page[noteList.lowerBound...].replacingOccurrences(of: "  1. ", with: "1 ").replacingOccurrences(of: "  2. ", with: "2 ")
            .replacingOccurrences(of: "↩︎", with: "")
        let text = String(page[..<noteList.lowerBound]).replacingOccurrences(of: "Delen\n\nPrint\n\n", with: "") + "Noten\n\n" + notes
        #expect(FormatDetector.detect(text) == .pageDumpKamerstuk)
        let (document, _) = try read("pagina.txt", bytes: Array(text.utf8))
        #expect(document.kind == .fiche)
        #expect(document.pillars.count == 3)
        #expect(document.footnotes.map(\.number) == [1, 2])
    }

    @Test("the letter that brings a batch of fiches, listing them (`Fiche 1: …`), is a letter: signed under its list, not an empty fiche named after the first")
    func batchLetter() throws {
        let text = try TestPaths.fixtureText("variants/pagina-brief-fiches.txt")
        #expect(FormatDetector.detect(text) == .pageDumpKamerstuk)
        let (document, diagnostics) = try read("pagina-brief-fiches.txt")
        #expect(document.kind == .kamerbrief)
        #expect(document.title == "Kabinetsappreciatie nieuwe Commissievoorstellen")
        #expect(document.metadata.ondertekening.map(\.naam) == ["D.M. van Weel"])
        #expect(document.sections.flatMap(\.allParagraphsDeep).map(\.text).filter { $0.hasPrefix("Fiche ") } == [
            "Fiche 1: Mededeling Battery Booster-strategie", "Fiche 2: Verordening Industrial Accelerator Act",
            "Fiche 3: Mededeling Europese waterstofbank",
        ])
        #expect(!diagnostics.contains { $0.code == .missingSection })
    }

    /// A paper of an older batch: the letter lists every fiche of the batch, some of them published
    /// in another dossier (`(Kamerstuk 36 700, nr. 2)`), and the paper holds the last one only.
    static let batchList = [
        "Overeenkomstig de bestaande afspraken ontvangt u hierbij drie fiches.",
        "Fiche 1: Verordening over warmtepompen (Kamerstuk 36 700, nr. 2)",
        "Fiche 2: Richtlijn over koudenetten (Kamerstuk 36 700, nr. 3)",
        "Fiche 3: Mededeling over een strategie voor warmtenetten",
    ]

    @Test("a paper whose letter lists a batch of fiches and that holds the last of them: the fiche, its letter's list kept with its citations, its signer read also on one line, its facts under bullets read", arguments: ["page", "pdf", "xml"])
    func batchOfWhichOne(form: String) throws {
        let name: String, text: String
        switch form {
        case "page":
            // The web page's text as a crawler saves it: the signature run onto one line, the
            // template's lettered facts set as bullets over their letters.
            var page = HTMLPage.read([UInt8](try Data(contentsOf: TestPaths.fixture("variants/ob-fiche.html")))).text
            let letter = try #require(page.range(of: "Overeenkomstig de bestaande afspraken ontvangt u hierbij 1 fiche die werd opgesteld door de werkgroep Beoordeling Nieuwe Commissievoorstellen (BNC).\n\nFiche: Mededeling over een strategie voor warmtenetten\n\nDe Minister van Buitenlandse Zaken,\nA.B.Jansen\n"))
            page.replaceSubrange(letter, with: Self.batchList.joined(separator: "\n\n") + "\n\nDe Minister van Buitenlandse Zaken, A.B. Jansen\n")
            for letter in "abcdefg" { page = page.replacingOccurrences(of: "\n\(letter)) ", with: "\n  • \(letter)) ") }
            (name, text) = ("pagina.txt", page)
        case "pdf":
            let letter = "Overeenkomstig de bestaande afspraken ontvangt u hierbij 1 fiche die werd\nopgesteld door de werkgroep Beoordeling Nieuwe Commissievoorstellen\n(BNC).\nFiche: Mededeling over een strategie voor warmtenetten\n"
            let pdfText = try TestPaths.fixtureText("variants/fiche-kamerstuk.txt")
            #expect(pdfText.contains(letter))
            (name, text) = ("pdf.txt", pdfText.replacingOccurrences(of: letter, with: Self.batchList.joined(separator: "\n") + "\n"))
        default:
            let letter = "<al>Overeenkomstig de bestaande afspraken ontvangt u hierbij 1 fiche die werd opgesteld door de werkgroep Beoordeling Nieuwe Commissievoorstellen (BNC).</al>\n            <al>Fiche: Mededeling over een strategie voor warmtenetten</al>"
            let xml = try TestPaths.fixtureText("variants/fiche-kamerstuk.xml")
            #expect(xml.contains(letter))
            (name, text) = ("kst.xml", xml.replacingOccurrences(of: letter, with: Self.batchList.map { "<al>\($0)</al>" }.joined(separator: "\n")))
        }
        let (document, diagnostics) = try read(name, bytes: Array(text.utf8))
        #expect(document.kind == .fiche)
        #expect(document.title == "Mededeling over een strategie voor warmtenetten")
        #expect(document.metadata.ondertekening.map(\.functie) == ["De Minister van Buitenlandse Zaken"])
        #expect(document.metadata.ondertekening.map { $0.naam.filter { $0 != " " } } == ["A.B.Jansen"])
        let cover = try #require(document.sections.first)
        #expect(cover.id == EmbeddedFiche.coverLetterID)
        // The XML's letter opens with its addressee and date, as the letter of one fiche does.
        #expect(cover.paragraphs.map(\.text).suffix(4) == Self.batchList[...])
        #expect(cover.paragraphs.flatMap(\.citations).compactMap(\.kamerstuk).map(\.ondernummer) == ["2", "3"])
        #expect(document.metadata.fields.prefix(7).map(\.label) == [
            "Titel voorstel", "Datum ontvangst Commissiedocument", "Nr. Commissiedocument", "EUR-Lex",
            "Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing", "Behandelingstraject Raad",
            "Eerstverantwoordelijk ministerie",
        ])
        #expect(document.metadata.fields.first { $0.label == "EUR-Lex" }?.value.hasPrefix("https://") == true)
        #expect(document.pillars.count == 3)
        #expect(document.footnotes.map(\.number) == [1, 2])
        #expect(!diagnostics.contains { $0.code == .missingSection || $0.code == .unplacedText }, "\(diagnostics)")
    }

    @Test("a revised fiche's cover letter (`Herzien Fiche: …`, then the signature on one line): the signer read, the letter's line kept")
    func revisedFiche() throws {
        var page = HTMLPage.read([UInt8](try Data(contentsOf: TestPaths.fixture("variants/ob-fiche.html")))).text
        let letter = try #require(page.range(of: "\nFiche: Mededeling over een strategie voor warmtenetten\n\nDe Minister van Buitenlandse Zaken,\nA.B.Jansen\n"))
        page.replaceSubrange(letter, with: "\nHerzien Fiche: Mededeling over een strategie voor warmtenetten\n\nDe Minister van Buitenlandse Zaken, A.B. Jansen\n")
        let (document, _) = try read("herzien.txt", bytes: Array(page.utf8))
        #expect(document.kind == .fiche)
        #expect(document.metadata.ondertekening == [Signer(naam: "A.B. Jansen", functie: "De Minister van Buitenlandse Zaken")])
        #expect(document.sections.first?.paragraphs.last?.text == "Herzien Fiche: Mededeling over een strategie voor warmtenetten")
        #expect(document.pillars.count == 3)
    }

    @Test("a cover letter's note numbered as one of the fiche's is left out with its marker, with a warning: each note number stays one note's")
    func clashingNotes() throws {
        // `make fuzz-fiche` found a page whose letter had a note 1 and whose fiche had notes 1 and 2.
        let place = SourceLocation(file: "Content/fiche.txt", line: 3, column: 1)
        let paragraph = Paragraph(
            text: "De commissie stelt vast.", location: place, noteRefs: [NoteRef(footnote: 1, offset: 24, location: place)])
        let letter = Document(
            id: "fiche", kind: .kamerbrief, format: .pageDump, title: "Brief", source: "Content/fiche.txt",
            sections: [Section(id: "tekst", title: "Tekst", paragraphs: [paragraph], location: place)],
            footnotes: [Footnote(number: 1, text: "Samenstelling: …", location: place)])
        let ficheNotes = [1, 2].map { Footnote(number: $0, text: "Kamerstuk 22 112, nr. \($0).", location: place) }
        let (document, diagnostics) = EmbeddedFiche.document(
            FicheSectionTree(), notes: ficheNotes, letter: letter, source: SourceText(path: "Content/fiche.txt", id: "fiche", text: ""),
            at: place, sidecar: nil)
        #expect(document.footnotes.map(\.number) == [1, 2])
        #expect(document.footnotes.map(\.text) == ficheNotes.map(\.text))
        #expect(document.sections.first?.paragraphs.first?.noteRefs == [])
        #expect(diagnostics.contains { $0.code == .unreferencedFootnote && $0.message.contains("cover letter's note 1") })
    }

    @Test("a sidecar naming another kind keeps the paper a letter")
    func sidecarKind() throws {
        for name in ["fiche-kamerstuk.xml", "fiche-kamerstuk.txt", "ob-fiche.html"] {
            let (document, _) = try read(name, sidecar: "kind: kamerbrief\n")
            #expect(document.kind == .kamerbrief, "\(name)")
            #expect(document.pillars.isEmpty)
        }
    }

    @Test("a cover letter without its fiche, and a paper of two fiches, stay letters")
    func notOneFiche() throws {
        let xml = try TestPaths.fixtureText("variants/fiche-kamerstuk.xml")
        let ficheStart = try #require(xml.range(of: "        <vrije-tekst>\n          <tekst status=\"goed\">\n            <tussenkop>Fiche:"))
        let ficheEnd = try #require(xml.range(of: "      </algemeen>"))
        let fiche = String(xml[ficheStart.lowerBound..<ficheEnd.lowerBound])
        let letterOnly = xml.replacingCharacters(in: ficheStart.lowerBound..<ficheEnd.lowerBound, with: "")
        let twoFiches = xml.replacingCharacters(in: ficheEnd.lowerBound..<ficheEnd.lowerBound, with: fiche)
        for (name, text) in [("letter", letterOnly), ("two", twoFiches)] {
            let (document, _) = try read("\(name).xml", bytes: Array(text.utf8))
            #expect(document.kind == .kamerbrief, "\(name)")
            #expect(document.pillars.isEmpty, "\(name)")
        }
        let pdfText = try TestPaths.fixtureText("variants/fiche-kamerstuk.txt")
        let title = try #require(pdfText.range(of: "Fiche: Mededeling over een strategie voor warmtenetten\n1. Algemene gegevens"))
        let twice = pdfText.replacingCharacters(in: title.upperBound..<title.upperBound, with: "\n" + String(pdfText[title]))
        let (document, _) = try read("two.txt", bytes: Array(twice.utf8))
        #expect(document.kind == .kamerbrief)
    }

    @Test("the fiche's own XML and the mirror's page of it name one Kamerstuk: the archive keeps the XML, now read as the fiche")
    func supersedesThePageDump() throws {
        let xml = try read("fiche-kamerstuk.xml").document
        let page = try read("ob-fiche.html").document
        let (_, superseded) = Ingester.duplicateKamerstukken([
            (summary: xml.summary, source: "Content/fiche-kamerstuk.xml"), (summary: page.summary, source: "Content/ob-fiche.html"),
        ])
        #expect(superseded == ["Content/ob-fiche.html"])
        #expect(xml.kind == .fiche && xml.pillars.count == 3)
    }
}
