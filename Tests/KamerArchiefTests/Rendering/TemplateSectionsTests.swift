import Foundation
import Mustache
import Testing
@testable import KamerArchief

/// The layout's sections rendered once and reused render exactly what the layout renders in place,
/// the first time and every time after, whitespace and standalone lines included.
@Suite("Layout sections rendered once")
struct TemplateSectionsTests {
    static func context(current: Int, crumbs: Int) -> [String: Any] { [
        "title": "<Titel> & *nadruk*", "siteTitle": "Archief", "root": "../", "content": "<p>inhoud</p>",
        "nav": (0..<3).map { ["title": "Link \($0)", "url": "pagina-\($0).html", "isCurrent": $0 == current] as [String: Any] },
        "breadcrumbs": (0..<crumbs).map { ["title": "Kruimel \($0)", "url": "k\($0).html", "isCurrent": $0 == crumbs - 1] as [String: Any] },
    ] }

    /// What swift-mustache renders from the layout parsed whole, as the library did before.
    func inPlace(_ text: String, _ context: [String: Any]) throws -> String {
        try MustacheTemplate(string: "{{% CONTENT_TYPE: KAMERARCHIEF_HTML}}" + text).render(TemplateContext(context))
    }

    func library(_ text: String) -> TemplateLibrary {
        TemplateLibrary.load([TemplateLibrary.layoutName: TemplateSource(name: TemplateLibrary.layoutName, path: "Templates/layout.html", text: text)]).library
    }

    @Test("the shipped layout's navigation and breadcrumbs are rendered apart, and fill every page as before")
    func shippedLayout() throws {
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Templates/layout.html"), encoding: .utf8)
        let extracted = try #require(TemplateSections.extract(text))
        #expect(extracted.sections.map { $0.list } == ["nav", "breadcrumbs"])
        #expect(extracted.sections.map { $0.names } == [["isCurrent", "title", "url"], ["isCurrent", "title", "url"]])
        let library = library(text)
        for round in 0..<1_200 {
            let context = Self.context(current: round % 4, crumbs: round % 3 == 0 ? 0 : 1 + round % 5)
            #expect(library.render(.layout, context) == (try inPlace(text, context)), "round \(round)")
        }
        // The navigation's items are six links (three, each current or not), and the breadcrumbs'
        // items, the last one included, come back every 15 rounds.
        let reused = library.reusedLayoutParts
        #expect(reused.count == 2)
        #expect(reused.first == 1_200 * 3 - 6)
        #expect(reused.last.map { $0 > 2_000 } == true)
    }

    /// A random layout: the splitter tests' random pieces between sections over `nav` or
    /// `breadcrumbs` that are whole lines, or nearly, of the items' names and others.
    static func layout(_ generator: inout TemplateGenerator) -> String {
        let body = ["{{title}}", "{{{url}}}", "{{& title}}", "{{#isCurrent}}*{{/isCurrent}}", "{{^isCurrent}}-{{/isCurrent}}", " ", "x",
                    "\n", "{{! c }}", "{{siteTitle}}"]
        var text = ""
        for _ in 0..<(1 + generator.next(6)) {
            guard generator.next(3) > 0 else {
                text += generator.piece(depth: 0)
                continue
            }
            let list = ["nav", "breadcrumbs"][generator.next(2)]
            text += ["", "\n", "a\n", "{{title}}\n"][generator.next(4)] + ["", "  "][generator.next(2)] + "{{#\(list)}}"
            text += ["\n", " \n", "\r\n", " y\n"][generator.next(4)]
            for _ in 0..<(1 + generator.next(4)) { text += body[generator.next(body.count)] }
            text += "\n" + ["", "\t"][generator.next(2)] + "{{/\(list)}}" + ["\n", "  \n", "", " z\n"][generator.next(4)]
        }
        return text
    }

    @Test("random layouts render the same with their sections reused as in place, again and again")
    func randomLayouts() throws {
        var generator = TemplateGenerator(seed: 3)
        var reused = 0
        for _ in 0..<600 {
            let text = Self.layout(&generator)
            if let extracted = TemplateSections.extract(text),
                extracted.sections.contains(where: { Set($0.names).isSubset(of: ["title", "url", "isCurrent"]) }) {
                reused += 1
            }
            let library = library(text)
            // Rounds 3 and 4 repeat rounds 1 and 0: their outputs are the kept ones.
            for round in [0, 1, 2, 1, 0] {
                let context = Self.context(current: round % 2, crumbs: round)
                #expect(library.render(.layout, context) == (try inPlace(text, context)), "template: \(text.debugDescription)")
            }
        }
        #expect(reused > 200)
    }

    @Test("a section is reused only when it is whole lines of plain names")
    func qualifying() {
        #expect(TemplateSections.extract("<ul>{{#nav}}<li>{{title}}</li>{{/nav}}</ul>\n") == nil)
        #expect(TemplateSections.extract("{{#nav}}\n{{title.text}}\n{{/nav}}\n") == nil)
        #expect(TemplateSections.extract("{{#nav}}\n{{uppercased(title)}}\n{{/nav}}\n") == nil)
        #expect(TemplateSections.extract("{{#nav}}\n{{.}}\n{{/nav}}\n") == nil)
        #expect(TemplateSections.extract("{{^nav}}\ngeen\n{{/nav}}\n") == nil)
        let found = TemplateSections.extract("<ul>\n  {{#nav}}\n<li>{{! link }}{{#isCurrent}}*{{/isCurrent}}{{{title}}}</li>\n{{/nav}}  \r\n</ul>\n")
        #expect(found?.root == "<ul>\n{{>__section0}}\n</ul>\n")
        #expect(found?.sections.map { $0.names } == [["isCurrent", "title"]])
    }

    @Test("an item without a name the section reads is rendered in place, where the name comes from the page")
    func missingName() throws {
        let text = "{{#nav}}\n{{title}} {{siteTitle}}\n{{/nav}}\n{{#breadcrumbs}}\n{{title}}{{url}}\n{{/breadcrumbs}}\n"
        var context = Self.context(current: 0, crumbs: 2)
        context["breadcrumbs"] = [["title": "zonder adres"]] as [[String: Any]]
        let library = library(text)
        for siteTitle in ["Een", "Twee", "Een"] {
            context["siteTitle"] = siteTitle
            #expect(library.render(.layout, context) == (try inPlace(text, context)))
        }
    }
}

extension TemplateSectionsTests {
    @Test("a section whose items never repeat stops being kept, and renders as in place before and after")
    func uniqueItems() throws {
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Templates/layout.html"), encoding: .utf8)
        let library = library(text)
        for round in 0..<600 {
            var context = Self.context(current: round % 4, crumbs: 0)
            context["breadcrumbs"] = (0..<(1 + round % 9)).map { ["title": "Kruimel \(round)-\($0)", "url": "k\(round).html", "isCurrent": $0 == 0] as [String: Any] }
            #expect(library.render(.layout, context) == (try inPlace(text, context)), "round \(round)")
        }
        // Past the trial (about 3,000 items), the breadcrumbs render in place; the navigation's parts
        // are still reused.
        #expect(library.reusedLayoutParts.last == 0)
        #expect(library.reusedLayoutParts.first == 600 * 3 - 6)
    }
}

extension TemplateSectionsTests {
    @Test("a page's HTML put into the layout as bytes gives the file the layout filled with it as text gives")
    func layoutPages() throws {
        var generator = TemplateGenerator(seed: 11)
        let contents = ["{{{content}}}", "{{{content}}}", "{{{ content }}}", "{{& content}}", "{{& content}}",
                        "{{content}}", "{{#content}}[{{{content}}}]{{/content}}", "{{^content}}-{{/content}}"]
        let htmls = ["<h1>Titel</h1>\n<p>a &amp; b</p>\n", "", "x\r", "\r", "é\n", LayoutPlaceholder.text, "<kamerarchief-content-1>\n"]
        var spliced = 0, filled = 0
        for round in 0..<600 {
            var text = Self.layout(&generator)
            for _ in 0..<(1 + generator.next(2)) {
                let offset = text.utf8.count == 0 ? 0 : generator.next(text.utf8.count + 1)
                let cut = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                // Only between tags: a tag cut in two does not parse.
                guard text[..<cut].filter({ $0 == "{" }).count == text[..<cut].filter({ $0 == "}" }).count else { continue }
                text.insert(contentsOf: contents[generator.next(contents.count)], at: cut)
            }
            text += ["", "\n", "\r\n", " "][generator.next(4)]
            let library = library(text)
            var context = Self.context(current: round % 2, crumbs: round % 3)
            if round % 5 == 0 { context["title"] = LayoutPlaceholder.text }
            let html = htmls[round % htmls.count]
            var asText = context
            asText["content"] = html
            let expected = Array(library.render(.layout, asText).withFinalNewline.utf8)
            #expect(library.layoutPage(TemplateContext(context), html: Array(html.utf8)) == expected, "template: \(text.debugDescription)")
            if library.layoutSplicesContent, text.contains("content") { spliced += 1 } else { filled += 1 }
        }
        #expect(spliced > 80 && filled > 150, "\(spliced) spliced, \(filled) filled")
        // The shipped layout's HTML goes in as bytes; a layout that escapes, transforms or tests
        // `content` anywhere is filled with it as text.
        let shipped = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Templates/layout.html"), encoding: .utf8)
        #expect(LayoutPlaceholder.showsContentAsIs(shipped))
        for layout in ["<main>{{{content}}}</main>", "{{& content }}", "{{{ content }}}\n{{{content}}}", "{{title}}"] {
            #expect(LayoutPlaceholder.showsContentAsIs(layout), "\(layout)")
        }
        for layout in ["{{content}}", "{{{content}}}{{content}}", "{{#content}}x{{/content}}", "{{^content}}x{{/content}}",
                       "{{{uppercased(content)}}}", "{{{content.count}}}", "{{{content}}}{{#reversed(content)}}{{.}}{{/reversed(content)}}"] {
            #expect(!LayoutPlaceholder.showsContentAsIs(layout), "\(layout)")
        }
    }
}
