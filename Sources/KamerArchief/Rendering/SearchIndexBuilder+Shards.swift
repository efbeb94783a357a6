import Foundation

/// The term shards and their list, merged from every document's postings.
///
/// Terms are grouped by their first `basePrefixLength` characters; a group larger than
/// `shardByteLimit` bytes is split by one more character, again and again, a term as long as the
/// group's prefix staying in the group. A term lives in the shard with the longest listed name that
/// is a prefix of it, which is how `search.js` finds it. The grouping depends only on the postings,
/// and documents are merged in key order, so equal archives give equal bytes, and a rebuild after
/// one document changed changes only the shards of that document's terms (and, rarely, a split).
extension SearchIndexBuilder {
    static let basePrefixLength = 2
    /// Bytes of postings above which a prefix group is split (when it holds longer terms).
    static let shardByteLimit = 24_000

    static func termShardPath(_ prefix: String) -> String { "assets/zoekindex/termen/\(prefix).js" }

    /// The term shards and `assets/search-index.js`, from the postings of the documents with the
    /// given keys (any order), read one document at a time through `postings`.
    static func termFiles(keys: [String], postings: (String) -> SearchPostings?) -> [SiteFile] {
        var merged: [String: String] = [:]
        for key in keys.sorted() {
            guard let document = postings(key) else { continue }
            document.forEachTerm { term, numbers in
                let term = String(term), posting = "\"\(key)\":[\(numbers)]"
                if merged[term] != nil { merged[term]! += "," + posting } else { merged[term] = posting }
            }
        }
        let terms = merged.keys.sorted()
        var shards: [(name: String, terms: ArraySlice<String>)] = []
        group(terms[...], prefixLength: basePrefixLength, merged: merged, into: &shards)
        shards.sort { $0.name < $1.name }
        var files = shards.map { shard in
            let body = shard.terms.map { "\"\($0)\":{\(merged[$0]!)}" }.joined(separator: ",")
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

/// Short, stable keys for documents in the search index: three base-36 digits of the document's
/// day (days since 1970-01-01; `000` when undated) and five of a hash of its id. The key sorts by
/// date, so the browser ranks newer documents first without a table of dates, and it does not
/// change when other documents come or go. Two documents with the same key (same day, same hash:
/// about one in 60 million per pair) are told apart by hashing the later id again.
struct SearchKeys: Sendable {
    private var keys: [String: String] = [:]

    init(_ documents: [DocumentSummary]) {
        var taken = Set<String>()
        for document in documents.sorted(by: { $0.id < $1.id }) {
            var salt = 0
            var key = Self.key(document.id, date: document.date, salt: salt)
            while !taken.insert(key).inserted {
                salt += 1
                key = Self.key(document.id, date: document.date, salt: salt)
            }
            keys[document.id] = key
        }
    }

    subscript(id: String) -> String { keys[id] ?? Self.key(id, date: nil, salt: 0) }

    private static func key(_ id: String, date: String?, salt: Int) -> String {
        var hash = ContentHash()
        hash.combine(id)
        if salt > 0 { hash.combine(UInt64(salt)) }
        return base36(UInt64(max(0, days(date) ?? 0)), width: 3) + base36(hash.value % 60_466_176, width: 5)
    }

    /// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian), capped to three digits.
    private static func days(_ date: String?) -> Int? {
        guard let parts = date?.split(separator: "-").compactMap({ Int($0) }), parts.count == 3 else { return nil }
        let (year, month, day) = (parts[1] <= 2 ? parts[0] - 1 : parts[0], parts[1], parts[2])
        let era = (year >= 0 ? year : year - 399) / 400
        let yearOfEra = year - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return min(46_655, era * 146_097 + dayOfEra - 719_468)
    }

    private static func base36(_ value: UInt64, width: Int) -> String {
        let digits = String(value, radix: 36)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
