import Foundation
import Testing
@testable import KamerArchief

/// Parses a fixture under `Fixtures/kamerbrieven/`, with the path a build would report.
func parseLetter(_ name: String, sidecar: Sidecar? = nil) throws -> (document: Document, diagnostics: [Diagnostic]) {
    let text = try TestPaths.fixtureText("kamerbrieven/\(name)")
    return parseLetterText(text, path: "Content/\(name)", sidecar: sidecar)
}

func parseLetterText(_ text: String, path: String = "Content/brief.txt", sidecar: Sidecar? = nil) -> (document: Document, diagnostics: [Diagnostic]) {
    KamerbriefParser.parse(SourceText(path: path, id: "brief", text: text), sidecar: sidecar)
}

extension Document {
    /// Every body paragraph in reading order: introduction, then each pillar's text and actions.
    var allParagraphs: [Paragraph] {
        let intro = sections.flatMap { $0.paragraphs + $0.subsections.flatMap(\.paragraphs) }
        return intro + pillars.flatMap { $0.text + $0.actions.flatMap(\.paragraphs) }
    }

    func paragraph(containing text: String) -> Paragraph? {
        allParagraphs.first { $0.text.contains(text) }
    }

    /// The text right before each marker of `note`, for checking where a marker was split off.
    func textBefore(note: Int) -> [String] {
        allParagraphs.flatMap { paragraph in
            paragraph.noteRefs.filter { $0.footnote == note }.map { paragraph.text.textBefore(offset: $0.offset) }
        }
    }
}

@Suite("Kamerbrief parser on the seed letter")
struct KamerbriefSeedTests {
    let parsed: (document: Document, diagnostics: [Diagnostic])

    init() throws { parsed = try parseLetter("seed-letter.txt") }

    @Test("the seed letter's model dump matches its golden")
    func golden() throws {
        try expectGolden(parsed.document.modelDump, named: "kamerbrieven/seed-letter.dump")
    }

    @Test("the seed letter has five pillars holding 2, 4, 5, 6 and 3 actions, numbered in order")
    func outline() {
        let pillars = parsed.document.pillars
        #expect(pillars.map(\.actions.count) == [2, 4, 5, 6, 3])
        #expect(pillars.map(\.number) == [1, 2, 3, 4, 5])
        #expect(pillars.allSatisfy { $0.actions.map(\.number) == Array(1...$0.actions.count) })
        #expect(pillars.allSatisfy { $0.text.isEmpty && $0.actions.allSatisfy { !$0.paragraphs.isEmpty } })
        #expect(parsed.document.sections.isEmpty)
    }

    @Test("the seed letter has 23 footnotes, each referenced once, in order")
    func footnotes() {
        let document = parsed.document
        #expect(document.footnotes.map(\.number) == Array(1...23))
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == Array(1...23))
        let three = document.footnotes[2].text
        #expect(three.hasPrefix("De Taskforce Batterijbranden bestaat uit Stibat Services,"))
        #expect(three.contains("Vereniging van Afval en Reiniging Diensten (NVRD)"))
        #expect(three.hasSuffix("Transport en Logistiek Nederland (TLN), Nationaal Recycling Forum (NRF) en Stichting OPEN."))
        #expect(document.footnotes.allSatisfy { !$0.text.isEmpty && !$0.text.contains("  ") })
    }

    @Test("markers glued to years, numbers and punctuation split off at the right note")
    func gluedMarkers() {
        let document = parsed.document
        let expected = [1: "9 december 2022", 18: "Adequacy Outlook 2023", 11: "motie 33009 nummer 110.", 5: "Economie (NPCE)."]
        for (note, before) in expected.sorted(by: { $0.key < $1.key }) {
            let found = document.textBefore(note: note)
            #expect(found.count == 1 && found[0].hasSuffix(before), "note \(note): \(found)")
        }
        #expect(document.paragraph(containing: "Outlook 2023. Flowbatterijen") != nil)
    }

    @Test("hyphenated compounds across line ends join without a space, in-line suspended hyphens keep theirs")
    func hyphens() {
        let text = parsed.document.allParagraphs.map(\.text).joined(separator: "\n")
        for joined in ["batterij-elektrisch", "(e-bikes)", "Safe-and sustainable-by-design", "PPS-innovatieregeling", "flagship-projecten"] {
            #expect(text.contains(joined), "\(joined)")
        }
        #expect(text.contains("ingebouwde- dan wel losse batterijen"))
        #expect(!text.contains("batterij- elektrisch"))
    }

    @Test("the only diagnostic for the seed letter is the missing sidecar metadata")
    func diagnostics() {
        #expect(parsed.diagnostics.map(\.code) == [.missingMetadata])
        let message = parsed.diagnostics.first?.message ?? ""
        #expect(message.contains("title, date or kamerstuk"))
        #expect(message.contains(parsed.document.title.quoted))
        #expect(parsed.diagnostics.first?.location.line == 0)
    }

    @Test("a sidecar title, date and kamerstuk replace the derived ones and silence the warning")
    func sidecarMetadata() throws {
        let sidecar = Sidecar(
            source: "Content/seed-letter.yml", title: "Voortgang batterijenstrategie", date: "2023-12-18",
            kamerstuk: KamerstukNumber(dossier: "32813", ondernummer: "1334"))
        let (document, diagnostics) = try parseLetter("seed-letter.txt", sidecar: sidecar)
        #expect(document.title == "Voortgang batterijenstrategie")
        #expect(document.date == "2023-12-18")
        #expect(document.metadata.kamerstuk?.key == "32813-1334")
        #expect(diagnostics.isEmpty)
    }
}

@Suite("Kamerbrief parser with a sidecar outline")
struct KamerbriefOutlineTests {
    @Test("without an outline, a pillar with intro text is not detected as a pillar")
    func detectedWithoutOutline() throws {
        let (document, _) = try parseLetter("outline-letter.txt")
        #expect(document.title == "Kennis en innovatie")
        #expect(document.pillars.map(\.title) == ["Arbeidsmarkt"])
    }

    @Test("a sidecar outline fixes pillars and actions, demotes undeclared headings and reports missing titles")
    func outlineOverride() throws {
        let outline = [
            OutlinePillar(title: " kennis en  INNOVATIE "),
            OutlinePillar(title: "Arbeidsmarkt", actions: ["Opleiden technici", "mbo-opleidingen in de techniek"]),
            OutlinePillar(title: "Waterstof"),
        ]
        let sidecar = Sidecar(source: "Content/outline-letter.yml", title: "Kennis en arbeidsmarkt", outline: outline)
        let (document, diagnostics) = try parseLetter("outline-letter.txt", sidecar: sidecar)
        #expect(document.pillars.map(\.title) == ["Kennis en innovatie", "Arbeidsmarkt"])
        let kennis = document.pillars[0], arbeid = document.pillars[1]
        #expect(kennis.text.map(\.text) == ["Het kabinet zet in op een sterke kennisbasis voor de energietransitie. Daarvoor is structureel geld beschikbaar gesteld voor onderzoek aan universiteiten en hogescholen."])
        #expect(kennis.text.first?.noteRefs.map(\.footnote) == [1])
        #expect(kennis.actions.map(\.title) == ["Versterken onderzoeksprogramma´s"])
        #expect(arbeid.actions.map(\.title) == ["Opleiden technici", "mbo-opleidingen in de techniek"])
        #expect(arbeid.actions[0].paragraphs.map(\.text).contains("Tijdelijke maatregelen"))
        #expect(document.sections.isEmpty)
        let mismatch = diagnostics.filter { $0.code == .outlineMismatch }
        #expect(mismatch.map(\.message) == ["outline pillar \"Waterstof\" is not a line of the text"])
        #expect(mismatch.first?.location.file == "Content/outline-letter.yml")
    }
}

@Suite("Kamerbrief parser diagnostics")
struct KamerbriefDiagnosticTests {
    static let body = """
        Grondstoffen
         
        Verkennen partnerschappen
        Het kabinet verkent partnerschappen1 met landen die grondstoffen winnen en
        verwerken, zoals beschreven in de strategie2 en in het rapport3.
         
        1 Kamerstuk 32852 nr. 224.
        2 Kamerstuk 21501-30 nr. 590.

        """

    @Test("a marker that continues the sequence without a note is reported at its line and column")
    func markerWithoutNote() {
        let (_, diagnostics) = parseLetterText(Self.body)
        let unresolved = diagnostics.filter { $0.code == .unresolvedFootnote }
        #expect(unresolved.map(\.location) == [SourceLocation(file: "Content/brief.txt", line: 5, column: 63)])
    }

    @Test("a note without a marker is reported at the note's line")
    func noteWithoutMarker() {
        let text = Self.body.replacingOccurrences(of: "partnerschappen1", with: "partnerschappen")
        let (document, diagnostics) = parseLetterText(text)
        #expect(document.footnotes.count == 2)
        let unreferenced = diagnostics.filter { $0.code == .unreferencedFootnote }
        #expect(unreferenced.map(\.location) == [SourceLocation(file: "Content/brief.txt", line: 7, column: 1)])
    }
}

@Suite("Kamerbrief parser on degenerate input")
struct KamerbriefEdgeTests {
    @Test("empty, blank and note-only texts give an empty document and only the metadata warning", arguments: [
        "", "\n\n\n", " \n \r\n\t\n", "1 Kamerstuk 32852 nr. 224.\n", "3\n\n\nPagina 2 van 9\n", "1)\n-\n(\n",
    ])
    func degenerate(text: String) {
        let (document, diagnostics) = parseLetterText(text)
        #expect(document.pillars.isEmpty)
        #expect(document.allParagraphs.allSatisfy { !$0.text.isEmpty })
        #expect(diagnostics.filter { $0.code == .missingMetadata }.count == 1)
    }
}
