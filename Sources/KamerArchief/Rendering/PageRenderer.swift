import Foundation

/// Renders one page: fills its CommonMark template, renders it with libcmark, and wraps the result
/// in the HTML layout.
struct PageRenderer {
    let archive: Archive
    let templates: TemplateLibrary
    let options: RenderOptions
    /// The chrome's links, made once for every folder that has the same ones (see `PageChrome`).
    let chrome = PageChrome.shared

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
/// and home, and the navigation (none of it current). One per kind of folder, shared by every
/// renderer: a link from a folder depends only on how deep the folder is and on the folders it
/// shares with the link's target (`Permalinks.relative`), so every document's folder has the same
/// links, which a renderer per document made again for its twenty-odd pages.
final class PageChrome: @unchecked Sendable {
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

    static let shared = PageChrome()

    /// Every folder of a link target and every folder above one (`dossiers`, `assets`, …), as
    /// bytes.
    private static let targetFolders: [[UInt8]] = {
        var folders = Set<[UInt8]>()
        for target in [Permalinks.index, Permalinks.stylesheet, Permalinks.search] + nav.map(\.path) {
            let bytes = Array(target.utf8)
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "/") { folders.insert(Array(bytes[..<index])) }
        }
        return folders.sorted { $0.lexicographicallyPrecedes($1) }
    }()

    private let lock = NSLock()
    private var byKind: [FolderKind: Links] = [:]

    /// What a folder's links depend on: its depth, and its longest leading folders that are a
    /// target's folder or above one (past those it shares no folder with any target), as an index
    /// into `targetFolders`, -1 for none.
    struct FolderKind: Hashable {
        var depth = 0
        var sharedFolder = -1
    }

    /// The kind of the folder of the page at `path`, read on its bytes: this runs for every page.
    /// Nil for a path with an empty part (a leading, trailing or double `/`), whose links
    /// `Permalinks.relative` makes part by part: a page's path has none. The depth is counted as
    /// `Permalinks.relative` counts it, by the same function.
    static func kind(ofFolderOf path: String) -> FolderKind? {
        var path = path
        return path.withUTF8 { bytes in
            guard let depth = Permalinks.slashCountIfSimple(bytes) else { return nil }
            var kind = FolderKind(depth: depth)
            for (index, folder) in targetFolders.enumerated()
            where bytes.count > folder.count && bytes[folder.count] == UInt8(ascii: "/")
                && (kind.sharedFolder < 0 || folder.count > targetFolders[kind.sharedFolder].count)
                && memcmp(bytes.baseAddress!, folder, folder.count) == 0 {
                kind.sharedFolder = index
            }
            return kind
        }
    }

    /// The navigation as seen from the page at `path`, the item of that page current.
    static func navItems(from path: String) -> [TemplateValues] {
        nav.map { crumb in
            [.title: crumb.title, .url: Permalinks.relative(crumb.path, from: path), .isCurrent: crumb.path == path] as TemplateValues
        }
    }

    func links(forPageAt path: String) -> Links {
        guard let kind = Self.kind(ofFolderOf: path) else { return Self.links(forPageAt: path) }
        if let links = lock.withLock({ byKind[kind] }) { return links }
        let links = Self.links(forPageAt: path)
        return lock.withLock {
            // Another renderer may have made them meanwhile: equal links, and the first kept, so
            // that every page shares one navigation list.
            if let made = byKind[kind] { return made }
            byKind[kind] = links
            return links
        }
    }

    /// The links made for `path` itself, without the cache.
    static func links(forPageAt path: String) -> Links {
        Links(
            root: Permalinks.relative(Permalinks.index, from: path).dropLast(Permalinks.index.count).description,
            stylesheet: Permalinks.relative(Permalinks.stylesheet, from: path),
            searchURL: Permalinks.relative(Permalinks.search, from: path),
            homeURL: Permalinks.relative(Permalinks.index, from: path),
            // No item is current for a page that is none of theirs (`common` makes those apart).
            nav: navItems(from: path).map { item in item.merging([.isCurrent: false]) { _, new in new } })
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
