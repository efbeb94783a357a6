/// A link after a note's text: to a Kamerstuk's entry, with how often the archive cites it.
struct InlineBacklink {
    var label: String
    var target: LinkTarget
    var cssClass: String
}

/// A run of paragraph text that becomes a link: a citation or a topic mention.
struct InlineLink {
    var range: TextRange
    var target: LinkTarget
    var cssClass: String
}

extension InlineMarkdown {
    /// Links to topic pages for `matches`, leaving out any that overlap a citation (citations win).
    func topicLinks(_ matches: [TopicMatch], avoiding citations: [Citation]) -> [InlineLink] {
        matches.filter { match in
            !citations.contains { $0.range.offset < match.range.end && match.range.offset < $0.range.end }
        }.map { InlineLink(range: $0.range, target: .page(Permalinks.topic($0.topic)), cssClass: "topic") }
    }
}
