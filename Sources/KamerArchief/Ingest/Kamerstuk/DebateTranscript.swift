/// Marks the speakers' turns in the report of a debate, whatever form it was read from: each
/// speaker's label (`De heer Erkens (VVD):`, `SpeakerLabel`) set in emphasis, so that a turn's
/// opening stands out on the page, and the speakers, the chair left out, listed in the document's
/// fields (`Sprekers`) in the order they first spoke. The day the debate was held, which the
/// report's opening names (`De vaste commissie … heeft op 4 februari 2026 overleg gevoerd met …`)
/// and which may lie months before the report's own date, is a field too (`Datum overleg`).
///
/// Readers give a label as a paragraph of its own (the XML's `al`, a line of PDF text or of a
/// mirrored page), or, in older reports, at the start of the turn's first paragraph (`De heer
/// Smaling (SP): Voorzitter. …`), where the label alone is set in emphasis. A report is one where
/// two labels or more each open a turn (a paragraph that is no label follows a label alone), in a
/// verslag, or three or more in a paper of another or no known type (a mirrored report whose type
/// the page does not name, which is then a verslag); never in a fiche, motie or amendement. A
/// document without them is left as it was.
public enum DebateTranscript {
    /// The label of the field that lists the speakers.
    public static let speakersLabel = "Sprekers"
    /// The label of the field that gives the day the debate was held.
    public static let meetingDateLabel = "Datum overleg"

    public static func structure(_ document: Document) -> Document {
        guard ![.fiche, .motie, .amendement].contains(document.kind) else { return document }
        // Each paragraph's label, found once, in the order of `Section.allParagraphs`.
        let paragraphs = document.sections.flatMap(\.allParagraphs)
        let labels = paragraphs.map(label(of:))
        var opened = 0
        for (index, label) in labels.enumerated() {
            switch label {
            case .alone?: if index + 1 < labels.count, labels[index + 1] != .alone { opened += 1 }
            case .inline?: opened += 1
            case nil: break
            }
        }
        guard opened >= (document.kind == .verslag ? 2 : 3) else { return document }

        var structured = document
        // A paper whose type its form does not name (a debate's page on a mirror) is a report.
        if structured.kind == .kamerstuk { structured.kind = .verslag }
        var next = labels.makeIterator()
        structured.sections = document.sections.map { marked($0, labels: &next) }
        if let (date, location) = meetingDate(paragraphs) {
            structured.metadata.fields.append(Field(label: meetingDateLabel, value: date, location: location))
        }
        let turns = firstTurns(paragraphs, labels: labels)
        if let first = turns.first {
            structured.metadata.fields.append(
                Field(label: speakersLabel, value: turns.map(\.speaker).joined(separator: "; "), location: first.paragraph.location))
        }
        return structured
    }

    /// Each speaker but the chair with the paragraph that opens their first turn, in the order they
    /// first spoke: the `Sprekers` field, and its links to the turns on the document's page.
    public static func firstTurns(_ sections: [Section]) -> [(speaker: String, paragraph: Paragraph)] {
        let paragraphs = sections.flatMap(\.allParagraphs)
        return firstTurns(paragraphs, labels: paragraphs.map(label(of:)))
    }
}

private extension DebateTranscript {
    enum Label: Equatable {
        case alone, inline(length: Int)

        /// The label's length in scalars in `paragraph`, the paragraph it was found in.
        func length(in paragraph: Paragraph) -> Int {
            switch self {
            case .alone: paragraph.text.unicodeScalars.count
            case .inline(let length): length
            }
        }
    }

    /// How a label opens the paragraph: all of it, or its first `length` scalars; nil for none.
    static func label(of paragraph: Paragraph) -> Label? {
        guard paragraph.listLabel == nil, paragraph.table == nil else { return nil }
        if SpeakerLabel.isLabel(paragraph.text) { return .alone }
        return SpeakerLabel.inlineLabel(paragraph.text).map { .inline(length: $0.unicodeScalars.count) }
    }

    /// `firstTurns` of paragraphs whose labels are found.
    static func firstTurns(_ paragraphs: [Paragraph], labels: [Label?]) -> [(speaker: String, paragraph: Paragraph)] {
        var turns: [(speaker: String, paragraph: Paragraph)] = [], seen: Set<String> = []
        for (paragraph, label) in zip(paragraphs, labels) {
            guard let length = label?.length(in: paragraph) else { continue }
            let scalars = paragraph.text.unicodeScalars
            let speaker = SpeakerLabel.speaker(Substring(scalars[..<scalars.index(scalars.startIndex, offsetBy: length)]))
            if !SpeakerLabel.isChair(speaker), seen.insert(speaker).inserted { turns.append((speaker, paragraph)) }
        }
        return turns
    }

    /// The ISO date after `heeft op` in one of the report's first paragraphs that says `overleg
    /// gevoerd`, and where that paragraph stands.
    static func meetingDate(_ paragraphs: [Paragraph]) -> (String, SourceLocation)? {
        for paragraph in paragraphs.prefix(8) where paragraph.text.firstRange(of: "overleg gevoerd") != nil {
            guard let opening = paragraph.text.firstRange(of: "heeft op ") else { continue }
            let words = paragraph.text[opening.upperBound...].split(separator: " ", maxSplits: 3).prefix(3)
            if let date = MinistryLetterhead.isoDate(words.joined(separator: " ")) { return (date, paragraph.location) }
        }
        return nil
    }

    /// The section with each label's text in emphasis, the labels taken from `labels` in the order of
    /// `Section.allParagraphs`. The source's emphasis after an inline label stays.
    static func marked(_ section: Section, labels: inout IndexingIterator<[Label?]>) -> Section {
        var section = section
        for index in section.paragraphs.indices {
            guard let length = labels.next()??.length(in: section.paragraphs[index]) else { continue }
            section.paragraphs[index].emphasis = [TextRange(offset: 0, length: length)] + section.paragraphs[index].emphasis.filter { $0.offset >= length }
        }
        section.subsections = section.subsections.map { marked($0, labels: &labels) }
        return section
    }
}
