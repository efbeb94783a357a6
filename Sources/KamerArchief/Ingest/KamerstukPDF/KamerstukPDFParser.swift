/// Reads a Kamerstuk in the Tweede Kamer's PDF layout (motie, amendement, brief, nota, verslag …),
/// from a PDF's text (`PDFTextExtractor`) or from a `.txt` holding text extracted from such a PDF.
///
/// Kamervragen in the Aanhangsel van de Handelingen have the same layout with another head
/// (`KamerstukPDFHead+Aanhangsel.swift`): their title, date and number come from the head and the
/// text's describing lines (`Kamervragen`).
///
/// The stages: split the bytes into lines (`TextLine`, form feeds are page boundaries); read the head
/// (`KamerstukPDFHead`); mark the page furniture (`KamerstukPDFFurniture`) and cross-check the `kst-`
/// line with the head; blank out what the head or the colophon took from a line that `pdftotext
/// -layout` shares with the text (the Aanhangsel's number, a `kst-` line beside a note); take the
/// signers off the body's end; then hand the body to the PDF-text steps shared with letters
/// (`PageFootnoteExtractor`, `Reflower`, `FootnoteMarkerMatcher`).
public enum KamerstukPDFParser {
    public static func parse(_ source: SourceText, sidecar: Sidecar?) -> (document: Document, diagnostics: [Diagnostic]) {
        var text = Array(source.text.utf8)
        var lines = TextLine.split(text)
        var diagnostics: [Diagnostic] = []
        let head = KamerstukPDFHead.read(text, lines: lines) ?? KamerstukPDFHead(lineRange: 0..<0)
        // The Aanhangsel's number beside the first line of text is the head's: blanked, the line is the text's.
        if let number = head.aanhangsel?.numberBesideText { blankOut([number], in: &text, lines: &lines) }
        let bodyRange = head.lineRange.upperBound..<lines.count
        let furniture = KamerstukPDFFurniture.find(text, lines: lines, in: bodyRange, aanhangsel: head.aanhangsel != nil)
        if !furniture.besideText.isEmpty { blankOut(furniture.besideText, in: &text, lines: &lines) }
        let kamerstuk = kamerstukNumber(head, kst: furniture.kst, lines: lines, path: source.path, diagnostics: &diagnostics)

        var bodyLines = bodyRange.filter { !furniture.lines.contains($0) }
        // A fiche published as a Kamerstuk: its cover letter is read here, the fiche after it as a fiche.
        let ficheLines = EmbeddedFiche.takeLines(from: &bodyLines, text: text, lines: lines, sidecar: sidecar)
        let signers = KamerstukSigners.take(from: &bodyLines, text: text, lines: lines)
        var kind = head.heading.flatMap { KamerstukKind.classify($0) } ?? .kamerstuk
        if head.aanhangsel != nil { kind = .kamervragen }
        var breaksBefore: (([UInt8], Range<Int>) -> Bool)?
        if kind == .kamervragen { breaksBefore = Kamervragen.opensDescription }
        if kind == .wetsvoorstel { breaksBefore = KamerstukBody.opensEnactingFormula }
        // Papers of prose number their chapters on lines of their own (`1. Inleiding`, `2.1 Aanleiding`);
        // a motie's, amendement's or wetsvoorstel's numbered lines are its items and leden.
        let numberedHeadings = ![.motie, .amendement, .wetsvoorstel].contains(kind)
        let body = KamerstukBody.read(
            text, lines: lines, body: bodyLines, feet: furniture.feet, splitsClauses: kind == .motie,
            numberedHeadings: numberedHeadings, breaksBefore: breaksBefore, dehyphenates: true, headingNote: head.headingNote, file: source.path)
        diagnostics += body.diagnostics

        var metadata = DocumentMetadata(
            kamerstuk: kamerstuk, dossierTitle: head.dossierTitle, vergaderjaar: head.vergaderjaar, ondertekening: signers)
        if let addressee = head.addressee {
            metadata.fields.append(Field(label: "Aan", value: addressee.text, location: source.location(line: addressee.line)))
        }
        if let other = head.otherDossierField(at: source.location(line: head.lineRange.lowerBound + 1)) { metadata.fields.append(other) }
        var title = head.heading.map { KamerstukTitle.readable($0, dossierTitle: head.dossierTitle) }
        var date = head.date
        if let aanhangsel = head.aanhangsel {
            // Kamervragen are described in the text's first paragraphs: the questions, then the answer.
            let opening = (body.sections.first?.paragraphs ?? []).prefix(4).map { (paragraph: Paragraph) in paragraph.text }
            let descriptions = opening.filter(Kamervragen.opensDescription)
            title = descriptions.first(where: Kamervragen.describesQuestions).map(Kamervragen.title)
                ?? aanhangsel.number.map { "Aanhangsel van de Handelingen, nr. \($0)" }
            date = Kamervragen.date(descriptions)
            // As the XML of kamervragen gives them: which house's Aanhangsel, and the number in it,
            // from the head or else from the colophon's `ah-tk-20242025-1234`.
            if let chamber = head.chamber {
                metadata.fields.append(Field(label: Kamervragen.chamberLabel, value: chamber, location: source.location(line: head.lineRange.lowerBound + 1)))
            }
            let colophonNumber = furniture.aanhangselIDs.first.flatMap { $0.split(separator: "-").last.map(String.init) }
            if let number = aanhangsel.number ?? colophonNumber {
                let line = aanhangsel.numberLine ?? head.lineRange.upperBound
                metadata.fields.append(Field(label: Kamervragen.numberLabel, value: number, location: source.location(line: line)))
            }
        }
        let document = Document(
            id: source.id, kind: kind, format: .pdfText, title: title ?? "Kamerstuk \(source.id)", date: date, source: source.path,
            metadata: metadata, sections: body.sections, footnotes: body.footnotes)
        diagnostics += missingFacts(head, kamerstuk: kamerstuk, sidecar: sidecar, at: source.fileLocation)
        guard !ficheLines.isEmpty else { return (document, diagnostics.sortedAndDeduplicated()) }
        let fiche = fiche(ficheLines, letter: document, source: source, text: text, lines: lines, sidecar: sidecar)
        return (fiche.document, (diagnostics + fiche.diagnostics).sortedAndDeduplicated())
    }
}

private extension KamerstukPDFParser {
    /// Spaces in place of `pieces`, which keeps every offset and column, and the lines split again.
    static func blankOut(_ pieces: [Range<Int>], in text: inout [UInt8], lines: inout [TextLine]) {
        for piece in pieces { text.replaceSubrange(piece, with: repeatElement(0x20, count: piece.count)) }
        lines = TextLine.split(text)
    }

    /// The number from the head, checked against the `kst-` line; the `kst-` line fills in when the
    /// head has no number. A mismatch is a warning and the head wins.
    static func kamerstukNumber(
        _ head: KamerstukPDFHead, kst: [(line: Int, id: String)], lines: [TextLine], path: String,
        diagnostics: inout [Diagnostic]
    ) -> KamerstukNumber? {
        let fromHead = head.dossier.flatMap { dossier in head.ondernummer.map { KamerstukNumber(dossier: dossier, ondernummer: $0) } }
        for (line, id) in kst {
            let location = SourceLocation(file: path, line: lines[line].number, column: 1)
            if let fromHead, id != fromHead.key {
                diagnostics.append(.warning(
                    .kamerstukMismatch, "the line 'kst-\(id)' does not match the head's dossier \(fromHead.dossier) "
                        + "nr. \(fromHead.ondernummer); the head is used", at: location))
            }
        }
        if let fromHead { return fromHead }
        guard let id = kst.first?.id, let dash = id.lastIndex(of: "-") else { return nil }
        return KamerstukNumber(dossier: String(id[..<dash]), ondernummer: String(id[id.index(after: dash)...]))
    }

    /// One warning listing the head's parts that were not found and no sidecar gives. The date is
    /// not among them: a memorie van toelichting or a wetsvoorstel prints none.
    static func missingFacts(
        _ head: KamerstukPDFHead, kamerstuk: KamerstukNumber?, sidecar: Sidecar?, at location: SourceLocation
    ) -> [Diagnostic] {
        let isAanhangsel = head.aanhangsel != nil
        let missing = [
            ("vergaderjaar", head.vergaderjaar == nil),
            ("kamerstuk number", !isAanhangsel && kamerstuk == nil && sidecar?.kamerstuk == nil),
            ("stuk heading", !isAanhangsel && head.heading == nil && sidecar?.title == nil),
        ].filter(\.1).map(\.0)
        guard !missing.isEmpty else { return [] }
        return [.warning(.missingMetadata, "\(isAanhangsel ? "Aanhangsel" : "Kamerstuk") head without \(missing.joined(separator: ", "))", at: location)]
    }
}
