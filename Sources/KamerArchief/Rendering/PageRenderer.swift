/// Renders one page: fills its CommonMark template, renders it with libcmark, and wraps the result
/// in the HTML layout.
struct PageRenderer {
    let archive: Archive
    let templates: TemplateLibrary
    let options: RenderOptions
    /// The chrome's links by folder, for the pages this renderer writes (one job's).
    let chrome = PageChrome()

    /// A link in the breadcrumbs or navigation.
    struct Crumb {
        var title: String
        var path: String
    }

    func render(
        _ type: PageType, template: String? = nil, at path: String, title: String, breadcrumbs: [Crumb],
        topicLinks: [SourceLocation: [TopicMatch]] = [:], fragments: ParagraphFragments? = nil, context build: (InlineMarkdown) -> TemplateValues
    ) -> SiteFile {
        let links = LinkTable()
        let inline = InlineMarkdown(archive: archive, page: path, links: links, topicLinks: topicLinks, fragments: fragments)
        let page = build(inline)
        // Room for the page's variables and those the template's sections and the layout add, so
        // that the table is made once: each growth hashes every name again.
        var variables = common(path: path, title: title, breadcrumbs: breadcrumbs, room: page.count + 16)
        for (name, value) in page { variables[name] = value }
        let context = TemplateContext(variables)
        let markdown = templates.renderUTF8(type, named: template, context)
        return SiteFile(path: path, utf8: templates.layoutPage(context, html: CommonMark.renderUTF8(markdown, links: links)))
    }

    /// The variables every page and the layout get.
    /// `room` is how many more variables the page will have.
    private func common(path: String, title: String, breadcrumbs: [Crumb], room: Int) -> TemplateValues {
        let links = chrome.links(forPageAt: path)
        var context = TemplateValues(minimumCapacity: 9 + room)
        context[.siteTitle] = options.siteTitle
        context[.title] = title
        context[.root] = links.root
        context[.stylesheet] = links.stylesheet
        context[.searchURL] = links.searchURL
        context[.homeURL] = links.homeURL
        context[.nav] = PageChrome.nav.contains { $0.path == path } ? PageChrome.navItems(from: path) : links.nav
        context[.breadcrumbs] = breadcrumbs.enumerated().map { index, crumb in
            [.title: crumb.title, .url: Permalinks.relative(crumb.path, from: path),
             .isCurrent: index == breadcrumbs.count - 1] as TemplateValues
        }
        if let base = options.baseURL { context[.canonical] = base + path }
        return context
    }
}

/// The links of a page's chrome that depend only on its folder: the root, the stylesheet, search
/// and home, and the navigation (none of it current). Made once per folder a renderer writes
/// pages in: a document's twenty-odd pages share one.
final class PageChrome {
    struct Links {
        let root: String
        let stylesheet: String
        let searchURL: String
        let homeURL: String
        let nav: [TemplateValues]
    }

    static let nav: [PageRenderer.Crumb] = [
        PageRenderer.Crumb(title: "Archief", path: Permalinks.index),
        PageRenderer.Crumb(title: "Dossiers", path: Permalinks.dossiers),
        PageRenderer.Crumb(title: "Onderwerpen", path: Permalinks.topics),
        PageRenderer.Crumb(title: "Tijdlijn", path: Permalinks.timeline),
        PageRenderer.Crumb(title: "Zoeken", path: Permalinks.search),
    ]

    private var byFolder: [Substring: Links] = [:]

    /// The navigation as seen from the page at `path`, the item of that page current.
    static func navItems(from path: String) -> [TemplateValues] {
        nav.map { crumb in
            [.title: crumb.title, .url: Permalinks.relative(crumb.path, from: path), .isCurrent: crumb.path == path] as TemplateValues
        }
    }

    func links(forPageAt path: String) -> Links {
        let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? ""
        if let links = byFolder[folder] { return links }
        let links = Links(
            root: Permalinks.relative(Permalinks.index, from: path).dropLast(Permalinks.index.count).description,
            stylesheet: Permalinks.relative(Permalinks.stylesheet, from: path),
            searchURL: Permalinks.relative(Permalinks.search, from: path),
            homeURL: Permalinks.relative(Permalinks.index, from: path),
            // No item is current for a page that is none of theirs (`common` makes those apart).
            nav: Self.navItems(from: path).map { item in item.merging([.isCurrent: false]) { _, new in new } })
        byFolder[folder] = links
        return links
    }
}

/// Settings for rendering the whole site.
public struct RenderOptions: Sendable {
    /// The published address with a trailing slash, e.g. `https://example.org/archief/`; nil for
    /// a site read from disk (no canonical links, sitemap or feed then).
    public var baseURL: String?
    public var siteTitle: String

    public init(baseURL: String? = nil, siteTitle: String = "KamerArchief") {
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        self.siteTitle = siteTitle
    }
}

/// One file of the generated site.
public struct SiteFile: Sendable, Hashable {
    /// Relative to the output folder, with `/` separators.
    public var path: String
    private var storage: Storage

    /// A page or data file as text, or JSON as the UTF-8 bytes its writer appended (made from
    /// strings, so valid by construction): a `String` of the 30 MB `data/archive.json` would
    /// validate every byte again only to be hashed and written as bytes.
    private enum Storage: Sendable {
        case text(String)
        case utf8([UInt8])
    }

    public init(path: String, contents: String) {
        self.path = path
        storage = .text(contents)
    }

    /// A file of `utf8`, which must be valid UTF-8.
    init(path: String, utf8: [UInt8]) {
        self.path = path
        storage = .utf8(utf8)
    }

    public var contents: String {
        get {
            switch storage {
            case .text(let text): return text
            case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
            }
        }
        set { storage = .text(newValue) }
    }

    /// Calls `body` with the file's bytes.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch storage {
        case .text(var text): return try text.withUTF8(body)
        case .utf8(let bytes): return try bytes.withUnsafeBufferPointer(body)
        }
    }

    /// The hash of the file's bytes.
    var contentHash: UInt64 {
        withUTF8 { utf8 in
            var hash = ContentHash()
            hash.combine(bytes: utf8)
            return hash.value
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.path == rhs.path && lhs.withUTF8 { left in rhs.withUTF8 { right in left.elementsEqual(right) } }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension String {
    var withFinalNewline: String { hasSuffix("\n") ? self : self + "\n" }
}
