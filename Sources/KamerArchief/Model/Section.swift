/// A heading with its paragraphs and subsections: the tree of a fiche's numbered sections.
public struct Section: Sendable, Hashable, Codable {
    /// An anchor unique within the document, e.g. `essentie-voorstel`.
    public var id: String
    /// The heading text without its list label.
    public var title: String
    /// What the section is, when recognised from its heading text.
    public var role: SectionRole?
    public var paragraphs: [Paragraph]
    public var subsections: [Section]
    public var location: SourceLocation

    public init(
        id: String, title: String, role: SectionRole? = nil, paragraphs: [Paragraph] = [],
        subsections: [Section] = [], location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.role = role
        self.paragraphs = paragraphs
        self.subsections = subsections
        self.location = location
    }
}

/// The sections of a BNC-fiche, recognised by heading text rather than by number.
public enum SectionRole: String, Sendable, Codable, CaseIterable {
    case algemeneGegevens
    case essentieVoorstel
    case nederlandsePositie
    case essentieBeleid
    case beoordelingInzet
    case krachtenveld
    case grondhouding
    case bevoegdheid
    case subsidiariteit
    case proportionaliteit
    case financieleGevolgen
    case regeldruk
    /// A motie's considerations: `constaterende dat …`, `overwegende dat …`.
    case considerans
    /// A motie's operative part: `verzoekt de regering …`, `spreekt uit …`.
    case dictum
    /// An article of a wetsvoorstel or amendement (`Artikel 1`).
    case artikel
    case other
}
