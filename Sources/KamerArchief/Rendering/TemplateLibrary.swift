import Mustache

/// The page templates, parsed once: CommonMark templates (`*.md`) whose values are escaped as
/// Markdown, and the HTML layout (`layout.html`) whose values are escaped as HTML.
///
/// Users edit `Templates/` and rebuild; nothing is compiled in. A syntax error or an unknown
/// variable is a diagnostic at the template's `path:line`.
public struct TemplateLibrary: Sendable {
    private var templates: [String: MustacheTemplate] = [:]
    /// Non-template files (`assets/…`, `style.css`) copied into the site as they are.
    public private(set) var assets: [String: String] = [:]

    public static let layoutName = "layout.html"

    /// Parses every template; `diagnostics` holds syntax errors, unknown variables and missing templates.
    public static func load(_ sources: [String: TemplateSource]) -> (library: TemplateLibrary, diagnostics: [Diagnostic]) {
        MarkdownContentType.registerOnce()
        var library = TemplateLibrary()
        var diagnostics: [Diagnostic] = []
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            let isMarkdown = name.hasSuffix(".md")
            guard isMarkdown || name == layoutName else {
                library.assets[name] = source.text
                continue
            }
            // The pragma shares the first line, so line numbers in errors stay those of the file.
            let text = isMarkdown ? "{{% CONTENT_TYPE: MARKDOWN}}" + source.text : source.text
            do {
                library.templates[name] = try MustacheTemplate(string: text)
                diagnostics += TemplateVariables.check(source, pageType: PageType(templateName: name))
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    .templateSyntax, "template syntax error: \(error.error)",
                    at: SourceLocation(file: source.path, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error(.templateSyntax, "template syntax error: \(error)", at: SourceLocation(file: source.path, line: 1)))
            }
        }
        for pageType in PageType.allCases where sources[pageType.templateName] == nil {
            diagnostics.append(.error(
                .templateMissing, "the template \(pageType.templateName) is missing",
                at: SourceLocation(file: "Templates/\(pageType.templateName)", line: 0, column: 0)))
        }
        return (library, diagnostics)
    }

    /// Fills the template for `pageType` with `context`; `name` picks a variant of the page type's
    /// template (a document kind's own template), which must exist.
    public func render(_ pageType: PageType, named name: String? = nil, _ context: [String: Any]) -> String {
        templates[name ?? pageType.templateName]?.render(context) ?? ""
    }

    /// The template for a document of `kind`: its own when the templates have one, else `document.md`.
    public func documentTemplate(for kind: DocumentKind) -> String {
        templates[kind.templateName] == nil ? PageType.document.templateName : kind.templateName
    }
}

/// Backslash-escapes values spliced into CommonMark templates (see `MarkdownEscaping`).
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }

    private static let registration: Void = MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")

    static func registerOnce() { _ = registration }
}
