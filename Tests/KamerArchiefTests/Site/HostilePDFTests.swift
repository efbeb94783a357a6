import Foundation
import Testing
@testable import KamerArchief

/// PDF files through a whole build: a readable Kamerstuk PDF gets its page; an unreadable one is an
/// error naming the file and leaves the previous Output as it was.
@Suite("PDF files through a build")
struct HostilePDFTests {
    func builtSite() throws -> (site: SiteFixture, before: [String: Data]) {
        let site = try SiteFixture(copying: "basic")
        let report = try site.build()
        #expect(!report.failed && report.wroteOutput)
        return (site, try SiteFixture.tree(site.output))
    }

    func copyFixture(_ name: String, to site: SiteFixture) throws {
        try FileManager.default.copyItem(at: TestPaths.fixture("pdf/\(name)"), to: site.content.appendingPathComponent(name))
    }

    static let failures: [(file: String, diagnostic: String)] = [
        ("encrypted.pdf", "Content/encrypted.pdf: error: [pdf-encrypted] encrypted PDF: it needs a password to be read; "
            + "publish an unencrypted copy"),
        ("truncated.pdf", "Content/truncated.pdf: error: [pdf-damaged] damaged PDF: poppler cannot open it (PDF document is damaged)"),
        ("garbage.pdf", "Content/garbage.pdf: error: [pdf-damaged] damaged PDF: poppler cannot open it (PDF document is damaged)"),
        ("image-only.pdf", "Content/image-only.pdf: error: [pdf-no-text] PDF without a text layer (1 page of images or "
            + "drawings); run OCR on it or add its text as a .txt file"),
    ]

    @Test("an unreadable PDF is an error naming the file, and Output is untouched", arguments: failures.indices)
    func unreadable(row: Int) throws {
        let (file, diagnostic) = Self.failures[row]
        let (site, before) = try builtSite()
        defer { site.remove() }
        try copyFixture(file, to: site)
        let report = try site.build()
        #expect(report.diagnostics.map(\.description) == [diagnostic])
        #expect(report.failed && !report.wroteOutput)
        #expect(try SiteFixture.tree(site.output) == before, "Output changed")
    }

    @Test("the motie PDF builds into a page with its clauses and without page furniture")
    func motiePage() throws {
        let (site, _) = try builtSite()
        defer { site.remove() }
        try copyFixture("kst-21501-02-3121.pdf", to: site)
        let report = try site.build()
        #expect(report.diagnostics.isEmpty && !report.failed && report.wroteOutput)
        let page = String(decoding: try #require(SiteFixture.tree(site.output)["documenten/kst-21501-02-3121/index.html"]), as: UTF8.self)
        #expect(page.contains("Motie van het lid Ceder"))
        #expect(page.contains("constaterende dat Israël meer gebied in het zuiden van Gaza wil innemen en Rafah wil ontruimen;"))
        #expect(!page.contains("ISSN") && !page.contains("kst-21501-02-3121\n"))
    }
}
