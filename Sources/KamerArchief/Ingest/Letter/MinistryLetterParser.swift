/// Parses a ministry letter (the Rijksoverheid letter layout) from text extracted from its PDF.
///
/// The stages, over the shared page-aware PDF-text pipeline: lines and pages as byte ranges
/// (`PDFTextPages`), furniture marked by repetition and shape (`PageFurniture.sidebarMask`), the
/// letterhead read and dropped (`MinistryLetterhead`), page-foot notes taken off
/// (`PageFootnoteExtractor.extractPageFootNotes`), the closing and signers read (`LetterClosing`),
/// then the body as a `PageEvent` stream through the same `Reflower` and `FootnoteMarkerMatcher` as
/// the double-spaced letters. Sections come from headings (`LetterSections`); pillars and actions
/// only from a sidecar outline, so a letter never gets pillars from its own structure words.
public enum MinistryLetterParser {
    public static func parse(_ source: SourceText, sidecar: Sidecar?) -> (document: Document, diagnostics: [Diagnostic]) {
        let pages = PDFTextPages(source.text, splitsColumns: true)
        let furniture = PageFurniture.sidebarMask(pages)
        let head = MinistryLetterhead.read(pages, furniture: furniture)
        let bodyStart = head.bodyStart
        let candidates = pages.lines.indices.dropFirst(bodyStart).filter { !furniture[$0] }
        // The signature first: its lines, up to the last page's notes under it, are no note's text
        // (a lowercase `de minister van …,` above a note would read as the note before it going on).
        let (closing, end, signers) = LetterClosing.read(pages, lines: candidates)
        var signature: Set<Int> = []
        if let closing, let end {
            // Up to the last page's first note, where no signer was read under the formula.
            for index in candidates[closing...end] where !pages.lines[index].content.isEmpty {
                if PDFTextPages.isDigit(pages.bytes[pages.lines[index].content.lowerBound]) { break }
                signature.insert(index)
            }
        }
        let (notes, noteLines) = PageFootnoteExtractor.extractPageFootNotes(pages, lines: candidates.filter { !signature.contains($0) }, file: source.path)
        // What follows the signatures (answers printed after the cover letter) is text again.
        var body = candidates.filter { !noteLines.contains($0) && !signature.contains($0) }
        if let closing, let end {
            let afterSignature = body.filter { $0 > candidates[end] }
            let hasText = afterSignature.contains { !pages.lines[$0].content.isEmpty }
            body = body.filter { $0 < candidates[closing] } + (hasText ? afterSignature : [])
        }
        let events = pageEvents(pages, body)
        let declared = (sidecar?.outline ?? []).flatMap { [$0.title] + ($0.actions ?? []) }
        let blocks = Reflower.reflow(
            events, file: source.path, forcedHeadings: Set(declared.map(\.headingKey)), ministryLayout: true)

        var sections: [Section] = [], pillars: [Pillar] = []
        var diagnostics: [Diagnostic] = []
        if let outline = sidecar?.outline {
            let (roles, outlineDiagnostics) = OutlineBuilder.roles(for: blocks, outline: outline, sidecarFile: sidecar?.source ?? source.path)
            let bodyBlocks = zip(blocks, roles).filter { $0.1 == .paragraph }.map(\.0)
            let (paragraphs, markerDiagnostics) = FootnoteMarkerMatcher.attach(notes: notes, toBlocks: bodyBlocks)
            (sections, pillars, _) = OutlineBuilder.assemble(blocks, roles: roles, paragraphs: paragraphs)
            diagnostics += outlineDiagnostics + markerDiagnostics
        } else {
            let (paragraphs, markerDiagnostics) = FootnoteMarkerMatcher.attach(notes: notes, toBlocks: blocks.filter { $0.kind == .paragraph })
            sections = LetterSections.build(blocks, paragraphs: paragraphs)
            diagnostics += markerDiagnostics
        }

        let title = sidecar?.title ?? head.subject ?? "Kamerbrief \(source.id)"
        var metadata = DocumentMetadata(
            datum: head.date, kamerstuk: sidecar?.kamerstuk, dossierTitle: sidecar?.dossierTitle,
            ondertekening: signers, kenmerk: head.kenmerk, ministerie: head.ministerie)
        // A letter that answers the Kamer names the Kamer's zaak as `Uw kenmerk`; one whose subject
        // says it answers kamervragen is listed with them.
        if let reference = head.theirReference, Kamervragen.isZaakNumber(reference) { metadata.zaak = reference }
        let kind: DocumentKind = head.subject.map(Kamervragen.answersQuestions) == true ? .kamervragen : .kamerbrief
        let document = Document(
            id: source.id, kind: kind, format: .pdfText, title: title, date: sidecar?.date ?? head.date,
            source: source.path, metadata: metadata, sections: sections, pillars: pillars, footnotes: notes)
        diagnostics += missingMetadata(document, hasTitle: sidecar?.title != nil || head.subject != nil, at: source.fileLocation)
        return (document, diagnostics.sortedAndDeduplicated())
    }
}

private extension MinistryLetterParser {
    /// The body lines as the shared `PageEvent` stream: a page change is a page break, a blank line
    /// (pdftotext separates paragraphs with one) a paragraph break, unless the sentence runs on
    /// into a lowercase line (the blank was left by furniture taken out mid-sentence).
    static func pageEvents(_ pages: PDFTextPages, _ body: [Int]) -> [PageEvent] {
        var events: [PageEvent] = []
        var page = body.first.map { pages.lines[$0].page } ?? 0
        var blank = false
        var previous: PDFLine?
        for index in body {
            let line = pages.lines[index]
            if line.page != page {
                events.appendPageBreak()
                page = line.page
            }
            guard !line.content.isEmpty else { blank = previous != nil; continue }
            let pdfLine = pages.pdfLine(line)
            if blank, let previous, previous.endsSentence || !pdfLine.startsLowercase { events.append(.paragraphBreak) }
            blank = false
            events.append(.line(pdfLine))
            previous = pdfLine
        }
        return events
    }

    /// One warning naming the facts that neither the letterhead nor a sidecar gave.
    static func missingMetadata(_ document: Document, hasTitle: Bool, at location: SourceLocation) -> [Diagnostic] {
        var missing: [String] = []
        if !hasTitle { missing.append("title") }
        if document.date == nil { missing.append("date") }
        // Answers to kamervragen are in no dossier; the zaak names what they answer.
        if document.metadata.kamerstuk == nil, document.kind != .kamervragen { missing.append("kamerstuk") }
        guard !missing.isEmpty else { return [] }
        let facts = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + missing[missing.count - 1]
        return [.warning(.missingMetadata, "neither the letterhead nor a sidecar gives the \(facts)", at: location)]
    }
}
