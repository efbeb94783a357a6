import Foundation
import Testing
@testable import KamerArchief

@Suite("Official XML through a whole build")
struct OfficialXMLSiteTests {
    @Test("real kst XMLs and a kamerwrk file in Content build to their document pages with no diagnostics, and every link resolves")
    func realXMLBuilds() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        for name in ["kst-28844-269.xml", "kst-36750-3.xml", "kamerwrk.xml"] {
            try FileManager.default.copyItem(at: TestPaths.fixture("xml/\(name)"), to: site.content.appendingPathComponent(name))
        }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(!report.failed)
        let page = site.output.appendingPathComponent("documenten/kst-28844-269/index.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties"))
        #expect(html.contains("Lobbyregister Ierland"))
        #expect(html.contains("https://zoek.officielebekendmakingen.nl/h-tk-20222023-84-12.html"))
        #expect(!html.contains("&lt;noot") && !html.contains("&lt;al"))
        let memorie = try String(contentsOf: site.output.appendingPathComponent("documenten/kst-36750-3/index.html"), encoding: .utf8)
        #expect(memorie.contains("Hoofdlijnen wetsvoorstel"))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("documenten/kamerwrk/index.html").path))
        let (problems, _) = try LinkChecker.check(site.output)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test("kamervragen and an advies with a spanned table: their pages, the index's Kamervragen list, a marker per note occurrence, every link")
    func vocabularyBuilds() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        for name in ["kamervragen-antwoord.xml", "advies-nader-rapport.xml"] {
            try FileManager.default.copyItem(at: TestPaths.fixture("variants/\(name)"), to: site.content.appendingPathComponent(name))
        }
        let report = try site.build()
        #expect(report.diagnostics.filter { $0.location.file.hasSuffix(".xml") }.isEmpty, "\(report.diagnostics)")
        #expect(!report.failed)
        let index = try String(contentsOf: site.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<h2>Kamervragen</h2>") && index.contains("documenten/kamervragen-antwoord/index.html"))
        let advies = try String(contentsOf: site.output.appendingPathComponent(Permalinks.document("advies-nader-rapport")), encoding: .utf8)
        // The nootref is a second marker of note 2, with an id of its own.
        #expect(advies.contains(#"id="fnref-2""#) && advies.contains(#"id="fnref-2-2""#))
        #expect(advies.contains("<tr><td>Noord</td><td>\u{00A0}</td><td>40</td></tr>"))
        #expect(advies.contains("Advies Afdeling advisering Raad van State en nader rapport"))
        let (problems, checked) = try LinkChecker.check(site.output)
        #expect(problems.isEmpty && checked > 0, "\(problems.prefix(5))")
        let (searchProblems, entries) = try LinkChecker.checkSearchIndex(site.output)
        #expect(searchProblems.isEmpty && entries > 0, "\(searchProblems.prefix(5))")
    }
}
