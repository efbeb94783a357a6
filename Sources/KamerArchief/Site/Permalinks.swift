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
        // On UTF-8 bytes, written straight into the result: this runs for every link on every
        // page. Over Characters it cost about 29,000 instructions a call (8% of a build under
        // callgrind), and over arrays of the bytes still 7,900.
        var target = target, page = page
        return target.withUTF8 { target in page.withUTF8 { page in relative(target, from: page) } }
    }

    private static func relative(_ target: UnsafeBufferPointer<UInt8>, from page: UnsafeBufferPointer<UInt8>) -> String {
        let hash = target.firstIndex(of: UInt8(ascii: "#"))
        let to = UnsafeBufferPointer(rebasing: target[..<(hash ?? target.count)])
        let anchor = hash.map { UnsafeBufferPointer(rebasing: target[($0 + 1)...]) }
        if let anchor, to.isEmpty || to.elementsEqual(page) {
            return String(unsafeUninitializedCapacity: anchor.count + 1) { result in
                result[0] = UInt8(ascii: "#")
                _ = UnsafeMutableBufferPointer(rebasing: result[1...]).initialize(from: anchor)
                return anchor.count + 1
            }
        }
        let fromDirectories = components(page).dropLast(), toComponents = components(to)
        var common = 0
        while common < fromDirectories.count, toComponents.count - common > 1,
              page[fromDirectories[common]].elementsEqual(to[toComponents[common]]) {
            common += 1
        }
        let capacity = to.count + 3 * (fromDirectories.count - common) + (anchor?.count ?? 0) + 1
        return String(unsafeUninitializedCapacity: capacity) { result in
            var count = 0
            func append<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
                for byte in bytes {
                    result[count] = byte
                    count += 1
                }
            }
            for _ in common..<fromDirectories.count {
                if count > 0 { append(CollectionOfOne(UInt8(ascii: "/"))) }
                append("..".utf8)
            }
            for component in toComponents[common...] {
                if count > 0 { append(CollectionOfOne(UInt8(ascii: "/"))) }
                append(to[component])
            }
            if let anchor {
                append(CollectionOfOne(UInt8(ascii: "#")))
                append(anchor)
            }
            return count
        }
    }

    /// The byte ranges of the non-empty parts of `path` between slashes.
    private static func components(_ path: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        for index in 0...path.count where index == path.count || path[index] == UInt8(ascii: "/") {
            if index > start { parts.append(start..<index) }
            start = index + 1
        }
        return parts
    }
}
