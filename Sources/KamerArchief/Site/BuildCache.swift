import Foundation

/// The incremental-build cache, kept outside the published tree (by default `.kamerarchief-cache`
/// beside the output). It is the one place besides the loader and writer that touches the disk.
///
/// - `manifest.json`: the tool version, the settings key (templates and options), every source's
///   size, modification time and content key, and the last build's diagnostics. Small, so that a
///   no-op rebuild reads only this.
/// - `summaries.bin`: each source's `DocumentSummary` and diagnostics, by content key: what
///   linking needs, without the documents (binary, see `BinaryCodec`).
/// - `jobs.bin`: each render job's key and files, and the hash of every data file written.
/// - `documents/<content key>.json`: parsed documents, for re-rendering without re-parsing.
/// - `postings/<content key>.txt`: each document's search postings, for merging the term shards
///   without re-reading unchanged documents.
///
/// Anything unreadable or from another tool version is ignored: the build is then a clean build.
struct BuildCache: Sendable {
    let directory: URL

    func loadManifest() -> BuildManifest? { load(BuildManifest.self, "manifest.json") }
    func loadSummaries() -> [String: CachedSummary]? {
        loadBinary("summaries.bin") { reader in
            let entries = try reader.array { reader in (try reader.string(), try reader.value(CachedSummary.self)) }
            return Dictionary(entries, uniquingKeysWith: { first, _ in first })
        }
    }

    func loadJobs() -> JobState? { loadBinary("jobs.bin") { try $0.value(JobState.self) } }

    func loadDocument(_ key: UInt64) -> Document? {
        load(Document.self, "documents/\(String(key, radix: 16)).json")
    }

    func saveDocument(_ document: Document, key: UInt64) {
        save(document, "documents/\(String(key, radix: 16)).json")
    }

    /// A document's search postings, by the content key of its source.
    func loadPostings(_ key: UInt64) -> SearchPostings? {
        FileManager.default.contents(atPath: directory.appendingPathComponent("postings/\(String(key, radix: 16)).txt").path)
            .map { SearchPostings(text: String(decoding: $0, as: UTF8.self)) }
    }

    func savePostings(_ postings: SearchPostings, key: UInt64) {
        write(Array(postings.text.utf8), "postings/\(String(key, radix: 16)).txt")
    }

    /// Writes the state of a successful build, and drops cached documents no source uses any more.
    func save(manifest: BuildManifest, summaries: [String: CachedSummary], jobs: JobState) {
        var summaryWriter = ByteWriter()
        summaryWriter.array(summaries.sorted { $0.key < $1.key }) { writer, entry in
            writer.string(entry.key)
            writer.value(entry.value)
        }
        write(summaryWriter.bytes, "summaries.bin")
        var jobWriter = ByteWriter()
        jobWriter.value(jobs)
        write(jobWriter.bytes, "jobs.bin")
        save(manifest, "manifest.json")
        for (folderName, suffix) in [("documents", ".json"), ("postings", ".txt")] {
            let keep = Set(manifest.sources.values.map { "\(String($0.contentKey, radix: 16))\(suffix)" })
            let folder = directory.appendingPathComponent(folderName)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !keep.contains(name) {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }

    /// Forgets everything, so that a failed or interrupted build is never mistaken for a good one.
    func invalidate() {
        try? FileManager.default.removeItem(at: directory.appendingPathComponent("manifest.json"))
    }

    private func load<T: Decodable>(_ type: T.Type, _ name: String) -> T? {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
        return try? JSONDecoder().decode(type, from: data)
    }

    private func loadBinary<T>(_ name: String, _ read: (inout ByteReader) throws -> T) -> T? {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
        var reader = ByteReader([UInt8](data))
        guard let value = try? read(&reader), reader.isAtEnd else { return nil }
        return value
    }

    private func save<T: Encodable>(_ value: T, _ name: String) {
        guard let data = try? JSONEncoder().encode(value) else { return }
        write([UInt8](data), name)
    }

    /// Writes through a temporary file and a rename, so a reader never sees half a file.
    private func write(_ bytes: [UInt8], _ name: String) {
        let url = directory.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let data = Data(bytes)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        if FileManager.default.createFile(atPath: temporary.path, contents: data) {
            _ = rename(temporary.path, url.path)
        }
    }
}

/// What the last successful build saw.
struct BuildManifest: Codable, Sendable {
    var version: String
    var settingsKey: UInt64
    var sources: [String: SourceStamp]
    /// Diagnostics of content and templates, reprinted by a no-op rebuild.
    var diagnostics: [Diagnostic]
}

/// A source file (and its sidecar) as last seen.
struct SourceStamp: Codable, Sendable, Hashable {
    var size: Int
    var modified: Double
    var sidecarSize: Int?
    var sidecarModified: Double?
    /// Hash of the tool version, the paths and the bytes of source and sidecar.
    var contentKey: UInt64
}

/// A source's linking data and diagnostics.
struct CachedSummary: Sendable, BinaryCodable {
    var summary: DocumentSummary?
    var diagnostics: [Diagnostic]

    init(summary: DocumentSummary?, diagnostics: [Diagnostic]) {
        self.summary = summary
        self.diagnostics = diagnostics
    }

    func write(to writer: inout ByteWriter) {
        writer.optional(summary) { $0.value($1) }
        writer.values(diagnostics)
    }

    init(from reader: inout ByteReader) throws {
        summary = try reader.optional { try $0.value() }
        diagnostics = try reader.values()
    }
}

/// The render jobs of the last build and the data files it wrote.
struct JobState: Sendable, BinaryCodable {
    var jobs: [String: JobRecord]
    /// Content hash of each data file (archive JSON, search list, sitemap, feed).
    var dataFiles: [String: UInt64]

    init(jobs: [String: JobRecord], dataFiles: [String: UInt64]) {
        self.jobs = jobs
        self.dataFiles = dataFiles
    }

    func write(to writer: inout ByteWriter) {
        writer.array(jobs.sorted { $0.key < $1.key }) { writer, job in
            writer.string(job.key)
            writer.uint64(job.value.key)
            writer.array(job.value.files) { $0.string($1) }
        }
        writer.array(dataFiles.sorted { $0.key < $1.key }) { writer, file in
            writer.string(file.key)
            writer.uint64(file.value)
        }
    }

    init(from reader: inout ByteReader) throws {
        let jobList = try reader.array { reader in
            (try reader.string(), JobRecord(key: try reader.uint64(), files: try reader.array { try $0.string() }))
        }
        jobs = Dictionary(jobList, uniquingKeysWith: { first, _ in first })
        let files = try reader.array { reader in (try reader.string(), try reader.uint64()) }
        dataFiles = Dictionary(files, uniquingKeysWith: { first, _ in first })
    }
}

struct JobRecord: Sendable {
    var key: UInt64
    var files: [String]
}

/// The version key of the running tool: its version and the executable's size and time, so that a
/// rebuilt tool never trusts another build's cache.
enum ToolVersion {
    static let version = "0.4.0"

    static let fingerprint: String = {
        // /proc/self/exe is a link whose own time is the process's start: read the file it names.
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: executable)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(version)|\(size)|\(modified)"
    }()
}
