import Foundation
import Testing
@testable import KamerArchief

@Suite("Official XML through a whole build")
struct OfficialXMLSiteTests {
    @Test("a real kst XML in Content builds to its document page with no diagnostics, and its citations link")
    func realXMLBuilds() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try FileManager.default.copyItem(
            at: TestPaths.fixture("xml/kst-28844-269.xml"), to: site.content.appendingPathComponent("kst-28844-269.xml"))
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(!report.failed)
        let page = site.output.appendingPathComponent("documenten/kst-28844-269/index.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties"))
        #expect(html.contains("Lobbyregister Ierland"))
        #expect(html.contains("https://zoek.officielebekendmakingen.nl/h-tk-20222023-84-12.html"))
        #expect(!html.contains("&lt;noot") && !html.contains("&lt;al"))
        let (problems, _) = try LinkChecker.check(site.output)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }
}
