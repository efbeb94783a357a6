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
        // Slices, not copies: this runs for every link on every page.
        let from = page.split(separator: "/").dropLast()
        let to = targetPath.split(separator: "/")
        var common = 0
        while common < from.count, to.count - common > 1, from[from.startIndex + common] == to[common] { common += 1 }
        var path = ""
        path.reserveCapacity(targetPath.utf8.count + 3 * (from.count - common) + (anchor?.utf8.count ?? 0) + 1)
        for _ in common..<from.count { path += path.isEmpty ? ".." : "/.." }
        for component in to[common...] {
            if !path.isEmpty { path += "/" }
            path += component
        }
        guard let anchor else { return path }
        return path + "#" + anchor
    }

    private static func splitAnchor(_ target: String) -> (String, String?) {
        guard let hash = target.firstIndex(of: "#") else { return (target, nil) }
        return (String(target[..<hash]), String(target[target.index(after: hash)...]))
    }
}
