import Foundation

extension PageRenderer {
    func topicsPage() -> SiteFile {
        let crumbs = [Crumb(title: "Archief", path: Permalinks.index), Crumb(title: "Onderwerpen", path: Permalinks.topics)]
        return render(.topics, at: Permalinks.topics, title: "Onderwerpen", breadcrumbs: crumbs) { inline in
            let entries = archive.topics.entries
            let kinds = TopicKind.allCases.compactMap { kind -> TemplateValues? in
                let rows = entries.filter { $0.topic.kind == kind }
                    .sorted { ($0.topic.name.lowercased(), $0.topic.id) < ($1.topic.name.lowercased(), $1.topic.id) }
                guard !rows.isEmpty else { return nil }
                return ["kind": kind.rawValue, "label": kind.label, "topics": rows.map { topicSummary($0, inline: inline) }]
            }
            return [
                "kinds": kinds, "hasTopics": !entries.isEmpty, "topicCount": entries.count,
                "timelineURL": inline.href(.page(Permalinks.timeline)),
            ]
        }
    }

    func topicPage(_ entry: TopicEntry) -> SiteFile {
        let topic = entry.topic
        let path = Permalinks.topic(topic.id)
        let crumbs = [
            Crumb(title: "Archief", path: Permalinks.index), Crumb(title: "Onderwerpen", path: Permalinks.topics),
            Crumb(title: topic.name, path: path),
        ]
        return render(.topic, at: path, title: topic.name, breadcrumbs: crumbs) { inline in
            let documents = entry.documents.compactMap { archive.document($0) }
            var context = topicSummary(entry, inline: inline)
            context["topic"] = topicSummary(entry, inline: inline)
            context["officialURL"] = topic.url ?? ""
            context["hasOfficialURL"] = topic.url != nil
            context["aliases"] = topic.aliases.joined(separator: ", ")
            context["hasAliases"] = !topic.aliases.isEmpty
            context["hasMentions"] = !entry.mentions.isEmpty
            // Mentions and amounts by document, in one pass each: filtering all of them for each
            // document was quadratic in a topic that most of a large archive mentions.
            let mentionsOf = Dictionary(grouping: entry.mentions, by: \.document)
            let amountsOf = Dictionary(grouping: entry.amounts, by: \.document)
            context["documents"] = documents.map { document -> TemplateValues in
                let mentions = mentionsOf[document.id] ?? []
                var row = documentRow(document, inline: inline)
                row["mentionCount"] = mentions.count
                row["mentions"] = mentions.map { mention -> TemplateValues in
                    ["snippetMarkdown": snippetMarkdown(mention), "url": inline.href(.page(mention.page)), "scope": mention.scope]
                }
                return row
            }
            context["amounts"] = documents.compactMap { document -> TemplateValues? in
                let amounts = amountsOf[document.id] ?? []
                guard !amounts.isEmpty else { return nil }
                var row = documentRow(document, inline: inline)
                row["amountsMarkdown"] = amounts.map { amount in
                    inline.link(amount.text, to: .page(amount.page)) + " " + MarkdownEscaping.escape("(\(EuroFormat.string(amount.euros)))")
                }.joined(separator: " · ")
                return row
            }
            context["hasAmounts"] = !entry.amounts.isEmpty
            context["amountsSVG"] = amountPicture(entry, inline: inline)
            context["hasFeed"] = options.baseURL != nil
            context["feedURL"] = options.baseURL != nil ? inline.href(.page(Permalinks.topicFeed(topic.id))) : ""
            context["topicsURL"] = inline.href(.page(Permalinks.topics))
            context["timelineURL"] = inline.href(.page(Permalinks.timeline))
            return context
        }
    }
}

private extension PageRenderer {
    func topicSummary(_ entry: TopicEntry, inline: InlineMarkdown) -> TemplateValues {
        [
            "id": entry.topic.id,
            "name": entry.topic.name,
            "url": inline.href(.page(Permalinks.topic(entry.topic.id))),
            "kind": entry.topic.kind.rawValue,
            "kindLabel": entry.topic.kind.singularLabel,
            "description": entry.topic.description,
            "mentionCount": entry.mentions.count,
            "documentCount": entry.documents.count,
        ]
    }

    /// The snippet, escaped, with the mention in bold. A mention starts and ends with a word
    /// character and stands between non-word characters, so the `**` always take effect.
    func snippetMarkdown(_ mention: TopicMention) -> String {
        let source = ScalarBytes(mention.snippet)
        let range = mention.snippetRange
        guard range.offset >= 0, range.end <= source.count else { return MarkdownEscaping.escape(mention.snippet) }
        var markdown: [UInt8] = []
        MarkdownEscaping.appendEscaped(source.bytes(0, range.offset), to: &markdown)
        markdown += "**".utf8
        MarkdownEscaping.appendEscaped(source.bytes(range.offset, range.end), to: &markdown)
        markdown += "**".utf8
        MarkdownEscaping.appendEscaped(source.bytes(range.end, source.count), to: &markdown)
        return String(decoding: markdown, as: UTF8.self)
    }
}

extension PageRenderer {
    /// A document as a row of the topic and timeline pages.
    func documentRow(_ document: DocumentSummary, inline: InlineMarkdown) -> TemplateValues {
        [
            "title": document.title,
            "url": inline.href(.page(Permalinks.document(document.id))),
            "label": document.label,
            "date": document.date ?? "zonder datum",
        ]
    }
}

/// Whole euros written the Dutch way: `€ 1.500.000.000`.
enum EuroFormat {
    static func string(_ euros: Int) -> String {
        let digits = String(euros.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        return "€ " + (euros < 0 ? "-" : "") + grouped
    }
}
