import Foundation
import Testing
@testable import KamerArchief
@testable import KamerArchiefServe

/// `serve`'s build side with its server: the basic fixture site built, served, edited, broken and
/// fixed, with a page's event stream listening. Waits are on events, with generous timeouts.
@Suite("Serving a site while it is rebuilt")
struct LiveSiteTests {
    static let letter = "kamerbrief-waterstof-voortgang"
    static let letterPage = "/documenten/kamerbrief-waterstof-voortgang/"
    /// The page of the letter's first action, which holds the paragraph the tests edit.
    static let actionPage = "/documenten/kamerbrief-waterstof-voortgang/pijler-1-actie-1.html"

    @Test("the files on disk are exactly those of a plain build; only the served pages carry the reload script")
    func diskHasNoScript() async throws {
        let site = try await LiveSite.start()
        defer { site.remove() }
        await site.stop()
        var plain = site.options
        plain.output = site.fixture.root.appendingPathComponent("Plain")
        plain.cacheDirectory = nil
        let report = try SiteBuilder.build(plain)
        #expect(!report.failed)
        let served = try SiteFixture.tree(site.fixture.output)
        let built = try SiteFixture.tree(plain.output)
        #expect(served.keys.sorted() == built.keys.sorted())
        #expect(served == built)
        #expect(!served.values.contains { String(decoding: $0, as: UTF8.self).contains("kamerarchief-live-reload") })
        #expect(served.keys.contains("documenten/kamerbrief-waterstof-voortgang/index.html"))
    }

    @Test("after a document changes, the site is rebuilt, every open page is told to reload, and the page shows the new text")
    func reloadAfterEdit() async throws {
        let site = try await LiveSite.start()
        defer { site.remove() }
        let before = try await RawHTTP.request(port: site.port, Self.actionPage)
        #expect(before.text.contains("Een tweede ronde volgt in 2026"))
        #expect(before.text.contains("<script id=\"kamerarchief-live-reload\">"))
        let first = try EventClient(port: site.port, since: site.events.build)
        let second = try EventClient(port: site.port, since: site.events.build)
        defer { first.close(); second.close() }
        site.watcher.start()
        try site.edit(Self.letter + ".txt") { $0.replacingOccurrences(of: "Een tweede ronde volgt in 2026", with: "Een derde ronde volgt in 2027") }
        let reload = try await first.next("reload")
        #expect(try await second.next("reload") == reload)
        #expect(reload.data == site.events.build)
        let after = try await RawHTTP.request(port: site.port, Self.actionPage)
        #expect(after.text.contains("Een derde ronde volgt in 2027"))
        #expect(!after.text.contains("Een tweede ronde volgt in 2026"))
        await site.stop()
        #expect(try await first.waitUntilClosed())
    }

    @Test("a page that shows an older build than the last one is told to reload as soon as it connects")
    func stalePageReloads() async throws {
        let site = try await LiveSite.start()
        defer { site.remove() }
        let client = try EventClient(port: site.port, since: "an-older-build")
        defer { client.close() }
        #expect(try await client.next("reload").data == site.events.build)
        await site.stop()
    }

    @Test("a broken template shows its diagnostic over the last good site, and the overlay goes once it is fixed")
    func brokenTemplate() async throws {
        let site = try await LiveSite.start()
        defer { site.remove() }
        let page = try EventClient(port: site.port, since: site.events.build)
        defer { page.close() }
        site.watcher.start()
        let original = try String(contentsOf: site.templates.appendingPathComponent("document.md"), encoding: .utf8)
        try site.write(site.templates.appendingPathComponent("document.md"), original + "\n{{#sections}}\n")
        // The watcher can look while the save is half done (its temporary file beside the old
        // one) and build the old text once more: a reload before the failure.
        let failed = try await page.next("build-failed", skipping: "reload")
        let failure = try JSONDecoder().decode(BuildEvents.Failure.self, from: Data(failed.data.utf8))
        #expect(failure.diagnostics.contains("Templates/document.md:"))
        #expect(failure.diagnostics.contains("error: [template-syntax]"))
        #expect(failure.diagnostics.hasSuffix("1 error, 0 warnings"))
        #expect(failure.title == "The build failed; this is the last site that built.")
        // The last good site is still served, and a page opened now sees the failure at once.
        let still = try await RawHTTP.request(port: site.port, Self.actionPage)
        #expect(still.status == 200)
        #expect(still.text.contains("Een tweede ronde volgt in 2026"))
        let late = try EventClient(port: site.port, since: site.events.build)
        defer { late.close() }
        #expect(try await late.next("build-failed") == failed)

        try site.write(site.templates.appendingPathComponent("document.md"), original)
        let reload = try await page.next("reload")
        #expect(try await late.next("reload") == reload)
        await site.stop()
    }

    @Test("a failure the pages already show is not sent again; a new failure, or the same after a success, is")
    func repeatedFailure() async {
        let events = BuildEvents()
        let stream = events.subscribe(since: nil)
        let broken = BuildEvents.Failure(title: "The build failed", diagnostics: "Templates/document.md:1:1: error")
        events.publishFailure(broken)
        events.publishFailure(broken)
        events.publishFailure(.init(title: "The build failed", diagnostics: "Content/x.txt:2:1: error"))
        events.publishSuccess()
        events.publishFailure(broken)
        events.finishAll()
        var names: [String] = []
        for await event in stream {
            let text = String(decoding: event, as: UTF8.self)
            if let line = text.split(separator: "\n").first, line.hasPrefix("event: ") { names.append(String(line.dropFirst(7))) }
        }
        #expect(names == ["build-failed", "build-failed", "reload", "build-failed"])
    }

    @Test("a broken document shows its diagnostic, sent as JSON text that the page never reads as HTML, until it is fixed")
    func brokenDocument() async throws {
        let site = try await LiveSite.start()
        defer { site.remove() }
        let page = try EventClient(port: site.port, since: site.events.build)
        defer { page.close() }
        site.watcher.start()
        let sidecar = Self.letter + ".yml"
        let original = try String(contentsOf: site.fixture.content.appendingPathComponent(sidecar), encoding: .utf8)
        try site.edit(sidecar) { $0 + "\"<img src=x onerror=alert(1)>\": ja\n" }
        let failed = try await page.next("build-failed", skipping: "reload")
        #expect(!failed.data.contains("\n"))
        let failure = try JSONDecoder().decode(BuildEvents.Failure.self, from: Data(failed.data.utf8))
        #expect(failure.diagnostics.contains("Content/kamerbrief-waterstof-voortgang.yml:4:1: error: [sidecar-unknown-key]"))
        #expect(failure.diagnostics.contains("'<img src=x onerror=alert(1)>'"))
        let still = try await RawHTTP.request(port: site.port, Self.letterPage)
        #expect(still.text.contains("Voortgangsbrief waterstof"))

        try site.edit(sidecar) { _ in original.replacingOccurrences(of: "Voortgangsbrief waterstof", with: "Voortgangsbrief waterstof 2025") }
        _ = try await page.next("reload")
        let fixed = try await RawHTTP.request(port: site.port, Self.letterPage)
        #expect(fixed.text.contains("Voortgangsbrief waterstof 2025"))
        await site.stop()
    }
}

/// The basic fixture site with its own copy of the templates, built once, served on a free port,
/// with a watcher that is started by the test that wants it.
struct LiveSite {
    let fixture: SiteFixture
    let templates: URL
    let options: BuildOptions
    let events: BuildEvents
    let watcher: SiteWatcher
    let server: SiteServer
    let port: UInt16

    static func start() async throws -> LiveSite {
        let fixture = try SiteFixture(copying: "basic")
        let templates = fixture.root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Templates"), to: templates)
        var options = BuildOptions(content: fixture.content.path, templates: templates.path, output: fixture.output.path)
        options.contentDisplay = "Content"
        options.templatesDisplay = "Templates"
        options.cacheDirectory = BuildOptions.defaultCache(for: fixture.output.path)
        let events = BuildEvents()
        let watcher = SiteWatcher(options: options, events: events, interval: 0.05)
        let outcome = try await offPool { watcher.build() }
        guard case .built(let report, _) = outcome, !report.failed else { throw RawHTTPError("the fixture site did not build: \(String(describing: outcome))") }
        let server = try SiteServer(root: fixture.output, host: "127.0.0.1", port: 0, events: events)
        let port = try await server.start()
        return LiveSite(fixture: fixture, templates: templates, options: options, events: events, watcher: watcher, server: server, port: port)
    }

    /// Rewrites a content file (as a new file, as editors do).
    func edit(_ name: String, _ change: (String) -> String) throws {
        let url = fixture.content.appendingPathComponent(name)
        try write(url, change(try String(contentsOf: url, encoding: .utf8)))
    }

    func write(_ url: URL, _ text: String) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func stop() async {
        try? await offPool { [watcher] in watcher.stop() }
        await server.stop()
    }

    /// Stops what a failed test left running, then removes the folder.
    func remove() {
        watcher.stop()
        Task { [server] in await server.stop() }
        fixture.remove()
    }
}
