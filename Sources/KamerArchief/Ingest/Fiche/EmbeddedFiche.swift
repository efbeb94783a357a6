/// A fiche published as a Kamerstuk of the dossier of new Commission proposals: the paper prints
/// the cover letter (`Overeenkomstig de bestaande afspraken ontvangt u hierbij 1 fiche …`, the
/// fiche's title, the minister's signature) and then the fiche itself (`Fiche: …`,
/// `1. Algemene gegevens`, `a) Titel voorstel` …), in its XML, its PDF and its web page alike.
///
/// The Kamerstuk's reader reads the paper as a letter; here the fiche in it is read as every fiche
/// is (`FicheSectionTree`, `FicheAssembler`): its facts, sections, pillars and the cabinet's
/// position on each. The paragraphs stay as that reader made them, their notes already attached;
/// the cover letter is the first section. A paper with more than one fiche stays a letter.
enum EmbeddedFiche {
    /// The section the cover letter becomes.
    static let coverLetterID = "aanbiedingsbrief"
    static let coverLetterTitle = "Aanbiedingsbrief"

    /// The fiche `document` holds, read as a fiche; nil when it holds none (or more than one), or
    /// is not a letter or Kamerstuk.
    static func read(_ document: Document, outline: [OutlinePillar]?) -> (document: Document, diagnostics: [Diagnostic])? {
        guard document.kind == .kamerbrief || document.kind == .kamerstuk,
            document.sections.contains(where: holdsFicheTitle)
        else { return nil }
        let items = items(of: document.sections)
        guard let start = ficheStart(in: items) else { return nil }

        var blocks: [FicheBlock] = [], paragraphs: [Paragraph] = []
        for item in items[start...] {
            switch item {
            case .heading(let title, _) where title.isEmpty:
                continue
            case .heading(let title, let location):
                let (label, text) = splitLabel(title)
                blocks.append(FicheBlock(text: LocatedText(text, at: location), listLabel: label, location: location, lineCount: 1))
            case .paragraph(let paragraph):
                let paragraph = withLabelApart(paragraph)
                var block = FicheBlock(
                    text: LocatedText(Substring(paragraph.text), at: paragraph.location), listLabel: paragraph.listLabel,
                    location: paragraph.location, lineCount: lineCount(paragraph), table: paragraph.table)
                block.paragraphIndex = paragraphs.count
                blocks.append(block)
                paragraphs.append(paragraph)
            }
        }
        let tree = FicheSectionTree.build(from: blocks)
        let ficheParagraphs = tree.paragraphs.map { block in
            let paragraph = block.paragraphIndex.map { paragraphs[$0] }
                ?? Paragraph(text: block.text.text, location: block.location, listLabel: block.listLabel, table: block.table)
            return FicheParagraph(paragraph: paragraph, source: block.text)
        }
        let assembled = FicheAssembler.assemble(
            tree, paragraphs: ficheParagraphs, into: document, outline: outline,
            fallbackLocation: document.sections[0].location, leading: coverLetter(items[..<start]).map { [$0] } ?? [])
        return (assembled.document, assembled.diagnostics + markersLeftOut(paragraphs, kept: tree.paragraphs))
    }

    /// Whether a sidecar lets a paper be read as a fiche: it names no kind, or the fiche.
    static func isAllowed(by sidecar: Sidecar?) -> Bool {
        sidecar?.kind.map { $0 == .fiche } ?? true
    }

    /// `Fiche: …`, `Fiche 3: …`: the line that names a fiche, in a cover letter or over the fiche;
    /// in a cover letter also a revised fiche's (`Herzien Fiche: …`).
    static func isTitleLine(_ text: [UInt8], _ line: Range<Int>) -> Bool {
        guard !line.isEmpty else { return false }
        var line = line
        if text[line.lowerBound] == UInt8(ascii: "H"), text.hasPrefix("Herzien", in: line), let space = text[line].firstIndex(of: 0x20) {
            line = space + 1..<line.upperBound
        }
        // Nearly every line fails on its first byte, before the generic prefix test.
        return !line.isEmpty && text[line.lowerBound] == UInt8(ascii: "F") && text.hasPrefix("Fiche", in: line)
            && PageDumpHeaderParser.ficheTitle(text.string(line)) != nil
    }

    /// The fiche's lines taken off the end of `body` (line indices of a Kamerstuk's text), from
    /// where it starts (`start`); none where it holds no fiche or `sidecar` names another kind.
    static func takeLines(from body: inout [Int], text: [UInt8], lines: [TextLine], sidecar: Sidecar?) -> [Int] {
        guard isAllowed(by: sidecar), let start = start(in: body, text: text, lines: lines) else { return [] }
        defer { body.removeSubrange(start...) }
        return Array(body[start...])
    }

    /// Where the fiche starts among the lines of a Kamerstuk's text (a PDF's, a web page's): the
    /// position in `body` (line indices) of its title line, a `Fiche …:` line with the Algemene
    /// gegevens heading within the next three lines (or of that heading, where a signature stands
    /// between them). Nil where there is none, or a second one (a paper of several fiches).
    static func start(in body: [Int], text: [UInt8], lines: [TextLine]) -> Int? {
        var found: (start: Int, gegevens: Int)?
        for position in body.indices where isTitleLine(text, lines[body[position]].content) {
            let next = Array(body[(position + 1)...].lazy.filter { !lines[$0].isBlank }.prefix(3))
            guard let gegevens = next.firstIndex(where: { FicheHeading.recognise(text.string(lines[$0].content))?.role == .algemeneGegevens })
            else { continue }
            // The cover letter's last `Fiche 4: …` line and the fiche's own title over one chapter
            // name one fiche: the title, the nearer, is where it starts.
            guard found == nil || found?.gegevens == next[gegevens] else { return nil }
            // A paper that does not name the fiche again over it: the cover letter's own `Fiche: …`
            // line, then the signature, then the fiche's first chapter, where the fiche starts.
            let isSigned = next[..<gegevens].contains { KamerstukSigners.isFunctionLine(text, lines[$0].content) }
            found = (isSigned ? body.firstIndex(of: next[gegevens]) ?? position : position, next[gegevens])
        }
        return found?.start
    }

    /// The fiche read from its own lines by a Kamerstuk's reader (`tree`, `notes`), as a document:
    /// the Kamerstuk's facts and signers, and its cover letter, read from the lines before as
    /// `letter`, as the first section.
    static func document(
        _ tree: FicheSectionTree, notes: [Footnote], letter: Document, source: SourceText, at location: SourceLocation, sidecar: Sidecar?
    ) -> (document: Document, diagnostics: [Diagnostic]) {
        var metadata = letter.metadata
        metadata.datum = letter.date
        let items = items(of: letter.sections)
        // Where the fiche's text does not name it, the letter's line that does (`Fiche 3: …`).
        let named = items.reversed().lazy.compactMap { $0.headingText.flatMap(PageDumpHeaderParser.ficheTitle) }.first
        metadata.ficheNumber = named?.number
        // The letter's notes where the fiche numbers its own alike are left out, with their markers:
        // the fiche's are the paper's.
        let ficheNumbers = Set(notes.map(\.number))
        let clashing = letter.footnotes.filter { ficheNumbers.contains($0.number) }
        var cover = coverLetter(items[...])
        if !clashing.isEmpty, var section = cover {
            for index in section.paragraphs.indices {
                section.paragraphs[index].noteRefs.removeAll { ficheNumbers.contains($0.footnote) }
            }
            cover = section
        }
        let assembled = FicheAssembler.assemble(
            FicheAssembler.Parts(
                source: source, format: letter.format, tree: tree, notes: notes, metadata: metadata,
                fallbackTitle: named?.title ?? letter.title, fallbackLocation: location,
                leading: cover.map { [$0] } ?? [], leadingNotes: letter.footnotes.filter { !ficheNumbers.contains($0.number) }),
            sidecar: sidecar)
        let leftOut = clashing.map { note in
            Diagnostic.warning(
                .unreferencedFootnote, "the cover letter's note \(note.number) has the number of one of the fiche's; it is left out", at: note.location)
        }
        return (assembled.document, assembled.diagnostics + leftOut)
    }

    /// The cover letter's text as one section: its paragraphs, and a heading over text as a
    /// paragraph of its own; not the first heading (the reader's name for the text before any
    /// heading), nor one over no text (a division's name, `Bijlage`). Nil when it has no text.
    static func coverLetter(_ items: ArraySlice<Item>) -> Section? {
        let paragraphs = items.indices.compactMap { index -> Paragraph? in
            switch items[index] {
            case .paragraph(let paragraph): return paragraph
            case .heading(let title, let location):
                let isOverText = index + 1 < items.endIndex && items[index + 1].isParagraph
                return index == items.startIndex || title.isEmpty || !isOverText ? nil : Paragraph(text: title, location: location)
            }
        }
        guard let first = paragraphs.first else { return nil }
        return Section(id: coverLetterID, title: coverLetterTitle, paragraphs: paragraphs, location: first.location)
    }

    /// A heading or a paragraph of the document, in reading order.
    enum Item {
        case heading(String, SourceLocation)
        case paragraph(Paragraph)

        var isParagraph: Bool {
            if case .paragraph = self { return true }
            return false
        }

        /// The text a heading can be recognised in: a heading's, or a short paragraph's.
        var headingText: String? {
            switch self {
            case .heading(let title, _): return title
            case .paragraph(let paragraph):
                return paragraph.table == nil && paragraph.text.utf8.count <= FicheSectionTree.longestHeading ? paragraph.text : nil
            }
        }
    }

    /// Every section's heading, then its paragraphs, then its subsections.
    static func items(of sections: [Section]) -> [Item] {
        var items: [Item] = []
        func visit(_ section: Section) {
            items.append(.heading(section.title, section.location))
            items += section.paragraphs.map(Item.paragraph)
            section.subsections.forEach(visit)
        }
        sections.forEach(visit)
        return items
    }
}

private extension EmbeddedFiche {
    /// Whether a section (or one inside it) has a heading or paragraph that opens with `Fiche`: a
    /// look at first bytes, before anything is built.
    static func holdsFicheTitle(_ section: Section) -> Bool {
        func opensWithFiche(_ text: String) -> Bool { text.utf8.first == UInt8(ascii: "F") && text.utf8.starts(with: "Fiche".utf8) }
        return opensWithFiche(section.title) || section.paragraphs.contains { opensWithFiche($0.text) }
            || section.subsections.contains(where: holdsFicheTitle)
    }

    /// Where the fiche starts: its title line (`Fiche: …`, `Fiche 3: …`), the last one before the
    /// fiche's Algemene gegevens (the cover letter names the fiche too). Nil without a title, without
    /// an Essentie voorstel after it, or with a second Algemene gegevens (a paper of several fiches).
    static func ficheStart(in items: [Item]) -> Int? {
        var chapters: [SectionRole: [Int]] = [:]
        var title: Int?
        for (index, item) in items.enumerated() {
            guard let text = item.headingText else { continue }
            if chapters[.algemeneGegevens] == nil, PageDumpHeaderParser.ficheTitle(text) != nil {
                title = index
            } else if let role = FicheHeading.recognise(text)?.role, role == .algemeneGegevens || role == .essentieVoorstel {
                chapters[role, default: []].append(index)
            }
        }
        guard let title, let gegevens = chapters[.algemeneGegevens], gegevens.count == 1,
            let essentie = chapters[.essentieVoorstel], essentie.contains(where: { $0 > gegevens[0] })
        else { return nil }
        return title
    }

    /// A warning for each note whose marker stood in a paragraph the fiche made a heading or a fact
    /// (`paragraphs` but those `kept` as paragraphs), which show no notes.
    static func markersLeftOut(_ paragraphs: [Paragraph], kept: [FicheBlock]) -> [Diagnostic] {
        let keptIndices = Set(kept.compactMap(\.paragraphIndex))
        return paragraphs.indices.filter { !keptIndices.contains($0) }.flatMap { index in
            paragraphs[index].noteRefs.map { ref in
                .warning(.unreferencedFootnote, "the marker of note \(ref.footnote) stands in a heading or fact of the fiche, which show no notes", at: ref.location)
            }
        }
    }

    /// A heading's list label (`1.`, `a)`) and its text without it.
    static func splitLabel(_ title: String) -> (label: String?, text: Substring) {
        let whole = Substring(title)
        guard let found = FicheBlockReader.listLabel(of: whole), FicheBlock.isNumberLabel(found.label) else { return (nil, whole) }
        return (found.label, Substring(whole.unicodeScalars.dropFirst(found.textColumnOffset)))
    }

    /// A short paragraph that opens with a number or letter label (`a) Titel voorstel` written as
    /// text) as a list item: the label apart, its notes and emphasis where they were in the text.
    static func withLabelApart(_ paragraph: Paragraph) -> Paragraph {
        guard paragraph.listLabel == nil, paragraph.table == nil, paragraph.text.utf8.count <= FicheSectionTree.longestHeading,
            let found = FicheBlockReader.listLabel(of: Substring(paragraph.text)), FicheBlock.isNumberLabel(found.label)
        else { return paragraph }
        let cut = found.textColumnOffset
        var split = paragraph
        split.listLabel = found.label
        split.text = String(paragraph.text.unicodeScalars.dropFirst(cut))
        split.noteRefs = paragraph.noteRefs.map { NoteRef(footnote: $0.footnote, offset: max($0.offset - cut, 0), location: $0.location) }
        func shifted(_ range: TextRange) -> TextRange? {
            let start = max(range.offset - cut, 0), end = range.end - cut
            return end > start ? TextRange(offset: start, length: end - start) : nil
        }
        split.emphasis = paragraph.emphasis.compactMap(shifted)
        // The XML's citations (`extref`) are found already.
        split.citations = paragraph.citations.compactMap { citation in
            guard citation.range.offset >= cut, let range = shifted(citation.range) else { return nil }
            var moved = citation
            moved.range = range
            return moved
        }
        return split
    }

    /// The lines the paragraph would take in a page dump, which the fiche's rules for headings and
    /// labels count: one for a short paragraph, one more for each 90 characters.
    static func lineCount(_ paragraph: Paragraph) -> Int {
        max(1, (paragraph.text.unicodeScalars.count + 89) / 90)
    }
}
