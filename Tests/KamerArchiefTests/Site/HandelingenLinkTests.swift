import Foundation
import Testing
@testable import KamerArchief

/// A debate's item of the Handelingen is the publication its house, vergaderjaar, meeting and item
/// make (`h-tk-20252026-41-7`), whatever its file is called: a citation of it links to its page when
/// the archive holds it, else to officielebekendmakingen.nl.
@Suite("Handelingen citations link to the archive's debates")
struct HandelingenLinkTests {
    static let official = "https://zoek.officielebekendmakingen.nl/h-tk-20252026-41-7.html"

    /// The fixture's debate as another item: the one it cites (nr. 41, item 7, on 5 februari 2026).
    static func citedDebate() throws -> String {
        try TestPaths.fixtureText("variants/handeling-ob.txt")
            .replacingOccurrences(of: "nr. 58, item 912 maart 2026", with: "nr. 41, item 75 februari 2026")
            .replacingOccurrences(of: "\n9 Nationale batterijstrategie\n", with: "\n7 Netcongestie\n")
    }

    @Test("adding the cited debate turns the link into the archive's page, removing it turns it back; each incremental build equals a clean one")
    func linkFollowsTheArchive() throws {
        let workspace = try IncrementalBuildTests.Workspace()
        defer { workspace.site.remove() }
        try workspace.expectLinkFollowsTheArchive(
            citing: ("debat-batterijen.txt", Data(try TestPaths.fixtureText("variants/handeling-ob.txt").utf8)),
            cited: ("debat-netcongestie.txt", try Self.citedDebate()),
            official: Self.official,
            link: #"<a href="../debat-netcongestie/index.html" class="citation">Handelingen II 2025/26, nr. 41, item 7</a>"#)
    }

    @Test("the cited item published as XML is the item too: the link follows it into and out of the archive")
    func linkFollowsTheXMLItem() throws {
        let workspace = try IncrementalBuildTests.Workspace()
        defer { workspace.site.remove() }
        let cited = try TestPaths.fixtureText("variants/handeling.xml")
            .replacingOccurrences(of: "h-tk-20252026-58-9/metadata.xml", with: "h-tk-20252026-41-7/metadata.xml")
            .replacingOccurrences(of: "<item-titel>Nationale batterijstrategie</item-titel>", with: "<item-titel>Netcongestie</item-titel>")
        try workspace.expectLinkFollowsTheArchive(
            citing: ("debat-batterijen.txt", Data(try TestPaths.fixtureText("variants/handeling-ob.txt").utf8)),
            cited: ("debat-netcongestie.xml", cited),
            official: Self.official,
            link: #"<a href="../debat-netcongestie/index.html" class="citation">Handelingen II 2025/26, nr. 41, item 7</a>"#)
    }

    @Test("the item's XML and its page are one paper: the archive keeps the XML and warns about the page")
    func duplicateItemAcrossForms() throws {
        let files = try [("a.txt", "variants/handeling-ob.txt"), ("b.xml", "variants/handeling.xml")].map { name, fixture in
            ContentFile(path: "Content/\(name)", stem: String(name.prefix(1)), bytes: Array(try TestPaths.fixtureText(fixture).utf8))
        }
        let documents = try files.map { file in (summary: try #require(Ingester.ingest(file).document).summary, source: file.path) }
        let (diagnostics, superseded) = Ingester.duplicateKamerstukken(documents)
        #expect(superseded == ["Content/a.txt"], "\(superseded)")
        #expect(diagnostics.count == 1 && diagnostics.first?.location.file == "Content/a.txt", "\(diagnostics)")
    }

    @Test("the same item in two forms is one paper: the archive keeps one and warns")
    func duplicateItem() throws {
        let text = try TestPaths.fixtureText("variants/handeling-ob.txt")
        let documents = try ["a.txt", "b.txt"].map { name in
            let (document, _) = Ingester.ingest(ContentFile(path: "Content/\(name)", stem: String(name.prefix(1)), bytes: Array(text.utf8)))
            return (summary: try #require(document).summary, source: "Content/\(name)")
        }
        let (diagnostics, superseded) = Ingester.duplicateKamerstukken(documents)
        #expect(superseded.count == 1)
        #expect(diagnostics.first?.message.contains("Handelingen h-tk-20252026-58-9") == true, "\(diagnostics)")
    }
}
