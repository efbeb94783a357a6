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

    /// One document's entry files, and its postings for the term shards: both from one list of
    /// its entries.
    static func documentIndex(_ document: Document, key: String) -> (files: [SiteFile], postings: SearchPostings) {
        let entries = entries(for: document, placement: Placement(document))
        return (chunkFiles(key, entries), SearchPostings(entries))
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
    ///
    /// A chunk is `{"e": [[title, where, address, text?]], "p": prefix, "s": [string]}`: `title` and
    /// `where` are positions in `s`, which holds each distinct title and breadcrumb once; `address`
    /// follows `p`, the folder all the chunk's addresses share; `text` is left out when it is the
    /// title's bytes (a heading's entry). A document's paragraphs repeat its title, breadcrumbs and
    /// folder, which were 22% of the entry files' bytes when every entry spelled them out.
    static func chunkFiles(_ key: String, _ entries: [SearchEntry]) -> [SiteFile] {
        stride(from: 0, to: entries.count, by: entriesPerChunk).map { start in
            let chunk = entries[start..<min(start + entriesPerChunk, entries.count)]
            let name = "\(key)-\(start / entriesPerChunk)"
            let prefix = folderPrefix(chunk.lazy.map { $0.url })
            var strings = DistinctStrings()
            // The positions alone: rows that held their entry too copied it (four strings retained
            // and released) for each row, and again as each row was written.
            let positions = chunk.map { entry in (title: strings.position(of: entry.title), place: strings.position(of: entry.where)) }
            // The file is written as bytes: the JSON is valid UTF-8 by construction, and script-safe.
            // Room for the texts, addresses and strings as they are (a few escapes aside), and the
            // brackets and numbers around them.
            let capacity = chunk.reduce(strings.strings.reduce(512) { $0 + $1.utf8.count + 3 }) { $0 + $1.text.utf8.count + $1.url.utf8.count + 24 }
            var writer = JSONWriter(scriptSafe: true, capacity: capacity)
            writer.append(raw: "(window.KAMERARCHIEF_ENTRIES = window.KAMERARCHIEF_ENTRIES || {})[\"\(name)\"] = ")
            // Keys in sorted order, as in every JSON file of the site.
            writer.object { json in
                json.key("e")
                json.array(chunk.indices) { json, index in
                    json.array { json in
                        json.int(positions[index - start].title)
                        json.int(positions[index - start].place)
                        json.string(chunk[index].url, droppingFirst: prefix.utf8.count)
                        if !Self.sameUTF8(chunk[index].text, chunk[index].title) { json.string(chunk[index].text) }
                    }
                }
                json.field("p", prefix)
                json.field("s", strings.strings)
            }
            writer.append(raw: ";\n")
            return SiteFile(path: chunkPath(key, start / entriesPerChunk), utf8: writer.bytes)
        }
    }

    /// The longest start that every address shares and that ends in `/`; empty when they share none.
    static func folderPrefix<Addresses: Collection<String>>(_ addresses: Addresses) -> String {
        guard var first = addresses.first else { return "" }
        return first.withUTF8 { head in
            var length = head.count
            for var address in addresses.dropFirst() {
                address.withUTF8 { utf8 in
                    // Most addresses share all of what the ones before shared: one comparison.
                    if length > 0, utf8.count >= length, memcmp(head.baseAddress!, utf8.baseAddress!, length) == 0 { return }
                    var shared = 0
                    while shared < min(length, utf8.count), utf8[shared] == head[shared] { shared += 1 }
                    length = shared
                }
            }
            while length > 0, head[length - 1] != UInt8(ascii: "/") { length -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: head[..<length]), as: UTF8.self)
        }
    }

    /// Strings in the order first met, each once, and where each is: a chunk's titles and
    /// breadcrumbs. A string is found again by its bytes: the `ContentHash`es of the strings so
    /// far are looked through for its own, and a string with the same hash is compared byte for
    /// byte. (A dictionary of `String`s hashes and compares them as Unicode text, normalising each
    /// one that is not ASCII, and every breadcrumb holds a `›`; a dictionary from hash to place,
    /// made anew for each chunk's few dozen strings, hashed each hash again and grew by copying
    /// four or five times: some 970 instructions a lookup.) The two strings found last are compared
    /// first: a chunk's entries come in page order, and most share their title and breadcrumb with
    /// the entry before.
    struct DistinctStrings {
        private(set) var strings: [String] = []
        /// `strings`' hashes, in the same order.
        private var hashes: [UInt64] = []
        private var recent = (-1, -1)

        mutating func position(of string: String) -> Int {
            if recent.0 >= 0, sameUTF8(strings[recent.0], string) { return recent.0 }
            if recent.1 >= 0, sameUTF8(strings[recent.1], string) {
                recent = (recent.1, recent.0)
                return recent.0
            }
            let position = find(string)
            recent = (position, recent.0)
            return position
        }

        private mutating func find(_ string: String) -> Int {
            let hash = ContentHash.of(string)
            if let known = hashes.indices.first(where: { hashes[$0] == hash && sameUTF8(strings[$0], string) }) { return known }
            strings.append(string)
            hashes.append(hash)
            return strings.count - 1
        }
    }

    /// Whether `a` and `b` are the same bytes (not only canonically equivalent text).
    static func sameUTF8(_ a: String, _ b: String) -> Bool {
        let count = a.utf8.count
        guard count == b.utf8.count else { return false }
        var a = a, b = b
        return a.withUTF8 { a in b.withUTF8 { b in count == 0 || memcmp(a.baseAddress!, b.baseAddress!, count) == 0 } }
    }
}

private extension SearchIndexBuilder {
    static func entries(for document: Document, placement: Placement) -> [SearchEntry] {
        let documentPage = Permalinks.document(document.id)
        var entries = [SearchEntry(title: document.title, where: document.label, url: documentPage, text: document.title, isHeading: true)]
        func addSections(_ sections: [Section]) {
            for section in sections where !section.paragraphs.isEmpty || !section.subsections.isEmpty {
                // Made once for the section's entries, which share it.
                let place = String(joining: document.label, " › ", section.title)
                entries.append(SearchEntry(
                    title: section.title, where: place, url: String(joining: documentPage, "#", section.id), text: section.title, isHeading: true))
                for paragraph in section.paragraphs {
                    entries.append(SearchEntry(
                        title: document.title, where: place,
                        url: String(joining: placement.page(of: paragraph), "#", Permalinks.paragraphAnchor(paragraph)), text: searchText(paragraph)))
                }
                addSections(section.subsections)
            }
        }
        addSections(document.sections)
        for pillar in document.pillars {
            let label = String(joining: document.label, " › ", pillar.displayLabel(in: document))
            let pillarPage = Permalinks.pillar(document.id, pillar.number)
            entries.append(SearchEntry(title: pillar.title, where: label, url: pillarPage, text: pillar.title, isHeading: true))
            if document.kind != .fiche {
                for paragraph in pillar.text {
                    entries.append(SearchEntry(
                        title: pillar.title, where: label, url: String(joining: pillarPage, "#", Permalinks.paragraphAnchor(paragraph)),
                        text: searchText(paragraph)))
                }
            }
            for action in pillar.actions {
                let actionPage = Permalinks.action(document.id, pillar.number, action.number)
                entries.append(SearchEntry(title: action.title, where: label, url: actionPage, text: action.title, isHeading: true))
                let place = String(joining: label, " › ", action.title)
                for paragraph in action.paragraphs {
                    entries.append(SearchEntry(
                        title: action.title, where: place, url: String(joining: actionPage, "#", Permalinks.paragraphAnchor(paragraph)),
                        text: searchText(paragraph)))
                }
            }
        }
        let signers = document.metadata.ondertekening
        if !signers.isEmpty {
            let text = signers.map { signer in signer.functie.map { String(joining: signer.naam, ", ", $0) } ?? signer.naam }
            entries.append(SearchEntry(
                title: document.title, where: String(joining: document.label, " › ", "Ondertekening"),
                url: String(joining: documentPage, "#", Permalinks.signersAnchor(document)), text: text.joined(separator: "; ")))
        }
        for note in document.footnotes {
            entries.append(SearchEntry(
                title: "Voetnoot \(note.number)", where: document.label,
                url: String(joining: placement.page(ofFootnote: note.number), "#", Permalinks.footnoteAnchor(note.number)), text: note.text))
        }
        return entries
    }

    /// What a paragraph gives the search: its text, and for a table its caption and then its cells
    /// (` | ` between cells, ` / ` between rows), so that a figure or a name in a table is found.
    static func searchText(_ paragraph: Paragraph) -> String {
        guard let table = paragraph.table else { return paragraph.text }
        let rows = table.rows.lazy.map { $0.filter { !$0.isEmpty }.joined(separator: " | ") }.filter { !$0.isEmpty }
        let cells = rows.joined(separator: " / ")
        return paragraph.text.isEmpty || cells.isEmpty ? paragraph.text + cells : String(joining: paragraph.text, " · ", cells)
    }
}
