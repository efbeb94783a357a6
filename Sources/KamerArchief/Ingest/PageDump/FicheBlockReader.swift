/// One blank-line-separated run of lines in a fiche dump, with its list label taken off.
struct FicheBlock: Sendable, Hashable {
    /// The block's lines joined by single spaces, without indentation, list label or trailing space.
    var text: LocatedText
    /// The list label as written (`1.`, `a)`, `-`), when the first line is a list item.
    var listLabel: String?
    /// Where the block starts: its list label, or its text when it has none.
    var location: SourceLocation
    var lineCount: Int
    /// The table the block is (pandoc's table in a page dump, `TextTables`), its text then empty.
    var table: Table? = nil
    /// Which paragraph of a document read already the block stands for (a fiche inside a
    /// Kamerstuk, `EmbeddedFiche`), whose notes are attached already.
    var paragraphIndex: Int? = nil

    /// Whether the label is a number or letter (pandoc writes every heading of a fiche that way).
    var hasNumberLabel: Bool { listLabel.map(Self.isNumberLabel) ?? false }

    /// Whether a list label is a number or letter, not a bullet.
    static func isNumberLabel(_ label: String) -> Bool { label != "-" && label != "*" && label != "•" }
}

/// Splits the lines of a dump into blocks: pandoc's plain text puts a blank line between blocks.
enum FicheBlockReader {
    /// The blocks of `lines` (`source.lines`) from the 0-based line `first` on, in order.
    /// `splitsAtLabels`: a line with a list label opens a block also without a blank line before
    /// it, as a note list glued together does (`  1. …↩︎` on the line under `  2. …↩︎`).
    ///
    /// A page saved without any blank line between its text's lines (as some of a mirror's stored
    /// pages are) has each block on a line of its own.
    static func blocks(in source: SourceText, lines: [Substring], from first: Int, splitsAtLabels: Bool = false) -> [FicheBlock] {
        var blocks: [FicheBlock] = []
        var pending: [Int] = []
        let linesAreBlocks = !TextLine.hasBlankBetweenText(lines[first...].lazy.map(isBlank))
        for index in first..<lines.count {
            if isBlank(lines[index]) {
                if !pending.isEmpty { blocks.append(block(from: pending, in: lines, source: source)) }
                pending = []
            } else {
                if !pending.isEmpty, linesAreBlocks || (splitsAtLabels && listLabel(of: lines[index]) != nil) {
                    blocks.append(block(from: pending, in: lines, source: source))
                    pending = []
                }
                pending.append(index)
            }
        }
        if !pending.isEmpty { blocks.append(block(from: pending, in: lines, source: source)) }
        return blocks
    }

    /// Splits a list label off the start of `line` (after indentation): `1.`, `12)`, `a.`, `-`.
    ///
    /// Returns the label and the scalar count from the line start to the text after it.
    static func listLabel(of line: Substring) -> (label: String, textColumnOffset: Int)? {
        let scalars = labelScalars(of: line)
        var index = 0
        while index < scalars.count && scalars[index].isFastWhitespace { index += 1 }
        let labelStart = index
        if index < scalars.count, "-*•".unicodeScalars.contains(scalars[index]) {
            index += 1
        } else if index < scalars.count, scalars[index].isASCIIDigit {
            while index < scalars.count && scalars[index].isASCIIDigit && index - labelStart < 3 { index += 1 }
            guard index < scalars.count, ".)".unicodeScalars.contains(scalars[index]) else { return nil }
            index += 1
        } else if index + 1 < scalars.count, ("a"..."z").contains(scalars[index]),
            ".)".unicodeScalars.contains(scalars[index + 1])
        {
            index += 2
        } else {
            return nil
        }
        let labelEnd = index
        guard index < scalars.count, scalars[index] == " " || scalars[index] == "\t" else { return nil }
        while index < scalars.count && scalars[index].isFastWhitespace { index += 1 }
        guard index < scalars.count else { return nil }
        let label = String(scalars: scalars[labelStart..<labelEnd])
        return (label, index)
    }
}

private extension FicheBlockReader {
    /// The scalars `listLabel` can read: the indentation, the first word, the white space after it
    /// and the scalar after that; not the whole line.
    static func labelScalars(of line: Substring) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        var inWord = false, afterWord = false
        for scalar in line.unicodeScalars {
            scalars.append(scalar)
            if scalar.isFastWhitespace {
                afterWord = afterWord || inWord
            } else if afterWord {
                break
            } else {
                inWord = true
            }
        }
        return scalars
    }

    /// Whether every Character of `line` is white space; on its bytes when they are all ASCII.
    static func isBlank(_ line: Substring) -> Bool {
        for byte in line.utf8 {
            if byte >= 0x80 { return line.allSatisfy(\.isWhitespace) }
            guard byte == 0x20 || (0x09...0x0D).contains(byte) else { return false }
        }
        return true
    }

    static func block(from indices: [Int], in lines: [Substring], source: SourceText) -> FicheBlock {
        if let table = table(from: indices, in: lines) {
            let first = lines[indices[0]]
            return FicheBlock(
                text: LocatedText(), listLabel: nil, location: source.location(line: indices[0] + 1, column: leadingWhitespaceCount(first) + 1),
                lineCount: indices.count, table: table)
        }
        var text = LocatedText()
        var label: String?
        var location = source.location(line: indices[0] + 1)
        for (position, index) in indices.enumerated() {
            let line = lines[index]
            var skip = leadingWhitespaceCount(line)
            if position == 0 {
                location = source.location(line: index + 1, column: skip + 1)
                if let found = listLabel(of: line) {
                    label = found.label
                    skip = found.textColumnOffset
                }
            }
            let content = trimmedTrailing(line, droppingFirst: skip)
            guard !content.isEmpty else { continue }
            if !text.isEmpty { text.appendSynthetic(" ") }
            text.append(content, at: source.location(line: index + 1, column: skip + 1))
        }
        return FicheBlock(text: text, listLabel: label, location: location, lineCount: indices.count)
    }

    /// The block as a table, where all its lines are one (`TextTables`): looked for only in a block
    /// of `TextTables.minimumRows` lines or more with a run of three spaces inside a line.
    static func table(from indices: [Int], in lines: [Substring]) -> Table? {
        guard indices.count >= TextTables.minimumRows, indices.contains(where: { hasCellGap(lines[$0]) }) else { return nil }
        let rows = indices.map { GappedLine(line: PDFLine(number: $0 + 1, utf8: ArraySlice(lines[$0].utf8)), gap: LineGap()) }
        guard let found = TextTables.find(in: rows).first, found.lines == rows.indices else { return nil }
        return found.table
    }

    /// Whether a run of `TextTables.cellGap` spaces stands inside the line, after its indentation.
    static func hasCellGap(_ line: Substring) -> Bool {
        var run = 0, started = false
        for byte in line.utf8 {
            if byte != 0x20 {
                started = true
                run = 0
            } else if started {
                run += 1
                if run == TextTables.cellGap { return true }
            }
        }
        return false
    }

    static func leadingWhitespaceCount(_ line: Substring) -> Int {
        line.unicodeScalars.prefix { $0.isFastWhitespace }.count
    }

    /// `line` without its first `skip` scalars and its trailing white space; a slice, not a copy.
    static func trimmedTrailing(_ line: Substring, droppingFirst skip: Int) -> Substring {
        let scalars = line.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: skip, limitedBy: scalars.endIndex) ?? scalars.endIndex
        var end = scalars.endIndex
        while end > start, scalars[scalars.index(before: end)].isFastWhitespace {
            end = scalars.index(before: end)
        }
        return line[start..<end]
    }
}
