/// What linking needs of a document, and no more: small enough to keep for every document in the
/// build cache, so an incremental build links the whole archive without decoding every document.
public struct DocumentSummary: Sendable, Hashable, Codable {
    public var id: String
    public var kind: DocumentKind
    /// The form the source was read from; decides which of two sources of one Kamerstuk wins.
    public var format: SourceFormat
    public var title: String
    public var date: String?
    /// "Fiche 10", or the kind's name.
    public var label: String
    public var kamerstuk: KamerstukNumber?
    public var dossierTitle: String?
    /// Every Kamerstuk citation, with the place that shows it.
    public var citations: [CitedKamerstuk]
    /// The site paths of the document's pages (document, pillars, actions), for the sitemap.
    public var pages: [String]
    /// The glossary's topics in the document's text.
    public var topics = DocumentTopics()
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
            dossierTitle: metadata.dossierTitle, citations: [], pages: [])
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
        let cited = Linker.citations(in: self, placement: placement).compactMap { citation, place in
            citation.kamerstuk.map { CitedKamerstuk(number: $0, url: citation.url, place: place) }
        }
        var pages = [Permalinks.document(id)]
        for pillar in pillars {
            pages.append(Permalinks.pillar(id, pillar.number))
            pages += pillar.actions.map { Permalinks.action(id, pillar.number, $0.number) }
        }
        return DocumentSummary(
            id: id, kind: kind, format: format, title: title, date: date, label: label, kamerstuk: metadata.kamerstuk,
            dossierTitle: metadata.dossierTitle, citations: cited, pages: pages)
    }
}
