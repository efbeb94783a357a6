import Foundation

/// The offline search index, as scripts, so that `search.html` loads it with `<script>` elements,
/// which work from `file://` where `fetch` does not.
///
/// `assets/search-index.js` lists the shards (`window.KAMERARCHIEF_SHARDS`); each document has one
/// shard, `assets/zoekindex/<id>.js`, that stores its entries in `window.KAMERARCHIEF_SHARD_DATA[id]`.
/// Sharding keeps an incremental build from rewriting the whole index for one changed document.
/// One entry per place a result can link to: document, section, pillar, action, paragraph and
/// footnote. Entries hold their text once (for matching and snippets); the browser folds case and
/// diacritics and matches word prefixes (see `Templates/assets/search.js`).
enum SearchIndexBuilder {
    static let path = "assets/search-index.js"

    static func shardPath(_ id: String) -> String { "assets/zoekindex/\(id).js" }

    /// The shard of the glossary's topics; its name cannot be a document id (those are slugs).
    static let topicShardName = "_onderwerpen"

    /// The list of shards: one per document, then the topics.
    static func list(_ archive: Archive) -> SiteFile {
        let ids = archive.documents.map(\.id).sorted() + (archive.topics.entries.isEmpty ? [] : [topicShardName])
        return SiteFile(path: path, contents: "window.KAMERARCHIEF_SHARDS = \(JSONOutput.string(ids).trimmingCharacters(in: "\n"));\n")
    }

    /// One entry per topic, pointing at its page.
    static func topicShard(_ archive: Archive) -> [SiteFile] {
        guard !archive.topics.entries.isEmpty else { return [] }
        let entries = archive.topics.entries.map { entry in
            SearchEntry(
                title: entry.topic.name, where: "Onderwerp › \(entry.topic.kind.singularLabel)", url: Permalinks.topic(entry.topic.id),
                text: (entry.topic.terms + [entry.topic.description]).joined(separator: " · "))
        }
        return [shardFile(topicShardName, entries)]
    }

    /// One document's entries.
    static func shard(for document: Document) -> SiteFile {
        shardFile(document.id, entries(for: document, placement: Placement(document)))
    }

    private static func shardFile(_ name: String, _ entries: [SearchEntry]) -> SiteFile {
        let json = scriptSafe(JSONOutput.string(entries, compact: true).trimmingCharacters(in: "\n"))
        return SiteFile(
            path: shardPath(name),
            contents: "(window.KAMERARCHIEF_SHARD_DATA = window.KAMERARCHIEF_SHARD_DATA || {})[\"\(name)\"] = \(json);\n")
    }

    /// JSON that is also safe as script text: `<` (so source text can never write `</script>` or
    /// `<!--`) and the line separators U+2028/U+2029 (line ends in older JavaScript) become `\u`
    /// escapes. They only occur inside JSON strings, where the escapes read back as the same characters.
    static func scriptSafe(_ json: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": result.append(contentsOf: #"\u003c"#.unicodeScalars)
            case "\u{2028}": result.append(contentsOf: #"\u2028"#.unicodeScalars)
            case "\u{2029}": result.append(contentsOf: #"\u2029"#.unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    private static func entries(for document: Document, placement: Placement) -> [SearchEntry] {
        let documentPage = Permalinks.document(document.id)
        var entries = [SearchEntry(title: document.title, where: document.label, url: documentPage, text: document.title)]
        func addSections(_ sections: [Section]) {
            for section in sections where !section.paragraphs.isEmpty || !section.subsections.isEmpty {
                entries.append(SearchEntry(title: section.title, where: "\(document.label) › \(section.title)", url: "\(documentPage)#\(section.id)", text: section.title))
                for paragraph in section.paragraphs {
                    entries.append(SearchEntry(
                        title: document.title, where: "\(document.label) › \(section.title)",
                        url: placement.page(of: paragraph) + "#" + Permalinks.paragraphAnchor(paragraph), text: paragraph.text))
                }
                addSections(section.subsections)
            }
        }
        addSections(document.sections)
        for pillar in document.pillars {
            let label = "\(document.label) › \(pillar.displayLabel(in: document))"
            let pillarPage = Permalinks.pillar(document.id, pillar.number)
            entries.append(SearchEntry(title: pillar.title, where: label, url: pillarPage, text: pillar.title))
            if document.kind != .fiche {
                for paragraph in pillar.text {
                    entries.append(SearchEntry(title: pillar.title, where: label, url: "\(pillarPage)#\(Permalinks.paragraphAnchor(paragraph))", text: paragraph.text))
                }
            }
            for action in pillar.actions {
                let actionPage = Permalinks.action(document.id, pillar.number, action.number)
                entries.append(SearchEntry(title: action.title, where: label, url: actionPage, text: action.title))
                for paragraph in action.paragraphs {
                    entries.append(SearchEntry(
                        title: action.title, where: "\(label) › \(action.title)",
                        url: "\(actionPage)#\(Permalinks.paragraphAnchor(paragraph))", text: paragraph.text))
                }
            }
        }
        for note in document.footnotes {
            entries.append(SearchEntry(
                title: "Voetnoot \(note.number)", where: document.label,
                url: placement.page(ofFootnote: note.number) + "#" + Permalinks.footnoteAnchor(note.number), text: note.text))
        }
        return entries
    }
}

/// One search result target. Short keys keep the index small.
private struct SearchEntry: Encodable {
    let title: String
    let `where`: String
    /// Site-relative path with anchor.
    let url: String
    let text: String

    enum CodingKeys: String, CodingKey {
        case title = "t", `where` = "w", url = "u", text = "x"
    }
}
