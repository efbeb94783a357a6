/// Builds the CommonMark of one paragraph or footnote: escaped text with footnote references,
/// citation links, topic links and an anchor spliced in as the archive's own link forms.
struct InlineMarkdown {
    let archive: Archive
    let page: String
    let links: LinkTable
    /// The topic mentions to link, by paragraph location (document pages only).
    var topicLinks: [SourceLocation: [TopicMatch]] = [:]
    /// The HTML of paragraphs that other pages of the document show too, rendered once for all.
    var fragments: ParagraphFragments?

    /// `[](ka:anchor/p-12)` then the text, with `[3](ka:ref/3)` at each marker and each citation
    /// as a link to the archive's page or the official publication. The page gets `[](ka:html/N)`
    /// in its place, which renders as the text's HTML, for a paragraph in `fragments` and for text
    /// the renderer reads without libcmark (`CommonMark.inlineFragment`): what libcmark would
    /// render for it anywhere on the page, as it starts with a link (see `ParagraphFragments`).
    func paragraph(_ paragraph: Paragraph) -> String {
        let body: String
        if let shared = fragments?.fragment(for: paragraph, inline: self) {
            body = "[](\(links.destination(of: shared)))"
        } else if let fragment = bodyFragment(paragraph) {
            assert(fragment == markdownFragment(paragraph), "the HTML written straight differs from the CommonMark's")
            body = "[](\(links.destination(of: fragment)))"
        } else {
            // As bytes, made a `String` only when libcmark is to read them.
            let markdown = bodyUTF8(paragraph)
            body = markdown.withUnsafeBufferPointer { CommonMark.inlineFragment(utf8: $0, links: links) }
                .map { "[](\(links.destination(of: $0)))" } ?? String(decodingUTF8: markdown)
        }
        guard let table = paragraph.table else { return body }
        return body + "\n\n" + tableBlock(table)
    }

    /// The fragment made the long way, as CommonMark read again: what `bodyFragment` must equal.
    func markdownFragment(_ paragraph: Paragraph) -> ParagraphFragment? {
        bodyUTF8(paragraph).withUnsafeBufferPointer { CommonMark.inlineFragment(utf8: $0, links: links) }
    }

    /// A paragraph's text without its table: one line of inline CommonMark.
    func body(_ paragraph: Paragraph) -> String {
        String(decodingUTF8: bodyUTF8(paragraph))
    }

    /// `body(paragraph)` as UTF-8 bytes.
    func bodyUTF8(_ paragraph: Paragraph) -> [UInt8] {
        var markdown = InlineCommonMarkWriter()
        markdown.bytes.reserveCapacity(paragraph.text.utf8.count + paragraph.text.utf8.count / 4 + 64)
        markdown.bytes += anchor(Permalinks.paragraphAnchor(paragraph)).utf8
        if let label = paragraph.listLabel {
            markdown.bytes += MarkdownEscaping.escape(label).utf8
            markdown.bytes.append(UInt8(ascii: " "))
        }
        appendText(paragraph.text, citations: paragraph.citations, noteRefs: paragraph.noteRefs,
                   topics: topicLinks[paragraph.location] ?? [], emphasis: paragraph.emphasis, to: &markdown)
        return markdown.bytes
    }

    /// What `CommonMark.inlineFragment` makes of `bodyUTF8(paragraph)`, written straight from the
    /// text (`InlineHTMLWriter`); nil where that reader would not take the CommonMark, or where
    /// this writer leaves it to it. Most paragraphs are made so.
    func bodyFragment(_ paragraph: Paragraph) -> ParagraphFragment? {
        let count = paragraph.text.utf8.count
        var html = InlineHTMLWriter(links: links, capacity: count + count / 2 + 64)
        html.appendAnchor(Permalinks.paragraphAnchor(paragraph))
        if let label = paragraph.listLabel { html.appendListLabel(label) }
        appendText(paragraph.text, citations: paragraph.citations, noteRefs: paragraph.noteRefs,
                   topics: topicLinks[paragraph.location] ?? [], emphasis: paragraph.emphasis, to: &html)
        return html.fragment
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

    /// A footnote's text with its citations linked, then each of `backlinks` after a space. As
    /// `[](ka:html/N)`, its HTML written straight (`InlineHTMLWriter`), where that is what the
    /// renderer makes of its CommonMark on a line of a `footnotes` block, which is trimmed of its
    /// spaces: for text that starts with an ASCII character other than a space (a note that
    /// starts otherwise is left to the CommonMark, which is trimmed by Characters there).
    func footnote(_ note: Footnote, backlinks: [InlineBacklink] = []) -> String {
        if let first = note.text.utf8.first, first > 0x20, first < 0x7F {
            var html = InlineHTMLWriter(links: links, capacity: note.text.utf8.count + 64 * backlinks.count + 32)
            appendFootnote(note, backlinks: backlinks, to: &html)
            if let fragment = html.fragment {
                assert(CommonMark.inlineFragment(footnoteMarkdown(note, backlinks: backlinks), links: links) == fragment,
                       "the HTML written straight differs from the CommonMark's")
                return "[](\(links.destination(of: fragment)))"
            }
        }
        return footnoteMarkdown(note, backlinks: backlinks)
    }

    /// `footnote(note, backlinks:)` as CommonMark.
    func footnoteMarkdown(_ note: Footnote, backlinks: [InlineBacklink] = []) -> String {
        var markdown = InlineCommonMarkWriter()
        appendFootnote(note, backlinks: backlinks, to: &markdown)
        return String(decoding: markdown.bytes, as: UTF8.self)
    }

    private func appendFootnote<Writer: InlineTextWriter>(_ note: Footnote, backlinks: [InlineBacklink], to writer: inout Writer) {
        appendText(note.text, citations: note.citations, noteRefs: [], topics: [], emphasis: [], to: &writer)
        for backlink in backlinks {
            var space = " "
            space.withUTF8 { writer.appendText($0) }
            writer.appendLink(label: backlink.label, entry: links.entry(href(backlink.target), cssClass: backlink.cssClass))
        }
    }

    /// A line of text from the source's facts (a fiche's `COM(2025) 945`, `EUR-Lex: https://…`)
    /// as CommonMark, what it cites linked as a paragraph's citations are.
    func citing(_ text: String) -> String {
        var markdown = InlineCommonMarkWriter()
        appendText(text, citations: CitationParser.parse(text), noteRefs: [], topics: [], emphasis: [], to: &markdown)
        return String(decoding: markdown.bytes, as: UTF8.self)
    }

    func anchor(_ id: String) -> String { "[](ka:anchor/\(id))" }

    func link(_ label: String, to target: LinkTarget, cssClass: String? = nil) -> String {
        Self.link(label, destination: links.destination(href(target), cssClass: cssClass))
    }

    /// The CommonMark link to `destination` (one of the archive's link forms) with `label` escaped.
    static func link(_ label: String, destination: String) -> String {
        "[\(MarkdownEscaping.escape(label))](\(destination))"
    }

    func href(_ target: LinkTarget) -> String {
        switch target {
        case .page(let path): return Permalinks.relative(path, from: page)
        case .external(let url): return url
        }
    }

    /// Writes `text` with its links and note references to `writer`: as CommonMark, or as the
    /// HTML libcmark renders for that CommonMark.
    private func appendText<Writer: InlineTextWriter>(
        _ text: String, citations: [Citation], noteRefs: [NoteRef], topics: [TopicMatch], emphasis: [TextRange],
        to writer: inout Writer
    ) {
        let spans = citations.map { InlineLink(range: $0.range, target: archive.target(of: $0), cssClass: "citation") }
            + topicLinks(topics, avoiding: citations)
        // Text with nothing to link, mark or emphasize is escaped whole, and never cut.
        guard !spans.isEmpty || !noteRefs.isEmpty || !emphasis.isEmpty else {
            var text = text
            text.withUTF8 { writer.appendText($0) }
            return
        }
        // The model's offsets count Unicode scalars; `ScalarBytes` finds where each starts, so
        // every piece is cut from the UTF-8 bytes without decoding them.
        let source = ScalarBytes(text)
        writer.reserve(more: source.bytes.count + source.bytes.count / 4)
        var cursor = 0
        var refs = noteRefs.sorted { $0.offset < $1.offset }[...]
        func emitRefs(upTo offset: Int) {
            while let ref = refs.first, ref.offset <= offset {
                appendEscaped(source, cursor, ref.offset, emphasis: emphasis, to: &writer)
                cursor = max(cursor, ref.offset)
                writer.appendNoteRef(ref.footnote)
                refs.removeFirst()
            }
        }
        for span in spans.sorted(by: { $0.range.offset < $1.range.offset })
        where span.range.offset >= cursor && span.range.end <= source.count {
            emitRefs(upTo: span.range.offset)
            appendEscaped(source, cursor, span.range.offset, emphasis: emphasis, to: &writer)
            writer.appendLink(label: source.string(span.range.offset, span.range.end),
                              entry: links.entry(href(span.target), cssClass: span.cssClass))
            cursor = span.range.end
        }
        emitRefs(upTo: source.count)
        appendEscaped(source, cursor, source.count, emphasis: emphasis, to: &writer)
    }

    /// The scalars `from..<to`, with the parts that fall in `emphasis` emphasized (emphasis is
    /// dropped inside a citation or topic link, which cannot hold another link).
    private func appendEscaped<Writer: InlineTextWriter>(
        _ source: ScalarBytes, _ from: Int, _ to: Int, emphasis: [TextRange], to writer: inout Writer
    ) {
        guard from < to else { return }
        var cursor = from
        for range in emphasis where range.end > cursor && range.offset < to {
            let start = max(range.offset, cursor), end = min(range.end, to)
            source.bytes(cursor, start).withUnsafeBufferPointer { writer.appendText($0) }
            source.bytes(start, end).withUnsafeBufferPointer { writer.appendEmphasized($0) }
            cursor = end
        }
        source.bytes(cursor, to).withUnsafeBufferPointer { writer.appendText($0) }
    }
}
