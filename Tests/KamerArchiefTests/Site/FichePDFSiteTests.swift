import Foundation
import Testing
@testable import KamerArchief

@Suite("Building a site with a fiche in the official PDF layout")
struct FichePDFSiteTests {
    @Test("the fiche gets its page and a page per pillar, without errors")
    func fichePages() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try site.write("fiche-10-battery-booster.txt", try TestPaths.fixtureText("fiches-pdf/fiche-10-battery-booster.txt"))
        let report = try site.build()
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(!report.failed && report.wroteOutput)
        let tree = try SiteFixture.tree(site.output)
        let page = String(decoding: try #require(tree["documenten/fiche-10-battery-booster/index.html"]), as: UTF8.self)
        #expect(page.contains("Mededeling Battery Booster-strategie"))
        #expect(page.contains("Eerstverantwoordelijk ministerie"))
        #expect(page.contains("voortgangsbrief over de Nationale Grondstoffenstrategie van 20 december 2024."))
        for number in 1...6 {
            #expect(tree["documenten/fiche-10-battery-booster/pijler-\(number).html"] != nil)
        }
        #expect(tree["documenten/fiche-10-battery-booster/pijler-7.html"] == nil)
    }
}
