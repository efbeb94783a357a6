import Foundation
import Testing
@testable import KamerArchief

@Suite("Loading templates")
struct TemplateLibraryTests {
    /// The real templates, with `changes` applied.
    func sources(_ changes: [String: String]) throws -> [String: TemplateSource] {
        var sources = try ContentLoader.loadTemplates(
            directory: TestPaths.packageRoot.appendingPathComponent("Templates"), displayPrefix: "Templates")
        for (name, text) in changes {
            sources[name] = TemplateSource(name: name, path: "Templates/\(name)", text: text)
        }
        return sources
    }

    @Test("the shipped templates load without diagnostics")
    func shipped() throws {
        let (_, diagnostics) = TemplateLibrary.load(try sources([:]))
        #expect(diagnostics.isEmpty)
    }

    @Test("a template syntax error is reported at the template's path and line")
    func syntaxError() throws {
        let (_, diagnostics) = TemplateLibrary.load(try sources(["action.md": "# {{actionTitle}}\n\n{{#paragraphs}}\n{{{markdown}}}\n"]))
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == .templateSyntax)
        #expect(diagnostic.location.file == "Templates/action.md")
        #expect(diagnostic.location.line >= 1)
    }

    @Test("an unknown variable is reported at its line and column")
    func unknownVariable() throws {
        let (_, diagnostics) = TemplateLibrary.load(try sources(["dossier.md": "# Dossier {{number}}\n\nTitel: {{titel}}\n"]))
        #expect(diagnostics.map(\.description) == [
            "Templates/dossier.md:3:8: error: [template-unknown-variable] unknown variable 'titel' in a dossier template; see the README's template guide",
        ])
    }

    @Test("a missing template is an error")
    func missing() throws {
        var all = try sources([:])
        all["pillar.md"] = nil
        let (_, diagnostics) = TemplateLibrary.load(all)
        #expect(diagnostics.map(\.code) == [.templateMissing])
    }

    @Test("a broken template fails the build and keeps the previous output")
    func brokenTemplateFailsBuild() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        _ = try site.build()
        let before = try SiteFixture.tree(site.output)
        let templates = site.root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Templates"), to: templates)
        try "# {{title}\n".write(to: templates.appendingPathComponent("index.md"), atomically: true, encoding: .utf8)
        var options = site.options()
        options.templates = templates
        let report = try SiteBuilder.build(options)
        #expect(report.failed && !report.wroteOutput)
        #expect(report.diagnostics.contains { $0.code == .templateSyntax && $0.location.file == "Templates/index.md" })
        #expect(try SiteFixture.tree(site.output) == before)
    }
}
