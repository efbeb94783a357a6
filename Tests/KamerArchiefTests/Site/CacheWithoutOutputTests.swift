import Foundation
import Testing
@testable import KamerArchief

/// A restored cache without its output, as on a CI runner: nothing unchanged is parsed again,
/// every page is rendered, and the site equals a clean build.
@Suite("Build cache without its output")
struct CacheWithoutOutputTests {
    @Test("with Output deleted, a rebuild parses nothing, renders every page and equals a clean build")
    func outputDeleted() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        var options = site.options()
        options.cacheDirectory = site.root.appendingPathComponent(".kamerarchief-cache")
        let first = try SiteBuilder.build(options)
        #expect(first.parsedDocuments == 2)
        let clean = try SiteFixture.tree(site.output)
        try FileManager.default.removeItem(at: site.output)

        let second = try SiteBuilder.build(options)
        #expect(!second.upToDate)
        #expect(second.parsedDocuments == 0)
        #expect(second.renderedJobs == first.renderedJobs)
        #expect(try SiteFixture.tree(site.output) == clean)
    }

    @Test("content and cache copied to a new folder (a fresh checkout with the cache restored) parse nothing")
    func freshCheckout() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        var options = site.options()
        options.cacheDirectory = site.root.appendingPathComponent(".kamerarchief-cache")
        _ = try SiteBuilder.build(options)

        let runner = try SiteFixture(copying: "basic")
        defer { runner.remove() }
        try FileManager.default.copyItem(at: site.root.appendingPathComponent(".kamerarchief-cache"), to: runner.root.appendingPathComponent(".kamerarchief-cache"))
        var restored = runner.options()
        restored.cacheDirectory = runner.root.appendingPathComponent(".kamerarchief-cache")
        let report = try SiteBuilder.build(restored)
        #expect(report.parsedDocuments == 0)
        #expect(report.documentCount == 2)
        #expect(try SiteFixture.tree(runner.output) == (try SiteFixture.tree(site.output)))
    }

    @Test("an output that is not the one the cache describes is rendered anew, not patched")
    func otherOutput() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        var options = site.options()
        options.cacheDirectory = site.root.appendingPathComponent(".kamerarchief-cache")
        let first = try SiteBuilder.build(options)
        let clean = try SiteFixture.tree(site.output)
        // Another folder with a stale index.html under the same name: its pages cannot be trusted.
        try FileManager.default.removeItem(at: site.output)
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        try Data("oud\n".utf8).write(to: site.output.appendingPathComponent("index.html"))
        let second = try SiteBuilder.build(options)
        #expect(!second.upToDate)
        #expect(second.renderedJobs == first.renderedJobs)
        #expect(try SiteFixture.tree(site.output) == clean)
    }
}
