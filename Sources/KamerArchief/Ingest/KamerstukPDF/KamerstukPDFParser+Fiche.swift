/// A fiche published as a Kamerstuk, in the Kamerstuk's PDF layout: the head, the cover letter
/// with its signature, then the fiche (`Fiche: …` over `1. Algemene gegevens`) on the same pages.
/// The letter is read as any letter in the layout; the fiche's lines (from `EmbeddedFiche.start`),
/// with the Kamerstuk's furniture and the letter left out but every line where it was, by the
/// fiche's PDF reader (`FichePDFParser`).
extension KamerstukPDFParser {
    /// The fiche as a document (`EmbeddedFiche.document`): its lines read by the fiche's PDF reader,
    /// with the Kamerstuk's furniture and the letter left out.
    static func fiche(
        _ ficheLines: [Int], letter: Document, source: SourceText, text: [UInt8], lines: [TextLine], sidecar: Sidecar?
    ) -> (document: Document, diagnostics: [Diagnostic]) {
        let read = FichePDFParser.read(keeping(ficheLines, of: text, lines: lines), file: source.path)
        let fiche = EmbeddedFiche.document(
            read.tree, notes: read.notes, letter: letter, source: source, at: source.location(line: lines[ficheLines[0]].number), sidecar: sidecar)
        return (fiche.document, read.diagnostics + fiche.diagnostics)
    }

    /// The text with only `kept` lines' bytes, every other line empty (its form feeds kept), so that
    /// line numbers and pages stay the source's.
    static func keeping(_ kept: [Int], of text: [UInt8], lines: [TextLine]) -> String {
        let kept = Set(kept)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count)
        for (index, line) in lines.enumerated() {
            if kept.contains(index) {
                bytes += text[line.bytes]
            } else {
                bytes += text[line.bytes].filter { $0 == 0x0C }
            }
            bytes.append(0x0A)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
