import Foundation
import Testing
@testable import KamerArchief

@Suite("Where paragraphs and notes are shown")
struct PlacementTests {
    func ingest(_ fixture: String, as path: String) throws -> Document {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture(fixture)))
        let stem = (path as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: "")
        return try #require(Ingester.ingest(ContentFile(path: path, stem: stem, bytes: bytes)).document)
    }

    @Test("a letter's pillar and action paragraphs are on their own pages, its notes where first referenced, the rest on the document's")
    func letter() throws {
        let letter = try ingest("kamerbrieven/seed-letter.txt", as: "Content/brief.txt")
        let placement = Placement(letter)
        let documentPage = Permalinks.document(letter.id)
        var pages: [Int: String] = [:], notePages: [Int: String] = [:]
        for pillar in letter.pillars {
            let shown = [(Permalinks.pillar(letter.id, pillar.number), pillar.text)]
                + pillar.actions.map { (Permalinks.action(letter.id, pillar.number, $0.number), $0.paragraphs) }
            for (page, paragraphs) in shown {
                for paragraph in paragraphs {
                    pages[paragraph.location.line] = page
                    for ref in paragraph.noteRefs where notePages[ref.footnote] == nil { notePages[ref.footnote] = page }
                }
            }
        }
        #expect(!pages.isEmpty && pages.values.contains { $0 != documentPage })
        var sectionParagraphs: [Paragraph] = []
        forEachParagraph(in: letter.sections) { sectionParagraphs.append($0) }
        for paragraph in letter.bodyParagraphs + sectionParagraphs {
            #expect(placement.page(of: paragraph) == pages[paragraph.location.line] ?? documentPage)
        }
        for note in letter.footnotes {
            #expect(placement.page(ofFootnote: note.number) == notePages[note.number] ?? documentPage)
        }
    }

    @Test("a fiche's pillars quote its sections, so every paragraph and note is on the document's page")
    func fiche() throws {
        let fiche = try ingest("fiches/seed-fiche.txt", as: "Content/fiche.txt")
        let placement = Placement(fiche)
        let documentPage = Permalinks.document(fiche.id)
        let quoted = fiche.pillars.flatMap { $0.text + $0.position }
        #expect(!quoted.isEmpty)
        for paragraph in fiche.bodyParagraphs + quoted { #expect(placement.page(of: paragraph) == documentPage) }
        for note in fiche.footnotes { #expect(placement.page(ofFootnote: note.number) == documentPage) }
    }
}
