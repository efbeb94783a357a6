/// Builds a letter's sections from its headings: the structure of a letter without pillars.
///
/// Depth comes from the heading itself: `1. Water en Bodem` is level 1, `1.1 …` level 2. An
/// unnumbered heading that is followed directly by another heading (`Problematiek`, then `Minder
/// water, meer vraag`) opens a group one level under the last numbered heading; the unnumbered
/// headings after it sit one level deeper, until the next group or numbered heading. Paragraphs
/// before the first heading form the section `Inleiding` (`Aanhef` when the letter has a heading
/// `Inleiding` of its own). A closing heading (`Tot slot`) after numbered chapters is at the top.
/// Section titles drop the number.
enum LetterSections {
    /// Headings that close a letter (`Tot slot`): at the top after numbered chapters, not under the last.
    static let closingTitles: Set<String> = ["tot slot", "ten slotte", "tenslotte", "afsluitend", "afsluiting", "slot"]

    static func isClosing(_ title: String) -> Bool {
        var key = title.lowercased()
        while key.hasSuffix(":") { key.removeLast() }
        return closingTitles.contains(key)
    }

    /// `paragraphs` holds one paragraph for each paragraph block, in order.
    static func build(_ blocks: [FlowBlock], paragraphs: [Paragraph]) -> [Section] {
        var root = Section(id: "", title: "", location: blocks.first?.location ?? SourceLocation(file: "", line: 0))
        var path: [(level: Int, indexPath: [Int])] = []
        var ids = SectionIDs()
        var remaining = paragraphs[...]
        var numberedLevel = 0, groupOpen = false
        // The text before the first heading opens the letter; where the letter has a heading of
        // its own called `Inleiding`, that text is its `Aanhef`.
        let hasOwnIntroduction = blocks.contains { $0.kind == .heading && splitNumber($0.text.text).title.lowercased() == "inleiding" }
        let (openingID, openingTitle) = hasOwnIntroduction ? ("aanhef", "Aanhef") : ("inleiding", "Inleiding")
        for (position, block) in blocks.enumerated() {
            guard block.kind == .heading else {
                guard let paragraph = remaining.popFirst() else { continue }
                if let last = path.last {
                    root.mutate(at: last.indexPath) { $0.paragraphs.append(paragraph) }
                } else {
                    if root.subsections.first?.id != openingID {
                        root.subsections.insert(Section(id: openingID, title: openingTitle, location: paragraph.location), at: 0)
                        _ = ids.unique(openingID)
                    }
                    root.subsections[0].paragraphs.append(paragraph)
                }
                continue
            }
            let (number, title) = splitNumber(block.text.text)
            let nextIsHeading = blocks.dropFirst(position + 1).first?.kind == .heading
            let level: Int
            if let number {
                level = number
                numberedLevel = number
                groupOpen = false
            } else if numberedLevel > 0, isClosing(title) {
                // `Tot slot` after the numbered chapters closes the letter, at the top.
                level = 1
                numberedLevel = 0
                groupOpen = false
            } else if nextIsHeading && !groupOpen {
                level = numberedLevel + 1
                groupOpen = true
            } else if nextIsHeading {
                level = numberedLevel + 1
            } else {
                level = numberedLevel + (groupOpen ? 2 : 1)
            }
            while let last = path.last, last.level >= level { path.removeLast() }
            let id = ids.unique(OutlineBuilder.slug(title))
            let section = Section(id: id, title: title, role: .other, location: block.location)
            var indexPath = path.last?.indexPath ?? []
            root.mutate(at: indexPath) { parent in
                parent.subsections.append(section)
                indexPath.append(parent.subsections.count - 1)
            }
            path.append((level, indexPath))
        }
        return root.subsections
    }
}

private extension LetterSections {
    /// `1. Water en Bodem` → (1, `Water en Bodem`); `3.1 Laagveengebieden` → (2, …): the level.
    static func splitNumber(_ heading: String) -> (level: Int?, title: String) {
        let scalars = heading.unicodeScalars
        var index = scalars.startIndex, level = 0, sawDigit = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.isASCIIDigit {
                sawDigit = true
            } else if scalar == ".", sawDigit {
                level += 1
                sawDigit = false
            } else {
                break
            }
            index = scalars.index(after: index)
        }
        if sawDigit { level += 1 }
        guard level > 0, index < scalars.endIndex, scalars[index] == " " else { return (nil, heading) }
        let title = String(heading.unicodeScalars[index...]).drop { $0 == " " }
        return title.isEmpty ? (nil, heading) : (level, String(title))
    }
}

private extension Section {
    mutating func mutate(at indexPath: [Int], _ change: (inout Section) -> Void) {
        guard let first = indexPath.first else { change(&self); return }
        subsections[first].mutate(at: Array(indexPath.dropFirst()), change)
    }
}
