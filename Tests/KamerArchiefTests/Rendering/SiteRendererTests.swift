import Foundation
import Testing
@testable import KamerArchief

@Suite("Render jobs")
struct SiteRendererTests {
    @Test("the archive-wide jobs come before the documents' jobs, which the cores take last, one per document")
    func archiveWideJobsFirst() throws {
        var summaries: [DocumentSummary] = []
        for (index, name) in ["fiches/seed-fiche.txt", "fiches/romeinse-pijlers.txt", "fiches/drie-pijlers-arabisch.txt"].enumerated() {
            let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture(name)))
            let file = ContentFile(path: "Content/\(index).txt", stem: "document-\(index)", bytes: bytes)
            summaries.append(try #require(Ingester.ingest(file).document).summary)
        }
        let archive = Linker.link(summaries: summaries)
        let templates = TemplateLibrary.load(DefaultTemplates.sources(displayPrefix: "Templates")).library
        let renderer = SiteRenderer(archive: archive, templates: templates, options: RenderOptions())
        let jobs = renderer.jobs(documentKeys: [:], summaryKeys: [:], settingsKey: 0)

        let firstDocument = try #require(jobs.firstIndex { $0.documentID != nil })
        #expect(jobs[firstDocument...].allSatisfy { $0.documentID != nil })
        #expect(jobs[firstDocument...].compactMap(\.documentID) == archive.documents.map(\.id).sorted())
        let archiveWide = Set(jobs[..<firstDocument].map(\.id))
        #expect(archiveWide.isSuperset(of: ["index", "dossiers", "static", "export", "topics", "timeline"]))
        #expect(archiveWide.count == firstDocument, "a job twice")
    }
}
