extension FichePDFStructure {
    /// The single pass over the body lines that fills a `FicheSectionTree`.
    struct Builder {
        let file: String
        let lines: [GappedLine]
        let limit: Int
        var tree = FicheSectionTree()
        var diagnostics: [Diagnostic] = []

        /// The last chapter number read, and the last subsection letter in it.
        private var chapter = 0
        private var letter: Unicode.Scalar?
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

private extension FichePDFStructure.Builder {
    enum HeadingKind { case chapter, subsection, fieldLabel }

    struct PendingHeading {
        var kind: HeadingKind
        var text: LocatedText
        var last: PDFLine
        var continuations = 0
    }

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

    mutating func startHeading(_ kind: HeadingKind, line: PDFLine, from start: Int) {
        var text = LocatedText()
        text.appendPDFLine(line, from: start, file: file)
        heading = PendingHeading(kind: kind, text: text, last: line)
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

    func isWrapped(_ line: PDFLine, before next: PDFLine) -> Bool {
        line.length + 1 + next.firstWord.unicodeScalars.count > limit
    }

    /// Whether `next` carries on the heading that ends with `line`: it opens in lowercase, or
    /// `line` filled its width and stops where no heading stops (a comma, a hyphen, `en`, `van` …).
    /// A heading that merely fills its line is followed by a paragraph that opens with a capital.
    func continues(_ line: PDFLine, with next: PDFLine) -> Bool {
        guard !line.endsSentence, !next.firstWord.contains("://"), !next.firstWord.hasPrefix("www.") else { return false }
        if next.startsLowercase { return true }
        guard isWrapped(line, before: next), let last = line.lastScalar else { return false }
        if ",-–(/".unicodeScalars.contains(last) { return true }
        let lastWord = line.text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return Self.openEndings.contains(lastWord)
    }

    /// A label of the template (`Titel voorstel`, `EUR-Lex` …) is complete on its line, so that a value
    /// in lowercase (`n.v.t.`) stays a value.
    func isKnownFieldLabel(_ heading: PendingHeading) -> Bool {
        heading.kind == .fieldLabel && FicheHeading.isFieldLabel(heading.text.text)
    }

    static let openEndings: Set<String> = [
        "de", "het", "een", "van", "voor", "en", "in", "op", "met", "aan", "te", "tot", "door", "om", "bij",
        "naar", "uit", "of", "en/of", "die", "dat", "als", "over", "ten", "inzake", "betreffende",
    ]

    /// `N. Title` where N is the next chapter (or the one after, for a recognised heading when a
    /// chapter is left out), with a title that reads like a heading.
    func chapterHeading(_ line: PDFLine) -> (number: Int, textStart: Int)? {
        guard let label = FichePDFLayout.numberLabel(of: line), label.number == chapter + 1 || label.number == chapter + 2,
            label.separator == ".", !line.endsSentence, line.length <= 250,
            line.scalars[label.textStart].isFastUppercase
        else { return nil }
        if label.number == chapter + 2 {
            guard FicheHeading.recognise(line.string(label.textStart..<line.content.upperBound)) != nil else { return nil }
        }
        return (label.number, label.textStart)
    }

    /// `x) Title` where x is the next letter of the current chapter, reading like a heading; in the
    /// Algemene gegevens a template label may skip letters (a fiche leaves out a field it lacks).
    func subsectionHeading(_ line: PDFLine, next: PDFLine?) -> (letter: Unicode.Scalar, textStart: Int)? {
        let expected = letter.flatMap { Unicode.Scalar($0.value + 1) } ?? "a"
        guard let label = FichePDFLayout.letterLabel(of: line), label.letter.value >= expected.value, !line.endsSentence
        else { return nil }
        let title = line.string(label.textStart..<line.content.upperBound)
        if inGegevens {
            let isInSequence = label.letter == expected || FicheHeading.isFieldLabel(title)
            return isInSequence && title.unicodeScalars.count <= 150 ? (label.letter, label.textStart) : nil
        }
        guard label.letter == expected else { return nil }
        guard line.scalars[label.textStart].isFastUppercase || line.scalars[label.textStart].isASCIIDigit,
            title.unicodeScalars.count <= 200
        else { return nil }
        let standsAlone = next.map { !continues(line, with: $0) } ?? true
        return FicheHeading.recognise(title) != nil || standsAlone ? (label.letter, label.textStart) : nil
    }

    /// A heading without the colon some fiches put after it.
    func trimmedTitle(_ text: String) -> String {
        var title = Substring(text)
        while let last = title.last, last == ":" || last == " " { title = title.dropLast() }
        return String(title)
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
