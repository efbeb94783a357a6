/// The linked archive: every document plus the cross-document indexes that pages and exports need.
public struct Archive: Sendable {
    /// Newest first (by date, then id), the order of the index page.
    public var documents: [DocumentSummary]
    /// Every Kamerstuk that is in the archive or cited by it, sorted by number.
    public var kamerstukken: [KamerstukEntry]
    /// Every dossier that is in the archive or cited by it, sorted by number.
    public var dossiers: [DossierEntry]
    /// The glossary's topics with their mentions; empty without `Content/topics.yml`.
    public var topics = TopicIndex()

    /// The archive's own document that is `number`, if any.
    public func document(for number: KamerstukNumber) -> String? {
        kamerstukken.first { $0.number == number }?.document
    }

    /// Where a citation's link goes: the archive's page when the archive holds the paper,
    /// else the official publication.
    public func target(of citation: Citation) -> LinkTarget {
        if let number = citation.kamerstuk, let id = documentIDsByKamerstuk[number] {
            return .page(Permalinks.document(id))
        }
        return .external(citation.url)
    }

    /// The entry for `number`.
    public func entry(for number: KamerstukNumber) -> KamerstukEntry? {
        kamerstukIndex[number].map { kamerstukken[$0] }
    }

    /// The summary of document `id`.
    public func document(_ id: String) -> DocumentSummary? {
        documentIndex[id].map { documents[$0] }
    }

    var kamerstukIndex: [KamerstukNumber: Int] = [:]
    var documentIDsByKamerstuk: [KamerstukNumber: String] = [:]
    var documentIndex: [String: Int] = [:]
}

/// A link's destination: a page of the site (site path, maybe with anchor) or an outside URL.
public enum LinkTarget: Sendable, Hashable {
    case page(String)
    case external(String)
}

/// One Kamerstuk as the archive knows it.
public struct KamerstukEntry: Sendable, Hashable {
    public var number: KamerstukNumber
    public var officialURL: String
    /// The archive's own document that is this paper, when the archive holds it.
    public var document: String?
    /// The site path and anchor of the Kamerstuk on its dossier page.
    public var page: String
    /// Every place in the archive that cites it, sorted by document and position.
    public var citedBy: [CitingPlace]
}

/// A footnote or paragraph that cites something.
public struct CitingPlace: Sendable, Hashable, Codable {
    public var document: String
    /// The note number for a citation in a footnote; nil for body text.
    public var footnote: Int?
    /// Site path and anchor of the footnote or paragraph.
    public var page: String
    /// The citation as written there.
    public var text: String
    /// For stable sorting: where the citation is in the source.
    public var location: SourceLocation
}

/// A kamerstukdossier: its documents in the archive and the Kamerstukken of it that are cited.
public struct DossierEntry: Sendable, Hashable {
    /// The dossier with toevoeging, e.g. `21501-30`.
    public var number: String
    public var title: String?
    public var page: String
    /// Ids of archive documents in this dossier.
    public var documents: [String]
    public var kamerstukken: [KamerstukNumber]
}
