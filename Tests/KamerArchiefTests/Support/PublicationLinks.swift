import Foundation
import Testing
@testable import KamerArchief

extension IncrementalBuildTests.Workspace {
    /// Builds the archive with `citing` alone, then with `cited` added, then with `cited` removed
    /// again, each incremental build equal to a clean one: the citing document's page links the
    /// citation to the official publication, then (`link`, the whole anchor) to the cited
    /// document's page, then to the official publication again.
    func expectLinkFollowsTheArchive(
        citing: (name: String, bytes: Data), cited: (name: String, text: String), official: String, link: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        try citing.bytes.write(to: site.content.appendingPathComponent(citing.name))
        let stem = String(citing.name.prefix { $0 != "." })
        let page = site.output.appendingPathComponent(Permalinks.document(stem))
        _ = try expectIncrementalEqualsClean("the citing document alone", sourceLocation: sourceLocation)
        #expect(try String(contentsOf: page, encoding: .utf8).contains(official), sourceLocation: sourceLocation)

        try site.write(cited.name, cited.text)
        let added = try expectIncrementalEqualsClean("the cited document added", sourceLocation: sourceLocation)
        #expect(added.parsedDocuments == 1, sourceLocation: sourceLocation)
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains(official), sourceLocation: sourceLocation)
        #expect(html.contains(link), sourceLocation: sourceLocation)
        let (problems, _) = try LinkChecker.check(site.output)
        #expect(problems.isEmpty, "\(problems.prefix(5))", sourceLocation: sourceLocation)

        try FileManager.default.removeItem(at: site.content.appendingPathComponent(cited.name))
        _ = try expectIncrementalEqualsClean("the cited document removed", sourceLocation: sourceLocation)
        #expect(try String(contentsOf: page, encoding: .utf8).contains(official), sourceLocation: sourceLocation)
    }
}
