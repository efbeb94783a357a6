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
        if let publication = citation.publication, let id = documentIDsByPublication[publication] {
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
    /// The archive's documents by the publication they are, other than a Kamerstuk: kamervragen by
    /// their Aanhangsel's (`ah-tk-20242025-1234`), debates by their Handelingen item's (`h-tk-20242025-45-12`).
    var documentIDsByPublication: [String: String] = [:]
    /// For each publication the archive holds (`documentIDsByPublication`), the documents that cite
    /// it, by position in `documents` (newest first), itself left out.
    var citingDocumentsByPublication: [String: [Int]] = [:]
    var documentIndex: [String: Int] = [:]

    /// The documents that cite `publication` (a document's `publication`), by position in
    /// `documents`, newest first: that document's "aangehaald in".
    func citingDocuments(ofPublication publication: String?) -> [Int] {
        publication.flatMap { citingDocumentsByPublication[$0] } ?? []
    }

    /// How many places in how many documents other than document `id` cite Kamerstuk `number`:
    /// what that document's "aangehaald in" row counts, and its render job is keyed on. Nil where
    /// the archive knows no such Kamerstuk.
    func citations(of number: KamerstukNumber, outside id: String) -> (places: Int, documents: Int)? {
        guard let index = kamerstukIndex[number] else { return nil }
        let own = documentIndex[id]
        var places = 0, documents = Set<Int>()
        for citing in kamerstukken[index].citingDocuments where citing != own {
            places += 1
            documents.insert(citing)
        }
        return (places, documents.count)
    }
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
///
/// A place read from the build cache keeps its address and text as the cache's UTF-8 bytes and
/// makes the strings only when they are read: a rebuild of 10,000 documents loads 110,000 places
/// to link them, and renders the pages of a few (see `Words`).
public struct CitingPlace: Sendable, Hashable, Codable {
    private final class Box: Sendable {
        let document: String
        let footnote: Int?
        let words: Words
        let location: SourceLocation

        init(document: String, footnote: Int?, words: Words, location: SourceLocation) {
            self.document = document
            self.footnote = footnote
            self.words = words
            self.location = location
        }
    }

    /// `page` and `text`: as strings, or as their UTF-8 bytes end to end, `page` first, in a
    /// slice of the cache file they were read from (which it keeps).
    enum Words: Sendable {
        case strings(page: String, text: String)
        case utf8(ArraySlice<UInt8>, pageCount: Int)
    }

    private let box: Box

    public init(document: String, footnote: Int?, page: String, text: String, location: SourceLocation) {
        box = Box(document: document, footnote: footnote, words: .strings(page: page, text: text), location: location)
    }

    init(document: String, footnote: Int?, words: Words, location: SourceLocation) {
        box = Box(document: document, footnote: footnote, words: words, location: location)
    }

    public var document: String { box.document }
    /// The note number for a citation in a footnote; nil for body text.
    public var footnote: Int? { box.footnote }
    /// Site path and anchor of the footnote or paragraph.
    public var page: String {
        switch box.words {
        case .strings(let page, _): page
        case .utf8(let bytes, let pageCount): String(decoding: bytes.prefix(pageCount), as: UTF8.self)
        }
    }
    /// The citation as written there.
    public var text: String {
        switch box.words {
        case .strings(_, let text): text
        case .utf8(let bytes, let pageCount): String(decoding: bytes.dropFirst(pageCount), as: UTF8.self)
        }
    }
    /// For stable sorting: where the citation is in the source.
    public var location: SourceLocation { box.location }
    var words: Words { box.words }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.box === rhs.box
            || (lhs.document == rhs.document && lhs.footnote == rhs.footnote && lhs.location == rhs.location
                && lhs.page == rhs.page && lhs.text == rhs.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(footnote)
        hasher.combine(page)
        hasher.combine(text)
        hasher.combine(location)
    }

    private enum CodingKeys: String, CodingKey {
        case document, footnote, page, text, location
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            document: try container.decode(String.self, forKey: .document), footnote: try container.decodeIfPresent(Int.self, forKey: .footnote),
            page: try container.decode(String.self, forKey: .page), text: try container.decode(String.self, forKey: .text),
            location: try container.decode(SourceLocation.self, forKey: .location))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(document, forKey: .document)
        try container.encodeIfPresent(footnote, forKey: .footnote)
        try container.encode(page, forKey: .page)
        try container.encode(text, forKey: .text)
        try container.encode(location, forKey: .location)
    }
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
/// reference count however many strings and lists the fields hold (`DocumentSummary`).
final class SharedFields<Fields: Sendable>: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
}
