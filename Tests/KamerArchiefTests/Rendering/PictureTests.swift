import Foundation
import Testing
@testable import KamerArchief

@Suite("Pictures: build-time SVG charts")
struct PictureTests {
    @Test("a label is cut to its width as Characters cut it, on the bytes of printable ASCII too")
    func fittedLabels() {
        /// The cut as first written, by Characters.
        func reference(_ text: String, limit: Int) -> String {
            guard text.count > limit, limit > 1 else { return text }
            return String(text.prefix(limit - 1)).trimmingCharacters(in: " ") + "…"
        }
        var generator = SeededGenerator(seed: 51)
        let pieces = ["a", "Kamerstuk", " ", "  ", "36", "é", "e\u{301}", "\r\n", "~", "\u{7F}", "😀"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...20, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let width = Double(Int.random(in: 0...60, using: &generator)) * 12 * 0.62
            #expect(TextMeasure.fit(text, maxWidth: width, fontSize: 12) == reference(text, limit: Int(width / (12 * 0.62))), "\(text.debugDescription)")
        }
    }

    @Test("a source title with markup stays text inside the SVG and its table")
    func escaping() throws {
        let hostile = "<script>alert(\"x\")</script> & 'co'"
        let node = CitationGraph.Node(id: "a", label: hostile, href: "a.html?x=\"><script>")
        let cited = CitationGraph.Node(id: "b", label: "Kamerstuk 1 nr. 2", href: "b.html")
        let html = try #require(CitationGraph.picture(dossier: "1", citing: [node], cited: [cited], edges: [.init(from: 0, to: 0)])).html
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"))
        #expect(html.contains("href=\"a.html?x=&quot;&gt;&lt;script&gt;\""))
    }

    @Test("a picture's data table escapes every value it writes: id, caption, headers, row ids, cells and their links")
    func tableEscaping() {
        var table = PictureTable(caption: "<b>&", headers: ["a\"b", "c"], rows: [
            [.init(text: "<i>"), .init(text: "x&y", href: "?a=1&b=\"2\"")],
            [.init(text: "'t'"), .init(text: "plain")],
        ])
        table.rowIDs = ["jaar-\"<>", nil]
        #expect(table.html(id: "t\"1") == "<div class=\"table-wrap picture-data\" id=\"t&quot;1\"><table>\n<caption>&lt;b&gt;&amp;</caption>\n"
            + "<thead><tr><th scope=\"col\">a&quot;b</th><th scope=\"col\">c</th></tr></thead>\n<tbody>\n"
            + "<tr id=\"jaar-&quot;&lt;&gt;\"><td>&lt;i&gt;</td><td><a href=\"?a=1&amp;b=&quot;2&quot;\">x&amp;y</a></td></tr>\n"
            + "<tr><td>&#39;t&#39;</td><td>plain</td></tr>\n</tbody>\n</table></div>\n")
    }

    @Test("the SVG is labelled: role img, a title and a description named by aria-labelledby")
    func accessibleSVG() throws {
        let bars = [AmountChart.Bar(document: "Fiche 3", date: "2025-09-12", text: "EUR 291 miljoen", euros: 291_000_000, href: "#p-1")]
        let html = try #require(AmountChart.picture(topic: "Waterstofbank", bars: bars)).html
        #expect(html.contains("role=\"img\" aria-labelledby=\"bedragen-beeld-titel bedragen-beeld-beschrijving\""))
        #expect(html.contains("<title id=\"bedragen-beeld-titel\">Bedragen per document</title>"))
        #expect(html.contains("<desc id=\"bedragen-beeld-beschrijving\">Staafdiagram: 1 bedrag bij Waterstofbank"))
        #expect(html.contains("<table>"))
    }

    @Test("amounts written two ways stand side by side, each labelled as written and linked to its paragraph")
    func amountsAsWritten() throws {
        let bars = [
            AmountChart.Bar(document: "Fiche 10", date: "2023-03-10", text: "EUR 291 miljoen", euros: 291_000_000, href: "../documenten/fiche/index.html#p-40"),
            AmountChart.Bar(document: "Kamerbrief", date: "2023-06-14", text: "€ 296 miljoen", euros: 296_000_000, href: "../documenten/brief/index.html#p-12"),
        ]
        let html = try #require(AmountChart.picture(topic: "Nationaal Groeifonds", bars: bars)).html
        #expect(html.contains(">EUR 291 miljoen</text>"))
        #expect(html.contains(">€ 296 miljoen</text>"))
        #expect(html.contains("<a href=\"../documenten/fiche/index.html#p-40\"><title>Fiche 10, 10 maart 2023: EUR 291 miljoen (€ 291.000.000)</title>"))
        #expect(html.contains("<td>14 juni 2023</td><td><a href=\"../documenten/brief/index.html#p-12\">€ 296 miljoen</a></td><td>€ 296.000.000</td>"))
    }

    @Test("dates are written the Dutch way", arguments: [
        ("2023-08-18", "18 augustus 2023"), ("2023-05", "mei 2023"), ("2024-01-01", "1 januari 2024"), ("onbekend", "onbekend"),
    ])
    func dutchDates(iso: String, expected: String) {
        #expect(DutchDateText.string(iso) == expected)
    }

    @Test("documents per year: every year from first to last has a row, bars stack kinds and link to the timeline year")
    func archiveYears() throws {
        let input = ArchiveYearsChart.Input(
            documents: [(.fiche, "2021-02-01"), (.fiche, "2021-11-30"), (.kamerbrief, "2023-06-14"), (.motie, nil)],
            yearHref: { "tijdlijn.html#jaar-\($0)" })
        let picture = try #require(ArchiveYearsChart.picture(input))
        #expect(picture.table.headers == ["Jaar", "Totaal", "BNC-fiches", "Kamerbrieven"])
        #expect(picture.table.rows.map { $0.map(\.text) } == [["2021", "2", "2", "0"], ["2022", "0", "0", "0"], ["2023", "1", "0", "1"]])
        #expect(picture.summary.contains("3 gedateerde documenten") && picture.summary.contains("1 document zonder datum staat er niet in"))
        #expect(picture.body.contains("<a href=\"tijdlijn.html#jaar-2021\"><title>2021: 2 documenten (2 bnc-fiches)</title>"))
    }

    @Test("a hundred statements in one week form one cluster that shows its count")
    func denseCluster() {
        let entries = (1...100).map { TimelineChart.Entry(lane: "Waterstofbank", rank: 2, date: "2024-03-0\($0 % 7 + 1)", label: "zin \($0)", href: "#p-\($0)") }
        let clusters = TimelineChart.clusters(entries, x: { _ in 100 })
        #expect(clusters.count == 1)
        #expect(clusters[0].entries.count == 100)
        #expect(clusters[0].width == 31)
    }

    @Test("clusters along a lane never overlap, however the dates fall")
    func clustersDoNotOverlap() {
        var dates: [String] = []
        for month in 1...12 { for day in stride(from: 1, through: 28, by: month % 4 + 1) { dates.append("2020-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)") } }
        let entries = dates.map { TimelineChart.Entry(lane: "L", rank: 0, date: $0, label: $0, href: "#\($0)") }
        // 160 px for the year: about one pixel in two days, so neighbours collide and merge.
        let clusters = TimelineChart.clusters(entries) { date in
            let parts = date.split(separator: "-").compactMap { Double($0) }
            return ((parts[1] - 1) * 31 + parts[2]) * 160 / 372
        }
        #expect(clusters.map(\.entries.count).reduce(0, +) == dates.count)
        #expect(clusters.count > 1 && clusters.count < dates.count)
        for (left, right) in zip(clusters, clusters.dropFirst()) {
            #expect(right.x - TimelineChart.markRadius >= left.x - TimelineChart.markRadius + left.width + TimelineChart.gap)
        }
    }

    @Test("a cluster links to its first entry's row on the year page, a single mark to its paragraph, a year with a page from its axis label and table row")
    func timelineLinks() throws {
        let entries = [
            TimelineChart.Entry(lane: "L", rank: 2, date: "2023-08-18", label: "eerste", href: "documenten/a/index.html#p-1",
                                rowHref: "tijdlijn/2023.html#uitspraken-2023-08-18"),
            TimelineChart.Entry(lane: "L", rank: 2, date: "2023-08-19", label: "tweede", href: "documenten/a/index.html#p-2",
                                rowHref: "tijdlijn/2023.html#uitspraken-2023-08-19"),
            TimelineChart.Entry(lane: "L", rank: 2, date: "2025-03-01", label: "los", href: "documenten/b/index.html#p-9",
                                rowHref: "tijdlijn/2025.html#uitspraken-2025-03-01"),
        ]
        let picture = try #require(TimelineChart.picture(entries) { $0 == "2024" ? nil : "tijdlijn/\($0).html" })
        #expect(picture.body.contains("<a href=\"tijdlijn/2023.html#uitspraken-2023-08-18\"><title>2 vermeldingen, 18 augustus 2023 tot 19 augustus 2023; de link gaat naar de lijst van 2023, vanaf de eerste: eerste</title><rect "))
        #expect(picture.body.contains("<a href=\"documenten/b/index.html#p-9\"><title>1 maart 2025: los</title><circle "))
        #expect(picture.body.contains("<a href=\"tijdlijn/2023.html\"><title>2023: alle documenten en gedateerde uitspraken</title><text "))
        #expect(!picture.body.contains("tijdlijn/2024.html") && picture.body.contains(">2024</text>"))
        #expect(picture.table.rows.map { $0[0].href } == ["tijdlijn/2023.html", nil, "tijdlijn/2025.html"])
        #expect(picture.table.rowIDs == ["jaar-2023", "jaar-2024", "jaar-2025"])
    }

    @Test("ten thousand timeline entries make an SVG under one megabyte, with at most twelve lanes")
    func largeTimeline() throws {
        let entries = (0..<10_000).map { index in
            TimelineChart.Entry(
                lane: "Dossier \(30000 + index % 40)", rank: 0,
                date: "\(2000 + index % 25)-\(index % 12 < 9 ? "0" : "")\(index % 12 + 1)-\(10 + index % 18)",
                label: "Kamerbrief: document \(index)", href: "documenten/d\(index)/index.html")
        }
        let picture = try #require(TimelineChart.picture(entries))
        #expect(picture.html.utf8.count < 1_000_000)
        #expect(picture.body.components(separatedBy: "stroke=\"#888\"").count - 1 == TimelineChart.maxLanes)
        #expect(picture.body.contains("Overige (29 banen)"))
        #expect(picture.table.rows.count == 25)
    }

    @Test("the citation graph orders the cited layer by the mean row of its citers, ties by number")
    func barycenterOrder() {
        let edges: [CitationGraph.Edge] = [.init(from: 0, to: 2), .init(from: 1, to: 0), .init(from: 2, to: 1), .init(from: 2, to: 0)]
        // Kamerstuk 2: row 0; Kamerstuk 0: rows 1 and 2 (1.5); Kamerstuk 1: row 2.
        #expect(CitationGraph.rightOrder(count: 3, edges: edges) == [2, 0, 1])
        #expect(CitationGraph.rightOrder(count: 4, edges: edges) == [2, 0, 1])
    }

    @Test("the citation graph's table lists each citing document's targets in number order, whatever the order of the edges")
    func citationTable() throws {
        var generator = SeededGenerator(seed: 77)
        for _ in 0..<300 {
            let citing = (0..<Int.random(in: 1...50, using: &generator)).map { CitationGraph.Node(id: "d\($0)", label: "D\($0)", href: "d\($0).html") }
            let cited = (0..<Int.random(in: 1...50, using: &generator)).map { CitationGraph.Node(id: "k\($0)", label: "K\($0)", href: "k\($0).html") }
            // Edges in any order, repeats included, some pointing past either layer.
            var edges = (0..<Int.random(in: 1...200, using: &generator)).map { _ in
                CitationGraph.Edge(from: Int.random(in: 0...citing.count, using: &generator), to: Int.random(in: 0...cited.count, using: &generator))
            }
            edges.append(.init(from: 0, to: 0))
            let table = try #require(CitationGraph.picture(dossier: "1", citing: citing, cited: cited, edges: edges)).table
            #expect(table.rows.count == citing.count)
            for (index, row) in table.rows.enumerated() {
                let targets = edges.filter { $0.from == index && $0.to < cited.count }.map(\.to).sorted().map { "K\($0)" }
                #expect(row.map(\.text) == ["D\(index)", targets.joined(separator: "; ")])
            }
        }
    }

    @Test("a picture block renders its figure in place; an unknown number renders nothing")
    func pictureBlock() {
        let links = LinkTable()
        let block = links.picture(utf8: Array("<figure id=\"f\">x</figure>\n".utf8))
        let html = CommonMark.render("# Kop\n" + block + "\nTekst\n\n```picture 7\n```\n", links: links)
        #expect(html == "<h1>Kop</h1>\n<figure id=\"f\">x</figure>\n<p>Tekst</p>\n")
    }

    @Test("every picture variable is known to the template checker of its page type")
    func templateVariables() {
        func topLevel(_ type: PageType) -> Set<String> {
            Set(TemplateScope.parse(TemplateVariables.names(for: type).joined(separator: ",")).names.keys)
        }
        #expect(topLevel(.index).contains("archiveSVG"))
        #expect(topLevel(.timeline).contains("timelineSVG"))
        #expect(topLevel(.topic).contains("amountsSVG"))
        #expect(topLevel(.dossier).isSuperset(of: ["kamerstukkenSVG", "citationGraphSVG"]))
        #expect(!topLevel(.dossiers).contains("timelineSVG"))
    }
}

/// The pictures' markup as text, to read in tests.
private extension Picture {
    var html: String { String(decoding: utf8, as: UTF8.self) }
}

private extension PictureTable {
    func html(id: String) -> String {
        var html: [UInt8] = []
        appendHTML(id: id, to: &html)
        return String(decoding: html, as: UTF8.self)
    }
}
