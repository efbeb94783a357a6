import Foundation
import Testing
@testable import KamerArchief

@Suite("Building a site")
struct SiteBuilderTests {
    @Test("two builds of the same input give byte-identical trees")
    func deterministic() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let second = site.root.appendingPathComponent("Output2")
        _ = try site.build()
        _ = try site.build(output: second)
        let first = try SiteFixture.tree(site.output), other = try SiteFixture.tree(second)
        #expect(first.count > 10)
        #expect(first == other)
    }

    @Test("a failing build leaves the previous Output untouched")
    func atomic() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let good = try site.build()
        #expect(!good.failed && good.wroteOutput)
        let before = try SiteFixture.tree(site.output)
        try Data([0x41, 0x00, 0x42]).write(to: site.content.appendingPathComponent("kapot.txt"))
        try site.write("fiche-3-waterstofstrategie.txt", "veranderd, en niet meer herkenbaar\n")
        let bad = try site.build()
        #expect(bad.failed)
        #expect(!bad.wroteOutput)
        #expect(bad.diagnostics.contains { $0.code == .binaryFile && $0.location.file == "Content/kapot.txt" })
        #expect(try SiteFixture.tree(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test("--keep-going writes the site without the failed document and still fails")
    func keepGoing() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try site.write("onbekend.txt", "Een los briefje zonder bekend formaat.\nTweede regel.\n")
        let report = try site.build(keepGoing: true)
        #expect(report.failed)
        #expect(report.wroteOutput)
        #expect(report.diagnostics.contains { $0.code == .unknownFormat && $0.location.file == "Content/onbekend.txt" })
        let tree = try SiteFixture.tree(site.output)
        #expect(tree["documenten/fiche-3-waterstofstrategie/index.html"] != nil)
        #expect(!tree.keys.contains { $0.contains("onbekend") })
    }

    @Test("an unknown format is an error that lists the known formats")
    func unknownFormat() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try site.write("notities.md", "# Notities\n\nGewoon wat tekst.\n")
        let report = try site.build()
        let diagnostic = try #require(report.diagnostics.first { $0.code == .unknownFormat })
        #expect(diagnostic.description.hasPrefix("Content/notities.md: error: [unknown-format]"))
        #expect(diagnostic.message.contains("fiche") && diagnostic.message.contains("kamerbrief"))
    }

    @Test("two documents with the same id are an error naming both")
    func duplicateIDs() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let text = try String(contentsOf: site.content.appendingPathComponent("fiche-3-waterstofstrategie.txt"), encoding: .utf8)
        try site.write("fiche-3-waterstofstrategie.tekst", text)
        let report = try site.build()
        let duplicates = report.diagnostics.filter { $0.code == .duplicateID }
        #expect(duplicates.count == 2)
        #expect(duplicates.allSatisfy {
            $0.message.contains("Content/fiche-3-waterstofstrategie.tekst") && $0.message.contains("Content/fiche-3-waterstofstrategie.txt")
        })
        #expect(!report.wroteOutput)
    }

    @Test("a sidecar that is not text is an error at the sidecar's path, and the output is kept")
    func binarySidecar() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        _ = try site.build()
        let before = try SiteFixture.tree(site.output)
        try Data([0x74, 0x69, 0x74, 0x6C, 0x65, 0x00, 0x01]).write(to: site.content.appendingPathComponent("kamerbrief-waterstof-voortgang.yml"))
        var options = site.options()
        options.cacheDirectory = site.root.appendingPathComponent("cache")
        let report = try SiteBuilder.build(options)
        #expect(report.failed && !report.wroteOutput)
        #expect(report.diagnostics.contains { $0.code == .binaryFile && $0.location.file == "Content/kamerbrief-waterstof-voortgang.yml" })
        #expect(try SiteFixture.tree(site.output) == before)
    }

    @Test("invalid UTF-8 in a sidecar is reported at its position, also through the cached build")
    func sidecarInvalidUTF8() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try (Array("title: Voortgang ".utf8) + [0xFF] + Array("\n".utf8)).withUnsafeBytes {
            try Data($0).write(to: site.content.appendingPathComponent("kamerbrief-waterstof-voortgang.yml"))
        }
        var options = site.options()
        options.cacheDirectory = site.root.appendingPathComponent("cache")
        let report = try SiteBuilder.build(options)
        #expect(report.diagnostics.contains {
            $0.code == .invalidUTF8 && $0.location == SourceLocation(file: "Content/kamerbrief-waterstof-voortgang.yml", line: 1, column: 18)
        })
    }

    @Test("an output path that is a file is an environment error")
    func outputIsFile() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try Data("x".utf8).write(to: site.output)
        #expect(throws: BuildError.self) { try site.build() }
        #expect(FileManager.default.contents(atPath: site.output.path) == Data("x".utf8))
    }

    @Test("an empty content folder is an environment error")
    func emptyContent() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        for name in try FileManager.default.contentsOfDirectory(atPath: site.content.path) {
            try FileManager.default.removeItem(at: site.content.appendingPathComponent(name))
        }
        #expect(throws: BuildError.environment("Content: the content folder holds no documents")) { try site.build() }
    }

    @Test("markup in source text reaches the page as visible text, never as markup")
    func hostileText() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        _ = try site.build()
        for (path, data) in try SiteFixture.tree(site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path) contains source markup")
        }
    }

    @Test("sitemap, feed and canonical links appear only with a base URL")
    func publishingExtras() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        _ = try site.build()
        var tree = try SiteFixture.tree(site.output)
        #expect(tree["sitemap.xml"] == nil && tree["feed.xml"] == nil)
        _ = try site.build(baseURL: "https://example.org/archief")
        tree = try SiteFixture.tree(site.output)
        let sitemap = String(decoding: try #require(tree["sitemap.xml"]), as: UTF8.self)
        #expect(sitemap.contains("<loc>https://example.org/archief/index.html</loc>"))
        // Every page of every document, pillar and action, and no other.
        let documentPages = Set(tree.keys.filter { $0.hasPrefix("documenten/") && $0.hasSuffix(".html") })
        let listed = Set(sitemap.components(separatedBy: "<loc>https://example.org/archief/").dropFirst()
            .compactMap { $0.components(separatedBy: "</loc>").first }.filter { $0.hasPrefix("documenten/") })
        #expect(documentPages.count > 5 && listed == documentPages)
        let feed = String(decoding: try #require(tree["feed.xml"]), as: UTF8.self)
        #expect(feed.contains("<entry>"))
        let index = String(decoding: try #require(tree["index.html"]), as: UTF8.self)
        #expect(index.contains("<link rel=\"canonical\" href=\"https://example.org/archief/index.html\">"))
    }
}
