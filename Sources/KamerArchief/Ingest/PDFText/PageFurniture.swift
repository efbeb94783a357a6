/// Drops what a PDF prints on every page rather than in the text: page numbers and running headers.
///
/// Both are recognised only where a page starts or ends, so a number inside the text is never lost.
enum PageFurniture {
    /// `events` without page numbers and running headers. Each pass removes events in place:
    /// copying every line into a new array counted references to all of its parts.
    static func strip(_ events: consuming [PageEvent]) -> [PageEvent] {
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
    ///
    /// Compared as the token's bytes, lowercased, packed into one integer with its length: this
    /// runs on every line of a PDF text, and making a string of each first word was most of it.
    static func isFurnitureWord(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (1...6).contains(token.count) else { return false }
        return furnitureWords.contains(packedLowercase(token))
    }

    /// The furniture words as `packedLowercase` packs them.
    static let furnitureWords: [UInt64] = ["pagina", "page", "blz.", "blz", "p.", "van", "of", "-"].map { word in
        Array(word.utf8).withUnsafeBufferPointer(packedLowercase)
    }

    /// Up to seven bytes, ASCII capitals lowercased, one per byte from the low end, and their count
    /// in the top byte, so that tokens of different lengths never pack alike.
    static func packedLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed = UInt64(bytes.count) << 56
        for (index, byte) in bytes.prefix(7).enumerated() {
            packed |= UInt64(CharacterBytes.lowercasedASCII(byte)) << (8 * index)
        }
        return packed
    }

    static func removingPageNumbers(_ events: consuming [PageEvent]) -> [PageEvent] {
        var events = events
        let dropped = events.indices.filter { index in
            // The page edge first: it looks at the neighbours only, and most lines are not at an edge.
            guard isAtPageEdge(index, in: events), case .line(let line) = events[index] else { return false }
            return isPageNumber(line)
        }
        events.remove(atAscending: dropped)
        return events
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
    static func removingRunningHeaders(_ events: consuming [PageEvent]) -> [PageEvent] {
        var events = events
        var pageStarts: [Int] = []
        var atPageStart = true
        for index in events.indices {
            if events[index].isPageBreak {
                atPageStart = true
            } else if !events[index].isParagraphBreak {
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
        events.remove(atAscending: zip(pageStarts, texts).filter { counts[$0.1, default: 0] >= 2 }.map(\.0))
        return events
    }
}

private extension Array {
    /// Removes the elements at `indices` (ascending, each once), moving the others down in place.
    mutating func remove(atAscending indices: [Int]) {
        guard let first = indices.first else { return }
        var write = first, next = 0
        for read in first..<count {
            if next < indices.count, indices[next] == read {
                next += 1
                continue
            }
            swapAt(write, read)
            write += 1
        }
        removeLast(count - write)
    }
}
