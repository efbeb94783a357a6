/// Files for a published site, written only when the base URL is known: `sitemap.xml` and an
/// Atom feed of documents (`feed.xml`), both with absolute URLs.
enum PublishingExtras {
    static func files(_ archive: Archive, pages: [String], baseURL: String, siteTitle: String) -> [SiteFile] {
        [sitemap(pages: pages, baseURL: baseURL), feed(archive, baseURL: baseURL, siteTitle: siteTitle)]
            + subjectFeeds(archive, baseURL: baseURL, siteTitle: siteTitle)
    }

    private static func sitemap(pages: [String], baseURL: String) -> SiteFile {
        let urls = pages.filter { $0.hasSuffix(".html") && $0 != Permalinks.notFound }.sorted()
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in urls { xml += "  <url><loc>\(HTML.escape(baseURL + path))</loc></url>\n" }
        return SiteFile(path: "sitemap.xml", contents: xml + "</urlset>\n")
    }

    /// The feed's `updated` is the newest document date, never the build time, so builds stay reproducible.
    private static func feed(_ archive: Archive, baseURL: String, siteTitle: String) -> SiteFile {
        let dated = archive.documents
        let updated = (dated.compactMap(\.date).max() ?? "1970-01-01") + "T00:00:00Z"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">\n"
        xml += "  <title>\(HTML.escape(siteTitle))</title>\n  <id>\(HTML.escape(baseURL))</id>\n"
        xml += "  <link href=\"\(HTML.escape(baseURL))\"/>\n  <link rel=\"self\" href=\"\(HTML.escape(baseURL + "feed.xml"))\"/>\n"
        xml += "  <updated>\(updated)</updated>\n"
        for document in dated {
            let url = HTML.escape(baseURL + Permalinks.document(document.id))
            xml += "  <entry>\n    <title>\(HTML.escape(document.title))</title>\n    <id>\(url)</id>\n"
            xml += "    <link href=\"\(url)\"/>\n    <updated>\((document.date ?? "1970-01-01") + "T00:00:00Z")</updated>\n"
            xml += "    <summary>\(HTML.escape(document.label))</summary>\n  </entry>\n"
        }
        return SiteFile(path: "feed.xml", contents: xml + "</feed>\n")
    }
}
