import Foundation
import Testing
@testable import KamerArchief

/// Tables in PDFs and in their text: the cells in aligned columns that `pdftotext -layout` and a
/// mirror's page print, and the cells poppler gives column by column, read as rows of cells.
@Suite("Tables in PDFs and PDF text")
struct PDFTableTests {
    /// The fixture's table: a header, a cell wrapped onto two lines, numbers set flush right.
    static let laadpunten = Table(rows: [
        ["Provincie", "Netbeheerder", "Laadpunten"],
        ["Groningen", "Enexis", "1.240"],
        ["Utrecht", "Stedin", "3.115"],
        ["Noord-Holland", "Liander en Stedin (gedeeld)", "4.870"],
        ["Zeeland", "Enduris", "415"],
    ], headerRows: 1)

    /// Lines as the reflower takes them, with no breaks between them.
    func gappedLines(_ text: String) -> [GappedLine] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, line in
            GappedLine(line: PDFLine(number: number + 1, utf8: Array(line.utf8)[...]), gap: LineGap())
        }
    }

    @Test("a Kamerstuk PDF's table is one paragraph of rows, between the paragraphs around it", arguments: [
        "pdf/tabel-kamerstuk.pdf", "pdf/tabel-kamerstuk.layout.txt",
    ])
    func kamerstukTable(name: String) throws {
        let document = try ingestFixture(name)
        let paragraphs = document.xmlParagraphs
        let index = try #require(paragraphs.firstIndex { $0.table != nil })
        #expect(paragraphs[index].table == Self.laadpunten)
        #expect(paragraphs[index].text.isEmpty)
        #expect(paragraphs[index - 1].text.hasSuffix("op 1 januari 2026."))
        #expect(paragraphs[index + 1].text == "Ik zal uw Kamer voor de zomer informeren over de voortgang van de uitrol.")
        #expect(!paragraphs.contains { $0.text.contains("Enexis") || $0.text.contains("Laadpunten") })
        #expect(document.metadata.ondertekening == [Signer(naam: "S.T.M. Hermans", functie: "De Minister van Klimaat en Groene Groei")])
    }

    @Test("a ministry letter's table beside its sidebar: the header over two lines, its pieces spanning columns cut at the word gaps between them")
    func ministryLetterTable() throws {
        let document = try ingestFixture("variants/letters-1-lvvn-tabel.pdf")
        let table = try #require(document.xmlParagraphs.compactMap(\.table).first)
        #expect(table == Table(rows: [
            ["Provincie", "Bedrijven met derogatie", "Plaatsingsruimte (mln kg N)", "Afname t.o.v. 2023"],
            ["Friesland", "3.412", "41,2", "-6%"], ["Gelderland", "2.987", "35,8", "-8%"], ["Noord-Brabant", "1.204", "14,1", "-11%"],
            ["Overijssel", "2.566", "30,4", "-7%"], ["Totaal", "10.169", "121,5", "-8%"],
        ], headerRows: 1))
        #expect(!document.xmlSections.map(\.title).contains("Provincie"))
        #expect(!document.xmlParagraphs.contains { $0.text.contains("Directoraat-generaal Agro") })
    }

    @Test("a mirrored letter's pandoc table: the rule under the header marks it, and is left out")
    func pandocTable() throws {
        let document = try ingestFixture("variants/pagina-brief-hoogachtend.txt")
        let table = try #require(document.xmlParagraphs.compactMap(\.table).first)
        #expect(table == Table(rows: [
            ["Netbeheerder", "Wachtlijst afname", "Wachtlijst invoeding"],
            ["Liander", "4.120", "6.300"], ["Stedin", "2.870", "3.150"], ["Enexis", "3.010", "5.420"],
        ], headerRows: 1))
    }

    @Test("under a header's rule a cell may be longer than a line of prose, as pandoc sets it on one line")
    func longCellUnderRule() throws {
        let long = "Vooral in Noord-Holland en Flevoland, waar de netcapaciteit het krapst is en uitbreiding tot 2029 duurt."
        let text = """
              Netbeheerder   Wachtlijst afname   Toelichting
              -------------- ------------------- --------------------
              Liander        4.120               \(long)
              Stedin         2.870               Utrecht
              Enexis         3.010               Brabant en Limburg
            """
        let found = try #require(TextTables.find(in: gappedLines(text)).first)
        #expect(found.table == Table(rows: [
            ["Netbeheerder", "Wachtlijst afname", "Toelichting"], ["Liander", "4.120", long], ["Stedin", "2.870", "Utrecht"],
            ["Enexis", "3.010", "Brabant en Limburg"],
        ], headerRows: 1))
    }

    @Test("a list whose labels stand apart from their text, a table of contents and justified prose are no tables")
    func noTables() {
        let list = """
                -   Veerkrachtige natuur en vitale bodem;
                -   Duurzame land- en tuinbouw;
                -   Vitaal landelijk gebied in een klimaatbestendig Nederland;
            """
        let contents = """
            1. Inleiding                                   3
            2. Hoofdlijnen van het voorstel                4
            3. Gevolgen voor de regeldruk                  7
            """
        let prose = """
            Het kabinet heeft in de  afgelopen maanden met provincies,   gemeenten en waterschappen
            gewerkt aan de gebiedsprogramma's.  Daarin staat per gebied   welke maatregelen nodig zijn
            om de natuur te herstellen   en welke middelen daarvoor beschikbaar komen, zo schrijft het.
            """
        for text in [list, contents, prose] {
            #expect(TextTables.find(in: gappedLines(text)).isEmpty, "\(text)")
        }
    }

    @Test("a new column found lower in the table moves the cells right of it; a rule line makes the rows above it the header")
    func columnsAndRules() throws {
        let text = """
                          2024      2025
            -----------   ------    ------
            Energie         120       130
            Water            10        12
            Totaal          130       142
            """
        let found = try #require(TextTables.find(in: gappedLines(text)).first)
        #expect(found.table == Table(rows: [
            ["", "2024", "2025"], ["Energie", "120", "130"], ["Water", "10", "12"], ["Totaal", "130", "142"],
        ], headerRows: 1))
        #expect(found.lines == 0..<5)
    }

    @Test("rows set apart by blank lines: a line right under a row that leaves a cell empty is that row's next line")
    func wrappedRows() throws {
        var lines = gappedLines("""
            Maatregel           Planning    Budget

            Reparateurs-        2023        € 4 mln
            register

            Verplicht percen-   2025-       € 12 mln
            tage hernieuwbaar   2027

            Noord-              2026        € 1 mln
            Holland
            """).filter { $0.line.kind != .empty }
        for index in [1, 3, 5] { lines[index].gap.paragraphBreak = true }
        let found = try #require(TextTables.find(in: lines).first)
        #expect(found.table.rows == [
            ["Maatregel", "Planning", "Budget"], ["Reparateursregister", "2023", "€ 4 mln"],
            ["Verplicht percentage hernieuwbaar", "2025-2027", "€ 12 mln"], ["Noord-Holland", "2026", "€ 1 mln"],
        ])
    }

    @Test("the first row is the header where it holds no number but years, and a row below holds another number")
    func header() {
        #expect(TextTables.opensWithHeader([["Doel", "2025", "2030"], ["Primair gebruik", "-10%", "-50%"]]))
        #expect(TextTables.opensWithHeader([["Sector", "Aantal"], ["Energie", "120"]]))
        #expect(!TextTables.opensWithHeader([["Energie", "120"], ["Water", "10"]]))
        #expect(!TextTables.opensWithHeader([["Sector", "Toezichthouder"], ["Energie", "ACM"]]))
        #expect(!TextTables.opensWithHeader([["Jaar", "Besluit"], ["2025", "2024"]]), "years below are no other number")
    }
}

@Suite("Tables rebuilt from glyph boxes")
struct PDFPageTableTests {
    /// A page of lines given in poppler's order with their geometry: (text, left, bottom), 9 pt tall,
    /// 5 pt a glyph.
    func page(_ lines: [(String, Double, Double)]) -> String {
        var text = "", boxes: [PDFGlyphBox] = []
        for (index, (line, left, bottom)) in lines.enumerated() {
            var x = left
            for _ in line.unicodeScalars {
                boxes.append(PDFGlyphBox(left: x, top: bottom - 9, right: x + 5, bottom: bottom))
                x += 5
            }
            text += line
            if index + 1 < lines.count {
                text += "\n"
                boxes.append(PDFGlyphBox(left: x, top: bottom - 9, right: x, bottom: bottom))
            }
        }
        var output: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer { PDFPageLines.append($0, boxes: boxes, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    static let prose = "De verdeling van het toezicht over de sectoren staat in de tabel hieronder, per sector."

    @Test("cells poppler gives column by column become rows, each column at one position, the gaps of tabs and spaces")
    func columnsToRows() {
        let text = page([
            (Self.prose, 100, 100),
            ("Sector", 100, 130), ("Energie", 100, 142), ("Water", 100, 154),
            ("Toezicht", 200, 130), ("ACM", 200, 142), ("ILT", 200, 154),
            ("Aantal", 300, 130), ("120", 305, 142), ("10", 310, 154),
            ("Na de tabel volgt de tekst.", 100, 180),
        ])
        #expect(text == Self.prose + "\n\n"
            + "Sector\t \t Toezicht\t \tAantal\n"
            + "Energie\t \tACM\t \t \t \t 120\n"
            + "Water\t \t \tILT\t \t \t \t 10\n\n"
            + "Na de tabel volgt de tekst.")
    }

    @Test("rows set apart by their cells' padding: a row's second line, a step closer, goes on its cells")
    func paddedRows() {
        let text = page([
            (Self.prose, 100, 100),
            ("Sector", 100, 130), ("Energie", 100, 146), ("Noord-", 100, 162), ("Holland", 100, 172), ("Water", 100, 188),
            ("Toezicht", 200, 130), ("ACM", 200, 146), ("Provincie en", 200, 162), ("waterschap", 200, 172), ("ILT", 200, 188),
            ("Aantal", 300, 130), ("120", 305, 146), ("12", 310, 162), ("10", 310, 188),
        ])
        // Each line after the prose's, cut at its runs of white space.
        let rows = text.split(separator: "\n").dropFirst().map { line in
            line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(rows == [
            ["Sector", "Toezicht", "Aantal"], ["Energie", "ACM", "120"], ["Noord-Holland", "Provincie en waterschap", "12"],
            ["Water", "ILT", "10"],
        ])
    }

    @Test("a line above the rows whose piece spans two columns is the header, cut where its words change column, a rule under it")
    func headerAbove() {
        let text = page([
            (Self.prose, 100, 100),
            ("Sector", 100, 118), ("Toezicht Aantal", 200, 118),
            ("Energie", 100, 130), ("Water", 100, 142), ("Vervoer", 100, 154),
            ("ACM", 200, 130), ("ILT", 200, 142), ("ILT", 200, 154),
            ("120", 300, 130), ("10", 300, 142), ("60", 300, 154),
        ])
        let rows = text.split(separator: "\n").dropFirst().map { line in
            line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(rows == [["Sector", "Toezicht", "Aantal"], ["---"], ["Energie", "ACM", "120"], ["Water", "ILT", "10"], ["Vervoer", "ILT", "60"]])
    }

    @Test("short lines beside a sidebar, outside the measure of the page's prose, stay lines")
    func sidebarIsNoTable() {
        let lines: [(String, Double, Double)] = [
            (Self.prose, 100, 100), ("- eerste punt", 100, 112), ("- tweede punt", 100, 124), ("- derde punt", 100, 136),
            ("Postbus 20401", 600, 112), ("2500 EK Den Haag", 600, 124), ("Kenmerk 2026-01", 600, 136),
        ]
        #expect(page(lines) == lines.map(\.0).joined(separator: "\n"))
    }

    @Test("a table of contents, its page numbers in a column, stays lines")
    func contentsIsNoTable() {
        let lines: [(String, Double, Double)] = [
            (Self.prose, 100, 100), ("1. Inleiding", 100, 112), ("2. Hoofdlijnen", 100, 124), ("3. Regeldruk", 100, 136),
            ("3", 400, 112), ("4", 400, 124), ("7", 400, 136),
        ]
        #expect(page(lines) == lines.map(\.0).joined(separator: "\n"))
    }
}

@Suite("Tables in a mirrored fiche's page")
struct FicheDumpTableTests {
    @Test("a pandoc table in a fiche dump is a paragraph with a table in its section, no heading or field")
    func ficheTable() throws {
        let table = """


              Instrument             Middelen (mln euro)   Periode
              ---------------------- --------------------- ---------
              Innovatiefonds         1.500                 2025-2027
              InvestEU               800                   2026
              Horizon Europa         350                   2025

            """
        let text = try TestPaths.fixtureText("fiches/seed-fiche.txt", inserting: table, before: "\n\n  1. Gevolgen voor regeldruk")
        let (document, _) = FicheParser.parse(SourceText(path: "Content/fiche.txt", id: "fiche", text: text), sidecar: nil)
        let section = try #require(document.xmlSections.first { $0.title == "Financiële gevolgen" })
        let paragraph = try #require(section.paragraphs.last)
        #expect(paragraph.table == Table(rows: [
            ["Instrument", "Middelen (mln euro)", "Periode"], ["Innovatiefonds", "1.500", "2025-2027"], ["InvestEU", "800", "2026"],
            ["Horizon Europa", "350", "2025"],
        ], headerRows: 1))
        #expect(!document.xmlSections.contains { $0.title.contains("Instrument") })
    }
}

@Suite("Tables in a fiche's PDF text")
struct FichePDFTableTests {
    @Test("a table in a chapter is a paragraph with a table in its subsection, its lines no headings or text")
    func ficheTable() throws {
        let text = try TestPaths.fixtureText("fiches-pdf/fiche-2-batterijenverordening.txt", inserting: """
            Dienst              Fte      Kosten (mln euro)
            ILT                 12       1,4
            RIVM                4        0,5
            RWS                 2        0,2

            """, before: "c) Financiële consequenties (incl. personele) voor bedrijfsleven en burger")
        let document = FichePDFParser.parse(SourceText(path: "Content/fiche.txt", id: "fiche", text: text), sidecar: nil).document
        let section = try #require(document.xmlSections.first { $0.title.hasPrefix("Financiële consequenties (incl. personele) voor rijksoverheid") })
        #expect(section.paragraphs.last?.table == Table(rows: [
            ["Dienst", "Fte", "Kosten (mln euro)"], ["ILT", "12", "1,4"], ["RIVM", "4", "0,5"], ["RWS", "2", "0,2"],
        ], headerRows: 1))
        #expect(!document.xmlParagraphs.contains { $0.text.contains("RIVM") })
    }
}

@Suite("Tables in a ministry letter's -layout text")
struct MinistryLetterLayoutTableTests {
    @Test("a table whose right column stands where the sidebar does keeps it: its rows are three lines of three or more pieces")
    func wideTable() throws {
        let text = try TestPaths.fixtureText("variants/ministry-letter.layout.txt", inserting: """

            Regio                             2022                      2023                        Doel 2024
            Noord                            12.400                    13.100                        15.000
            Midden                           21.300                    19.800                        24.000
            Zuid                             16.900                    17.200                        19.500

            """, before: "\nGemeenten en provincies noemen drie knelpunten:")
        let bytes = Array(text.utf8)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: bytes)).document)
        let table = try #require(document.xmlParagraphs.compactMap(\.table).first)
        #expect(table == Table(rows: [
            ["Regio", "2022", "2023", "Doel 2024"], ["Noord", "12.400", "13.100", "15.000"], ["Midden", "21.300", "19.800", "24.000"],
            ["Zuid", "16.900", "17.200", "19.500"],
        ], headerRows: 1))
    }
}
