/// Which page shows each paragraph and footnote of a document: the target of every backlink.
///
/// Fiches show all their text and notes on the document page. Letters show an action's paragraphs
/// on the action's page, a pillar's intro on the pillar's page, and each note on the page of its
/// first marker (the document page when no marker points at it).
public struct Placement: Sendable {
    /// The pages of the paragraphs not on the document's page, by line; any other is on it.
    private var paragraphPages: [Int: String] = [:]
    private var footnotePages: [Int: String] = [:]
    public let documentPage: String

    public init(_ document: Document) {
        documentPage = Permalinks.document(document.id)
        // The sections' paragraphs are on the document's page, which `page(of:)` gives for a
        // line it does not hold: they are not stored (a fiche's pillars quote them).
        guard document.kind != .fiche else { return }
        paragraphPages.reserveCapacity(document.pillars.reduce(0) { count, pillar in
            pillar.actions.reduce(count + pillar.text.count) { $0 + $1.paragraphs.count }
        })
        for pillar in document.pillars {
            let pillarPage = Permalinks.pillar(document.id, pillar.number)
            for paragraph in pillar.text { place(paragraph, on: pillarPage) }
            for action in pillar.actions {
                let actionPage = Permalinks.action(document.id, pillar.number, action.number)
                for paragraph in action.paragraphs { place(paragraph, on: actionPage) }
            }
        }
    }

    /// The page (site path) that shows `paragraph`.
    public func page(of paragraph: Paragraph) -> String { paragraphPages[paragraph.location.line] ?? documentPage }

    /// The page (site path) that shows footnote `number`.
    public func page(ofFootnote number: Int) -> String { footnotePages[number] ?? documentPage }

    private mutating func place(_ paragraph: Paragraph, on page: String) {
        paragraphPages[paragraph.location.line] = page
        for ref in paragraph.noteRefs where footnotePages[ref.footnote] == nil {
            footnotePages[ref.footnote] = page
        }
    }
}

/// Calls `body` for every paragraph in `sections`, depth first, in reading order.
func forEachParagraph(in sections: [Section], _ body: (Paragraph) -> Void) {
    for section in sections {
        section.paragraphs.forEach(body)
        forEachParagraph(in: section.subsections, body)
    }
}

extension Document {
    /// Every paragraph of the body once, in reading order: sections, then letter pillars and actions.
    /// (A fiche's pillar paragraphs are copies of section paragraphs, so they are not repeated.)
    public var bodyParagraphs: [Paragraph] {
        var result: [Paragraph] = []
        forEachParagraph(in: sections) { result.append($0) }
        guard kind != .fiche else { return result }
        for pillar in pillars {
            result += pillar.text
            for action in pillar.actions { result += action.paragraphs }
        }
        return result
    }
}
