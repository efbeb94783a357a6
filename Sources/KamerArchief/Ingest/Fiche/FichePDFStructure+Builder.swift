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
        let limit: Int
        var tree = FicheSectionTree()
        var diagnostics: [Diagnostic] = []

        /// The last chapter number read, and the last subsection letter in it.
        var chapter = 0
        var letter: Unicode.Scalar?
        private var titleText: LocatedText?
        private var titleLast: PDFLine?
        private var titleLines = 0
        private var heading: PendingHeading?
        private var field: PendingField?
        private var paragraph: PendingParagraph?
        private var unplaced: [PDFLine] = []

        init(file: String, lines: [GappedLine]) {
            self.file = file
            self.lines = lines
            limit = FichePDFStructure.wrapLimit(lines)
        }

        mutating func run() {
            for index in lines.indices {
                let next = index + 1 < lines.count && !lines[index + 1].gap.isBreak ? lines[index + 1].line : nil
                read(lines[index], next: next)
            }
            finishBlock()
            finishTitle()
            reportUnplaced()
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

    mutating func read(_ gapped: FichePDFStructure.GappedLine, next: PDFLine?) {
        let line = gapped.line
        if let chapterHeading = chapterHeading(line) {
            finishBlock()
            finishTitle()
            chapter = chapterHeading.number
            letter = nil
            startHeading(.chapter, line: line, from: chapterHeading.textStart)
            return
        }
        if chapter == 0 {
            readBeforeFirstChapter(gapped)
            return
        }
        if var pending = heading, !gapped.gap.isBreak, pending.continuations < 2, !isKnownFieldLabel(pending),
            continues(pending.last, with: line),
            FichePDFLayout.letterLabel(of: line) == nil, FichePDFLayout.numberLabel(of: line) == nil
        {
            pending.text.appendPDFContinuation(line, after: pending.last, file: file)
            pending.last = line
            pending.continuations += 1
            heading = pending
            return
        }
        finishHeading()
        if let sub = subsectionHeading(line, next: next) {
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
    mutating func readBeforeFirstChapter(_ gapped: FichePDFStructure.GappedLine) {
        let line = gapped.line
        if titleText == nil, let start = FichePDFLayout.titleStart(of: line) {
            var text = LocatedText()
            text.appendPDFLine(line, from: start.textStart, file: file)
            titleText = text
            tree.ficheNumber = start.number
            tree.titleLocation = text.startLocation
            titleLast = line
            titleLines = 1
        } else if titleText != nil, titleLines < 3, let last = titleLast {
            titleText!.appendPDFContinuation(line, after: last, file: file)
            titleLast = line
            titleLines += 1
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
            tree.paragraphs.append(FicheBlock(
                text: pending.text, listLabel: pending.label, location: pending.location, lineCount: pending.lineCount))
            let index = tree.paragraphs.count - 1
            let last = tree.sections.count - 1
            if tree.sections[last].subsections.isEmpty {
                tree.sections[last].paragraphs.append(index)
            } else {
                tree.sections[last].subsections[tree.sections[last].subsections.count - 1].paragraphs.append(index)
            }
            paragraph = nil
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
    /// and at a page break unless its sentence runs on.
    mutating func appendToParagraph(_ gapped: FichePDFStructure.GappedLine) {
        let line = gapped.line
        let label = FichePDFLayout.listLabel(of: line)
        if var pending = paragraph, label == nil {
            let wrapped = isWrapped(pending.last, before: line)
            let starts = gapped.gap.pageBreak
                ? !(wrapped || !pending.last.endsSentence || line.startsLowercase)
                : gapped.gap.paragraphBreak || (!wrapped && !line.startsLowercase)
            if !starts {
                pending.text.appendPDFContinuation(line, after: pending.last, file: file)
                pending.last = line
                pending.lineCount += 1
                paragraph = pending
                return
            }
        }
        finishBlock()
        var text = LocatedText()
        text.appendPDFLine(line, from: label?.textStart, file: file)
        paragraph = PendingParagraph(text: text, label: label?.label, location: line.location(in: file), last: line)
    }

    /// One warning for text before the title, which is not part of the fiche.
    mutating func reportUnplaced() {
        guard let first = unplaced.first else { return }
        let count = unplaced.count
        diagnostics.append(.warning(
            .unplacedText, "\(count) line\(count == 1 ? "" : "s") outside the fiche template (before the first chapter) "
                + "\(count == 1 ? "is" : "are") left out", at: first.location(in: file)))
    }
}
