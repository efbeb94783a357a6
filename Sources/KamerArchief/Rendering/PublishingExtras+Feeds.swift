/// An Atom feed per dossier (`dossiers/<nummer>.xml`) and per topic (`onderwerpen/<id>.xml`),
/// written only with a base URL, like the site feed. Entries are documents, newest first; every
/// date comes from the documents, never from the clock, so builds stay reproducible.
extension PublishingExtras {
    struct FeedEntry {
        var title: String
        /// Site path, maybe with an anchor.
        var page: String
        var date: String?
        var summary: String
    }

    static func subjectFeeds(_ archive: Archive, baseURL: String, siteTitle: String) -> [SiteFile] {
        let documents = Dictionary(uniqueKeysWithValues: archive.documents.map { ($0.id, $0) })
        var files: [SiteFile] = []
        for dossier in archive.dossiers {
            var entries: [String: FeedEntry] = [:]
            for id in dossier.documents {
                guard let document = documents[id] else { continue }
                entries[id] = FeedEntry(title: document.title, page: Permalinks.document(id), date: document.date, summary: "\(document.label) in dossier \(dossier.number)")
            }
            for number in dossier.kamerstukken {
                for place in archive.entry(for: number)?.citedBy ?? [] where entries[place.document] == nil {
                    guard let document = documents[place.document] else { continue }
                    entries[place.document] = FeedEntry(title: document.title, page: place.page, date: document.date, summary: "\(document.label) haalt Kamerstuk \(number.description) aan")
                }
            }
            files.append(SiteFile(path: Permalinks.dossierFeed(dossier.number), contents: atom(
                title: "\(siteTitle): dossier \(dossier.number)", feedPath: Permalinks.dossierFeed(dossier.number),
                page: dossier.page, entries: Array(entries.values), baseURL: baseURL)))
        }
        for entry in archive.topics.entries {
            // Each document's first mention, from one pass over the mentions (not a search of
            // them per document, quadratic in a topic most documents mention).
            var firstMentions: [String: TopicMention] = [:]
            for mention in entry.mentions where firstMentions[mention.document] == nil { firstMentions[mention.document] = mention }
            let feedEntries = entry.documents.compactMap { id -> FeedEntry? in
                guard let document = documents[id], let first = firstMentions[id] else { return nil }
                return FeedEntry(title: document.title, page: first.page, date: document.date, summary: first.snippet)
            }
            files.append(SiteFile(path: Permalinks.topicFeed(entry.topic.id), contents: atom(
                title: "\(siteTitle): \(entry.topic.name)", feedPath: Permalinks.topicFeed(entry.topic.id),
                page: Permalinks.topic(entry.topic.id), entries: feedEntries, baseURL: baseURL)))
        }
        return files
    }

    static func atom(title: String, feedPath: String, page: String, entries: [FeedEntry], baseURL: String) -> String {
        let sorted = entries.sorted { ($0.date ?? "", $1.page) > ($1.date ?? "", $0.page) }
        let updated = (sorted.compactMap(\.date).max() ?? "1970-01-01") + "T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n"
        xml += "  <title>\(HTML.escape(title))</title>\n  <id>\(HTML.escape(baseURL + page))</id>\n"
        xml += "  <link href=\"\(HTML.escape(baseURL + page))\"/>\n  <link rel=\"self\" href=\"\(HTML.escape(baseURL + feedPath))\"/>\n"
        xml += "  <updated>\(updated)</updated>\n"
        for entry in sorted {
            let url = HTML.escape(baseURL + entry.page)
            xml += "  <entry>\n    <title>\(HTML.escape(entry.title))</title>\n    <id>\(url)</id>\n"
            xml += "    <link href=\"\(url)\"/>\n    <updated>\((entry.date ?? "1970-01-01") + "T00:00:00Z")</updated>\n"
            xml += "    <summary>\(HTML.escape(entry.summary))</summary>\n  </entry>\n"
        }
        return xml + "</feed>\n"
    }
}
