/// Marks the speakers' turns in the report of a debate, whatever form it was read from: each
/// speaker's label (`De heer Erkens (VVD):`, `SpeakerLabel`) set in emphasis, so that a turn's
/// opening stands out on the page, and the speakers, the chair left out, listed in the document's
/// fields (`Sprekers`) in the order they first spoke.
///
/// Readers give a label as a paragraph of its own (the XML's `al`, a line of PDF text or of a
/// mirrored page). A report is one where two labels or more each open a turn (a paragraph that is
/// no label follows them), in a verslag, or three or more in a paper of another or no known type (a
/// mirrored report whose type the page does not name); never in a fiche, motie or amendement. A
/// document without them is left as it was.
public enum DebateTranscript {
    /// The label of the field that lists the speakers.
    public static let speakersLabel = "Sprekers"

    public static func structure(_ document: Document) -> Document {
        guard ![.fiche, .motie, .amendement].contains(document.kind) else { return document }
        let paragraphs = document.sections.flatMap(\.allParagraphs)
        var opened = 0
        for (index, paragraph) in paragraphs.enumerated().dropLast() where isLabel(paragraph) && !isLabel(paragraphs[index + 1]) {
            opened += 1
        }
        guard opened >= (document.kind == .verslag ? 2 : 3) else { return document }

        var structured = document
        var speakers: [String] = [], seen: Set<String> = []
        var firstLabel: SourceLocation?
        structured.sections = document.sections.map { section in
            marked(section) { paragraph in
                let speaker = SpeakerLabel.speaker(paragraph.text)
                if firstLabel == nil { firstLabel = paragraph.location }
                if !SpeakerLabel.isChair(speaker), seen.insert(speaker).inserted { speakers.append(speaker) }
            }
        }
        if let firstLabel, !speakers.isEmpty {
            structured.metadata.fields.append(Field(label: speakersLabel, value: speakers.joined(separator: "; "), location: firstLabel))
        }
        return structured
    }
}

private extension DebateTranscript {
    static func isLabel(_ paragraph: Paragraph) -> Bool {
        paragraph.listLabel == nil && paragraph.table == nil && SpeakerLabel.isLabel(paragraph.text)
    }

    /// The section with each label's text in emphasis, `found` told of each label in reading order.
    static func marked(_ section: Section, found: (Paragraph) -> Void) -> Section {
        var section = section
        for index in section.paragraphs.indices where isLabel(section.paragraphs[index]) {
            found(section.paragraphs[index])
            section.paragraphs[index].emphasis = [TextRange(offset: 0, length: section.paragraphs[index].text.unicodeScalars.count)]
        }
        section.subsections = section.subsections.map { marked($0, found: found) }
        return section
    }
}
