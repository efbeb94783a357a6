import Foundation
import Testing
@testable import KamerArchief

/// The timeline cut into years, on the seed site: the fiche is dated 13 February 2026 (its page
/// dump's `datum:`), the letter's annex has no date; its dated statements about topics fall in
/// 2022 (the grondstoffenstrategie of 9 December 2022), 2023 (five: the Batterijenverordening
/// twice on 18 August, BCC-NL's November, the CRMA agreement of 13 and its letter of 24 November)
/// and 2025 (the Batterijenverordening from 18 August 2025). Nothing falls in 2024.
@Suite("Timeline year pages")
struct TimelineYearSiteTests {
    @Test("each year with a dated document or statement has a page with exactly its rows; 2024 has none")
    func yearPages() throws {
        let (root, output, _) = try TopicSiteTests.buildSeeds()
        defer { try? FileManager.default.removeItem(at: root) }
        let pages = try SiteFixture.tree(output).keys.filter { $0.hasPrefix("tijdlijn/") }.sorted()
        #expect(pages == ["tijdlijn/2022.html", "tijdlijn/2023.html", "tijdlijn/2025.html", "tijdlijn/2026.html"])

        let year2023 = try Self.main(output, "tijdlijn/2023.html")
        let inForce = try #require(year2023.range(of: "Op 18 augustus 2023 is de Europese Batterijenverordening in werking getreden."))
        let agreement = try #require(year2023.range(of: "Op 13 november 2023 is er een politiek akkoord bereikt op de CRMA"))
        #expect(inForce.lowerBound < agreement.lowerBound)
        #expect(Self.statementRows(year2023) == 5)
        #expect(!year2023.contains("grondstoffenstrategie d.d. 9 december 2022") && !year2023.contains("18 augustus 2025"))
        #expect(!TopicSiteTests.hrefs(in: year2023, label: "18 augustus 2023").filter { $0.hasPrefix("../documenten/") && $0.contains("#p-") }.isEmpty)
        #expect(year2023.contains("Geen document in het archief is van 2023."))
        // The first row of a date carries the anchor that the picture's clusters link to; the second row of that date none.
        #expect(year2023.components(separatedBy: "<span id=\"uitspraken-2023-08-18\"></span>").count - 1 == 1)

        let year2025 = try Self.main(output, "tijdlijn/2025.html")
        #expect(Self.statementRows(year2025) == 1 && year2025.contains("vanaf 18 augustus 2025"))

        let year2026 = try Self.main(output, "tijdlijn/2026.html")
        #expect(year2026.contains("<tr><td><span id=\"documenten-2026-02-13\"></span>2026-02-13</td><td>Fiche 10</td>"))
        #expect(year2026.contains(">Mededeling Battery Booster-strategie</a>"))
        #expect(Self.statementRows(year2026) == 0)
    }

    @Test("tijdlijn.html holds a row per year and the undated list, no longer every document and statement")
    func timelinePage() throws {
        let (root, output, _) = try TopicSiteTests.buildSeeds()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = try Self.main(output, "tijdlijn.html")
        let figureEnd = try #require(page.range(of: "</figure>"))
        let afterPicture = String(page[figureEnd.upperBound...])
        #expect(!afterPicture.contains("#p-"), "a statement row links to its paragraph; none may be on the timeline page")
        #expect(!afterPicture.contains("Op 18 augustus 2023 is de Europese Batterijenverordening"))
        #expect(!afterPicture.contains("<h2>Gedateerde uitspraken</h2>"))
        for (year, documents, statements) in [("2022", 0, 1), ("2023", 0, 5), ("2025", 0, 1), ("2026", 1, 0)] {
            #expect(afterPicture.contains("<tr><td><a href=\"tijdlijn/\(year).html\">\(year)</a></td><td>\(documents)</td><td>\(statements)</td></tr>"), "\(year)")
        }
        #expect(!afterPicture.contains("tijdlijn/2024.html"))
        #expect(afterPicture.contains("<li><a href=\"documenten/kamerbrief-batterijstrategie-bijlage/index.html\">Kamerbrief: Bijlage bij de voortgangsbrief"))
        // The picture's year table keeps the ids the index page links to; a year with a page links to it.
        #expect(afterPicture.contains("<tr id=\"jaar-2023\"><td><a href=\"tijdlijn/2023.html\">2023</a></td>"))
        #expect(afterPicture.contains("<tr id=\"jaar-2024\"><td>2024</td>"))
    }

    @Test("a cluster of the picture and a year on its axis lead to the year page, at the cluster's first row")
    func pictureLinks() throws {
        let (root, output, _) = try TopicSiteTests.buildSeeds()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = try Self.main(output, "tijdlijn.html")
        // Two statements of 18 August 2023 in one lane (Batterijverordening) form a cluster.
        #expect(page.contains("<a href=\"tijdlijn/2023.html#uitspraken-2023-08-18\"><title>2 vermeldingen, 18 augustus 2023; de link gaat naar de lijst van 2023"))
        #expect(page.contains("<a href=\"tijdlijn/2026.html\"><title>2026: alle documenten en gedateerde uitspraken</title><text "))
        #expect(!page.contains("tijdlijn/2024.html"), "2024 has no page, so its axis label is no link")
        // A single mark still links to its paragraph.
        #expect(page.contains("<a href=\"documenten/kamerbrief-batterijstrategie-bijlage/"))
        let (problems, _) = try LinkChecker.check(output)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test("a year page has breadcrumbs Archief › Tijdlijn › year and previous and next links that skip empty years")
    func navigation() throws {
        let (root, output, _) = try TopicSiteTests.buildSeeds()
        defer { try? FileManager.default.removeItem(at: root) }
        let year2023 = try TopicSiteTests.text(output, "tijdlijn/2023.html")
        #expect(year2023.contains("<title>Tijdlijn 2023"))
        #expect(year2023.contains(
            "<li><a href=\"../index.html\">Archief</a></li>\n<li><a href=\"../tijdlijn.html\">Tijdlijn</a></li>\n<li><a href=\"2023.html\" aria-current=\"page\">2023</a></li>"))
        #expect(year2023.contains("<a href=\"2022.html\">← Vorige: 2022</a>") && year2023.contains("<a href=\"2025.html\">Volgende: 2025 →</a>"))
        let first = try TopicSiteTests.text(output, "tijdlijn/2022.html"), last = try TopicSiteTests.text(output, "tijdlijn/2026.html")
        #expect(!first.contains("← Vorige") && first.contains("<a href=\"2023.html\">Volgende: 2023 →</a>"))
        #expect(!last.contains("Volgende:") && last.contains("<a href=\"2025.html\">← Vorige: 2025</a>"))
    }

    @Test("with a base URL the sitemap lists every year page")
    func sitemap() throws {
        let (root, output, _) = try TopicSiteTests.buildSeeds(baseURL: "https://example.org/archief")
        defer { try? FileManager.default.removeItem(at: root) }
        let sitemap = try TopicSiteTests.text(output, "sitemap.xml")
        for year in ["2022", "2023", "2025", "2026"] {
            #expect(sitemap.contains("<loc>https://example.org/archief/tijdlijn/\(year).html</loc>"))
        }
    }

    @Test("moving a letter to another year makes and removes year pages, and each incremental build equals a clean build")
    func incremental() throws {
        let workspace = try IncrementalBuildTests.Workspace()
        defer { workspace.site.remove() }
        _ = try workspace.expectIncrementalEqualsClean("first build")
        #expect(try SiteFixture.tree(workspace.site.output).keys.filter { $0.hasPrefix("tijdlijn/") }.sorted() == ["tijdlijn/2025.html"])

        try workspace.site.write("kamerbrief-waterstof-voortgang.yml", "title: Voortgangsbrief waterstof\ndate: 2024-11-20\nkamerstuk: 32813-1400\n")
        _ = try workspace.expectIncrementalEqualsClean("letter moved to 2024")
        var tree = try SiteFixture.tree(workspace.site.output)
        #expect(tree.keys.filter { $0.hasPrefix("tijdlijn/") }.sorted() == ["tijdlijn/2024.html", "tijdlijn/2025.html"])
        let year2024 = String(decoding: try #require(tree["tijdlijn/2024.html"]), as: UTF8.self)
        #expect(year2024.contains(">Voortgangsbrief waterstof</a>") && year2024.contains("<a href=\"2025.html\">Volgende: 2025 →</a>"))

        try workspace.site.write("kamerbrief-waterstof-voortgang.yml", "title: Voortgangsbrief waterstof\ndate: 2025-11-20\nkamerstuk: 32813-1400\n")
        _ = try workspace.expectIncrementalEqualsClean("letter back in 2025")
        tree = try SiteFixture.tree(workspace.site.output)
        #expect(tree.keys.filter { $0.hasPrefix("tijdlijn/") }.sorted() == ["tijdlijn/2025.html"])
    }
}

private extension TimelineYearSiteTests {
    /// The page's `<main>`: what the template made, without the layout's navigation.
    static func main(_ output: URL, _ path: String) throws -> String {
        let html = try TopicSiteTests.text(output, path)
        let start = try #require(html.range(of: "<main")), end = try #require(html.range(of: "</main>"))
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// Rows of the statements table: each starts with a date linked to its paragraph.
    static func statementRows(_ main: String) -> Int {
        guard let start = main.range(of: "<h2>Gedateerde uitspraken</h2>") else { return 0 }
        return main[start.upperBound...].components(separatedBy: "<tr><td>").count - 1
    }
}
