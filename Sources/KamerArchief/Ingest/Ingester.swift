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
    /// A PDF file (its bytes start with `%PDF-`) has its text extracted first, and a Word file
    /// (`WordDocument`) and a web page (`HTMLPage`) are read into the text their reader sees; then
    /// each goes the same way as a text file, and its document's `format` says which it was.
    public static func ingest(_ file: ContentFile) -> (document: Document?, diagnostics: [Diagnostic]) {
        if isXML(file) { return ingestXML(file) }
        let decoded = decode(file)
        var diagnostics = decoded.diagnostics
        guard let text = decoded.text, !text.isEmpty else { return (nil, diagnostics) }

        let (sidecarRead, sidecar) = readSidecar(of: file)
        diagnostics += sidecarRead
        guard file.sidecar == nil || sidecar != nil else { return (nil, diagnostics) }
        guard let layout = sidecar?.kind.map({ TextLayout(forcedKind: $0, text: text) }) ?? detectLayout(text, format: decoded.format) else {
            diagnostics.append(.error(
                .unknownFormat, "unknown document format; known formats are \(FormatDetector.knownFormats). "
                    + "Set 'kind:' in a sidecar to choose one", at: SourceLocation(file: file.path, line: 0, column: 0)))
            return (nil, diagnostics)
        }
        let source = SourceText(path: file.path, id: sidecar?.id ?? Slug.make(file.stem), text: text)
        let parsed = readingEmbeddedFiche(reader(for: layout)(source, sidecar), sidecar: sidecar)
        diagnostics += parsed.diagnostics
        var document = finish(decoded.page?.filling(parsed.document) ?? parsed.document, sidecar: sidecar)
        if let format = decoded.format { document.format = format }
        return (document, diagnostics)
    }

    /// The text a file's reader reads, whose lines diagnostics name: a PDF's extracted text, a Word
    /// file's or a web page's text, a text file's own. Nil for official XML, which is read as XML.
    public static func readableText(of file: ContentFile) -> (text: String?, diagnostics: [Diagnostic]) {
        guard !isXML(file) else { return (nil, []) }
        let decoded = decode(file)
        return (decoded.text, decoded.diagnostics)
    }

    /// The reader for each text layout.
    static func reader(for layout: TextLayout) -> @Sendable (SourceText, Sidecar?) -> (document: Document, diagnostics: [Diagnostic]) {
        switch layout {
        case .pageDumpFiche: return FicheParser.parse
        case .pageDumpKamerstuk: return PageDumpParser.parse
        case .pdfTextFiche: return FichePDFParser.parse
        case .pdfTextLetter: return KamerbriefParser.parse
        case .ministryLetter: return MinistryLetterParser.parse
        case .kamerstukPDF: return KamerstukPDFParser.parse
        }
    }
}

/// The outcome of ingesting all content.
public struct IngestResult: Sendable {
    public var documents: [Document] = []
    public var diagnostics: [Diagnostic] = []
}

extension Ingester {
    /// The stages every reader's document goes through: citations, sidecar facts, and the
    /// Kamerstuk type's own structure (a motie's indieners, considerations and dictum; a debate's
    /// speakers).
    static func finish(_ parsed: Document, sidecar: Sidecar?) -> Document {
        var document = CitationAnnotator.annotate(parsed)
        let headingTitle = document.title
        if let sidecar { apply(sidecar, to: &document) }
        if document.kind == .advies, document.date == nil { document.date = RaadVanStateAdvies.date(document) }
        // A koninklijke boodschap is dated by its place and date at its end, above the monarch's name
        // (`’s-Gravenhage, 2 september 2011`), where its head gave no date.
        if document.date == nil, document.title.lowercased().hasPrefix("koninklijke boodschap") {
            document.date = document.sections.last.flatMap { $0.paragraphs.suffix(1).lazy.compactMap { DayMonthYear.dateline($0.text) }.last }
        }
        if document.kind == .kamervragen { Kamervragen.readPeople(into: &document) }
        // Structured first: a motie's members may be printed as its last paragraphs.
        document = MotieStructurer.structure(document)
        document = DebateTranscript.structure(document)
        if [.motie, .amendement].contains(document.kind) {
            // A changed motie or amendement names the paper it replaces: a field, which links it.
            if let replaced = KamerstukTitle.replaced(in: headingTitle, dossier: document.metadata.kamerstuk?.dossier),
                replaced != document.metadata.kamerstuk
            {
                document.metadata.fields.append(Field(
                    label: "Vervangt", value: "Kamerstuk \(replaced.dossier), nr. \(replaced.ondernummer)",
                    location: SourceLocation(file: document.source, line: 0, column: 0)))
            }
            document.metadata.indieners = document.metadata.indieners.isEmpty
                ? IndienerReader.read(headingTitle, signers: document.metadata.ondertekening)
                : IndienerReader.ordered(document.metadata.indieners, by: headingTitle)
        }
        // A member's bill (`Voorstel van wet van het lid Kröger tot …`, `Voorstel van rijkswet van de
        // leden …`): the bill, its memories and its nota's are the members' (its verslagen the
        // committee's, its advice the Raad van State's).
        if [.wetsvoorstel, .memorieVanToelichting, .memorieVanAntwoord, .nota].contains(document.kind), document.metadata.indieners.isEmpty,
            let title = document.metadata.dossierTitle, IndienerReader.namesMembersBill(title)
        {
            document.metadata.indieners = IndienerReader.read(title)
        }
        return document
    }
}

private extension Ingester {
    /// A letter or Kamerstuk that is a fiche with its cover letter (`EmbeddedFiche`) read as the
    /// fiche, unless a sidecar names another kind; its diagnostics sorted again with the reader's.
    /// The readers of a Kamerstuk's PDF and web page read such a fiche from its lines themselves;
    /// this reads the XML's, and those they leave (notes under a page's own heading).
    static func readingEmbeddedFiche(
        _ parsed: (document: Document, diagnostics: [Diagnostic]), sidecar: Sidecar?
    ) -> (document: Document, diagnostics: [Diagnostic]) {
        guard EmbeddedFiche.isAllowed(by: sidecar), let fiche = EmbeddedFiche.read(parsed.document, outline: sidecar?.outline) else {
            return parsed
        }
        return (fiche.document, (parsed.diagnostics + fiche.diagnostics).sortedAndDeduplicated())
    }

    /// Official publication XML (or a VLOS report): a root the XML reader knows, or a name in `.xml`.
    static func isXML(_ file: ContentFile) -> Bool {
        guard let root = OfficialXMLReader.rootElement(file.bytes) else { return false }
        return XMLForm(root: root) != nil || file.path.lowercased().hasSuffix(".xml")
    }

    /// A file's text as its reader reads it, the form it came in (nil for text, whose reader
    /// knows), and the page it was read from.
    static func decode(_ file: ContentFile) -> (text: String?, diagnostics: [Diagnostic], format: SourceFormat?, page: HTMLPage?) {
        if file.bytes.starts(with: PDFTextExtractor.signature) {
            let extracted = PDFTextExtractor.extract(file.bytes, path: file.path)
            return (extracted.text, extracted.diagnostics, .pdf, nil)
        }
        if WordDocument.isWord(path: file.path) {
            let read = WordDocument.read(file.bytes, path: file.path)
            return (read.text, read.diagnostics, .word, nil)
        }
        guard HTMLPage.isHTML(file.bytes, path: file.path) else {
            let decoded = TextDecoder.decode(file.bytes, path: file.path)
            return (decoded.text, decoded.diagnostics, nil, nil)
        }
        // A page in UTF-16 opens with its BOM; one in UTF-8 or an 8-bit encoding is text. Whether
        // it is UTF-8 is asked once, for this and for the parser.
        let isUTF8 = file.bytes.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8Byte($0) } == nil
        if !file.bytes.starts(with: [0xFF, 0xFE]), !file.bytes.starts(with: [0xFE, 0xFF]),
            let binary = TextDecoder.binaryFile(
                file.bytes, firstNUL: file.bytes.withUnsafeBufferPointer { ByteWords.first(0x00, in: $0, from: 0, to: $0.count) },
                isUTF8: isUTF8, path: file.path)
        {
            return (nil, [binary], .webPage, nil)
        }
        let page = HTMLPage.read(file.bytes, isUTF8: isUTF8)
        guard page.text.isEmpty else { return (page.text, [], .webPage, page) }
        return (nil, [.warning(
            .emptyFile, "the web page shows no text; where a script fills it in, save the page once it has loaded, "
                + "or its PDF or XML; it is skipped", at: SourceLocation(file: file.path, line: 0, column: 0))], .webPage, page)
    }

    /// The reader's layout for a text: as detected, but a Word file's text is the paper itself as a
    /// mirror's page shows it after its own lines, so a Word file that is not a fiche is read as a
    /// page dump of a Kamerstuk is (its head, letterhead, body and notes).
    static func detectLayout(_ text: String, format: SourceFormat?) -> TextLayout? {
        let detected = FormatDetector.detect(text)
        guard format == .word else { return detected }
        return detected == .pageDumpFiche || detected == .pdfTextFiche ? detected : .pageDumpKamerstuk
    }

    /// An official publication XML file: the XML reader instead of the text path. The sidecar is
    /// read the same way and its facts win.
    static func ingestXML(_ file: ContentFile) -> (document: Document?, diagnostics: [Diagnostic]) {
        let (diagnostics, sidecar) = readSidecar(of: file)
        guard file.sidecar == nil || sidecar != nil else { return (nil, diagnostics) }
        let read = OfficialXMLReader.read(file.bytes, path: file.path, id: sidecar?.id ?? Slug.make(file.stem))
        guard let document = read.document else { return (nil, diagnostics + read.diagnostics) }
        let parsed = readingEmbeddedFiche((document, read.diagnostics), sidecar: sidecar)
        return (finish(parsed.document, sidecar: sidecar), diagnostics + parsed.diagnostics)
    }

    /// The sidecar beside a document, decoded and parsed; nil with diagnostics when it is broken.
    static func readSidecar(of file: ContentFile) -> (diagnostics: [Diagnostic], sidecar: Sidecar?) {
        guard let sidecarFile = file.sidecar else { return ([], nil) }
        let decoded = TextDecoder.decode(sidecarFile.bytes, path: sidecarFile.path)
        guard let text = decoded.text else { return (decoded.diagnostics, nil) }
        let parsed = SidecarParser.parse(text, path: sidecarFile.path)
        return (decoded.diagnostics + parsed.diagnostics, parsed.sidecar)
    }

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
        // Only the few shared ids are grouped and sorted, not every document's.
        let shared = repeated(documents.lazy.map(\.id))
        guard !shared.isEmpty else { return [] }
        let groups = Dictionary(grouping: documents.filter { shared.contains($0.id) }, by: \.id)
        return groups.keys.sorted().flatMap { id -> [Diagnostic] in
            let sources = groups[id]!.map(\.source).sorted()
            return sources.map { source in
                .error(.duplicateID, "documents \(sources.joined(separator: " and ")) both get the id '\(id)'; "
                    + "rename one or set 'id:' in its sidecar", at: SourceLocation(file: source, line: 0, column: 0))
            }
        }
    }

    /// Two sources of one Kamerstuk (its XML and its PDF, say) would give two pages for one paper.
    /// The source in the most exact form is the archive's (official XML, then PDF, then PDF text,
    /// then a page dump; the path decides a tie); each other one gets a `duplicate-kamerstuk`
    /// warning naming both and is left out of the site. Kamervragen are one paper by their
    /// Aanhangsel publication (`ah-tk-20242025-1234`) in the same way, and debates by their
    /// Handelingen item (`h-tk-20242025-45-12`).
    public static func duplicateKamerstukken(
        _ documents: [(summary: DocumentSummary, source: String)]
    ) -> (diagnostics: [Diagnostic], supersededSources: Set<String>) {
        var diagnostics: [Diagnostic] = [], superseded = Set<String>()
        supersede(documents, by: \.kamerstuk, named: { "Kamerstuk \($0)" }, diagnostics: &diagnostics, superseded: &superseded)
        supersede(documents, by: \.publication, named: { ($0.hasPrefix("ah-") ? "kamervragen " : "Handelingen ") + $0 }, diagnostics: &diagnostics, superseded: &superseded)
        return (diagnostics, superseded)
    }

    /// For each value of `key` that several documents share, the most exact source wins.
    private static func supersede<Key: Hashable & Comparable>(
        _ documents: [(summary: DocumentSummary, source: String)], by key: KeyPath<DocumentSummary, Key?>, named: (Key) -> String,
        diagnostics: inout [Diagnostic], superseded: inout Set<String>
    ) {
        let shared = repeated(documents.lazy.compactMap { $0.summary[keyPath: key] })
        guard !shared.isEmpty else { return }
        let groups = Dictionary(grouping: documents.filter { $0.summary[keyPath: key].map(shared.contains) ?? false }, by: { $0.summary[keyPath: key]! })
        for value in groups.keys.sorted() {
            let ranked = groups[value]!.sorted { (formatRank($0.summary.format), $0.source) < (formatRank($1.summary.format), $1.source) }
            guard let winner = ranked.first else { continue }
            for other in ranked.dropFirst() {
                superseded.insert(other.source)
                diagnostics.append(.warning(
                    .duplicateKamerstuk,
                    "\(other.source) and \(winner.source) are both \(named(value)); the archive uses \(winner.source) "
                        + "(\(winner.summary.format.rawValue) is preferred over \(other.summary.format.rawValue)) and leaves this file out",
                    at: SourceLocation(file: other.source, line: 0, column: 0)))
            }
        }
    }

    /// The values that occur more than once.
    private static func repeated<Values: Sequence>(_ values: Values) -> Set<Values.Element> where Values.Element: Hashable {
        var seen = Set<Values.Element>(minimumCapacity: values.underestimatedCount), repeated = Set<Values.Element>()
        for value in values where !seen.insert(value).inserted { repeated.insert(value) }
        return repeated
    }

    private static func formatRank(_ format: SourceFormat) -> Int {
        switch format {
        case .officielePublicatie, .vlos: return 0
        case .pdf: return 1
        case .word: return 2
        case .pdfText: return 3
        case .webPage: return 4
        case .pageDump: return 5
        }
    }
}
