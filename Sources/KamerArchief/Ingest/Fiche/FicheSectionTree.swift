/// The fiche body arranged as sections, before footnote markers are taken out of its paragraphs.
struct FicheSectionTree: Sendable {
    /// A section whose paragraphs are indices into `paragraphs`.
    struct Node: Sendable {
        var heading: FicheHeading?
        var title: String
        var location: SourceLocation
        var paragraphs: [Int] = []
        var subsections: [Node] = []

        var role: SectionRole { heading?.role ?? .other }
    }

    /// The fiche's own title line (`Fiche 10: …`) at the top of the body.
    var title: String?
    var titleLocation: SourceLocation?
    var ficheNumber: Int?
    var sections: [Node] = []
    /// Every body paragraph in reading order.
    var paragraphs: [FicheBlock] = []
    /// The Algemene gegevens label/value pairs.
    var fields: [Field] = []

    /// Arranges body blocks under their headings; blocks before the first heading other than the
    /// title line are page chrome and are dropped.
    static func build(from blocks: [FicheBlock]) -> FicheSectionTree {
        var tree = FicheSectionTree()
        var field: (label: String, location: SourceLocation, values: [String])?
        func finishField() {
            if let field { tree.fields.append(Field(label: field.label, value: field.values.joined(separator: " "), location: field.location)) }
            field = nil
        }
        for block in blocks {
            if tree.sections.isEmpty, tree.title == nil, block.listLabel == nil,
                let (number, title) = PageDumpHeaderParser.ficheTitle(block.text.text)
            {
                (tree.title, tree.ficheNumber, tree.titleLocation) = (title, number, block.text.startLocation)
                continue
            }
            let inGegevens = tree.sections.last?.role == .algemeneGegevens
            // A label's first value is never a heading, unless a new chapter starts: values such as
            // "Impact assessment Commissie: …" read like template headings.
            let awaitsValue = field?.values.isEmpty ?? false
            var kind = classify(block, inGegevens: inGegevens)
            if awaitsValue, case .section(let heading, _) = kind, !(heading?.isChapter ?? false) { kind = nil }
            switch kind {
            case .section(let heading, let title):
                finishField()
                tree.place(Node(heading: heading, title: title, location: block.text.startLocation))
            case .fieldLabel(let label):
                finishField()
                field = (label, block.text.startLocation, [])
            case .inlineField(let label, let value):
                finishField()
                tree.fields.append(Field(label: label, value: value, location: block.text.startLocation))
            case nil:
                if field != nil {
                    field!.values.append(block.text.text)
                } else if !tree.sections.isEmpty {
                    tree.paragraphs.append(block)
                    tree.appendParagraph(tree.paragraphs.count - 1)
                }
            }
        }
        finishField()
        return tree
    }

    /// The longest block, in characters, read as a template heading.
    static let longestHeading = 250

    /// The paragraph indices of every section with `role`, subsections included, in reading order.
    func paragraphIndices(of role: SectionRole) -> [Int] {
        func collect(_ node: Node, inside: Bool) -> [Int] {
            let isMatch = inside || node.role == role
            return (isMatch ? node.paragraphs : []) + node.subsections.flatMap { collect($0, inside: isMatch) }
        }
        return sections.flatMap { collect($0, inside: false) }
    }
}

private extension FicheSectionTree {
    enum BlockKind {
        case section(FicheHeading?, title: String)
        case fieldLabel(String)
        case inlineField(label: String, value: String)
    }

    /// Whether `block` is a heading (or an Algemene gegevens label); nil for a paragraph.
    static func classify(_ block: FicheBlock, inGegevens: Bool) -> BlockKind? {
        guard block.table == nil else { return nil }
        let text = block.text.text
        // Without trailing colons and spaces, cut on bytes: each is a Character of its own there.
        var title: String {
            let bytes = text.utf8
            var end = bytes.endIndex
            while end > bytes.startIndex, [0x3A, 0x20].contains(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
            return String(text[..<end])
        }
        let lastCharacter = text.last ?? "."
        let endsLikeSentence = ".;,!?".contains(lastCharacter)
        let startsUpper = text.first.map { $0.isUppercase || $0.isNumber } ?? false
        let length = block.text.length
        // Only a block that can be a heading is compared with the template's headings.
        if block.lineCount <= 3, !endsLikeSentence, length <= longestHeading, block.listLabel != "-", let known = FicheHeading.recognise(text) {
            return .section(known, title: title)
        }
        if inGegevens, block.listLabel != "-" {
            if let inline = FicheHeading.fieldLabel(startingInline: text), !inline.value.isEmpty {
                return .inlineField(label: inline.label, value: inline.value)
            }
            // A bullet over the template's letter (`• e) Nr. impact assessment …`), as a web page
            // sets the list: lettered as where the letter stands alone, and named without it.
            let letter = block.listLabel.map(FicheBlock.isNumberLabel) == false
                ? FicheBlockReader.listLabel(of: Substring(text)).flatMap { FicheBlock.isNumberLabel($0.label) ? $0.textColumnOffset : nil } : nil
            let name = letter.map { String(title.unicodeScalars.dropFirst($0)) } ?? title
            let isLabel = block.hasNumberLabel || letter != nil
                ? length <= 80 && (name.first.map { $0.isUppercase || $0.isNumber } ?? false) && !endsLikeSentence
                : length <= 80 && (lastCharacter == ":" || FicheHeading.fieldLabels.contains(FicheHeading.normalize(text)))
            if isLabel, block.lineCount == 1 { return .fieldLabel(name) }
        }
        if block.hasNumberLabel, block.lineCount == 1, length <= 150, startsUpper, !endsLikeSentence, lastCharacter != ":" {
            return .section(nil, title: title)
        }
        return nil
    }

    /// Puts a new section where the template says it belongs; unknown headings go into the current
    /// chapter when that chapter has subsections (or is a container), else they start a chapter.
    mutating func place(_ node: Node) {
        let current = sections.last
        let nests: Bool
        switch node.heading?.level {
        case .chapter: nests = false
        case .subsection(let parent): nests = current?.heading?.key == parent
        case nil:
            let isContainer = current?.heading?.level == .chapter(container: true)
            nests = current != nil && (isContainer || !(current?.subsections.isEmpty ?? true))
        }
        if nests {
            sections[sections.count - 1].subsections.append(node)
        } else {
            sections.append(node)
        }
    }

    mutating func appendParagraph(_ index: Int) {
        let last = sections.count - 1
        if sections[last].subsections.isEmpty {
            sections[last].paragraphs.append(index)
        } else {
            sections[last].subsections[sections[last].subsections.count - 1].paragraphs.append(index)
        }
    }
}
