import Foundation

/// One document's postings: for each folded term of its entries, the entries it occurs in.
///
/// Kept as text, one line per term in term order: `term<TAB>3,21|8`, the heading entries' numbers
/// before the `|` and the body entries' after it, where an entry number is `2 × entry index + 1`
/// for a heading entry and `2 × entry index` for body text. The text is what the build cache stores
/// and what the term shards are merged from, line by line. Headings come apart because they rank
/// above all body text: the browser can often show the first page from them alone.
struct SearchPostings: Sendable, Equatable {
    var text: String

    init(text: String) { self.text = text }

    init(_ entries: [SearchEntry]) {
        var folder = SearchTermFolder()
        var byTerm: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            for term in folder.terms(entry.text) {
                byTerm[term, default: []].append(2 * index + (entry.isHeading ? 1 : 0))
            }
        }
        var bytes: [UInt8] = []
        for term in byTerm.keys.sorted() {
            let numbers = byTerm[term]!
            bytes.append(contentsOf: term.utf8)
            bytes.append(UInt8(ascii: "\t"))
            Self.append(numbers, odd: true, to: &bytes)
            bytes.append(UInt8(ascii: "|"))
            Self.append(numbers, odd: false, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        text = String(decoding: bytes, as: UTF8.self)
    }

    /// The odd (heading) or even (body) entry numbers, comma-separated, in decimal.
    private static func append(_ numbers: [Int], odd: Bool, to bytes: inout [UInt8]) {
        var first = true
        for number in numbers where (number & 1 == 1) == odd {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            bytes.append(contentsOf: String(number).utf8)
        }
    }

    /// Each line's term and its heading and body entry numbers as written (comma-separated, either
    /// may be empty). One pass over the UTF-8 bytes; the parts are slices of `text`, never copies.
    func forEachTerm(_ body: (_ term: Substring, _ headings: Substring, _ body: Substring) -> Void) {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            var tab: String.Index?, bar: String.Index?
            var end = lineStart
            while end < bytes.endIndex, bytes[end] != UInt8(ascii: "\n") {
                if tab == nil, bytes[end] == UInt8(ascii: "\t") { tab = end } else if tab != nil, bar == nil, bytes[end] == UInt8(ascii: "|") { bar = end }
                end = bytes.index(after: end)
            }
            if let tab {
                let numbers = bytes.index(after: tab)
                let split = bar ?? end
                body(text[lineStart..<tab], text[numbers..<split], bar.map { text[bytes.index(after: $0)..<end] } ?? "")
            }
            lineStart = end < bytes.endIndex ? bytes.index(after: end) : end
        }
    }
}

/// Folds text into search terms exactly as `Templates/assets/search.js` folds a query: canonical
/// decomposition, combining marks U+0300–U+036F removed, lowercase; a term is a maximal run of
/// `a-z` and `0-9`, cut at `maxLength` characters (the browser cuts query words the same way).
struct SearchTermFolder {
    static let maxLength = 64

    /// Folded bytes of non-ASCII scalars already seen (0 stands for a separator).
    private var cache: [Unicode.Scalar: [UInt8]] = [:]

    /// The distinct terms of `text`, in order of first occurrence.
    mutating func terms(_ text: String) -> [String] {
        var terms: [String] = []
        var seen = Set<String>()
        var current: [UInt8] = []
        func finish() {
            guard !current.isEmpty else { return }
            let term = String(decoding: current.prefix(Self.maxLength), as: UTF8.self)
            if seen.insert(term).inserted { terms.append(term) }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
                default: finish()
                }
                continue
            }
            for byte in folded(scalar) {
                if byte == 0 { finish() } else { current.append(byte) }
            }
        }
        finish()
        return terms
    }

    private mutating func folded(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let known = cache[scalar] { return known }
        var stripped = String.UnicodeScalarView()
        for part in String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars where !(0x300...0x36F).contains(part.value) {
            stripped.append(part)
        }
        let bytes: [UInt8] = String(stripped).lowercased().unicodeScalars.map { part in
            part.isASCII && (("a"..."z").contains(part) || ("0"..."9").contains(part)) ? UInt8(part.value) : 0
        }
        cache[scalar] = bytes
        return bytes
    }
}
