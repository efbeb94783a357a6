import Foundation

/// The incremental-build cache, kept outside the published tree (by default `.kamerarchief-cache`
/// beside the output). It is the one place besides the loader and writer that touches the disk.
///
/// - `manifest.bin`: the tool version, the settings key (templates and options), every source's
///   size, times, inode and content key, the identity of the output folder it describes, and the
///   last build's diagnostics (binary, see `BuildManifest`). Small, so that a no-op rebuild
///   reads only this.
/// - `summaries/NN.bin`: each source's `DocumentSummary` and diagnostics, by content key: what
///   linking needs, without the documents (binary, see `BinaryCodec`, each string once per file).
/// - `jobs/NN.bin`: each render job's key and files; `jobs/state.bin`: the hash of every data
///   file written, the search's sources and the kept site.
///
///   Both are split into `shardCount` files by key, and a save writes only the files whose bytes
///   differ from what this build read: a rebuild of one document at 10,000 rewrites two or three
///   files of a megabyte rather than 90 MB.
/// - `documents/<content key>.bin`: parsed documents, for re-rendering without re-parsing.
/// - `postings/<content key>.bin`: each document's search postings, for merging the term shards
///   without re-reading unchanged documents.
/// - `dirty`: present from a build's first write until its site is published and its cache saved.
/// - `site/`: not a cache file: the site the last incremental build replaced, its unchanged files
///   hard links to the published ones, from which the next rebuild starts (`OutputWriter`).
///
/// The cache never lies: every file is sealed with a format version, its length and a checksum
/// (`CacheEnvelope`); a file that fails them is a `cache-invalid` warning and the build goes on
/// as a clean build. A dirty cache, one from another tool version, or one that describes another
/// output folder is not used. A write that fails is a `cache-unwritable` warning.
final class BuildCache: @unchecked Sendable {
    let directory: URL
    /// `directory.path`, taken once: `URL.path` and `appendingPathComponent` cost more than the
    /// write of a small cache file, and a clean build writes two cache files per document.
    private let directoryPath: String
    private let lock = NSLock()
    /// The folders this build has made sure exist, so that each is made once, not once per file.
    private var madeFolders: Set<String> = []
    private var problemList: [Diagnostic] = []
    private var failedWrite = false
    /// The checksum of each cache file read (and found sealed) in this build, by name.
    private var readChecksums: [String: UInt64] = [:]
    /// A fingerprint of each summaries or jobs shard read in this build, by file name: the
    /// summaries' content keys, the jobs' ids and keys. A summary is a function of its content key
    /// (which hashes all it depends on), and a job's files of its key, so a shard with the same
    /// fingerprint at save time has the same bytes and is neither encoded nor written again.
    private var readFingerprints: [String: UInt64] = [:]

    init(directory: URL) {
        self.directory = directory
        directoryPath = directory.path
    }

    /// The `cache-invalid` and `cache-unwritable` warnings of this build so far.
    var problems: [Diagnostic] { lock.withLock { problemList } }

    /// The last build's manifest when this tool wrote it, for whatever output: its source stamps
    /// and summaries hold for any output; `output` (the identity it was written for) tells
    /// whether its pages do.
    func loadManifest() -> BuildManifest? {
        // A build was killed between its first write and its last: nothing here can be trusted.
        guard !FileManager.default.fileExists(atPath: path("dirty")) else {
            invalidate()
            return nil
        }
        guard let manifest = loadBinary("manifest.bin", { try $0.value(BuildManifest.self) }),
            manifest.version == ToolVersion.fingerprint
        else { return nil }
        return manifest
    }

    /// By content key (`SourceStamp.contentKey`).
    func loadSummaries() -> [UInt64: CachedSummary]? {
        loadShards("summaries", sharingStrings: true, fingerprint: Self.summariesFingerprint) { reader in
            try reader.array { reader in (try reader.uint64(), try reader.value(CachedSummary.self)) }
        }
    }

    func loadJobs() -> JobState? {
        guard let records = loadShards("jobs", fingerprint: Self.jobsFingerprint, { try JobState.records(from: &$0) }),
            var state = loadBinary("jobs/state.bin", { try JobState(from: &$0) })
        else { return nil }
        state.jobs = records
        return state
    }

    /// What a summaries shard holds, for `readFingerprints`: its content keys, in order.
    static func summariesFingerprint(_ entries: [(key: UInt64, value: CachedSummary)]) -> UInt64 {
        var hash = ContentHash()
        for entry in entries { hash.combine(entry.key) }
        return hash.value
    }

    /// What a jobs shard holds, for `readFingerprints`: its job ids and keys, in order.
    static func jobsFingerprint(_ entries: [(key: JobID, value: JobRecord)]) -> UInt64 {
        var hash = ContentHash()
        for entry in entries {
            hash.combine(entry.key.text)
            hash.combine(entry.value.key)
        }
        return hash.value
    }

    /// The entries of every shard in `folder`, read in parallel; nil when one is missing or bad.
    /// Each shard's `fingerprint` is kept for `save`.
    func loadShards<Key: Hashable & Sendable, Value: Sendable>(
        _ folder: String, sharingStrings: Bool = false, fingerprint: @escaping @Sendable ([(key: Key, value: Value)]) -> UInt64,
        _ read: @escaping @Sendable (inout ByteReader) throws -> [(Key, Value)]
    ) -> [Key: Value]? {
        let shards = Parallel.map(Array(0..<Self.shardCount)) { shard in
            let name = Self.shardName(folder, shard)
            guard let entries = loadBinary(name, sharingStrings: sharingStrings, read) else { return nil as [(Key, Value)]? }
            let print = fingerprint(entries.map { (key: $0.0, value: $0.1) })
            lock.withLock { readFingerprints[name] = print }
            return entries
        }
        var entries: [Key: Value] = [:]
        entries.reserveCapacity(shards.reduce(0) { $0 + ($1?.count ?? 0) })
        for shard in shards {
            guard let shard else { return nil }
            for (key, value) in shard where entries[key] == nil { entries[key] = value }
        }
        return entries
    }

    /// Whether shard file `name` was read in this build, is still on disk as read, and holds
    /// what `print` describes: then `save` leaves it as it is.
    private func isUnchanged(_ name: String, _ print: UInt64) -> Bool {
        lock.withLock { readChecksums[name] != nil && readFingerprints[name] == print }
    }

    /// How many files the summaries and the job records are each split into.
    static let shardCount = 64

    static func shardName(_ folder: String, _ shard: Int) -> String { keyedName(folder, shard) }

    /// The file in `folder` named by `key` (a shard number, a content key) in hex.
    static func keyedName(_ folder: String, _ key: some BinaryInteger) -> String {
        "\(folder)/\(String(key, radix: 16)).bin"
    }

    /// The shard of a render job, by its id.
    static func shard(of key: JobID) -> Int {
        Int(truncatingIfNeeded: key.hash % UInt64(shardCount))
    }

    /// The shard of a summary, by its content key (a hash already).
    static func shard(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: key % UInt64(shardCount))
    }

    /// `entries` by shard, each shard in key order (sorted one shard at a time: a rebuild at
    /// 10,000 documents splits every summary and every job).
    static func split<Value>(_ entries: [JobID: Value]) -> [[(key: JobID, value: Value)]] {
        split(entries, shard: { shard(of: $0) })
    }

    static func split<Value>(_ entries: [UInt64: Value]) -> [[(key: UInt64, value: Value)]] {
        split(entries, shard: { shard(of: $0) })
    }

    private static func split<Key: Comparable, Value>(_ entries: [Key: Value], shard: (Key) -> Int) -> [[(key: Key, value: Value)]] {
        var shards = Array(repeating: [(key: Key, value: Value)](), count: shardCount)
        for entry in entries { shards[shard(entry.key)].append(entry) }
        for index in shards.indices { shards[index].sort { $0.key < $1.key } }
        return shards
    }

    /// Where the site a build replaced is kept for the next build (`OutputWriter`); not a cache
    /// file: `save` never prunes it, and only the writer reads it.
    var spareFolder: URL { directory.appendingPathComponent("site") }

    func loadDocument(_ key: UInt64) -> Document? {
        loadBinary(Self.keyedName("documents", key)) { try $0.value(Document.self) }
    }

    func saveDocument(_ document: Document, key: UInt64) {
        var writer = ByteWriter(capacity: Document.encodedSizeHint)
        writer.value(document)
        write(writer.bytes, Self.keyedName("documents", key))
    }

    /// A document's search postings, by the content key of its source; sealed like every cache file.
    func loadPostings(_ key: UInt64) -> SearchPostings? {
        loadSealed(Self.keyedName("postings", key)).map(SearchPostings.init(utf8:))
    }

    /// Bytes `range` of a document's search postings, read without checking their seal again:
    /// only from a file that this build has read whole and found sealed (the cache is locked, so
    /// it is as it was then), nil for any other. A merge's later passes read their part of each
    /// document's postings so (`PostingsParts`).
    func loadPostings(_ key: UInt64, part range: Range<Int>) -> SearchPostings? {
        let name = Self.keyedName("postings", key)
        guard lock.withLock({ readChecksums[name] }) != nil else { return nil }
        let descriptor = open(path(name), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard lseek(descriptor, off_t(CacheEnvelope.headerSize + range.lowerBound), SEEK_SET) >= 0,
              let bytes = ContentLoader.readAll(descriptor, size: range.count, atMost: true), bytes.count == range.count
        else { return nil }
        return SearchPostings(utf8: bytes)
    }

    /// A document's search postings for a merge pass, which reads the lines of the terms that
    /// start with `firstBytes`: the part that holds them when `parts` knows where it is, else the
    /// whole file, whose parts `parts` then learns for the passes after this one (unless this
    /// pass reads every line).
    func loadPostings(_ key: UInt64, firstBytes: ClosedRange<UInt8>, parts: PostingsParts) -> SearchPostings? {
        if let part = parts.part(of: key, firstBytes: firstBytes), let postings = loadPostings(key, part: part) { return postings }
        guard let postings = loadPostings(key) else { return nil }
        if firstBytes != 0...255 { parts.record(postings, key: key) }
        return postings
    }

    func savePostings(_ postings: SearchPostings, key: UInt64) {
        write(postings.utf8, Self.keyedName("postings", key))
    }

    /// Marks the cache as being changed, before this build's first write. False when it cannot
    /// be marked; the build must then not use the cache.
    func markDirty() -> Bool {
        write([], "dirty")
    }

    /// Writes the state of a successful build (after its site is published), drops cached
    /// documents and postings no source uses any more, and only then clears the dirty mark.
    /// `previous` is the manifest this build read and trusted, if any.
    func save(manifest: BuildManifest, previous: BuildManifest?, summaries: [UInt64: CachedSummary], jobs: JobState) {
        // The manifest and the jobs' state are encoded on another core meanwhile: each sorts
        // 10,000 paths or keys at 10,000 documents, as splitting the job records does here.
        let encoded = BackgroundWork {
            var stateWriter = ByteWriter(), manifestWriter = ByteWriter()
            stateWriter.value(jobs)
            manifestWriter.value(manifest)
            return (state: stateWriter.bytes, manifest: manifestWriter.bytes)
        }
        let summaryShards = Self.split(summaries), jobShards = Self.split(jobs.jobs)
        let written = Parallel.map(Array(0..<Self.shardCount)) { shard in
            var saved = true
            let summariesName = Self.shardName("summaries", shard), jobsName = Self.shardName("jobs", shard)
            if !isUnchanged(summariesName, Self.summariesFingerprint(summaryShards[shard])) {
                var writer = ByteWriter(sharingStrings: true)
                writer.array(summaryShards[shard]) { writer, entry in
                    writer.uint64(entry.key)
                    writer.value(entry.value)
                }
                saved = write(writer.bytes, summariesName)
            }
            if !isUnchanged(jobsName, Self.jobsFingerprint(jobShards[shard])) {
                var writer = ByteWriter()
                JobState.write(jobShards[shard], to: &writer)
                saved = write(writer.bytes, jobsName) && saved
            }
            return saved
        }
        let (state, manifestBytes) = encoded.wait()
        let saved = !written.contains(false) && write(state, "jobs/state.bin")
            && write(manifestBytes, "manifest.bin") && !lock.withLock({ failedWrite })
        guard saved else {
            invalidate()
            return
        }
        // The single files of cache format 3 and before.
        for name in ["summaries.bin", "jobs.bin"] { unlink(path(name)) }
        prune(keeping: manifest, previous: previous)
        clearDirty()
    }

    /// Removes the cached documents and postings of content keys `manifest` does not hold. After a
    /// build that trusted `previous`, the files are those of its keys and of this build's (which
    /// `manifest` holds), so only its keys that are gone are removed, without listing the folders
    /// (10,000 names each at 10,000 documents). Any other build lists them and removes the rest.
    private func prune(keeping manifest: BuildManifest, previous: BuildManifest?) {
        let folders = ["documents", "postings"]
        if let previous {
            let kept = Set(manifest.sources.values.lazy.map(\.contentKey))
            remove(Set(previous.sources.values.lazy.map(\.contentKey)).filter { !kept.contains($0) }, from: folders)
            return
        }
        let keep = Set(manifest.sources.values.map { "\(String($0.contentKey, radix: 16)).bin" })
        for folderName in folders {
            let folder = path(folderName)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !keep.contains(name) {
                unlink(folder + "/" + name)
            }
        }
    }

    /// Removes the parsed documents of `keys` (content keys).
    func dropDocuments(_ keys: some Sequence<UInt64>) { remove(keys, from: ["documents"]) }

    /// Removes the files of content keys `keys` from each of `folders`.
    private func remove(_ keys: some Sequence<UInt64>, from folders: [String]) {
        for key in keys {
            for folder in folders { unlink(path(Self.keyedName(folder, key))) }
        }
    }

    /// Clears the dirty mark: the manifest on disk describes the published output again.
    func clearDirty() {
        if unlink(path("dirty")) != 0 && errno != ENOENT { report(.cacheUnwritable, "cannot clear the cache's dirty mark") }
    }

    /// Forgets everything, so that a failed or interrupted build is never mistaken for a good one.
    func invalidate() {
        unlink(path("manifest.bin"))
    }

    /// The output folder's device, inode and change time: a published site gets a new folder,
    /// so a manifest saved for another publication (a build whose cache could not be written)
    /// never matches.
    static func identity(of output: URL) -> String {
        var info = stat()
        guard stat(output.path, &info) == 0 else { return "" }
        return "\(info.st_dev):\(info.st_ino):\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }
}

private extension BuildCache {
    /// The path of the cache file or folder `name` (`documents/1f.bin`).
    func path(_ name: String) -> String { directoryPath + "/" + name }

    func report(_ code: DiagnosticCode, _ message: String, _ name: String = "") {
        let path = name.isEmpty ? directoryPath : path(name)
        lock.withLock {
            if code == .cacheUnwritable { failedWrite = true }
            problemList.append(.warning(code, message, at: SourceLocation(file: path, line: 0, column: 0)))
        }
    }

    /// Removes a cache file that failed its seal or its decoding, with a `cache-invalid` warning.
    func discard(_ name: String, because reason: String) {
        unlink(path(name))
        // Gone from the disk: a save must write it again even with the same bytes.
        lock.withLock { readChecksums[name] = nil }
        report(.cacheInvalid, "cache file discarded (\(reason)); building without it", name)
    }

    /// The payload of a sealed cache file; nil when there is none, and a `cache-invalid` warning
    /// when there is one that fails its seal.
    func loadSealed(_ name: String) -> [UInt8]? {
        let descriptor = open(path(name), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        // The header and the payload are read apart, so the payload needs no moving.
        guard fstat(descriptor, &info) == 0, let header = ContentLoader.readAll(descriptor, size: CacheEnvelope.headerSize, atMost: true),
            let payload = ContentLoader.readAll(descriptor, size: max(Int(info.st_size) - header.count, 0))
        else { return nil }
        do {
            let checksum = try CacheEnvelope.checksum(header: header[...], payload: payload)
            lock.withLock { readChecksums[name] = checksum }
            return payload
        } catch {
            discard(name, because: "\(error)")
            return nil
        }
    }

    func loadBinary<T>(_ name: String, sharingStrings: Bool = false, _ read: (inout ByteReader) throws -> T) -> T? {
        guard let payload = loadSealed(name) else { return nil }
        var reader = ByteReader(payload, sharingStrings: sharingStrings)
        guard let value = try? read(&reader), reader.isAtEnd else {
            discard(name, because: "it does not decode")
            return nil
        }
        return value
    }

    /// Seals `payload` and writes it in place. No build reads a file this one may be writing: the
    /// cache is locked, and a build cut off mid-write leaves the `dirty` mark, which makes the next
    /// build a clean one that writes every file again (a half file also fails its seal). A
    /// temporary file and a rename cost a system call more per file, and a rename over a file
    /// frees an inode, which on ext4 without a journal slows the file creations of the next
    /// minutes. A failure is a `cache-unwritable` warning, and the half-written file is removed.
    @discardableResult
    func write(_ payload: [UInt8], _ name: String) -> Bool {
        let checksum = CacheEnvelope.checksum(payload[...])
        // What this build read and found sealed is on disk already (the cache is locked).
        if lock.withLock({ readChecksums[name] }) == checksum { return true }
        let target = path(name)
        let folder = String(target[..<target.utf8.lastIndex(of: UInt8(ascii: "/"))!])
        let header = CacheEnvelope.header(of: payload, checksum: checksum)
        var reason = ""
        do {
            if !lock.withLock({ madeFolders.contains(folder) }) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                _ = lock.withLock { madeFolders.insert(folder) }
            }
            let descriptor = open(target, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if descriptor < 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            defer { close(descriptor) }
            for bytes in [header, payload] {
                var offset = 0
                try bytes.withUnsafeBytes { buffer in
                    guard let base = buffer.baseAddress else { return }
                    while offset < buffer.count {
                        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                        if written < 0 && errno == EINTR { continue }
                        if written <= 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                        offset += written
                    }
                }
            }
            return true
        } catch let error as POSIXError {
            reason = String(cString: strerror(error.code.rawValue))
        } catch {
            reason = error.localizedDescription
        }
        unlink(target)
        report(.cacheUnwritable, "cannot write the cache (\(reason)); the next build will be a clean build", name)
        return false
    }
}

/// A source's linking data and diagnostics.
struct CachedSummary: Sendable, BinaryCodable {
    var summary: DocumentSummary?
    var diagnostics: [Diagnostic]
    /// `summary?.contentHash`, kept so that a rebuild does not encode every summary again.
    var summaryKey: UInt64

    init(summary: DocumentSummary?, diagnostics: [Diagnostic], summaryKey: UInt64? = nil) {
        self.summary = summary
        self.diagnostics = diagnostics
        self.summaryKey = summaryKey ?? summary?.contentHash ?? 0
    }

    func write(to writer: inout ByteWriter) {
        writer.optional(summary) { $0.value($1) }
        writer.values(diagnostics)
        writer.uint64(summaryKey)
    }

    init(from reader: inout ByteReader) throws {
        summary = try reader.optional { try $0.value() }
        diagnostics = try reader.values()
        summaryKey = try reader.uint64()
    }
}

/// The render jobs of the last build and the data files it wrote.
struct JobState: Sendable, BinaryCodable {
    var jobs: [JobID: JobRecord]
    /// Content hash of each data file (archive JSON, search list, sitemap, feed).
    var dataFiles: [String: UInt64]
    /// What the search's term shards were merged from: each search key's source (a document's
    /// content key, the topics' postings hash), so that a rebuild can patch them.
    var searchSources: [String: UInt64] = [:]
    /// The site this build replaced, kept in the cache folder (`spareFolder`).
    var spare: SpareSite?

    init(jobs: [JobID: JobRecord], dataFiles: [String: UInt64]) {
        self.jobs = jobs
        self.dataFiles = dataFiles
    }

    /// Writes all but the job records, which `BuildCache` writes apart, in shards (`write(_:to:)`).
    func write(to writer: inout ByteWriter) {
        for table in [dataFiles, searchSources] {
            writer.array(table.sorted { $0.key < $1.key }) { writer, entry in
                writer.string(entry.key)
                writer.uint64(entry.value)
            }
        }
        writer.optional(spare) { writer, spare in
            writer.uint64(spare.folders)
            writer.array(spare.delta) { $0.string($1) }
        }
    }

    static func write(_ records: [(key: JobID, value: JobRecord)], to writer: inout ByteWriter) {
        writer.array(records) { writer, job in
            writer.string(job.key.text)
            writer.uint64(job.value.key)
            writer.int(job.value.fileCount)
            writer.string(job.value.paths)
        }
    }

    static func records(from reader: inout ByteReader) throws -> [(JobID, JobRecord)] {
        try reader.array { reader in
            (JobID(try reader.string()), JobRecord(key: try reader.uint64(), fileCount: try reader.int(), paths: try reader.string()))
        }
    }

    /// Reads all but the job records (see `write(to:)`).
    init(from reader: inout ByteReader) throws {
        jobs = [:]
        func table() throws -> [String: UInt64] {
            Dictionary(try reader.array { reader in (try reader.string(), try reader.uint64()) }, uniquingKeysWith: { first, _ in first })
        }
        dataFiles = try table()
        searchSources = try table()
        spare = try reader.optional { reader in SpareSite(folders: try reader.uint64(), delta: try reader.array { try $0.string() }) }
    }
}

/// A render job's id (`RenderJob.id`) as the job records are keyed: its text and the text's
/// `ContentHash`, made once. A rebuild of 10,000 documents looks some 60,000 ids up in the last
/// build's records and in this build's, and the standard library's hasher took each id's 30 to 80
/// bytes on every lookup; now it takes the eight of the hash, and equal hashes are still told
/// apart by the text.
struct JobID: Hashable, Comparable, Sendable {
    let text: String
    /// `ContentHash.of(text)`, which also picks the record's cache shard.
    let hash: UInt64

    init(_ text: String) {
        self.text = text
        hash = ContentHash.of(text)
    }

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.hash == rhs.hash && lhs.text == rhs.text }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// By hash, then text: the records of a cache shard need an order that does not change, not
    /// the ids' own, and comparing integers is the cheaper.
    static func < (lhs: Self, rhs: Self) -> Bool { lhs.hash != rhs.hash ? lhs.hash < rhs.hash : lhs.text < rhs.text }
}

/// A render job's key and the site paths it wrote. The paths are kept as one string: at 10,000
/// documents the records hold 200,000 of them, read from the cache on every rebuild, and a rebuild
/// needs the paths of only the jobs it runs again or drops.
struct JobRecord: Sendable {
    var key: UInt64
    let fileCount: Int
    /// The paths, separated by NULs, which no path holds.
    fileprivate let paths: String

    init(key: UInt64, files: [String]) {
        self.key = key
        fileCount = files.count
        paths = files.joined(separator: "\u{0}")
    }

    /// As read from the cache, whose seal vouches for it.
    fileprivate init(key: UInt64, fileCount: Int, paths: String) {
        self.key = key
        self.fileCount = fileCount
        self.paths = paths
    }

    var files: [String] {
        fileCount == 0 ? [] : paths.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
    }
}

/// The version key of the running tool: its version and the executable's size and time, so that a
/// rebuilt tool never trusts another build's cache.
public enum ToolVersion {
    public static let version = "0.4.0"

    static let fingerprint: String = {
        // /proc/self/exe is a link whose own time is the process's start: read the file it names.
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: executable)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(version)|\(size)|\(modified)"
    }()
}
