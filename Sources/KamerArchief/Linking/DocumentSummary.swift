/// What linking needs of a document, and no more: small enough to keep for every document in the
/// build cache, so an incremental build links the whole archive without decoding every document.
///
/// The fields live in one shared, immutable box: a rebuild of 10,000 documents copies summaries
/// into sorted lists, dictionaries and jobs, and a copy is then one reference count instead of one
/// per string and list. Setting a field copies the box (copy on write).
public struct DocumentSummary: Sendable, Hashable, Codable {
    struct Fields: Sendable, Hashable, Codable {
        var id: String
        var kind: DocumentKind
        var format: SourceFormat
        var title: String
        var date: String?
        var label: String
        var kamerstuk: KamerstukNumber?
        var dossierTitle: String?
        var citations: [CitedKamerstuk]
        var pillarPages: [PillarPages]
        var topics: DocumentTopics
        var publication: String?
        var citedPublications: [String]
    }

    private var box: SharedFields<Fields>

    public init(
        id: String, kind: DocumentKind, format: SourceFormat, title: String, date: String? = nil, label: String,
        kamerstuk: KamerstukNumber? = nil, dossierTitle: String? = nil, citations: [CitedKamerstuk], pillarPages: [PillarPages] = [],
        topics: DocumentTopics = DocumentTopics(), publication: String? = nil, citedPublications: [String] = []
    ) {
        box = SharedFields(Fields(
            id: id, kind: kind, format: format, title: title, date: date, label: label, kamerstuk: kamerstuk,
            dossierTitle: dossierTitle, citations: citations, pillarPages: pillarPages, topics: topics,
            publication: publication, citedPublications: citedPublications))
    }

    public var id: String { get { box.fields.id } set { update { $0.id = newValue } } }
    public var kind: DocumentKind { get { box.fields.kind } set { update { $0.kind = newValue } } }
    /// The form the source was read from; decides which of two sources of one Kamerstuk wins.
    public var format: SourceFormat { get { box.fields.format } set { update { $0.format = newValue } } }
    public var title: String { get { box.fields.title } set { update { $0.title = newValue } } }
    public var date: String? { get { box.fields.date } set { update { $0.date = newValue } } }
    /// "Fiche 10", or the kind's name.
    public var label: String { get { box.fields.label } set { update { $0.label = newValue } } }
    public var kamerstuk: KamerstukNumber? { get { box.fields.kamerstuk } set { update { $0.kamerstuk = newValue } } }
    public var dossierTitle: String? { get { box.fields.dossierTitle } set { update { $0.dossierTitle = newValue } } }
    /// Every Kamerstuk citation, with the place that shows it.
    public var citations: [CitedKamerstuk] { get { box.fields.citations } set { update { $0.citations = newValue } } }
    /// The numbers of the document's pillars and of their actions: the pages it has besides its own.
    public var pillarPages: [PillarPages] { get { box.fields.pillarPages } set { update { $0.pillarPages = newValue } } }
    /// The site paths of the document's pages (document, pillars, actions), for the sitemap; made
    /// when asked, not kept: at 10,000 documents they are 170,000 strings to load from the cache.
    public var pages: [String] {
        var pages = [Permalinks.document(id)]
        for pillar in pillarPages {
            pages.append(Permalinks.pillar(id, pillar.number))
            pages += pillar.actions.map { Permalinks.action(id, pillar.number, $0) }
        }
        return pages
    }
    /// The glossary's topics in the document's text.
    public var topics: DocumentTopics { get { box.fields.topics } set { update { $0.topics = newValue } } }
    /// The publication the document is, other than a Kamerstuk (`Document.publication`): kamervragen
    /// in the Aanhangsel (`ah-tk-20242025-1234`), an item of the Handelingen (`h-tk-20242025-45-12`).
    public var publication: String? { get { box.fields.publication } set { update { $0.publication = newValue } } }
    /// The publications other than Kamerstukken that the document cites, each once, sorted: where
    /// its links may go to the archive's own kamervragen and debates.
    public var citedPublications: [String] { get { box.fields.citedPublications } set { update { $0.citedPublications = newValue } } }

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.fields
        change(&fields)
        box = SharedFields(fields)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.box === rhs.box || lhs.box.fields == rhs.box.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }
    public init(from decoder: any Decoder) throws { box = SharedFields(try Fields(from: decoder)) }
    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }
}

/// A pillar's number and its actions' numbers: which pages a document has for it.
public struct PillarPages: Sendable, Hashable, Codable {
    public var number: Int
    public var actions: [Int]

    public init(number: Int, actions: [Int]) {
        self.number = number
        self.actions = actions
    }
}

/// One citation of a Kamerstuk, where it is shown.
public struct CitedKamerstuk: Sendable, Hashable, Codable {
    public var number: KamerstukNumber
    /// The official publication's address, as the citation parser built it.
    public var url: String
    public var place: CitingPlace
}

extension Document {
    /// The summary without citations: what a row of a list needs.
    var summaryRow: DocumentSummary {
        DocumentSummary(
            id: id, kind: kind, format: format, title: title, date: date, label: label, kamerstuk: metadata.kamerstuk,
            dossierTitle: metadata.dossierTitle, citations: [])
    }

    /// The summary, with citation places and, given a glossary's matcher, the topics it mentions.
    public func summary(topics matcher: TopicMatcher?) -> DocumentSummary {
        var result = summary
        if let matcher { result.topics = TopicLinker.scan(self, matcher: matcher) }
        return result
    }

    /// The summary, with citation places from this document's `Placement`.
    public var summary: DocumentSummary {
        let placement = Placement(self)
        var cited: [CitedKamerstuk] = [], publications = Set<String>()
        for (citation, place) in Linker.citations(in: self, placement: placement) {
            if let number = citation.kamerstuk {
                cited.append(CitedKamerstuk(number: number, url: citation.url, place: place))
            } else if let publication = citation.publication {
                publications.insert(publication)
            }
        }
        return DocumentSummary(
            id: id, kind: kind, format: format, title: title, date: date, label: label, kamerstuk: metadata.kamerstuk,
            dossierTitle: metadata.dossierTitle, citations: cited,
            pillarPages: pillars.map { PillarPages(number: $0.number, actions: $0.actions.map(\.number)) },
            publication: publication, citedPublications: publications.sorted())
    }
}
