/// What the last successful build saw: the one cache file a rebuild with nothing changed reads,
/// so it is binary (`BinaryCodec`), sources sorted by path so that its bytes depend on nothing
/// but its content.
struct BuildManifest: Sendable, Equatable, BinaryCodable {
    var version: String
    /// `BuildCache.identity(of:)` of the output this build published.
    var output: String
    var settingsKey: UInt64
    /// By display path, e.g. `Content/fiche-10.txt`.
    var sources: [String: SourceStamp]
    /// Diagnostics of content and templates, reprinted by a no-op rebuild.
    var diagnostics: [Diagnostic]

    init(version: String, output: String, settingsKey: UInt64, sources: [String: SourceStamp], diagnostics: [Diagnostic]) {
        self.version = version
        self.output = output
        self.settingsKey = settingsKey
        self.sources = sources
        self.diagnostics = diagnostics
    }

    func write(to writer: inout ByteWriter) {
        writer.string(version)
        writer.string(output)
        writer.uint64(settingsKey)
        writer.array(sources.sorted { $0.key < $1.key }) { writer, source in
            writer.string(source.key)
            writer.value(source.value)
        }
        writer.values(diagnostics)
    }

    init(from reader: inout ByteReader) throws {
        version = try reader.string()
        output = try reader.string()
        settingsKey = try reader.uint64()
        let entries = try reader.array { reader in (try reader.string(), try reader.value(SourceStamp.self)) }
        // Two entries for one path are a file no build writes.
        sources = try Dictionary(entries, uniquingKeysWith: { _, _ in throw ByteReader.Malformed() })
        diagnostics = try reader.values()
    }
}

/// A source file (and its sidecar) as last seen.
struct SourceStamp: Sendable, Hashable, BinaryCodable {
    var file: FileSignature
    var sidecar: FileSignature?
    /// Hash of the tool version, the paths and the bytes of source and sidecar.
    var contentKey: UInt64

    init(file: FileSignature, sidecar: FileSignature?, contentKey: UInt64) {
        self.file = file
        self.sidecar = sidecar
        self.contentKey = contentKey
    }

    func write(to writer: inout ByteWriter) {
        writer.value(file)
        writer.optional(sidecar) { $0.value($1) }
        writer.uint64(contentKey)
    }

    init(from reader: inout ByteReader) throws {
        file = try reader.value()
        sidecar = try reader.optional { try $0.value() }
        contentKey = try reader.uint64()
    }
}

extension FileSignature: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.int(size)
        writer.int(Int(modified))
        writer.int(Int(changed))
        writer.uint64(inode)
    }

    init(from reader: inout ByteReader) throws {
        self.init(size: try reader.int(), modified: Int64(try reader.int()), changed: Int64(try reader.int()), inode: try reader.uint64())
    }
}
