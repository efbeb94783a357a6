import Foundation
import Testing
@testable import KamerArchief

/// Raw HTML, scripts, event attributes and `javascript:` links in source text must reach every page
/// as visible text and never as markup, and must not break out of the search index script.
@Suite("Markup in source text")
struct HostileMarkupTests {
    /// Payloads, each with the visible text a page must show for it.
    static let body = "<img src=x onerror=alert(1)> en [klik](javascript:alert(2)) en </script><script>alert(3)</script>"
    static let note = "<script>alert(5)</script> <a href=javascript:alert(6)>x</a>"
    static let action = "<iframe src=javascript:alert(7) onload=alert(8)></iframe>"
    static let title = "Voortgang <svg onload=alert(9)> </title><script>alert(10)</script>"

    /// The basic site with a payload in a fiche paragraph and footnote, a letter action and a sidecar title.
    func hostileSite() throws -> SiteFixture {
        let site = try SiteFixture(copying: "basic")
        func edit(_ name: String, _ replacements: [(String, String)]) throws {
            var text = try String(contentsOf: site.content.appendingPathComponent(name), encoding: .utf8)
            for (old, new) in replacements {
                #expect(text.contains(old), "fixture \(name) lacks \(old)")
                text = text.replacingOccurrences(of: old, with: new)
            }
            try site.write(name, text)
        }
        try edit("fiche-3-waterstofstrategie.txt", [
            ("via de Waterstofbank.", "via de Waterstofbank. \(Self.body)"),
            ("Kamerstuk 36410-L-4↩︎", "Kamerstuk 36410-L-4 \(Self.note)↩︎"),
        ])
        try edit("kamerbrief-waterstof-voortgang.txt", [("Gasunie legt het landelijke netwerk aan.", "Gasunie legt \(Self.action) het netwerk aan.")])
        try edit("kamerbrief-waterstof-voortgang.yml", [("title: Voortgangsbrief waterstof", "title: \"\(Self.title)\"")])
        return site
    }

    /// `text` as it must appear in HTML: visible, with `<`, `>` and `&` escaped.
    func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    @Test("payloads in a fiche, a footnote, a letter action and a sidecar title show as escaped text on every page")
    func pages() throws {
        let site = try hostileSite()
        defer { site.remove() }
        let report = try site.build()
        #expect(!report.failed && report.wroteOutput, "\(report.diagnostics)")
        let tree = try SiteFixture.tree(site.output)
        func page(_ path: String) throws -> String { String(decoding: try #require(tree[path], "no \(path)"), as: UTF8.self) }

        let expectations: [(page: String, payloads: [String])] = [
            ("documenten/fiche-3-waterstofstrategie/index.html", [Self.body, Self.note]),
            ("documenten/fiche-3-waterstofstrategie/pijler-1.html", [Self.body]),
            ("documenten/kamerbrief-waterstof-voortgang/index.html", [Self.action, Self.title]),
            ("documenten/kamerbrief-waterstof-voortgang/pijler-2.html", [Self.title]),
            ("documenten/kamerbrief-waterstof-voortgang/pijler-2-actie-1.html", [Self.action, Self.title]),
            ("index.html", [Self.title]),
            ("dossiers/32813.html", [Self.title]),
        ]
        for (path, payloads) in expectations {
            let html = try page(path)
            for payload in payloads {
                #expect(html.contains(visible(payload)), "\(path) does not show \(payload) as text")
            }
        }
        // In the timeline picture, the title is a mark's tooltip (`<title>` inside the SVG).
        #expect(try page("tijdlijn.html").contains("<title>20 november 2025: Kamerbrief: " + visible(Self.title) + "</title>"))
        for (path, data) in tree where path.hasSuffix(".html") {
            // The renderer's own pictures are the one SVG a page may hold; any other is a payload.
            let html = String(decoding: data, as: UTF8.self)
                .replacingOccurrences(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"picture-svg\"", with: "")
            for tag in ["<img", "<iframe", "<svg", "<script>alert", "<a href=javascript", "</title><script"] {
                #expect(!html.contains(tag), "\(path) contains the markup \(tag)")
            }
            #expect(!html.lowercased().contains("href=\"javascript:"), "\(path) links to javascript:")
            #expect(html.components(separatedBy: "<script").count == html.components(separatedBy: "</script>").count)
        }
        let (problems, _) = try LinkChecker.check(site.output)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    @Test("the search index escapes < so that source text cannot close a script tag, and still reads back")
    func searchIndex() throws {
        let site = try hostileSite()
        defer { site.remove() }
        _ = try site.build()
        let tree = try SiteFixture.tree(site.output)
        let shards = tree.filter { $0.key.hasPrefix("assets/zoekindex/documenten/") }.map { String(decoding: $0.value, as: UTF8.self) }
        #expect(shards.count >= 2)
        #expect(shards.allSatisfy { !$0.contains("<") })
        #expect(shards.contains { $0.contains(#"\u003c/script>\u003cscript>alert(3)\u003c/script>"#) })
        var entries: [[String: String]] = []
        for script in shards { entries += try SearchChunk.entries(script) }
        let texts = entries.compactMap { $0["x"] } + entries.compactMap { $0["t"] }
        for payload in [Self.body, Self.note, Self.action, Self.title] {
            #expect(texts.contains { $0.contains(payload) }, "the index lost \(payload)")
        }
        let (problems, _) = try LinkChecker.checkSearchIndex(site.output)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }
}
