import Foundation

/// The term shards and their list, merged from every document's postings.
///
/// A shard maps each of its terms to one string of postings, `key:3;key:1,5|key:8;key:4`: the
/// heading entries before the `|`, the body entries after it, each part as document keys in key
/// order (oldest first) with their entry numbers. One string per term, rather than an object per
/// document and an array per posting, lets the browser read a prefix with hundreds of thousands
/// of postings in one pass without making an object for each; the heading part first lets it show
/// the first page from headings alone when they fill it (`search.js`).
///
/// Terms are grouped by their first `basePrefixLength` characters; a group larger than
/// `shardByteLimit` bytes is split by one more character, again and again, a term as long as the
/// group's prefix staying in the group. A term lives in the shard with the longest listed name that
/// is a prefix of it, which is how `search.js` finds it. The grouping depends only on the postings,
/// and documents are merged in key order, so equal archives give equal bytes, and a rebuild after
/// one document changed changes only the shards of that document's terms (and, rarely, a split).
extension SearchIndexBuilder {
    static let basePrefixLength = 2
    /// Bytes of postings above which a prefix group is split (when it holds longer terms). Each
    /// shard is one `<script>` load, which from `file://` costs a few milliseconds whatever its
    /// size: 64 KB keeps a prefix query's file count low (measured at 24 KB: 52 files, most of a
    /// 1,000-document prefix query's time) while one word still loads well under the byte budget.
    static let shardByteLimit = 64_000

    static let termShardFolder = "assets/zoekindex/termen/"

    static func termShardPath(_ prefix: String) -> String { "\(termShardFolder)\(prefix).js" }

    /// The shard name of a path `termShardPath` made; nil for any other path.
    static func termShardName(path: String) -> String? {
        guard path.hasPrefix(termShardFolder), path.hasSuffix(".js") else { return nil }
        // On bytes: a rebuild asks this of every published data file.
        let name = path.utf8.dropFirst(termShardFolder.utf8.count).dropLast(3)
        return name.isEmpty || name.contains(UInt8(ascii: "/")) ? nil : String(Substring(name))
    }

    /// The term shards and `assets/search-index.js`, from the postings of the documents with the
    /// given keys (any order), read one document at a time through `postings`.
    static func termFiles(
        keys: [String], documentsPerPass: Int = documentsPerPass, runs: Int = runsPerPass, batchBytes: Int = batchBytes,
        postings: @Sendable (String) -> SearchPostings?
    ) -> [SiteFile] {
        var files: [SiteFile] = []
        termFiles(keys: keys, documentsPerPass: documentsPerPass, runs: runs, batchBytes: batchBytes, postings: postings) { files += $0 }
        return files
    }

    /// The same, handed to `emit` in batches of about `batchBytes` bytes as soon as each batch is
    /// made, its postings then let go, so that the archive's merged postings and its shard files
    /// are never all in memory at once. A batch's files are made on every core, and `emit` may
    /// write them on every core too: at 10,000 documents the shards are a quarter of a gigabyte,
    /// whose copy into the page cache on one thread was a third of the merge's time.
    ///
    /// A large archive is merged in passes, one `documentsPerPass` documents' worth each, every
    /// pass over the terms of a run of first characters, reading every document's postings again:
    /// merged at once, the postings of 10,000 documents took more memory than all the rest of a
    /// clean build. Prefix groups never span two first characters and the runs are in byte
    /// order, so the shards are the same however many passes there are.
    ///
    /// Within a pass, the documents are read in `runs` runs of consecutive keys, one per core, each
    /// into a table of its own; the tables are then joined in key order, which gives the bytes of
    /// one table read in one run. Reading the postings is most of the merge.
    static func termFiles(
        keys: [String], documentsPerPass: Int = documentsPerPass, runs: Int = runsPerPass, batchBytes: Int = batchBytes,
        postings: @Sendable (String) -> SearchPostings?, emit: ([SiteFile]) throws -> Void
    ) rethrows {
        try termFiles(keys: keys, documentsPerPass: documentsPerPass, runs: runs, batchBytes: batchBytes, passPostings: { key, _ in postings(key) }, emit: emit)
    }

    /// The same, asking `passPostings` for a document's lines of the terms that start with a
    /// pass's first bytes: it may give more lines, or all of them. A document's cached postings
    /// are read whole in the first pass and only in part in the others (`PostingsParts`): read
    /// whole in every pass, the files of a 10,000-document archive were read four times over.
    static func termFiles(
        keys: [String], documentsPerPass: Int = documentsPerPass, runs: Int = runsPerPass, batchBytes: Int = batchBytes,
        passPostings: @Sendable (_ key: String, _ firstBytes: ClosedRange<UInt8>) -> SearchPostings?, emit: ([SiteFile]) throws -> Void
    ) rethrows {
        let passes = max(1, min(firstCharacters.count, keys.count / max(1, documentsPerPass)))
        let sortedKeys = keys.sorted()
        let runs = max(1, runs)
        let runLength = max(1, (sortedKeys.count + runs - 1) / runs)
        let keyRuns = stride(from: 0, to: sortedKeys.count, by: runLength).map { sortedKeys[$0..<min($0 + runLength, sortedKeys.count)] }
        var names: [String] = []
        for pass in 0..<passes {
            guard let firstBytes = Self.firstBytes(ofPass: pass, in: passes) else { continue }
            var tables = Parallel.map(keyRuns) { run in
                var table = TermPostingsTable()
                for key in run {
                    guard let document = passPostings(key, firstBytes) else { continue }
                    table.append(key: key, document, firstBytes: firstBytes)
                }
                return table
            }
            var table = tables.isEmpty ? TermPostingsTable() : tables.removeFirst()
            for other in tables { table.append(other) }
            tables = []  // the joined tables let go before the shards are made
            let terms = table.sortedTerms()
            var shards: [(name: String, terms: ArraySlice<Int>)] = []
            group(terms[...], prefixLength: basePrefixLength, name: { table.terms[$0] }, size: table.size(of:), into: &shards)
            shards.sort { $0.name < $1.name }
            var start = 0
            while start < shards.count {
                var end = start, bytes = 0
                while end < shards.count, end == start || bytes < batchBytes {
                    bytes += shards[end].terms.reduce(0) { $0 + table.size(of: $1) }
                    end += 1
                }
                let batch = Array(shards[start..<end])
                try emit(Self.shardFiles(batch, of: table))
                for shard in batch { for id in shard.terms { table.release(id) } }
                start = end
            }
            names += shards.map(\.name)
        }
        try emit([shardList(names)])
    }

    /// Shard bytes made and handed over at a time (see `termFiles(keys:documentsPerPass:runs:batchBytes:postings:emit:)`).
    static let batchBytes = 8 << 20

    /// The files of `shards`, made on every core from a copy of `table` that is let go on return,
    /// so that releasing the batch's postings afterwards copies nothing.
    private static func shardFiles(_ shards: [(name: String, terms: ArraySlice<Int>)], of table: TermPostingsTable) -> [SiteFile] {
        Parallel.map(shards) { shard in table.shardFile(shard.name, shard.terms) }
    }

    /// How many documents' postings one merge pass takes.
    static let documentsPerPass = 2_500

    /// How many runs of documents a pass reads at once: one per core, at most four (each run's
    /// table holds its own copy of the terms it shares with the others).
    static let runsPerPass = min(4, ProcessInfo.processInfo.activeProcessorCount)

    /// The first characters of terms (`SearchTermFolder`), in byte order.
    static let firstCharacters = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// The pass that merges terms starting with `byte`: runs of `firstCharacters` of equal size,
    /// in byte order (any other byte goes with the characters around it, in order).
    static func pass(of byte: UInt8, in passes: Int) -> Int {
        let position = firstCharacters.firstIndex { $0 >= byte } ?? firstCharacters.count - 1
        return position * passes / firstCharacters.count
    }

    /// The first bytes of the terms pass `pass` merges: one range, since `pass(of:in:)` never
    /// decreases as the byte grows.
    /// Nil for a pass with no bytes, which `passes` ≤ `firstCharacters.count` rules out.
    static func firstBytes(ofPass pass: Int, in passes: Int) -> ClosedRange<UInt8>? {
        let bytes = (0...255).filter { Self.pass(of: UInt8($0), in: passes) == pass }
        guard let lower = bytes.first, let upper = bytes.last else { return nil }
        return UInt8(lower)...UInt8(upper)
    }

    /// One shard's file: its terms (in order) with their merged postings, written as bytes into
    /// room made once (a string per term, joined, paid `String`'s append for every piece).
    static func shardFile(_ name: String, _ terms: [(term: String, postings: String)]) -> SiteFile {
        shardFile(name, terms, size: { $0.term.utf8.count + $0.postings.utf8.count + termOverhead }, term: \.term) { entry, bytes in
            bytes += entry.postings.utf8
        }
    }

    /// The same for any terms: `term` gives an entry's term, `postings` appends its postings
    /// (`headings|body`), and `size` is the bytes the entry takes in the file (`termOverhead` with
    /// its term's and its postings'), which the file's room is made for at once. The merge writes
    /// its shards straight from its terms' parts through this (`TermPostingsTable.shardFile`).
    static func shardFile<Terms: Collection>(
        _ name: String, _ terms: Terms, size: (Terms.Element) -> Int, term: (Terms.Element) -> String,
        postings: (Terms.Element, inout [UInt8]) -> Void
    ) -> SiteFile {
        let opening = shardOpening(name)
        var bytes: [UInt8] = []
        // The closing `};\n` is 3.
        bytes.reserveCapacity(opening.utf8.count + terms.reduce(3) { $0 + size($1) })
        bytes += opening.utf8
        for (index, entry) in terms.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes += term(entry).utf8
            bytes += #"":""#.utf8
            postings(entry, &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes += "};\n".utf8
        return SiteFile(path: termShardPath(name), utf8: bytes)
    }

    /// What a shard's file starts with, before its first term.
    static func shardOpening(_ name: String) -> String {
        "(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})[\"\(name)\"] = {"
    }

    /// `assets/search-index.js`: the shard names, in order.
    static func shardList(_ names: [String]) -> SiteFile {
        SiteFile(path: path, contents: "window.KAMERARCHIEF_TERM_SHARDS = [\(names.map { "\"\($0)\"" }.joined(separator: ","))];\n")
    }

    /// The bytes a term takes in its shard besides its own and its postings' (`headings|body`): its
    /// four quotes, colon and comma; the measure the split limit is counted in.
    static let termOverhead = 6

    /// Splits sorted `terms` into groups by their first `prefixLength` characters, splitting groups
    /// larger than `shardByteLimit` further. Groups by `basePrefixLength` are split independently of
    /// each other, so a rebuild can regroup one of them alone (`SearchIndexBuilder+Update.swift`).
    static func group<Term>(
        _ terms: ArraySlice<Term>, prefixLength: Int, name: (Term) -> String, size: (Term) -> Int,
        into shards: inout [(name: String, terms: ArraySlice<Term>)]
    ) {
        var start = terms.startIndex
        while start < terms.endIndex {
            let prefix = String(name(terms[start]).utf8.prefix(prefixLength))!
            if prefix.utf8.count < prefixLength {
                // A term shorter than the prefix (only at the top): alone, so that its name does not
                // swallow the longer terms it begins.
                shards.append((prefix, terms[start...start]))
                start += 1
                continue
            }
            var end = start
            var bytes = 0
            while end < terms.endIndex, name(terms[end]).hasPrefix(prefix) {
                bytes += size(terms[end])
                end += 1
            }
            let members = terms[start..<end]
            // Sorted, so a term equal to the prefix comes first; only longer terms can split.
            let own = name(members[members.startIndex]) == prefix ? 1 : 0
            if bytes > shardByteLimit && members.count - own > 1 {
                shards.append((prefix, members.prefix(own)))
                group(members.dropFirst(own), prefixLength: prefixLength + 1, name: name, size: size, into: &shards)
            } else {
                shards.append((prefix, members))
            }
            start = end
        }
    }

    /// The group whose shards hold a term: its first `basePrefixLength` characters (a shorter term is its own group).
    static func baseGroup(of term: Substring) -> Substring { term.utf8.count <= basePrefixLength ? term : Substring(term.utf8.prefix(basePrefixLength)) }
}

/// Where documents' cached postings hold the lines of each first character (`firstCharacters`),
/// learned when a merge pass reads a file whole, so that the passes after it read only the part
/// that holds their lines (`BuildCache.loadPostings(_:part:)`). The lines are grouped by first
/// byte in byte order (`SearchPostings`), so a pass's lines are one run of bytes.
final class PostingsParts: @unchecked Sendable {
    private let lock = NSLock()
    /// By content key: the offset of the first line whose first byte is at least each first
    /// character, then the postings' byte count.
    private var offsets: [UInt64: [UInt32]] = [:]

    /// Learns where `postings`' lines start, for the passes after this one.
    func record(_ postings: SearchPostings, key: UInt64) {
        guard postings.utf8.count < Int(UInt32.max) else { return }
        let characters = SearchIndexBuilder.firstCharacters
        let starts = postings.utf8.withUnsafeBufferPointer { buffer in
            characters.map { UInt32(SearchPostings.firstLine(in: buffer, withFirstByteAtLeast: $0)) } + [UInt32(buffer.count)]
        }
        lock.withLock { offsets[key] = starts }
    }

    /// The bytes of the postings under `key` that hold every line whose first byte is in
    /// `firstBytes` (and perhaps lines before or after them); nil when they were not recorded.
    func part(of key: UInt64, firstBytes: ClosedRange<UInt8>) -> Range<Int>? {
        guard let starts = lock.withLock({ offsets[key] }) else { return nil }
        let characters = SearchIndexBuilder.firstCharacters
        // From the last first character at or below the lowest byte (the start when there is
        // none), to the first one above the highest (the end when there is none).
        let below = characters.lastIndex { $0 <= firstBytes.lowerBound }
        let above = characters.firstIndex { $0 > firstBytes.upperBound }
        return Int(below.map { starts[$0] } ?? 0)..<Int(starts[above ?? characters.count])
    }
}

/// Every term's postings across documents, appended one document at a time in key order: per term,
/// the heading part and the body part as bytes (`key:3;key:1,5`), joined by `|` only when written.
///
/// A part is a buffer of its own (`GrowingBuffer`), made when its term first has a document there,
/// and written to through its pointer: as an `Array` in an array of them, each of the merge's
/// appends (one for every term of every document) checked both arrays' storage was their own, and
/// was put together on the stack first so as to append once, some 200 instructions an append.
/// Copies of a table share its parts: a merge pass reads copies of its table on several threads,
/// and joins the tables its runs made into the first, letting the others go.
struct TermPostingsTable {
    /// The terms by number, on their bytes (see `TermNumbers`): a document's postings are merged
    /// term by term, and a `String` and a dictionary lookup per term line were a sixth of it.
    private var numbers = TermNumbers()
    private(set) var terms: [String] = []
    private var headings: [GrowingBuffer<UInt8>?] = []
    private var bodies: [GrowingBuffer<UInt8>?] = []

    /// Adds one document's postings of the terms whose first byte is in `firstBytes`; keys must
    /// come in ascending order.
    mutating func append(key: String, _ postings: SearchPostings, firstBytes: ClosedRange<UInt8> = 0...255) {
        let separatedKey = [UInt8(ascii: ";")] + Array(key.utf8) + [UInt8(ascii: ":")]
        separatedKey.withUnsafeBufferPointer { separatedKey in
            postings.forEachTermBytes(startingWith: firstBytes) { term, heading, body in
                let id = self.id(of: term)
                if !heading.isEmpty { Self.add(separatedKey, heading, to: &headings[id]) }
                if !body.isEmpty { Self.add(separatedKey, body, to: &bodies[id]) }
            }
        }
    }

    /// Adds `other`'s postings after this table's: the table that adding `other`'s documents
    /// after this one's would have made (each part's documents are `;`-separated, in order). A
    /// part this table does not have yet is taken over from `other`, which must be let go after.
    mutating func append(_ other: TermPostingsTable) {
        for (otherID, term) in other.terms.enumerated() {
            var term = term
            let id = term.withUTF8 { self.id(of: $0) }
            Self.join(other.headings[otherID], to: &headings[id])
            Self.join(other.bodies[otherID], to: &bodies[id])
        }
    }

    /// Term ids in term order: byte order, which for folded terms (`a-z0-9`) is `String`'s too,
    /// without a `String` comparison for each of a pass's hundred thousand terms.
    func sortedTerms() -> [Int] { numbers.sorted() }

    /// The shard file of the terms `ids` (in order), written straight from their parts (a `String`
    /// made of each term's parts first was one more copy of every posting, and an allocation per
    /// term).
    func shardFile(_ name: String, _ ids: ArraySlice<Int>) -> SiteFile {
        SearchIndexBuilder.shardFile(name, ids, size: size(of:), term: { terms[$0] }) { id, bytes in
            headings[id]?.withUnsafeBufferPointer { bytes += $0 }
            bytes.append(UInt8(ascii: "|"))
            bodies[id]?.withUnsafeBufferPointer { bytes += $0 }
        }
    }

    /// Lets go of a term's postings once its shard is written.
    mutating func release(_ id: Int) {
        headings[id] = nil
        bodies[id] = nil
    }

    /// The bytes a term takes in its shard.
    func size(of id: Int) -> Int {
        terms[id].utf8.count + (headings[id]?.count ?? 0) + 1 + (bodies[id]?.count ?? 0) + SearchIndexBuilder.termOverhead
    }

    private mutating func id(of term: UnsafeBufferPointer<UInt8>) -> Int {
        let (id, isNew) = numbers.number(of: term)
        if isNew {
            terms.append(String(decoding: term, as: UTF8.self))
            headings.append(nil)
            bodies.append(nil)
        }
        return id
    }

    private static func join(_ other: GrowingBuffer<UInt8>?, to part: inout GrowingBuffer<UInt8>?) {
        guard let other, other.count > 0 else { return }
        guard let part else {
            part = other
            return
        }
        part.append(UInt8(ascii: ";"))
        other.withUnsafeBufferPointer { part.append(contentsOf: $0) }
    }

    /// Appends `key:numbers` to `part`, after a `;` unless it is the part's first document:
    /// `separatedKey` is `;key:`.
    @inline(__always)
    private static func add(_ separatedKey: UnsafeBufferPointer<UInt8>, _ numbers: UnsafeBufferPointer<UInt8>, to part: inout GrowingBuffer<UInt8>?) {
        if let part {
            part.append(contentsOf: separatedKey)
            part.append(contentsOf: numbers)
        } else {
            let made = GrowingBuffer<UInt8>(capacity: 2 * (separatedKey.count + numbers.count))
            made.append(contentsOf: UnsafeBufferPointer(rebasing: separatedKey.dropFirst()))
            made.append(contentsOf: numbers)
            part = made
        }
    }
}
