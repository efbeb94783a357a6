import Foundation
import Testing
@testable import KamerArchief

@Suite("Two sources of one Kamerstuk")
struct DuplicateKamerstukTests {
    @Test("a letter that states the fiche's own Kamerstuk is a duplicate-kamerstuk warning naming both; the page dump, less exact, is left out")
    func duplicateAcrossForms() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        // The fixture fiche is Kamerstuk 22112 nr. 4101 (a page dump); the letter now says it is too.
        try site.write("kamerbrief-waterstof-voortgang.yml", "title: Voortgangsbrief waterstof\ndate: 2025-11-20\nkamerstuk: 22112-4101\n")
        let report = try site.build()
        let duplicates = report.diagnostics.filter { $0.code == .duplicateKamerstuk }
        #expect(duplicates.count == 1)
        #expect(duplicates.first?.severity == .warning)
        #expect(duplicates.first?.location.file == "Content/fiche-3-waterstofstrategie.txt")
        #expect(duplicates.first?.message.contains("Content/kamerbrief-waterstof-voortgang.txt") == true)
        #expect(!report.failed && report.wroteOutput)
        let tree = try SiteFixture.tree(site.output)
        #expect(tree["documenten/kamerbrief-waterstof-voortgang/index.html"] != nil)
        #expect(!tree.keys.contains { $0.hasPrefix("documenten/fiche-3-waterstofstrategie/") })
    }

    @Test("the more exact form wins whatever the file names: official XML, then PDF, then a Word file, then PDF text, then a web page, then a page dump")
    func ranking() {
        func summary(_ id: String, _ format: SourceFormat) -> DocumentSummary {
            DocumentSummary(
                id: id, kind: .motie, format: format, title: id, date: nil, label: "Motie",
                kamerstuk: KamerstukNumber(dossier: "21501-02", ondernummer: "3121"), dossierTitle: nil, citations: [])
        }
        let result = Ingester.duplicateKamerstukken([
            (summary("a", .pdfText), "Content/a.txt"), (summary("b", .pdf), "Content/b.pdf"),
            (summary("z", .officielePublicatie), "Content/z.xml"),
        ])
        #expect(result.supersededSources == ["Content/a.txt", "Content/b.pdf"])
        #expect(result.diagnostics.map(\.location.file).sorted() == ["Content/a.txt", "Content/b.pdf"])
        #expect(result.diagnostics.allSatisfy { $0.message.contains("the archive uses Content/z.xml") })
        // Each form over the next.
        let forms: [SourceFormat] = [.pdf, .word, .pdfText, .webPage, .pageDump]
        for (better, worse) in zip(forms, forms.dropFirst()) {
            let pair = Ingester.duplicateKamerstukken([(summary("a", worse), "Content/a"), (summary("b", better), "Content/b")])
            #expect(pair.supersededSources == ["Content/a"], "\(better) over \(worse)")
        }
    }

    @Test("the PDF and the XML of the same kamervragen: one page, from the XML, and a warning naming both")
    func kamervragenTwice() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try FileManager.default.copyItem(at: TestPaths.fixture("pdf/aanhangsel-kamervragen.pdf"), to: site.content.appendingPathComponent("vragen.pdf"))
        let xml = try String(contentsOf: TestPaths.fixture("variants/kamervragen-antwoord.xml"), encoding: .utf8)
        try site.write("vragen-xml.xml", xml)
        let report = try site.build()
        let duplicates = report.diagnostics.filter { $0.code == .duplicateKamerstuk }
        #expect(duplicates.map(\.location.file) == ["Content/vragen.pdf"])
        #expect(duplicates.first?.message.contains("are both kamervragen ah-tk-20242025-1234; the archive uses Content/vragen-xml.xml") == true)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(Permalinks.document("vragen-xml")).path))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(Permalinks.document("vragen")).path))
    }
}
