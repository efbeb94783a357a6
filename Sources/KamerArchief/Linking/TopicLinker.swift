/// Finds the glossary's topics in every document: mentions with their place, amounts near them,
/// and dated statements. Pure and deterministic.
///
/// Only body paragraphs are searched (sections, a letter's pillar text and actions), not
/// footnotes, citations or metadata. A mention's scope is its fiche section (each subsection is
/// its own scope), its letter section, its pillar's own text or its action; the first mention of
/// each topic in a scope is the one the document text links to the topic page.
///
/// An amount is near a mention when it is in the same sentence, or in the sentence right after
/// it in the same paragraph when that sentence mentions no topic itself ("Voor dit programma is
/// € 296 miljoen beschikbaar"). It then belongs to every topic mentioned in that sentence.
public enum TopicLinker {
    /// One document's mentions, amounts and dated statements.
    public static func scan(_ document: Document, matcher: TopicMatcher) -> DocumentTopics {
        var topics = DocumentTopics()
        let placement = Placement(document)
        for (paragraph, found, _) in scanned(document, matcher: matcher) {
            let page = placement.page(of: paragraph) + "#" + Permalinks.paragraphAnchor(paragraph)
            for (match, sentence) in found.mentions {
                let (snippet, snippetRange) = Snippet.make(found.scalars, sentence: sentence, focus: match.range)
                topics.mentions.append(TopicMention(
                    topic: match.topic, document: document.id, page: page, scope: found.scope.label, text: match.text,
                    snippet: snippet, snippetRange: snippetRange, location: paragraph.location, offset: match.range.offset))
            }
            for (topic, amount, sentence) in found.amounts {
                topics.amounts.append(TopicAmount(
                    topic: topic, document: document.id, page: page, text: amount.text, euros: amount.euros,
                    sentence: sentence, location: paragraph.location, offset: amount.range.offset))
            }
            for (date, sentence, ids) in found.dates {
                topics.statements.append(DatedStatement(
                    date: date, document: document.id, page: page, sentence: sentence, topics: ids, location: paragraph.location))
            }
        }
        return topics
    }

    /// The mentions the document text links to their topic pages: the first of each topic per
    /// section, pillar text or action, by paragraph location.
    public static func links(in document: Document, matcher: TopicMatcher) -> [SourceLocation: [TopicMatch]] {
        var links: [SourceLocation: [TopicMatch]] = [:]
        var seen: Set<String> = []
        for (paragraph, found, scope) in scanned(document, matcher: matcher) {
            let linked = found.mentions.map(\.0).filter { seen.insert(scope.key + "\u{0}" + $0.topic).inserted }
            if !linked.isEmpty { links[paragraph.location] = linked }
        }
        return links
    }

    /// Every document's topics gathered per topic, in document order, with the timeline sorted.
    public static func index(_ topics: [Topic], documents: [DocumentSummary]) -> TopicIndex {
        var index = TopicIndex()
        guard !topics.isEmpty else { return index }
        index.matcher = TopicMatcher(topics)
        let ordered = documentOrder(documents)
        let rank = Dictionary(ordered.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let mentions = Dictionary(grouping: ordered.flatMap(\.topics.mentions), by: \.topic)
        let amounts = Dictionary(grouping: ordered.flatMap(\.topics.amounts), by: \.topic)
        index.entries = topics.sorted { $0.id < $1.id }.map { topic in
            TopicEntry(
                topic: topic,
                mentions: (mentions[topic.id] ?? []).sorted { (rank[$0.document, default: Int.max], $0.location, $0.offset) < (rank[$1.document, default: Int.max], $1.location, $1.offset) },
                amounts: (amounts[topic.id] ?? []).sorted { (rank[$0.document, default: Int.max], $0.location, $0.offset) < (rank[$1.document, default: Int.max], $1.location, $1.offset) })
        }
        index.statements = ordered.flatMap(\.topics.statements).sorted {
            ($0.date.iso, rank[$0.document, default: Int.max], $0.location, $0.date.range.offset) < ($1.date.iso, rank[$1.document, default: Int.max], $1.location, $1.date.range.offset)
        }
        return index
    }

    /// The index of whole documents, for tools and tests that hold them.
    public static func index(_ topics: [Topic], documents: [Document]) -> TopicIndex {
        let matcher = TopicMatcher(topics)
        return index(topics, documents: documents.map { $0.summary(topics: matcher) })
    }

    /// Oldest first, undated last, then by id: the order of documents on topic pages.
    public static func documentOrder(_ documents: [DocumentSummary]) -> [DocumentSummary] {
        documents.sorted { ($0.date == nil ? 1 : 0, $0.date ?? "", $0.id) < ($1.date == nil ? 1 : 0, $1.date ?? "", $1.id) }
    }

    /// Each body paragraph that mentions a topic, with what it holds and its scope.
    private static func scanned(_ document: Document, matcher: TopicMatcher) -> [(Paragraph, Scan, TopicScope)] {
        scopedParagraphs(document).compactMap { paragraph, scope in
            var found = scan(paragraph, matcher: matcher)
            found.scope = scope
            return found.mentions.isEmpty ? nil : (paragraph, found, scope)
        }
    }
}

/// Where a paragraph is: the unit within which only the first mention of a topic is linked.
struct TopicScope {
    var key: String
    var label: String
}

private extension TopicLinker {
    /// What one paragraph holds: mentions (with their sentence), amounts per topic, dated statements.
    struct Scan {
        var scalars: [Unicode.Scalar]
        var scope = TopicScope(key: "", label: "")
        var mentions: [(TopicMatch, TextRange)] = []
        var amounts: [(String, Amount, String)] = []
        var dates: [(DutchDate, String, [String])] = []
    }

    static func scan(_ paragraph: Paragraph, matcher: TopicMatcher) -> Scan {
        let scalars = Array(scalarsOf: paragraph.text)
        let tokens = WordTokenizer.tokens(scalars)
        var scan = Scan(scalars: scalars)
        let matches = matcher.matches(in: tokens, scalars: scalars, excluding: paragraph.citations.map(\.range))
        guard !matches.isEmpty else { return scan }
        let sentences = SentenceSplitter.sentences(scalars)
        func sentenceIndex(_ offset: Int) -> Int {
            sentences.lastIndex { $0.offset <= offset } ?? 0
        }
        func text(_ range: TextRange) -> String { String(scalars: scalars[range.offset..<range.end]) }
        var topicsBySentence = [[String]](repeating: [], count: max(sentences.count, 1))
        for match in matches {
            let sentence = sentenceIndex(match.range.offset)
            topicsBySentence[sentence].append(match.topic)
            scan.mentions.append((match, sentences.isEmpty ? TextRange(offset: 0, length: scalars.count) : sentences[sentence]))
        }
        let citationRanges = paragraph.citations.map(\.range)
        for amount in AmountParser.amounts(in: tokens, scalars: scalars)
        where !citationRanges.contains(where: { $0.offset < amount.range.end && amount.range.offset < $0.end }) {
            let sentence = sentenceIndex(amount.range.offset)
            var topics = topicsBySentence[sentence]
            if topics.isEmpty, sentence > 0 { topics = topicsBySentence[sentence - 1] }
            for topic in Set(topics).sorted() { scan.amounts.append((topic, amount, text(sentences[sentence]))) }
        }
        for (index, sentence) in sentences.enumerated() where !topicsBySentence[index].isEmpty {
            let sentenceTokens = tokens.filter { $0.offset >= sentence.offset && $0.end <= sentence.end }
            var seenDates: Set<String> = []
            for date in DutchDate.find(in: sentenceTokens, scalars: scalars) where seenDates.insert(date.iso).inserted {
                scan.dates.append((date, text(sentence), Set(topicsBySentence[index]).sorted()))
            }
        }
        return scan
    }

    /// Every body paragraph with its scope, in reading order (a fiche's pillars copy its sections, so they are skipped).
    static func scopedParagraphs(_ document: Document) -> [(Paragraph, TopicScope)] {
        var result: [(Paragraph, TopicScope)] = []
        func add(_ sections: [Section]) {
            for section in sections {
                let scope = TopicScope(key: "section:" + section.id, label: section.title)
                result += section.paragraphs.map { ($0, scope) }
                add(section.subsections)
            }
        }
        add(document.sections)
        guard document.kind != .fiche else { return result }
        for pillar in document.pillars {
            let pillarLabel = "Pijler \(pillar.number): \(pillar.title)"
            let pillarScope = TopicScope(key: "pillar:\(pillar.number)", label: pillarLabel)
            result += pillar.text.map { ($0, pillarScope) }
            for action in pillar.actions {
                let scope = TopicScope(key: "action:\(pillar.number)-\(action.number)", label: "\(pillarLabel) › \(action.title)")
                result += action.paragraphs.map { ($0, scope) }
            }
        }
        return result
    }
}

/// A sentence cut down to about 300 Unicode scalars around a focus range, with `…` where cut.
enum Snippet {
    static let limit = 300

    /// The snippet text and where `focus` is in it.
    static func make(_ scalars: [Unicode.Scalar], sentence: TextRange, focus: TextRange) -> (String, TextRange) {
        var from = sentence.offset, to = sentence.end
        if to - from > limit {
            from = max(sentence.offset, min(focus.offset - limit / 3, sentence.end - limit))
            to = min(sentence.end, from + limit)
            while from > sentence.offset, from < focus.offset, !scalars[from - 1].isFastWhitespace { from += 1 }
            while to < sentence.end, to > focus.end, !scalars[to].isFastWhitespace { to -= 1 }
        }
        let prefix = from > sentence.offset ? "… " : "", suffix = to < sentence.end ? " …" : ""
        let body = String(scalars: scalars[from..<to])
        let range = TextRange(offset: focus.offset - from + prefix.unicodeScalars.count, length: focus.length)
        return (prefix + body + suffix, range)
    }
}
