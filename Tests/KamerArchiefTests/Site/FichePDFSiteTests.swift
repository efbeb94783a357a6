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

@Suite("Building a site with mirrored pages of a motie and a letter")
struct PageDumpSiteTests {
    @Test("each gets its page with its own kind and text, and the dossier page lists both under their numbers")
    func pagesAndDossier() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        for name in ["pagina-motie.txt", "pagina-brief.txt"] { try site.write(name, try TestPaths.fixtureText("variants/\(name)")) }
        let report = try site.build()
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(report.diagnostics.filter { $0.location.file.contains("pagina-") }.map(\.description) == [])
        let tree = try SiteFixture.tree(site.output)
        let motie = String(decoding: try #require(tree[Permalinks.document("pagina-motie")]), as: UTF8.self)
        #expect(motie.contains("verzoekt de regering, voor de zomer een nationale strategie voor batterijrecycling"))
        #expect(motie.contains("Motie") && !motie.contains("Preview document") && !motie.contains("[overzicht]"))
        let letter = String(decoding: try #require(tree[Permalinks.document("pagina-brief")]), as: UTF8.self)
        #expect(letter.contains("Battery Booster-strategie") && letter.contains("D.S. Beljaarts"))
        let dossier = String(decoding: try #require(tree[Permalinks.dossier("21501-30")]), as: UTF8.self)
        #expect(dossier.contains("pagina-motie/index.html") && dossier.contains("pagina-brief/index.html"))
        #expect(dossier.contains("612") && dossier.contains("605"))
        let (problems, checked) = try LinkChecker.check(site.output)
        #expect(problems.map(\.description) == [] && checked > 0)
        let (searchProblems, entries) = try LinkChecker.checkSearchIndex(site.output)
        #expect(searchProblems.map(\.description) == [] && entries > 0)
    }
}
