import Foundation
import Testing
@testable import KamerArchief

/// Word files (`.docx`), as the Tweede Kamer and the ministries publish papers beside the PDF:
/// read into the text of a page dump, so that each gives the document its other forms give.
@Suite("Word files")
struct WordDocumentTests {
    @Test("the real BNC-fiche 10 as a Word file: its PDF text's fiche, chapters numbered and fields lettered by Word's numbering, every note on its marker")
    func ficheFromWord() throws {
        let word = try ingestFixture("word/fiche-10-battery-booster.docx")
        let pdf = try ingestFixture("fiches-pdf/fiche-10-battery-booster.txt")
        #expect(word.kind == .fiche && word.format == .word)
        #expect(word.title == pdf.title && word.date == "2025-12-16" && word.date == pdf.date)
        #expect(word.metadata.ficheNumber == 10)
        #expect(word.metadata.fields.map(\.label) == pdf.metadata.fields.map(\.label))
        #expect(word.metadata.fields.map(\.value) == pdf.metadata.fields.map(\.value))
        #expect(word.allSections.map(\.title) == pdf.allSections.map(\.title) && word.allSections.map(\.role) == pdf.allSections.map(\.role))
        #expect(word.allParagraphs.map(\.text) == pdf.allParagraphs.map(\.text))
        #expect(word.footnotes.map(\.text) == pdf.footnotes.map(\.text) && word.footnotes.count == 10)
        // Word numbers its notes by their order, whatever their ids (2 to 11 here).
        #expect(word.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == Array(1...10))
        #expect(word.pillars.map(\.title) == pdf.pillars.map(\.title) && word.pillars.count == 6)
    }

    @Test("a motie as a Word file: the motie of its mirror's page, its head read from a table, deleted text and field codes left out")
    func motieFromWord() throws {
        let word = try ingestFixture("word/motie-kroger.docx")
        let page = try ingestFixture("variants/pagina-motie.txt")
        #expect(word.kind == .motie && word.format == .word && word.date == page.date)
        #expect(word.metadata.kamerstuk == page.metadata.kamerstuk && word.metadata.dossierTitle == page.metadata.dossierTitle)
        #expect(word.metadata.indieners == ["Kröger"] && word.metadata.vergaderjaar == "2024-2025")
        #expect(word.sections.map(\.title) == page.sections.map(\.title))
        #expect(word.allParagraphs.map(\.text) == page.allParagraphs.map(\.text))
        #expect(word.footnotes.map(\.text) == ["COM(2025) 123"] && word.allParagraphs.flatMap(\.noteRefs).count == 1)
        let text = try #require(Ingester.readableText(of: ContentFile(path: "Content/m.docx", stem: "m", bytes: fixtureBytes("word/motie-kroger.docx"))).text)
        #expect(text.hasPrefix("Tweede Kamer der Staten-Generaal   2\nVergaderjaar 2024-2025\n\n21 501-30"))
        #expect(!text.contains("landelijke") && !text.contains("HYPERLINK") && text.contains("Booster-strategie1 inzet"))
    }

    @Test("a minister's letter as its Word file: a letter by its letterhead, titled by its Betreft, dated by its Datum, its sidebar's text box left out, its signer and note read")
    func letterFromWord() throws {
        let letter = try ingestFixture("word/brief-minister.docx")
        #expect(letter.kind == .kamerbrief && letter.format == .word)
        #expect(letter.title == "Voortgang batterijstrategie" && letter.date == "2026-02-13")
        #expect(letter.metadata.ondertekening.map(\.naam) == ["S.T.M. Hermans"])
        #expect(letter.metadata.ondertekening.first?.functie == "De Minister van Klimaat en Groene Groei")
        #expect(letter.sections.map(\.title) == ["Tekst", "1. Thuisbatterijen", "2. Buurtbatterijen"])
        #expect(letter.allParagraphs.compactMap(\.listLabel) == ["-", "-"])
        #expect(letter.footnotes.map(\.text) == ["Kamerstuk 32 813, nr. 1502."] && letter.allParagraphs.flatMap(\.noteRefs).count == 1)
        let texts = letter.allParagraphs.map(\.text).joined(separator: "\n")
        for furniture in ["Ons kenmerk", "DGKE", "Ministerie van", "Postbus", "Hoogachtend"] {
            #expect(!texts.contains(furniture), "\(furniture)")
        }
    }

    @Test("a Word file that cannot be read is a docx-damaged error: no zip archive, no word/document.xml, a part past 64 MB unpacked")
    func damaged() throws {
        for (name, bytes, message) in [
            ("kapot.docx", Array("geen zip".utf8), "damaged Word file"),
            ("geen-word.docx", try fixtureBytes("word/geen-word.docx"), "the zip archive has no word/document.xml"),
            ("bom.docx", try fixtureBytes("word/bom.docx"), "unpacks to more than 64 MB"),
        ] {
            let (document, diagnostics) = Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "x", bytes: bytes))
            #expect(document == nil)
            #expect(diagnostics.map(\.code) == [.wordDamaged] && diagnostics.first?.severity == .error, "\(name)")
            #expect(diagnostics.first?.message.contains(message) == true, "\(name): \(diagnostics)")
            #expect(diagnostics.first?.location.file == "Content/\(name)")
        }
    }

    @Test("Word's list numbering: formats, labels of several levels, deeper levels counted anew, numberings of one abstract numbering counted together, one started anew apart, a style's numbering through the style it is based on")
    func numbering() {
        var numbering = WordNumbering()
        numbering.abstracts["0"] = [
            0: .init(start: 1, format: "decimal", text: "%1."), 1: .init(start: 1, format: "lowerLetter", text: "%2)"),
            2: .init(start: 1, format: "lowerRoman", text: "%1.%2.%3"),
        ]
        numbering.abstracts["1"] = [0: .init(start: 1, format: "bullet", text: "\u{F0B7}")]
        numbering.abstracts["2"] = [0: .init(start: 1, format: "none", text: "")]
        numbering.numberings["1"] = ("0", [:])
        numbering.numberings["2"] = ("1", [:])
        numbering.numberings["3"] = ("0", [0: 4])
        numbering.numberings["4"] = ("2", [:])
        numbering.styles["Kop1"] = ("1", 0, nil)
        numbering.styles["Eigen"] = (nil, nil, "Kop1")
        let labels = [(1, 0), (1, 1), (1, 1), (1, 2), (1, 0), (1, 1)].map { numbering.label(numbering: String($0.0), level: $0.1) }
        #expect(labels == ["1.", "a)", "b)", "1.b.i", "2.", "a)"])
        #expect(numbering.label(numbering: "2", level: 0) == "-")
        #expect(numbering.label(numbering: "3", level: 0) == "4.")
        #expect(numbering.label(numbering: "4", level: 0) == nil && numbering.label(numbering: "0", level: 0) == nil)
        #expect(numbering.numbering(ofStyle: "Eigen")?.numbering == "1" && numbering.numbering(ofStyle: "Standaard") == nil)
        // Two numberings of one abstract numbering count on together (Word makes a new one for a
        // pasted list that goes on); the one that starts anew counts apart.
        numbering.numberings["5"] = ("0", [:])
        #expect(numbering.label(numbering: "5", level: 0) == "3.")
        #expect(numbering.label(numbering: "3", level: 0) == "5.")
        #expect(WordNumbering.letters(28) == "BB" && RomanNumeral.string(14) == "XIV")
    }
}

