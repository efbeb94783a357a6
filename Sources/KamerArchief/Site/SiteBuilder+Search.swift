import Foundation

/// The search's term shards for a build: patched from the previous build's when it left them and
/// few documents changed (`SearchIndexBuilder+Update.swift`), else merged anew from every
/// document's postings. Both give the same bytes.
extension SiteBuilder {
    struct TermShards {
        /// Published shards that stay as they are, by path, with their hashes.
        var kept: [String: UInt64]
        /// What the shards were made from, for the next build (`JobState.searchSources`).
        var sources: [String: UInt64]
    }

    /// Above this share of changed documents a rebuild merges every document's postings again:
    /// patching reads each changed group's shards, which then is most of them anyway.
    static let patchedShareLimit = 10

    /// Hands every shard file to write (and the shard list) to `emit`, in batches.
    static func termShards(
        _ renderer: SiteRenderer, byID: [String: IngestedSource], fresh: [String: SearchPostings], cache: BuildCache?, kept: KeptModels,
        previous: JobState?, output: URL,
        emit: ([SiteFile]) throws -> Void
    ) throws -> TermShards {
        let parts = PostingsParts()
        /// The postings of document `id`, at least the lines of the terms that start with `firstBytes`.
        let passPostings = { @Sendable (id: String, firstBytes: ClosedRange<UInt8>) -> SearchPostings? in
            guard let source = byID[id] else { return nil }
            if let postings = fresh[id] { return postings }
            let key = source.stamp.contentKey
            return cache?.loadPostings(key, firstBytes: firstBytes, parts: parts)
                ?? (kept.take(key) ?? cache?.loadDocument(key) ?? reparse(source)).map(SearchIndexBuilder.postings(for:))
        }
        let postings = { @Sendable (id: String) -> SearchPostings? in passPostings(id, 0...255) }
        var sources: [String: UInt64] = [:], ids: [String: String] = [:]
        for document in renderer.archive.documents {
            let key = renderer.searchKeys[document.id]
            sources[key] = byID[document.id]?.stamp.contentKey ?? 0
            ids[key] = document.id
        }
        let topics = SearchIndexBuilder.topics(renderer.archive)?.postings
        if let topics { sources[SearchIndexBuilder.topicKey] = ContentHash.of(topics.text) }

        if let previous, let cache, !previous.searchSources.isEmpty {
            let changed = Set(sources.keys).union(previous.searchSources.keys).filter { sources[$0] != previous.searchSources[$0] }
            // The topics' previous postings are not kept: a changed glossary merges anew.
            if changed.count <= max(16, sources.count / patchedShareLimit), !changed.contains(SearchIndexBuilder.topicKey),
                let patched = patchedShards(changed.sorted(), previous: previous, cache: cache, output: output, postings: { key in ids[key].flatMap { postings($0) } })
            {
                try emit(patched.files)
                let kept = patched.kept.compactMap { name in
                    let path = SearchIndexBuilder.termShardPath(name)
                    return previous.dataFiles[path].map { (path, $0) }
                }
                return TermShards(kept: Dictionary(kept, uniquingKeysWith: { first, _ in first }), sources: sources)
            }
        }
        let documentIDs = ids
        try SearchIndexBuilder.termFiles(keys: Array(sources.keys), passPostings: { key, firstBytes in
            key == SearchIndexBuilder.topicKey ? topics : documentIDs[key].flatMap { passPostings($0, firstBytes) }
        }, emit: emit)
        return TermShards(kept: [:], sources: sources)
    }
}

private extension SiteBuilder {
    /// The previous build's shards patched with the changed keys' postings; nil when an old postings
    /// file or a published shard is missing or not what the previous build wrote.
    static func patchedShards(
        _ changed: [String], previous: JobState, cache: BuildCache, output: URL, postings: (String) -> SearchPostings?
    ) -> SearchIndexBuilder.PatchedShards? {
        var changes: [SearchIndexBuilder.PostingsChange] = []
        for key in changed {
            var old: SearchPostings?
            if let source = previous.searchSources[key] {
                guard let loaded = cache.loadPostings(source) else { return nil }
                old = loaded
            }
            changes.append(SearchIndexBuilder.PostingsChange(key: key, old: old, new: postings(key)))
        }
        let names = previous.dataFiles.keys.compactMap(SearchIndexBuilder.termShardName(path:))
        let published = SearchIndexBuilder.PublishedShards(names: names) { name in
            let path = SearchIndexBuilder.termShardPath(name)
            guard let data = FileManager.default.contents(atPath: output.path + "/" + path) else { return nil }
            let text = String(decoding: data, as: UTF8.self)
            return ContentHash.of(text) == previous.dataFiles[path] ? text : nil
        }
        return SearchIndexBuilder.patchedTermFiles(changes, published: published)
    }
}
