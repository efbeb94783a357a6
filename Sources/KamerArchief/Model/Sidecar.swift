/// Facts about a document that its text lacks, from an optional YAML file beside it (`name.yml`).
///
/// Every field is optional; what a sidecar gives wins over what the parser derives.
public struct Sidecar: Sendable, Hashable, Codable {
    public var kind: DocumentKind?
    /// Overrides the id derived from the file name; must be a safe slug.
    public var id: String?
    public var title: String?
    /// `YYYY-MM-DD`.
    public var date: String?
    /// The Kamerstuk the document itself is.
    public var kamerstuk: KamerstukNumber?
    public var dossierTitle: String?
    /// Parser hint: the pillars (and their actions) when detection gets a document wrong.
    public var outline: [OutlinePillar]?
    /// Where the file itself is, for diagnostics about its values.
    public var source: String

    public init(
        source: String, kind: DocumentKind? = nil, id: String? = nil, title: String? = nil,
        date: String? = nil, kamerstuk: KamerstukNumber? = nil, dossierTitle: String? = nil,
        outline: [OutlinePillar]? = nil
    ) {
        self.source = source
        self.kind = kind
        self.id = id
        self.title = title
        self.date = date
        self.kamerstuk = kamerstuk
        self.dossierTitle = dossierTitle
        self.outline = outline
    }
}

/// A pillar as declared in a sidecar outline: its heading text and, optionally, its action headings.
public struct OutlinePillar: Sendable, Hashable, Codable {
    public var title: String
    /// `nil` lets the parser detect the actions; a list fixes them.
    public var actions: [String]?

    public init(title: String, actions: [String]? = nil) {
        self.title = title
        self.actions = actions
    }
}
