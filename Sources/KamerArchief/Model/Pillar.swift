/// A pillar of a strategy: in a fiche, one of the Commission's pillars with the cabinet's position;
/// in a letter, a heading that groups actions.
public struct Pillar: Sendable, Hashable, Codable {
    /// 1-based, in document order.
    public var number: Int
    /// A short title, e.g. "financiële steun voor opschaling van productie" or "Grondstoffen".
    public var title: String
    /// The describing text: the Commission's text for a fiche, any intro paragraphs for a letter.
    public var text: [Paragraph]
    /// The cabinet's position on this pillar (fiches); empty for letters.
    public var position: [Paragraph]
    public var actions: [Action]
    public var location: SourceLocation

    public init(
        number: Int, title: String, text: [Paragraph] = [], position: [Paragraph] = [],
        actions: [Action] = [], location: SourceLocation
    ) {
        self.number = number
        self.title = title
        self.text = text
        self.position = position
        self.actions = actions
        self.location = location
    }
}

/// An action under a pillar of a letter: a subheading followed by its paragraphs.
public struct Action: Sendable, Hashable, Codable {
    /// 1-based within its pillar.
    public var number: Int
    public var title: String
    public var paragraphs: [Paragraph]
    public var location: SourceLocation

    public init(number: Int, title: String, paragraphs: [Paragraph] = [], location: SourceLocation) {
        self.number = number
        self.title = title
        self.paragraphs = paragraphs
        self.location = location
    }
}
