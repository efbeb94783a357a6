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
}
