import Foundation
import Testing
@testable import KamerArchief

/// Reads the fixture at `relativePath` (below `Fixtures/`) through the whole ingest stage, as a build
/// would, from `Content/` under the same path; the file's name up to its first `.` is its stem.
func ingestFixture(_ relativePath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Document {
    let bytes = try fixtureBytes(relativePath)
    let stem = String(relativePath.split(separator: "/").last!.prefix { $0 != "." })
    let file = ContentFile(path: "Content/\(relativePath)", stem: stem, bytes: bytes)
    return try #require(Ingester.ingest(file).document, sourceLocation: sourceLocation)
}

/// Reads `text` through the whole ingest stage as the file `Content/<name>` (its stem the name up to
/// its first `.`): the document it gives.
func ingestText(_ text: String, name: String = "doc.txt", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Document {
    let file = ContentFile(path: "Content/\(name)", stem: String(name.prefix { $0 != "." }), bytes: Array(text.utf8))
    return try #require(Ingester.ingest(file).document, sourceLocation: sourceLocation)
}

/// The bytes of the fixture at `relativePath` (below `Fixtures/`).
func fixtureBytes(_ relativePath: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: TestPaths.fixture(relativePath)))
}

extension TestPaths {
    /// The fixture's text with its blank lines taken out, as some sites' pages are saved; the
    /// fixture must have some.
    static func fixtureTextWithoutBlankLines(_ relativePath: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
        let text = try fixtureText(relativePath)
        let compact = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n") + "\n"
        #expect(compact != text, sourceLocation: sourceLocation)
        return compact
    }

    /// The fixture's text with `insertion` put right before the first `anchor` in it.
    static func fixtureText(
        _ relativePath: String, inserting insertion: String, before anchor: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> String {
        var text = try fixtureText(relativePath)
        let range = try #require(text.range(of: anchor), "fixture lacks \(anchor)", sourceLocation: sourceLocation)
        text.insert(contentsOf: insertion, at: range.lowerBound)
        return text
    }
}
