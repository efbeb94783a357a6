/// Checks one template's tags in a single pass over its bytes, with the stack of sections open at
/// each tag: a name must be known in the innermost section that provides it or in one around it
/// (as Mustache looks it up), and `a.b` needs `b` among `a`'s fields. Partials (`{{> name}}`) and
/// delimiter changes (`{{=<% %>=}}`) are rejected as `template-syntax` errors: the site's
/// templates have no partials folder, and a checker that followed other delimiters would still
/// let unchecked tags through.
struct TemplateChecker {
    let source: TemplateSource
    let pageType: PageType
    let scope: TemplateScope

    /// Sections nested deeper than this are an error: the parser descends once per level.
    static let maximumDepth = 64

    func check() -> [Diagnostic] {
        let bytes = Array(source.text.utf8)
        var diagnostics: [Diagnostic] = []
        var stack: [TemplateScope] = [scope]
        TemplateTag.scan(bytes) { tag in
            let location = SourceLocation(file: source.path, line: tag.line, column: tag.column)
            let body = String(decoding: bytes[tag.content], as: UTF8.self)
            check(tag: body, at: location, stack: &stack, diagnostics: &diagnostics)
            guard stack.count <= Self.maximumDepth + 1 else {
                // Checking on would only repeat errors, at a cost that grows with the depth.
                diagnostics.append(.error(.templateSyntax, "sections are nested more than \(Self.maximumDepth) deep", at: location))
                return false
            }
            return true
        }
        return diagnostics
    }
}

private extension TemplateChecker {
    func check(tag body: String, at location: SourceLocation, stack: inout [TemplateScope], diagnostics: inout [Diagnostic]) {
        var inside = Substring(body).drop { $0 == " " }
        guard let sigil = inside.first else { return }
        switch sigil {
        case "!", "%":
            return
        case ">":
            diagnostics.append(.error(.templateSyntax, "partials ({{> name}}) are not supported; write the text into the template", at: location))
            return
        case "=":
            diagnostics.append(.error(.templateSyntax, "delimiter changes ({{=<% %>=}}) are not supported; keep {{ and }}", at: location))
            return
        case "/":
            if stack.count > 1 { stack.removeLast() }
            return
        case "#", "^", "&":
            inside.removeFirst()
        default:
            break
        }
        var name = String(inside.drop { $0 == " " })
        while name.last == " " { name.removeLast() }
        // `first(items)`: a swift-mustache transform of `items`.
        if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            name = String(name[name.index(after: open)..<close])
        }
        let found = resolve(name, in: stack, at: location, diagnostics: &diagnostics)
        if sigil == "#" {
            stack.append(found ?? TemplateScope())
        } else if sigil == "^" {
            stack.append(TemplateScope())
        }
    }

    /// The scope `name` brings into view, or nil (with an error) when it is not visible here.
    func resolve(_ name: String, in stack: [TemplateScope], at location: SourceLocation, diagnostics: inout [Diagnostic]) -> TemplateScope? {
        guard name != "." else { return TemplateScope() }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        guard var current = stack.reversed().lazy.compactMap({ $0.names[first] }).first else {
            diagnostics.append(unknown(first, known: knownAnywhere(first), at: location))
            return nil
        }
        for part in parts.dropFirst() {
            guard let next = current.names[part] else {
                diagnostics.append(unknown(part, known: knownAnywhere(part), at: location))
                return nil
            }
            current = next
        }
        return current
    }

    func unknown(_ name: String, known: Bool, at location: SourceLocation) -> Diagnostic {
        let message = known
            ? "variable '\(name)' used outside the section that provides it in a \(pageType.rawValue) template; see the README's template guide"
            : "unknown variable '\(name)' in a \(pageType.rawValue) template; see the README's template guide"
        return .error(.templateUnknownVariable, message, at: location)
    }

    func knownAnywhere(_ name: String) -> Bool {
        var pending = [scope]
        while let next = pending.popLast() {
            if next.names[name] != nil { return true }
            pending.append(contentsOf: next.names.values)
        }
        return false
    }
}
