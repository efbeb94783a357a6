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

    /// `documents` in id order: the order of the JSON export, the search keys and the render jobs.
    var documentsByID: [DocumentSummary] { positionsByID.map { documents[$0] } }

    /// The positions in `documents` in id order: the linker's `idOrder`, or sorted here for an
    /// archive made otherwise.
    var positionsByID: [Int] {
        idOrder.count == documents.count ? idOrder : documents.indices.sorted { documents[$0].id < documents[$1].id }
    }

    /// The indices of `documents` in id order, as the linker sorted them.
    var idOrder: [Int] = []
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
    /// For each of `citedBy`, the index of its document in `Archive.documents`: the dossier
    /// pages' job keys read each citing document's row without looking its id up.
    public var citingDocuments: [Int]
}

/// A footnote or paragraph that cites something.
///
/// Its fields live in one shared box: the linker gathers every citation of the archive into the
/// cited Kamerstukken's lists and sorts them, and a copy is then one reference count, not four.
public struct CitingPlace: Sendable, Hashable, Codable {
    private struct Fields: Sendable, Hashable, Codable {
        var document: String
        var footnote: Int?
        var page: String
        var text: String
        var location: SourceLocation
    }

    private let box: SharedFields<Fields>

    public init(document: String, footnote: Int?, page: String, text: String, location: SourceLocation) {
        box = SharedFields(Fields(document: document, footnote: footnote, page: page, text: text, location: location))
    }

    public var document: String { box.fields.document }
    /// The note number for a citation in a footnote; nil for body text.
    public var footnote: Int? { box.fields.footnote }
    /// Site path and anchor of the footnote or paragraph.
    public var page: String { box.fields.page }
    /// The citation as written there.
    public var text: String { box.fields.text }
    /// For stable sorting: where the citation is in the source.
    public var location: SourceLocation { box.fields.location }

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.box === rhs.box || lhs.box.fields == rhs.box.fields }
    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }
    public init(from decoder: any Decoder) throws { box = SharedFields(try Fields(from: decoder)) }
    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }
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

/// A value's fields in one immutable object that its copies share: copying the value costs one
/// reference count however many strings and lists the fields hold (`DocumentSummary`, `CitingPlace`).
final class SharedFields<Fields: Sendable>: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
}
