import Foundation
import Testing
@testable import KamerArchief

/// Where and how a letter's signature stands, beyond the two lines that end it: between the letter
/// and the annex the same paper brings, and run onto one line, as a web page's text may have it.
@Suite("A letter's signature between the letter and its annex, or on one line")
struct SignatureFormsTests {
    static let signature = "De minister van Economische Zaken,\n\nD.S. Beljaarts\n\n"
    static let annexHeading = "VERSLAG RAAD VOOR CONCURRENTIEVERMOGEN VAN 12 MAART 2025"

    func read(_ name: String, _ text: String) -> Document? {
        Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "brief", bytes: Array(text.utf8))).document
    }

    func expectSigned(_ document: Document?) throws {
        let document = try #require(document)
        #expect(document.metadata.ondertekening == [Signer(naam: "D.S. Beljaarts", functie: "De minister van Economische Zaken")])
        #expect(!document.allTexts.dropLast().contains { $0.contains("Beljaarts") || $0.hasPrefix("De minister van Economische Zaken") })
    }

    @Test("a mirror's page of a letter that brings its annex: the signature between them is the signer's, the annex's text stays")
    func pageBetweenLetterAndAnnex() throws {
        let page = try TestPaths.fixtureText("variants/pagina-brief.txt")
        #expect(page.contains(Self.signature))
        let moved = page.replacingOccurrences(of: Self.signature, with: "").replacingOccurrences(
            of: "Clean Industrial Deal.\n\nBattery Booster-strategie\n",
            with: "Clean Industrial Deal.\n\n" + Self.signature + Self.annexHeading + "\n\nBattery Booster-strategie\n")
        let document = try #require(read("pagina.txt", moved))
        try expectSigned(document)
        #expect(document.sections.map(\.title).contains(Self.annexHeading))
        #expect(document.allParagraphs.contains { $0.text.hasPrefix("De Raad wisselde van gedachten") })
        #expect(document.footnotes.map(\.number) == [1, 2])
    }

    @Test("a function and its name on one line between the letter and what it brings is the signature, whatever follows it")
    func oneLineBetween() throws {
        let page = try TestPaths.fixtureText("variants/pagina-brief.txt")
        let moved = page.replacingOccurrences(of: Self.signature, with: "").replacingOccurrences(
            of: "Clean Industrial Deal.\n\nBattery Booster-strategie\n",
            with: "Clean Industrial Deal.\n\nDe minister van Economische Zaken, D.S. Beljaarts\n\na) Titel voorstel\n\nBattery Booster-strategie\n")
        try expectSigned(read("pagina.txt", moved))
    }

    @Test("names above their offices, without commas, between the letter and its annex and at its end: the signers, whatever follows")
    func nameAboveOffice() throws {
        let page = try TestPaths.fixtureText("variants/pagina-brief.txt")
        let between = page.replacingOccurrences(of: Self.signature, with: "").replacingOccurrences(
            of: "Clean Industrial Deal.\n\nBattery Booster-strategie\n",
            with: "Clean Industrial Deal.\n\nD.S. Beljaarts\nMinister van Economische Zaken\nKamerstuk 21501-30-687\n\nBattery Booster-strategie\n")
        let letter = try #require(read("pagina.txt", between))
        #expect(letter.metadata.ondertekening == [Signer(naam: "D.S. Beljaarts", functie: "Minister van Economische Zaken")])
        #expect(!letter.sections.contains { $0.title.contains("Beljaarts") || $0.title.hasPrefix("Minister van") })
        #expect(letter.allParagraphs.contains { $0.text.hasPrefix("De Raad wisselde van gedachten") })
        let twoAtEnd = page.replacingOccurrences(
            of: Self.signature, with: "Hoogachtend,\n\nD.S. Beljaarts\nMinister van Economische Zaken\n\n"
                + "Vincent Karremans\nstaatssecretaris van Volksgezondheid, Welzijn en Sport\n\n")
        let signed = try #require(read("pagina.txt", twoAtEnd))
        #expect(signed.metadata.ondertekening == [
            Signer(naam: "D.S. Beljaarts", functie: "Minister van Economische Zaken"),
            Signer(naam: "Vincent Karremans", functie: "staatssecretaris van Volksgezondheid, Welzijn en Sport"),
        ])
        #expect(!(signed.sections.map(\.title) + signed.allParagraphs.map(\.text)).contains { $0.contains("Karremans") || $0.contains("Hoogachtend") })
    }

    @Test("an office a name is signed above opens with the title as a word of its own and ends no sentence", arguments: [
        ("Minister van Economische Zaken en Klimaat", true), ("de minister-president", true), ("Staatssecretaris Fiscaliteit", true),
        ("Ministerie van Financiën", false), ("Minister van Financiën.", false), ("De Minister van Financiën,", false),
        ("Ministers van de lidstaten bespraken het op 12 maart", false), ("Minder bekend", false),
        ("Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst", true),
        // A sentence without its full stop is no office (a heading above it is no name).
        ("De Staatssecretaris van Financiën zegt toe de Kamer voor de zomer te informeren", false),
        ("Staatssecretaris van Financiën Van Rij heeft de motie uitgevoerd", false),
    ])
    func officeLine(line: String, isOffice: Bool) {
        let bytes = Array(line.utf8)
        #expect(KamerstukSigners.isOfficeLine(bytes, 0..<bytes.count) == isOffice)
    }

    @Test("a function and the name under it on one line end the letter as its signature")
    func pageOneLine() throws {
        let page = try TestPaths.fixtureText("variants/pagina-brief.txt")
        try expectSigned(read("pagina.txt", page.replacingOccurrences(of: Self.signature, with: "De minister van Economische Zaken, D.S. Beljaarts\n\n")))
    }

    @Test("the Algemene Rekenkamer's signature, at the end or between its letter and its report: each name with its office after a comma, under the body's name")
    func rekenkamer() throws {
        let signature = "Algemene Rekenkamer\ndrs. A.B. de Vries, president\ndr. C.D. Jansen RA, secretaris\n"
        let expected = [
            Signer(naam: "drs. A.B. de Vries", functie: "president, Algemene Rekenkamer"),
            Signer(naam: "dr. C.D. Jansen RA", functie: "secretaris, Algemene Rekenkamer"),
        ]
        let (atEnd, _) = try ingestPDFFixture("brief-kamerstuk.txt", replacing: ("De Minister van Landbouw, Natuur en Voedselkwaliteit,\nP.H.M. Jansen\n", signature))
        #expect(try #require(atEnd).metadata.ondertekening == expected)
        let page = try TestPaths.fixtureText("variants/pagina-brief.txt").replacingOccurrences(
            of: Self.signature, with: signature.replacingOccurrences(of: "\n", with: "\n\n")
                + "De ministers verantwoorden zich met hun jaarverslagen aan de Staten-Generaal.\n\n")
        let letter = try #require(read("pagina.txt", page))
        #expect(letter.metadata.ondertekening == expected)
        #expect(letter.allParagraphs.last?.text == "De ministers verantwoorden zich met hun jaarverslagen aan de Staten-Generaal.")
        #expect(!letter.allTexts.contains { $0.contains("Algemene Rekenkamer") || $0.contains("president") })
    }

    @Test("a name and an office after a comma only where the office is one: prose and places are no signature", arguments: [
        "Gesprekken vonden plaats in Den Haag, Utrecht", "De Raad van State, afdeling advisering", "Jansen, 12 mei",
        "Van der Plas, Omtzigt", "Het kabinet, de minister",
    ])
    func noNameAndFunction(line: String) {
        let bytes = Array(line.utf8)
        #expect(KamerstukSigners.nameAndFunction(bytes, 0..<bytes.count) == nil)
    }

    @Test("a mirror's page whose text's signature is not read: the signers the page names above it (`Eerste ondertekenaar: …`), without the mirror's remark")
    func mirrorNamesSigners() throws {
        let page = try TestPaths.fixtureText("variants/pagina-brief.txt")
            .replacingOccurrences(of: Self.signature, with: "")
            .replacingOccurrences(of: "Gerelateerde personen:\n", with: "Gerelateerde personen:\n- Eerste ondertekenaar: D.S. Beljaarts, minister van Economische Zaken (Ooit PVV kamerlid)\n- Mede ondertekenaar: A.B. Jansen, staatssecretaris van Economische Zaken\n")
        let document = try ingestText(page, name: "pagina.txt")
        #expect(document.metadata.ondertekening == [
            Signer(naam: "D.S. Beljaarts", functie: "minister van Economische Zaken"),
            Signer(naam: "A.B. Jansen", functie: "staatssecretaris van Economische Zaken"),
        ])
    }

    @Test("a mirror's page of a fiche, whose text has no signature: the ministers the page names as its signers")
    func mirrorFicheSigners() throws {
        let document = try ingestFixture("fiches/drie-pijlers-arabisch.txt")
        #expect(document.kind == .fiche)
        #expect(document.metadata.ondertekening == [
            Signer(naam: "J. de Vries", functie: "minister van Economische Zaken"), Signer(naam: "A. Jansen", functie: "minister van Buitenlandse Zaken"),
        ])
    }

    @Test("a Kamerstuk's PDF text of a letter whose annex, under a heading in capitals, follows the signature")
    func pdfTextBetweenLetterAndAnnex() throws {
        let (document, _) = try ingestPDFFixture("brief-kamerstuk.txt", replacing: (
            "P.H.M. Jansen\n",
            "P.H.M. Jansen\nVERSLAG VAN DE LANDBOUW- EN VISSERIJRAAD VAN 26 JUNI 2023\nOp maandag 26 juni vond de Raad plaats.\nDe Raad sprak over gewasbescherming.\n"))
        let letter = try #require(document)
        #expect(letter.metadata.ondertekening == [Signer(naam: "P.H.M. Jansen", functie: "De Minister van Landbouw, Natuur en Voedselkwaliteit")])
        #expect(letter.sections.map(\.title).contains("VERSLAG VAN DE LANDBOUW- EN VISSERIJRAAD VAN 26 JUNI 2023"))
        #expect(letter.allParagraphs.suffix(2).map(\.text) == ["Op maandag 26 juni vond de Raad plaats.", "De Raad sprak over gewasbescherming."])
        #expect(!letter.allParagraphs.contains { $0.text.contains("Jansen") })
    }

    @Test("a short line of a sentence's words at the text's end (a cut text: `Voor de uitgaven die`) is no signer; names with small words are", arguments: [
        ("Voor de uitgaven die", false), ("Ten tweede rich", false), ("Vragen en antwoorden", false),
        ("Van der Plas", true), ("H.G.J. Bruins Slot", true), ("Prof. dr. A.B. van den Berg", true),
    ])
    func sentenceWordsAreNoName(line: String, isName: Bool) throws {
        let page = try TestPaths.fixtureText("variants/pagina-brief.txt").replacingOccurrences(of: Self.signature, with: line + "\n\n")
        let document = try #require(read("pagina.txt", page))
        #expect(document.metadata.ondertekening.map(\.naam) == (isName ? [line] : []))
        #expect(document.allParagraphs.contains { $0.text == line } == !isName)
    }

    @Test("prose is no signature: a sentence's line that opens with `De` and ends in a comma, above a short line, in a paragraph")
    func proseStays() throws {
        let (document, _) = try ingestPDFFixture("brief-kamerstuk.txt", replacing: (
            "P.H.M. Jansen\n",
            "P.H.M. Jansen\nVERSLAG VAN DE RAAD\nDe Raad sprak over de kosten.\nDe kosten van de maatregelen zijn hoog,\nVooral in het noorden\nen in het oosten.\n"))
        let letter = try #require(document)
        #expect(letter.metadata.ondertekening.map(\.naam) == ["P.H.M. Jansen"])
        #expect(letter.allParagraphs.contains { $0.text.contains("De kosten van de maatregelen zijn hoog, Vooral in het noorden en in het oosten.") })
    }
}
