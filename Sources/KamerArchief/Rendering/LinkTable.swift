/// The links of one page: markdown refers to entry `n` as `ka:link/n`, so addresses never pass
/// through Markdown syntax and can carry a CSS class.
public final class LinkTable {
    public struct Entry: Sendable, Hashable {
        public var href: String
        public var cssClass: String?
    }

    private var entries: [Entry] = []
    /// Pre-rendered figures (`Picture.html`), referred to as fenced blocks with info `picture n`.
    private var pictures: [String] = []
    private var indexes: [Entry: Int] = [:]

    public init() {}

    /// The Markdown link destination for `href` with `cssClass`.
    public func destination(_ href: String, cssClass: String? = nil) -> String {
        let entry = Entry(href: href, cssClass: cssClass)
        if let index = indexes[entry] { return "ka:link/\(index)" }
        entries.append(entry)
        indexes[entry] = entries.count - 1
        return "ka:link/\(entries.count - 1)"
    }

    /// A fenced block that renders as `html`: the only way code-built markup reaches a page.
    func picture(_ html: String) -> String {
        pictures.append(html)
        return "\n```picture \(pictures.count - 1)\n```\n"
    }

    func pictureHTML(_ index: Int) -> String? {
        pictures.indices.contains(index) ? pictures[index] : nil
    }

    func entry(_ index: Int) -> Entry? {
        entries.indices.contains(index) ? entries[index] : nil
    }
}
