import Foundation
import Testing
@testable import KamerArchief

/// A fiche of about `bytes` bytes: the seed fiche with the paragraphs of its "Essentie Nederlands
/// beleid" section repeated until it is that long. Also written by `Tests/perf/hostile-large.sh`.
func largeFiche(bytes: Int) throws -> String {
    let lines = try TestPaths.fixtureText("fiches/seed-fiche.txt").split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex { $0.hasSuffix("Essentie Nederlands beleid op dit terrein") }) + 1
    let end = try #require(lines.firstIndex { $0.hasSuffix("Beoordeling + inzet ten aanzien van dit voorstel") })
    let paragraphs = lines[start..<end].joined(separator: "\n") + "\n"
    var body = ""
    body.reserveCapacity(bytes + paragraphs.utf8.count)
    let rest = lines[..<start].joined(separator: "\n").utf8.count + lines[end...].joined(separator: "\n").utf8.count
    while body.utf8.count + rest < bytes { body += paragraphs }
    return lines[..<start].joined(separator: "\n") + "\n" + body + lines[end...].joined(separator: "\n")
}

@Suite("Large documents")
struct LargeDocumentTests {
    /// Modest here, for a debug build; `make hostile-large` builds the 50 MB case with the release binary.
    static let size = 2_000_000

    @Test("a 2 MB fiche of repeated real paragraphs builds without errors", .timeLimit(.minutes(2)))
    func largeFicheBuilds() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let text = try largeFiche(bytes: Self.size)
        #expect(text.utf8.count >= Self.size)
        try site.write("fiche-3-waterstofstrategie.txt", text)
        let started = ContinuousClock.now
        let report = try site.build()
        let elapsed = ContinuousClock.now - started
        #expect(report.diagnostics.errorCount == 0, "\(report.diagnostics.prefix(5))")
        #expect(report.wroteOutput)
        let page = try #require(FileManager.default.contents(atPath: site.output.appendingPathComponent("documenten/fiche-3-waterstofstrategie/index.html").path))
        #expect(page.count > Self.size)
        #expect(elapsed < .seconds(60), "a 2 MB fiche took \(elapsed)")
    }
}
