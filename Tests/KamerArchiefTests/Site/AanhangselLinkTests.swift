import Foundation
import Testing
@testable import KamerArchief

/// Kamervragen are the Aanhangsel publication their house, vergaderjaar and number make
/// (`ah-tk-20242025-1002`), whatever their file is called: a citation of that publication links to
/// their page when the archive holds them, else to officielebekendmakingen.nl.
@Suite("Aanhangsel citations link to the archive's kamervragen")
struct AanhangselLinkTests {
    static let official = "https://zoek.officielebekendmakingen.nl/ah-tk-20242025-1002.html"

    @Test("the identity of kamervragen: from the PDF's head and from the XML's kamervraagkop, none for a zaak number")
    func identity() throws {
        let (pdf, _) = try ingestPDFFixture("aanhangsel-kamervragen.pdf")
        #expect(pdf?.summary.publication == "ah-tk-20242025-1234")
        #expect(pdf?.summary.citedPublications == ["ah-tk-20242025-1002"])
        let xml = try String(contentsOf: TestPaths.fixture("variants/kamervragen-antwoord.xml"), encoding: .utf8)
        let (answered, _) = Ingester.ingest(ContentFile(path: "Content/v.xml", stem: "v", bytes: Array(xml.utf8)))
        #expect(answered?.publication == "ah-tk-20242025-1234")
        let open = xml.replacingOccurrences(of: "<kamervraagnummer>1234<", with: "<kamervraagnummer>2025Z01234<")
        let (unanswered, _) = Ingester.ingest(ContentFile(path: "Content/v.xml", stem: "v", bytes: Array(open.utf8)))
        #expect(unanswered?.kind == .kamervragen && unanswered?.publication == nil)
    }

    @Test("adding the cited kamervragen turns the link into the archive's page, removing them turns it back; each incremental build equals a clean one")
    func linkFollowsTheArchive() throws {
        let workspace = try IncrementalBuildTests.Workspace()
        defer { workspace.site.remove() }
        let xml = try String(contentsOf: TestPaths.fixture("variants/kamervragen-antwoord.xml"), encoding: .utf8)
        try workspace.expectLinkFollowsTheArchive(
            citing: ("celfabriek.pdf", try Data(contentsOf: TestPaths.fixture("pdf/aanhangsel-kamervragen.pdf"))),
            cited: ("buurtbatterijen.xml", xml.replacingOccurrences(of: "<kamervraagnummer>1234<", with: "<kamervraagnummer>1002<")),
            official: Self.official,
            link: #"<a href="../buurtbatterijen/index.html" class="citation">Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1002</a>"#)
    }
}
