import Foundation
import Testing
@testable import KamerArchief

@Suite("Page-foot notes and furniture on the byte page model")
struct PageFootNoteTrapTests {
    func opening(_ line: String) -> Int? {
        let pages = PDFTextPages(line + "\n")
        return PageFootnoteExtractor.noteOpening(pages, pages.lines[0])?.number
    }

    @Test("note openings: spaced, glued, alone; look-alikes are not notes")
    func openings() {
        #expect(opening("3 Kamerstuk 33 400, nr. 19") == 3)
        #expect(opening("25https://www.example.nl/a") == 25)
        #expect(opening("21") == 21)
        #expect(opening("2 5 15 XP D en Haag") == nil)
        #expect(opening("2515 XP Den Haag") == nil)
        #expect(opening("1. Op basis van het huidige klimaatscenario") == nil)
        #expect(opening("2) minder regels") == nil)
        #expect(opening("2035 is het jaar") == nil)
        #expect(opening("7e Actieprogramma Nitraatrichtlijn") == nil)
    }

    @Test("form feeds are exact page boundaries; without them Pagina lines end pages")
    func pages() {
        let fed = PDFTextPages("a\nb\n\u{0C}c\nPagina 1 van 2\nd\n\u{0C}")
        #expect(fed.lines.map(\.page) == [0, 0, 1, 1, 1])
        let marked = PDFTextPages("a\nP agina 1 van 2\nb\n")
        #expect(marked.lines.map(\.page) == [0, 0, 1])
        #expect(marked.isPageMarker(marked.lines[1]))
    }

    /// `pdftotext -layout` of a Rijksoverheid letter's later pages: the sidebar beside the page's
    /// first body line only (after its form feed), its other lines below; a justified line running
    /// up to the sidebar with three spaces between them.
    @Test("pdftotext -layout: a sidebar beside one body line after a form feed, or three spaces from the body, is split off")
    func layoutSidebarColumns() {
        func split(_ lines: [String]) -> [String] {
            let pages = PDFTextPages(lines.joined(separator: "\n") + "\n", splitsColumns: true)
            return pages.lines.map(pages.text)
        }
        let gap = String(repeating: " ", count: 18), body = "tegen grenzen aan. De waterkwaliteit nam af en op veel plaatsen kregen"
        let column = String(repeating: " ", count: body.count + 18)
        let oneBeside = split([
            "\u{0C}" + body + gap + "Ministerie van",
            "recreanten last van blauwalg.",
            column + "Infrastructuur en",
            column + "Waterstaat",
            "",
            "Door water en bodem sturend te laten zijn in de ruimtelijke ordening.",
        ])
        #expect(oneBeside == ["Ministerie van", "Infrastructuur en", "Waterstaat", "", body, "recreanten last van blauwalg.", "", "Door water en bodem sturend te laten zijn in de ruimtelijke ordening."])
        // The body's justified lines reach to three spaces from the sidebar's column.
        let close = split([
            "omvat een visie op het rivierengebied tot 2050 met een doorkijk naar 2100,          Ministerie van",
            "beleidsbeslissingen voor afvoercapaciteit en bodemligging en een aanpak om dit te   Infrastructuur en",
            "realiseren door middel van rivierverruimende projecten, ruimtelijke reserveringen   Waterstaat",
            "en maatregelen om bodemerosie tegen te gaan.",
        ])
        #expect(close.prefix(3) == ["Ministerie van", "Infrastructuur en", "Waterstaat"])
        #expect(close.dropFirst(4).allSatisfy { !$0.contains("Waterstaat") && !$0.contains("Infrastructuur") })
        // Three spaces inside the body, not before the sidebar's column, keep the line whole; one
        // piece right of the body after a gap is not yet a sidebar.
        let lone = split([
            "Dit is een regel met   drie spaties in het midden van de tekst, en die loopt door.",
            "Een tweede regel van de tekst die ook tot aan de rand van de pagina doorloopt.",
            "Een derde regel.                                                       Bijlage",
        ])
        #expect(lone.first == "Dit is een regel met   drie spaties in het midden van de tekst, en die loopt door.")
        #expect(lone.last == "Een derde regel.                                                       Bijlage")
    }

    @Test("a numbered list item at a page's foot is not taken as a note")
    func listItemAtFoot() {
        let text = "Tekst die doorloopt tot onderaan de pagina met een verwijzing naar iets1.\nDe maatregelen:\n1. Eerste maatregel.\n2. Tweede maatregel.\n1 Kamerstuk 29 023, nr. 400\nPagina 1 van 1\n"
        let pages = PDFTextPages(text)
        let mask = PageFurniture.sidebarMask(pages)
        let indices = pages.lines.indices.filter { !mask[$0] }
        let (notes, used) = PageFootnoteExtractor.extractPageFootNotes(pages, lines: indices, file: "brief.txt")
        #expect(notes.map(\.text) == ["Kamerstuk 29 023, nr. 400"])
        #expect(used == [4])
        #expect(mask == [false, false, false, false, false, true])
    }

    @Test("a body line opening with the next note's number above the real note stays body text")
    func numberedBodyLineAboveNote() {
        let text = "Geachte voorzitter,\nDe kosten1 lopen op.\nDe raming komt uit op\n1 miljard euro per jaar, zo blijkt uit het rapport.\n1 Kamerstuk 29 023, nr. 400\nPagina 1 van 1\n"
        let pages = PDFTextPages(text)
        let mask = PageFurniture.sidebarMask(pages)
        let (notes, used) = PageFootnoteExtractor.extractPageFootNotes(pages, lines: pages.lines.indices.filter { !mask[$0] }, file: "brief.txt")
        #expect(notes.map(\.text) == ["Kamerstuk 29 023, nr. 400"])
        #expect(used == [4])
    }

    @Test("a number alone on a page's first or last text line is furniture on every page, and a number inside a page is not")
    func lonePageNumbers() {
        // Three pages cut by form feeds: a page number at the top of one, at the foot of the
        // others, a lone number in the middle of a page, and blank lines around them.
        let pageTexts = [
            "De minister heeft het rapport ontvangen en stuurt het door.\nHet advies volgt later dit jaar.\n\n2\n",
            "\n3\nDe kosten lopen op tot ruim een miljard euro per jaar.\n12\nDe raming wordt herzien.\n",
            "Het kabinet neemt het advies over en meldt de voortgang.\n\n4\n\n",
        ]
        let pages = PDFTextPages(pageTexts.joined(separator: "\u{0C}"))
        let mask = PageFurniture.sidebarMask(pages)
        let marked = pages.lines.indices.filter { mask[$0] }.map { pages.text(pages.lines[$0]) }
        #expect(marked == ["2", "3", "4"])
    }

    @Test("a heading that opens several pages right under the sidebar is no furniture; the sidebar is")
    func headingUnderSidebar() {
        // Six pages whose sidebar block opens each page; `Inzet` follows it on two of them.
        let openings = ["Inzet", "Het kabinet zet in op meer ruimte voor water.", "Inzet",
                        "De provincies werken dit uit in hun programma's.", "Consequenties", "Het Rijk stuurt bij waar dat nodig is."]
        let text = openings.enumerated().map { page, opening in
            "Ministerie van\nInfrastructuur en\nWaterstaat\n\n\(opening)\nDe tekst van pagina \(page + 1) loopt hier verder tot het einde van de regel.\n"
                + "Pagina \(page + 1) van 6\n"
        }.joined(separator: "\u{0C}")
        let pages = PDFTextPages(text)
        let mask = PageFurniture.sidebarMask(pages)
        let kept = pages.lines.indices.filter { !mask[$0] && !pages.lines[$0].content.isEmpty }.map { pages.text(pages.lines[$0]) }
        #expect(kept.filter { !$0.hasPrefix("De tekst van pagina") } == openings)
    }

    @Test("a phone line with the tab stop's width kept as spaces (pdfminer) is the sidebar's")
    func spacedPhoneLine() {
        let text = "De tekst van de brief loopt door tot het eind van de regel en verder op de pagina\n\n"
            + "Rijnstraat 8\n2 5 15 XP  D en Haag\nP ostbus 20901\n\nT    0 7 0-456 0000\nF   0 7 0-456 1111\n\n"
            + "Het kabinet neemt het advies over en meldt de voortgang aan uw Kamer voor de zomer.\n"
        let pages = PDFTextPages(text)
        let mask = PageFurniture.sidebarMask(pages)
        let kept = pages.lines.indices.filter { !mask[$0] && !pages.lines[$0].content.isEmpty }.map { pages.text(pages.lines[$0]) }
        #expect(kept.count == 2)
        #expect(kept.allSatisfy { $0.count > 60 })
    }

    @Test("letter-spacing artefacts in names and codes are repaired")
    func letterSpacing() {
        #expect(LetterSpacing.repairedName("Ministerie van Inf rastructuur en Waterstaat") == "Ministerie van Infrastructuur en Waterstaat")
        #expect(LetterSpacing.repairedName("D en Haag") == "Den Haag")
        #expect(LetterSpacing.repairedCode("I E NW/BSK-2022/283041") == "IENW/BSK-2022/283041")
        #expect(LetterSpacing.repairedCode("2 5 november 2022") == "25 november 2022")
    }
}

@Suite("Reflow: bullets")
struct ReflowBulletTests {
    @Test("a bullet opens a list item after a line that looks full, where a dash may be a sentence's punctuation")
    func bulletAfterFullLine() {
        let texts = [
            "Ter uitvoering van die motie neemt het kabinet de volgende maatregelen die ik hier kort noem:",
            "• de Nederlandse Arbeidsinspectie start in 2025 met extra inspecties bij alle uitzendbureaus;",
            "• de certificering van uitzendbureaus wordt verplicht vanaf 1 januari 2026 voor iedere sector;",
            "• er komt een meldpunt voor arbeidsmigranten in zes talen.",
        ]
        let events = texts.enumerated().map { PageEvent.line(PDFLine(number: $0 + 1, utf8: Array($1.utf8)[...])) }
        let blocks = Reflower.reflow(events, file: "b.txt")
        #expect(blocks.map(\.listLabel) == [nil, "•", "•", "•"])
        #expect(blocks.last?.text.text == "er komt een meldpunt voor arbeidsmigranten in zes talen.")
    }

    /// pypdf and PyMuPDF set a list item's label on a line of its own, its text on the next.
    @Test("a label alone on its line opens the item of the next line; not a title's, nor an item's line that runs on")
    func labelAloneOnItsLine() {
        let items = reflowed([
            "Sinds mijn vorige brief zijn de volgende stappen gezet in het beleid voor de arbeidsmarkt:",
            "1.", "Het wetsvoorstel meer zekerheid flexwerkers is op 12 december 2024 bij uw Kamer",
            "ingediend en wordt in het voorjaar behandeld.",
            "2.", "De Sociaal-Economische Raad heeft advies uitgebracht.",
            "•", "het Deltaprogramma Zoetwater (totaal 800 miljoen euro);",
        ])
        #expect(items.map(\.listLabel) == [nil, "1.", "2.", "•"])
        #expect(items.map(\.text.text).dropFirst() == [
            "Het wetsvoorstel meer zekerheid flexwerkers is op 12 december 2024 bij uw Kamer ingediend en wordt in het voorjaar behandeld.",
            "De Sociaal-Economische Raad heeft advies uitgebracht.", "het Deltaprogramma Zoetwater (totaal 800 miljoen euro);",
        ])
        #expect(items[1].location.line == 2)
        // A title under its number alone, and a bullet drawn between an item's lines, stay as they were.
        let title = reflowed([
            "1.", "Inleiding", "In deze brief informeer ik uw Kamer over de voortgang van de hervormingen op de",
            "arbeidsmarkt, zoals ik die in mijn vorige brief van december heb aangekondigd aan", "uw Kamer en de betrokken partijen.",
        ])
        #expect(title.map(\.kind) == [.paragraph, .heading, .paragraph])
        #expect(title.allSatisfy { $0.listLabel == nil })
        let runsOn = reflowed(["• zij bieden bedrijven flexibele contracten aan, waarmee die hun", "•", "aansluiting eerder krijgen;"])
        #expect(runsOn.map(\.listLabel) == ["•"])
    }

    /// A remark in brackets between a debate's turns and the place and date over a letter within a
    /// verslag are short lines that end no sentence, with a paragraph after them: no headings.
    @Test("a remark in brackets and a letter's place and date are text, not headings; a short title is a heading")
    func bracketedRemarkAndDateline() {
        let debate = reflowed([
            "Ik wil beginnen met een woord van dank aan de griffie.", nil, "(Geroffel op de bankjes)", nil,
            "Het gebeurt niet vaak dat de medewerkers applaus krijgen.",
        ])
        #expect(debate.map(\.kind) == [.paragraph, .paragraph, .paragraph])
        #expect(debate[1].text.text == "(Geroffel op de bankjes)")
        let letter = reflowed([
            "Van het gevoerde overleg brengt de commissie hiermee verslag uit.", nil, "Den Haag, 11 juni 2004", nil,
            "Binnen de vaste commissie hebben de leden vragen gesteld.", nil, "Thuisbatterijen", nil, "In 2025 zijn er veel geplaatst.",
        ])
        #expect(letter.map(\.kind) == [.paragraph, .paragraph, .paragraph, .heading, .paragraph])
    }

    /// Plain pdftotext of a ministry letter whose list runs on to a new page: the sidebar stood
    /// beside the item, and an empty line between the bullet and its text is what is left of it.
    @Test("a bullet alone on its line opens the item of its text after an empty line, a column of bullets the items after it, a question's number its question, but another number does not")
    func bulletBeforeEmptyLine() {
        let items = reflowed([
            "Het kabinet heeft vijf centrale missies gedefinieerd voor het missiegedreven innovatiebeleid:",
            "•", "Landbouw, Water en Voedsel: een vitaal landelijk gebied;", "•", nil,
            "Veiligheid: Nederland is veilig en weerbaar tegen externe dreigingen en",
            "ondermijnende criminaliteit, zowel in de fysieke omgeving als het digitale", "domein.",
        ])
        #expect(items.map(\.listLabel) == [nil, "•", "•"])
        #expect(items.last?.text.text
            == "Veiligheid: Nederland is veilig en weerbaar tegen externe dreigingen en ondermijnende criminaliteit, zowel in de fysieke omgeving als het digitale domein.")
        // Where a list opens a page, the bullets may come as a column of their own before the items.
        let column = reflowed([
            "De volgende doelen staan in het programma.", nil, "-", nil, "-", nil,
            "In 2030 is minimaal vijftig procent van de (wegwerp)verpakkingen gereduceerd",
            "ten opzichte van nu.", "Milieuschade mag niet zonder gevolgen blijven.", nil, "Dit is de tekst na de lijst.",
        ])
        #expect(column.map(\.listLabel) == [nil, "-", "-", nil])
        #expect(column.map(\.text.text) == [
            "De volgende doelen staan in het programma.", "In 2030 is minimaal vijftig procent van de (wegwerp)verpakkingen gereduceerd ten opzichte van nu.",
            "Milieuschade mag niet zonder gevolgen blijven.", "Dit is de tekst na de lijst.",
        ])
        // The column's last bullet takes the first item's text across an empty line, the others the items after it.
        let glyphs = reflowed([
            "koeling/ventilatie in het vliegtuig door een Preconditioned Air unit (PCA,", "kortere termijn maatregel).", nil,
            "\u{F0B7}", nil, "\u{F0B7}", nil, "\u{F0B7}", nil,
            "Alternatieven voor dieselaangedreven apparatuur. Hieronder valt een", "versnelling in de vervanging van diesel Ground Power Units (GPU’s) door",
            "een emissievrij alternatief (E-GPU’s of walstroom).", "Het aanpassen van vertrek- en aankomstprocedures, zoals een langere",
            "sleepprocedure voor vliegtuigen.", "Het verstrekken van persoonsgebonden beschermingsmiddelen. Sinds 1",
            "oktober 2022 worden er FFP2-mondneusmaskers beschikbaar gesteld door", "de werkgevers.",
        ])
        #expect(glyphs.map(\.listLabel) == [nil, "•", "•", "•"])
        #expect(glyphs.last?.text.text
            == "Het verstrekken van persoonsgebonden beschermingsmiddelen. Sinds 1 oktober 2022 worden er FFP2-mondneusmaskers beschikbaar gesteld door de werkgevers.")
        // A lijst van vragen's numbers alone above their questions, numbered on from 1.
        let questions = reflowed([
            "Vragen en antwoorden zijn hierna afgedrukt.", nil, "1", nil, "Hoeveel bedrijven staan op dit moment op de wachtlijst voor een",
            "aansluiting op het elektriciteitsnet?", nil, "Op 1 januari 2026 stonden ruim 12.000 bedrijven op de wachtlijst.", nil,
            "2", "Wanneer is de wachtlijst weggewerkt?", nil, "Dat is niet te zeggen.", nil, "4", nil, "Staat deze vraag op volgorde?", nil,
            "12", nil, "Deze regel is geen vraag.",
        ])
        #expect(questions.map(\.listLabel) == [nil, "1", nil, "2", nil, nil, nil, nil, nil])
        #expect(questions[1].text.text == "Hoeveel bedrijven staan op dit moment op de wachtlijst voor een aansluiting op het elektriciteitsnet?")
        #expect(questions[3].text.text == "Wanneer is de wachtlijst weggewerkt?")
        let number = reflowed(["Zie hieronder.", "2.", nil, "De Sociaal-Economische Raad heeft advies uitgebracht."])
        #expect(number.allSatisfy { $0.listLabel == nil })
        #expect(number.last?.text.text == "De Sociaal-Economische Raad heeft advies uitgebracht.")
    }
}

@Suite("Spaced footnote markers")
struct SpacedMarkerTests {
    func attach(_ text: String, notes: Int) -> Paragraph {
        let footnotes = (1...notes).map { Footnote(number: $0, text: "n", location: SourceLocation(file: "f", line: 1)) }
        return FootnoteMarkerMatcher.attach(notes: footnotes, to: [LocatedText(text[...], at: SourceLocation(file: "f", line: 1))]).paragraphs[0]
    }

    @Test("a marker spaced after a word is taken out with its space")
    func spacedAfterWord() {
        let paragraph = attach("de adviezen van de Deltacommissaris 1 en die van de heer Remkes 2.", notes: 2)
        #expect(paragraph.text == "de adviezen van de Deltacommissaris en die van de heer Remkes.")
        #expect(paragraph.noteRefs.map(\.footnote) == [1, 2])
        #expect(paragraph.noteRefs.map(\.offset) == [35, 61])
    }

    @Test("a number that is a quantity or follows a numbering word is no marker")
    func quantities() {
        let paragraph = attach("eens in de 1 jaar en volgens artikel 2 van de wet; de economie 1.", notes: 2)
        #expect(paragraph.text == "eens in de 1 jaar en volgens artikel 2 van de wet; de economie.")
        #expect(paragraph.noteRefs.map(\.footnote) == [1])
    }
}

@Suite("Form feeds as exact page boundaries in the double-spaced letter reader")
struct FormFeedPageTests {
    @Test("the waterstof letter with form feeds instead of blank-line runs gives the same text, notes and pillars")
    func formFeedsReplaceBlankRuns() throws {
        let text = try TestPaths.fixtureText("kamerbrieven/waterstof-letter.txt")
        let fed = text.replacingOccurrences(of: "\n\n\n\n", with: "\n\u{0C}")
        #expect(fed.contains("\u{0C}"))
        let original = parseLetterText(text).document, paged = parseLetterText(fed).document
        #expect(paged.allParagraphs.map(\.text) == original.allParagraphs.map(\.text))
        #expect(paged.allParagraphs.map { $0.noteRefs.map(\.footnote) } == original.allParagraphs.map { $0.noteRefs.map(\.footnote) })
        #expect(paged.footnotes.map(\.text) == original.footnotes.map(\.text))
        #expect(paged.pillars.map(\.title) == original.pillars.map(\.title))
        #expect(paged.footnotes.count == 12)
    }
}

@Suite("Sidebar furniture in the double-spaced letter reader")
struct DoubleSpacedSidebarTests {
    @Test("a ministry sidebar printed on every page of a double-spaced letter is dropped there too")
    func sidebarOnEveryPage() throws {
        let text = try TestPaths.fixtureText("kamerbrieven/waterstof-letter.txt")
        let sidebar = "Ministerie van Economische Zaken \n\nen Klimaat \n\nOns kenmerk \n\nDGKE / 24012345 \n\n"
        let withSidebars = text.replacingOccurrences(of: "\n\n\n\n", with: "\n\n\n\n" + sidebar)
        #expect(withSidebars.components(separatedBy: "Ons kenmerk").count - 1 == 4)
        let original = parseLetterText(text).document, sided = parseLetterText(withSidebars).document
        #expect(sided.allParagraphs.map(\.text) == original.allParagraphs.map(\.text))
        #expect(sided.footnotes.map(\.text) == original.footnotes.map(\.text))
        #expect(sided.pillars.map(\.title) == original.pillars.map(\.title))
        #expect(sided.pillars.flatMap(\.actions).map(\.title) == original.pillars.flatMap(\.actions).map(\.title))
    }
}

@Suite("A PDF line's text and segments")
struct PDFLineTextTests {
    /// The segments as first written: cut at every white-space run but a single space.
    static func referenceSegments(_ scalars: [Unicode.Scalar], _ content: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = [], start = content.lowerBound, index = content.lowerBound
        while index < content.upperBound {
            guard scalars[index].properties.isWhitespace else { index += 1; continue }
            var end = index
            while end < content.upperBound && scalars[end].properties.isWhitespace { end += 1 }
            if end - index > 1 || scalars[index] != " " {
                result.append(start..<index)
                start = end
            }
            index = end
        }
        result.append(start..<content.upperBound)
        return result
    }

    @Test("the text is the content with each white-space run made one space, and each segment is a slice of it")
    func randomLines() {
        // Runs of visible ASCII and single spaces longer than a word and than sixteen bytes, which
        // are copied sixteen and eight bytes at a time, and a control and a delete byte, which
        // are not white space.
        let pieces: [String] = [
            " ", "  ", "\t", "\u{A0}", "\u{2003}", "a", "é", "🔋", "woord", "e\u{301}", "-", "12", "de plannen van", "\u{1F}", "\u{7F}",
            "de plannen van het kabinet voor 2026",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<6_000 {
            let line = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let scalars = Array(line.unicodeScalars)
            let pdfLine = PDFLine(number: 1, scalars: scalars)
            let start = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.count
            let end = (scalars.lastIndex { !$0.properties.isWhitespace } ?? -1) + 1
            #expect(pdfLine.content == start..<max(start, end))
            let segments = Self.referenceSegments(scalars, pdfLine.content)
            var found: [Range<Int>] = [], texts: [String] = []
            pdfLine.forEachSegment { segment, text in
                found.append(segment)
                texts.append(String(decoding: Array(pdfLine.text.utf8)[text], as: UTF8.self))
            }
            #expect(found == segments, "\(scalars)")
            #expect(pdfLine.text == segments.map { String(String.UnicodeScalarView(scalars[$0])) }.joined(separator: " "), "\(scalars)")
            #expect(texts == segments.map { String(String.UnicodeScalarView(scalars[$0])) }, "\(scalars)")
            #expect(pdfLine.firstWord == pdfLine.text.split(separator: " ", omittingEmptySubsequences: false).first ?? "")
            #expect(pdfLine.firstWordScalarCount == pdfLine.firstWord.unicodeScalars.count, "\(scalars)")
            #expect(pdfLine.text.lastWordLowercased == pdfLine.text.split(separator: " ").last.map { $0.lowercased() } ?? "", "\(scalars)")

            // The same line as a slice of a document's bytes, after an indent: its scalars are the
            // indent's spaces and then the line's, and a string cut from them is the scalars' string.
            let document = Array(("x\n" + line + "\ny").utf8)
            let indent = Int.random(in: 0...3, using: &generator)
            let sliced = PDFLine(number: 2, utf8: document[2..<(2 + line.utf8.count)], indent: indent)
            let indented = Array(repeating: Unicode.Scalar(" "), count: indent) + scalars
            #expect(Array(sliced.scalars) == indented, "\(scalars)")
            #expect(sliced.text == pdfLine.text)
            #expect(sliced.content.isEmpty ? pdfLine.content.isEmpty : sliced.content == pdfLine.content.lowerBound + indent..<pdfLine.content.upperBound + indent)
            let cut = Int.random(in: 0...indented.count, using: &generator)
            #expect(sliced.string(cut..<indented.count) == String(String.UnicodeScalarView(indented[cut...])), "\(scalars)")
        }
    }
}

@Suite("Page numbers")
struct PageNumberTests {
    /// The test as first written: lowercased, split at spaces and slashes, the furniture words left out.
    static func reference(_ text: String) -> Bool {
        let words: Set<Substring> = ["pagina", "page", "blz.", "blz", "p.", "van", "of", "-", "–"]
        let tokens = text.lowercased().split { $0 == " " || $0 == "/" }.filter { !words.contains($0) }
        return (1...2).contains(tokens.count) && tokens.allSatisfy { $0.count <= 3 && $0.unicodeScalars.allSatisfy(\.isASCIIDigit) }
    }

    @Test("a line ends a sentence at a point, but not at the point of an abbreviation that a number follows")
    func sentenceEndsAndNumberAbbreviations() {
        func endsSentence(_ text: String) -> Bool { PDFLine(number: 1, utf8: Array(text.utf8)[...]).endsSentence }
        for ending in ["Kamerstuk 36 101, nr.", "zie blz.", "(Nrs.", "artt.", "p.", "art."] {
            #expect(!endsSentence(ending), "\(ending.quoted)")
        }
        for ending in ["heeft gestuurd.", "hun snr.", "aldus Braun.", "interconnectie.19", "van de regering.”", "zie bijlage.", "gaan op:"] {
            #expect(endsSentence(ending), "\(ending.quoted)")
        }
    }

    @Test("a line is a page number exactly when the first test says so, beyond ASCII too")
    func randomLines() {
        let pieces = [
            "3", "12", "2024", "Pagina", "page", "PAGE", "VAN", "of", "Of", "blz.", "BLZ", "p.", "P.", "paginas", "-", "–", "—", "/", " ", "é",
            "\u{212A}", "\u{301}", "x", "İ",
        ]
        #expect(PageFurniture.isPageNumber(PDFLine(number: 1, scalars: Array("– 3 –".unicodeScalars))))
        #expect(!PageFurniture.isPageNumber(PDFLine(number: 1, scalars: Array("\u{212A} 3".unicodeScalars))))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let line = PDFLine(number: 1, scalars: Array(text.unicodeScalars))
            #expect(PageFurniture.isPageNumber(line) == Self.reference(line.text), "\(line.text)")
        }
    }
}

@Suite("Scalars counted on the page model's bytes")
struct PageScalarCountTests {
    @Test("a range's scalars are its bytes that start one, eight at a time too, and a count stopped past a limit says whether it passes")
    func counts() {
        let pieces = ["a", " ", "é", "€", "🔋", "e\u{301}", "woorden en", "\t"]
        var generator = SeededGenerator(seed: 31)
        for _ in 0..<1_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let pages = PDFTextPages(text)
            let bytes = pages.bytes
            // Any byte range, also one that cuts a scalar: its lead bytes, as first counted.
            let lower = Int.random(in: 0...bytes.count, using: &generator), upper = Int.random(in: lower...bytes.count, using: &generator)
            let expected = bytes[lower..<upper].filter { $0 & 0xC0 != 0x80 }.count
            #expect(pages.scalarCount(lower..<upper) == expected)
            let limit = Int.random(in: 0...40, using: &generator)
            let stopped = pages.scalarCount(lower..<upper, stoppingPast: limit)
            #expect(expected <= limit ? stopped == expected : stopped > limit, "\(text.debugDescription) \(lower)..<\(upper) limit \(limit)")
        }
    }

    @Test("a note number alone on its line above its indented text (pdftotext -layout of a word processor's notes) opens the note; a number above text in its own column does not")
    func noteNumberAloneOnItsLine() throws {
        let text = """
            Verslag van de werkgroep thuisbatterijen

            De werkgroep heeft in 2025 vier keer vergaderd over de brandveiligheid van batterijen.1
            Zij adviseert een keurmerk voor installateurs in te voeren.2

            1
            Hoeveel installateurs zijn er?



            1
              Werkgroep Thuisbatterijen, verslag van 12 maart 2025.
            2
              Zie ook het advies van de Brandweer over opslag
            van energie in woningen.



            \u{0C}Tweede pagina van het verslag.

            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/verslag.txt", stem: "verslag", bytes: Array(text.utf8))).document)
        #expect(document.footnotes.map(\.text) == [
            "Werkgroep Thuisbatterijen, verslag van 12 maart 2025.",
            "Zie ook het advies van de Brandweer over opslag van energie in woningen.",
        ])
        let paragraphs = document.sections.flatMap { $0.paragraphs }
        #expect(paragraphs.flatMap { $0.noteRefs.map(\.footnote) } == [1, 2])
        #expect(paragraphs.contains { $0.text.contains("Hoeveel installateurs zijn er?") })
    }
}

/// The blocks the reflower makes of `lines`, one line each, nil for an empty line (a paragraph break).
private func reflowed(_ lines: [String?]) -> [FlowBlock] {
    let events = lines.enumerated().map { number, text in
        text.map { PageEvent.line(PDFLine(number: number + 1, utf8: Array($0.utf8)[...])) } ?? .paragraphBreak
    }
    return Reflower.reflow(events, file: "b.txt")
}
