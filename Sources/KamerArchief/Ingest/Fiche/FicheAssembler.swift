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
        let (pillars, pillarDiagnostics) = PillarFinder.find(
            essentie: tree.paragraphIndices(of: .essentieVoorstel).map { paragraphs[$0] },
            beoordeling: tree.paragraphIndices(of: .beoordelingInzet).map { paragraphs[$0] },
            outline: sidecar?.outline)

        var metadata = parts.metadata
        metadata.ficheNumber = tree.ficheNumber ?? metadata.ficheNumber
        metadata.fields = tree.fields
        // A fiche's own text dates it by the day the Commission's document came in, where its page
        // gives no date of its own (a PDF's text, a Word file).
        metadata.datum = metadata.datum ?? receivedDate(in: tree.fields)
        var ids = SectionIDs()
        let document = Document(
            id: parts.source.id, kind: .fiche, format: parts.format, title: tree.title ?? parts.fallbackTitle ?? "",
            date: metadata.datum, source: parts.source.path, metadata: metadata,
            sections: tree.sections.map { section(from: $0, paragraphs: paragraphs.map(\.paragraph), ids: &ids) },
            pillars: pillars, footnotes: parts.notes)
        let diagnostics = attached.diagnostics + pillarDiagnostics
            + missingSections(in: tree, fallback: tree.titleLocation ?? parts.fallbackLocation)
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
