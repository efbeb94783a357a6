/// Fills in the citations of a parsed document, the last step of ingest for both source formats.
///
/// Citations are found per paragraph and per footnote, so their ranges are offsets into that
/// paragraph's or footnote's own `text`. Citations a reader already set (an XML `extref` with its
/// exact target) are kept, and the parser adds only citations that overlap none of them; so
/// annotating twice gives the same document.
public enum CitationAnnotator {
    /// Fills `citations` of every paragraph (sections recursively, pillar text/position, actions) and every footnote.
    public static func annotate(_ document: Document) -> Document {
        var document = document
        // Only a document with both sections and pillars can quote one in the other (a fiche).
        var parser = SharedTextParser(remembers: !document.sections.isEmpty && !document.pillars.isEmpty)
        document.sections = document.sections.map { annotate($0, &parser) }
        document.pillars = document.pillars.map { annotate($0, &parser) }
        document.footnotes = document.footnotes.map { note in
            var note = note
            note.citations = merged(kept: note.citations, found: CitationParser.parse(note.text))
            return note
        }
        return document
    }
}

private extension CitationAnnotator {
    /// `CitationParser.parse`, once per paragraph text: a pillar's text and position are the
    /// section's paragraphs again, and their strings share the section's storage. A text is known
    /// by that storage (its address and length; the cache keeps the string, so the address stays
    /// its own) and compared in full before its citations are reused.
    struct SharedTextParser {
        /// Whether texts are remembered; else each is parsed, and nothing is kept.
        let remembers: Bool
        private var found: [StorageKey: (text: String, citations: [Citation])] = [:]

        init(remembers: Bool) { self.remembers = remembers }

        struct StorageKey: Hashable {
            var address: UInt
            var count: Int
        }

        mutating func parse(_ text: String) -> [Citation] {
            // A string of up to 15 bytes is stored inline, so its address is no identity; those
            // are cheap to parse again.
            var copy = text
            let count = copy.utf8.count
            guard remembers, count > 15, let address = copy.withUTF8({ $0.baseAddress.map { UInt(bitPattern: $0) } }) else {
                return CitationParser.parse(text)
            }
            let key = StorageKey(address: address, count: count)
            if let cached = found[key], cached.text == text { return cached.citations }
            let citations = CitationParser.parse(text)
            found[key] = (text, citations)
            return citations
        }
    }

    static func annotate(_ section: Section, _ parser: inout SharedTextParser) -> Section {
        var section = section
        section.paragraphs = section.paragraphs.map { annotate($0, &parser) }
        section.subsections = section.subsections.map { annotate($0, &parser) }
        return section
    }

    static func annotate(_ pillar: Pillar, _ parser: inout SharedTextParser) -> Pillar {
        var pillar = pillar
        pillar.text = pillar.text.map { annotate($0, &parser) }
        pillar.position = pillar.position.map { annotate($0, &parser) }
        pillar.actions = pillar.actions.map { action in
            var action = action
            action.paragraphs = action.paragraphs.map { annotate($0, &parser) }
            return action
        }
        return pillar
    }

    static func annotate(_ paragraph: Paragraph, _ parser: inout SharedTextParser) -> Paragraph {
        let citations = merged(kept: paragraph.citations, found: parser.parse(paragraph.text))
        // Most paragraphs cite nothing: setting no citations again would give the paragraph a box
        // of its own (see `Paragraph`), where it shares its copies'.
        guard !(citations.isEmpty && paragraph.citations.isEmpty) else { return paragraph }
        var paragraph = paragraph
        paragraph.citations = citations
        return paragraph
    }

    /// `kept` plus the `found` citations that overlap none of them, in text order.
    static func merged(kept: [Citation], found: [Citation]) -> [Citation] {
        guard !kept.isEmpty else { return found }
        let added = found.filter { candidate in
            !kept.contains { $0.range.offset < candidate.range.end && candidate.range.offset < $0.range.end }
        }
        return (kept + added).sorted { ($0.range.offset, $0.range.length) < ($1.range.offset, $1.range.length) }
    }
}
