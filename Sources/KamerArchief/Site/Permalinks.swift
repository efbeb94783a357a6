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
        var from = page.split(separator: "/").dropLast().map(String.init)
        var to = targetPath.split(separator: "/").map(String.init)
        while let first = from.first, to.count > 1, first == to.first {
            from.removeFirst()
            to.removeFirst()
        }
        let path = (Array(repeating: "..", count: from.count) + to).joined(separator: "/")
        return anchor.map { "\(path)#\($0)" } ?? path
    }

    private static func splitAnchor(_ target: String) -> (String, String?) {
        guard let hash = target.firstIndex(of: "#") else { return (target, nil) }
        return (String(target[..<hash]), String(target[target.index(after: hash)...]))
    }
}
