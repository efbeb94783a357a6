import Yams

/// Reads a document's YAML sidecar into a `Sidecar`, reporting problems with `file:line:col`.
///
/// Unknown keys are errors, so a typo (`titel:`) never silently does nothing.
public enum SidecarParser {
    /// The keys a sidecar may have, as documented in the README.
    public static let knownKeys = ["kind", "id", "title", "date", "kamerstuk", "dossierTitle", "outline"]

    public static func parse(_ text: String, path: String) -> (sidecar: Sidecar?, diagnostics: [Diagnostic]) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return (nil, [.error(.sidecarSyntax, error.problemText, at: error.location(in: path))])
        } catch {
            return (nil, [.error(.sidecarSyntax, "\(error)", at: SourceLocation(file: path, line: 1))])
        }
        guard let node else { return (Sidecar(source: path), []) }
        guard case .mapping(let mapping) = node else {
            return (nil, [.error(.sidecarSyntax, "a sidecar is a mapping of keys to values", at: node.location(in: path))])
        }
        var reader = Reader(path: path)
        let sidecar = reader.read(mapping)
        return (reader.diagnostics.contains { $0.severity == .error } ? nil : sidecar, reader.diagnostics)
    }

    /// Parses `22112-4277`, `36410-L-4`, `21501-30 nr. 590` or `22112 nr. 4277`.
    public static func kamerstuk(from text: String) -> KamerstukNumber? {
        let compact = text.trimmingCharacters(in: " \t")
        if let range = compact.range(of: "nr.") {
            let dossier = normalizedDossier(compact[..<range.lowerBound].trimmingCharacters(in: " \t,"))
            let number = compact[range.upperBound...].trimmingCharacters(in: " \t")
            guard !dossier.isEmpty, !number.isEmpty, !number.contains(" ") else { return nil }
            return KamerstukNumber(dossier: dossier, ondernummer: number)
        }
        let parts = compact.split(separator: "-").map(String.init)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && !$0.contains(" ") }) else { return nil }
        return KamerstukNumber(dossier: parts.dropLast().joined(separator: "-"), ondernummer: parts.last!)
    }
}

extension SidecarParser {
    /// `21 501-30` → `21501-30` (a space inside a number), `36600 XIII` → `36600-XIII` (a toevoeging).
    static func normalizedDossier(_ text: String) -> String {
        var result = ""
        for token in text.split(separator: " ") {
            let joinsNumber = token.first?.isNumber == true && result.last?.isNumber == true
            result += result.isEmpty || joinsNumber ? String(token) : "-" + token
        }
        return result
    }
}

private struct Reader {
    let path: String
    var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    mutating func read(_ mapping: Node.Mapping) -> Sidecar {
        var sidecar = Sidecar(source: path)
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "kind":
                guard let text = scalar(value, key) else { continue }
                if let kind = DocumentKind(rawValue: text) {
                    sidecar.kind = kind
                } else {
                    invalid(value, "kind must be one of \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(text)'")
                }
            case "id":
                guard let text = scalar(value, key) else { continue }
                if Slug.isSafe(text) {
                    sidecar.id = text
                } else {
                    invalid(value, "id '\(text)' is not a safe slug (lowercase letters, digits and single hyphens); try '\(Slug.make(text))'")
                }
            case "title": sidecar.title = scalar(value, key)
            case "dossierTitle": sidecar.dossierTitle = scalar(value, key)
            case "date":
                guard let text = scalar(value, key) else { continue }
                if text.isISODate { sidecar.date = text } else { invalid(value, "date must be YYYY-MM-DD, not '\(text)'") }
            case "kamerstuk":
                sidecar.kamerstuk = kamerstuk(value)
            case "outline":
                sidecar.outline = outline(value)
            default:
                diagnostics.append(.error(
                    .sidecarUnknownKey,
                    "unknown key '\(key)'; a sidecar may have \(SidecarParser.knownKeys.joined(separator: ", "))",
                    at: keyNode.location(in: path)))
            }
        }
        return sidecar
    }

    mutating func scalar(_ node: Node, _ key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            invalid(node, "'\(key)' takes a single value")
            return nil
        }
        return scalar.string
    }

    mutating func kamerstuk(_ node: Node) -> KamerstukNumber? {
        switch node {
        case .scalar(let scalar):
            if let number = SidecarParser.kamerstuk(from: scalar.string) { return number }
            invalid(node, "kamerstuk must look like 36410-L-4 or '22112 nr. 4277', not '\(scalar.string)'")
        case .mapping(let mapping):
            if let dossier = mapping["dossier"]?.string, let number = mapping["ondernummer"]?.string {
                return KamerstukNumber(dossier: SidecarParser.normalizedDossier(dossier), ondernummer: number)
            }
            invalid(node, "kamerstuk as a mapping needs 'dossier' and 'ondernummer'")
        default:
            invalid(node, "kamerstuk must be a string like 36410-L-4")
        }
        return nil
    }

    mutating func outline(_ node: Node) -> [OutlinePillar]? {
        guard case .sequence(let sequence) = node else {
            invalid(node, "outline is a list of pillars: '- title: …' with optional 'actions: [...]'")
            return nil
        }
        var pillars: [OutlinePillar] = []
        for item in sequence {
            switch item {
            case .scalar(let scalar):
                pillars.append(OutlinePillar(title: scalar.string))
            case .mapping(let mapping):
                for (keyNode, _) in mapping where !["title", "actions"].contains(keyNode.string ?? "") {
                    diagnostics.append(.error(
                        .sidecarUnknownKey, "unknown key '\(keyNode.string ?? "")' in an outline pillar; use title and actions",
                        at: keyNode.location(in: path)))
                }
                guard let title = mapping["title"]?.string else {
                    invalid(item, "an outline pillar needs a title")
                    continue
                }
                let actions = mapping["actions"].flatMap { actionsNode -> [String]? in
                    guard case .sequence(let list) = actionsNode else {
                        invalid(actionsNode, "actions is a list of action titles")
                        return nil
                    }
                    return list.compactMap(\.string)
                }
                pillars.append(OutlinePillar(title: title, actions: actions))
            default:
                invalid(item, "an outline pillar is a title or a mapping with title and actions")
            }
        }
        return pillars
    }

    mutating func invalid(_ node: Node, _ message: String) {
        diagnostics.append(.error(.sidecarInvalidValue, message, at: node.location(in: path)))
    }
}

/// Shared with `GlossaryParser`.
extension Node {
    func location(in path: String) -> SourceLocation {
        SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }
}

/// Shared with `GlossaryParser`.
extension YamlError {
    var problemText: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return "malformed YAML: \(problem)"
        default:
            return "malformed YAML: \(self)"
        }
    }

    func location(in path: String) -> SourceLocation {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: path, line: mark.line, column: mark.column)
        default:
            return SourceLocation(file: path, line: 1)
        }
    }
}
