import Mustache

/// The page templates, parsed once: CommonMark templates (`*.md`) whose values are escaped as
/// Markdown, and the HTML layout (`layout.html`) whose values are escaped as HTML.
///
/// Users edit `Templates/` and rebuild; nothing is compiled in. A syntax error or an unknown
/// variable is a diagnostic at the template's `path:line`.
public struct TemplateLibrary: Sendable {
    private var templates: [String: (root: MustacheTemplate, parts: MustacheLibrary?)] = [:]
    /// The templates' sections filled into shapes (see `TemplateSections`), by template name; the
    /// template's root then has a partial line in each one's place.
    private var sections: [String: TemplateSections] = [:]
    /// Those templates parsed whole, for a page whose values do not let them be filled in parts.
    private var wholeTemplates: [String: MustacheTemplate] = [:]
    /// The templates filled into shapes whole (see `RootShape`), by template name.
    private var rootShapes: [String: RootShape] = [:]
    /// Non-template files (`assets/…`, `style.css`) copied into the site as they are.
    public private(set) var assets: [String: String] = [:]

    public static let layoutName = "layout.html"
    /// When templates are parsed in parts (see `TemplateSplitter`): above `above` bytes, in parts of
    /// about `partSize` bytes with at most `fanOut` partials each. Tests make every template split.
    struct Splitting: Sendable {
        var above = 16 * 1024
        var partSize = 512
        var fanOut = 32
    }

    /// Parses every template; `diagnostics` holds syntax errors, unknown variables and missing templates.
    public static func load(_ sources: [String: TemplateSource]) -> (library: TemplateLibrary, diagnostics: [Diagnostic]) {
        load(sources, splitting: Splitting())
    }

    static func load(_ sources: [String: TemplateSource], splitting: Splitting) -> (library: TemplateLibrary, diagnostics: [Diagnostic]) {
        MarkdownContentType.registerOnce()
        var library = TemplateLibrary()
        var diagnostics: [Diagnostic] = []
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            let isMarkdown = name.hasSuffix(".md")
            guard isMarkdown || name == layoutName else {
                library.assets[name] = source.text
                continue
            }
            let checks = TemplateVariables.check(source, pageType: PageType(templateName: name))
            diagnostics += checks
            if source.text.utf8.count <= splitting.above {
                diagnostics += library.parseWhole(name, source, isMarkdown: isMarkdown)
            } else if !checks.contains(where: { $0.severity == .error }) {
                diagnostics += library.parseInParts(name, source, isMarkdown: isMarkdown, splitting: splitting)
            }
        }
        for pageType in PageType.allCases where sources[pageType.templateName] == nil {
            diagnostics.append(.error(
                .templateMissing, "the template \(pageType.templateName) is missing",
                at: SourceLocation(file: "Templates/\(pageType.templateName)", line: 0, column: 0)))
        }
        return (library, diagnostics)
    }

    /// Fills the template for `pageType` with `variables`; `name` picks a variant of the page type's
    /// template (a document kind's own template), which must exist.
    public func render(_ pageType: PageType, named name: String? = nil, _ variables: [String: Any]) -> String {
        render(pageType, named: name, TemplateContext(TemplateKey.values(variables)))
    }

    /// The same with the variables wrapped already: a page fills its template and the layout
    /// from one context.
    func render(_ pageType: PageType, named name: String? = nil, _ context: TemplateContext) -> String {
        String(decoding: renderUTF8(pageType, named: name, context), as: UTF8.self)
    }

    /// `render(pageType, named: name, context)` as UTF-8 bytes, which a template filled into shapes
    /// gives without making a string of them: libcmark reads the bytes.
    func renderUTF8(_ pageType: PageType, named name: String? = nil, _ context: TemplateContext) -> [UInt8] {
        let name = name ?? pageType.templateName
        guard let template = templates[name] else { return [] }
        var context = context
        if let sections = sections[name], !sections.fill(&context) {
            return Array((wholeTemplates[name]?.render(context) ?? "").utf8)
        }
        return rootShapes[name]?.render(context) ?? Array(template.root.render(context, library: template.parts).utf8)
    }

    /// Per section of the template `name`, how many items were filled into a shape and how many
    /// rendered in place.
    func sectionItemCounts(_ name: String) -> [(shaped: Int, inPlace: Int)] { sections[name]?.itemCounts ?? [] }

    func sectionRecentHits(_ name: String) -> [Int] { sections[name]?.recentHits ?? [] }

    /// How many pages filled the template `name` into a shape whole, and how many did not; nil
    /// when the template does not qualify.
    func rootPageCounts(_ name: String) -> (shaped: Int, inPlace: Int)? { rootShapes[name]?.pageCounts }

    /// The template for a document of `kind`: its own when the templates have one, else `document.md`.
    public func documentTemplate(for kind: DocumentKind) -> String {
        templates[kind.templateName] == nil ? PageType.document.templateName : kind.templateName
    }
}

/// Backslash-escapes values spliced into CommonMark templates (see `MarkdownEscaping`).
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }

    /// Registers the library's two content types: this one, and the layout's `ByteHTMLContentType`.
    private static let registration: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        MustacheContentTypes.register(ByteHTMLContentType(), named: "KAMERARCHIEF_HTML")
    }()

    static func registerOnce() { _ = registration }
}

/// Mustache's HTML escaping (the same five characters) on bytes: `HTML.escape`. Mustache's own
/// looks each Character up in a dictionary; for the layout, filled for every page, that was a
/// sixth of all template rendering under callgrind.
struct ByteHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { HTML.escape(text) }
}

private extension TemplateLibrary {
    /// The MARKDOWN content type escapes values for CommonMark; the layout's escapes them for HTML.
    static let markdownPragma = "{{% CONTENT_TYPE: MARKDOWN}}"
    static let htmlPragma = "{{% CONTENT_TYPE: KAMERARCHIEF_HTML}}"

    static func pragma(isMarkdown: Bool) -> String { isMarkdown ? markdownPragma : htmlPragma }

    mutating func parseWhole(_ name: String, _ source: TemplateSource, isMarkdown: Bool) -> [Diagnostic] {
        // The pragma shares the first line, so line numbers in errors stay those of the file.
        let pragma = Self.pragma(isMarkdown: isMarkdown)
        do {
            templates[name] = (try MustacheTemplate(string: pragma + source.text), nil)
            if let pageType = PageType(templateName: name) {
                let scope = TemplateVariables.scope(for: pageType)
                let root = reuseSections(of: name, source.text, scope: scope, isMarkdown: isMarkdown)
                shapeRoot(of: name, root ?? source.text, scope: scope, isMarkdown: isMarkdown)
            }
            return []
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            let column = error.context.columnNumber - (line == 1 ? pragma.utf8.count : 0)
            return [.error(.templateSyntax, "template syntax error: \(error.error)",
                           at: SourceLocation(file: source.path, line: line, column: max(1, column)))]
        } catch {
            return [.error(.templateSyntax, "template syntax error: \(error)", at: SourceLocation(file: source.path, line: 1))]
        }
    }

    /// The template with its sections that qualify (see `TemplateSections`) parsed on their own
    /// and filled into shapes. The template parsed whole stays in use when there is none, or when
    /// a part does not parse, and for pages whose values do not let the sections be filled apart.
    /// Returns the template's text with a partial line in each section's place, when it has them.
    mutating func reuseSections(of name: String, _ text: String, scope: TemplateScope, isMarkdown: Bool) -> String? {
        let pragma = Self.pragma(isMarkdown: isMarkdown)
        guard let extracted = TemplateSections.extract(text, scope: scope),
            let root = try? MustacheTemplate(string: pragma + extracted.root)
        else { return nil }
        guard case let (parsed, partials)? = Self.sections(extracted.sections, pragma: pragma) else { return nil }
        wholeTemplates[name] = templates[name]?.root
        templates[name] = (root, partials)
        sections[name] = TemplateSections(parsed, escape: Self.escape(isMarkdown: isMarkdown))
        return extracted.root
    }

    /// Sections found by `TemplateSections.extract` (or a section's lists), each parsed, and the
    /// partials that stand for them, `{{{variable}}}` each. Nil when a part does not parse.
    static func sections(_ list: [TemplateSections.Extracted], pragma: String) -> ([TemplateSections.Section], MustacheLibrary)? {
        var parsed: [TemplateSections.Section] = [], partials = MustacheLibrary()
        for extracted in list {
            guard let section = section(extracted, pragma: pragma),
                let partial = try? MustacheTemplate(string: "{{{\(extracted.variable)}}}")
            else { return nil }
            parsed.append(section)
            partials.register(partial, named: extracted.variable)
        }
        return (parsed, partials)
    }

    /// A section found by `TemplateSections.extract`, parsed: as written, and with a partial in
    /// place of each of its lists, parsed in turn. Nil when a part does not parse.
    static func section(_ extracted: TemplateSections.Extracted, pragma: String) -> TemplateSections.Section? {
        // On a line of its own, the pragma leaves the section's first line standalone.
        guard let original = try? MustacheTemplate(string: pragma + "\n" + extracted.original),
            case let (nested, parts)? = sections(extracted.nested, pragma: pragma)
        else { return nil }
        guard let template = nested.isEmpty ? original : try? MustacheTemplate(string: pragma + "\n" + extracted.text) else { return nil }
        return TemplateSections.Section(
            variable: extracted.variable, list: extracted.list, names: extracted.names, guards: extracted.guards, template: template,
            parts: nested.isEmpty ? nil : parts, original: original, nested: nested)
    }

    /// The template (`text`, with its sections' partials when it has them) filled into shapes whole
    /// when it qualifies (see `RootShape`).
    mutating func shapeRoot(of name: String, _ text: String, scope: TemplateScope, isMarkdown: Bool) {
        guard let template = templates[name] else { return }
        let sectionVariables = sections[name]?.sections.map(\.variable) ?? []
        rootShapes[name] = RootShape(
            text: text, sectionVariables: Set(sectionVariables), scope: scope,
            template: template.root, parts: template.parts, escape: Self.escape(isMarkdown: isMarkdown))
    }

    static func escape(isMarkdown: Bool) -> TemplateEscape {
        isMarkdown ? MarkdownEscaping.appendEscaped(value:to:) : HTML.appendEscaped(_:to:)
    }

    /// Parses a large template as a root and partials of about 512 bytes each, in linear time.
    /// A syntax error inside a part is reported where the part's text starts in the file, and
    /// exactly when the part is a plain slice of the file.
    mutating func parseInParts(_ name: String, _ source: TemplateSource, isMarkdown: Bool, splitting: Splitting) -> [Diagnostic] {
        let split: (root: String, parts: [TemplateSplitter.Part])
        switch TemplateSplitter.split(source.text, prelude: Self.pragma(isMarkdown: isMarkdown) + "\n", startsLine: false,
                                      partSize: splitting.partSize, fanOut: splitting.fanOut) {
        case .failure(let error):
            return [.error(.templateSyntax, "template syntax error: \(error.message)",
                           at: SourceLocation(file: source.path, line: error.line, column: error.column))]
        case .success(let result):
            split = result
        }
        var library = MustacheLibrary()
        for part in split.parts {
            do {
                library.register(try MustacheTemplate(string: part.text), named: part.name)
            } catch let error as MustacheTemplate.ParserError {
                let start = TextDecoder.position(ofByte: part.origin, in: Array(source.text.utf8), path: source.path)
                var (line, column) = (start.line, start.column)
                if part.isContiguous {
                    // The first line of a part's text is its prelude (one line, when there is one).
                    let lineInPart = error.context.lineNumber - 1
                    if lineInPart > 1 { (line, column) = (line + lineInPart - 1, error.context.columnNumber) } else { column += error.context.columnNumber - 1 }
                }
                return [.error(.templateSyntax, "template syntax error: \(error.error)", at: SourceLocation(file: source.path, line: line, column: column))]
            } catch {
                return [.error(.templateSyntax, "template syntax error: \(error)", at: SourceLocation(file: source.path, line: 1))]
            }
        }
        let root = Self.pragma(isMarkdown: isMarkdown) + split.root
        do {
            templates[name] = (try MustacheTemplate(string: root), library)
            return []
        } catch {
            let detail = (error as? MustacheTemplate.ParserError).map { "\($0.error)" } ?? "\(error)"
            return [.error(.templateSyntax, "template syntax error: \(detail)", at: SourceLocation(file: source.path, line: 1))]
        }
    }
}
