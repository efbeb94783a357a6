/// Finds glossary terms in text: whole words only, the longest term winning.
///
/// The rules, in order:
/// - Text is split into words and punctuation once (`WordTokenizer`); a term matches a run of whole
///   tokens, so `NTS` never matches inside `NTSB` and `Groeifonds` not inside `Groeifondsprogramma`.
///   Whitespace between tokens is ignored; a hyphen is a token, so `EU-Batterijenverordening`
///   contains the word `Batterijenverordening`.
/// - An abbreviation (a term without spaces whose letters are all capitals, like `CRMA` or
///   `BCC-NL`, or that contains a digit, like `Batt4EU`) matches only as written, case and all.
///   Every other term matches across case and diacritics.
/// - Where matches overlap, the longer one (in Unicode scalars) wins; at equal length the earlier.
/// - Nothing matches inside an excluded range (citations) or a URL.
///
/// Terms are looked up in a dictionary keyed by their first folded token, so the cost is one
/// lookup per token plus the comparison of the few terms that start with that word.
public struct TopicMatcher: Sendable {
    struct Pattern: Sendable {
        var topic: Int
        /// Folded tokens, or as written for abbreviations.
        var tokens: [String]
        var caseSensitive: Bool
    }

    private let topics: [Topic]
    private let patterns: [String: [Pattern]]

    public init(_ topics: [Topic]) {
        self.topics = topics
        var patterns: [String: [Pattern]] = [:]
        for (index, topic) in topics.enumerated() {
            for term in topic.terms {
                let tokens = WordTokenizer.tokens(term)
                guard let first = tokens.first else { continue }
                let caseSensitive = Self.isAbbreviation(term)
                patterns[first.folded, default: []].append(Pattern(
                    topic: index, tokens: tokens.map { caseSensitive ? $0.text : $0.folded }, caseSensitive: caseSensitive))
            }
        }
        // Longest first, so the first pattern that matches at a position is the longest there.
        self.patterns = patterns.mapValues { $0.sorted { $0.tokens.count > $1.tokens.count } }
    }

    /// Whether `term` is matched case-sensitively: no spaces, and all letters capitals (at least
    /// two letters) or a digit among them.
    public static func isAbbreviation(_ term: String) -> Bool {
        guard !term.contains(where: \.isWhitespace) else { return false }
        let letters = term.filter(\.isLetter)
        if term.contains(where: \.isNumber) && !letters.isEmpty { return true }
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// Every match in `text`, in text order. `excluding` are ranges (in Unicode scalars) where
    /// nothing may match, such as citations; URLs are excluded without being listed.
    public func matches(in text: String, excluding: [TextRange] = []) -> [TopicMatch] {
        let scalars = Array(scalarsOf: text)
        return matches(in: WordTokenizer.tokens(scalars), scalars: scalars, excluding: excluding)
    }

    func matches(in tokens: [WordToken], scalars: [Unicode.Scalar], excluding: [TextRange]) -> [TopicMatch] {
        guard !patterns.isEmpty else { return [] }
        var candidates: [(start: Int, count: Int, topic: Int)] = []
        for start in tokens.indices {
            guard tokens[start].isWord, let list = patterns[tokens[start].folded] else { continue }
            for pattern in list where matches(pattern, tokens, at: start) {
                candidates.append((start, pattern.tokens.count, pattern.topic))
                break
            }
        }
        guard !candidates.isEmpty else { return [] }
        let blocked = excluding + URLRanges.find(in: scalars)
        func range(_ candidate: (start: Int, count: Int, topic: Int)) -> TextRange {
            let first = tokens[candidate.start], last = tokens[candidate.start + candidate.count - 1]
            return TextRange(offset: first.offset, length: last.end - first.offset)
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var accepted: [TopicMatch] = []
        let ordered = candidates.map { ($0, range($0)) }.sorted { ($1.1.length, $0.1.offset) < ($0.1.length, $1.1.offset) }
        for (candidate, textRange) in ordered {
            let span = candidate.start..<(candidate.start + candidate.count)
            guard !span.contains(where: { taken[$0] }),
                !blocked.contains(where: { $0.offset < textRange.end && textRange.offset < $0.end })
            else { continue }
            for index in span { taken[index] = true }
            accepted.append(TopicMatch(
                topic: topics[candidate.topic].id, range: textRange,
                text: String(scalars: scalars[textRange.offset..<textRange.end])))
        }
        return accepted.sorted { $0.range.offset < $1.range.offset }
    }
}

/// A term of the glossary found in a text.
public struct TopicMatch: Sendable, Hashable, Codable {
    /// The topic's id.
    public var topic: String
    /// Where the match is, in Unicode scalars.
    public var range: TextRange
    /// The match as written.
    public var text: String
}

private extension TopicMatcher {
    func matches(_ pattern: Pattern, _ tokens: [WordToken], at start: Int) -> Bool {
        guard start + pattern.tokens.count <= tokens.count else { return false }
        for (offset, expected) in pattern.tokens.enumerated() {
            let token = tokens[start + offset]
            if (pattern.caseSensitive ? token.text : token.folded) != expected { return false }
        }
        return true
    }
}

/// Web addresses in plain text: from `http://`, `https://` or `www.` up to the next whitespace.
enum URLRanges {
    private static let prefixes = ["https://", "http://", "www."].map { Array($0.unicodeScalars) }

    static func find(in scalars: [Unicode.Scalar]) -> [TextRange] {
        var ranges: [TextRange] = []
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            guard value == 0x68 || value == 0x48 || value == 0x77 || value == 0x57, startsURL(scalars, at: index) else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, !scalars[end].isFastWhitespace { end += 1 }
            ranges.append(TextRange(offset: index, length: end - index))
            index = end
        }
        return ranges
    }

    private static func startsURL(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        prefixes.contains { prefix in
            index + prefix.count <= scalars.count
                && zip(scalars[index...], prefix).allSatisfy { $0.value == $1.value || ($0.value >= 65 && $0.value <= 90 && $0.value + 32 == $1.value) }
        }
    }
}
