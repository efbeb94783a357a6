import Foundation

/// Where every page and anchor of the site lives. All paths are relative to the site root and
/// always name a file (`…/index.html`), so the site works from `file://`.
public enum Permalinks {
    public static let index = "index.html"
    public static let search = "search.html"
    public static let notFound = "404.html"
    public static let dossiers = "dossiers/index.html"
    public static let stylesheet = "assets/style.css"

    public static func document(_ id: String) -> String { String(joining: "documenten/", id, "/index.html") }
    public static func pillar(_ id: String, _ pillar: Int) -> String { pillarPage(id, pillar, action: nil) }
    public static func action(_ id: String, _ pillar: Int, _ action: Int) -> String { pillarPage(id, pillar, action: action) }

    /// `documenten/<id>/pijler-<pillar>[-actie-<action>].html`, written into one allocation with
    /// the numbers' digits in place: joined from parts, the numbers made strings of their own
    /// first, and the path to every pillar and action page is made several times a page.
    private static func pillarPage(_ id: String, _ pillar: Int, action: Int?) -> String {
        let folder: StaticString = "documenten/", pillarPart: StaticString = "/pijler-", actionPart: StaticString = "-actie-"
        let suffix: StaticString = ".html"
        var id = id
        return id.withUTF8 { id in
            // The room is counted from the parts written below, so that it cannot fall short of them.
            let parts = folder.utf8CodeUnitCount + pillarPart.utf8CodeUnitCount + suffix.utf8CodeUnitCount
                + (action == nil ? 0 : actionPart.utf8CodeUnitCount)
            let numbers = String.decimalCount(pillar) + (action.map(String.decimalCount) ?? 0)
            return String(unsafeUninitializedCapacity: id.count + parts + numbers) { buffer in
                var at = 0
                func put(_ part: StaticString) {
                    (buffer.baseAddress! + at).initialize(from: part.utf8Start, count: part.utf8CodeUnitCount)
                    at += part.utf8CodeUnitCount
                }
                func put(_ number: Int) { at = String.writeDecimal(number, into: buffer, at: at) }
                put(folder)
                if let start = id.baseAddress { (buffer.baseAddress! + at).initialize(from: start, count: id.count) }
                at += id.count
                put(pillarPart)
                put(pillar)
                if let action {
                    put(actionPart)
                    put(action)
                }
                put(suffix)
                return at
            }
        }
    }
    public static func dossier(_ number: String) -> String { "dossiers/\(Slug.make(number, fallback: "dossier")).html" }
    public static func documentJSON(_ id: String) -> String { String(joining: "data/documenten/", id, ".json") }

    public static func paragraphAnchor(_ paragraph: Paragraph) -> String { String("p-", paragraph.location.line) }
    public static func footnoteAnchor(_ number: Int) -> String { String("fn-", number) }
    public static func noteRefAnchor(_ number: Int, occurrence: Int) -> String {
        occurrence == 1 ? String("fnref-", number) : "fnref-\(number)-\(occurrence)"
    }
    public static func kamerstukAnchor(_ number: KamerstukNumber) -> String { "kst-\(Slug.make(number.key))" }

    /// The anchor of the signers on a document's page: `ondertekening`, or `ondertekening-2`, … where
    /// a section of the document already has that id (a Kamerstuk may have a section of that name).
    public static func signersAnchor(_ document: Document) -> String {
        func taken(_ id: String, _ sections: [Section]) -> Bool {
            sections.contains { $0.id == id || taken(id, $0.subsections) }
        }
        var anchor = "ondertekening", suffix = 2
        while taken(anchor, document.sections) {
            anchor = "ondertekening-\(suffix)"
            suffix += 1
        }
        return anchor
    }

    /// `dossierPage#kamerstukAnchor(number)`, where `dossierPage` is `dossier(number.dossier)`:
    /// the link to a Kamerstuk's entry, written in one allocation (linking makes 25,000 of them at
    /// 10,000 documents).
    static func kamerstuk(_ number: KamerstukNumber, onDossierPage dossierPage: String) -> String {
        var page = dossierPage, separator = "#kst-", slug = Slug.make(number.key)
        return page.withUTF8 { page in
            separator.withUTF8 { separator in
                slug.withUTF8 { slug in
                    String(unsafeUninitializedCapacity: page.count + separator.count + slug.count) { buffer in
                        var count = 0
                        func append(_ part: UnsafeBufferPointer<UInt8>) {
                            _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(from: part)
                            count += part.count
                        }
                        append(page)
                        append(separator)
                        append(slug)
                        return count
                    }
                }
            }
        }
    }

    /// The path of `target` (a site path, optionally with `#anchor`) as seen from the page at `page`.
    public static func relative(_ target: String, from page: String) -> String {
        // On UTF-8 bytes, written straight into the result: this runs for every link on every
        // page. Over Characters it cost about 29,000 instructions a call (8% of a build under
        // callgrind), and over arrays of the bytes still 7,900.
        var target = target, page = page
        return target.withUTF8 { target in page.withUTF8 { page in relative(target, from: page, simply: true) } }
    }

    /// `relative` walking the paths part by part even where `simpleRelative` applies: the tests'
    /// reference for it.
    static func relativeByParts(_ target: String, from page: String) -> String {
        var target = target, page = page
        return target.withUTF8 { target in page.withUTF8 { page in relative(target, from: page, simply: false) } }
    }

    private static func relative(_ target: UnsafeBufferPointer<UInt8>, from page: UnsafeBufferPointer<UInt8>, simply: Bool) -> String {
        let hash = ByteWords.first(UInt8(ascii: "#"), in: target, from: 0, to: target.count)
        let to = UnsafeBufferPointer(rebasing: target[..<(hash ?? target.count)])
        let anchor = hash.map { UnsafeBufferPointer(rebasing: target[($0 + 1)...]) }
        if let anchor, to.isEmpty || isSamePath(to, page) {
            return String(unsafeUninitializedCapacity: anchor.count + 1) { result in
                result[0] = UInt8(ascii: "#")
                _ = UnsafeMutableBufferPointer(rebasing: result[1...]).initialize(from: anchor)
                return anchor.count + 1
            }
        }
        if simply, let simple = simpleRelative(to, from: page, anchor: anchor) { return simple }
        // Path components are walked in place, never gathered into arrays.
        let directories = max(0, componentCount(page) - 1), toCount = componentCount(to)
        var pageCursor = 0, toCursor = 0, common = 0
        while common < directories, toCount - common > 1 {
            var nextPage = pageCursor, nextTo = toCursor
            guard let left = nextComponent(page, after: &nextPage), let right = nextComponent(to, after: &nextTo),
                  page[left].elementsEqual(to[right]) else { break }
            (pageCursor, toCursor, common) = (nextPage, nextTo, common + 1)
        }
        let capacity = to.count + 3 * (directories - common) + (anchor?.count ?? 0) + 1
        return String(unsafeUninitializedCapacity: capacity) { result in
            // Bytes copied in runs, not one by one through a generic collection (`"..".utf8`
            // read as a String view for each parent folder).
            let base = result.baseAddress!
            var count = 0
            func append(_ bytes: UnsafeBufferPointer<UInt8>) {
                guard let source = bytes.baseAddress else { return }
                (base + count).initialize(from: source, count: bytes.count)
                count += bytes.count
            }
            for _ in common..<directories {
                if count > 0 {
                    base[count] = UInt8(ascii: "/")
                    count += 1
                }
                base[count] = UInt8(ascii: ".")
                base[count + 1] = UInt8(ascii: ".")
                count += 2
            }
            while let component = nextComponent(to, after: &toCursor) {
                if count > 0 {
                    base[count] = UInt8(ascii: "/")
                    count += 1
                }
                append(UnsafeBufferPointer(rebasing: to[component]))
            }
            if let anchor {
                base[count] = UInt8(ascii: "#")
                count += 1
                append(anchor)
            }
            return count
        }
    }

    /// `relative` for two paths without an empty part (no slash first, last or doubled), as all
    /// the site's are: their parts are what lies between the slashes, so the folders both start
    /// with are one run of equal bytes, and the rest of `to` is a slice of it. Nil for others.
    private static func simpleRelative(
        _ to: UnsafeBufferPointer<UInt8>, from page: UnsafeBufferPointer<UInt8>, anchor: UnsafeBufferPointer<UInt8>?
    ) -> String? {
        guard let directories = slashCountIfSimple(page), let toSlashes = slashCountIfSimple(to) else { return nil }
        // As the part-by-part walk: at most the page's folders, and never `to`'s last part.
        var common = 0, suffixStart = 0, index = 0
        let limit = min(page.count, to.count), folders = min(directories, toSlashes)
        // Eight bytes at a time: the equal bytes before the first that differs, and the slashes
        // among them, each a folder both paths start with until there are `folders`.
        while index + 8 <= limit, common < folders {
            let pageWord = ByteWords.word(page, at: index), difference = pageWord ^ ByteWords.word(to, at: index)
            let equal = difference == 0 ? 8 : difference.trailingZeroBitCount / 8
            var slashes = ByteWords.equalBytes(pageWord, UInt8(ascii: "/"))
            if equal < 8 { slashes &= (1 << (8 * UInt64(equal))) - 1 }
            while slashes != 0, common < folders {
                common += 1
                suffixStart = index + slashes.trailingZeroBitCount / 8 + 1
                slashes &= slashes - 1
            }
            index += equal
            if equal < 8 { break }
        }
        while index < limit, common < directories, common < toSlashes, page[index] == to[index] {
            if page[index] == UInt8(ascii: "/") {
                common += 1
                suffixStart = index + 1
            }
            index += 1
        }
        let ups = directories - common, suffix = UnsafeBufferPointer(rebasing: to[suffixStart...])
        return String(unsafeUninitializedCapacity: 3 * ups + suffix.count + (anchor.map { $0.count + 1 } ?? 0)) { result in
            let base = result.baseAddress!
            var count = 0
            for _ in 0..<ups {
                base[count] = UInt8(ascii: ".")
                base[count + 1] = UInt8(ascii: ".")
                base[count + 2] = UInt8(ascii: "/")
                count += 3
            }
            (base + count).initialize(from: suffix.baseAddress!, count: suffix.count)
            count += suffix.count
            if let anchor {
                base[count] = UInt8(ascii: "#")
                count += 1
                if let source = anchor.baseAddress { (base + count).initialize(from: source, count: anchor.count) }
                count += anchor.count
            }
            return count
        }
    }

    /// The slashes in `path` when no part of it is empty; nil when one is (or `path` is).
    static func slashCountIfSimple(_ path: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = path.first, first != UInt8(ascii: "/"), path.last != UInt8(ascii: "/") else { return nil }
        var slashes = 0, index = 0, endsInSlash = false
        // Sixteen bytes at a time while seventeen are left: a slash right after a slash is one
        // in the sixteen that is also one in the sixteen from the next byte.
        while index + 17 <= path.count {
            let found = ByteVectors.equal(ByteVectors.vector(path, at: index), UInt8(ascii: "/"))
            if ByteVectors.any(found .& ByteVectors.equal(ByteVectors.vector(path, at: index + 1), UInt8(ascii: "/"))) { return nil }
            slashes += ByteVectors.count(found)
            index += 16
        }
        endsInSlash = index > 0 && path[index - 1] == UInt8(ascii: "/")
        // Then eight at a time: a slash right after a slash is one in the word after another,
        // or the word's first after the last word's last.
        while index + 8 <= path.count {
            let found = ByteWords.equalBytes(ByteWords.word(path, at: index), UInt8(ascii: "/"))
            if found & (found << 8) != 0 || (endsInSlash && found & 0x80 != 0) { return nil }
            slashes += ByteWords.highBitCount(found)
            endsInSlash = found >> 63 != 0
            index += 8
        }
        var previous: UInt8 = endsInSlash ? UInt8(ascii: "/") : 0
        for byte in UnsafeBufferPointer(rebasing: path[index...]) {
            if byte == UInt8(ascii: "/") {
                if previous == UInt8(ascii: "/") { return nil }
                slashes += 1
            }
            previous = byte
        }
        return slashes
    }

    /// Whether the paths are equal as strings: byte for byte, or for paths beyond ASCII, by
    /// canonical equivalence as `String` compares them.
    private static func isSamePath(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        if left.count == right.count, left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0 { return true }
        guard left.contains(where: { $0 >= 0x80 }) || right.contains(where: { $0 >= 0x80 }) else { return false }
        return String(decoding: left, as: UTF8.self) == String(decoding: right, as: UTF8.self)
    }

    /// The number of non-empty parts of `path` between slashes.
    private static func componentCount(_ path: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0, cursor = 0
        while nextComponent(path, after: &cursor) != nil { count += 1 }
        return count
    }

    /// The byte range of the next non-empty part of `path` between slashes at or after `cursor`,
    /// which moves past it; nil at the end.
    private static func nextComponent(_ path: UnsafeBufferPointer<UInt8>, after cursor: inout Int) -> Range<Int>? {
        while cursor < path.count, path[cursor] == UInt8(ascii: "/") { cursor += 1 }
        guard cursor < path.count else { return nil }
        let start = cursor
        while cursor < path.count, path[cursor] != UInt8(ascii: "/") { cursor += 1 }
        return start..<cursor
    }
}
