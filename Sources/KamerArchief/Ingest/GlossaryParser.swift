import Yams

/// Reads the topic glossary (`Content/topics.yml`): a YAML list of topics, each a mapping with
/// `name`, `kind`, `description` and optional `id`, `aliases` and `url`.
///
/// Every problem is a diagnostic at `file:line:col`: malformed YAML, an unknown key, a missing
/// field, an invalid value, and an id or alias that two topics share (a term must name one topic).
/// A topic with an error is left out; the others are kept.
public enum GlossaryParser {
    /// The keys a topic may have, as documented in the README.
    public static let knownKeys = ["name", "id", "kind", "aliases", "description", "url"]

    public static func parse(_ text: String, path: String) -> (topics: [Topic], diagnostics: [Diagnostic]) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return ([], [.error(.glossarySyntax, error.problemText, at: error.location(in: path))])
        } catch {
            return ([], [.error(.glossarySyntax, "\(error)", at: SourceLocation(file: path, line: 1))])
        }
        guard let node else { return ([], []) }
        guard case .sequence(let sequence) = node else {
            return ([], [.error(.glossarySyntax, "the glossary is a list of topics, each starting with '- name: …'", at: node.location(in: path))])
        }
        var reader = GlossaryReader(path: path)
        let topics = sequence.compactMap { reader.topic($0) }
        return (reader.unique(topics), reader.diagnostics)
    }
}

private struct GlossaryReader {
    let path: String
    var diagnostics: [Diagnostic] = []

    mutating func topic(_ node: Node) -> Topic? {
        guard case .mapping(let mapping) = node else {
            invalid(node, "a topic is a mapping with name, kind and description (and optional id, aliases, url)")
            return nil
        }
        let errorsBefore = diagnostics.count
        for (keyNode, _) in mapping where !GlossaryParser.knownKeys.contains(keyNode.string ?? "") {
            diagnostics.append(.error(
                .glossaryUnknownKey,
                "unknown key '\(keyNode.string ?? "")'; a topic may have \(GlossaryParser.knownKeys.joined(separator: ", "))",
                at: keyNode.location(in: path)))
        }
        let name = required(mapping, "name", in: node)
        let description = required(mapping, "description", in: node)
        let kindText = required(mapping, "kind", in: node)
        var kind: TopicKind?
        if let kindText, let kindNode = mapping["kind"] {
            kind = TopicKind(rawValue: kindText)
            if kind == nil {
                invalid(kindNode, "kind must be one of \(TopicKind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(kindText)'")
            }
        }
        var id = name.map { Slug.make($0, fallback: "onderwerp") }.map { $0 == "index" ? "index-onderwerp" : $0 }
        if let idNode = mapping["id"], let text = scalar(idNode, "id") {
            if text == "index" {
                invalid(idNode, "id 'index' is taken by the list of topics; choose another")
            } else if Slug.isSafe(text) { id = text } else {
                invalid(idNode, "id '\(text)' is not a safe slug (lowercase letters, digits and single hyphens); try '\(Slug.make(text))'")
            }
        }
        var url: String?
        if let urlNode = mapping["url"], let text = scalar(urlNode, "url") {
            if text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(" ") { url = text } else {
                invalid(urlNode, "url must be an http(s) address without spaces, not '\(text)'")
            }
        }
        var aliases: [String] = []
        if let aliasNode = mapping["aliases"] { aliases = aliasList(aliasNode) }
        guard diagnostics.count == errorsBefore, let name, let id, let kind, let description else { return nil }
        return Topic(
            id: id, name: name, aliases: aliases, kind: kind, description: description, url: url,
            location: node.location(in: path))
    }

    /// Drops topics whose id or any term (folded) an earlier topic already has, with an error at the later one.
    mutating func unique(_ topics: [Topic]) -> [Topic] {
        var ids: [String: Topic] = [:]
        var terms: [String: Topic] = [:]
        var result: [Topic] = []
        for topic in topics {
            if let other = ids[topic.id] {
                diagnostics.append(.error(.glossaryDuplicate, "topic id '\(topic.id)' is already used by '\(other.name)' at line \(other.location.line)", at: topic.location))
                continue
            }
            let clash = topic.terms.first { terms[TermKey.make($0)] != nil && terms[TermKey.make($0)]?.id != topic.id }
            if let clash, let other = terms[TermKey.make(clash)] {
                diagnostics.append(.error(.glossaryDuplicate, "'\(clash)' already names '\(other.name)' at line \(other.location.line); a term may name one topic", at: topic.location))
                continue
            }
            ids[topic.id] = topic
            for term in topic.terms { terms[TermKey.make(term)] = topic }
            result.append(topic)
        }
        return result
    }

    mutating func required(_ mapping: Node.Mapping, _ key: String, in node: Node) -> String? {
        guard let value = mapping[key] else {
            diagnostics.append(.error(.glossaryMissingField, "a topic needs '\(key)'", at: node.location(in: path)))
            return nil
        }
        guard let text = scalar(value, key) else { return nil }
        guard !text.trimmingCharacters(in: " \t").isEmpty else {
            invalid(value, "'\(key)' may not be empty")
            return nil
        }
        return text
    }

    mutating func aliasList(_ node: Node) -> [String] {
        guard case .sequence(let list) = node else {
            invalid(node, "aliases is a list: [CRMA, Critical Raw Materials Act]")
            return []
        }
        return list.compactMap { item -> String? in
            guard let text = scalar(item, "aliases"), !text.trimmingCharacters(in: " \t").isEmpty else { return nil }
            return text
        }
    }

    mutating func scalar(_ node: Node, _ key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            invalid(node, "'\(key)' takes a single value")
            return nil
        }
        return scalar.string
    }

    mutating func invalid(_ node: Node, _ message: String) {
        diagnostics.append(.error(.glossaryInvalidValue, message, at: node.location(in: path)))
    }
}
