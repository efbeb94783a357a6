import Foundation

/// A rebuild after a few documents changed patches the term shards of the previous build instead of
/// merging every document's postings again (which, at 10,000 documents, reads and merges hundreds of
/// megabytes). Only terms whose postings line changed in a changed document are touched; each of
/// their groups (`baseGroup(of:)`) is read back from its published shards, patched, and split again
/// exactly as a clean build splits it, so the result is byte for byte the clean build's.
extension SearchIndexBuilder {
    /// One document whose postings changed: its postings in the previous build and in this one
    /// (nil when it was added or removed).
    struct PostingsChange {
        var key: String
        var old: SearchPostings?
        var new: SearchPostings?
    }

    /// The previous build's term shards: their names and, on demand, the text of one (nil when it
    /// is missing or not what the previous build wrote).
    struct PublishedShards {
        var names: [String]
        var read: (_ name: String) -> String?
    }

    /// The shards after a patch: files to write (those of the changed groups, and the shard list)
    /// and the names of the published shards that stay as they are.
    struct PatchedShards {
        var files: [SiteFile]
        var kept: [String]
    }

    /// The previous build's shards patched with `changes`; nil when a shard it needs cannot be read
    /// back, and the caller merges everything anew.
    static func patchedTermFiles(_ changes: [PostingsChange], published: PublishedShards) -> PatchedShards? {
        var patches: [Substring: [(term: String, segments: [Segment])]] = [:]
        for (term, segments) in termPatches(changes) { patches[baseGroup(of: term[...]), default: []].append((term, segments)) }
        var files: [SiteFile] = [], names: [String] = [], kept: [String] = []
        var byGroup: [Substring: [String]] = [:]
        for name in published.names {
            let base = baseGroup(of: name[...])
            if patches[base] != nil { byGroup[base, default: []].append(name) } else { kept.append(name) }
        }
        for (base, termPatches) in patches.sorted(by: { $0.key < $1.key }) {
            var postings: [String: String] = [:]
            for name in byGroup[base] ?? [] {
                guard let text = published.read(name), let terms = shardTerms(text, name: name) else { return nil }
                for (term, line) in terms { postings[String(term)] = String(line) }
            }
            for (term, segments) in termPatches {
                let line = patched(postings[term] ?? "|", with: segments)
                postings[term] = line == "|" ? nil : line
            }
            let terms = postings.keys.sorted()
            var shards: [(name: String, terms: ArraySlice<String>)] = []
            group(terms[...], prefixLength: basePrefixLength, name: { $0 }, size: { $0.utf8.count + postings[$0]!.utf8.count + termOverhead }, into: &shards)
            for shard in shards {
                files.append(shardFile(shard.name, shard.terms.map { ($0, postings[$0]!) }))
                names.append(shard.name)
            }
        }
        files.append(shardList((names + kept).sorted()))
        return PatchedShards(files: files, kept: kept)
    }

    /// The terms of a shard file as this builder writes it (`shardFile`), with their postings; nil
    /// when the text is not such a file.
    static func shardTerms(_ text: String, name: String) -> [(term: Substring, postings: Substring)]? {
        let opening = shardOpening(name), closing = "};\n"
        guard text.hasPrefix(opening), text.hasSuffix(closing) else { return nil }
        let bytes = text.utf8
        var index = bytes.index(bytes.startIndex, offsetBy: opening.utf8.count)
        let end = bytes.index(bytes.endIndex, offsetBy: -closing.utf8.count)
        var terms: [(term: Substring, postings: Substring)] = []
        /// The string that starts at `index` (a `"`), moving `index` past its closing quote.
        func quoted() -> Substring? {
            guard index < end, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let start = bytes.index(after: index)
            guard let close = bytes[start..<end].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            index = bytes.index(after: close)
            return text[start..<close]
        }
        while index < end {
            if !terms.isEmpty {
                guard bytes[index] == UInt8(ascii: ",") else { return nil }
                index = bytes.index(after: index)
            }
            guard let term = quoted(), index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
            index = bytes.index(after: index)
            guard let postings = quoted() else { return nil }
            terms.append((term, postings))
        }
        return terms
    }
}

private extension SearchIndexBuilder {
    /// A document's new entry numbers for one term (empty parts when the term left it).
    struct Segment {
        var key: String
        var headings: Substring
        var body: Substring
    }

    /// For each term whose postings line differs between a change's old and new postings, the
    /// changed documents' new parts.
    static func termPatches(_ changes: [PostingsChange]) -> [String: [Segment]] {
        var patches: [String: [Segment]] = [:]
        for change in changes {
            var old: [Substring: (headings: Substring, body: Substring)] = [:]
            change.old?.forEachTerm { term, headings, body in old[term] = (headings, body) }
            change.new?.forEachTerm { term, headings, body in
                let before = old.removeValue(forKey: term)
                if before?.headings != headings || before?.body != body {
                    patches[String(term), default: []].append(Segment(key: change.key, headings: headings, body: body))
                }
            }
            for term in old.keys { patches[String(term), default: []].append(Segment(key: change.key, headings: "", body: "")) }
        }
        return patches
    }

    /// A merged postings line (`headings|body`, each `key:numbers` joined by `;` in key order) with
    /// the segments' documents taken out and put back with their new numbers.
    static func patched(_ line: String, with segments: [Segment]) -> String {
        let bar = line.utf8.firstIndex(of: UInt8(ascii: "|")) ?? line.endIndex
        let rest = bar < line.endIndex ? line[line.utf8.index(after: bar)...] : ""
        let keys = Set(segments.map(\.key))
        let added = segments.sorted { $0.key < $1.key }
        func key(_ entry: Substring) -> String { String(entry.utf8.prefix { $0 != UInt8(ascii: ":") })! }
        func part(_ text: Substring, _ numbers: (Segment) -> Substring) -> String {
            // Entries are in key order already; the changed documents' come out and go back in place.
            var entries = text.utf8.split(separator: UInt8(ascii: ";")).map { Substring($0) }
            entries.removeAll { keys.contains(key($0)) }
            for segment in added where !numbers(segment).isEmpty {
                var low = 0, high = entries.count
                while low < high {
                    let middle = (low + high) / 2
                    if key(entries[middle]) < segment.key { low = middle + 1 } else { high = middle }
                }
                entries.insert("\(segment.key):\(numbers(segment))", at: low)
            }
            return entries.joined(separator: ";")
        }
        return part(line[..<bar], \.headings) + "|" + part(rest, \.body)
    }
}
