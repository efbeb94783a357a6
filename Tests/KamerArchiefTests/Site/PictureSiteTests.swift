import Foundation
import Testing
@testable import KamerArchief

@Suite("Pictures in the fixture site")
struct PictureSiteTests {
    /// The pages of the fixture site that carry pictures, and how many each has.
    /// No topic of the basic site names an amount; a dossier without citations has no graph.
    static let pages = [
        ("index.html", 1), ("tijdlijn.html", 1), ("onderwerpen/waterstofbank.html", 0),
        ("dossiers/22112.html", 1), ("dossiers/32813.html", 1), ("dossiers/32852.html", 2), ("tijdlijn/2025.html", 0),
    ]

    @Test("every SVG of a fixture site matches its golden, and a second build writes the same bytes", arguments: ["basic", "pictures"])
    func goldens(fixture: String) throws {
        let site = try SiteFixture(copying: fixture)
        defer { site.remove() }
        let report = try site.build()
        #expect(!report.failed)
        let second = site.root.appendingPathComponent("Output2")
        _ = try site.build(output: second)
        let tree = try SiteFixture.tree(site.output)
        #expect(tree == (try SiteFixture.tree(second)))
        var all: [String] = []
        for page in tree.keys.sorted() where page.hasSuffix(".html") {
            let html = String(decoding: tree[page] ?? Data(), as: UTF8.self)
            all += Self.svgs(in: html).map { "== \(page)\n\($0)\n" }
        }
        #expect(!all.isEmpty)
        try expectGolden(all.joined(), named: "pictures/\(fixture).svg.txt")
    }

    @Test("the fiche's EUR 291 miljoen and the letter's € 296 miljoen stand side by side on the fund's page")
    func amountsSideBySide() throws {
        let site = try SiteFixture(copying: "pictures")
        defer { site.remove() }
        _ = try site.build()
        let tree = try SiteFixture.tree(site.output)
        let html = String(decoding: try #require(tree["onderwerpen/nationaal-groeifonds.html"]), as: UTF8.self)
        let svg = try #require(Self.svgs(in: html).first)
        let fiche = try #require(svg.range(of: ">EUR 291 miljoen</text>")), letter = try #require(svg.range(of: ">€ 296 miljoen</text>"))
        #expect(fiche.lowerBound < letter.lowerBound, "the older fiche comes first")
        #expect(svg.contains("<a href=\"../documenten/fiche-10-battery-booster-strategie/index.html#p-"))
    }

    @Test("the fixture pages carry their pictures, each followed by its table")
    func placement() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        _ = try site.build()
        let tree = try SiteFixture.tree(site.output)
        for (page, count) in Self.pages {
            let html = String(decoding: try #require(tree[page]), as: UTF8.self)
            let svgs = Self.svgs(in: html)
            #expect(svgs.count == count, "\(page)")
            #expect(html.components(separatedBy: "<div class=\"table-wrap picture-data\"").count - 1 == count, "\(page)")
        }
        let index = String(decoding: try #require(tree["index.html"]), as: UTF8.self)
        let timeline = String(decoding: try #require(tree["tijdlijn.html"]), as: UTF8.self)
        #expect(index.contains("<a href=\"tijdlijn.html#jaar-2025\">"))
        #expect(timeline.contains("<tr id=\"jaar-2025\"><td><a href=\"tijdlijn/2025.html\">2025</a></td>"))
        #expect(tree["tijdlijn/2025.html"] != nil)
    }

    static func svgs(in html: String) -> [String] {
        html.components(separatedBy: "<svg ").dropFirst().compactMap { piece in
            piece.range(of: "</svg>").map { "<svg " + piece[..<$0.upperBound] }
        }
    }
}
