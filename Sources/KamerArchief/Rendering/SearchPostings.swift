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
        var table = SearchTermTable()
        for (index, entry) in entries.enumerated() {
            let number = 2 * index + (entry.isHeading ? 1 : 0)
            folder.forEachTerm(entry.text) { table.add($0, number) }
        }
        var bytes: [UInt8] = []
        for term in table.sortedTerms() {
            let numbers = table.numbers[term]
            bytes.append(contentsOf: table.bytes(of: term))
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
        forEachTerm(startingWith: 0...255, body)
    }

    /// The same for the lines whose term starts with a byte in `firstBytes`. The lines are in term
    /// order, so these are one run: its first line is found by a binary search over the text and
    /// the walk stops after its last, instead of reading every line of the document.
    func forEachTerm(startingWith firstBytes: ClosedRange<UInt8>, _ body: (_ term: Substring, _ headings: Substring, _ body: Substring) -> Void) {
        let bytes = text.utf8
        var lineStart = firstLine(withFirstByteAtLeast: firstBytes.lowerBound)
        while lineStart < bytes.endIndex {
            let first = bytes[lineStart]
            if first > firstBytes.upperBound { return }
            var tab: String.Index?, bar: String.Index?
            var end = lineStart
            while end < bytes.endIndex, bytes[end] != UInt8(ascii: "\n") {
                if tab == nil, bytes[end] == UInt8(ascii: "\t") { tab = end } else if tab != nil, bar == nil, bytes[end] == UInt8(ascii: "|") { bar = end }
                end = bytes.index(after: end)
            }
            if let tab, first >= firstBytes.lowerBound {
                let numbers = bytes.index(after: tab)
                let split = bar ?? end
                body(text[lineStart..<tab], text[numbers..<split], bar.map { text[bytes.index(after: $0)..<end] } ?? "")
            }
            lineStart = end < bytes.endIndex ? bytes.index(after: end) : end
        }
    }

    /// The start of the first line whose first byte is at least `byte`, or the end of the text.
    private func firstLine(withFirstByteAtLeast byte: UInt8) -> String.Index {
        let utf8 = text.utf8
        guard byte > 0 else { return utf8.startIndex }
        let offset = utf8.withContiguousStorageIfAvailable { buffer -> Int in
            /// The start of the line that begins at or after `offset`.
            func lineStart(_ offset: Int) -> Int {
                var index = offset
                while index > 0, index < buffer.count, buffer[index - 1] != UInt8(ascii: "\n") { index += 1 }
                return index
            }
            var low = 0, high = buffer.count
            while low < high {
                let middle = (low + high) / 2, start = lineStart(middle)
                if start < buffer.count, buffer[start] < byte { low = start + 1 } else { high = middle }
            }
            return lineStart(low)
        } ?? 0
        return utf8.index(utf8.startIndex, offsetBy: offset)
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
        forEachTerm(text) { bytes in
            let term = String(decoding: bytes, as: UTF8.self)
            if seen.insert(term).inserted { terms.append(term) }
        }
        return terms
    }

    /// Calls `body` with the bytes of each term of `text` in order, repeats included. One pass over
    /// the UTF-8 bytes; the bytes passed are valid only during the call.
    mutating func forEachTerm(_ text: String, _ body: (ArraySlice<UInt8>) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(Self.maxLength)
        func finish() {
            guard !current.isEmpty else { return }
            body(current.prefix(Self.maxLength))
            current.removeAll(keepingCapacity: true)
        }
        var utf8 = text.utf8.makeIterator()
        while let lead = utf8.next() {
            switch lead {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(lead)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(lead + 32)
            case ..<0x80: finish()
            default:
                for byte in folded(Unicode.Scalar.decoding(lead: lead) { utf8.next() ?? 0x80 }) {
                    if byte == 0 { finish() } else { current.append(byte) }
                }
            }
        }
        finish()
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

/// The terms of one document's entries and the entry numbers each occurs in: term bytes kept in
/// one buffer, found through an open-addressing table on the `ContentHash` of the bytes, so a term
/// met again costs no `String`, no allocation and no set of its own per entry.
struct SearchTermTable {
    /// Term `i` is `storage[spans[i]]`; its entry numbers are `numbers[i]`, each number once.
    private var storage: [UInt8] = []
    private var spans: [Range<Int>] = []
    private(set) var numbers: [[Int]] = []
    /// Term index + 1 per slot, 0 for an empty slot; the count stays below half the slots.
    private var slots = [Int32](repeating: 0, count: 1024)

    /// Records that the term `bytes` occurs in entry `number`. Numbers arrive in ascending order.
    mutating func add(_ bytes: ArraySlice<UInt8>, _ number: Int) {
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while slots[slot] != 0 {
            let term = Int(slots[slot]) - 1
            if storage[spans[term]].elementsEqual(bytes) {
                if numbers[term].last != number { numbers[term].append(number) }
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(spans.count + 1)
        spans.append(storage.count..<storage.count + bytes.count)
        storage.append(contentsOf: bytes)
        numbers.append([number])
        if spans.count * 2 > slots.count { grow() }
    }

    func bytes(of term: Int) -> ArraySlice<UInt8> { storage[spans[term]] }

    /// Term indices in byte order of the terms, which for `a-z0-9` terms is also `String` order.
    func sortedTerms() -> [Int] {
        storage.withUnsafeBufferPointer { buffer in
            spans.indices.sorted { left, right in
                let a = spans[left], b = spans[right]
                let common = min(a.count, b.count)
                let order = memcmp(buffer.baseAddress! + a.lowerBound, buffer.baseAddress! + b.lowerBound, common)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for term in spans.indices {
            var slot = Self.hash(storage[spans[term]]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(term + 1)
        }
    }

    private static func hash(_ bytes: ArraySlice<UInt8>) -> Int {
        var hash = ContentHash()
        hash.combine(bytes: bytes)
        return Int(truncatingIfNeeded: hash.value)
    }
}
