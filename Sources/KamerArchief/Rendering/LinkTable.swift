/// The links of one page: markdown refers to entry `n` as `ka:link/n`, so addresses never pass
/// through Markdown syntax and can carry a CSS class.
public final class LinkTable {
    public struct Entry: Sendable, Hashable {
        public var href: String
        public var cssClass: String?
    }

    private var entries: [Entry] = []
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

    func entry(_ index: Int) -> Entry? {
        entries.indices.contains(index) ? entries[index] : nil
    }
}
