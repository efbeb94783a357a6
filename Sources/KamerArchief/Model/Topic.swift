/// A subject that recurs across documents: a regulation, programme, fund, organisation, strategy
/// or plan, as the user describes it in `Content/topics.yml`.
public struct Topic: Sendable, Hashable {
    /// A safe slug, unique in the glossary: the name of the topic's page (`onderwerpen/<id>.html`).
    public var id: String
    /// The canonical name, shown as the page title; it is matched like an alias.
    public var name: String
    /// Other ways documents write it: abbreviations (`CRMA`), translations, older names.
    public var aliases: [String]
    public var kind: TopicKind
    /// One line for readers.
    public var description: String
    /// The official page, when there is one.
    public var url: String?
    /// Where the topic starts in the glossary, for diagnostics.
    public var location: SourceLocation

    public init(
        id: String, name: String, aliases: [String] = [], kind: TopicKind, description: String,
        url: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.description = description
        self.url = url
        self.location = location
    }

    /// The name and every alias: everything the matcher looks for.
    public var terms: [String] { [name] + aliases }
}

/// The fixed set of topic kinds. Index pages group topics by kind in this order.
public enum TopicKind: String, Sendable, Hashable, CaseIterable {
    /// EU or national legislation: a verordening, richtlijn, act or wet.
    case regulation
    /// A funded programme with its own name, including EU programmes and partnerships.
    case programme
    /// A fund or financing facility.
    case fund
    /// A body, foundation, cluster or agency.
    case organisation
    /// A strategy document of a government or the Commission.
    case strategy
    /// An action plan or agenda.
    case plan

    /// The Dutch heading for a group of this kind.
    public var label: String {
        switch self {
        case .regulation: return "Regelgeving"
        case .programme: return "Programma’s"
        case .fund: return "Fondsen"
        case .organisation: return "Organisaties"
        case .strategy: return "Strategieën"
        case .plan: return "Plannen en agenda’s"
        }
    }

    /// The Dutch name of one topic of this kind.
    public var singularLabel: String {
        switch self {
        case .regulation: return "Regelgeving"
        case .programme: return "Programma"
        case .fund: return "Fonds"
        case .organisation: return "Organisatie"
        case .strategy: return "Strategie"
        case .plan: return "Plan of agenda"
        }
    }
}
