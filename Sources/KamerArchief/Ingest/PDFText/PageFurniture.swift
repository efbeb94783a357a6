/// Drops what a PDF prints on every page rather than in the text: page numbers and running headers.
///
/// Both are recognised only where a page starts or ends, so a number inside the text is never lost.
enum PageFurniture {
    static func strip(_ events: [PageEvent]) -> [PageEvent] {
        // A page number may stand above or below a running header, so look for numbers again after.
        removingPageNumbers(removingRunningHeaders(removingPageNumbers(events)))
    }

    /// `3`, `3/12`, `- 3 -`, `Pagina 3 van 12`, `Page 3 of 12`, `blz. 3`.
    static func isPageNumber(_ line: PDFLine) -> Bool {
        var text = line.text
        let (hasDigit, isASCII) = text.withUTF8 { bytes in
            // The first token decides most lines, on its first few bytes.
            guard mayOpenPageNumber(bytes) else { return (false, true) }
            var hasDigit = false, union: UInt8 = 0
            for byte in bytes {
                if byte &- UInt8(ascii: "0") < 10 { hasDigit = true }
                union |= byte
            }
            return (hasDigit, union < 0x80)
        }
        // Every page number has a digit; most lines have none and need no closer look.
        guard hasDigit else { return false }
        if isASCII { return isASCIIPageNumber(text) }
        // Beyond ASCII only the en dash can stand in a page number: lowercasing makes no other
        // scalar a digit or a letter of the words (the Kelvin sign becomes `k`, in none of them).
        guard text.unicodeScalars.allSatisfy({ $0.isASCII || $0 == "–" }) else { return false }
        let words: Set<Substring> = ["pagina", "page", "blz.", "blz", "p.", "van", "of", "-", "–"]
        let tokens = text.lowercased().split { $0 == " " || $0 == "/" }.filter { !words.contains($0) }
        // Three digits at most, so that a year alone on a line is kept.
        return (1...2).contains(tokens.count)
            && tokens.allSatisfy { $0.count <= 3 && $0.unicodeScalars.allSatisfy(\.isASCIIDigit) }
    }
}

private extension PageFurniture {
    /// `isPageNumber`'s token test on the bytes of an all-ASCII `text`: lowercasing is then per
    /// byte and every token a run of single-byte Characters.
    static func isASCIIPageNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            var numbers = 0, start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x2F {
                defer { start = index + 1 }
                guard index > start else { continue }
                let token = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if isFurnitureWord(token) { continue }
                numbers += 1
                guard numbers <= 2, token.count <= 3, token.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
            }
            return numbers >= 1
        }
    }

    /// Whether the first token of `bytes` (cut at spaces and slashes) may open a page number: one
    /// to three ASCII digits, a furniture word in any ASCII case, or an en dash. The tokens of a
    /// page number are all of these, and lowercasing a text whose scalars beyond ASCII are en dashes
    /// (the only ones it may have) lowercases only its ASCII letters.
    static func mayOpenPageNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x2F { start += 1 }
        // Seven bytes are enough to see that a token is none of them.
        var end = start
        while end < bytes.count, end - start < 7, bytes[end] != 0x20, bytes[end] != 0x2F { end += 1 }
        let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if (1...3).contains(token.count), token.allSatisfy({ (0x30...0x39).contains($0) }) { return true }
        return isFurnitureWord(token) || token.elementsEqual("–".utf8)
    }

    /// `pagina`, `page`, `blz.`, `blz`, `p.`, `van`, `of` or `-` in any ASCII case.
    static func isFurnitureWord(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.count <= 6 else { return false }
        let lowered = String(decoding: token.lazy.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        return ["pagina", "page", "blz.", "blz", "p.", "van", "of", "-"].contains(lowered)
    }

    static func removingPageNumbers(_ events: [PageEvent]) -> [PageEvent] {
        events.indices.compactMap { index in
            // The page edge first: it looks at the neighbours only, and most lines are not at an edge.
            guard case .line(let line) = events[index], isAtPageEdge(index, in: events), isPageNumber(line)
            else { return events[index] }
            return nil
        }
    }

    /// Whether only paragraph breaks stand between the event and a page break or either end.
    static func isAtPageEdge(_ index: Int, in events: [PageEvent]) -> Bool {
        // Matched on their cases: comparing events with `==` copies each line it passes.
        var before = index - 1, after = index + 1
        while before >= 0, events[before].isParagraphBreak { before -= 1 }
        while after < events.count, events[after].isParagraphBreak { after += 1 }
        return before < 0 || events[before].isPageBreak || after == events.count || events[after].isPageBreak
    }

    /// A line that opens two or more pages with the same text is a running header.
    static func removingRunningHeaders(_ events: [PageEvent]) -> [PageEvent] {
        var pageStarts: [Int] = []
        var atPageStart = true
        for (index, event) in events.enumerated() {
            switch event {
            case .pageBreak: atPageStart = true
            case .paragraphBreak: break
            case .line:
                if atPageStart { pageStarts.append(index) }
                atPageStart = false
            }
        }
        let texts = pageStarts.map { index -> String in
            guard case .line(let line) = events[index] else { return "" }
            return line.text
        }
        var counts: [String: Int] = [:]
        for text in texts { counts[text, default: 0] += 1 }
        let dropped = Set(zip(pageStarts, texts).filter { counts[$0.1, default: 0] >= 2 }.map(\.0))
        return events.indices.filter { !dropped.contains($0) }.map { events[$0] }
    }
}
