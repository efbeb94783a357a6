import Foundation
import Testing
@testable import KamerArchief

/// A debate's report through a whole build: the speakers' labels stand out, and the speakers in the
/// document's facts lead to their first turns.
@Suite("Debate reports on their page")
struct DebatePageTests {
    @Test("the page sets each label in emphasis and links each speaker to the anchor of their first turn")
    func speakersLinkToTheirTurns() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try FileManager.default.copyItem(
            at: TestPaths.fixture("variants/pagina-commissiedebat.txt"), to: site.content.appendingPathComponent("commissiedebat.txt"))
        let report = try site.build()
        #expect(!report.failed && report.wroteOutput)
        let page = try String(contentsOf: site.output.appendingPathComponent("documenten/commissiedebat/index.html"), encoding: .utf8)

        #expect(page.contains("<em>De heer Erkens (VVD):</em></p>"))
        #expect(page.contains("<em>Mevrouw Kröger (GroenLinks-PvdA):</em></p>"))
        let row = try #require(page.split(separator: "\n").first { $0.contains("<td>Sprekers</td>") })
        let links = row.matches(of: /<a href="#(p-\d+)">([^<]+)<\/a>/).map { (String($0.output.1), String($0.output.2)) }
        #expect(links.map(\.1) == [
            "De heer Erkens (VVD)", "Mevrouw Kröger (GroenLinks-PvdA)", "De heer Bontenbal (CDA)", "Minister Hermans", "De heer Vermeer (BBB)",
        ])
        // Each anchor is that speaker's first label.
        for (anchor, speaker) in links {
            #expect(page.contains("<span id=\"\(anchor)\"></span><em>\(speaker):</em>"), "\(speaker)")
        }
    }
}
