import Foundation
import Mustache
import Testing
@testable import KamerArchief

/// Template sections whose items are filled into shapes render exactly what the template renders in
/// place, for every item, whitespace, standalone lines and escaping included.
@Suite("Template sections filled into shapes")
struct TemplateSectionsTests {
    static let layoutScope = TemplateVariables.scope(for: .layout)

    static func context(current: Int, crumbs: Int) -> [String: Any] { [
        "title": "<Titel> & *nadruk*", "siteTitle": "Archief", "root": "../", "content": "<p>inhoud</p>",
        "nav": (0..<3).map { ["title": "Link \($0)", "url": "pagina-\($0).html", "isCurrent": $0 == current] as [String: Any] },
        "breadcrumbs": (0..<crumbs).map { ["title": "Kruimel \($0)", "url": "k\($0).html", "isCurrent": $0 == crumbs - 1] as [String: Any] },
    ] }

    /// What swift-mustache renders from the template parsed whole, as the library did before.
    func inPlace(_ text: String, _ context: [String: Any], markdown: Bool = false) throws -> String {
        let pragma = markdown ? "{{% CONTENT_TYPE: MARKDOWN}}" : "{{% CONTENT_TYPE: KAMERARCHIEF_HTML}}"
        return try MustacheTemplate(string: pragma + text).render(TemplateContext(TemplateKey.values(context)))
    }

    /// The same for a page's values as the page renderer hands them over.
    func inPlace(_ text: String, values: TemplateValues) throws -> String {
        try MustacheTemplate(string: "{{% CONTENT_TYPE: KAMERARCHIEF_HTML}}" + text).render(TemplateContext(values))
    }

    func library(_ text: String, markdown: Bool = false) -> TemplateLibrary {
        let name = markdown ? PageType.action.templateName : TemplateLibrary.layoutName
        return TemplateLibrary.load([name: TemplateSource(name: name, path: "Templates/\(name)", text: text)]).library
    }

    func render(_ library: TemplateLibrary, _ context: [String: Any], markdown: Bool = false) -> String {
        library.render(markdown ? .action : .layout, context)
    }

    @Test("the shipped layout's navigation and breadcrumbs are filled into shapes, and fill every page as before")
    func shippedLayout() throws {
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Templates/layout.html"), encoding: .utf8)
        let extracted = try #require(TemplateSections.extract(text, scope: Self.layoutScope))
        #expect(extracted.sections.map { $0.list } == ["nav", "breadcrumbs"])
        #expect(extracted.sections.map { $0.names } == [["isCurrent", "title", "url"], ["isCurrent", "title", "url"]])
        let library = library(text)
        for round in 0..<1_200 {
            let context = Self.context(current: round % 4, crumbs: round % 3 == 0 ? 0 : 1 + round % 5)
            #expect(library.render(.layout, context) == (try inPlace(text, context)), "round \(round)")
        }
        // Every item of both lists is filled into a shape: the navigation's three links in every
        // round, and the breadcrumbs' in the rounds that have them.
        let counts = library.sectionItemCounts(TemplateLibrary.layoutName)
        let crumbs = (0..<1_200).reduce(0) { $0 + ($1 % 3 == 0 ? 0 : 1 + $1 % 5) }
        #expect(counts.map(\.shaped) == [1_200 * 3, crumbs])
        #expect(counts.map(\.inPlace) == [0, 0])
    }

    @Test("a list that pages share is filled once while it is held, and a list with the same items in other storage fills again")
    func sharedListFilledOnce() throws {
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Templates/layout.html"), encoding: .utf8)
        let library = library(text)
        // Pages hand the library their values as they are: a list in them keeps its storage.
        var context = TemplateKey.values(Self.context(current: 1, crumbs: 2))
        let nav = try #require(context["nav"] as? [TemplateValues])
        for round in 0..<6 {
            context["title"] = "Pagina \(round)"
            context["breadcrumbs"] = [["title": "Kruimel \(round)", "url": "k.html", "isCurrent": true] as TemplateValues]
            #expect(library.render(.layout, TemplateContext(context)) == (try inPlace(text, values: context)))
        }
        // The navigation five times from the first round's output; the breadcrumbs never.
        #expect(library.sectionRecentHits(TemplateLibrary.layoutName) == [5, 0])
        #expect(library.sectionItemCounts(TemplateLibrary.layoutName).map(\.shaped) == [6 * 3, 6])

        // The same items in a list of their own storage, and a changed copy, are filled again.
        var copy = nav.map { $0 }
        copy.reserveCapacity(10)
        context["nav"] = copy
        #expect(library.render(.layout, TemplateContext(context)) == (try inPlace(text, values: context)))
        copy[0]["title"] = "Anders"
        context["nav"] = copy
        #expect(library.render(.layout, TemplateContext(context)).contains(">Anders</a>"))
        // The breadcrumbs of the last round were those of these two.
        #expect(library.sectionRecentHits(TemplateLibrary.layoutName) == [5, 2])

        // A long list is not kept: a page's own list (the index's rows) would only take memory.
        context["nav"] = (0..<(RecentOutputs.maxItems + 1)).map { ["title": "Link \($0)", "url": "p\($0).html", "isCurrent": false] as TemplateValues }
        for _ in 0..<2 { #expect(library.render(.layout, TemplateContext(context)) == (try inPlace(text, values: context))) }
        #expect(library.sectionRecentHits(TemplateLibrary.layoutName) == [5, 4])
    }

    @Test("recent outputs keep the last four lists, each found by its storage, the oldest replaced first")
    func recentOutputsReplaceTheOldest() {
        let recent = RecentOutputs()
        let lists: [[TemplateValues]] = (0..<(RecentOutputs.capacity + 2)).map { number in
            [[TemplateKey("title"): "Lijst \(number)"]]
        }
        for (number, list) in lists.enumerated().prefix(RecentOutputs.capacity) {
            recent.remember((Array("uit \(number)".utf8), number), for: list)
        }
        for (number, list) in lists.enumerated().prefix(RecentOutputs.capacity) {
            #expect(recent.output(for: list).map { String(decoding: $0.output, as: UTF8.self) } == "uit \(number)")
            #expect(recent.output(for: list)?.inPlace == number)
        }
        // Two more replace the first two, in the order they were kept.
        for number in RecentOutputs.capacity..<lists.count {
            recent.remember((Array("uit \(number)".utf8), number), for: lists[number])
        }
        #expect(recent.output(for: lists[0]) == nil)
        #expect(recent.output(for: lists[1]) == nil)
        for number in 2..<lists.count {
            #expect(recent.output(for: lists[number]).map { String(decoding: $0.output, as: UTF8.self) } == "uit \(number)")
        }
        // A list with the same items in storage of its own is not one of them.
        #expect(recent.output(for: lists[2].map { $0 }) == nil)
        #expect(recent.hits == 2 * RecentOutputs.capacity + lists.count - 2)
    }

    @Test("every shipped template is filled whole into shapes, lists in lists included, and fills pages as swift-mustache does")
    func shippedRoots() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("Templates")
        var sources: [String: TemplateSource] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".md") || name == TemplateLibrary.layoutName {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            sources[name] = TemplateSource(name: name, path: "Templates/\(name)", text: text)
        }
        #expect(sources.count > 10)
        let library = TemplateLibrary.load(sources).library
        // A template without variables (the search page) has nothing to fill.
        for name in sources.keys.sorted() where sources[name]!.text.contains("{{") {
            #expect(library.rootPageCounts(name) != nil, "\(name)")
        }
        let layout = sources["layout.html"]!.text
        for round in 0..<50 {
            var context = Self.context(current: round % 4, crumbs: round % 3)
            if round % 2 == 0 { context["canonical"] = "https://example.org/<\(round)>" }
            #expect(render(library, context) == (try inPlace(layout, context)), "round \(round)")
        }
        #expect(library.rootPageCounts("layout.html").map { $0.shaped == 50 && $0.inPlace == 0 } == true)
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

    @Test("random layouts render the same with their sections filled into shapes as in place, again and again")
    func randomLayouts() throws {
        var generator = TemplateGenerator(seed: 3)
        var reused = 0
        for _ in 0..<600 {
            let text = Self.layout(&generator)
            if let extracted = TemplateSections.extract(text, scope: Self.layoutScope),
                extracted.sections.contains(where: { Set($0.names).isSubset(of: ["title", "url", "isCurrent"]) }) {
                reused += 1
            }
            let library = library(text)
            // Rounds 3 and 4 repeat rounds 1 and 0: their shapes are the ones made then.
            for round in [0, 1, 2, 1, 0] {
                let context = Self.context(current: round % 2, crumbs: round)
                #expect(library.render(.layout, context) == (try inPlace(text, context)), "template: \(text.debugDescription)")
            }
        }
        #expect(reused > 200)
    }

    @Test("a section is filled into shapes only when it is whole lines of plain names, without markers")
    func qualifying() {
        #expect(TemplateSections.extract("<ul>{{#nav}}<li>{{title}}</li>{{/nav}}</ul>\n", scope: Self.layoutScope) == nil)
        #expect(TemplateSections.extract("{{#nav}}\n{{title.text}}\n{{/nav}}\n", scope: Self.layoutScope) == nil)
        #expect(TemplateSections.extract("{{#nav}}\n{{uppercased(title)}}\n{{/nav}}\n", scope: Self.layoutScope) == nil)
        #expect(TemplateSections.extract("{{#nav}}\n{{.}}\n{{/nav}}\n", scope: Self.layoutScope) == nil)
        #expect(TemplateSections.extract("{{^nav}}\ngeen\n{{/nav}}\n", scope: Self.layoutScope) == nil)
        let found = TemplateSections.extract("<ul>\n  {{#nav}}\n<li>{{! link }}{{#isCurrent}}*{{/isCurrent}}{{{title}}}</li>\n{{/nav}}  \r\n</ul>\n", scope: Self.layoutScope)
        #expect(found?.root == "<ul>\n{{>__section0}}\n</ul>\n")
        #expect(found?.sections.map { $0.names } == [["isCurrent", "title"]])
        #expect(TemplateSections.extract("{{#nav}}\n\u{E000}0<{{title}}\n{{/nav}}\n", scope: Self.layoutScope) == nil)
        // A flag, a name from the page, or a field that is itself a list: rendered in place.
        #expect(TemplateSections.extract("{{#canonical}}\n{{title}}\n{{/canonical}}\n", scope: Self.layoutScope) == nil)
        #expect(TemplateSections.extract("{{#nav}}\n{{title}} {{siteTitle}}\n{{/nav}}\n", scope: Self.layoutScope) == nil)
        let documentScope = TemplateVariables.scope(for: .document)
        #expect(TemplateSections.extract("{{#sections}}\n{{#paragraphs}}x{{/paragraphs}}\n{{/sections}}\n", scope: documentScope) == nil)
        let nested = TemplateSections.extract(
            "x\n{{#hasFootnotes}}\n## Voetnoten\n{{^hasFootnotes}}\n{{#footnotes}}\n{{number}}\n{{/footnotes}}\n{{/hasFootnotes}}\n{{/hasFootnotes}}\n",
            scope: TemplateVariables.scope(for: .action))
        #expect(nested?.sections.map(\.guards) == [[.init(name: "hasFootnotes", inverted: false), .init(name: "hasFootnotes", inverted: true)]])
        #expect(nested?.root == "x\n{{#hasFootnotes}}\n## Voetnoten\n{{^hasFootnotes}}\n{{>__section0}}\n{{/hasFootnotes}}\n{{/hasFootnotes}}\n")
        #expect(TemplateSections.extract("x\n{{#metadata}}\n| {{label}} | {{{valueMarkdown}}} |\n{{/metadata}}\n", scope: documentScope) != nil)
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
    @Test("items that never repeat, texts that look like the markers, and values that are neither text nor flag render as in place")
    func itemValues() throws {
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Templates/layout.html"), encoding: .utf8)
        let library = library(text)
        let odd: [String] = [TemplateShape.markerText(0), TemplateShape.markerText(2) + "<b>", "\u{E000}", "\u{E001}1", "", " & "]
        for round in 0..<300 {
            var context = Self.context(current: round % 4, crumbs: 0)
            context["breadcrumbs"] = (0..<(1 + round % 9)).map {
                ["title": "Kruimel \(round)-\($0)" + odd[$0 % odd.count], "url": odd[(round + $0) % odd.count], "isCurrent": $0 == 0] as [String: Any]
            }
            // One round in ten, a crumb's flag is a fraction, neither text nor flag: the whole list
            // renders in place. An integer renders as its text.
            if round % 10 == 9 { context["breadcrumbs"] = [["title": "t", "url": "u", "isCurrent": 1.5] as [String: Any]] }
            if round % 10 == 8 { context["breadcrumbs"] = [["title": "t", "url": 7, "isCurrent": 0] as [String: Any]] }
            #expect(render(library, context) == (try inPlace(text, context)), "round \(round)")
        }
        let counts = library.sectionItemCounts(TemplateLibrary.layoutName)
        #expect(counts.map(\.inPlace) == [0, 30])
        #expect(counts.last.map { $0.shaped > 1_000 } == true)
    }

    @Test("a list inside a flag's section is filled into shapes, and the template renders whole when the flag is an object")
    func guardedSections() throws {
        let text = "# {{title}}\n\n{{#hasFootnotes}}\n## Voetnoten\n\n{{#footnotes}}\n{{number}}: {{{markdown}}}\n{{/footnotes}}\n{{/hasFootnotes}}\n"
        let library = library(text, markdown: true)
        let notes: [[String: Any]] = [["number": 1, "markdown": "*een*"], ["number": 2, "markdown": "twee"]]
        let values: [Any?] = [true, false, nil, "ja", ["footnotes": [["number": 7, "markdown": "eigen"]] as [[String: Any]]] as [String: Any],
                              [["footnotes": [] as [[String: Any]]], ["title": "t"]] as [[String: Any]]]
        for value in values {
            var context: [String: Any] = ["title": "Titel", "footnotes": notes]
            context["hasFootnotes"] = value
            let expected = try inPlace(text, context, markdown: true)
            #expect(render(library, context, markdown: true) == expected, "\(String(describing: value))")
        }
        // Shaped for `true` and the text (two notes each); for `false` and none the notes do not
        // show, and are not filled.
        #expect(library.sectionItemCounts(PageType.action.templateName).map(\.shaped) == [4])
        let object = ["footnotes": [["number": 7, "markdown": "eigen"]] as [[String: Any]]] as [String: Any]
        #expect(try inPlace(text, ["title": "T", "footnotes": notes, "hasFootnotes": object], markdown: true).contains("7: eigen"))
    }

    /// A random CommonMark page template: sections over `paragraphs` or `footnotes` (lists),
    /// `previous` (one object) or `nav`, among the splitter tests' random pieces.
    static func page(_ generator: inout TemplateGenerator) -> String {
        let body = ["{{title}}", "{{{markdown}}}", "{{& title}}", "{{#isListItem}}- {{/isListItem}}", "{{^isListItem}}> {{/isListItem}}",
                    "  ", "x", "\n", "\n\n", "{{url}}", "{{documentTitle}}", "[{{title}}]({{url}})", "{{number}}: ", "{{#number}}#{{/number}}"]
        var text = ""
        // Between the sections: the page's own names, plain and one field deep, as variables and
        // sections; now and then one of the splitter tests' random pieces.
        let top = ["{{documentTitle}}", "{{{documentTitle}}}", "{{pillar.title}}", "{{#pillar.url}}({{pillar.url}}){{/pillar.url}}",
                   "{{^hasFootnotes}}geen{{/hasFootnotes}}", "{{#canonical}}[{{canonical}}]{{/canonical}}", "\n", "# ", "{{number}}", "{{! c }}"]
        for _ in 0..<(1 + generator.next(5)) {
            if generator.next(3) == 0 {
                text += generator.next(4) == 0 ? generator.piece(depth: 0) : (0..<(1 + generator.next(4))).map { _ in top[generator.next(top.count)] }.joined()
                continue
            }
            let list = ["paragraphs", "previous", "nav", "footnotes"][generator.next(4)]
            // Inside a flag's or a text's section, or not.
            let outer = [nil, nil, "#hasFootnotes", "^hasFootnotes", "#documentTitle"][generator.next(5)]
            if let outer { text += ["", "\n", "a "][generator.next(3)] + "{{\(outer)}}" + ["\n", "", " b\n"][generator.next(3)] }
            text += ["", "\n", "# {{title}}\n", "> a\n"][generator.next(4)] + ["", " "][generator.next(2)] + "{{#\(list)}}"
            text += ["\n", " \n", "\r\n", " y\n"][generator.next(4)]
            for _ in 0..<(1 + generator.next(4)) { text += body[generator.next(body.count)] }
            text += "\n" + ["", "\t"][generator.next(2)] + "{{/\(list)}}" + ["\n", "  \n", "", " z\n"][generator.next(4)]
            if let outer { text += ["", "\n", "c"][generator.next(3)] + "{{/\(outer.dropFirst())}}" + ["\n", "", " d\n"][generator.next(3)] }
        }
        return text
    }

    @Test("random page templates render the same with their sections filled into shapes as in place, escaped as CommonMark")
    func randomPages() throws {
        var generator = TemplateGenerator(seed: 5)
        let texts = ["*nadruk* & <b>", "1. begin", "# kop", "gewoon", "", "\\ `code` [a](b)", TemplateShape.markerText(1)]
        var shaped = 0, wholeShaped = 0
        for round in 0..<600 {
            let text = Self.page(&generator)
            let library = library(text, markdown: true)
            var context = Self.context(current: round % 2, crumbs: round % 3)
            context["documentTitle"] = texts[round % texts.count]
            context["paragraphs"] = (0..<(round % 4)).map {
                ["markdown": texts[($0 + round) % texts.count], "title": texts[$0 % texts.count], "url": "p\($0).html", "isListItem": $0 % 2 == 0] as [String: Any]
            }
            context["previous"] = round % 5 == 0 ? nil : ["title": texts[(round + 3) % texts.count], "url": "vorige.html", "number": round % 3] as [String: Any]
            context["footnotes"] = (0..<(round % 3)).map { ["number": $0 + round % 2, "markdown": texts[($0 + 2) % texts.count]] as [String: Any] }
            // The outer section's value: a flag, a text, none, or an object or list whose names
            // shadow the page's (then the template renders whole).
            let outers: [Any?] = [true, false, nil, "tekst", ["footnotes": [["number": 9, "markdown": "eigen"]], "title": "binnen"] as [String: Any],
                                  [["paragraphs": [] as [[String: Any]], "url": "l.html"]] as [[String: Any]]]
            context["hasFootnotes"] = outers[round % outers.count]
            // An object, none, or a text where an object is read: then the template is not filled whole.
            context["pillar"] = [["title": texts[round % texts.count], "url": "p.html"] as [String: Any], nil, "p", ["title": "t"] as [String: Any]][round % 4]
            context["number"] = [7, 0, nil][round % 3] as Int?
            context["canonical"] = round % 2 == 0 ? texts[(round + 1) % texts.count] : nil
            #expect(render(library, context, markdown: true) == (try inPlace(text, context, markdown: true)), "template: \(text.debugDescription)")
            shaped += library.sectionItemCounts(PageType.action.templateName).reduce(0) { $0 + $1.shaped }
            wholeShaped += library.rootPageCounts(PageType.action.templateName)?.shaped ?? 0
        }
        #expect(shaped > 80)
        #expect(wholeShaped > 30, "\(wholeShaped) pages filled whole")
    }
}

extension TemplateSectionsTests {
    /// A random document template: sections over `sections`, whose items hold `paragraphs` (a list
    /// in a list, read directly or inside an item's flag), and over `metadata`.
    static func document(_ generator: inout TemplateGenerator) -> String {
        let item = ["{{title}}", "{{{anchor}}}", "{{#isTopLevel}}## {{/isTopLevel}}", "{{^isSubsection}}x{{/isSubsection}}", " ", "\n", "{{id}}"]
        let paragraph = ["{{{markdown}}}", "{{#isListItem}}- {{/isListItem}}", "{{markdown}}", " ", "\n\n", "p"]
        var text = ""
        for _ in 0..<(1 + generator.next(4)) {
            switch generator.next(4) {
            case 0:
                text += ["# {{title}}\n", "\n", "{{! c }}", generator.piece(depth: 0)][generator.next(4)]
            case 1:
                text += "{{#metadata}}\n| {{label}} | {{{valueMarkdown}}} |\n{{/metadata}}\n"
            default:
                text += ["", "\n", "a\n"][generator.next(3)] + "{{#sections}}" + ["\n", " \n", " y\n"][generator.next(3)]
                for _ in 0..<(1 + generator.next(4)) {
                    guard generator.next(3) == 0 else {
                        text += item[generator.next(item.count)]
                        continue
                    }
                    let flag = [nil, "#isTopLevel", "^isSubsection"][generator.next(3)]
                    if let flag { text += "\n{{\(flag)}}" + ["\n", ""][generator.next(2)] }
                    text += ["\n", "\n  ", "z"][generator.next(3)] + "{{#paragraphs}}" + ["\n", "", " \n"][generator.next(3)]
                    for _ in 0..<(1 + generator.next(3)) { text += paragraph[generator.next(paragraph.count)] }
                    text += "\n{{/paragraphs}}" + ["\n", " \n", "q\n", ""][generator.next(4)]
                    if let flag { text += "{{/\(flag.dropFirst())}}\n" }
                }
                text += "\n{{/sections}}" + ["\n", "", "  \n"][generator.next(3)]
            }
        }
        return text
    }

    @Test("random document templates render the same with lists in lists filled into shapes as in place")
    func randomDocuments() throws {
        var generator = TemplateGenerator(seed: 8)
        let texts = ["*nadruk* & <b>", "1. begin", "gewoon", "", TemplateShape.markerText(0), "`c`"]
        var shaped = 0
        for round in 0..<600 {
            let text = Self.document(&generator)
            let name = PageType.document.templateName
            let library = TemplateLibrary.load([name: TemplateSource(name: name, path: "Templates/\(name)", text: text)]).library
            var context = Self.context(current: 0, crumbs: 1)
            context["metadata"] = (0..<(round % 3)).map { ["label": texts[$0 % texts.count], "valueMarkdown": texts[(round + $0) % texts.count]] as [String: Any] }
            context["sections"] = (0..<(round % 4)).map { index -> [String: Any] in
                var section: [String: Any] = [
                    "title": texts[(round + index) % texts.count], "anchor": "[](ka:anchor/s\(index))", "id": "s\(index)",
                    "isTopLevel": index % 2 == 0, "isSubsection": index % 2 == 1,
                    "paragraphs": (0..<((round + index) % 3)).map { ["markdown": texts[($0 + index) % texts.count], "isListItem": $0 == 1] as [String: Any] },
                ]
                // Now and then an item without its paragraphs, or with a paragraph without its
                // flag: then names are looked up outside, and the list renders in place.
                if round % 7 == 3 { section["paragraphs"] = nil }
                if round % 11 == 5 { section["paragraphs"] = [["markdown": "zonder vlag"]] as [[String: Any]] }
                return section
            }
            context["paragraphs"] = [["markdown": "van de pagina", "isListItem": true]] as [[String: Any]]
            context["isListItem"] = false
            #expect(library.render(.document, context) == (try inPlace(text, context, markdown: true)), "template: \(text.debugDescription)")
            shaped += library.sectionItemCounts(name).reduce(0) { $0 + $1.shaped }
        }
        #expect(shaped > 200)
    }
}

extension TemplateSectionsTests {
    @Test("a page's HTML put into the layout as bytes gives the file the layout filled with it as text gives")
    func layoutPages() throws {
        var generator = TemplateGenerator(seed: 11)
        let contents = ["{{{content}}}", "{{{content}}}", "{{{ content }}}", "{{& content}}", "{{& content}}",
                        "{{content}}", "{{#content}}[{{{content}}}]{{/content}}", "{{^content}}-{{/content}}",
                        "{{{uppercased(content)}}}", "{{{content.count}}}"]
        let htmls = ["<h1>Titel</h1>\n<p>a &amp; b</p>\n", "", "x\r", "\r", "é\n", "<b>\u{301}&</b>\r\n", "\u{E000}0<&*_`\\\u{E001}"]
        var withContent = 0
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
            let context = Self.context(current: round % 2, crumbs: round % 3)
            let html = htmls[round % htmls.count]
            var asText = context
            asText["content"] = html
            let expected = Array(library.render(.layout, asText).withFinalNewline.utf8)
            #expect(library.layoutPage(TemplateContext(TemplateKey.values(context)), html: Array(html.utf8)) == expected, "template: \(text.debugDescription)")
            if text.contains("content") { withContent += 1 }
        }
        #expect(withContent > 150, "\(withContent)")
        // The shipped layout is filled into shapes, the page's HTML spliced in as bytes.
        let shipped = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Templates/layout.html"), encoding: .utf8)
        let library = library(shipped)
        let html = Array("<p>x</p>\n".utf8)
        _ = library.layoutPage(TemplateContext(TemplateKey.values(Self.context(current: 0, crumbs: 1))), html: html)
        #expect(library.rootPageCounts(TemplateLibrary.layoutName).map { $0.shaped == 1 && $0.inPlace == 0 } == true)
        // Escaped, the HTML is its text escaped, in a shape too.
        let escaping = self.library("<main>{{content}}</main>{{{content}}}")
        #expect(escaping.layoutPage(TemplateContext([:]), html: Array("<b>é</b>".utf8)) == Array("<main>&lt;b&gt;é&lt;/b&gt;</main><b>é</b>\n".utf8))
        #expect(escaping.rootPageCounts(TemplateLibrary.layoutName).map { $0.shaped == 1 } == true)
    }
}
