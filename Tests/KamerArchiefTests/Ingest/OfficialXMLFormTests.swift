import Foundation
import Testing
@testable import KamerArchief

/// Hand-written fixtures of other Kamerstuk types in the modern form (`Fixtures/xml/`).
@Suite("Official XML reader on amendementen, verslagen, wetsvoorstellen and moties")
struct OfficialXMLFormTests {
    @Test("an amendement: kind, readable title, dossier with toevoeging, list items with their labels")
    func amendement() throws {
        let parsed = try readXMLFixture("amendement.xml")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.kind == .amendement)
        #expect(document.title == "Amendement van het lid Van der Lee ter vervanging van dat gedrukt onder nr. 8")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36410-L", ondernummer: "12"))
        #expect(document.date == "2023-11-14")
        #expect(document.metadata.ondertekening == [Signer(naam: "Van der Lee")])
        let items = document.xmlParagraphs.filter { $0.listLabel != nil }
        #expect(items.map(\.listLabel) == ["I", "II"])
        #expect(items[0].text == "In artikel 1 wordt het verplichtingenbedrag verhoogd met € 50.000 (x € 1.000).")
        let bold = try #require(items[0].emphasis.first)
        #expect(String(items[0].text.unicodeScalars.dropFirst(bold.offset).prefix(bold.length)) == "€ 50.000")
        #expect(document.sections.map(\.title) == ["Inleiding", "Toelichting"])
        let toelichting = try #require(document.sections[1].paragraphs.first)
        let extref = try #require(toelichting.citations.first)
        #expect(extref.text == "36 410 L, nr. 4" && extref.dossier == "36410-L" && extref.ondernummer == "4")
        #expect(toelichting.citations.count == 1)
        #expect(toelichting.noteRefs.map(\.offset) == [toelichting.text.unicodeScalars.count])
        #expect(document.footnotes.map(\.text) == ["Zie ook Kamerstukken II 2022/23, 32 813, nr. 1200."])
        // Footnote text without an extref still gets the citation parser's citation.
        #expect(document.footnotes[0].citations.map(\.ondernummer) == ["1200"])
    }

    @Test("a verslag: divisie chapters with a tussenkop inside, an unnumbered list as bullets, a closing line")
    func verslag() throws {
        let parsed = try readXMLFixture("verslag.xml")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.kind == .verslag)
        #expect(document.title == "Verslag – Tijdelijke wet Klimaatfonds (landbouw)")
        // `Vastgesteld 12 juni 2025`, the first line, is the date line.
        #expect(document.date == "2025-06-12")
        #expect(document.sections.map(\.title) == ["Inleiding", "I. Algemeen", "II. Artikelsgewijs", "Slot"])
        let algemeen = document.sections[1]
        #expect(algemeen.paragraphs.map(\.text) == ["De leden van de fractie hebben kennisgenomen van het wetsvoorstel."])
        #expect(algemeen.subsections.map(\.title) == ["Inbreng van de leden van de VVD-fractie"])
        let inbreng = algemeen.subsections[0].paragraphs
        #expect(inbreng.map(\.text) == ["Deze leden hebben de volgende vragen:", "Hoeveel geld gaat naar de veehouderij?", "Wanneer wordt de Kamer geïnformeerd?"])
        #expect(inbreng.map(\.listLabel) == [nil, "•", "•"])
        #expect(document.sections[3].paragraphs.map(\.text) == ["De voorzitter van de commissie, Kops"])
        #expect(document.sections.map(\.id) == ["inleiding", "i-algemeen", "ii-artikelsgewijs", "slot"])
    }

    @Test("a wetsvoorstel: chapter and articles as sections with role artikel, leden as numbered items, a CALS table")
    func wetsvoorstel() throws {
        let parsed = try readXMLFixture("wetsvoorstel.xml")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.kind == .wetsvoorstel)
        #expect(document.title == "Voorstel van wet – Tijdelijke wet Klimaatfonds (landbouw)")
        #expect(document.sections.map(\.title) == ["Inleiding", "Hoofdstuk 1 Algemene bepalingen"])
        let articles = document.sections[1].subsections
        #expect(articles.map(\.title) == ["Artikel 1", "Artikel 2 Bedragen"])
        #expect(articles.map(\.role) == [.artikel, .artikel])
        #expect(articles[0].paragraphs.map(\.listLabel) == ["1", "2"])
        #expect(articles[0].paragraphs.map(\.text) == ["Artikel 2, derde lid, van de Tijdelijke wet Klimaatfonds vervalt.", "Het vierde lid vervalt."])
        let tableParagraph = try #require(articles[1].paragraphs.last)
        let table = try #require(tableParagraph.table)
        #expect(tableParagraph.text == "Tabel 1 Bedragen per jaar")
        #expect(table.headerRows == 1)
        #expect(table.rows == [["Jaar", "Bedrag (mln €)"], ["2025", "100"], ["2026", "250"]])
    }

    @Test("a motie: kind, the members' names in the title, two signers, emphasis in a considerans line")
    func motie() throws {
        let parsed = try readXMLFixture("motie.xml")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.kind == .motie)
        #expect(document.title == "Motie van de leden Bontenbal en Kröger")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "21501-02", ondernummer: "3122"))
        #expect(document.date == "2025-04-10")
        #expect(document.metadata.ondertekening.map(\.naam) == ["Bontenbal", "Kröger"])
        let line = try #require(document.xmlParagraph(containing: "constaterende dat"))
        #expect(line.emphasis == [TextRange(offset: 18, length: 4)])
        #expect(document.xmlParagraphs.count == 5)
    }

    @Test("an unknown element keeps its text and warns once per element name at its first position")
    func unknownElement() throws {
        let parsed = try readXMLFixture("unknown-element.xml")
        #expect(parsed.diagnostics.map(\.code) == [.unknownXMLElement, .unknownXMLElement])
        #expect(parsed.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(parsed.diagnostics.map(\.location.line) == [16, 18])
        #expect(parsed.diagnostics.map(\.location.column) == [35, 13])
        #expect(parsed.diagnostics[0].message.contains("<kader>"))
        let document = try #require(parsed.document)
        #expect(document.xmlParagraphs.map(\.text) == [
            "Eerste alinea met een kader in de tekst erin.", "Tweede alinea met nog een kader.", "Losse tekst in een onbekend blok.",
        ])
        // A mixed-case stuk title is kept as written.
        #expect(document.title == "Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties")
    }

    @Test("malformed XML is an xml-syntax error at the line and column libxml2 stopped, and no document")
    func malformed() throws {
        let parsed = try readXMLFixture("malformed.xml")
        #expect(parsed.document == nil)
        let first = try #require(parsed.diagnostics.first)
        #expect(first.code == .xmlSyntax && first.severity == .error)
        #expect(first.location == SourceLocation(file: "Content/malformed.xml", line: 6, column: 54))
        #expect(first.message.contains("nadruk"))
        #expect(first.description.hasPrefix("Content/malformed.xml:6:54: error: [xml-syntax] "))
    }

    @Test("without kamerstukkop, dossier and stuknr, the metadata records give the Kamerstuk, vergaderjaar and indieners")
    func metadataRecords() throws {
        let xml = """
            <officiele-publicatie><metadata><meta name="DC.identifier" scheme="OVERHEIDop.ParlID" content="kst-36600-XIV-2"/>            <meta name="OVERHEIDop.vergaderjaar" content="2024-2025"/><meta name="OVERHEIDop.dossiertitel" content="Begroting LVVN 2025"/>            <meta name="OVERHEIDop.indiener" content="F.M. Wiersma"/><meta name="DCTERMS.issued" content="2024-09-17"/></metadata>            <kamerstuk><stuk><titel>MEMORIE VAN TOELICHTING</titel><algemeen><vrije-tekst><tekst><al>Tekst.</al></tekst></vrije-tekst>            </algemeen></stuk></kamerstuk></officiele-publicatie>
            """
        let parsed = readXML(xml)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36600-XIV", ondernummer: "2"))
        #expect(document.metadata.vergaderjaar == "2024-2025")
        #expect(document.metadata.indieners == ["F.M. Wiersma"])
        #expect(document.title == "Memorie van toelichting – Begroting LVVN 2025")
        #expect(document.date == "2024-09-17")
    }

    @Test("white space laid out around and inside an extref collapses to one space, as before any citation")
    func whiteSpaceAroundExtref() throws {
        let body = "<al>Zij krijgt nr.\n  <extref doc=\"kst-34104-216\">\n 216\n </extref>\n en is aangenomen.</al>"
        let document = try #require(readXML(modernXML(body: body)).document)
        let paragraph = try #require(document.xmlParagraphs.first)
        #expect(paragraph.text == "Zij krijgt nr. 216 en is aangenomen.")
        #expect(paragraph.citations.map(\.text) == ["216"])
    }

    @Test("a date inside a paragraph is not the document's date; a datum in the date line is")
    func dateOnlyFromDateLine() throws {
        let inBody = try #require(readXML(modernXML(body: #"<al>Op <datum isodatum="2020-01-02">2 januari 2020</datum> besloten.</al>"#)).document)
        #expect(inBody.date == nil)
        let sentence = try #require(readXML(modernXML(body: "<al>Het overleg vond plaats op 2 januari 2020</al>")).document)
        #expect(sentence.date == nil)
        let line = try #require(readXML(modernXML(body: "<al>Voorgesteld 2 januari 2020</al>")).document)
        #expect(line.date == "2020-01-02")
        #expect(inBody.xmlParagraphs.map(\.text) == ["Op 2 januari 2020 besloten."])
    }

    @Test("a footnote in an al-groep and a nested list keep markers and labels in order")
    func nestedList() throws {
        let xml = modernXML(body: """
            <al>Punten:</al><lijst><li><li.nr>1.</li.nr><al>eerste punt</al><lijst type="streep"><li><al>onderdeel a</al></li>\
            <li><al>onderdeel b<noot type="voet"><noot.nr>1</noot.nr><noot.al>Een noot.</noot.al></noot></al></li></lijst></li>\
            <li><li.nr>2.</li.nr><al>tweede punt</al></li></lijst>
            """)
        let document = try #require(readXML(xml).document)
        let paragraphs = document.xmlParagraphs
        #expect(paragraphs.map(\.text) == ["Punten:", "eerste punt", "onderdeel a", "onderdeel b", "tweede punt"])
        #expect(paragraphs.map(\.listLabel) == [nil, "1.", "-", "-", "2."])
        #expect(paragraphs[3].noteRefs.map(\.footnote) == [1])
        #expect(document.footnotes.map(\.text) == ["Een noot."])
    }
}

@Suite("Official XML reader on notes in headings")
struct OfficialXMLHeadingNoteTests {
    @Test("a note marked in a tussenkop is kept as a footnote, with a warning at the marker")
    func noteInHeading() throws {
        let parsed = readXML(modernXML(body: #"<tussenkop>Kop<noot type="voet"><noot.nr>1</noot.nr><noot.al>Noot bij de kop.</noot.al></noot></tussenkop><al>Tekst.</al>"#))
        let document = try #require(parsed.document)
        #expect(document.sections.map(\.title) == ["Kop"])
        #expect(document.footnotes.map(\.text) == ["Noot bij de kop."])
        #expect(parsed.diagnostics.map(\.code) == [.unreferencedFootnote])
        #expect(parsed.diagnostics.first?.message.contains("note 1") == true)
    }

    /// Some publications set `2.1` beside `2.` instead of inside it; the numbers say where it belongs.
    @Test("numbered divisions set side by side nest by their numbers; divisions nested in the XML stay")
    func numberedDivisions() throws {
        let parsed = readXML(modernXML(title: "MEMORIE VAN TOELICHTING", body: """
            <divisie><kop><nr>1.</nr><titel>Eerste</titel></kop><divisie><kop><nr>1.1</nr><titel>Onder</titel></kop><al>x</al></divisie></divisie>\
            <divisie><kop><nr>2.</nr><titel>Tweede</titel></kop><al>t</al></divisie>\
            <divisie><kop><nr>2.1</nr><titel>Onder twee</titel></kop><al>y</al></divisie>\
            <divisie><kop><nr>2.1.1</nr><titel>Dieper</titel></kop><al>z</al></divisie>\
            <divisie><kop><nr>2.2</nr><titel>Nog</titel></kop><al>w</al></divisie>\
            <divisie><kop><nr>3.</nr><titel>Derde</titel></kop><al>v</al></divisie>
            """))
        let document = try #require(parsed.document)
        #expect(document.sections.map(\.title) == ["1. Eerste", "2. Tweede", "3. Derde"])
        #expect(document.sections[0].subsections.map(\.title) == ["1.1 Onder"])
        #expect(document.sections[1].subsections.map(\.title) == ["2.1 Onder twee", "2.2 Nog"])
        #expect(document.sections[1].subsections[0].subsections.map(\.title) == ["2.1.1 Dieper"])
        #expect(document.sections[1].paragraphs.map(\.text) == ["t"])
    }

    /// Repeated titles get `-2`, `-3`, … in order, skipping an id a title of its own already took.
    @Test("section ids of repeated titles: the first free suffix, in document order")
    func repeatedTitleIDs() throws {
        let headings = ["Kop", "Kop-3", "Kop", "Kop", "Kop", "Kop 2"].map { "<tussenkop>\($0)</tussenkop><al>x</al>" }.joined()
        let document = try #require(readXML(modernXML(body: headings)).document)
        #expect(document.sections.map(\.id) == ["kop", "kop-3", "kop-2", "kop-4", "kop-5", "kop-2-2"])
        var ids = SectionIDs()
        #expect((1...20_000).map { _ in ids.unique("kop") }.last == "kop-20000")
    }

    /// Only a section number nests: not a thousand (`1.000`), a date, a number glued to its title,
    /// a leading zero; a no-break space after the number is white space. A long run of digits is
    /// read on its first bytes only.
    @Test("what counts as a section number", arguments: [
        ("1. Een", [1] as [Int]?), ("2.1 Sub", [2, 1]), ("2.1.1.", [2, 1, 1]), ("2.1\u{00A0}Sub", [2, 1]), ("2.1\tSub", [2, 1]),
        ("1.000 banen erbij", nil), ("1 januari 2025", nil), ("2.1Sub", nil), ("01. Nul", nil), ("Artikel 1", nil),
        ("2024 begroting", nil), (String(repeating: "0", count: 50_000) + " Nul", nil), ("1.2.3.4.5.6.7 Diep", nil),
    ])
    func sectionNumbers(title: String, path: [Int]?) {
        #expect(XMLDocumentBuilder.numberPath(title) == path)
    }

    /// A letter's bold headings are its parts, the italic ones under a bold one its subparts; a
    /// division closes them, and inside it a lone italic heading is a section of the division.
    @Test("tussenkoppen nest by their kopopmaak: cur under vet, vet closes both")
    func headingRanks() throws {
        let parsed = readXML(modernXML(body: """
            <al>Hierbij.</al><tussenkop kopopmaak="vet">Aanleiding</tussenkop><al>a</al>\
            <tussenkop kopopmaak="cur">Eerste punt</tussenkop><al>a1</al><tussenkop kopopmaak="cur">Tweede punt</tussenkop><al>a2</al>\
            <tussenkop kopopmaak="vet">Vervolg</tussenkop><al>b</al>\
            <divisie><kop><titel>Bijlage</titel></kop><tussenkop kopopmaak="cur">Sub</tussenkop><al>c</al></divisie>
            """))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.sections.map(\.title) == ["Inleiding", "Aanleiding", "Vervolg", "Bijlage"])
        #expect(document.sections[1].paragraphs.map(\.text) == ["a"])
        #expect(document.sections[1].subsections.map(\.title) == ["Eerste punt", "Tweede punt"])
        #expect(document.sections[1].subsections.map { $0.paragraphs.map(\.text) } == [["a1"], ["a2"]])
        #expect(document.sections[2].subsections.isEmpty)
        #expect(document.sections[3].subsections.map(\.title) == ["Sub"])
    }
}

@Suite("Official XML reader on questions and answers")
struct OfficialXMLQuestionTests {
    @Test("numbered vraag and antwoord elements become list items labelled with their number")
    func questionsAndAnswers() throws {
        let parsed = readXML(modernXML(title: "LIJST VAN VRAGEN EN ANTWOORDEN", body: """
            <vraag><nr>1</nr><al>Hoeveel geld is er beschikbaar?</al></vraag>\
            <antwoord><nr>1</nr><al>Er is € 70 miljoen beschikbaar.</al><al>Dat staat vast.</al></antwoord>\
            <al>Hoogachtend,</al>
            """))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.kind == .verslag)
        #expect(document.title == "Lijst van vragen en antwoorden – Tijdelijke wet Klimaatfonds (landbouw)")
        #expect(document.xmlParagraphs.map(\.text) == [
            "Hoeveel geld is er beschikbaar?", "Er is € 70 miljoen beschikbaar. Dat staat vast.", "Hoogachtend,",
        ])
        #expect(document.xmlParagraphs.map(\.listLabel) == ["1", "1", nil])
    }
}
