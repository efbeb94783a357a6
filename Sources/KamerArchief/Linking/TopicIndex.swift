/// What the archive knows about its topics: every mention, the amounts near them, and the dated
/// statements that mention them. Built by `TopicLinker.link`; every list is sorted.
public struct TopicIndex: Sendable {
    /// One entry per glossary topic, sorted by id.
    public var entries: [TopicEntry] = []
    /// Sentences with a full date and a topic mention, sorted by date, document and position.
    public var statements: [DatedStatement] = []
    /// The glossary's matcher, for linking mentions in document text; nil without a glossary.
    public var matcher: TopicMatcher?

    public init() {}

    /// The topic with `id`.
    public func entry(_ id: String) -> TopicEntry? {
        entries.first { $0.topic.id == id }
    }

    /// Each topic's name by its id: how the timeline names the lanes and rows of a statement's topics.
    var namesByID: [String: String] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.topic.id, $0.topic.name) })
    }
}

/// One document's topics: found once per document (and cached with its summary), gathered into
/// the `TopicIndex` when the archive is linked.
public struct DocumentTopics: Sendable, Hashable, Codable {
    public var mentions: [TopicMention] = []
    public var amounts: [TopicAmount] = []
    public var statements: [DatedStatement] = []

    public init() {}
}

/// A topic with its mentions and amounts.
public struct TopicEntry: Sendable {
    public var topic: Topic
    /// Sorted by document (in `documentOrder`), then position.
    public var mentions: [TopicMention]
    /// Sorted like the mentions.
    public var amounts: [TopicAmount]

    /// The ids of the documents that mention the topic, in order of first mention in `mentions`.
    public var documents: [String] {
        var seen: Set<String> = []
        return mentions.map(\.document).filter { seen.insert($0).inserted }
    }
}

/// One place where a document names a topic.
public struct TopicMention: Sendable, Hashable, Codable {
    public var topic: String
    public var document: String
    /// The site path and paragraph anchor, e.g. `documenten/x/index.html#p-12`.
    public var page: String
    /// Where in the document: a section title, `Pijler 2: Circulariteit` or a pillar › action.
    public var scope: String
    /// The term as written.
    public var text: String
    /// The sentence around the mention (cut to about 300 characters), as plain text.
    public var snippet: String
    /// Where the mention is in `snippet`, in Unicode scalars.
    public var snippetRange: TextRange
    /// The paragraph's location, and the mention's offset in it, for sorting.
    public var location: SourceLocation
    public var offset: Int
}

/// A sum of money in the same sentence as a mention of the topic (or in the sentence after it; see `TopicLinker`).
public struct TopicAmount: Sendable, Hashable, Codable {
    public var topic: String
    public var document: String
    public var page: String
    /// As written, e.g. `€ 296 miljoen`.
    public var text: String
    public var euros: Int
    /// The sentence that holds the amount, as plain text.
    public var sentence: String
    public var location: SourceLocation
    public var offset: Int
}

/// A sentence with a full date that mentions at least one topic: an entry of the timeline.
public struct DatedStatement: Sendable, Hashable, Codable {
    public var date: DutchDate
    public var document: String
    public var page: String
    public var sentence: String
    /// Topic ids mentioned in the sentence, sorted.
    public var topics: [String]
    public var location: SourceLocation
}
