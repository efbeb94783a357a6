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
        // Every page number has a digit; most lines have none and need no closer look.
        guard line.scalars[line.content].contains(where: \.isASCIIDigit) else { return false }
        let words: Set<Substring> = ["pagina", "page", "blz.", "blz", "p.", "van", "of", "-", "–"]
        let tokens = line.text.lowercased().split { $0 == " " || $0 == "/" }.filter { !words.contains($0) }
        // Three digits at most, so that a year alone on a line is kept.
        return (1...2).contains(tokens.count)
            && tokens.allSatisfy { $0.count <= 3 && $0.unicodeScalars.allSatisfy(\.isASCIIDigit) }
    }
}

private extension PageFurniture {
    static func removingPageNumbers(_ events: [PageEvent]) -> [PageEvent] {
        events.indices.compactMap { index in
            guard case .line(let line) = events[index], isPageNumber(line), isAtPageEdge(index, in: events)
            else { return events[index] }
            return nil
        }
    }

    /// Whether only paragraph breaks stand between the event and a page break or either end.
    static func isAtPageEdge(_ index: Int, in events: [PageEvent]) -> Bool {
        let before = events[..<index].last { $0 != .paragraphBreak }
        let after = events[(index + 1)...].first { $0 != .paragraphBreak }
        return before == nil || before == .pageBreak || after == nil || after == .pageBreak
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
