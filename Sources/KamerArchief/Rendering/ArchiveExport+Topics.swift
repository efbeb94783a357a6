/// The `topics` list of `data/archive.json`: one row per glossary topic, sorted by id.
struct TopicRow: Encodable {
    let id, name, kind, page, description: String
    let url: String?
    let aliases: [String]
    let mentions: [TopicMentionRow]
    let amounts: [TopicAmountRow]

    init(_ entry: TopicEntry) {
        id = entry.topic.id; name = entry.topic.name; kind = entry.topic.kind.rawValue
        page = Permalinks.topic(entry.topic.id); description = entry.topic.description; url = entry.topic.url
        aliases = entry.topic.aliases
        mentions = entry.mentions.map { TopicMentionRow(document: $0.document, page: $0.page, snippet: $0.snippet) }
        amounts = entry.amounts.map { TopicAmountRow(document: $0.document, page: $0.page, text: $0.text, euros: $0.euros) }
    }

    enum Keys: String, CodingKey { case id, name, kind, page, description, url, aliases, mentions, amounts }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id); try c.encode(name, forKey: .name); try c.encode(kind, forKey: .kind)
        try c.encode(page, forKey: .page); try c.encode(description, forKey: .description); try c.encode(url, forKey: .url)
        try c.encode(aliases, forKey: .aliases); try c.encode(mentions, forKey: .mentions); try c.encode(amounts, forKey: .amounts)
    }
}

struct TopicMentionRow: Encodable {
    let document, page, snippet: String
}

struct TopicAmountRow: Encodable {
    let document, page, text: String
    let euros: Int
}
