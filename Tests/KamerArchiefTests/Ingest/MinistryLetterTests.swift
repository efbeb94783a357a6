import Foundation
import Testing
@testable import KamerArchief

/// Parses a fixture under `Fixtures/letters/` the way a build does: detection, then the reader.
func parseMinistryLetter(_ name: String) throws -> (document: Document, diagnostics: [Diagnostic]) {
    let text = try TestPaths.fixtureText("letters/\(name)")
    return MinistryLetterParser.parse(SourceText(path: "Content/\(name)", id: "brief", text: text), sidecar: nil)
}

extension Section {
    /// This section and every section under it, depth first.
    var flattened: [Section] { [self] + subsections.flatMap(\.flattened) }
}

extension Document {
    var allSections: [Section] { sections.flatMap(\.flattened) }
    /// Every paragraph of every section, in reading order.
    var sectionParagraphs: [Paragraph] { allSections.flatMap(\.paragraphs) }
}

@Suite("Ministry letter: Water en Bodem sturend (IenW, 32 pages, no sidecar)")
struct WaterEnBodemLetterTests {
    let parsed: (document: Document, diagnostics: [Diagnostic])
    let text: String

    init() throws {
        parsed = try parseMinistryLetter("kst-27625-592-water-en-bodem-sturend.pdftext.txt")
        text = try TestPaths.fixtureText("letters/kst-27625-592-water-en-bodem-sturend.pdftext.txt")
    }

    @Test("the letter is detected as a ministry letter, not refused as an unknown format")
    func detection() {
        #expect(FormatDetector.detect(text) == .ministryLetter)
    }

    @Test("the letterhead gives kind, date, title, kenmerk and ministry")
    func letterhead() {
        let document = parsed.document
        #expect(document.kind == .kamerbrief)
        #expect(document.date == "2022-11-25")
        #expect(document.metadata.datum == "2022-11-25")
        #expect(document.title == "Water en Bodem sturend")
        #expect(document.metadata.kenmerk == "IENW/BSK-2022/283041")
        #expect(document.metadata.ministerie == "Ministerie van Infrastructuur en Waterstaat")
    }

    @Test("the two signers under Hoogachtend are read with their functions")
    func signers() {
        #expect(parsed.document.metadata.ondertekening == [
            Signer(naam: "Mark Harbers", functie: "De Minister van Infrastructuur en Waterstaat"),
            Signer(naam: "drs. V.L.W.A. Heijnen", functie: "De Staatssecretaris van Infrastructuur en Waterstaat"),
        ])
    }

    @Test("all 27 footnotes are read, including a note whose text starts on the next line and one glued to its number")
    func footnotes() throws {
        let notes = parsed.document.footnotes
        #expect(notes.map(\.number) == Array(1...27))
        #expect(notes[3].text == "Kamerstuk 33400-J, nr. 19")
        #expect(notes[10].text == "Barro = Besluit algemene regels ruimtelijke ordening; BKL = Besluit Kwaliteit Leefomgeving")
        #expect(notes[20].text == "https://www.hdsr.nl/publish/pages/117157/eindrapportage_sturen_met_grondwater_bedrijvenproef_spengen_2017_2022_lage_resolutie.pdf")
        #expect(notes[24].text == "https://wetgevingskalender.overheid.nl/regeling/WGK014001/documenten/Raad%20van%20State/Adviesaanvraag%20aanhangig%20bij%20Raad%20van%20State/1")
        #expect(notes[17].text == "4,7 megaton CO2-equivalenten per jaar: https://edepot.wur.nl/138952")
    }

    @Test("URLs broken over lines are joined without a space; a note with three URLs keeps them apart")
    func brokenURLs() {
        let notes = parsed.document.footnotes
        #expect(notes[0].text == "https://www.deltaprogramma.nl/documenten/publicaties/2021/09/01/adviesbrief-woningbouw-en-klimaatadaptatie "
            + "https://www.deltaprogramma.nl/deltacommissaris/documenten/publicaties/2021/12/06/briefadvies-deltacommissaris-woningbouw-en-klimaatadaptatie-spoor-2 "
            + "https://www.deltaprogramma.nl/documenten/publicaties/2022/04/11/adviesbrief-maak-werk-van-klimaatadaptatie")
        #expect(notes[15].text == "Eurostat: https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Land_cover_statistics#Land_cover_in_the_EU_Member_States")
        #expect(notes[23].text == "https://www.noord-holland.nl/Onderwerpen/Ruimtelijke_inrichting/Projecten/Omgevingswet/Omgevingsverordening")
    }

    @Test("every note has exactly one marker, at its place, glued or spaced")
    func markers() {
        let document = parsed.document
        let refs = document.sectionParagraphs.flatMap(\.noteRefs).map(\.footnote)
        #expect(refs == Array(1...27))
        #expect(document.sectionTextBefore(note: 1).hasSuffix("de adviezen van de Deltacommissaris"))
        #expect(document.sectionTextBefore(note: 2).hasSuffix("die van de heer Remkes"))
        #expect(document.sectionTextBefore(note: 3).hasSuffix("vastgelegd in een overeenkomst"))
        #expect(document.sectionTextBefore(note: 4).hasSuffix("meer aandacht voor meerlaagsveiligheid"))
        #expect(document.sectionTextBefore(note: 8).hasSuffix("Stroomgebiedbeheerplannen 2022-2027"))
        #expect(document.sectionTextBefore(note: 17).hasSuffix("in lijn met de motie Grinwis"))
        #expect(document.sectionTextBefore(note: 24).hasSuffix("via het ruimtelijke plan zijn opgenomen."))
        #expect(document.sectionTextBefore(note: 27).hasSuffix("Conform de motie De Groot"))
        #expect(!parsed.diagnostics.contains { $0.code == .unreferencedFootnote || $0.code == .unresolvedFootnote })
    }

    @Test("a removed spaced marker leaves no double space behind")
    func spacedMarkerRemoval() throws {
        let paragraph = try #require(parsed.document.sectionParagraphs.first { $0.text.contains("de adviezen van de Deltacommissaris") })
        #expect(paragraph.text.contains("de adviezen van de Deltacommissaris en die van de heer Remkes. De Deltacommissaris beveelt"))
    }

    @Test("the 33 structurerende keuzes are numbered list items, also across a page break")
    func structurerendeKeuzes() throws {
        let items = parsed.document.sectionParagraphs.filter { ($0.listLabel ?? "").hasSuffix(".") && $0.listLabel?.first?.isNumber == true }
        #expect(items.map(\.listLabel) == (1...33).map { "\($0)." })
        #expect(items[0].text.hasPrefix("Op basis van het huidige klimaatscenario, hanteren we"))
        #expect(items[6].text.hasSuffix("waterschappen, provincies en gemeenten uitgewerkt en in de gebiedsprogramma’s opgenomen."))
        #expect(items[7].text.hasPrefix("We houden rekening met grotere peilfluctuaties"))
        #expect(items[32].text == "We beperken de grondwateronttrekkingen rond Natura 2000-gebieden. Daarmee voorkomen we verdroging deze gebieden. Dit wordt in de gebiedsprocessen uitgewerkt.")
    }

    @Test("bullets (U+F0B7, shown as •; dash) and lettered items stay separate list items, and no label keeps the font's private-use bullet")
    func bullets() {
        let paragraphs = parsed.document.sectionParagraphs
        let afwentelen = paragraphs.filter { $0.listLabel == "•" && $0.text.hasPrefix("Niet afwentelen") }
        #expect(afwentelen.count == 3)
        #expect(paragraphs.filter { $0.listLabel == "•" }.count == 8)
        // A browser without the Symbol font would draw a private-use scalar as a missing glyph.
        #expect(!paragraphs.contains { ($0.listLabel ?? "").unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) } })
        #expect(paragraphs.contains { $0.listLabel == "e." && $0.text == "(rest)schade accepteren." })
        #expect(paragraphs.contains { $0.listLabel == "(d)" && $0.text == "w ater beter vasthouden in de bodem door duurzaam bodembeheer." })
        // The last item of a list whose items end in `;` ends in `.`: the text after it is a paragraph,
        // though that line looks full.
        #expect(paragraphs.contains { $0.listLabel == "•" && $0.text == "Programma Integraal Rivier Management (703 miljoen gereserveerd)." })
        #expect(paragraphs.contains { $0.listLabel == nil && $0.text.hasPrefix("Er wordt ook ingezet op de ten behoeve van het Transitiefonds") })
    }

    @Test("headings become sections, chapters nest their subsections, and there are no pillars")
    func sections() {
        let document = parsed.document
        #expect(document.pillars.isEmpty)
        let titles = document.allSections.map(\.title)
        for heading in ["Uitgangspunten", "Niet afwentelen", "Meerlaagsveiligheid", "Scope", "Tot slot", "Financiering", "Hoe nu verder"] {
            #expect(titles.contains(heading), "missing heading \(heading)")
        }
        #expect(document.sections.first?.title == "Inleiding")
        #expect(document.sections.first?.paragraphs.first?.text.hasPrefix("Deze brief gaat over ons water en onze bodem.") == true)
        let chapter = document.sections.first { $0.title == "Water en Bodem" }
        #expect(chapter?.subsections.map(\.title) == ["Voldoende en schoon (zoet)water", "Bodem; vitaal en efficiënt geordend"])
        // `Tot slot` closes the whole letter, not the last chapter.
        #expect(document.sections.map(\.title).suffix(4) == ["Water en Bodem", "Bebouwd gebied", "Gebieden", "Tot slot"])
    }

    @Test("a paragraph split by the page foot, its notes and the sidebar is one paragraph")
    func paragraphAcrossPage() throws {
        let paragraph = try #require(parsed.document.sectionParagraphs.first { $0.text.hasPrefix("Bovendien zet het veranderende klimaat") })
        #expect(paragraph.text.hasSuffix("liepen de o nttrekkingen van grondwater tegen grenzen aan. De waterkwaliteit nam af en op veel plaatsen kregen recreanten last van blauwalg en botulisme."))
        let split = try #require(parsed.document.sectionParagraphs.first { $0.text.hasPrefix("Om de risico’s van overstroming") })
        #expect(split.text.contains("dijken en keringen aanleggen en versterken (de eerste laag)."))
    }

    @Test("no furniture in any paragraph, heading, title or note")
    func noFurniture() {
        let document = parsed.document
        let texts = document.sectionParagraphs.map(\.text) + document.allSections.map(\.title) + [document.title]
            + document.footnotes.map(\.text)
        for furniture in ["P agina", "Pagina", "Ons kenmerk", "Retouradres", "Postbus", "Rijnstraat", "Inf rastructuur", "2 5 15 XP", "Hoogachtend", "DE MINISTER", "Bijlage(n)"] {
            #expect(!texts.contains { $0.contains(furniture) }, "furniture \(furniture) left in the text")
        }
        #expect(!texts.contains { $0.hasPrefix("Ministerie van") || $0.hasSuffix("Waterstaat") && $0.count < 40 })
        #expect(!document.sectionParagraphs.contains { $0.text.contains("Ministerie van Inf") || $0.text.contains("Waterstaat Ministerie") })
    }
}

extension Document {
    /// The text right before the marker of `note` in the section paragraphs.
    func sectionTextBefore(note: Int) -> String {
        for paragraph in sectionParagraphs {
            if let ref = paragraph.noteRefs.first(where: { $0.footnote == note }) {
                return String(String.UnicodeScalarView(paragraph.text.unicodeScalars.prefix(ref.offset)))
            }
        }
        return ""
    }
}
