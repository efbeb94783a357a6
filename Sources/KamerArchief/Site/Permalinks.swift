/// Where every page and anchor of the site lives. All paths are relative to the site root and
/// always name a file (`…/index.html`), so the site works from `file://`.
public enum Permalinks {
    public static let index = "index.html"
    public static let search = "search.html"
    public static let notFound = "404.html"
    public static let dossiers = "dossiers/index.html"
    public static let stylesheet = "assets/style.css"

    public static func document(_ id: String) -> String { "documenten/\(id)/index.html" }
    public static func pillar(_ id: String, _ pillar: Int) -> String { "documenten/\(id)/pijler-\(pillar).html" }
    public static func action(_ id: String, _ pillar: Int, _ action: Int) -> String {
        "documenten/\(id)/pijler-\(pillar)-actie-\(action).html"
    }
    public static func dossier(_ number: String) -> String { "dossiers/\(Slug.make(number, fallback: "dossier")).html" }
    public static func documentJSON(_ id: String) -> String { "data/documenten/\(id).json" }

    public static func paragraphAnchor(_ paragraph: Paragraph) -> String { "p-\(paragraph.location.line)" }
    public static func footnoteAnchor(_ number: Int) -> String { "fn-\(number)" }
    public static func noteRefAnchor(_ number: Int, occurrence: Int) -> String {
        occurrence == 1 ? "fnref-\(number)" : "fnref-\(number)-\(occurrence)"
    }
    public static func kamerstukAnchor(_ number: KamerstukNumber) -> String { "kst-\(Slug.make(number.key))" }

    /// The path of `target` (a site path, optionally with `#anchor`) as seen from the page at `page`.
    public static func relative(_ target: String, from page: String) -> String {
        let (targetPath, anchor) = splitAnchor(target)
        if let anchor, targetPath.isEmpty || targetPath == page { return "#\(anchor)" }
        // On UTF-8 bytes: this runs for every link on every page, and splitting the strings into
        // Characters cost about 29,000 instructions a call (8% of a build under callgrind).
        let from = Array(page.utf8), to = Array(targetPath.utf8)
        let fromDirectories = components(from).dropLast(), toComponents = components(to)
        var common = 0
        while common < fromDirectories.count, toComponents.count - common > 1,
              from[fromDirectories[common]].elementsEqual(to[toComponents[common]]) {
            common += 1
        }
        var path: [UInt8] = []
        path.reserveCapacity(to.count + 3 * (fromDirectories.count - common) + (anchor?.utf8.count ?? 0) + 1)
        for _ in common..<fromDirectories.count {
            if !path.isEmpty { path.append(UInt8(ascii: "/")) }
            path += "..".utf8
        }
        for component in toComponents[common...] {
            if !path.isEmpty { path.append(UInt8(ascii: "/")) }
            path += to[component]
        }
        if let anchor {
            path.append(UInt8(ascii: "#"))
            path += anchor.utf8
        }
        return String(decoding: path, as: UTF8.self)
    }

    /// The byte ranges of the non-empty parts of `path` between slashes.
    private static func components(_ path: [UInt8]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        for index in 0...path.count where index == path.count || path[index] == UInt8(ascii: "/") {
            if index > start { parts.append(start..<index) }
            start = index + 1
        }
        return parts
    }

    /// `path#anchor` → (`path`, `anchor`). The `#` is found on the bytes: paths and anchors are
    /// slugs, and the search over Characters was 7% of a build's instructions under callgrind.
    private static func splitAnchor(_ target: String) -> (String, String?) {
        let utf8 = target.utf8
        guard let hash = utf8.firstIndex(of: UInt8(ascii: "#")) else { return (target, nil) }
        return (String(target[..<hash]), String(target[utf8.index(after: hash)...]))
    }
}
