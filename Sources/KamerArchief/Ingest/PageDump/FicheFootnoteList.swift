/// Reads the pandoc footnote list that ends a fiche dump: `  1. Kamerstukken II 2025/26, …↩︎`.
///
/// The list starts at the first numbered block that ends in a back-arrow (or at the numbered block
/// before the first arrow, when a note runs over several blocks); everything after it is notes.
enum FicheFootnoteList {
    /// Splits body blocks from the blocks of the footnote list.
    static func split(_ blocks: [FicheBlock]) -> (body: [FicheBlock], notes: [FicheBlock]) {
        guard var start = blocks.firstIndex(where: { endsWithBackArrow($0.text.text) }) else {
            return (blocks, [])
        }
        // A note of several blocks carries its arrow on the last one; its label is a few blocks up.
        if !blocks[start].hasNumberLabel,
            let labelled = blocks[max(0, start - 4)..<start].lastIndex(where: \.hasNumberLabel)
        {
            start = labelled
        }
        return (Array(blocks[..<start]), Array(blocks[start...]))
    }

    /// The notes in list order; a repeated note number keeps its first note and is reported.
    static func notes(from blocks: [FicheBlock]) -> (notes: [Footnote], diagnostics: [Diagnostic]) {
        var notes: [Footnote] = []
        var diagnostics: [Diagnostic] = []
        var seen: [Int: SourceLocation] = [:]
        var current: Footnote?
        var currentIsDuplicate = false

        func finish() {
            if let note = current, !currentIsDuplicate { notes.append(note) }
            current = nil
        }

        for block in blocks where !isSeparator(block) {
            let text = stripBackArrows(block.text.text)
            if block.hasNumberLabel, let label = block.listLabel, let number = Int(label.dropLast()) {
                finish()
                current = Footnote(number: number, text: text, location: block.location)
                currentIsDuplicate = seen[number] != nil
                if let first = seen[number] {
                    diagnostics.append(.warning(
                        .duplicateFootnote,
                        "footnote \(number) is listed twice (first at \(first.line):\(first.column)); the first is kept",
                        at: block.location))
                } else {
                    seen[number] = block.location
                }
            } else if current != nil, !text.isEmpty {
                current!.text += " " + text
            }
        }
        finish()
        return (notes, diagnostics)
    }
}

private extension FicheFootnoteList {
    static let backArrow: Unicode.Scalar = "\u{21A9}"

    static func endsWithBackArrow(_ text: String) -> Bool {
        text.unicodeScalars.reversed().first { $0 != "\u{FE0E}" && $0 != "\u{FE0F}" && $0 != " " } == backArrow
    }

    /// The text without the back-arrows (with their variation selectors) that pandoc appends.
    static func stripBackArrows(_ text: String) -> String {
        var scalars = Array(scalarsOf: text)
        while let last = scalars.last, last == backArrow || last == "\u{FE0E}" || last == "\u{FE0F}" || last == " " {
            scalars.removeLast()
        }
        return String(scalars: scalars)
    }

    /// A rule line (`-----`) that some dumps put above the list.
    static func isSeparator(_ block: FicheBlock) -> Bool {
        let text = block.text.text
        return text.count >= 3 && text.allSatisfy { "-_*".contains($0) }
    }
}
