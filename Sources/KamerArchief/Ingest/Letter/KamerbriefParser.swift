/// Parses a Kamerbrief (or its annex) from text extracted from a PDF.
///
/// The stages: split lines (LF, CRLF or CR) and pages (`PDFTextPages`, shared with the ministry
/// letter reader; form feeds are exact page breaks), drop the sidebar furniture
/// (`PageFurniture.sidebarMask`, also shared), take the notes off each page's bottom
/// (`PageFootnoteExtractor`), drop page numbers and running headers (`PageFurniture`), join lines
/// into headings and paragraphs (`Reflower`), decide pillars and actions (`OutlineBuilder`), then
/// take the footnote markers out of all body paragraphs at once (`FootnoteMarkerMatcher`).
public enum KamerbriefParser {
    public static func parse(_ source: SourceText, sidecar: Sidecar?) -> (document: Document, diagnostics: [Diagnostic]) {
        let pages = PDFTextPages(source.text)
        // The sidebar furniture rules are shared with ministry letters; a masked line and the blank
        // line that double-spacing put under it go out together, so no page break appears.
        let furniture = PageFurniture.sidebarMask(pages)
        var lines: [PDFLine] = []
        lines.reserveCapacity(pages.lines.count)
        var skipBlank = false
        for (index, line) in pages.lines.enumerated() {
            if furniture[index] { skipBlank = true; continue }
            if skipBlank, line.content.isEmpty, line.start == pages.lineEnd(line) { skipBlank = false; continue }
            skipBlank = false
            lines.append(pages.pdfLine(line))
        }
        let (events, notes, noteDiagnostics) = PageFootnoteExtractor.extract(lines, file: source.path)
        let declaredHeadings = (sidecar?.outline ?? []).flatMap { [$0.title] + ($0.actions ?? []) }
        let blocks = Reflower.reflow(
            PageFurniture.strip(events), file: source.path, forcedHeadings: Set(declaredHeadings.map(\.headingKey)))
        let (roles, outlineDiagnostics) = OutlineBuilder.roles(
            for: blocks, outline: sidecar?.outline, sidecarFile: sidecar?.source ?? source.path)

        let bodyBlocks = zip(blocks, roles).filter { $0.1 == .paragraph }.map(\.0)
        let (paragraphs, markerDiagnostics) = FootnoteMarkerMatcher.attach(notes: notes, toBlocks: bodyBlocks)
        let (sections, pillars, titleLine) = OutlineBuilder.assemble(blocks, roles: roles, paragraphs: paragraphs)

        let title = sidecar?.title ?? titleLine ?? derivedTitle(pillars: pillars, id: source.id)
        let metadata = DocumentMetadata(kamerstuk: sidecar?.kamerstuk, dossierTitle: sidecar?.dossierTitle)
        let document = Document(
            id: source.id, kind: .kamerbrief, format: .pdfText, title: title, date: sidecar?.date, source: source.path,
            metadata: metadata, sections: sections, pillars: pillars, footnotes: notes)
        let diagnostics = noteDiagnostics + outlineDiagnostics + markerDiagnostics
            + missingMetadata(sidecar, derivedTitle: title, at: source.fileLocation)
        return (document, diagnostics.sortedAndDeduplicated())
    }
}

private extension KamerbriefParser {
    static func derivedTitle(pillars: [Pillar], id: String) -> String {
        guard let first = pillars.first, let last = pillars.last else { return "Kamerbrief \(id)" }
        return pillars.count == 1 ? "Kamerbrief: \(first.title)" : "Kamerbrief: \(first.title) – \(last.title)"
    }

    /// One warning listing every fact a letter's text cannot give and its sidecar does not.
    static func missingMetadata(_ sidecar: Sidecar?, derivedTitle: String, at location: SourceLocation) -> [Diagnostic] {
        let missing = [
            ("title", sidecar?.title == nil), ("date", sidecar?.date == nil), ("kamerstuk", sidecar?.kamerstuk == nil),
        ].filter(\.1).map(\.0)
        guard !missing.isEmpty else { return [] }
        let facts = missing.count == 1
            ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + missing[missing.count - 1]
        let derived = sidecar?.title == nil ? "; derived title \(derivedTitle.quoted)" : ""
        return [.warning(.missingMetadata, "no sidecar \(facts)\(derived)", at: location)]
    }
}
