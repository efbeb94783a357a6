/// The links of one page: markdown refers to entry `n` as `ka:link/n`, so addresses never pass
/// through Markdown syntax and can carry a CSS class.
public final class LinkTable {
    public struct Entry: Sendable, Hashable {
        public var href: String
        public var cssClass: String?
    }

    /// Each entry's opening tag, `<a href="…" class="…">`, attribute-escaped, as the UTF-8 the page's
    /// HTML takes: made once per entry, however often the page links to it.
    private var openings: [[UInt8]] = []
    /// Pre-rendered figures (`Picture.utf8`), referred to as fenced blocks with info `picture n`.
    private var pictures: [[UInt8]] = []
    /// Paragraphs' HTML made once for several pages (`ParagraphFragments`), as `ka:html/n`.
    private var fragments: [ParagraphFragment] = []
    /// Every entry, entry `n` at `n`. A page has a handful: they are found by a scan, and the
    /// dictionary (`indexes`) is made only for a page with more than `scannedEntries`. Made for
    /// every page, the dictionary hashed each address twice and grew from empty, most of what
    /// `entry` cost.
    private var entries: [Entry] = []
    private var indexes: [Entry: Int] = [:]
    static let scannedEntries = 16

    public init() {}

    /// The Markdown link destination for `href` with `cssClass`.
    public func destination(_ href: String, cssClass: String? = nil) -> String {
        Self.destination(ofEntry: entry(href, cssClass: cssClass))
    }

    /// The Markdown link destination of entry `index`.
    static func destination(ofEntry index: Int) -> String { String("ka:link/", index) }

    /// The entry for `href` with `cssClass`, made when the page has none yet.
    func entry(_ href: String, cssClass: String? = nil) -> Int {
        let entry = Entry(href: href, cssClass: cssClass)
        if entries.count <= Self.scannedEntries {
            if let index = entries.firstIndex(of: entry) { return index }
        } else if let index = indexes[entry] {
            return index
        }
        // Written in pieces: interpolated, the tag was several strings put together.
        var opening = Array("<a href=\"".utf8)
        opening.reserveCapacity(href.utf8.count + (cssClass?.utf8.count ?? 0) + 24)
        HTML.appendEscaped(href, to: &opening)
        opening.append(UInt8(ascii: "\""))
        if let cssClass {
            opening += " class=\"".utf8
            HTML.appendEscaped(cssClass, to: &opening)
            opening.append(UInt8(ascii: "\""))
        }
        opening.append(UInt8(ascii: ">"))
        openings.append(opening)
        entries.append(entry)
        if entries.count > Self.scannedEntries {
            if indexes.isEmpty {
                indexes.reserveCapacity(2 * entries.count)
                for (index, known) in entries.enumerated() { indexes[known] = index }
            } else {
                indexes[entry] = entries.count - 1
            }
        }
        return entries.count - 1
    }

    /// The link destination that renders as `fragment`.
    func destination(of fragment: ParagraphFragment) -> String {
        fragments.append(fragment)
        return String("ka:html/", fragments.count - 1)
    }

    func fragment(_ index: Int) -> ParagraphFragment? {
        fragments.indices.contains(index) ? fragments[index] : nil
    }

    /// Every entry's address.
    var hrefs: some Collection<String> { entries.lazy.map(\.href) }

    /// A fenced block that renders as `html` (UTF-8): the only way code-built markup reaches a page.
    func picture(utf8 html: [UInt8]) -> String {
        pictures.append(html)
        return "\n```picture \(pictures.count - 1)\n```\n"
    }

    func pictureHTML(_ index: Int) -> [UInt8]? {
        pictures.indices.contains(index) ? pictures[index] : nil
    }

    /// Entry `index`'s opening tag, nil when there is no such entry.
    func opening(_ index: Int) -> [UInt8]? {
        openings.indices.contains(index) ? openings[index] : nil
    }
}
