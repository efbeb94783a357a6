extension FichePDFStructure {
    enum HeadingKind { case chapter, subsection, fieldLabel }

    /// A heading (or Algemene gegevens label) being read, which may continue on the next lines.
    struct PendingHeading {
        var kind: HeadingKind
        var text: LocatedText
        var last: PDFLine
        var continuations = 0
    }

    /// The single pass over the body lines that fills a `FicheSectionTree`.
    struct Builder {
        let file: String
        let lines: [GappedLine]
        /// A full line's length and the longest a line can be and still not have been wrapped
        /// (`Reflower.wrapLimit`).
        let fullLineLength: Int
        let limit: Int
        var tree = FicheSectionTree()
        var diagnostics: [Diagnostic] = []

        /// The last chapter number read, and the last subsection letter in it.
        var chapter = 0
        var letter: Unicode.Scalar?
        private var titleText: LocatedText?
        /// The title's lines so far; `Fiche N:` lines before the last one (a cover letter's list of
        /// fiches) turn out not to be the title.
        private var titleSourceLines: [PDFLine] = []
        /// A label standing alone on its line (`a)`, `3.`), whose heading text is on the next line.
        private var bareLabel: GappedLine?
        private var heading: PendingHeading?
        private var field: PendingField?
        private var paragraph: PendingParagraph?
        /// The number of the last numbered list item (`2.`) in the current chapter: the next number
        /// goes on the list unless its text is a chapter the template names.
        private(set) var listNumber: Int?
        private var unplaced: [PDFLine] = []

        init(file: String, lines: [GappedLine]) {
            self.file = file
            self.lines = lines
            fullLineLength = Reflower.fullLineLength(lines)
            limit = Reflower.wrapLimit(fullLineLength: fullLineLength)
        }

        mutating func run() {
            // Tables by their first line (`TextTables`); inside a chapter each is a paragraph.
            var tables: [Int: TextTables.Found] = [:]
            for found in TextTables.find(in: lines) { tables[found.lines.lowerBound] = found }
            var tableEnd = 0
            for index in lines.indices {
                if index < tableEnd { continue }
                if let found = tables[index], chapter > 0 {
                    if let label = bareLabel { readLine(label, next: nil, afterNext: nil) }
                    bareLabel = nil
                    finishBlock()
                    place(FicheBlock(
                        text: LocatedText(), listLabel: nil, location: lines[index].line.location(in: file), lineCount: found.lines.count,
                        table: found.table))
                    tableEnd = found.lines.upperBound
                    continue
                }
                let next = line(at: index + 1)
                read(lines[index], next: next, afterNext: next == nil ? nil : line(at: index + 2))
            }
            if let label = bareLabel { readLine(label, next: nil, afterNext: nil) }
            finishBlock()
            finishTitle()
            reportUnplaced()
        }

        /// The line at `index` when no paragraph break comes before it.
        private func line(at index: Int) -> PDFLine? {
            index < lines.count && !lines[index].gap.isBreak ? lines[index].line : nil
        }
    }
}

extension FichePDFStructure.Builder {
    struct PendingField {
        var label: String
        var location: SourceLocation
        var value = LocatedText()
        var last: PDFLine?
    }

    struct PendingParagraph {
        var text = LocatedText()
        var label: String?
        var location: SourceLocation
        var last: PDFLine
        var lineCount = 1
    }

    /// Whether the current chapter is the Algemene gegevens, where lettered lines are labels.
    var inGegevens: Bool { tree.sections.last?.role == .algemeneGegevens && tree.sections.last?.subsections.isEmpty == true }

    /// Reads one line, holding back a label that stands alone until the line with its text.
    mutating func read(_ gapped: GappedLine, next: PDFLine?, afterNext: PDFLine?) {
        if let label = bareLabel {
            bareLabel = nil
            if readHeading(labelled: label, text: gapped) { return }
            readLine(label, next: gapped.line, afterNext: next)
        }
        if FichePDFLayout.bareLabel(of: gapped.line) != nil, chapter > 0 || titleText != nil {
            bareLabel = gapped
            return
        }
        readLine(gapped, next: next, afterNext: afterNext)
    }

    /// A heading whose label stood alone on the line before: `a)` then `Titel voorstel`. False when
    /// `text` does not continue the label's sequence or does not read like a heading.
    mutating func readHeading(labelled label: GappedLine, text gapped: GappedLine) -> Bool {
        let line = gapped.line
        guard let bare = FichePDFLayout.bareLabel(of: label.line), !line.endsSentence, line.length <= 250 else { return false }
        let title = line.string(line.content)
        if let number = bare.number {
            let isNext = number == chapter + 1 || (number == chapter + 2 && FicheHeading.recognise(title) != nil)
            guard isNext, line.startsUppercase else { return false }
            finishBlock()
            finishTitle()
            chapter = number
            letter = nil
            startHeading(.chapter, line: line, from: line.content.lowerBound)
            return true
        }
        guard chapter > 0, let found = bare.letter else { return false }
        finishHeading()
        let expected = letter.flatMap { Unicode.Scalar($0.value + 1) } ?? "a"
        let isNext = found == expected || (inGegevens && found.value > expected.value && FicheHeading.isFieldLabel(title))
        guard isNext, inGegevens || line.startsUppercase else { return false }
        finishBlock()
        letter = found
        startHeading(inGegevens ? .fieldLabel : .subsection, line: line, from: line.content.lowerBound)
        return true
    }

    mutating func readLine(_ gapped: GappedLine, next: PDFLine?, afterNext: PDFLine?) {
        let line = gapped.line
        if let chapterHeading = chapterHeading(line) {
            finishBlock()
            finishTitle()
            chapter = chapterHeading.number
            letter = nil
            listNumber = nil
            startHeading(.chapter, line: line, from: chapterHeading.textStart)
            return
        }
        if chapter == 0 {
            readBeforeFirstChapter(gapped)
            return
        }
        // The pending heading and paragraph are changed in place: a copy taken out of `self` and
        // written back would copy their text on every line.
        let continuesHeading = heading.map { pending in
            !gapped.gap.isBreak && pending.continuations < 2
                && (isKnownFieldLabel(pending) ? endsOpen(pending.last, before: line) : continues(pending.last, with: line))
                && FichePDFLayout.letterLabel(of: line) == nil && FichePDFLayout.numberLabel(of: line) == nil
        }
        if continuesHeading == true {
            let last = heading!.last
            heading!.text.appendPDFContinuation(line, after: last, file: file)
            heading!.last = line
            heading!.continuations += 1
            return
        }
        finishHeading()
        if let sub = subsectionHeading(line, next: next, afterNext: afterNext) {
            finishBlock()
            letter = sub.letter
            startHeading(inGegevens ? .fieldLabel : .subsection, line: line, from: sub.textStart)
            return
        }
        if field != nil {
            appendToField(line)
        } else {
            appendToParagraph(gapped)
        }
    }

    /// The title line and its continuation; anything before the title is not the fiche's.
    mutating func readBeforeFirstChapter(_ gapped: GappedLine) {
        let line = gapped.line
        if let start = FichePDFLayout.titleStart(of: line) {
            unplaced += titleSourceLines
            var text = LocatedText()
            text.appendPDFLine(line, from: start.textStart, file: file)
            titleText = text
            tree.ficheNumber = start.number
            tree.titleLocation = text.startLocation
            titleSourceLines = [line]
        } else if titleText != nil, titleSourceLines.count < 3, let last = titleSourceLines.last {
            titleText!.appendPDFContinuation(line, after: last, file: file)
            titleSourceLines.append(line)
        } else {
            unplaced.append(line)
        }
    }

    mutating func startHeading(_ kind: FichePDFStructure.HeadingKind, line: PDFLine, from start: Int) {
        var text = LocatedText()
        text.appendPDFLine(line, from: start, file: file)
        heading = FichePDFStructure.PendingHeading(kind: kind, text: text, last: line)
    }

    /// Puts the heading read so far into the tree.
    mutating func finishHeading() {
        guard let pending = heading else { return }
        heading = nil
        let title = trimmedTitle(pending.text.text)
        let location = pending.text.startLocation
        switch pending.kind {
        case .chapter:
            tree.sections.append(FicheSectionTree.Node(heading: FicheHeading.recognise(title), title: title, location: location))
        case .subsection:
            let node = FicheSectionTree.Node(heading: FicheHeading.recognise(title), title: title, location: location)
            tree.sections[tree.sections.count - 1].subsections.append(node)
        case .fieldLabel:
            if let inline = FicheHeading.fieldLabel(startingInline: title), !inline.value.isEmpty {
                tree.fields.append(Field(label: inline.label, value: inline.value, location: location))
            } else {
                field = PendingField(label: title, location: location)
            }
        }
    }

    mutating func finishTitle() {
        guard let text = titleText else { return }
        tree.title = trimmedTitle(text.text)
        titleText = nil
    }

    /// Ends the open heading, field or paragraph.
    mutating func finishBlock() {
        finishHeading()
        if let pending = field {
            tree.fields.append(Field(label: pending.label, value: pending.value.text, location: pending.location))
            field = nil
        }
        if let pending = paragraph {
            place(FicheBlock(text: pending.text, listLabel: pending.label, location: pending.location, lineCount: pending.lineCount))
            paragraph = nil
        }
    }

    /// Puts a paragraph at the end of the current chapter, or of its last subsection.
    mutating func place(_ block: FicheBlock) {
        tree.paragraphs.append(block)
        let index = tree.paragraphs.count - 1
        let last = tree.sections.count - 1
        if tree.sections[last].subsections.isEmpty {
            tree.sections[last].paragraphs.append(index)
        } else {
            tree.sections[last].subsections[tree.sections[last].subsections.count - 1].paragraphs.append(index)
        }
    }

    mutating func appendToField(_ line: PDFLine) {
        if let last = field!.last {
            field!.value.appendPDFContinuation(line, after: last, file: file)
        } else {
            field!.value.appendPDFLine(line, file: file)
        }
        field!.last = line
    }

    /// A paragraph ends at a paragraph break, before a list item, after a line that was not wrapped,
    /// and at a page break unless its sentence runs on. A dash that opens a line inside a running
    /// sentence (`… de EU` / `– en in het bijzonder …`) is punctuation, not a bullet.
    mutating func appendToParagraph(_ gapped: GappedLine) {
        let line = gapped.line
        var label = FichePDFLayout.listLabel(of: line)
        if let pending = paragraph, let dash = label?.label, dash == "–" || dash == "-", !gapped.gap.isBreak,
            !pending.last.endsSentence, isWrapped(pending.last, before: line)
        {
            label = nil
        }
        if let last = paragraph?.last, label == nil {
            let wrapped = isWrapped(last, before: line)
            let starts = gapped.gap.pageBreak
                ? !(wrapped || !last.endsSentence || line.startsLowercase)
                : gapped.gap.paragraphBreak || (!wrapped && !line.startsLowercase)
            if !starts {
                paragraph!.text.appendPDFContinuation(line, after: last, file: file)
                paragraph!.last = line
                paragraph!.lineCount += 1
                return
            }
        }
        finishBlock()
        var text = LocatedText()
        text.appendPDFLine(line, from: label?.textStart, file: file)
        paragraph = PendingParagraph(text: text, label: label?.label, location: line.location(in: file), last: line)
        if let number = label.flatMap({ Reflower.itemNumber($0.label) }) { listNumber = number }
    }

    /// One warning for text before the title, which is not part of the fiche.
    mutating func reportUnplaced() {
        unplaced.sort { $0.number < $1.number }
        guard let first = unplaced.first else { return }
        let count = unplaced.count
        diagnostics.append(.warning(
            .unplacedText, "\(count) line\(count == 1 ? "" : "s") outside the fiche template (before the first chapter) "
                + "\(count == 1 ? "is" : "are") left out", at: first.location(in: file)))
    }
}
