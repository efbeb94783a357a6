/// What a document is: the Kamerstuk type, read from the document itself (the `stuk` title in XML,
/// the heading in PDF text) or from a sidecar's `kind:`.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    /// A BNC-fiche: the cabinet's assessment of a Commission proposal.
    case fiche
    /// A letter from a minister or state secretary (or its annex).
    case kamerbrief
    /// `MOTIE VAN HET LID …`, `GEWIJZIGDE MOTIE …`.
    case motie
    /// `AMENDEMENT VAN HET LID …`.
    case amendement
    case memorieVanToelichting = "memorie-van-toelichting"
    /// The government's answer to the Eerste Kamer's voorlopig verslag on a bill (`MEMORIE VAN
    /// ANTWOORD`, `NADERE MEMORIE VAN ANTWOORD`).
    case memorieVanAntwoord = "memorie-van-antwoord"
    case verslag
    /// `NOTA NAAR AANLEIDING VAN HET VERSLAG`.
    case nota
    /// `VOORSTEL VAN WET`.
    case wetsvoorstel
    /// The Raad van State's advice on a bill, with the government's reply to it (`ADVIES RAAD VAN
    /// STATE EN NADER RAPPORT`), or the advice alone.
    case advies
    /// Written questions of members (`Vragen van het lid …`), with the answer once it is given.
    case kamervragen
    /// Any other Kamerstuk.
    case kamerstuk
}

/// The form a document was published in, which decides the reader.
public enum SourceFormat: String, Sendable, Codable, CaseIterable {
    /// A page of a site that mirrors Tweede Kamer documents, dumped as text.
    case pageDump = "page-dump"
    /// Text extracted from a PDF.
    case pdfText = "pdf-text"
    /// A PDF file, read directly.
    case pdf
    /// Official publication XML (`officiele-publicatie` or the older `kamerwrk`).
    case officielePublicatie = "officiele-publicatie"
    /// The Tweede Kamer's XML report of one of its meetings (VLOS, `vlosCoreDocument`).
    case vlos
    /// A web page saved as HTML, read as the text its reader sees.
    case webPage = "html"
    /// A Word file (`.docx`), as the Tweede Kamer and the ministries publish papers beside the PDF.
    case word = "docx"
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
    /// The form the source was read from.
    public var format: SourceFormat
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
        id: String, kind: DocumentKind, format: SourceFormat, title: String, date: String? = nil, source: String,
        metadata: DocumentMetadata = DocumentMetadata(), sections: [Section] = [],
        pillars: [Pillar] = [], footnotes: [Footnote] = []
    ) {
        self.id = id
        self.kind = kind
        self.format = format
        self.title = title
        self.date = date
        self.source = source
        self.metadata = metadata
        self.sections = sections
        self.pillars = pillars
        self.footnotes = footnotes
    }

    /// The bytes to make room for when a document is encoded (its cache file, its JSON data
    /// file): most documents' encodings are 20 to 110 KB, which a buffer of 4 KB, or an empty
    /// one, reached by four to a dozen doublings, each a copy of all written before.
    static let encodedSizeHint = 64 << 10
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
    /// `2022-2023`, the parliamentary year the Kamerstuk was published in.
    public var vergaderjaar: String?
    /// Who signed the document (a letter's minister, the members under a motie), in source order.
    public var ondertekening: [Signer]
    /// The members who submit a motie or amendement, in the order the heading names them.
    public var indieners: [String]
    /// A letter's own reference (`Ons kenmerk`), e.g. `IENW/BSK-2022/283041`.
    public var kenmerk: String?
    /// The ministry that sent a letter, e.g. `Ministerie van Infrastructuur en Waterstaat`.
    public var ministerie: String?

    public init(
        nummer: String? = nil, datum: String? = nil, bijgewerkt: String? = nil, versie: String? = nil,
        zaak: String? = nil, kamerstuk: KamerstukNumber? = nil, dossierTitle: String? = nil,
        ficheNumber: Int? = nil, fields: [Field] = [], related: [Field] = [], vergaderjaar: String? = nil,
        ondertekening: [Signer] = [], indieners: [String] = [], kenmerk: String? = nil, ministerie: String? = nil
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
        self.vergaderjaar = vergaderjaar
        self.ondertekening = ondertekening
        self.indieners = indieners
        self.kenmerk = kenmerk
        self.ministerie = ministerie
    }
}

/// One signer of a document: a name and, when printed under it, a function.
public struct Signer: Sendable, Hashable, Codable {
    /// As printed, e.g. `H.G.J. Bruins Slot` or `Ceder`.
    public var naam: String
    /// E.g. `De Minister van Binnenlandse Zaken en Koninkrijksrelaties`; nil when not printed.
    public var functie: String?

    public init(naam: String, functie: String? = nil) {
        self.naam = naam
        self.functie = functie
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
