import Foundation
import Testing
@testable import KamerArchief

@Suite("Kamerbrief parser on a double-spaced letter with an opening title line")
struct KamerbriefWaterstofTests {
    let parsed: (document: Document, diagnostics: [Diagnostic])

    init() throws { parsed = try parseLetter("waterstof-letter.txt") }

    @Test("the waterstof letter's model dump matches its golden")
    func golden() throws {
        try expectGolden(parsed.document.modelDump, named: "kamerbrieven/waterstof-letter.dump")
    }

    @Test("an opening heading becomes the title and the text before the first pillar the introduction")
    func titleAndIntroduction() throws {
        let document = parsed.document
        #expect(document.title == "Bijlage bij de voortgangsbrief waterstof")
        let inleiding = try #require(document.sections.first)
        #expect(inleiding.id == "inleiding" && inleiding.title == "Inleiding" && inleiding.role == .other)
        #expect(inleiding.paragraphs.count == 1)
        #expect(inleiding.paragraphs.first?.text.hasPrefix("In deze bijlage licht ik") == true)
        #expect(document.pillars.map(\.title) == ["Productie", "Infrastructuur", "Internationale samenwerking"])
        #expect(document.pillars.map(\.actions.count) == [2, 2, 2])
        #expect(parsed.diagnostics.map(\.code) == [.missingMetadata])
        #expect(parsed.diagnostics.first?.message.contains("derived title \"Bijlage bij de voortgangsbrief waterstof\"") == true)
    }

    @Test("a page break mid-sentence continues the paragraph past the page's notes")
    func pageBreakMidSentence() throws {
        let paragraph = try #require(parsed.document.paragraph(containing: "Het kabinet wil in 2030"))
        #expect(paragraph.text.contains("met een vermogen van meer dan 50 MW worden ondersteund."))
        #expect(paragraph.text.hasSuffix("maar dat de kosten voorlopig hoog blijven."))
        #expect(paragraph.noteRefs.map(\.footnote) == [3])
        let later = try #require(parsed.document.paragraph(containing: "Nederlandse bedrijven en kennisinstellingen"))
        #expect(later.text.contains("het schrijven van voorstellen. Daarnaast"))
    }

    @Test("a note that runs over two lines keeps its whole text")
    func twoLineNote() {
        let note = parsed.document.footnotes[2]
        #expect(note.number == 3)
        #expect(note.text == "Regeling Opschaling volledig hernieuwbare waterstofproductie via elektrolyse (OWE), Staatscourant 2023, nr. 28771.")
        #expect(parsed.document.footnotes.map(\.number) == Array(1...12))
        #expect(parsed.document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == Array(1...12))
    }

    @Test("a two-digit marker glued to a year splits off as the note number")
    func twoDigitMarkerOnYear() throws {
        let paragraph = try #require(parsed.document.paragraph(containing: "bedroeg in 2023 ongeveer een kwart"))
        let ref = try #require(paragraph.noteRefs.first { $0.footnote == 12 })
        #expect(paragraph.text.textBefore(offset: ref.offset, count: 7) == "in 2023")
        #expect(ref.location.column == 8)
    }

    @Test("line-end hyphens join compounds; suspended compounds keep their space")
    func hyphens() {
        let text = parsed.document.allParagraphs.map(\.text).joined(separator: "\n")
        #expect(text.contains("synthetische (e-fuels) brandstoffen"))
        #expect(text.contains("vanaf 2024 uit de PPS-innovatieregeling,"))
        #expect(text.contains("Grijze- dan wel blauwe waterstof"))
        #expect(text.contains("in de chemie- en kunstmestsector"))
        #expect(text.contains("zonder eigen onderzoeksafdeling."))
    }

    @Test("a numbered list keeps one paragraph per item with its label")
    func numberedList() throws {
        let action = try #require(parsed.document.pillars[1].actions.last)
        let items = action.paragraphs.filter { $0.listLabel != nil }
        #expect(items.map(\.listLabel) == ["1)", "2)", "3)"])
        #expect(items.map(\.text) == [
            "de aanwijzing van de beheerder van de opslag;", "de tarieven voor transport en opslag; en",
            "de toegang voor derden.",
        ])
        #expect(action.paragraphs.last?.text == "De eerste caverne bij Zuidwending wordt naar verwachting rond het jaar 2030 in gebruik genomen. De proefopslag loopt sinds 2023 en de resultaten zijn tot nu toe positief.")
    }

    @Test("a long first action under a pillar is a heading, with & and ´ kept")
    func longActionHeading() {
        let pillar = parsed.document.pillars[2]
        #expect(pillar.actions.map(\.title) == ["Ondersteunen NLse participatie in EU-programma´s & netwerken", "Verkennen importcorridors"])
        #expect(pillar.text.isEmpty)
    }

    @Test("CRLF and lone CR line ends give the same document as LF")
    func lineEnds() throws {
        let text = try TestPaths.fixtureText("kamerbrieven/waterstof-letter.txt")
        let path = "Content/waterstof-letter.txt"
        let crlf = parseLetterText(text.replacingOccurrences(of: "\n", with: "\r\n"), path: path)
        let cr = parseLetterText(text.replacingOccurrences(of: "\n", with: "\r"), path: path)
        #expect(crlf.document.modelDump == parsed.document.modelDump)
        #expect(cr.document.modelDump == parsed.document.modelDump)
        #expect(crlf.diagnostics == parsed.diagnostics)
    }
}

@Suite("Kamerbrief parser on a single-spaced letter with page furniture")
struct KamerbriefSingleSpacedTests {
    let parsed: (document: Document, diagnostics: [Diagnostic])

    init() throws { parsed = try parseLetter("netcongestie-single-spaced.txt") }

    @Test("the single-spaced letter's model dump matches its golden")
    func golden() throws {
        try expectGolden(parsed.document.modelDump, named: "kamerbrieven/netcongestie-single-spaced.dump")
    }

    @Test("a single-spaced letter has its pillars, actions and paragraphs")
    func structure() {
        let pillars = parsed.document.pillars
        #expect(pillars.map(\.title) == ["Netbeheer", "Flexibiliteit"])
        #expect(pillars.map { $0.actions.map(\.paragraphs.count) } == [[1], [1, 1]])
        #expect(parsed.document.title == "Kamerbrief: Netbeheer – Flexibiliteit")
    }

    @Test("notes followed directly by the next page's text end at the last note and the sentence runs on")
    func notesThenText() throws {
        #expect(parsed.document.footnotes.map(\.text)[2...3] == ["ACM, Codebesluit congestiemanagement, 2022.", "Kamerstuk 29023 nr. 466."])
        let paragraph = try #require(parsed.document.paragraph(containing: "Met congestiemanagement"))
        #expect(paragraph.text.contains("bi-directioneel laden en met batterijen achter de meter worden meegenomen in de afspraken die netbeheerders in het komende jaar verder uitwerken."))
        #expect(paragraph.noteRefs.map(\.footnote) == [3, 4])
    }

    @Test("page numbers and running headers are dropped")
    func furniture() {
        let document = parsed.document
        let texts = document.allParagraphs.map(\.text) + document.footnotes.map(\.text)
            + document.pillars.flatMap { [$0.title] + $0.actions.map(\.title) }
        #expect(!texts.contains { $0.contains("Pagina") || $0.contains("Bijlage |") })
        #expect(document.footnotes.map(\.text)[1] == "Kamerstuk 29023 nr. 455.")
        #expect(document.sections.isEmpty)
    }
}
