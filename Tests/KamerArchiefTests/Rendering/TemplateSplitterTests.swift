import Foundation
import Testing
@testable import KamerArchief

/// A large template is parsed in small parts that include each other as partials (swift-mustache
/// parses one whole template in quadratic time). The parts must render exactly what the whole
/// template renders, whitespace and standalone lines included.
@Suite("Templates parsed in parts")
struct TemplateSplitterTests {
    /// Every template is split, into parts of a few bytes and two partials per part at most.
    static let everything = TemplateLibrary.Splitting(above: 0, partSize: 12, fanOut: 2)

    static var context: [String: Any] { [
        "title": "<Titel> & *nadruk*", "siteTitle": "Archief", "root": "../", "content": "<p>inhoud</p>",
        "nav": [["title": "Een", "url": "een.html", "isCurrent": true], ["title": "Twee", "url": "twee.html", "isCurrent": false]],
        "breadcrumbs": [] as [Any],
    ] }

    func load(_ name: String, _ text: String, splitting: TemplateLibrary.Splitting) -> (TemplateLibrary, [Diagnostic]) {
        TemplateLibrary.load([name: TemplateSource(name: name, path: "Templates/\(name)", text: text)], splitting: splitting)
    }

    func rendered(_ pageType: PageType, _ text: String, splitting: TemplateLibrary.Splitting) throws -> String {
        let (library, diagnostics) = load(pageType.templateName, text, splitting: splitting)
        #expect(!diagnostics.contains { $0.code != .templateMissing }, "\(diagnostics)")
        return library.render(pageType, Self.context)
    }

    @Test("random templates render the same whole and in parts, as HTML and as CommonMark", arguments: [PageType.layout, .search])
    func randomTemplates(pageType: PageType) throws {
        var generator = TemplateGenerator(seed: pageType == .layout ? 1 : 2)
        var split = 0
        for round in 0..<600 {
            let text = generator.template()
            let splitting = TemplateLibrary.Splitting(above: 0, partSize: [4, 8, 16, 30][round % 4], fanOut: 2 + round % 3)
            let whole = try rendered(pageType, text, splitting: TemplateLibrary.Splitting())
            let parts = try rendered(pageType, text, splitting: splitting)
            #expect(whole == parts, "template: \(text.debugDescription), parts of \(splitting.partSize) bytes")
            if case .success(let result) = TemplateSplitter.split(text, prelude: "", partSize: splitting.partSize, fanOut: splitting.fanOut),
               !result.parts.isEmpty { split += 1 }
        }
        // Most of the generated templates were really cut into parts.
        #expect(split > 300)
    }

    @Test("standalone section and comment lines keep their meaning across a cut")
    func standaloneLines() throws {
        let text = "x {{title}}\n  {{#nav}}\n  - {{title}}\n  {{/nav}}\n{{! a comment }}\n{{^breadcrumbs}}\ngeen\n{{/breadcrumbs}}\nend {{siteTitle}}{{title}}{{root}}\n"
        let whole = try rendered(.layout, text, splitting: TemplateLibrary.Splitting())
        #expect(whole == "x &lt;Titel&gt; &amp; *nadruk*\n  - Een\n  - Twee\ngeen\nend Archief&lt;Titel&gt; &amp; *nadruk*../\n")
        #expect(try rendered(.layout, text, splitting: Self.everything) == whole)
    }

    @Test("the fixture sites built with every template in parts equal the sites built whole", arguments: ["basic", "pictures"])
    func sites(name: String) throws {
        let site = try SiteFixture(copying: name)
        defer { site.remove() }
        _ = try site.build()
        var options = site.options(output: site.root.appendingPathComponent("Split"))
        options.templateSplitting = Self.everything
        let report = try SiteBuilder.build(options)
        #expect(!report.failed)
        let whole = try SiteFixture.tree(site.output), split = try SiteFixture.tree(site.root.appendingPathComponent("Split"))
        #expect(whole.count > 20)
        #expect(whole == split)
    }

    @Test("a 2 MB template is cut into parts of bounded size, on one line or on many")
    func largeTemplate() throws {
        let shapes = ["{{title}} en {{#nav}}{{title}}{{/nav}}; ", "{{#nav}}[{{title}}]({{url}}) {{root}}; {{/nav}}{{title}} ",
                      "{{#nav}}\n- [{{title}}]({{url}})\n{{/nav}}\n"]
        for line in shapes {
            let text = String(repeating: line, count: 2_000_000 / line.utf8.count)
            guard case .success(let result) = TemplateSplitter.split(text, prelude: "") else {
                Issue.record("the template did not split")
                return
            }
            // The parser's work per tag is the length of its part, so bounded parts make it linear.
            #expect(result.parts.count > 2_000)
            #expect(result.parts.map(\.text.utf8.count).max()! < 4 * 512)
            #expect(result.root.utf8.count < 4 * 512)
        }
    }

    @Test("structural errors in a large template are reported at their line and column")
    func structuralErrors() throws {
        let filler = String(repeating: "{{title}}\n", count: 3_000)
        let cases: [(String, String)] = [
            ("{{#nav}}\n{{title}}\n" + filler, "Templates/layout.html:3001:1: error: [template-syntax] template syntax error: the section opened here is never closed"),
            ("{{#nav}}{{/breadcrumbs}}\n" + filler, "Templates/layout.html:3001:9: error: [template-syntax] template syntax error: '{{/breadcrumbs}}' closes the section opened at line 3001 by another name"),
            ("x {{/nav}}\n" + filler, "Templates/layout.html:3001:3: error: [template-syntax] template syntax error: '{{/nav}}' closes no section"),
            ("x {{title\n", "Templates/layout.html:3001:3: error: [template-syntax] template syntax error: a tag opened here is never closed with }}"),
        ]
        for (tail, expected) in cases {
            let (_, diagnostics) = load("layout.html", filler + tail, splitting: TemplateLibrary.Splitting())
            #expect(diagnostics.filter { $0.code != .templateMissing }.map(\.description) == [expected])
        }
    }

    @Test("an error on the first line of a small template is reported at its own column, the escaping pragma before it not counted")
    func firstLineColumn() throws {
        for name in ["layout.html", "dossier.md"] {
            // The same tag on the second line, where no pragma stands before it, gives the column.
            let first = load(name, "x {{/nav}}\n", splitting: TemplateLibrary.Splitting()).1.filter { $0.code == .templateSyntax }
            let second = load(name, "\nx {{/nav}}\n", splitting: TemplateLibrary.Splitting()).1.filter { $0.code == .templateSyntax }
            #expect(first.count == 1 && second.count == 1)
            #expect(first.map(\.location.line) == [1] && second.map(\.location.line) == [2])
            #expect(first.map(\.location.column) == second.map(\.location.column))
            #expect(first.allSatisfy { $0.location.column < 10 })
        }
    }

    @Test("a tag the parser rejects inside a part is reported at its own line")
    func errorInsidePart() throws {
        let filler = String(repeating: "{{title}}\n", count: 3_000)
        let (_, diagnostics) = load("layout.html", filler + "tekst {{% CONTENT_TYPE: NOPE}}\n" + filler, splitting: TemplateLibrary.Splitting())
        let errors = diagnostics.filter { $0.code == .templateSyntax }
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 3001)
    }

    @Test("sections nested more than 64 deep are an error, not a stack overflow")
    func depth() throws {
        let deep = String(repeating: "{{#nav}}", count: 10_000) + String(repeating: "{{/nav}}", count: 10_000)
        for text in [deep, deep + String(repeating: "{{title}}\n", count: 3_000)] {
            let (_, diagnostics) = load("layout.html", text, splitting: TemplateLibrary.Splitting())
            #expect(diagnostics.contains { $0.code == .templateSyntax && $0.message.contains("nested more than 64 deep") })
        }
    }
}

/// Random templates over the layout's names, built to hit what makes Mustache whitespace subtle:
/// standalone tags, indentation, tags at line ends, text that starts or ends with spaces.
struct TemplateGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 | 1 }

    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % UInt64(bound))
    }

    mutating func template() -> String {
        var text = ""
        for _ in 0..<(1 + next(12)) { text += piece(depth: 0) }
        return text
    }

    mutating func piece(depth: Int) -> String {
        let simple = ["tekst", " ", "  ", "\t", "\n", "\r\n", "a b", "{{title}}", "{{{siteTitle}}}", "{{& root}}",
                      "{{! opmerking }}", " {{root}} ", "\n  ", "x\n", "é"]
        switch next(depth < 3 ? 20 : 15) {
        case 0..<15:
            return simple[next(simple.count)]
        default:
            let (open, close) = [("{{#nav}}", "{{/nav}}"), ("{{^breadcrumbs}}", "{{/breadcrumbs}}"),
                                 ("{{#isCurrent}}", "{{/isCurrent}}")][next(3)]
            let usable = open.contains("isCurrent") ? "{{#nav}}" : ""
            let before = ["", "\n", "  ", "x "][next(4)], after = ["", "\n", " ", "y"][next(4)]
            var body = ""
            for _ in 0..<(1 + next(5)) { body += piece(depth: depth + 1) }
            let closing = ["", "\n", "  "][next(3)] + close + ["", "\n", " z"][next(3)]
            return before + usable + open + after + body + closing + (usable.isEmpty ? "" : "{{/nav}}")
        }
    }
}
