import Foundation

/// The term shards and their list, merged from every document's postings.
///
/// A shard maps each of its terms to one string of postings, `key:3;key:1,5|key:8;key:4`: the
/// heading entries before the `|`, the body entries after it, each part as document keys in key
/// order (oldest first) with their entry numbers. One string per term, rather than an object per
/// document and an array per posting, lets the browser read a prefix with hundreds of thousands
/// of postings in one pass without making an object for each; the heading part first lets it show
/// the first page from headings alone when they fill it (`search.js`).
///
/// Terms are grouped by their first `basePrefixLength` characters; a group larger than
/// `shardByteLimit` bytes is split by one more character, again and again, a term as long as the
/// group's prefix staying in the group. A term lives in the shard with the longest listed name that
/// is a prefix of it, which is how `search.js` finds it. The grouping depends only on the postings,
/// and documents are merged in key order, so equal archives give equal bytes, and a rebuild after
/// one document changed changes only the shards of that document's terms (and, rarely, a split).
extension SearchIndexBuilder {
    static let basePrefixLength = 2
    /// Bytes of postings above which a prefix group is split (when it holds longer terms). Each
    /// shard is one `<script>` load, which from `file://` costs a few milliseconds whatever its
    /// size: 64 KB keeps a prefix query's file count low (measured at 24 KB: 52 files, most of a
    /// 1,000-document prefix query's time) while one word still loads well under the byte budget.
    static let shardByteLimit = 64_000

    static func termShardPath(_ prefix: String) -> String { "assets/zoekindex/termen/\(prefix).js" }

    /// The term shards and `assets/search-index.js`, from the postings of the documents with the
    /// given keys (any order), read one document at a time through `postings`.
    static func termFiles(keys: [String], postings: (String) -> SearchPostings?) -> [SiteFile] {
        var headings: [String: String] = [:], bodies: [String: String] = [:]
        func add(_ key: String, _ numbers: Substring, to parts: inout [String: String], _ term: String) {
            guard !numbers.isEmpty else { return }
            if parts[term] != nil { parts[term]! += ";\(key):\(numbers)" } else { parts[term] = "\(key):\(numbers)" }
        }
        for key in keys.sorted() {
            guard let document = postings(key) else { continue }
            document.forEachTerm { term, heading, body in
                let term = String(term)
                add(key, heading, to: &headings, term)
                add(key, body, to: &bodies, term)
            }
        }
        var merged: [String: String] = [:]
        for term in Set(headings.keys).union(bodies.keys) { merged[term] = (headings[term] ?? "") + "|" + (bodies[term] ?? "") }
        let terms = merged.keys.sorted()
        var shards: [(name: String, terms: ArraySlice<String>)] = []
        group(terms[...], prefixLength: basePrefixLength, merged: merged, into: &shards)
        shards.sort { $0.name < $1.name }
        var files = shards.map { shard in
            let body = shard.terms.map { "\"\($0)\":\"\(merged[$0]!)\"" }.joined(separator: ",")
            return SiteFile(
                path: termShardPath(shard.name),
                contents: "(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})[\"\(shard.name)\"] = {\(body)};\n")
        }
        let names = shards.map { "\"\($0.name)\"" }.joined(separator: ",")
        files.append(SiteFile(path: path, contents: "window.KAMERARCHIEF_TERM_SHARDS = [\(names)];\n"))
        return files
    }
}

private extension SearchIndexBuilder {
    /// Splits sorted `terms` into groups by their first `prefixLength` characters, splitting large
    /// groups further.
    static func group(
        _ terms: ArraySlice<String>, prefixLength: Int, merged: [String: String], into shards: inout [(name: String, terms: ArraySlice<String>)]
    ) {
        var start = terms.startIndex
        while start < terms.endIndex {
            let name = String(terms[start].prefix(prefixLength))
            if name.count < prefixLength {
                // A term shorter than the prefix (only at the top): alone, so that its name does not
                // swallow the longer terms it begins.
                shards.append((name, terms[start...start]))
                start += 1
                continue
            }
            var end = start
            var bytes = 0
            while end < terms.endIndex, terms[end].hasPrefix(name) {
                bytes += terms[end].utf8.count + merged[terms[end]]!.utf8.count + 6
                end += 1
            }
            let members = terms[start..<end]
            // Sorted, so a term equal to the name comes first; only longer terms can split.
            let own = members.first == name ? 1 : 0
            if bytes > shardByteLimit && members.count - own > 1 {
                shards.append((name, members.prefix(own)))
                group(members.dropFirst(own), prefixLength: prefixLength + 1, merged: merged, into: &shards)
            } else {
                shards.append((name, members))
            }
            start = end
        }
    }
}
