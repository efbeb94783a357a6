/// Parses a BNC-fiche page dump into a `Document` with sections, pillars and footnotes.
///
/// The dump is a page from a site that mirrors Tweede Kamer documents: page chrome and metadata
/// lines, then the fiche as pandoc plain text (list items indented, blank lines between blocks),
/// ending in a pandoc footnote list. Structure is recognised by heading text, never by the printed
/// numbers, which dumps often reduce to `1.` throughout.
public enum FicheParser {
    public static func parse(_ source: SourceText, sidecar: Sidecar?) -> (document: Document, diagnostics: [Diagnostic]) {
        let lines = source.lines
        let header = PageDumpHeaderParser.parse(source, lines: lines)
        let blocks = FicheBlockReader.blocks(in: source, lines: lines, from: header.bodyStart)
        let (bodyBlocks, noteBlocks) = FicheFootnoteList.split(blocks)
        let (notes, noteDiagnostics) = FicheFootnoteList.notes(from: noteBlocks)
        var metadata = header.metadata
        metadata.ficheNumber = header.ficheNumber
        // A fiche's text has no signature: the mirror names who sent it (`Eerste ondertekenaar: …`).
        metadata.ondertekening = metadata.related.compactMap(PageDumpParser.mirrorSigner)
        let (document, diagnostics) = FicheAssembler.assemble(
            FicheAssembler.Parts(
                source: source, format: .pageDump, tree: FicheSectionTree.build(from: bodyBlocks), notes: notes,
                metadata: metadata, fallbackTitle: header.title,
                fallbackLocation: source.location(line: header.bodyStart + 1)),
            sidecar: sidecar)
        return (document, (noteDiagnostics + diagnostics).sortedAndDeduplicated())
    }
}
