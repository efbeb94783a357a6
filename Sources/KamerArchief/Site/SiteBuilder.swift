import Foundation

/// Runs the stages: scan → read and ingest (changed sources only) → link → render (changed jobs
/// only) → write. Parsing and rendering run on all cores; results are put back in a fixed order,
/// so the output is the same byte for byte whatever the timing.
///
/// With a cache, a rebuild re-parses only sources whose bytes changed and re-renders only jobs
/// whose inputs changed (see `SiteRenderer.jobs`), and the result equals a clean build. A rebuild
/// with nothing changed reads only the cache manifest.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions) throws -> BuildReport {
        // One writer at a time, from reading the cache until the site is published and the cache saved.
        let lock = options.writesOutput
            ? try OutputLock(file: OutputLock.file(for: options), output: options.output.lastPathComponent, wait: options.waitForLock, notice: options.lockNotice)
            : nil
        defer { lock?.release() }
        defer { options.observer?.buildFinished() }
        var timings = BuildTimings()
        let scanStarted = DispatchTime.now().uptimeNanoseconds, scanCPU = BuildTimings.processCPUSeconds()
        let scan = try ContentLoader.scan(contentDirectory: options.content, displayPrefix: options.contentDisplay)
        let templateSources = options.builtInTemplates
            ? DefaultTemplates.sources(displayPrefix: options.templatesDisplay)
            : try ContentLoader.loadTemplates(directory: options.templates, displayPrefix: options.templatesDisplay)
        let glossary = try Glossary.load(contentDirectory: options.content, displayPrefix: options.contentDisplay)
        let settingsKey = settingsKey(templateSources, glossary, options)
        var cache = options.writesOutput ? options.cacheDirectory.map { BuildCache(directory: $0) } : nil
        var manifest = cache?.loadManifest()
        // The output's pages are reused only when it is the output the cache describes (the same
        // folder, untouched since). Parsed summaries are reused in any case, so that a CI runner
        // that restores the cache but starts without an output parses only what changed.
        let outputExists = manifest?.output == BuildCache.identity(of: options.output)
            && FileManager.default.fileExists(atPath: options.output.appendingPathComponent("index.html").path)
        timings.add("scan", wall: Double(DispatchTime.now().uptimeNanoseconds - scanStarted) / 1e9, cpu: BuildTimings.processCPUSeconds() - scanCPU)

        if let manifest, outputExists, manifest.settingsKey == settingsKey, isUnchanged(scan, since: manifest) {
            let diagnostics = (scan.diagnostics + manifest.diagnostics).sortedAndDeduplicated()
            var report = BuildReport(diagnostics: diagnostics, failed: fails(diagnostics, options), documentCount: scan.documents.count, upToDate: true)
            report.timings = timings
            return report
        }
        // Parsed only now: a rebuild with nothing changed (the same template texts) has their
        // diagnostics in the manifest. Parsed on another core while this one reads, checks and
        // links the content: at 10,000 documents they were a twentieth of a one-document
        // rebuild, before its first stage. A broken template or glossary stops the build before
        // anything is written.
        let templateLoad = BackgroundWork { [splitting = options.templateSplitting] in TemplateLibrary.load(templateSources, splitting: splitting) }

        // Summaries that do not all load are not used at all: every source is parsed again. The
        // last build's render jobs matter only for the output they describe; they are read on
        // another core while this one ingests, links and keys (serial work, at 10,000 documents
        // a third of a rebuild), and when they do not load every page is rendered again.
        var summaries: [UInt64: CachedSummary] = [:]
        var pendingJobs: BackgroundWork<PreviousRender>?
        // No read outlives the build, whichever way it ends.
        defer { _ = pendingJobs?.wait() }
        if manifest != nil, let cache {
            if let loadedSummaries = timings.measure("cache load", { cache.loadSummaries() }) {
                summaries = loadedSummaries
                if outputExists { pendingJobs = BackgroundWork { [output = options.output] in PreviousRender(cache, output: output) } }
            } else {
                manifest = nil
            }
        }
        // The cache is marked dirty before its first write, and a cache that cannot be marked
        // is not used (its `cache-unwritable` warning says so).
        var loadProblems: [Diagnostic] = []
        if let marked = cache {
            loadProblems = marked.problems
            if !marked.markDirty() {
                _ = pendingJobs?.wait()
                marked.invalidate()
                loadProblems = marked.problems
                cache = nil
                manifest = nil
                pendingJobs = nil
                summaries = [:]
            }
        }

        let matcher = glossary.topics.isEmpty ? nil : TopicMatcher(glossary.topics)
        let kept = KeptModels(budget: cache == nil ? Int.max : keptSourceBytes)
        let sources = try timings.measure("ingest") {
            try ingest(scan, manifest: manifest, summaries: summaries, cache: cache, glossary: glossary, matcher: matcher, kept: kept, observer: options.observer)
        }
        // A cache warning fails a strict build, so a strict build has its jobs read before it decides;
        // any other build adds the warnings of that read to its report at the end.
        if options.strict, let pendingJobs { _ = timings.measure("cache load") { pendingJobs.wait() } }
        let (sourceDiagnostics, superseded) = timings.measure("diagnostics") {
            // Sources whose ids collide are an error already; among the others, one Kamerstuk read
            // twice keeps its most exact source.
            let duplicateIDs = Ingester.duplicateIDs(sources.compactMap { source in source.summary.map { ($0.id, source.path) } })
            let collidingSources = Set(duplicateIDs.map(\.location.file))
            let duplicates = Ingester.duplicateKamerstukken(sources.compactMap { source in
                collidingSources.contains(source.path) ? nil : source.summary.map { ($0, source.path) }
            })
            return (sources.flatMap(\.diagnostics) + duplicates.diagnostics + duplicateIDs, duplicates.supersededSources)
        }
        /// The sources to publish: each with a summary and not superseded, and with `--keep-going`
        /// none that `diagnostics` holds an error of. By bytes: Swift compares strings by canonical
        /// equivalence, and `café.txt` in NFD (an error) must not keep `café.txt` in NFC from
        /// being published. Without `--keep-going` there is no set, and no path is turned to bytes.
        func publishable(_ diagnostics: [Diagnostic]) -> [IngestedSource] {
            let failedSources = options.keepGoing ? Set(diagnostics.filter { $0.severity == .error }.map { Array($0.location.file.utf8) }) : nil
            return sources.filter {
                $0.summary != nil && !superseded.contains($0.path) && !(failedSources?.contains(Array($0.path.utf8)) ?? false)
            }
        }
        // Linked before the templates are waited for. Their errors and the glossary's could change
        // what is published only by naming a source's path, and with any of them the build writes
        // nothing: then only the count of documents is made again.
        var published = publishable(scan.diagnostics + sourceDiagnostics + loadProblems)
        let archive = options.writesOutput ? timings.measure("link") { link(published, glossary) } : nil
        let (templates, templateLoadDiagnostics) = timings.measure("templates") { templateLoad.wait() }
        let templateDiagnostics = templateLoadDiagnostics + glossary.diagnostics
        let templatesBroken = templateDiagnostics.contains { $0.severity == .error }
        let contentDiagnostics = templateDiagnostics + sourceDiagnostics
        let diagnostics = (scan.diagnostics + contentDiagnostics + loadProblems + (cache?.problems ?? [])).sortedAndDeduplicated()
        if templatesBroken { published = publishable(diagnostics) }
        let failing = fails(diagnostics, options)
        var report = BuildReport(diagnostics: diagnostics, failed: failing, documentCount: published.count)
        report.parsedDocuments = sources.reduce(0) { $0 + ($1.wasParsed ? 1 : 0) }
        guard options.writesOutput, let archive, !templatesBroken, !failing || options.keepGoing else {
            // Nothing was published and the manifest is untouched: the cache is as it was.
            _ = pendingJobs?.wait()
            if let problems = cache?.problems, !problems.isEmpty { report.diagnostics = (report.diagnostics + problems).sortedAndDeduplicated() }
            // The documents parsed here are in no manifest, and the next build prunes only what
            // the manifest it trusts names: they go now.
            let named = Set(manifest?.sources.values.lazy.map(\.contentKey) ?? [])
            cache?.dropDocuments(sources.indices.lazy.filter { sources[$0].wasParsed }.map { sources[$0].stamp.contentKey }.filter { !named.contains($0) })
            cache?.clearDirty()
            report.timings = timings
            return report
        }

        let renderer = timings.measure("link") { SiteRenderer(archive: archive, templates: templates, options: RenderOptions(baseURL: options.baseURL)) }
        let previousRender = pendingJobs.map { pending in timings.measure("cache load") { pending.wait() } }
        let previousJobs = previousRender?.jobs
        let written = try render(
            renderer, sources: published, settingsKey: settingsKey, previous: previousJobs, outputFolders: previousRender?.outputFolders,
            output: options.output, cache: cache, kept: kept, observer: options.observer, timings: &timings)
        report.wroteOutput = true
        report.fileCount = written.fileCount
        report.renderedJobs = written.renderedJobs

        if let cache {
            if failing {
                cache.invalidate()
            } else {
                timings.measure("cache save") {
                    let stamps = Dictionary(sources.map { ($0.path, $0.stamp) }, uniquingKeysWith: { first, _ in first })
                    let cached = Dictionary(
                        sources.map { ($0.stamp.contentKey, CachedSummary(summary: $0.summary, diagnostics: $0.diagnostics, summaryKey: $0.summaryKey)) },
                        uniquingKeysWith: { first, _ in first })
                    cache.save(
                        manifest: BuildManifest(
                            version: ToolVersion.fingerprint, output: BuildCache.identity(of: options.output), settingsKey: settingsKey,
                            sources: stamps, diagnostics: contentDiagnostics),
                        previous: manifest, summaries: cached, jobs: written.state)
                }
            }
            let problems = cache.problems
            if !problems.isEmpty { report.diagnostics = (report.diagnostics + problems).sortedAndDeduplicated() }
        }
        report.timings = timings
        if options.leavesModelsToExit { report.models = [renderer, sources, kept, summaries, scan, diagnostics, previousJobs] }
        return report
    }

    /// A cheap signature of every input's name, size and time, for `--watch` to notice changes.
    public static func inputSignature(_ options: BuildOptions) -> UInt64 {
        var hash = ContentHash()
        for folder in [options.content, options.templates, options.templates.appendingPathComponent("assets")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
            for name in names {
                let signature = FileSignature(path: folder.appendingPathComponent(name).path)
                hash.combine("\(name)|\(signature.size)|\(signature.modified)|\(signature.changed)|\(signature.inode)")
            }
        }
        return hash.value
    }
}

/// What the cache says of the last build's render jobs, read beside the serial stages, and the
/// signature of the output that this build will replace and keep as the next one's spare.
struct PreviousRender: Sendable {
    /// Nil when they do not load.
    var jobs: JobState?
    /// `FileTree.folderSignature` of the output; nil without jobs or when it cannot be read.
    var outputFolders: UInt64?

    /// Reads the jobs and compares the spare site they describe with the one in the cache folder
    /// (a walk over its folders): a spare that differs is dropped from `jobs`, and the one that is
    /// kept is known to be as described (`SpareSite.checked`). Then walks the output, which the
    /// build keeps as the spare when it publishes (`OutputWriter.commit`).
    init(_ cache: BuildCache, output: URL) {
        jobs = cache.loadJobs()
        if let spare = jobs?.spare {
            if FileTree.folderSignature(cache.spareFolder.path) == spare.folders { jobs?.spare?.checked = true } else { jobs?.spare = nil }
        }
        if jobs != nil { outputFolders = FileTree.folderSignature(output.path) }
    }
}

/// One source after ingesting (fresh or from the cache).
///
/// A class: the build filters, groups and looks up its 10,000 sources several times, and a copy
/// of a struct of these fields was a dozen reference counts and 200 bytes moved, where a copy of
/// this is one (at 10,000 documents, choosing the sources to publish took 14 ms that way).
final class IngestedSource: Sendable {
    let scanned: ScannedDocument
    let path: String
    let stamp: SourceStamp
    let summary: DocumentSummary?
    let diagnostics: [Diagnostic]
    /// `summary?.contentHash`, from the cache or made when the source was parsed.
    let summaryKey: UInt64
    /// Parsed in this build, rather than taken from the cache.
    let wasParsed: Bool

    init(
        scanned: ScannedDocument, path: String, stamp: SourceStamp, summary: DocumentSummary?, diagnostics: [Diagnostic],
        summaryKey: UInt64 = 0, wasParsed: Bool = false
    ) {
        self.scanned = scanned
        self.path = path
        self.stamp = stamp
        self.summary = summary
        self.diagnostics = diagnostics
        self.summaryKey = summaryKey
        self.wasParsed = wasParsed
    }
}

private extension SiteBuilder {
    /// The archive of `sources`, with the glossary's topics.
    static func link(_ sources: [IngestedSource], _ glossary: Glossary) -> Archive {
        var archive = Linker.link(summaries: sources.compactMap(\.summary))
        archive.topics = TopicLinker.index(glossary.topics, documents: archive.documents)
        return archive
    }

    static func fails(_ diagnostics: [Diagnostic], _ options: BuildOptions) -> Bool {
        diagnostics.contains { $0.severity == .error || (options.strict && $0.severity == .warning) }
    }

    /// Everything besides content that shapes the output: tool version, templates, glossary, base URL.
    static func settingsKey(_ templates: [String: TemplateSource], _ glossary: Glossary, _ options: BuildOptions) -> UInt64 {
        var hash = ContentHash()
        hash.combine(ToolVersion.fingerprint)
        hash.combine(glossary.text)
        for (name, source) in templates.sorted(by: { $0.key < $1.key }) {
            hash.combine(name)
            hash.combine(source.text)
        }
        hash.combine(options.baseURL ?? "")
        return hash.value
    }

    static func isUnchanged(_ scan: ContentScan, since manifest: BuildManifest) -> Bool {
        guard scan.documents.count == manifest.sources.count else { return false }
        return scan.documents.allSatisfy { document in
            guard let stamp = manifest.sources[document.file.path] else { return false }
            return stamp.file == document.file.signature && stamp.sidecar == document.sidecar?.signature
        }
    }

    /// Reuses what the cache knows of unchanged sources; reads and parses the rest in parallel.
    ///
    /// A parsed document's model is kept in `kept` for rendering while its sources' bytes fit the
    /// budget the build gave it (no limit without a cache to load a model from again); the worker
    /// that parsed any other lets it go as soon as the cache has it. So a large clean build never
    /// holds the whole archive's models at once, and the models are freed on all cores, not one.
    /// Which models are kept depends on the threads' timing; the site does not (a model loaded
    /// from the cache is the one parsed).
    static func ingest(
        _ scan: ContentScan, manifest: BuildManifest?, summaries: [UInt64: CachedSummary], cache: BuildCache?,
        glossary: Glossary, matcher: TopicMatcher?, kept: KeptModels, observer: (any BuildObserver)?
    ) throws -> [IngestedSource] {
        observer?.readingStarted(total: scan.documents.count)
        let results = Parallel.map(scan.documents) { scanned in
            ingest(scanned, manifest: manifest, summaries: summaries, cache: cache, glossary: glossary, matcher: matcher, kept: kept, observer: observer)
        }
        return try results.map { try $0.get() }
    }

    /// The source bytes whose parsed models a build with a cache keeps in memory for rendering.
    /// A model takes about one and a half times its text's bytes: 48 MB holds every model of the
    /// benchmark's 1,000-document archive (41 MB of text), which then never goes through the cache
    /// and back, and adds some 70 MB to the rendering of a larger one, whose peak is the search's
    /// merge (where the memory the models had is still partly the allocator's). It was 256
    /// documents, whatever their size: three quarters of the 1,000 were loaded again, 1.7% of the
    /// build's instructions.
    static let keptSourceBytes = 48 << 20

    /// One source, told to `observer`: its cached summary when its bytes are unchanged, else read
    /// and parsed, the parsed document saved to the cache and kept in `kept` while it has room.
    static func ingest(
        _ scanned: ScannedDocument, manifest: BuildManifest?, summaries: [UInt64: CachedSummary], cache: BuildCache?,
        glossary: Glossary, matcher: TopicMatcher?, kept: KeptModels, observer: (any BuildObserver)?
    ) -> Result<IngestedSource, BuildError> {
        /// A source without a parsed model (from the cache, or unreadable), told to the observer.
        func unparsed(_ source: IngestedSource) -> Result<IngestedSource, BuildError> {
            if let observer {
                let document = observer.wantsDocumentDetails ? cache?.loadDocument(source.stamp.contentKey) : nil
                observer.documentRead(DocumentProgress(path: source.path, summary: source.summary, document: document, parsed: false))
            }
            return .success(source)
        }
        var stamp = SourceStamp(file: scanned.file.signature, sidecar: scanned.sidecar?.signature, contentKey: 0)
        let previous = manifest?.sources[scanned.file.path]
        if let previous, previous.file == stamp.file, previous.sidecar == stamp.sidecar,
            let cached = summaries[previous.contentKey]
        {
            return unparsed(IngestedSource(
                scanned: scanned, path: scanned.file.path, stamp: previous, summary: cached.summary, diagnostics: cached.diagnostics,
                summaryKey: cached.summaryKey))
        }
        let file: ContentFile
        do { file = try ContentLoader.read(scanned) } catch let error as UnreadableFile {
            // Not a failed build: this document is an error, the others still build. Its
            // stamp is never trusted, so the next build tries to read it again.
            stamp.contentKey = ContentHash.of("unreadable|" + scanned.file.path + "|" + error.reason)
            stamp.file.size = -1
            return unparsed(IngestedSource(scanned: scanned, path: scanned.file.path, stamp: stamp, summary: nil, diagnostics: [error.diagnostic]))
        } catch let error as BuildError { return .failure(error) } catch {
            return .failure(.environment("\(scanned.file.path): cannot read the file"))
        }
        stamp.contentKey = contentKey(file, glossary: glossary)
        if let cached = summaries[stamp.contentKey] {
            return unparsed(IngestedSource(
                scanned: scanned, path: file.path, stamp: stamp, summary: cached.summary, diagnostics: cached.diagnostics,
                summaryKey: cached.summaryKey))
        }
        let (document, diagnostics) = Ingester.ingest(file)
        if let document { cache?.saveDocument(document, key: stamp.contentKey) }
        let summary = document?.summary(topics: matcher)
        observer?.documentRead(DocumentProgress(path: file.path, summary: summary, document: document, parsed: true))
        if let document { kept.keep(document, key: stamp.contentKey, bytes: file.bytes.count) }
        return .success(IngestedSource(
            scanned: scanned, path: file.path, stamp: stamp, summary: summary, diagnostics: diagnostics,
            summaryKey: summary?.contentHash ?? 0, wasParsed: true))
    }

    /// What a source's cached summary depends on: the tool, the glossary (topic mentions are in
    /// the summary), the paths and the bytes of source and sidecar.
    static func contentKey(_ file: ContentFile, glossary: Glossary) -> UInt64 {
        var hash = ContentHash()
        hash.combine(ToolVersion.fingerprint)
        hash.combine(glossary.text)
        hash.combine(file.path)
        hash.combine(bytes: file.bytes)
        hash.combine(file.sidecar?.path ?? "")
        hash.combine(bytes: file.sidecar?.bytes ?? [])
        return hash.value
    }

    struct Written {
        var fileCount: Int
        var renderedJobs: Int
        var state: JobState
    }

    /// Renders the jobs whose key changed (all of them for a clean build) in parallel, each job's
    /// files written as soon as they are made so memory stays bounded, then the archive-wide data files
    /// and the search's term shards, merged from every document's postings (those of unchanged
    /// documents from the cache); of these only the files whose bytes changed are written.
    static func render(
        _ renderer: SiteRenderer, sources: [IngestedSource], settingsKey: UInt64, previous: JobState?, outputFolders: UInt64?, output: URL,
        cache: BuildCache?, kept: KeptModels, observer: (any BuildObserver)?, timings: inout BuildTimings
    ) throws -> Written {
        var sourcesByID: [String: IngestedSource] = [:], documentKeys: [String: UInt64] = [:], summaryKeys: [String: UInt64] = [:]
        sourcesByID.reserveCapacity(sources.count)
        documentKeys.reserveCapacity(sources.count)
        summaryKeys.reserveCapacity(sources.count)
        for source in sources {
            guard let id = source.summary?.id, sourcesByID[id] == nil else { continue }
            sourcesByID[id] = source
            documentKeys[id] = source.stamp.contentKey
            summaryKeys[id] = source.summaryKey
        }
        let byID = sourcesByID
        let jobs = timings.measure("job keys") { renderer.jobs(documentKeys: documentKeys, summaryKeys: summaryKeys, settingsKey: settingsKey) }
        // An incremental build starts its staging folder as hard links to every published file
        // (or, with a cache, as the site the last build replaced, caught up with what it changed).
        let writer = previous == nil
            ? try OutputWriter(output: output, incremental: false, spare: cache.map { ($0.spareFolder, nil) })
            : try timings.measure("link unchanged files") {
                try OutputWriter(output: output, incremental: true, spare: cache.map { ($0.spareFolder, previous?.spare) })
            }
        let previousJobs = writer.isClean ? [:] : previous?.jobs ?? [:]
        var state = JobState(jobs: [:], dataFiles: [:])
        state.jobs.reserveCapacity(jobs.count)
        var fileCount = 0
        var freshPostings: [String: SearchPostings] = [:]
        // Each job is looked up once: kept with its files as they are, or rendered.
        var dirty: [RenderJob] = [], dirtyIDs: [JobID] = []
        for job in jobs {
            let id = JobID(job.id)
            if let record = previousJobs[id], record.key == job.key {
                state.jobs[id] = record
                fileCount += record.fileCount
            } else {
                dirty.append(job)
                dirtyIDs.append(id)
            }
        }
        observer?.renderingStarted(total: dirty.count)
        do {
            // Each job's files are written by the thread that rendered them: the kernel's work
            // of creating a quarter of a million files runs on all cores too. Only the paths
            // come back (and the postings, without a cache), so the jobs run in one go: the
            // cores take the next job as they finish, never waiting for each other.
            let rendered = timings.measure("render + write pages") { Parallel.map(dirty, each: { _ in observer?.pageRendered() }) {
                job -> Result<(paths: [String], postings: SearchPostings?), any Error> in
                let document = job.documentID.flatMap { id in
                    byID[id].flatMap { kept.take($0.stamp.contentKey) ?? cache?.loadDocument($0.stamp.contentKey) ?? reparse($0) }
                }
                let (files, madePostings) = renderer.render(job, document: document)
                var postings = madePostings
                do { try writer.write(files) } catch { return .failure(error) }
                // A document's postings are kept in memory only without a cache; with one, they
                // are saved here and read back when the shards are merged.
                if let saved = postings, let cache, let key = job.documentID.flatMap({ byID[$0]?.stamp.contentKey }) {
                    cache.savePostings(saved, key: key)
                    postings = nil
                }
                return .success((files.map(\.path), postings))
            } }
            for ((job, id), result) in zip(zip(dirty, dirtyIDs), rendered) {
                let (paths, postings) = try result.get()
                if let postings, let document = job.documentID { freshPostings[document] = postings }
                let stale = Set(previousJobs[id]?.files ?? []).subtracting(paths)
                try timings.measure("write") { try writer.remove(stale.sorted()) }
                state.jobs[id] = JobRecord(key: job.key, files: paths)
                fileCount += paths.count
            }
            // Every job of this build is in `state` now: a job of the last build that is not is gone.
            for (id, record) in previousJobs where state.jobs[id] == nil { try writer.remove(record.files) }

            // A data file is written only when its bytes changed since the last build. Hashed and
            // written on every core (the search's shards come in batches), recorded in order.
            let previousData = writer.isClean ? [:] : previous?.dataFiles ?? [:]
            func writeData(_ files: [SiteFile]) throws {
                let hashes = Parallel.map(files) { file -> Result<UInt64, any Error> in
                    let hash = file.contentHash
                    if previousData[file.path] != hash {
                        do { try writer.write([file]) } catch { return .failure(error) }
                    }
                    return .success(hash)
                }
                for (file, hash) in zip(files, hashes) { state.dataFiles[file.path] = try hash.get() }
                fileCount += files.count
            }
            let dataFiles = timings.measure("data files") { renderer.dataFiles() }
            try timings.measure("write") { try writeData(dataFiles) }
            let search = try timings.measure("search index") {
                try termShards(
                    renderer, byID: byID, fresh: freshPostings, cache: cache, kept: kept, previous: writer.isClean ? nil : previous, output: output,
                    emit: writeData)
            }
            state.searchSources = search.sources
            state.dataFiles.merge(search.kept) { new, _ in new }
            try timings.measure("write") { try writer.remove((previous?.dataFiles.keys.filter { state.dataFiles[$0] == nil } ?? []).sorted()) }
            fileCount += search.kept.count
            state.spare = try timings.measure("publish") { try writer.commit(keepingReplacedSiteAt: cache?.spareFolder, outputFolders: outputFolders) }
        } catch {
            // The output is untouched; the cache stays marked dirty.
            writer.abandon()
            throw error
        }
        return Written(fileCount: fileCount, renderedJobs: dirty.count, state: state)
    }

}

extension SiteBuilder {
    /// A document that is neither in memory nor in the cache: read and parse its source again.
    static func reparse(_ source: IngestedSource) -> Document? {
        guard let file = try? ContentLoader.read(source.scanned) else { return nil }
        return Ingester.ingest(file).document
    }
}

/// The parsed models kept for rendering, up to a budget of their sources' bytes. Each is handed
/// out once, to the job that renders its document, and let go there: no published document's
/// model is held through the search's merge, where a large build's memory peaks (one that is not
/// published, failed or superseded, stays until the build ends).
final class KeptModels: @unchecked Sendable {
    private let lock = NSLock()
    private let budget: Int
    private var used = 0
    private var models: [UInt64: Document] = [:]

    init(budget: Int) { self.budget = budget }

    /// Keeps `document` under its source's content key, when the source's `bytes` still fit.
    func keep(_ document: Document, key: UInt64, bytes: Int) {
        lock.withLock {
            guard used + bytes <= budget, models[key] == nil else { return }
            used += bytes
            models[key] = document
        }
    }

    /// The model kept under `key`, which is kept no longer.
    func take(_ key: UInt64) -> Document? {
        lock.withLock { models.removeValue(forKey: key) }
    }
}

/// What `build` and `check` are asked to do.
public struct BuildOptions: Sendable {
    public var content: URL
    public var templates: URL
    public var output: URL
    /// How the content and template folders are named in diagnostics.
    public var contentDisplay: String
    public var templatesDisplay: String
    public var baseURL: String?
    public var strict = false
    /// Write the site without the documents that have errors (and still fail).
    public var keepGoing = false
    /// False for `check`: parse and link, print diagnostics, write nothing.
    public var writesOutput = true
    /// Where the incremental-build cache lives; nil for a clean build every time.
    public var cacheDirectory: URL?
    /// Whether to wait for another build that is writing the same output (else fail at once).
    public var waitForLock = true
    /// Told when the build waits for another one's lock.
    public var lockNotice: @Sendable (String) -> Void = { _ in }
    /// Told how far the build has come (documents read, pages rendered); nil for none.
    public var observer: (any BuildObserver)?
    /// Use the templates built into the binary (`DefaultTemplates`) instead of reading `templates`.
    public var builtInTemplates = false
    /// Hand the archive's models to the report (`BuildReport.models`) instead of freeing them when
    /// the build returns: for a process that exits right after its one build (the CLI), where
    /// freeing 10,000 documents' summaries, links and diagnostics one by one was a sixth of a
    /// one-document rebuild and the exit frees their memory at once.
    public var leavesModelsToExit = false
    /// When templates are parsed in parts; tests split every template to compare the sites.
    var templateSplitting = TemplateLibrary.Splitting()

    /// The folder name `--templates` defaults to.
    public static let defaultTemplates = "Templates"

    /// Without a `Templates` folder (and no other `--templates`), the templates built into the
    /// binary are used, so the binary alone builds.
    public mutating func useBuiltInTemplatesWhenNoFolder() {
        guard templatesDisplay == Self.defaultTemplates, !FileManager.default.fileExists(atPath: templates.path) else { return }
        builtInTemplates = true
        templatesDisplay = "(built-in templates)"
    }

    public init(content: String, templates: String, output: String, baseURL: String? = nil) {
        self.content = URL(fileURLWithPath: content)
        self.templates = URL(fileURLWithPath: templates)
        self.output = URL(fileURLWithPath: output)
        contentDisplay = content.hasSuffix("/") ? String(content.dropLast()) : content
        templatesDisplay = templates.hasSuffix("/") ? String(templates.dropLast()) : templates
        self.baseURL = baseURL
    }

    /// The default cache folder: `.kamerarchief-cache` beside the output.
    public static func defaultCache(for output: String) -> URL {
        URL(fileURLWithPath: output).deletingLastPathComponent().appendingPathComponent(".kamerarchief-cache")
    }
}

/// The outcome of a build, for the CLI to print.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Errors were found (or warnings, with `--strict`): exit code 1.
    public var failed: Bool
    public var documentCount: Int
    public var wroteOutput = false
    public var fileCount = 0
    /// Render jobs run in this build (all of them for a clean build).
    public var renderedJobs = 0
    /// Sources parsed in this build; the others came from the cache.
    public var parsedDocuments = 0
    /// Nothing changed since the last build; nothing was read or written.
    public var upToDate = false
    /// Wall and CPU seconds per stage (`build --timings`).
    public var timings = BuildTimings()
    /// The archive's models, with `BuildOptions.leavesModelsToExit`; else empty.
    public var models: [any Sendable] = []

    /// "2 errors, 1 warning".
    public var summary: String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// What the build did to `output`, taking `seconds`: "Output is up to date (…)" or "wrote
    /// Output: N files for …"; nil when it wrote nothing because it failed.
    public func outcome(output: String, seconds: Double) -> String? {
        let time = String(format: "%.2f", seconds)
        if upToDate { return "\(output) is up to date (\(documentCount) documents, \(time) s)" }
        guard wroteOutput else { return nil }
        return "wrote \(output): \(fileCount) files for \(documentCount) documents (\(parsedDocuments) parsed), \(renderedJobs) render jobs run, \(time) s"
    }
}
