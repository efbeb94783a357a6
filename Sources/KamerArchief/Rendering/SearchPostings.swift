import Foundation

/// One document's postings: for each folded term of its entries, the entries it occurs in.
///
/// Kept as text, one line per term: `term<TAB>3,21|8`, the heading entries' numbers before the `|`
/// and the body entries' after it, where an entry number is `2 × entry index + 1` for a heading
/// entry and `2 × entry index` for body text. The lines are grouped by the term's first byte, the
/// groups in byte order and each in the order the terms first occur: a merge pass reads one run of
/// first bytes (`forEachTerm(startingWith:)`), and nothing reads the terms in order, which the
/// shards are put in when they are merged. The text is what the build cache stores and what the
/// term shards are merged from, line by line. Headings come apart because they rank above all body
/// text: the browser can often show the first page from them alone.
///
/// It is kept as its UTF-8 bytes: made as bytes, saved and loaded as bytes, and merged from bytes,
/// a merge pass of a large archive reading every document's postings again (`termFiles`). As a
/// `String`, each load was checked as UTF-8 and copied once more.
struct SearchPostings: Sendable, Equatable {
    var utf8: [UInt8]

    init(utf8: [UInt8]) { self.utf8 = utf8 }

    init(text: String) { utf8 = Array(text.utf8) }

    init(_ entries: [SearchEntry]) {
        var folder = SearchTermFolder()
        var table = SearchTermTable(textBytes: entries.reduce(0) { $0 + $1.text.utf8.count })
        for (index, entry) in entries.enumerated() {
            let number = 2 * index + (entry.isHeading ? 1 : 0)
            folder.forEachTerm(entry.text) { table.add($0, prefix: $1, number) }
        }
        utf8 = table.lines()
    }

    var text: String { String(decoding: utf8, as: UTF8.self) }

    /// Each line's term and its heading and body entry numbers as written (comma-separated, either
    /// may be empty). One pass over the UTF-8 bytes; the parts are slices of `text`, never copies.
    func forEachTerm(_ body: (_ term: Substring, _ headings: Substring, _ body: Substring) -> Void) {
        forEachTerm(startingWith: 0...255, body)
    }

    /// The same for the lines whose term starts with a byte in `firstBytes`. The lines are grouped
    /// by first byte in byte order, so these are one run: its first line is found by a binary
    /// search over the text and the walk stops after its last, instead of reading every line of the
    /// document.
    func forEachTerm(startingWith firstBytes: ClosedRange<UInt8>, _ body: (_ term: Substring, _ headings: Substring, _ body: Substring) -> Void) {
        // Native UTF-8, where byte offsets become indices in constant time.
        let text = self.text, utf8 = text.utf8
        func slice(_ part: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>) -> Substring {
            let start = part.baseAddress.map { $0 - buffer.baseAddress! } ?? 0
            return text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: start + part.count)]
        }
        _ = utf8.withContiguousStorageIfAvailable { buffer in
            Self.forEachLine(in: buffer, startingWith: firstBytes) { term, headings, bodyNumbers in
                body(slice(term, in: buffer), slice(headings, in: buffer), slice(bodyNumbers, in: buffer))
            }
        }
    }

    /// The same with each part as the bytes of the text, valid only during the call: for the
    /// merge of every document's postings, which copies them.
    func forEachTermBytes(
        startingWith firstBytes: ClosedRange<UInt8>,
        _ body: (_ term: UnsafeBufferPointer<UInt8>, _ headings: UnsafeBufferPointer<UInt8>, _ body: UnsafeBufferPointer<UInt8>) -> Void
    ) {
        utf8.withUnsafeBufferPointer { Self.forEachLine(in: $0, startingWith: firstBytes, body) }
    }

    private static func forEachLine(
        in buffer: UnsafeBufferPointer<UInt8>, startingWith firstBytes: ClosedRange<UInt8>,
        _ body: (_ term: UnsafeBufferPointer<UInt8>, _ headings: UnsafeBufferPointer<UInt8>, _ body: UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var lineStart = firstLine(in: buffer, withFirstByteAtLeast: firstBytes.lowerBound)
        while lineStart < buffer.count {
            let first = buffer[lineStart]
            if first > firstBytes.upperBound { return }
            let end = ByteWords.first(UInt8(ascii: "\n"), in: buffer, from: lineStart, to: buffer.count) ?? buffer.count
            if first >= firstBytes.lowerBound, let tab = ByteWords.first(UInt8(ascii: "\t"), in: buffer, from: lineStart, to: end) {
                let bar = ByteWords.first(UInt8(ascii: "|"), in: buffer, from: tab + 1, to: end)
                body(UnsafeBufferPointer(rebasing: buffer[lineStart..<tab]), UnsafeBufferPointer(rebasing: buffer[(tab + 1)..<(bar ?? end)]),
                     UnsafeBufferPointer(rebasing: buffer[(bar.map { $0 + 1 } ?? end)..<end]))
            }
            lineStart = end < buffer.count ? end + 1 : end
        }
    }

    /// The start of the first line whose first byte is at least `byte`, or the end of the text.
    static func firstLine(in buffer: UnsafeBufferPointer<UInt8>, withFirstByteAtLeast byte: UInt8) -> Int {
        guard byte > 0 else { return 0 }
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
    }
}

/// Folds text into search terms exactly as `Templates/assets/search.js` folds a query: canonical
/// decomposition, combining marks U+0300–U+036F removed, lowercase; a term is a maximal run of
/// `a-z` and `0-9`, cut at `maxLength` characters (the browser cuts query words the same way).
struct SearchTermFolder {
    static let maxLength = 64

    /// Folded bytes of non-ASCII scalars already seen (0 stands for a separator): this folder's,
    /// read without a lock, in front of the process's (`SharedFolds`).
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
    mutating func forEachTerm(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        forEachTerm(text) { bytes, _ in body(bytes) }
    }

    /// The same, with each term's first eight bytes as `TermNumbers.prefix(of:)` gives them, read
    /// from the term's buffer in one load.
    mutating func forEachTerm(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, _ prefix: UInt64) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            // Eight bytes of room past `maxLength`: the letters and digits are stored eight at a time.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maxLength + 8) { term in
                // Zero once, so that the first eight bytes are always initialized to load.
                term.initialize(repeating: 0)
                // The term's length so far; only its first `maxLength` bytes are kept.
                var length = 0
                // Inlined, as the callers' loops are: called, the two captured `length` in a box
                // checked for exclusive access at every term.
                @inline(__always) func finish() {
                    guard length > 0 else { return }
                    let kept = min(length, Self.maxLength)
                    let first8 = ByteWords.word(UnsafeBufferPointer(term), at: 0)
                    body(UnsafeBufferPointer(rebasing: term[..<kept]), kept >= 8 ? first8 : first8 & (1 << (8 * UInt64(kept)) - 1))
                    length = 0
                }
                @inline(__always) func append(_ byte: UInt8) {
                    if length < Self.maxLength { term[length] = byte }
                    length += 1
                }
                var index = 0
                Self.asciiFolds.withUnsafeBufferPointer { folds in
                    while index < utf8.count {
                        // A run of letters and digits, most bytes, in a loop of its own whose length
                        // stays in a register (the functions above, which share `length`, kept it in
                        // memory, a store at every byte). While eight bytes are left, the run's bytes
                        // among them are found with word masks and stored folded as one word (a
                        // capital gains its 0x20 bit); the last bytes are looked up one by one.
                        var run = length
                        while index + 8 <= utf8.count {
                            let word = ByteWords.word(utf8, at: index)
                            let letters = ByteWords.asciiLetters(word)
                            let others = ~(letters | ByteWords.digits(word)) & ByteWords.highs
                            let count = others == 0 ? 8 : others.trailingZeroBitCount / 8
                            if run < Self.maxLength {
                                UnsafeMutableRawPointer(term.baseAddress! + run).storeBytes(of: (word | letters >> 2).littleEndian, as: UInt64.self)
                            }
                            run &+= count
                            index &+= count
                            if count < 8 { break }
                        }
                        if index + 8 > utf8.count {
                            while index < utf8.count, case let fold = folds[Int(utf8[index])], fold &- 1 < 0xFE {
                                if run < Self.maxLength { term[run] = fold }
                                run &+= 1
                                index &+= 1
                            }
                        }
                        length = run
                        guard index < utf8.count else { break }
                        let lead = utf8[index]
                        index += 1
                        if folds[Int(lead)] == 0 {
                            finish()
                        } else {
                            let scalar = Unicode.Scalar.decoding(lead: lead) {
                                guard index < utf8.count else { return 0x80 }
                                index += 1
                                return utf8[index - 1]
                            }
                            for byte in folded(scalar) {
                                if byte == 0 { finish() } else { append(byte) }
                            }
                        }
                    }
                }
                finish()
            }
        }
    }

    /// What each byte is to a term: a letter or digit its byte in the term (a capital lowercased),
    /// 0 for any other ASCII byte (which ends a term), 0xFF for a byte beyond ASCII (a scalar's
    /// first byte, folded by `folded`).
    private static let asciiFolds: [UInt8] = (0...255).map { value in
        switch UInt8(value) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(value)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(value) + 32
        case ..<0x80: 0
        default: 0xFF
        }
    }

    private mutating func folded(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let known = cache[scalar] { return known }
        let bytes = SharedFolds.shared.folded(scalar, Self.fold)
        cache[scalar] = bytes
        return bytes
    }

    /// `scalar` decomposed, without its combining marks U+0300–U+036F, lowercased, each scalar of
    /// the result its byte when a letter `a-z` or digit, else 0. Foundation's decomposition, some
    /// thousands of instructions: made once per process for each scalar (`SharedFolds`).
    private static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        var stripped = String.UnicodeScalarView()
        for part in String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars where !(0x300...0x36F).contains(part.value) {
            stripped.append(part)
        }
        return String(stripped).lowercased().unicodeScalars.map { part in
            part.isASCII && (("a"..."z").contains(part) || ("0"..."9").contains(part)) ? UInt8(part.value) : 0
        }
    }
}

/// The folds of the non-ASCII scalars met so far, for every document's folder: each document's
/// postings are made by a folder of their own (on any core), and each folder folded the same
/// accented letters and quotes again, from scratch: 4% of what the postings cost.
final class SharedFolds: @unchecked Sendable {
    static let shared = SharedFolds()

    private let lock = NSLock()
    private var folds: [Unicode.Scalar: [UInt8]] = [:]

    /// The fold of `scalar`, made by `fold` the first time it is asked for. Two threads may both
    /// make a new one: the same bytes.
    func folded(_ scalar: Unicode.Scalar, _ fold: (Unicode.Scalar) -> [UInt8]) -> [UInt8] {
        if let known = lock.withLock({ folds[scalar] }) { return known }
        let made = fold(scalar)
        lock.withLock { folds[scalar] = made }
        return made
    }
}

/// Terms as numbers: each distinct term's bytes kept once in one buffer and found again through an
/// open-addressing table, so a term met again costs no `String` and no allocation. Term `i` is the
/// `i`th distinct term added.
///
/// Each term's first eight bytes are kept as one little-endian word (`prefix`, zero past its end),
/// in its slot with its number and length: most terms are no longer, and for those the slot alone
/// is the comparison, one read of memory per probe, without reading their bytes again.
struct TermNumbers {
    /// Term `i` is `storage[spans[i]]`, and its first eight bytes are `prefixes[i]`. Buffers
    /// written through their pointers: each new term was an append to three `Array`s, each
    /// checking that its storage was its own. Copies share them: a copy is only read, or added to in
    /// place of the one it was copied from (a merge pass's tables).
    private let storage: GrowingBuffer<UInt8>
    private let spans: GrowingBuffer<Range<Int>>
    private let prefixes: GrowingBuffer<UInt64>
    /// A term's place in the table: its first eight bytes, its number + 1 (0 for an empty slot)
    /// and its length. The count stays below half the slots.
    private struct Slot {
        var prefix: UInt64 = 0
        var term: Int32 = 0
        var count: Int32 = 0
    }
    private var slots: [Slot]

    /// The text for which the tables make room at once (see `init`).
    static let reservedText = 1 << 22

    /// A table for the terms of about `textBytes` bytes of text: a slot for every 16 bytes, room
    /// for one distinct term in every 32 before it grows, and 1,024 slots at least.
    init(textBytes: Int = 0) {
        var count = 1024
        while count * 16 < textBytes { count *= 2 }
        slots = [Slot](repeating: Slot(), count: count)
        // Room for as many terms as the slots take before they grow, and their bytes (for up to
        // 4 MB of text: a larger document's tables grow as they fill).
        let terms = min(count, Self.reservedText / 16) / 2
        spans = GrowingBuffer(capacity: terms)
        prefixes = GrowingBuffer(capacity: terms)
        storage = GrowingBuffer(capacity: min(textBytes, Self.reservedText) / 2)
    }

    /// The bytes of all terms together.
    var storageCount: Int { storage.count }

    /// The number of the term `bytes`, and whether it is new (numbered now).
    mutating func number(of bytes: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool) {
        number(of: bytes, prefix: Self.prefix(of: bytes))
    }

    /// The same with `prefix`, the first eight bytes of `bytes` as `prefix(of:)` gives them, which
    /// the caller had at hand. Every word of every search entry comes through here: the probe reads
    /// the table through its buffer.
    @inline(__always)
    mutating func number(of bytes: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> (number: Int, isNew: Bool) {
        assert(prefix == Self.prefix(of: bytes), "the prefix handed over is not the term's")
        let mask = slots.count - 1
        var slot = Self.hash(bytes, prefix: prefix) & mask
        let known: Int? = slots.withUnsafeBufferPointer { slots in
            while slots[slot].term != 0 {
                let found = slots[slot]
                if found.prefix == prefix, Int(found.count) == bytes.count,
                   bytes.count <= 8
                   || memcmp(storage.base + spans[Int(found.term) - 1].lowerBound + 8, bytes.baseAddress! + 8, bytes.count - 8) == 0 {
                    return Int(found.term) - 1
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
        if let known { return (known, false) }
        slots[slot] = Slot(prefix: prefix, term: Int32(spans.count + 1), count: Int32(bytes.count))
        spans.append(storage.count..<storage.count + bytes.count)
        prefixes.append(prefix)
        storage.append(contentsOf: bytes)
        if spans.count * 2 > slots.count { grow() }
        return (spans.count - 1, true)
    }

    /// Calls `body` with the bytes of term `term`.
    func withBytes<Result>(of term: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[spans[term]])) }
    }

    /// Term numbers grouped by the term's first byte, the groups in byte order and each in term
    /// number order: the counting pass of `sorted()` alone.
    func groupedByFirstByte() -> [Int] { firstByteGroups().order }

    /// `groupedByFirstByte()`, and where each first byte's group starts in it (a counting sort,
    /// 256 bins; `starts[256]` is the count).
    private func firstByteGroups() -> (order: [Int], starts: [Int]) {
        var starts = [Int](repeating: 0, count: 257)
        for term in 0..<prefixes.count { starts[Int(prefixes[term] & 0xFF) + 1] += 1 }
        for byte in 0..<256 { starts[byte + 1] += starts[byte] }
        var next = starts
        let order = [Int](unsafeUninitializedCapacity: prefixes.count) { order, count in
            for term in 0..<prefixes.count {
                let prefix = prefixes[term]
                order[next[Int(prefix & 0xFF)]] = term
                next[Int(prefix & 0xFF)] += 1
            }
            count = prefixes.count
        }
        return (order, starts)
    }

    /// Term numbers in byte order of the terms, which for `a-z0-9` terms is also `String` order.
    /// The terms are first placed by their first byte (`firstByteGroups`), then each bin is
    /// sorted: most comparisons compare each term's first eight bytes as one big-endian number (a
    /// shorter term padded with zero bytes, which no term holds); only equal first eights compare
    /// the rest. Terms start with one of 36 bytes, so the bins take some five of the comparisons'
    /// rounds. The terms of a merge pass (`TermPostingsTable`) are sorted so; a document's own are
    /// only grouped (`groupedByFirstByte`).
    func sorted() -> [Int] {
        let (order, starts) = firstByteGroups()
        var keyed = order.map { term in (key: prefixes[term].byteSwapped, term: term) }
        storage.withUnsafeBufferPointer { buffer in
            keyed.withUnsafeMutableBufferPointer { keyed in
                for byte in 0..<256 where starts[byte + 1] - starts[byte] > 1 {
                    var bin = UnsafeMutableBufferPointer(rebasing: keyed[starts[byte]..<starts[byte + 1]])
                    bin.sort { left, right in
                        if left.key != right.key { return left.key < right.key }
                        let a = spans[left.term], b = spans[right.term]
                        let common = min(a.count, b.count)
                        let compared = memcmp(buffer.baseAddress! + a.lowerBound, buffer.baseAddress! + b.lowerBound, common)
                        return compared != 0 ? compared < 0 : a.count < b.count
                    }
                }
            }
        }
        return keyed.map(\.term)
    }

    /// The first eight bytes of `bytes` as a little-endian word, zero past their end.
    static func prefix(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if bytes.count >= 8 { return ByteWords.word(bytes, at: 0) }
        var word: UInt64 = 0
        for (index, byte) in bytes.enumerated() { word |= UInt64(byte) << (8 * UInt64(index)) }
        return word
    }

    private mutating func grow() {
        var grown = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = grown.count - 1
        for term in 0..<spans.count {
            var slot = withBytes(of: term) { Self.hash($0, prefix: prefixes[term]) } & mask
            while grown[slot].term != 0 { slot = (slot + 1) & mask }
            grown[slot] = Slot(prefix: prefixes[term], term: Int32(term + 1), count: Int32(spans[term].count))
        }
        slots = grown
    }

    /// The slot hash, of the prefix and the length, and for a term of more than eight bytes of its
    /// last eight too: terms that share their first eight bytes mostly differ in their ending.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> Int {
        var key = prefix ^ UInt64(bytes.count) << 59
        if bytes.count > 8 { key ^= ContentHash.scrambled(ByteWords.word(bytes, at: bytes.count - 8)) }
        return Int(truncatingIfNeeded: ContentHash.scrambled(key))
    }
}

/// The terms of one document's entries and the entry numbers each occurs in: terms numbered by
/// `TermNumbers`, so a term met again costs no `String`, no allocation and no set of its own per
/// entry. A table is filled and read where it is made: its copies would share its buffers.
struct SearchTermTable {
    private var terms: TermNumbers
    /// Term `i`'s latest entry number, so that each number is recorded once per term.
    private let latest: GrowingBuffer<Int32>
    /// Each term's entry numbers as (term, number), in the order met: one buffer for all terms,
    /// grouped by term only when the lines are written. A term's numbers rise in it.
    private let pairs: GrowingBuffer<(term: Int32, number: Int32)>

    /// A table for the terms of about `textBytes` bytes of text.
    init(textBytes: Int = 0) {
        terms = TermNumbers(textBytes: textBytes)
        // Documents' text has a distinct term in some 25 bytes and a term of an entry new to it
        // in some 7: room for more, so that the tables seldom grow by copying.
        let text = min(textBytes, TermNumbers.reservedText)
        latest = GrowingBuffer(capacity: text / 16)
        pairs = GrowingBuffer(capacity: text / 5)
    }

    /// Records that the term `bytes` occurs in entry `number`. Numbers arrive in ascending order.
    /// `prefix` is its first eight bytes (`TermNumbers.prefix(of:)`).
    @inline(__always)
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, prefix: UInt64, _ number: Int) {
        let (term, isNew) = terms.number(of: bytes, prefix: prefix)
        let number = Int32(truncatingIfNeeded: number)
        if isNew {
            latest.append(number)
        } else if latest[term] != number {
            latest[term] = number
        } else {
            return
        }
        pairs.append((Int32(truncatingIfNeeded: term), number))
    }

    /// The postings' lines, grouped by the term's first byte (see `SearchPostings`): `term<TAB>`
    /// then the term's heading (odd) entry numbers, a `|` and its body (even) ones, each
    /// comma-separated in decimal. Sorting each document's terms, which nothing reads in order,
    /// was an eighth of making its postings.
    ///
    /// The numbers are grouped by term with one count and one placing pass over `pairs` (a
    /// counting sort, with the groups in the lines' order), and written into a buffer sized for
    /// the longest numbers.
    func lines() -> [UInt8] {
        let order = terms.groupedByFirstByte()
        // `end[t]`: first the count of term t's numbers, then where its group starts, and after
        // the placing pass where it ends.
        var end = [Int](repeating: 0, count: order.count)
        var grouped = [Int32](repeating: 0, count: pairs.count)
        var largest: Int32 = 0
        end.withUnsafeMutableBufferPointer { end in
            pairs.withUnsafeBufferPointer { pairs in
                for pair in pairs {
                    end[Int(pair.term)] += 1
                    largest = max(largest, pair.number)
                }
                var start = 0
                for term in order {
                    let count = end[term]
                    end[term] = start
                    start += count
                }
                grouped.withUnsafeMutableBufferPointer { grouped in
                    for pair in pairs {
                        grouped[end[Int(pair.term)]] = pair.number
                        end[Int(pair.term)] += 1
                    }
                }
            }
        }
        let digits = String(largest).utf8.count
        // Four bytes over: a number is written as a word of four (`writeDecimal`).
        let capacity = terms.storageCount + 3 * order.count + (digits + 1) * pairs.count + 4
        return [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var at = 0
            func put(_ byte: UInt8) {
                buffer[at] = byte
                at += 1
            }
            // The table is read once: a static read inside the loop costs a `swift_once` a number.
            let decimals = Self.smallDecimals
            grouped.withUnsafeBufferPointer { grouped in
                var start = 0
                for term in order {
                    terms.withBytes(of: term) { bytes in
                        UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[at..<(at + bytes.count)])
                            .copyMemory(from: UnsafeRawBufferPointer(bytes))
                        at += bytes.count
                    }
                    func putNumbers(withParity parity: Int32) {
                        var first = true
                        for number in grouped[start..<end[term]] where number & 1 == parity {
                            if !first { put(UInt8(ascii: ",")) }
                            first = false
                            at = Self.writeDecimal(number, into: buffer, at: at, decimals: decimals)
                        }
                    }
                    put(UInt8(ascii: "\t"))
                    putNumbers(withParity: 1)
                    put(UInt8(ascii: "|"))
                    putNumbers(withParity: 0)
                    put(UInt8(ascii: "\n"))
                    start = end[term]
                }
            }
            count = at
        }
    }

    /// Writes the digits of `value` (not negative) at `offset`, and returns the offset after them.
    /// A number below 1,000, most of them, is one word of four bytes from `decimals` (the
    /// `smallDecimals`), of which the bytes after its digits are written over or past the end:
    /// `buffer` has four bytes of room after every number. Any other is `String.writeDecimal`'s.
    @inline(__always)
    static func writeDecimal(_ value: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int, decimals: [UInt32] = smallDecimals) -> Int {
        if value < 1000 {
            let packed = decimals.withUnsafeBufferPointer { $0[Int(value)] }
            UnsafeMutableRawPointer(buffer.baseAddress! + offset).storeBytes(of: packed.littleEndian, as: UInt32.self)
            return offset + Int(packed >> 24)
        }
        return String.writeDecimal(Int(value), into: buffer, at: offset)
    }

    /// The digits of 0 to 999, first digit lowest, with their count in the top byte.
    static let smallDecimals: [UInt32] = (0..<1000).map { number in
        let digits = Array(String(number).utf8)
        return digits.enumerated().reduce(UInt32(digits.count) << 24) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }
    }
}

/// Values of a trivial type appended and overwritten in place through a pointer, the buffer
/// doubled when full: `SearchTermTable` writes to its two for most words of every entry,
/// `TermNumbers` to its three for every new term, and `TermPostingsTable` to a term's part for
/// every document it is in, where an `Array` checked its storage was its own at each write and
/// each append.
///
/// Unchecked `Sendable`: a merge pass fills each of its tables on one thread, joins them on the
/// thread that runs the pass, and only then reads copies of the joined table on several
/// (`SearchIndexBuilder.termFiles`); nothing writes to a buffer while another thread uses it.
final class GrowingBuffer<Value>: @unchecked Sendable {
    /// The first value; moves when the buffer grows.
    private(set) var base: UnsafeMutablePointer<Value>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        assert(_isPOD(Value.self), "only values without references are kept without being released")
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ value: Value) {
        if count == capacity { grow() }
        (base + count).initialize(to: value)
        count += 1
    }

    /// Appends `values` with one copy.
    @inline(__always)
    func append(contentsOf values: UnsafeBufferPointer<Value>) {
        if count + values.count > capacity { grow(toHold: count + values.count) }
        assert(count + values.count <= capacity, "grown too little")
        if let start = values.baseAddress { (base + count).initialize(from: start, count: values.count) }
        count += values.count
    }

    @inline(__always)
    subscript(index: Int) -> Value {
        get { base[index] }
        set { base[index] = newValue }
    }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Value>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    private func grow(toHold needed: Int = 0) {
        var doubled = 2 * capacity
        while doubled < needed { doubled *= 2 }
        let grown = UnsafeMutablePointer<Value>.allocate(capacity: doubled)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = doubled
    }
}
