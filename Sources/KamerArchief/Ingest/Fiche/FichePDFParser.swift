/// Parses a BNC-fiche in the official PDF layout, as text extracted from the PDF, into the same
/// fiche model as a page dump: title and number from the `Fiche N:` line, the Algemene gegevens as
/// fields, the chapters and lettered subsections as sections with their roles, pillars and the
/// cabinet's position on each, and the page-foot notes with their markers.
///
/// The stages: split lines, with pdftotext's form feeds and page numbers made into the shared page
/// convention (`FichePDFLines`); take the notes off each page's foot (`PageFootnoteExtractor`); drop
/// running headers and page numbers (`PageFurniture`); join a note a page break split
/// (`FicheNoteContinuation`); read the structure (`FichePDFStructure`); then the steps every fiche
/// shares (`FicheAssembler`). The date is the `Datum ontvangst Commissiedocument`, which is the
/// only date such a text has (`FicheAssembler.receivedDate`).
public enum FichePDFParser {
    public static func parse(_ source: SourceText, sidecar: Sidecar?) -> (document: Document, diagnostics: [Diagnostic]) {
        let read = read(source.text, file: source.path)
        let (document, diagnostics) = FicheAssembler.assemble(
            FicheAssembler.Parts(
                source: source, format: .pdfText, tree: read.tree, notes: read.notes, metadata: DocumentMetadata(),
                fallbackTitle: nil, fallbackLocation: source.location(line: 1)),
            sidecar: sidecar)
        return (document, (read.diagnostics + diagnostics).sortedAndDeduplicated())
    }

    /// The fiche's sections and notes in `text`, before the steps every fiche shares.
    static func read(_ text: String, file: String) -> (tree: FicheSectionTree, notes: [Footnote], diagnostics: [Diagnostic]) {
        let lines = FichePDFLines.split(text)
        let (events, extracted, noteDiagnostics) = PageFootnoteExtractor.extract(lines, file: file)
        let (body, notes) = FicheNoteContinuation.join(PageFurniture.strip(events), notes: extracted, file: file)
        let (tree, structureDiagnostics) = FichePDFStructure.build(body, file: file)
        return (tree, notes, noteDiagnostics + structureDiagnostics)
    }
}
