/// Fills in the citations of a parsed document, the last step of ingest for both source formats.
///
/// Citations are found per paragraph and per footnote, so their ranges are offsets into that
/// paragraph's or footnote's own `text`. Annotating twice gives the same document: existing
/// citations are replaced, not added to.
public enum CitationAnnotator {
    /// Fills `citations` of every paragraph (sections recursively, pillar text/position, actions) and every footnote.
    public static func annotate(_ document: Document) -> Document {
        var document = document
        document.sections = document.sections.map(annotate)
        document.pillars = document.pillars.map(annotate)
        document.footnotes = document.footnotes.map { note in
            var note = note
            note.citations = CitationParser.parse(note.text)
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
        paragraph.citations = CitationParser.parse(paragraph.text)
        return paragraph
    }
}
