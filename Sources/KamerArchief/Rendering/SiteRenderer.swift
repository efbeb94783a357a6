/// Renders the archive into site files, in jobs: one per document (its pages, JSON and search
/// shard), one per dossier page and per topic page, the index pages, the timeline and one per
/// year of it, the static
/// pages and assets, the archive export, and the archive-wide data. Each job has a key of everything its files depend on, so an incremental build renders only
/// the jobs whose key changed. Deterministic: output depends only on archive, templates and options.
public struct SiteRenderer: Sendable {
    public let archive: Archive
    public let templates: TemplateLibrary
    public let options: RenderOptions
    /// Each document's key in the search index.
    let searchKeys: SearchKeys
    /// The timeline's documents and statements by year, for the timeline page and the year pages.
    let timeline: TimelineYears

    public init(archive: Archive, templates: TemplateLibrary, options: RenderOptions) {
        self.archive = archive
        self.templates = templates
        self.options = options
        // The years on another core meanwhile.
        let years = BackgroundWork { TimelineYears(archive) }
        searchKeys = SearchKeys(archive.documentsByID, sortedByID: true)
        timeline = years.wait()
    }

    /// Every job with its key, the archive-wide ones before the documents'; `documentKeys`
    /// identifies each document's content (its source hash), `summaryKeys` its summary
    /// (`DocumentSummary.contentHash`, made here for a document without one).
    public func jobs(documentKeys: [String: UInt64], summaryKeys: [String: UInt64], settingsKey: UInt64) -> [RenderJob] {
        // By position in `archive.documents`.
        let summaryKeysByPosition = archive.documents.map { summaryKeys[$0.id] ?? $0.contentHash }
        // The documents' jobs on another core meanwhile: a rebuild keys every job of the archive.
        let documentJobs = BackgroundWork { [self] in
            self.documentJobs(documentKeys: documentKeys, summaryKeys: summaryKeysByPosition, settingsKey: settingsKey)
        }
        var jobs: [RenderJob] = []
        jobs.reserveCapacity(archive.dossiers.count + archive.topics.entries.count + timeline.years.count + 8)
        for (index, dossier) in archive.dossiers.enumerated() {
            var hash = ContentHash()
            hash.combine(settingsKey)
            add(dossier, summaryKeys: summaryKeysByPosition, to: &hash)
            jobs.append(RenderJob(id: "dossier:\(dossier.number)", key: hash.value, kind: .dossier(index)))
        }
        // What the index lists of every document (the timeline too).
        var rows = ContentHash()
        for document in archive.documents {
            rows.combine(document.id)
            rows.combine(document.kind.rawValue)
            rows.combine(document.title)
            rows.combine(document.label)
            rows.combine(document.date ?? "")
            rows.combine(document.kamerstuk?.dossier ?? "")
            rows.combine(document.kamerstuk?.ondernummer ?? "")
        }
        jobs.append(RenderJob(id: "index", key: key(settingsKey, "\(rows.value)|\(archive.dossiers.count)"), kind: .index))
        // Each dossier's row, field by field.
        var dossierRows = ContentHash()
        dossierRows.combine(settingsKey)
        for dossier in archive.dossiers {
            dossierRows.combine(dossier.number)
            dossierRows.combine(dossier.title ?? "")
            dossierRows.combine(UInt64(dossier.documents.count))
            dossierRows.combine(UInt64(dossier.kamerstukken.count))
        }
        jobs.append(RenderJob(id: "dossiers", key: dossierRows.value, kind: .dossiers))
        jobs.append(RenderJob(id: "static", key: key(settingsKey, ""), kind: .statics))
        // Linking is a function of the summaries, and the topics' entries of the summaries and
        // the glossary (which the settings key holds): so is the export.
        var export = ContentHash()
        export.combine(settingsKey)
        for key in summaryKeysByPosition { export.combine(key) }
        jobs.append(RenderJob(id: "export", key: export.value, kind: .export))
        for (index, entry) in archive.topics.entries.enumerated() {
            let documents = entry.documents.map { id in archive.document(id).map { "\($0.id)|\($0.title)|\($0.label)|\($0.date ?? "")" } ?? id }
            jobs.append(RenderJob(id: "topic:\(entry.topic.id)", key: key(settingsKey, "\(entry)\n\(documents)"), kind: .topic(index)))
        }
        let topicRows = archive.topics.entries.map { "\($0.topic)|\($0.mentions.count)|\($0.documents.count)" }
        jobs.append(RenderJob(id: "topics", key: key(settingsKey, topicRows.joined(separator: "\n")), kind: .topics))
        let names = archive.topics.entries.map { "\($0.topic.id)|\($0.topic.name)" }
        jobs.append(RenderJob(id: "timeline", key: key(settingsKey, "\(archive.topics.statements)\n\(rows.value)\n\(names)"), kind: .timeline))
        let topicNames = archive.topics.namesByID
        for (index, year) in timeline.years.enumerated() {
            jobs.append(RenderJob(id: "timeline:\(year.year)", key: timelineYearKey(index, settingsKey: settingsKey, names: topicNames), kind: .timelineYear(index)))
        }
        // The archive-wide jobs first: the cores take the jobs in this order, and at the end of
        // the list the largest of them (the export, the index, the timeline and the most cited
        // dossiers' pages, each a whole core's work for up to half a second at 10,000 documents)
        // left one core idle while the other finished. The documents' jobs after them are some
        // milliseconds each.
        return jobs + documentJobs.wait()
    }

    /// One job per document, in id order: its content, the Kamerstukken it cites, who cites it and
    /// its search key. `summaryKeys`: by position in `archive.documents`.
    private func documentJobs(documentKeys: [String: UInt64], summaryKeys: [UInt64], settingsKey: UInt64) -> [RenderJob] {
        var jobs: [RenderJob] = []
        jobs.reserveCapacity(archive.documents.count)
        let cited = CitedKamerstukken(archive)
        for position in archive.positionsByID {
            let id = archive.documents[position].id
            var hash = ContentHash()
            hash.combine(settingsKey)
            hash.combine(documentKeys[id] ?? 0)
            addLinks(cited[position], to: &hash)
            // Whether the archive holds the publications it cites (Aanhangsel, Handelingen): where those links go.
            for publication in archive.documents[position].citedPublications {
                hash.combine(publication)
                hash.combine(archive.documentIDsByPublication[publication] ?? "")
            }
            addCitedIn(position, summaryKeys: summaryKeys, to: &hash)
            hash.combine(searchKeys[id])
            jobs.append(RenderJob(id: "document:\(id)", key: hash.value, kind: .document(id)))
        }
        return jobs
    }

    /// The files of one job, and a document's search postings (made from the entries its entry
    /// files hold); document jobs need the full document.
    func render(_ job: RenderJob, document: Document?) -> (files: [SiteFile], postings: SearchPostings?) {
        guard case .document = job.kind else { return (files(job), nil) }
        guard let document else { return ([], nil) }
        let renderer = PageRenderer(archive: archive, templates: templates, options: options)
        let search = SearchIndexBuilder.documentIndex(document, key: searchKeys[document.id])
        return (renderer.documentPages(document) + [DocumentJSON.file(document)] + search.files, search.postings)
    }

    /// The files of a job that is not a document's.
    private func files(_ job: RenderJob) -> [SiteFile] {
        let renderer = PageRenderer(archive: archive, templates: templates, options: options)
        switch job.kind {
        case .document:
            return []  // `render` makes a document's files.
        case .dossier(let index):
            return [renderer.dossierPage(archive.dossiers[index])]
        case .index:
            return [renderer.indexPage()]
        case .dossiers:
            return [renderer.dossiersPage()]
        case .topic(let index):
            return [renderer.topicPage(archive.topics.entries[index])]
        case .topics:
            return [renderer.topicsPage()]
        case .timeline:
            return [renderer.timelinePage(timeline)]
        case .timelineYear(let index):
            return [renderer.timelineYearPage(timeline, index: index)]
        case .export:
            return ArchiveExport.files(archive)
        case .statics:
            var files = [
                renderer.staticPage(.search, at: Permalinks.search, title: "Zoeken"),
                renderer.staticPage(.notFound, at: Permalinks.notFound, title: "Pagina niet gevonden"),
            ]
            for (name, text) in templates.assets.sorted(by: { $0.key < $1.key }) {
                files.append(SiteFile(path: name.hasPrefix("assets/") ? name : "assets/\(name)", contents: text))
            }
            return files
        }
    }

    /// Files derived from the whole archive, cheap enough to make on every build: the topics'
    /// search entries, and with a base URL the sitemap and feed.
    public func dataFiles() -> [SiteFile] {
        var files = SearchIndexBuilder.topics(archive)?.files ?? []
        if let base = options.baseURL {
            var pages = [Permalinks.index, Permalinks.search, Permalinks.dossiers, Permalinks.topics, Permalinks.timeline]
            pages += timeline.years.map { Permalinks.timelineYear($0.year) }
            pages += archive.documents.flatMap(\.pages) + archive.dossiers.map(\.page) + archive.topics.entries.map { Permalinks.topic($0.topic.id) }
            files += PublishingExtras.files(archive, pages: pages, baseURL: base, siteTitle: options.siteTitle)
        }
        return files
    }
}

/// A unit of rendering, named and keyed.
public struct RenderJob: Sendable, Hashable {
    /// Stable across builds: `document:<id>`, `dossier:<number>`, `topic:<id>`, `index`, `dossiers`,
    /// `topics`, `timeline`, `timeline:<year>`, `static`, `export`.
    public var id: String
    /// A hash of every input of the job's files.
    public var key: UInt64
    public var kind: Kind

    public enum Kind: Sendable, Hashable {
        case document(String)
        case dossier(Int)
        case index
        case dossiers
        case statics
        /// `data/archive.json` (`ArchiveExport`).
        case export
        case topic(Int)
        case topics
        case timeline
        /// The year at this index of `SiteRenderer.timeline.years`.
        case timelineYear(Int)
    }

    /// The document a document job renders.
    public var documentID: String? {
        if case .document(let id) = kind { return id }
        return nil
    }
}

private extension SiteRenderer {
    func key(_ settingsKey: UInt64, _ fingerprint: String) -> UInt64 {
        var hash = ContentHash()
        hash.combine(settingsKey)
        hash.combine(fingerprint)
        return hash.value
    }

    /// What a document's pages take from other documents: for each Kamerstuk it cites (`indices`,
    /// positions in the linker's list, which is sorted by number), whether the archive holds it
    /// (the link target) and how often it is cited (the backlink note). Fields are read in place:
    /// a copy of an entry would count references to each of its lists.
    func addLinks(_ indices: ArraySlice<Int>, to hash: inout ContentHash) {
        for index in indices {
            // The number's two parts, each ended by its length: its key without making the string.
            hash.combine(archive.kamerstukken[index].number.dossier)
            hash.combine(archive.kamerstukken[index].number.ondernummer)
            hash.combine(archive.kamerstukken[index].document ?? "")
            hash.combine(UInt64(archive.kamerstukken[index].citedBy.count))
        }
    }

    /// What a document's "aangehaald in" row shows (`PageRenderer.citedIn`): for a Kamerstuk, how
    /// many places in how many other documents cite it; for a publication, the summaries of the
    /// documents that cite it (their titles, dates and pages).
    func addCitedIn(_ position: Int, summaryKeys: [UInt64], to hash: inout ContentHash) {
        let summary = archive.documents[position]
        if let number = summary.kamerstuk, let counts = archive.citations(of: number, outside: summary.id) {
            hash.combine(UInt64(counts.places))
            hash.combine(UInt64(counts.documents))
            return
        }
        for citing in archive.citingDocuments(ofPublication: archive.documents[position].publication) {
            hash.combine(summaryKeys[citing])
        }
    }

    /// Everything a year page shows: its documents, its statements with their documents' labels
    /// and titles and their topics' names, and which years come before and after it. The
    /// documents' fields go to the hash one by one (each ended by its length), not as lines.
    func timelineYearKey(_ index: Int, settingsKey: UInt64, names: [String: String]) -> UInt64 {
        let years = timeline.years, year = years[index]
        var hash = ContentHash()
        hash.combine(settingsKey)
        hash.combine("\(year.year)|\(index > 0 ? years[index - 1].year : "")|\(index + 1 < years.count ? years[index + 1].year : "")")
        for document in year.documents {
            hash.combine(1)
            hash.combine(document.id)
            hash.combine(document.title)
            hash.combine(document.label)
            hash.combine(document.date ?? "")
            hash.combine(document.date == nil ? 0 : 1)
        }
        for statement in year.statements {
            let document = archive.document(statement.document)
            let topics = statement.topics.map { names[$0] ?? $0 }
            hash.combine(2)
            hash.combine("\(statement)|\(document?.title ?? "")|\(document?.label ?? "")|\(topics)")
        }
        return hash.value
    }

    /// Everything a dossier page shows: its number and title, and the summaries of its documents
    /// and of the documents that cite its Kamerstukken, by their `summaryKeys` (by position in
    /// `archive.documents`), which hold every title, label, date and citing place the page shows.
    /// The Kamerstukken's holders and the order of their citing places follow from those summaries.
    func add(_ dossier: DossierEntry, summaryKeys: [UInt64], to hash: inout ContentHash) {
        hash.combine(dossier.number)
        hash.combine(dossier.title ?? "")
        for id in dossier.documents {
            hash.combine(1)
            hash.combine(archive.documentIndex[id].map { summaryKeys[$0] } ?? 0)
        }
        for number in dossier.kamerstukken {
            guard let index = archive.kamerstukIndex[number] else { continue }
            hash.combine(2)
            hash.combine(number.dossier)
            hash.combine(number.ondernummer)
            for document in archive.kamerstukken[index].citingDocuments {
                hash.combine(summaryKeys[document])
            }
        }
    }
}

/// Each document's cited Kamerstukken, by position in `archive.kamerstukken`, in order and each
/// once: read off the entries' citing documents instead of looking up every citation, into one
/// list with each document's run in it (not a list per document: 10,000 of them at every rebuild).
struct CitedKamerstukken {
    private let indices: [Int]
    /// Where each document's run starts in `indices`, and where the last one ends.
    private let starts: [Int]

    init(_ archive: Archive) {
        let kamerstukken = archive.kamerstukken, documentCount = archive.documents.count
        /// Each (document, Kamerstuk) pair once, in Kamerstuk order: a document citing one
        /// Kamerstuk in several places is one pair.
        func forEachPair(_ body: (_ document: Int, _ index: Int) -> Void) {
            var last = [Int](repeating: -1, count: documentCount)
            for index in kamerstukken.indices {
                for document in kamerstukken[index].citingDocuments where last[document] != index {
                    last[document] = index
                    body(document, index)
                }
            }
        }
        // Counted first, then filled.
        var starts = [Int](repeating: 0, count: documentCount + 1)
        forEachPair { document, _ in starts[document + 1] += 1 }
        for document in starts.indices.dropFirst() { starts[document] += starts[document - 1] }
        var next = starts, indices = [Int](repeating: 0, count: starts[documentCount])
        forEachPair { document, index in
            indices[next[document]] = index
            next[document] += 1
        }
        self.starts = starts
        self.indices = indices
    }

    subscript(document: Int) -> ArraySlice<Int> { indices[starts[document]..<starts[document + 1]] }
}
