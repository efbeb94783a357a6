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
/// only date such a text has.
public enum FichePDFParser {
    public static func parse(_ source: SourceText, sidecar: Sidecar?) -> (document: Document, diagnostics: [Diagnostic]) {
        let lines = FichePDFLines.split(source.text)
        let (events, extracted, noteDiagnostics) = PageFootnoteExtractor.extract(lines, file: source.path)
        let (body, notes) = FicheNoteContinuation.join(PageFurniture.strip(events), notes: extracted, file: source.path)
        let (tree, structureDiagnostics) = FichePDFStructure.build(body, file: source.path)

        var metadata = DocumentMetadata()
        metadata.datum = receivedDate(in: tree.fields)
        let (document, diagnostics) = FicheAssembler.assemble(
            FicheAssembler.Parts(
                source: source, format: .pdfText, tree: tree, notes: notes, metadata: metadata,
                fallbackTitle: nil, fallbackLocation: source.location(line: 1)),
            sidecar: sidecar)
        return (document, (noteDiagnostics + structureDiagnostics + diagnostics).sortedAndDeduplicated())
    }
}

private extension FichePDFParser {
    /// `16 december 2025` (or `16-12-2025`, `16/12/2025`) in the `Datum ontvangst Commissiedocument`
    /// field, as `2025-12-16`.
    static func receivedDate(in fields: [Field]) -> String? {
        guard let field = fields.first(where: { FicheHeading.normalize($0.label).hasPrefix("datum ontvangst") }) else {
            return nil
        }
        let words = field.value.lowercased().split { " ,.-/".contains($0) }
        for index in words.indices.dropLast(2) {
            guard let day = Int(words[index]), (1...31).contains(day),
                let month = DayMonthYear.months.firstIndex(of: String(words[index + 1])).map({ $0 + 1 }) ?? Int(words[index + 1]),
                (1...12).contains(month), words[index + 2].count == 4, let year = Int(words[index + 2])
            else { continue }
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        }
        return nil
    }
}
