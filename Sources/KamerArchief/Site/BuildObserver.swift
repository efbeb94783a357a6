/// Told how far a build has come, so that a front end can draw progress or list documents. The
/// library only counts; drawing is the caller's. The build calls it from its worker threads, so an
/// observer must be thread-safe and quick.
public protocol BuildObserver: AnyObject, Sendable {
    /// Whether `documentRead` should count sections and footnotes of documents taken from the
    /// cache too (each costs one cache read); parsed documents are always counted.
    var wantsDocumentDetails: Bool { get }
    /// Reading starts: `total` documents, parsed or taken from the cache.
    func readingStarted(total: Int)
    /// One document was read; called once per document, in no fixed order.
    func documentRead(_ document: DocumentProgress)
    /// Rendering starts: `total` render jobs (pages with their sub-pages) whose inputs changed.
    func renderingStarted(total: Int)
    /// One render job was rendered; called once per job, in no fixed order.
    func pageRendered()
    /// The build is over, whatever its outcome (also when it throws).
    func buildFinished()
}

extension BuildObserver {
    public var wantsDocumentDetails: Bool { false }
    public func readingStarted(total: Int) {}
    public func documentRead(_ document: DocumentProgress) {}
    public func renderingStarted(total: Int) {}
    public func pageRendered() {}
    public func buildFinished() {}
}

/// One document as the build read it, for `--verbose`.
public struct DocumentProgress: Sendable, Equatable {
    /// The source's display path, e.g. `Content/fiche-10.txt`.
    public var path: String
    /// Nil when the document could not be read.
    public var id: String?
    public var kind: DocumentKind?
    public var format: SourceFormat?
    /// Sections in the whole tree (subsections included) and footnotes; nil when not counted.
    public var sections: Int?
    public var footnotes: Int?
    /// Parsed in this build, rather than taken from the cache.
    public var parsed: Bool

    public init(
        path: String, id: String? = nil, kind: DocumentKind? = nil, format: SourceFormat? = nil,
        sections: Int? = nil, footnotes: Int? = nil, parsed: Bool
    ) {
        self.path = path
        self.id = id
        self.kind = kind
        self.format = format
        self.sections = sections
        self.footnotes = footnotes
        self.parsed = parsed
    }

    init(path: String, summary: DocumentSummary?, document: Document?, parsed: Bool) {
        self.init(path: path, id: summary?.id, kind: summary?.kind, format: summary?.format, parsed: parsed)
        if let document {
            sections = document.sections.reduce(0) { $0 + $1.treeCount }
            footnotes = document.footnotes.count
        }
    }
}

private extension Section {
    /// This section and all below it.
    var treeCount: Int { subsections.reduce(1) { $0 + $1.treeCount } }
}
