import Foundation
import Testing
@testable import KamerArchief

@Suite("Topics on the built site")
struct TopicSiteTests {
    static let seedContent = TestPaths.packageRoot.appendingPathComponent("Content")

    /// Builds the seeds (with their glossary) into a fresh folder; the caller removes `root`.
    static func buildSeeds(baseURL: String? = nil) throws -> (root: URL, output: URL, report: BuildReport) {
        let root = try CommandRunner.temporaryDirectory()
        let output = root.appendingPathComponent("Output")
        var options = BuildOptions(
            content: seedContent.path, templates: TestPaths.packageRoot.appendingPathComponent("Templates").path,
            output: output.path, baseURL: baseURL)
        options.contentDisplay = "Content"
        return (root, output, try SiteBuilder.build(options))
    }

    static func text(_ output: URL, _ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// `href`s of links whose text is exactly `label`.
    static func hrefs(in html: String, label: String) -> [String] {
        let pattern = #"<a href="([^"]*)">"# + NSRegularExpression.escapedPattern(for: label) + "</a>"
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap {
            Range($0.range(at: 1), in: html).map { String(html[$0]) }
        }
    }

    @Test("built from the seeds, the Material Independence page shows 291 and 296 miljoen side by side, linked to their paragraphs")
    func materialIndependenceAmounts() throws {
        let (root, output, report) = try Self.buildSeeds()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(report.diagnostics.errorCount == 0)
        let page = "onderwerpen/material-independence-circular-batteries.html"
        let html = try Self.text(output, page)
        #expect(html.contains("<h1>Material Independence &amp; Circular Batteries</h1>"))
        let fiche = try #require(Self.hrefs(in: html, label: "EUR 291 miljoen").first)
        let letter = try #require(Self.hrefs(in: html, label: "€ 296 miljoen").first)
        #expect(fiche.hasPrefix("../documenten/fiche-10-battery-booster-strategie/index.html#p-"))
        #expect(letter.hasPrefix("../documenten/kamerbrief-batterijstrategie-bijlage/"))
        // Both in the one amounts table, and each link lands on a paragraph that says the amount.
        let tableStart = try #require(html.range(of: "<table>")), tableEnd = try #require(html.range(of: "</table>"))
        let table = html[tableStart.lowerBound..<tableEnd.upperBound]
        #expect(table.contains("EUR 291 miljoen") && table.contains("€ 296 miljoen"))
        for (href, amount) in [(fiche, "EUR 291 miljoen"), (letter, "€ 296 miljoen")] {
            let parts = href.dropFirst(3).split(separator: "#").map(String.init)
            let target = try Self.text(output, parts[0])
            let start = try #require(target.range(of: "<span id=\"\(parts[1])\"></span>"))
            let paragraph = target[start.upperBound...].prefix { $0 != "\n" }
            #expect(paragraph.contains(amount), "\(href) does not say \(amount)")
        }
        let archive = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/archive.json"))) as! [String: Any]
        let topic = try #require((archive["topics"] as? [[String: Any]])?.first { $0["id"] as? String == "material-independence-circular-batteries" })
        let amounts = (topic["amounts"] as? [[String: Any]]) ?? []
        let euros = Dictionary(grouping: amounts, by: { $0["document"] as! String }).mapValues { $0.map { $0["euros"] as! Int } }
        #expect(euros["fiche-10-battery-booster-strategie"]?.contains(291_000_000) == true)
        #expect(euros["kamerbrief-batterijstrategie-bijlage"]?.contains(296_000_000) == true)
    }

    @Test("every topic in the seeded glossary has at least one mention")
    func everySeedTopicIsMentioned() throws {
        let glossary = try Glossary.load(contentDirectory: Self.seedContent, displayPrefix: "Content")
        #expect(glossary.diagnostics.isEmpty, "\(glossary.diagnostics)")
        #expect(glossary.topics.count >= 10)
        let content = try ContentLoader.load(contentDirectory: Self.seedContent, displayPrefix: "Content")
        let index = TopicLinker.index(glossary.topics, documents: Ingester.ingest(content.files).documents)
        let unmentioned = index.entries.filter { $0.mentions.isEmpty }.map(\.topic.id)
        #expect(unmentioned.isEmpty)
        let shared = index.entries.filter { $0.documents.count == 2 }.map(\.topic.id)
        #expect(shared.contains("critical-raw-materials-act") && shared.contains("bcc-nl") && shared.contains("material-independence-circular-batteries"))
    }

    @Test("every link on the seed site resolves, topic pages, timeline and search entries included")
    func seedLinksResolve() throws {
        let (root, output, _) = try Self.buildSeeds()
        defer { try? FileManager.default.removeItem(at: root) }
        let tree = try SiteFixture.tree(output)
        #expect(tree["onderwerpen/index.html"] != nil && tree["tijdlijn.html"] != nil && tree["onderwerpen/bcc-nl.html"] != nil)
        let (problems, checked) = try LinkChecker.check(output)
        #expect(checked > 500)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        let (searchProblems, _) = try LinkChecker.checkSearchIndex(output)
        #expect(searchProblems.isEmpty, "\(searchProblems.prefix(10))")
        let search = String(decoding: try #require(tree["assets/zoekindex/documenten/_onderwerpen-0.js"]), as: UTF8.self)
        #expect(try SearchChunk.entries(search).contains { $0["u"] == "onderwerpen/critical-raw-materials-act.html" })
        let index = try Self.text(output, "index.html")
        #expect(index.contains(">Onderwerpen</a>") && index.contains(">Tijdlijn</a>"))
    }

    @Test("document text links the first mention per section to the topic page, and not the later ones")
    func firstMentionLinks() throws {
        let (root, output, _) = try Self.buildSeeds()
        defer { try? FileManager.default.removeItem(at: root) }
        // The action on the Batterijenverordening names it six times; one link.
        let action = try Self.text(output, "documenten/kamerbrief-batterijstrategie-bijlage/pijler-2-actie-1.html")
        let links = action.components(separatedBy: "href=\"../../onderwerpen/batterijverordening.html\" class=\"topic\"").count - 1
        #expect(links == 1)
        #expect(action.components(separatedBy: "Batterijenverordening").count - 1 > 3)
        // Never a link inside a link (a citation around a topic or the other way round).
        for (path, data) in try SiteFixture.tree(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.range(of: #"<a [^>]*class="(topic|citation)"[^>]*>[^<]*<a "#, options: .regularExpression) == nil, "\(path)")
        }
    }

    @Test("the timeline's year pages put dated statements about topics in date order, each linked to its paragraph")
    func timeline() throws {
        let (root, output, _) = try Self.buildSeeds()
        defer { try? FileManager.default.removeItem(at: root) }
        // The statements tables of the year pages, in the order of the timeline's table per year
        // (whose rows have no id, unlike those of the picture's table).
        let page = try Self.text(output, "tijdlijn.html")
        let years = try NSRegularExpression(pattern: #"<tr><td><a href="(tijdlijn/\d{4}\.html)">\d{4}</a></td>"#)
        let paths = years.matches(in: page, range: NSRange(page.startIndex..., in: page)).compactMap { Range($0.range(at: 1), in: page).map { String(page[$0]) } }
        #expect(paths == ["tijdlijn/2022.html", "tijdlijn/2023.html", "tijdlijn/2025.html", "tijdlijn/2026.html"])
        let html = try paths.map { path in
            let year = try Self.text(output, path)
            return String(year[try #require(year.range(of: "<h2>Gedateerde uitspraken</h2>")).upperBound...])
        }.joined()
        let inForce = try #require(html.range(of: "Op 18 augustus 2023 is de Europese Batterijenverordening in werking getreden."))
        let agreement = try #require(html.range(of: "Op 13 november 2023 is er een politiek akkoord bereikt op de CRMA"))
        let strategy = try #require(html.range(of: "De Nederlandse grondstoffenstrategie d.d. 9 december 2022"))
        #expect(strategy.lowerBound < inForce.lowerBound && inForce.lowerBound < agreement.lowerBound)
        #expect(!Self.hrefs(in: html, label: "18 augustus 2023").filter { $0.contains("#p-") }.isEmpty)
        #expect(try Self.text(output, "tijdlijn/2026.html").contains("Mededeling Battery Booster-strategie"))
    }

    @Test("feeds per dossier and per topic appear only with a base URL, and two builds are identical")
    func feeds() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        _ = try site.build()
        var tree = try SiteFixture.tree(site.output)
        #expect(!tree.keys.contains { $0.hasSuffix(".xml") })
        let second = site.root.appendingPathComponent("Output2")
        _ = try site.build(baseURL: "https://example.org/archief")
        _ = try site.build(output: second, baseURL: "https://example.org/archief")
        tree = try SiteFixture.tree(site.output)
        #expect(tree == (try SiteFixture.tree(second)))
        let dossier = String(decoding: try #require(tree["dossiers/32852.xml"]), as: UTF8.self)
        #expect(dossier.contains("<link rel=\"self\" href=\"https://example.org/archief/dossiers/32852.xml\"/>"))
        #expect(dossier.contains("<entry>"))
        let topic = String(decoding: try #require(tree["onderwerpen/waterstofbank.xml"]), as: UTF8.self)
        #expect(topic.contains("<link href=\"https://example.org/archief/documenten/fiche-3-waterstofstrategie/index.html#p-52\"/>"))
        #expect(topic.contains("<updated>2025-"))
    }

    @Test("a broken glossary fails the build with its file, line and column")
    func brokenGlossary() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try site.write("topics.yml", "- name: Waterstofbank\n  kind: fund\n  beschrijving: x\n")
        let report = try site.build()
        #expect(report.failed && !report.wroteOutput)
        let codes = report.diagnostics.filter { $0.location.file == "Content/topics.yml" }.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue)" }
        #expect(codes == ["1:3 glossary-missing-field", "3:3 glossary-unknown-key"])
    }

    @Test("suggest-topics lists the recurring abbreviations that the glossary lacks, with count and example")
    func suggestTopics() throws {
        let root = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.seedContent.path) where name != "topics.yml" {
            try FileManager.default.copyItem(at: Self.seedContent.appendingPathComponent(name), to: content.appendingPathComponent(name))
        }
        try "- name: Horizon Europe\n  kind: programme\n  description: Onderzoek.\n".write(
            to: content.appendingPathComponent("topics.yml"), atomically: true, encoding: .utf8)

        let (suggestions, _) = try TopicSuggester.suggest(contentDirectory: content, displayPrefix: "Content")
        let bcc = try #require(suggestions.first { $0.term == "BCC-NL" })
        #expect(bcc.isAbbreviation && bcc.documentCount == 2 && bcc.count >= 10)
        #expect(bcc.exampleDocument == "fiche-10-battery-booster-strategie" && bcc.exampleSnippet.contains("BCC-NL"))
        let crma = try #require(suggestions.first { $0.term == "CRMA" })
        #expect(crma.documentCount == 2 && crma.expansion == "Europese Critical Raw Materials Act")
        #expect(!suggestions.contains { $0.term == "Horizon Europe" })
        #expect(suggestions.allSatisfy { $0.documentCount >= 2 })

        // With the seeded glossary, those are covered.
        let seeded = try TopicSuggester.suggest(contentDirectory: Self.seedContent, displayPrefix: "Content").suggestions
        #expect(!seeded.contains { ["BCC-NL", "CRMA", "Nationaal Groeifonds"].contains($0.term) })

        let result = try CommandRunner.kamerarchief(["suggest-topics", "--content", content.path])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").contains { $0.hasPrefix("BCC-NL (") && $0.contains("afkorting · ") && $0.contains("in 2 documenten") })
        let again = try CommandRunner.kamerarchief(["suggest-topics", "--content", content.path])
        #expect(again.stdout == result.stdout)
    }
}
