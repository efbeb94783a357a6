extension FichePDFLayout {
    /// How far into the text the title and the first two chapters must stand, in lines.
    static let detectionWindow = 200

    /// Whether `text` is a fiche in the official PDF layout: among its first lines a `Fiche N:` line,
    /// then `1. Algemene gegevens`, then `2. Essentie voorstel` (a number may stand alone on the line
    /// before its heading); and nowhere a page dump's marks
    /// (a `Nummer: …, datum: …` line, or pandoc's `↩` note back-link), since a page dump carries the
    /// same headings, numbered `1.` throughout. One pass over the UTF-8 bytes, which stops at the
    /// window's end when the three lines are not all there.
    static func matches(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var stage = 0  // 0: looking for the title, 1: for chapter 1, 2: for chapter 2, 3: found all
            var lineNumber = 0
            var lineStart = 0
            var afterBareLabel = false
            var index = 0
            while index <= bytes.count {
                // Stretches without a line feed or the first byte of `↩` go by eight bytes at a time.
                while index + 8 <= bytes.count {
                    let word = ByteWords.word(bytes, at: index)
                    if ByteWords.has(word, 0x0A) | ByteWords.has(word, 0xE2) != 0 { break }
                    index += 8
                }
                if index < bytes.count, bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x86,
                    bytes[index + 2] == 0xA9
                {
                    return false
                }
                if index < bytes.count, bytes[index] != 0x0A {
                    index += 1
                    continue
                }
                defer { index += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<index])
                lineStart = index + 1
                lineNumber += 1
                let trimmed = trimmingLeadingSpace(line)
                if isNumberLine(trimmed) { return false }
                // Past the window only a fiche that has all three lines reads on, for a page dump's marks.
                guard lineNumber <= detectionWindow else {
                    if stage < 3 { return false }
                    continue
                }
                switch stage {
                case 0 where isTitleLine(trimmed): stage = 1
                case 1 where startsWith(trimmed, "1.", then: "algemene gegevens")
                    || (afterBareLabel && startsWith(trimmed, "", then: "algemene gegevens")):
                    stage = 2
                case 2 where startsWith(trimmed, "2.", then: "essentie") || (afterBareLabel && startsWith(trimmed, "", then: "essentie")):
                    stage = 3
                default: break
                }
                afterBareLabel = isBareNumber(trimmed, stage == 1 ? "1." : "2.")
            }
            return stage == 3
        }
    }
}

private extension FichePDFLayout {
    static func trimmingLeadingSpace(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0
        while start < line.count, line[start] == 0x20 || line[start] == 0x09 || line[start] == 0x0C { start += 1 }
        return UnsafeBufferPointer(rebasing: line[start...])
    }

    /// Whether `line` starts with `label`, white space (unless the label is empty), then `words` in any ASCII case.
    static func startsWith(_ line: UnsafeBufferPointer<UInt8>, _ label: StaticString, then words: StaticString) -> Bool {
        let labelBytes = UnsafeBufferPointer(start: label.utf8Start, count: label.utf8CodeUnitCount)
        guard line.count > labelBytes.count, line.starts(with: labelBytes) else { return false }
        var index = labelBytes.count
        guard labelBytes.isEmpty || line[index] == 0x20 || line[index] == 0x09 else { return false }
        while index < line.count, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        let wordBytes = UnsafeBufferPointer(start: words.utf8Start, count: words.utf8CodeUnitCount)
        guard line.count - index >= wordBytes.count else { return false }
        for (offset, byte) in wordBytes.enumerated() where line[index + offset] | 0x20 != byte | 0x20 { return false }
        return true
    }

    /// Whether the line holds only `label` (and trailing white space).
    static func isBareNumber(_ line: UnsafeBufferPointer<UInt8>, _ label: StaticString) -> Bool {
        let labelBytes = UnsafeBufferPointer(start: label.utf8Start, count: label.utf8CodeUnitCount)
        return line.starts(with: labelBytes) && line.dropFirst(labelBytes.count).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// `Fiche 10:` or `Fiche:` at the line's start.
    static func isTitleLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.starts(with: "Fiche".utf8) else { return false }
        var index = 5
        while index < line.count, line[index] == 0x20 { index += 1 }
        while index < line.count, (0x30...0x39).contains(line[index]) { index += 1 }
        while index < line.count, line[index] == 0x20 { index += 1 }
        return index < line.count && line[index] == 0x3A
    }

    /// A page dump's header line: `Nummer: 2026D07312, datum: 2026-02-13, …`.
    static func isNumberLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.starts(with: "Nummer:".utf8) else { return false }
        let datum = Array("datum:".utf8)
        guard line.count >= datum.count else { return false }
        return (0...(line.count - datum.count)).contains { start in
            line[start] == datum[0] && line[start..<(start + datum.count)].elementsEqual(datum)
        }
    }
}
