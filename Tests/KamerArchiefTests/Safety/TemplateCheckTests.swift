import Foundation
import Testing
@testable import KamerArchief

/// Templates never fail silently: partials and delimiter changes are rejected, and a variable is
/// checked against the section it is used in.
@Suite("Template checking")
struct TemplateCheckTests {
    func diagnostics(_ name: String, appending text: String) throws -> [Diagnostic] {
        var sources = try ContentLoader.loadTemplates(directory: TestPaths.packageRoot.appendingPathComponent("Templates"), displayPrefix: "Templates")
        var source = try #require(sources[name])
        source.text += text
        sources[name] = source
        return TemplateLibrary.load(sources).diagnostics
    }

    func lineCount(_ name: String) throws -> Int {
        try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Templates/\(name)"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).count
    }

    @Test("the repository's templates pass the section-aware check")
    func repositoryTemplates() throws {
        #expect(try diagnostics("index.md", appending: "").isEmpty)
    }

    @Test("a list item's field used at the top level of index.md is a template-unknown-variable error at its place")
    func outsideItsSection() throws {
        let found = try diagnostics("index.md", appending: "\nDossier: {{kamerstuk}}\n")
        #expect(found.count == 1)
        #expect(found.first?.code == .templateUnknownVariable)
        #expect(found.first?.message == "variable 'kamerstuk' used outside the section that provides it in a index template; see the README's template guide")
        #expect(found.first?.location == SourceLocation(file: "Templates/index.md", line: try lineCount("index.md") + 1, column: 10))
        #expect(try diagnostics("index.md", appending: "\n{{#documents}}{{kamerstuk}}{{/documents}}\n").isEmpty)
    }

    @Test("a partial is rejected with a template-syntax error, never rendered as nothing")
    func partial() throws {
        let found = try diagnostics("document.md", appending: "\n{{> voettekst}}\n")
        #expect(found.map(\.code) == [.templateSyntax])
        #expect(found.first?.message.contains("partials ({{> name}}) are not supported") == true)
    }

    @Test("a delimiter change is rejected with a template-syntax error, so no tag escapes the check")
    func delimiters() throws {
        let found = try diagnostics("index.md", appending: "\n{{=<% %>=}}\n<% geheim %>\n")
        #expect(found.map(\.code) == [.templateSyntax])
        #expect(found.first?.message.contains("delimiter changes") == true)
    }

    @Test("a dotted name needs its last part among the fields of the first")
    func dotted() throws {
        #expect(try diagnostics("document.md", appending: "\n{{document.kamerstuk}}\n").isEmpty)
        let found = try diagnostics("document.md", appending: "\n{{document.kenmerk}}\n")
        #expect(found.map(\.message) == ["unknown variable 'kenmerk' in a document template; see the README's template guide"])
    }
}
