/// The kinds of source document the archive understands.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    /// A BNC-fiche, as dumped from a page that mirrors Tweede Kamer documents.
    case fiche
    /// A Kamerbrief (or its annex), as text extracted from a PDF.
    case kamerbrief
}

/// One parsed source document: the unit that gets a page, a JSON file and an entry in the index.
///
/// Body text lives in `sections` (fiches) and in `pillars` (both kinds); paragraphs carry their own
/// footnote references and citations, so every derived list (`noteRefs`, body `citations`) is
/// computed from them rather than stored twice.
public struct Document: Sendable, Hashable, Codable {
    /// The slug that names the document's folder in the site: lowercase ASCII, digits and `-`.
    public var id: String
    public var kind: DocumentKind
    public var title: String
    /// The document's date as `YYYY-MM-DD`, when known.
    public var date: String?
    /// The source path as given to the build, e.g. `Content/fiche-10.txt`.
    public var source: String
    public var metadata: DocumentMetadata
    public var sections: [Section]
    public var pillars: [Pillar]
    public var footnotes: [Footnote]

    public init(
        id: String, kind: DocumentKind, title: String, date: String? = nil, source: String,
        metadata: DocumentMetadata = DocumentMetadata(), sections: [Section] = [],
        pillars: [Pillar] = [], footnotes: [Footnote] = []
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.date = date
        self.source = source
        self.metadata = metadata
        self.sections = sections
        self.pillars = pillars
        self.footnotes = footnotes
    }
}

/// Facts about a document that are not its body text.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The Tweede Kamer document number, e.g. `2026D07312`.
    public var nummer: String?
    /// `YYYY-MM-DD` as printed on the source page.
    public var datum: String?
    /// `YYYY-MM-DD HH:MM` as printed on the source page.
    public var bijgewerkt: String?
    public var versie: String?
    /// The zaak number, e.g. `2026Z03294`.
    public var zaak: String?
    /// The Kamerstuk this document itself is, e.g. dossier `22112`, ondernummer `4277`.
    public var kamerstuk: KamerstukNumber?
    /// The title of the kamerstukdossier the document belongs to.
    public var dossierTitle: String?
    /// A fiche's number, e.g. 10 for "Fiche 10".
    public var ficheNumber: Int?
    /// The fiche's "Algemene gegevens" (and any other label/value facts), in source order.
    public var fields: [Field]
    /// Extra lines from the page header, e.g. `Eerste ondertekenaar: …` or `Indiener: …`.
    public var related: [Field]

    public init(
        nummer: String? = nil, datum: String? = nil, bijgewerkt: String? = nil, versie: String? = nil,
        zaak: String? = nil, kamerstuk: KamerstukNumber? = nil, dossierTitle: String? = nil,
        ficheNumber: Int? = nil, fields: [Field] = [], related: [Field] = []
    ) {
        self.nummer = nummer
        self.datum = datum
        self.bijgewerkt = bijgewerkt
        self.versie = versie
        self.zaak = zaak
        self.kamerstuk = kamerstuk
        self.dossierTitle = dossierTitle
        self.ficheNumber = ficheNumber
        self.fields = fields
        self.related = related
    }
}

/// A label with its value, e.g. "Titel voorstel" → "Mededeling van de Commissie …".
public struct Field: Sendable, Hashable, Codable {
    public var label: String
    public var value: String
    public var location: SourceLocation

    public init(label: String, value: String, location: SourceLocation) {
        self.label = label
        self.value = value
        self.location = location
    }
}
