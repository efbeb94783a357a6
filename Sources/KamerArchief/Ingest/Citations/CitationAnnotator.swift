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
        document.sections = document.sections.map(annotate)
        document.pillars = document.pillars.map(annotate)
        document.footnotes = document.footnotes.map { note in
            var note = note
            note.citations = merged(kept: note.citations, found: CitationParser.parse(note.text))
            return note
        }
        return document
    }
}

private extension CitationAnnotator {
    static func annotate(_ section: Section) -> Section {
        var section = section
        section.paragraphs = section.paragraphs.map(annotate)
        section.subsections = section.subsections.map(annotate)
        return section
    }

    static func annotate(_ pillar: Pillar) -> Pillar {
        var pillar = pillar
        pillar.text = pillar.text.map(annotate)
        pillar.position = pillar.position.map(annotate)
        pillar.actions = pillar.actions.map { action in
            var action = action
            action.paragraphs = action.paragraphs.map(annotate)
            return action
        }
        return pillar
    }

    static func annotate(_ paragraph: Paragraph) -> Paragraph {
        var paragraph = paragraph
        paragraph.citations = merged(kept: paragraph.citations, found: CitationParser.parse(paragraph.text))
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
