/// Proposes glossary entries: terms that recur in two or more documents and that the glossary
/// does not cover yet. Pure and deterministic.
///
/// Two kinds of candidate, both searched in body paragraphs outside citations:
/// - abbreviations introduced in parentheses, `(CRMA)` or `(…; CCT)`: capitals (and digits or
///   hyphens), matched case-sensitively like glossary abbreviations; the capitalised name right
///   before the parenthesis, when there is one, is its expansion and counts as a mention too;
/// - capitalised names of two or more words (`Horizon Europe`, `Ministerie van Economische
///   Zaken`), which may hold `van`, `voor`, `der`, `&`, `and`, `of`, `for`, `on`, `the` between
///   capitalised words; a leading function word (`De`, `Het`, `Op`…) is dropped.
///
/// A candidate is left out when the glossary already matches any of its occurrences.
public enum TopicSuggester {
    public static func suggest(_ documents: [Document], glossary: [Topic], minimumDocuments: Int = 2) -> [TopicSuggestion] {
        let glossaryMatcher = TopicMatcher(glossary)
        let glossaryKeys = Set(glossary.flatMap(\.terms).map(TermKey.make))
        let paragraphs = documents.sorted { $0.id < $1.id }.flatMap { document in
            document.bodyParagraphs.map { ScannedParagraph(document: document.id, paragraph: $0, glossary: glossaryMatcher) }
        }
        // Abbreviations first, with their expansions.
        var expansions: [String: String] = [:]
        for scanned in paragraphs {
            for (abbreviation, expansion) in scanned.introducedAbbreviations() where !glossaryKeys.contains(TermKey.make(abbreviation)) {
                if let expansion, expansions[abbreviation].map({ $0.isEmpty }) ?? true { expansions[abbreviation] = expansion } else if expansions[abbreviation] == nil {
                    expansions[abbreviation] = ""
                }
            }
        }
        var candidates: [Topic] = expansions.keys.sorted().map { abbreviation in
            Topic(id: "a:" + abbreviation, name: abbreviation, aliases: expansionForms(expansions[abbreviation]!), kind: .plan,
                  description: "", location: SourceLocation(file: "", line: 0))
        }
        let expansionKeys = Set(expansions.values.flatMap(expansionForms).map(TermKey.make))
        var names: Set<String> = []
        for scanned in paragraphs { names.formUnion(scanned.capitalisedNames()) }
        var seenKeys = glossaryKeys.union(expansionKeys).union(expansions.keys.map(TermKey.make))
        for name in names.sorted() where seenKeys.insert(TermKey.make(name)).inserted {
            candidates.append(Topic(id: "n:" + name, name: name, kind: .plan, description: "", location: SourceLocation(file: "", line: 0)))
        }
        return count(candidates, in: paragraphs, minimumDocuments: minimumDocuments)
    }
}

/// A term worth adding to the glossary.
public struct TopicSuggestion: Sendable, Hashable {
    public var term: String
    /// For an abbreviation: the name written before it, when there was one.
    public var expansion: String?
    public var isAbbreviation: Bool
    /// Occurrences in body text (of the term or its expansion).
    public var count: Int
    public var documentCount: Int
    /// The first occurrence, in the first document by id.
    public var exampleDocument: String
    public var exampleSnippet: String

    /// `BCC-NL (Battery Competence Cluster) · afkorting · 17× in 2 documenten · fiche-10: "… snippet …"`.
    public var line: String {
        let shown = expansion.map { "\(term) (\($0))" } ?? term
        return "\(shown) · \(isAbbreviation ? "afkorting" : "naam") · \(count)× in \(documentCount) documenten · \(exampleDocument): \"\(exampleSnippet)\""
    }
}

private extension TopicSuggester {
    /// An expansion, and for one of three or more words also without its first word, since a
    /// name is often introduced with an adjective: `Europese Critical Raw Materials Act (CRMA)`.
    static func expansionForms(_ expansion: String) -> [String] {
        guard !expansion.isEmpty else { return [] }
        let words = expansion.split(separator: " ")
        return words.count >= 3 ? [expansion, words.dropFirst().joined(separator: " ")] : [expansion]
    }

    static func count(_ candidates: [Topic], in paragraphs: [ScannedParagraph], minimumDocuments: Int) -> [TopicSuggestion] {
        let matcher = TopicMatcher(candidates)
        var counts: [String: Int] = [:]
        var documents: [String: Set<String>] = [:]
        var examples: [String: (String, String)] = [:]
        var covered: Set<String> = []
        for scanned in paragraphs {
            for match in matcher.matches(in: scanned.tokens, scalars: scanned.scalars, excluding: scanned.citations) {
                // A name counts only written with its capitals, as found; abbreviations match as written anyway.
                if match.topic.hasPrefix("n:"), match.text != String(match.topic.dropFirst(2)) { continue }
                if scanned.glossaryMatches.contains(where: { $0.offset < match.range.end && match.range.offset < $0.end }) {
                    covered.insert(match.topic)
                    continue
                }
                counts[match.topic, default: 0] += 1
                documents[match.topic, default: []].insert(scanned.document)
                if examples[match.topic] == nil { examples[match.topic] = (scanned.document, scanned.snippet(around: match.range)) }
            }
        }
        let suggestions = candidates.compactMap { candidate -> TopicSuggestion? in
            guard !covered.contains(candidate.id), let count = counts[candidate.id], let example = examples[candidate.id],
                let documentCount = documents[candidate.id]?.count, documentCount >= minimumDocuments
            else { return nil }
            return TopicSuggestion(
                term: candidate.name, expansion: candidate.aliases.first, isAbbreviation: candidate.id.hasPrefix("a:"),
                count: count, documentCount: documentCount, exampleDocument: example.0, exampleSnippet: example.1)
        }
        return suggestions.sorted {
            ($1.documentCount, $1.count, $0.term.lowercased(), $0.term) < ($0.documentCount, $0.count, $1.term.lowercased(), $1.term)
        }
    }
}

/// One paragraph, tokenised once, with the glossary's matches in it.
private struct ScannedParagraph {
    let document: String
    let scalars: [Unicode.Scalar]
    let tokens: [WordToken]
    let citations: [TextRange]
    let glossaryMatches: [TextRange]

    static let connectors: Set<String> = ["van", "voor", "der", "den", "&", "and", "of", "for", "on", "the", "für"]
    static let leadingFunctionWords: Set<String> = [
        "de", "het", "een", "dit", "deze", "die", "dat", "op", "in", "ook", "voor", "met", "van", "bij", "naast", "zo",
        "als", "om", "uit", "aan", "tot", "via", "daarnaast", "hierin", "volgens", "onder", "over", "na", "door", "wel",
        "niet", "nu", "er", "ik", "we", "wij", "hoewel", "tevens", "daarbij", "bovendien", "verder", "sinds", "vanaf",
        "tijdens", "binnen", "tegelijkertijd", "ten", "tenslotte", "mede", "waar", "wanneer", "omdat", "zoals", "u", "uw",
        "mijn", "onze", "ons", "alle", "elke", "beide", "hier", "daar", "dan", "toen", "the", "a", "an", "and", "of",
    ]

    init(document: String, paragraph: Paragraph, glossary: TopicMatcher) {
        self.document = document
        scalars = Array(scalarsOf: paragraph.text)
        tokens = WordTokenizer.tokens(scalars)
        citations = paragraph.citations.map(\.range)
        glossaryMatches = glossary.matches(in: tokens, scalars: scalars, excluding: citations).map(\.range)
    }

    /// `(ABBR)` and `(…; ABBR)`, each with the capitalised name right before the parenthesis.
    func introducedAbbreviations() -> [(String, String?)] {
        var result: [(String, String?)] = []
        for close in tokens.indices where tokens[close].text == ")" {
            var start = close
            while start > 0, tokens[start - 1].isWord || tokens[start - 1].text == "-", tokens[start - 1].end == tokens[start].offset || start == close {
                start -= 1
            }
            guard start > 0, start < close, ["(", ";"].contains(tokens[start - 1].text), tokens[start].isWord, tokens[close - 1].isWord else { continue }
            let text = String(scalars: scalars[tokens[start].offset..<tokens[close - 1].end])
            guard TopicMatcher.isAbbreviation(text), text.contains(where: \.isLetter),
                !citations.contains(where: { $0.offset <= tokens[start].offset && tokens[start].offset < $0.end }) else { continue }
            var open = start - 1
            while open > 0, tokens[open].text != "(" { open -= 1 }
            result.append((text, tokens[open].text == "(" ? name(endingBefore: open) : nil))
        }
        return result
    }

    /// Every capitalised name of two or more words.
    func capitalisedNames() -> [String] {
        var names: [String] = []
        var index = 0
        while index < tokens.count {
            guard isCapitalised(tokens[index]) else {
                index += 1
                continue
            }
            var end = index + 1
            var lastCapital = index
            while end < tokens.count {
                if isCapitalised(tokens[end]) { lastCapital = end; end += 1 } else if Self.connectors.contains(tokens[end].folded) { end += 1 } else { break }
            }
            var first = index
            while first < lastCapital, Self.leadingFunctionWords.contains(tokens[first].folded) || !isCapitalised(tokens[first]) { first += 1 }
            let capitals = tokens[first...lastCapital].filter(isCapitalised).count
            if capitals >= 2 {
                names.append(String(scalars: scalars[tokens[first].offset..<tokens[lastCapital].end]))
            }
            index = lastCapital + 1
        }
        return names
    }

    func snippet(around range: TextRange) -> String {
        var from = max(0, range.offset - 60), to = min(scalars.count, range.end + 60)
        while from > 0, from < range.offset, !scalars[from - 1].isFastWhitespace { from += 1 }
        while to < scalars.count, to > range.end, !scalars[to].isFastWhitespace { to -= 1 }
        return (from > 0 ? "… " : "") + String(scalars: scalars[from..<to]) + (to < scalars.count ? " …" : "")
    }

    private func isCapitalised(_ token: WordToken) -> Bool {
        token.isWord && token.text.unicodeScalars.first.map { $0.isFastUppercase } == true
    }

    /// The capitalised name (see `capitalisedNames`) whose last word is right before token `open`.
    private func name(endingBefore open: Int) -> String? {
        guard open > 0, isCapitalised(tokens[open - 1]) else { return nil }
        var first = open - 1
        while first > 0, isCapitalised(tokens[first - 1]) || (Self.connectors.contains(tokens[first - 1].folded) && first > 1 && isCapitalised(tokens[first - 2])) {
            first -= 1
        }
        while first < open - 1, Self.leadingFunctionWords.contains(tokens[first].folded) { first += 1 }
        guard tokens[first..<open].filter(isCapitalised).count >= 2 else { return nil }
        return String(scalars: scalars[tokens[first].offset..<tokens[open - 1].end])
    }
}
