import Mustache
import Testing
@testable import KamerArchief

/// Pages are filled through `TemplateContext`, which swift-mustache reads with fewer dynamic casts
/// than a `[String: Any]`, around the page's values keyed by `TemplateKey`. Whatever a template does
/// with its variables must render the same through both.
@Suite("Template variables read through TemplateContext")
struct TemplateContextTests {
    static var variables: [String: Any] { [
        "title": "<Titel> & *nadruk*",
        "empty": "",
        "number": 7,
        "ratio": 0.5,
        "yes": true,
        "no": false,
        "maybe": String?.some("misschien") as Any,
        "missing": String?.none as Any,
        "text": "buiten",
        "words": ["peer", "appel", "kers"],
        "numbers": [3, 1, 2],
        "document": ["title": "Fiche", "url": "fiche.html", "pillar": ["label": "Pijler 1", "count": 2]] as [String: Any],
        "items": [
            ["title": "Een", "url": "een.html", "isCurrent": true],
            ["title": "Twee", "url": "twee.html", "isCurrent": false, "tags": ["a", "b"]],
        ] as [[String: Any]],
        "mixed": ["los", 4, ["title": "object"] as [String: Any]] as [Any],
        "none": [] as [[String: Any]],
    ] }

    static let templates = [
        "{{title}}|{{{title}}}|{{&title}}",
        "{{number}} {{ratio}} {{yes}} {{no}} {{maybe}} {{missing}} {{absent}}",
        "{{#empty}}[{{.}}]{{/empty}}{{^empty}}leeg{{/empty}}",
        "{{#title}}{{text}}:{{.}}{{/title}}",
        "{{#maybe}}{{.}}{{/maybe}}{{#missing}}?{{/missing}}{{^absent}}afwezig{{/absent}}",
        "{{#yes}}ja{{/yes}}{{#no}}nee{{/no}}{{^no}}niet nee{{/no}}",
        "{{#items}}<a href=\"{{url}}\"{{#isCurrent}} aria-current{{/isCurrent}}>{{title}}</a>{{#tags}}{{.}},{{/tags}}{{title}}{{/items}}",
        "{{#items}}{{document.title}} {{text}} {{#first()}}eerste{{/first()}}{{#last()}}laatste{{/last()}}{{/items}}",
        "{{document.title}} {{document.pillar.label}} {{#document}}{{url}} {{#pillar}}{{label}}{{count}}{{title}}{{/pillar}}{{/document}}",
        "{{#words}}{{.}}{{^last()}}, {{/last()}}{{/words}}",
        "{{uppercased(title)}} {{lowercased(title)}} {{capitalized(text)}} {{reversed(text)}} {{empty(empty)}} {{empty(text)}}",
        "{{count(words)}} {{first(words)}} {{last(words)}} {{#sorted(words)}}{{.}}{{/sorted(words)}} {{#reversed(words)}}{{.}}{{/reversed(words)}}",
        "{{#sorted(numbers)}}{{.}}{{/sorted(numbers)}} {{plusone(number)}} {{#even(number)}}even{{/even(number)}}{{#odd(number)}}oneven{{/odd(number)}}",
        "{{count(items)}} {{#first(items)}}{{title}}{{/first(items)}} {{empty(none)}} {{^none}}geen{{/none}}",
        "{{count(document)}} {{#sorted(document)}}{{key}}={{#value}}x{{/value}};{{/sorted(document)}}",
        "{{#mixed}}[{{title}}]{{/mixed}}",
        "{{#document.pillar}}{{label}}{{/document.pillar}}{{#items}}{{#document}}{{title}}{{/document}}{{/items}}",
    ]

    @Test("every template renders the same from the dictionary and from the context", arguments: templates)
    func sameRendering(template text: String) throws {
        let template = try MustacheTemplate(string: text)
        let expected = template.render(Self.variables)
        let rendered = template.render(TemplateContext(TemplateKey.values(Self.variables)))
        #expect(!expected.isEmpty)
        #expect(rendered == expected)
    }

    @Test("template keys are equal, hash and order exactly as their names do, in tables of every size")
    func keys() {
        var generator = SeededGenerator(seed: 21)
        let letters = Array("abcdeABCDE_0é".unicodeScalars)
        let names = (0..<3_000).map { _ in
            String(String.UnicodeScalarView((0..<Int.random(in: 0...20, using: &generator)).map { _ in letters.randomElement(using: &generator)! }))
        }
        var byName: [String: Int] = [:], byKey: TemplateValues = [:]
        for (index, name) in names.enumerated() {
            byName[name] = index
            byKey[TemplateKey(name)] = index
        }
        #expect(byKey.count == byName.count)
        for name in names { #expect(byKey[TemplateKey(name)] as? Int == byName[name], "\(name)") }
        #expect(byKey[TemplateKey("niet-aanwezig")] == nil)
        #expect(byKey.keys.sorted().map(\.name) == byName.keys.sorted())
        let key: TemplateKey = "titel"
        #expect(key == TemplateKey("titel") && key.description == "titel" && key != TemplateKey("Titel"))
    }

    @Test("a page's values from a [String: Any]: its objects, lists of objects and optional objects keyed by name too")
    func valuesFromStrings() throws {
        let values = TemplateKey.values(Self.variables)
        let document = try #require(values["document"] as? TemplateValues)
        #expect((document["pillar"] as? TemplateValues)?["label"] as? String == "Pijler 1")
        #expect((values["items"] as? [TemplateValues])?.map { $0["title"] as? String } == ["Een", "Twee"])
        #expect(values["words"] as? [String] == ["peer", "appel", "kers"])
        // An optional object held as `Any` (as a literal holds one) renders as swift-mustache renders
        // an optional dictionary (a section of an absent one shows), and an object in a list of
        // anything as an object.
        let template = try MustacheTemplate(string: "{{#neighbour}}{{year}}{{/neighbour}}|{{#none}}x{{/none}}|{{#mixed}}[{{year}}]{{/mixed}}")
        let context = TemplateContext([
            "neighbour": TemplateValues?.some(["year": "2024"]) as Any, "none": TemplateValues?.none as Any,
            "mixed": ["los", ["year": "2025"] as TemplateValues] as [Any],
        ])
        let dictionaries: [String: Any] = [
            "neighbour": [String: Any]?.some(["year": "2024"]) as Any, "none": [String: Any]?.none as Any,
            "mixed": ["los", ["year": "2025"] as [String: Any]] as [Any],
        ]
        #expect(template.render(context) == template.render(dictionaries))
        #expect(template.render(context) == "2024|x|[][2025]")
    }

    @Test("a variable set on the context renders like one set in the dictionary, set again and in a transform of the page too")
    func setVariable() throws {
        let template = try MustacheTemplate(string: "{{title}} {{{content}}} {{count(document)}} {{count(.)}}")
        var variables = Self.variables
        var context = TemplateContext(TemplateKey.values(variables))
        variables["content"] = "<p>inhoud</p>"
        variables["title"] = "nieuw"
        context.set("title", to: "eerst")
        context.set("content", to: "<p>inhoud</p>")
        context.set("title", to: "nieuw")
        #expect(template.render(context) == template.render(variables))
        #expect(template.render(context) == "nieuw <p>inhoud</p> 3 \(variables.count)")
    }
}
