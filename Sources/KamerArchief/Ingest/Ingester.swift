/// Turns loaded content files into documents: decode → read sidecar → detect format → parse →
/// find citations → apply sidecar facts. Pure: no file I/O.
public enum Ingester {
    /// The documents that parsed, sorted by id, and every diagnostic.
    public static func ingest(_ files: [ContentFile]) -> IngestResult {
        let outcomes = files.map(ingest)
        var result = IngestResult()
        for outcome in outcomes {
            result.diagnostics += outcome.diagnostics
            if let document = outcome.document { result.documents.append(document) }
        }
        result.diagnostics += duplicateIDs(result.documents.map { ($0.id, $0.source) })
        result.documents.sort { $0.id < $1.id }
        return result
    }

    /// One file through every stage.
    /// A PDF file (its bytes start with `%PDF-`) has its text extracted first, then goes the same way
    /// as a text file, and its document's `format` says `.pdf`.
    public static func ingest(_ file: ContentFile) -> (document: Document?, diagnostics: [Diagnostic]) {
        let isPDF = file.bytes.starts(with: PDFTextExtractor.signature)
        let decoded = isPDF
            ? PDFTextExtractor.extract(file.bytes, path: file.path) : TextDecoder.decode(file.bytes, path: file.path)
        var diagnostics = decoded.diagnostics
        guard let text = decoded.text, !text.isEmpty else { return (nil, diagnostics) }

        var sidecar: Sidecar?
        if let sidecarFile = file.sidecar {
            let decodedSidecar = TextDecoder.decode(sidecarFile.bytes, path: sidecarFile.path)
            diagnostics += decodedSidecar.diagnostics
            guard let sidecarText = decodedSidecar.text else { return (nil, diagnostics) }
            let parsed = SidecarParser.parse(sidecarText, path: sidecarFile.path)
            diagnostics += parsed.diagnostics
            sidecar = parsed.sidecar
            if parsed.sidecar == nil { return (nil, diagnostics) }
        }
        let detected = FormatDetector.detect(text)
        guard let layout = sidecar?.kind.map({ TextLayout(forcedKind: $0, detected: detected) }) ?? detected else {
            diagnostics.append(.error(
                .unknownFormat, "unknown document format; known formats are \(FormatDetector.knownFormats). "
                    + "Set 'kind:' in a sidecar to choose one", at: SourceLocation(file: file.path, line: 0, column: 0)))
            return (nil, diagnostics)
        }
        let source = SourceText(path: file.path, id: sidecar?.id ?? Slug.make(file.stem), text: text)
        let parsed = reader(for: layout)(source, sidecar)
        diagnostics += parsed.diagnostics
        var document = CitationAnnotator.annotate(parsed.document)
        if isPDF { document.format = .pdf }
        if let sidecar { apply(sidecar, to: &document) }
        return (document, diagnostics)
    }

    /// The reader for each text layout.
    static func reader(for layout: TextLayout) -> @Sendable (SourceText, Sidecar?) -> (document: Document, diagnostics: [Diagnostic]) {
        switch layout {
        case .pageDumpFiche: return FicheParser.parse
        case .pdfTextLetter: return KamerbriefParser.parse
        case .kamerstukPDF: return KamerstukPDFParser.parse
        }
    }
}

/// The outcome of ingesting all content.
public struct IngestResult: Sendable {
    public var documents: [Document] = []
    public var diagnostics: [Diagnostic] = []
}

private extension Ingester {
    /// Facts in a sidecar win over what the parser derived.
    static func apply(_ sidecar: Sidecar, to document: inout Document) {
        if let kind = sidecar.kind { document.kind = kind }
        if let title = sidecar.title { document.title = title }
        if let date = sidecar.date { document.date = date }
        if let kamerstuk = sidecar.kamerstuk { document.metadata.kamerstuk = kamerstuk }
        if let dossierTitle = sidecar.dossierTitle { document.metadata.dossierTitle = dossierTitle }
    }
}

extension Ingester {
    /// Two documents may not share an id: their pages would overwrite each other.
    /// `documents` are (id, source path) pairs.
    public static func duplicateIDs(_ documents: [(id: String, source: String)]) -> [Diagnostic] {
        let groups = Dictionary(grouping: documents, by: \.id)
        return groups.keys.sorted().flatMap { id -> [Diagnostic] in
            let sources = groups[id]!.map(\.source).sorted()
            guard sources.count > 1 else { return [] }
            return sources.map { source in
                .error(.duplicateID, "documents \(sources.joined(separator: " and ")) both get the id '\(id)'; "
                    + "rename one or set 'id:' in its sidecar", at: SourceLocation(file: source, line: 0, column: 0))
            }
        }
    }
}
