import Mustache
import Testing
@testable import KamerArchief

/// Pages are filled through `TemplateContext`, which swift-mustache reads with fewer dynamic casts
/// than the `[String: Any]` it wraps. Whatever a template does with its variables must render the
/// same through both.
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
        let rendered = template.render(TemplateContext(Self.variables))
        #expect(!expected.isEmpty)
        #expect(rendered == expected)
    }

    @Test("a variable set on the context renders like one set in the dictionary")
    func setVariable() throws {
        let template = try MustacheTemplate(string: "{{title}} {{{content}}} {{count(document)}}")
        var variables = Self.variables
        var context = TemplateContext(variables)
        variables["content"] = "<p>inhoud</p>"
        variables["title"] = "nieuw"
        context.set("content", to: "<p>inhoud</p>")
        context.set("title", to: "nieuw")
        #expect(template.render(context) == template.render(variables))
        #expect(template.render(context) == "nieuw <p>inhoud</p> 3")
    }
}
