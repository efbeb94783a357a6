import Foundation
import Testing
@testable import KamerArchief

/// A document's page says where the archive cites it (`Aangehaald in` among its facts): a
/// Kamerstuk how many places in how many other documents, linked to its entry on its dossier's
/// page; a publication without a dossier (a debate, kamervragen) each document that cites it.
@Suite("Where the archive cites a document")
struct CitedInTests {
    /// The letter that the fixtures' debates cite as Kamerstuk 32 813, nr. 1520.
    static func citedLetter() throws -> String {
        try TestPaths.fixtureText("variants/pagina-tk-brief.txt").replacingOccurrences(of: "Nr. 1521 BRIEF", with: "Nr. 1520 BRIEF")
    }

    static func row(_ value: String) -> String { "<td>\(PageRenderer.citedInLabel)</td><td>\(value)</td>" }

    @Test("adding, retitling and removing the citing debate: the cited debate lists it, the cited letter counts it; each incremental build equals a clean one")
    func followsTheCitingDocument() throws {
        let workspace = try IncrementalBuildTests.Workspace()
        defer { workspace.site.remove() }
        let site = workspace.site
        func page(_ id: String) throws -> String {
            try String(contentsOf: site.output.appendingPathComponent(Permalinks.document(id)), encoding: .utf8)
        }
        try site.write("debat-netcongestie.txt", try HandelingenLinkTests.citedDebate())
        try site.write("brief-1520.txt", try Self.citedLetter())
        _ = try workspace.expectIncrementalEqualsClean("the cited documents alone")
        #expect(!(try page("debat-netcongestie")).contains(">\(PageRenderer.citedInLabel)<"))
        // The cited debate (a copy of the citing one) cites the letter twice itself.
        let letterEntry = "../../dossiers/32813.html#kst-32813-1520"
        #expect(try page("brief-1520").contains(Self.row(#"<a href="\#(letterEntry)">2 plaatsen in 1 document</a>"#)))

        let citing = try TestPaths.fixtureText("variants/handeling-ob.txt")
        try site.write("debat-batterijen.txt", citing)
        _ = try workspace.expectIncrementalEqualsClean("the citing debate added")
        #expect(try page("debat-netcongestie").contains(Self.row(#"<a href="../debat-batterijen/index.html">Nationale batterijstrategie (2026-03-12)</a>"#)))
        #expect(try page("brief-1520").contains(Self.row(#"<a href="\#(letterEntry)">4 plaatsen in 2 documenten</a>"#)))
        // The citing debate is cited by nothing.
        #expect(!(try page("debat-batterijen")).contains(">\(PageRenderer.citedInLabel)<"))

        try site.write("debat-batterijen.txt", citing.replacingOccurrences(of: "\n9 Nationale batterijstrategie\n", with: "\n9 Batterijen\n"))
        _ = try workspace.expectIncrementalEqualsClean("the citing debate retitled")
        #expect(try page("debat-netcongestie").contains(Self.row(#"<a href="../debat-batterijen/index.html">Batterijen (2026-03-12)</a>"#)))

        try FileManager.default.removeItem(at: site.content.appendingPathComponent("debat-batterijen.txt"))
        _ = try workspace.expectIncrementalEqualsClean("the citing debate removed")
        #expect(!(try page("debat-netcongestie")).contains(">\(PageRenderer.citedInLabel)<"))
        #expect(try page("brief-1520").contains(Self.row(#"<a href="\#(letterEntry)">2 plaatsen in 1 document</a>"#)))
    }
}
