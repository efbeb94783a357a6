/// Builds the CommonMark of one paragraph or footnote: escaped text with footnote references,
/// citation links, topic links and an anchor spliced in as the archive's own link forms.
struct InlineMarkdown {
    let archive: Archive
    let page: String
    let links: LinkTable
    /// The topic mentions to link, by paragraph location (document pages only).
    var topicLinks: [SourceLocation: [TopicMatch]] = [:]

    /// `[](ka:anchor/p-12)` then the text, with `[3](ka:ref/3)` at each marker and each citation
    /// as a link to the archive's page or the official publication.
    func paragraph(_ paragraph: Paragraph) -> String {
        let body = anchor(Permalinks.paragraphAnchor(paragraph))
            + (paragraph.listLabel.map { MarkdownEscaping.escape($0) + " " } ?? "")
            + text(paragraph.text, citations: paragraph.citations, noteRefs: paragraph.noteRefs,
                   topics: topicLinks[paragraph.location] ?? [], emphasis: paragraph.emphasis)
        guard let table = paragraph.table else { return body }
        return body + "\n\n" + tableBlock(table)
    }

    /// A source table as the renderer's fenced `table` form; every cell escaped. The first row is
    /// the header even when the source marks none, so that every table has column headers.
    func tableBlock(_ table: Table) -> String {
        let rows = table.rows.filter { !$0.isEmpty }
        guard !rows.isEmpty else { return "" }
        let lines = rows.map { row in
            "| " + row.map { $0.isEmpty ? "\u{00A0}" : MarkdownEscaping.escape($0) }.joined(separator: " | ") + " |"
        }
        return "```table\n" + lines.joined(separator: "\n") + "\n```"
    }

    /// A footnote's text with its citations linked.
    func footnote(_ note: Footnote) -> String {
        text(note.text, citations: note.citations, noteRefs: [], topics: [], emphasis: [])
    }

    func anchor(_ id: String) -> String { "[](ka:anchor/\(id))" }

    func link(_ label: String, to target: LinkTarget, cssClass: String? = nil) -> String {
        "[\(MarkdownEscaping.escape(label))](\(links.destination(href(target), cssClass: cssClass)))"
    }

    func href(_ target: LinkTarget) -> String {
        switch target {
        case .page(let path): return Permalinks.relative(path, from: page)
        case .external(let url): return url
        }
    }

    private func text(
        _ text: String, citations: [Citation], noteRefs: [NoteRef], topics: [TopicMatch], emphasis: [TextRange]
    ) -> String {
        let scalars = Array(text.unicodeScalars)
        var markdown = ""
        var cursor = 0
        var refs = noteRefs.sorted { $0.offset < $1.offset }[...]
        func emitRefs(upTo offset: Int) {
            while let ref = refs.first, ref.offset <= offset {
                markdown += escaped(scalars, cursor, ref.offset, emphasis: emphasis)
                cursor = max(cursor, ref.offset)
                markdown += "[\(ref.footnote)](ka:ref/\(ref.footnote))"
                refs.removeFirst()
            }
        }
        let spans = citations.map { InlineLink(range: $0.range, target: archive.target(of: $0), cssClass: "citation") }
            + topicLinks(topics, avoiding: citations)
        for span in spans.sorted(by: { $0.range.offset < $1.range.offset })
        where span.range.offset >= cursor && span.range.end <= scalars.count {
            emitRefs(upTo: span.range.offset)
            markdown += escaped(scalars, cursor, span.range.offset, emphasis: emphasis)
            let label = String(scalars: scalars[span.range.offset..<span.range.end])
            markdown += link(label, to: span.target, cssClass: span.cssClass)
            cursor = span.range.end
        }
        emitRefs(upTo: scalars.count)
        markdown += escaped(scalars, cursor, scalars.count, emphasis: emphasis)
        return markdown
    }

    /// The scalars `from..<to` escaped, with the parts that fall in `emphasis` wrapped as `ka:em`
    /// links (emphasis is dropped inside a citation or topic link, which cannot hold another link).
    private func escaped(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int, emphasis: [TextRange] = []) -> String {
        guard from < to else { return "" }
        func plain(_ lower: Int, _ upper: Int) -> String {
            guard lower < upper else { return "" }
            return MarkdownEscaping.escapeInline(String(scalars: scalars[lower..<upper]))
        }
        var result = "", cursor = from
        for range in emphasis where range.end > cursor && range.offset < to {
            let start = max(range.offset, cursor), end = min(range.end, to)
            result += plain(cursor, start)
            let inner = plain(start, end)
            result += inner.allSatisfy({ $0 == " " }) ? inner : "[\(inner)](ka:em)"
            cursor = end
        }
        return result + plain(cursor, to)
    }
}
