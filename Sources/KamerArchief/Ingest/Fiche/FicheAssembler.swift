/// Turns a fiche's section tree and notes into a `Document`: the steps every fiche layout shares.
///
/// A reader (the page dump's `FicheParser`, the PDF text's `FichePDFParser`) finds the title,
/// the Algemene gegevens, the sections with their paragraphs and the notes; from there every fiche
/// goes the same way: markers out of the paragraphs, pillars and the cabinet's position on each,
/// section ids, and a warning for each template section the fiche lacks.
enum FicheAssembler {
    /// The parts a reader found, ready to become a document.
    struct Parts {
        var source: SourceText
        var format: SourceFormat
        var tree: FicheSectionTree
        var notes: [Footnote]
        /// What the reader knows besides the tree; `ficheNumber` and `fields` are filled from the tree.
        var metadata: DocumentMetadata
        /// The title when the tree has none.
        var fallbackTitle: String?
        /// Where a missing section is reported when its chapter is missing too.
        var fallbackLocation: SourceLocation
        /// Sections before the fiche's own (a Kamerstuk's cover letter), and their notes.
        var leading: [Section] = []
        var leadingNotes: [Footnote] = []
    }

    /// The document and the diagnostics of these steps (not yet sorted).
    static func assemble(_ parts: Parts, sidecar: Sidecar?) -> (document: Document, diagnostics: [Diagnostic]) {
        let tree = parts.tree
        let attached = FootnoteMarkerMatcher.attach(notes: parts.notes, to: tree.paragraphs.map(\.text))
        let paragraphs = zip(attached.paragraphs, tree.paragraphs).map { paragraph, block in
            var paragraph = paragraph
            paragraph.listLabel = block.listLabel
            paragraph.table = block.table
            return FicheParagraph(paragraph: paragraph, source: block.text)
        }
        let shell = Document(
            id: parts.source.id, kind: .fiche, format: parts.format, title: parts.fallbackTitle ?? "",
            date: parts.metadata.datum, source: parts.source.path, metadata: parts.metadata, footnotes: parts.leadingNotes + parts.notes)
        let assembled = assemble(
            tree, paragraphs: paragraphs, into: shell, outline: sidecar?.outline, fallbackLocation: parts.fallbackLocation,
            leading: parts.leading)
        return (assembled.document, attached.diagnostics + assembled.diagnostics)
    }

    /// The steps after the markers are out of the tree's paragraphs (`paragraphs`, one for each of
    /// `tree.paragraphs`): pillars, the fiche's facts, sections with their ids, and a warning for
    /// each template section the fiche lacks. `shell` gives what the reader knows besides the tree
    /// (id, format, source, metadata, notes, and the title when the tree has none); `leading`
    /// sections stand before the fiche's own, their ids kept.
    static func assemble(
        _ tree: FicheSectionTree, paragraphs: [FicheParagraph], into shell: Document, outline: [OutlinePillar]?,
        fallbackLocation: SourceLocation, leading: [Section] = []
    ) -> (document: Document, diagnostics: [Diagnostic]) {
        let (pillars, pillarDiagnostics) = PillarFinder.find(
            essentie: tree.paragraphIndices(of: .essentieVoorstel).map { paragraphs[$0] },
            beoordeling: tree.paragraphIndices(of: .beoordelingInzet).map { paragraphs[$0] },
            outline: outline)

        var document = shell
        document.kind = .fiche
        document.title = tree.title ?? shell.title
        document.metadata.ficheNumber = tree.ficheNumber ?? shell.metadata.ficheNumber
        // The fiche's Algemene gegevens, then any facts the reader had (a Kamerstuk's `Aan`, `Ook in dossier`).
        document.metadata.fields = tree.fields + shell.metadata.fields
        // A fiche's own text dates it by the day the Commission's document came in, where its page
        // gives no date of its own (a PDF's text, a Word file).
        document.metadata.datum = shell.metadata.datum ?? receivedDate(in: tree.fields)
        document.date = shell.date ?? document.metadata.datum
        var ids = SectionIDs()
        for section in leading { _ = ids.unique(section.id) }
        document.sections = leading + tree.sections.map { section(from: $0, paragraphs: paragraphs.map(\.paragraph), ids: &ids) }
        document.pillars = pillars
        let diagnostics = pillarDiagnostics + missingSections(in: tree, fallback: tree.titleLocation ?? fallbackLocation)
        return (document, diagnostics)
    }
}

private extension FicheAssembler {
    /// The template sections every fiche has, with the names diagnostics use for them.
    static let expectedSections: [(role: SectionRole, name: String)] = [
        (.algemeneGegevens, "Algemene gegevens"), (.essentieVoorstel, "Essentie voorstel"),
        (.nederlandsePositie, "Nederlandse positie"), (.essentieBeleid, "Essentie Nederlands beleid"),
        (.beoordelingInzet, "Beoordeling + inzet"), (.krachtenveld, "Eerste inschatting van krachtenveld"),
        (.grondhouding, "Grondhouding"),
    ]

    /// A section's id: the template's key for known headings, a slug of the title otherwise, with
    /// `-2`, `-3` … when one is taken.
    static func section(from node: FicheSectionTree.Node, paragraphs: [Paragraph], ids: inout SectionIDs) -> Section {
        let key = node.heading?.key ?? FicheHeading.slug(node.title)
        let id = ids.unique(key.isEmpty ? "sectie" : key)
        return Section(
            id: id, title: node.title, role: node.role, paragraphs: node.paragraphs.map { paragraphs[$0] },
            subsections: node.subsections.map { section(from: $0, paragraphs: paragraphs, ids: &ids) },
            location: node.location)
    }

    /// A warning for each template section the fiche lacks: at its chapter's heading when it is a
    /// missing subsection of a chapter that is there, else at the fiche's title line.
    static func missingSections(in tree: FicheSectionTree, fallback: SourceLocation) -> [Diagnostic] {
        var found: [SectionRole: SourceLocation] = [:]
        func visit(_ node: FicheSectionTree.Node) {
            if found[node.role] == nil { found[node.role] = node.location }
            node.subsections.forEach(visit)
        }
        tree.sections.forEach(visit)
        return expectedSections.filter { found[$0.role] == nil }.map { role, name in
            let parentKey: String? = switch FicheHeading.known.first(where: { $0.role == role })?.level {
            case .subsection(let parent): parent
            default: nil
            }
            let parentRole = FicheHeading.known.first { $0.key == parentKey }?.role
            let location = parentRole.flatMap { found[$0] } ?? fallback
            return .warning(.missingSection, "the fiche has no section \"\(name)\"", at: location)
        }
    }
}

extension FicheAssembler {
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
