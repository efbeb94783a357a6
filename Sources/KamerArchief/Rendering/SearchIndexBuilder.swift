import Foundation

/// The offline search index, as scripts, so that `search.html` loads it with `<script>` elements,
/// which work from `file://` where `fetch` does not. A query loads only what it needs:
///
/// - `assets/search-index.js` lists the term shards (`window.KAMERARCHIEF_TERM_SHARDS`);
/// - `assets/zoekindex/termen/<prefix>.js` holds the postings of every folded term that starts with
///   the prefix (and with no longer listed prefix): term → document key → entry numbers
///   (`SearchIndexBuilder+Shards.swift`);
/// - `assets/zoekindex/documenten/<key>-<chunk>.js` holds the text of one document's entries,
///   `entriesPerChunk` at a time, loaded only for the results on screen (for snippets).
///
/// One entry per place a result can link to: document, section, pillar, action, paragraph,
/// footnote and topic. An entry is found by the terms of its text (`x`); entries that are a title,
/// heading or pillar name are marked as headings in the postings, so that they rank first.
enum SearchIndexBuilder {
    static let path = "assets/search-index.js"
    static let entriesPerChunk = 64

    static func chunkPath(_ key: String, _ chunk: Int) -> String { "assets/zoekindex/documenten/\(key)-\(chunk).js" }

    /// The key of the glossary's topics in the index; never a document key (those hold no `_`).
    static let topicKey = "_onderwerpen"

    /// One document's entry files.
    static func documentFiles(_ document: Document, key: String) -> [SiteFile] {
        chunkFiles(key, entries(for: document, placement: Placement(document)))
    }

    /// One document's postings, for the term shards.
    static func postings(for document: Document) -> SearchPostings {
        SearchPostings(entries(for: document, placement: Placement(document)))
    }

    /// The topics' entry files and postings; none without a glossary.
    static func topics(_ archive: Archive) -> (files: [SiteFile], postings: SearchPostings)? {
        guard !archive.topics.entries.isEmpty else { return nil }
        let entries = archive.topics.entries.map { entry in
            SearchEntry(
                title: entry.topic.name, where: "Onderwerp › \(entry.topic.kind.singularLabel)", url: Permalinks.topic(entry.topic.id),
                text: ([entry.topic.name] + entry.topic.terms + [entry.topic.description]).joined(separator: " · "), isHeading: true)
        }
        return (chunkFiles(topicKey, entries), SearchPostings(entries))
    }
}

/// One search result target. Short keys keep the index small.
struct SearchEntry {
    let title: String
    let `where`: String
    /// Site-relative path with anchor.
    let url: String
    /// What the entry is found by, and its snippet.
    let text: String
    /// A title, heading, pillar, action or topic name (ranks above body text); kept in the postings.
    var isHeading = false
}

extension SearchIndexBuilder {
    /// `entries` in files of `entriesPerChunk`, the chunks `search.js` loads for snippets.
    static func chunkFiles(_ key: String, _ entries: [SearchEntry]) -> [SiteFile] {
        stride(from: 0, to: entries.count, by: entriesPerChunk).map { start in
            let chunk = Array(entries[start..<min(start + entriesPerChunk, entries.count)])
            let name = "\(key)-\(start / entriesPerChunk)"
            // The file is written as bytes: the JSON is valid UTF-8 by construction, and script-safe.
            var writer = JSONWriter(scriptSafe: true, capacity: 16 * 1024)
            writer.append(raw: "(window.KAMERARCHIEF_ENTRIES = window.KAMERARCHIEF_ENTRIES || {})[\"\(name)\"] = ")
            writer.array(chunk) { json, entry in
                json.object { json in
                    json.field("t", entry.title)
                    json.field("u", entry.url)
                    json.field("w", entry.where)
                    json.field("x", entry.text)
                }
            }
            writer.append(raw: ";\n")
            return SiteFile(path: chunkPath(key, start / entriesPerChunk), utf8: writer.bytes)
        }
    }
}

private extension SearchIndexBuilder {
    static func entries(for document: Document, placement: Placement) -> [SearchEntry] {
        let documentPage = Permalinks.document(document.id)
        var entries = [SearchEntry(title: document.title, where: document.label, url: documentPage, text: document.title, isHeading: true)]
        func addSections(_ sections: [Section]) {
            for section in sections where !section.paragraphs.isEmpty || !section.subsections.isEmpty {
                entries.append(SearchEntry(
                    title: section.title, where: "\(document.label) › \(section.title)", url: "\(documentPage)#\(section.id)",
                    text: section.title, isHeading: true))
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
            entries.append(SearchEntry(title: pillar.title, where: label, url: pillarPage, text: pillar.title, isHeading: true))
            if document.kind != .fiche {
                for paragraph in pillar.text {
                    entries.append(SearchEntry(title: pillar.title, where: label, url: "\(pillarPage)#\(Permalinks.paragraphAnchor(paragraph))", text: paragraph.text))
                }
            }
            for action in pillar.actions {
                let actionPage = Permalinks.action(document.id, pillar.number, action.number)
                entries.append(SearchEntry(title: action.title, where: label, url: actionPage, text: action.title, isHeading: true))
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
