/// Walks the lines of a Kamerstuk head (cut into columns), skipping blank ones.
struct KamerstukHeadReader {
    let text: [UInt8]
    let lines: [TextLine]
    /// Index into `lines` of the next line to read.
    var index = 0

    mutating func next() -> TextLine? {
        skipBlank()
        guard index < lines.count else { return nil }
        index += 1
        return lines[index - 1]
    }

    mutating func peek() -> TextLine? {
        skipBlank()
        return index < lines.count ? lines[index] : nil
    }

    mutating func skip() { _ = next() }

    /// The next line when it directly follows the last one read (no blank line between).
    func immediate() -> TextLine? {
        guard index < lines.count, !lines[index].isBlank else { return nil }
        return index == 0 || lines[index].number - lines[index - 1].number <= 1 ? lines[index] : nil
    }

    /// How many lines of the text the read columns cover: one past the last read column's line.
    var consumedLines: Int { index == 0 ? 0 : lines[index - 1].number }

    mutating func skipBlank() {
        while index < lines.count && lines[index].isBlank { index += 1 }
    }

    /// The index of the first of the next `count` non-blank lines that matches, without moving.
    func find(within count: Int, where matches: (TextLine) -> Bool) -> Int? {
        var seen = 0
        for candidate in index..<lines.count where !lines[candidate].isBlank {
            if matches(lines[candidate]) { return candidate }
            seen += 1
            if seen == count { break }
        }
        return nil
    }

    /// The non-blank lines from here to `end` (exclusive), joined; nil when there are none.
    func joinedText(upTo end: Int) -> String? {
        let taken = lines[index..<end].filter { !$0.isBlank }
        return taken.isEmpty ? nil : KamerstukPDFHead.joined(text, taken)
    }
}
