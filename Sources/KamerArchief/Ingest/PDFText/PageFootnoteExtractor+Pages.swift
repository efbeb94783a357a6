/// Page-foot notes of PDF text that marks pages but not paragraphs (no blank lines): the notes
/// are the last text lines of a page, once furniture is gone.
///
/// A note opens with the next note number (notes are numbered through the document): `N text`,
/// `Ntext` with no space (`25https://…`), or `N` alone with its text on the next line. The block
/// from the first note to the page's end must read as notes: each note's first line followed by
/// at most a few continuation lines. Lines that only look like notes stay body text: a postcode
/// (`2 5 15 XP Den Haag`), a list item (`1.`, `2)`), a year (four digits), a number that is not
/// the next note, or a number line followed by more text than a note has.
///
/// A URL broken over lines is joined without a space. A note left unfinished at a page's foot
/// continues at the next page's foot: in one or two lines that open in lowercase after a
/// sentence's end or a blank line, just above that page's first note or at the page's end; not at
/// the top of a page without notes when the text of the page before broke off mid-sentence.
extension PageFootnoteExtractor {
    /// The notes among `indices` (lines of `pages` in reading order, furniture removed), and the
    /// indices of the lines they used.
    static func extractPageFootNotes(
        _ pages: PDFTextPages, lines indices: [Int], file: String
    ) -> (notes: [Footnote], noteLines: Set<Int>) {
        var notes: [Footnote] = [], texts: [LocatedText] = [], used = Set<Int>()
        var lastNotePage = -2
        // Whether the page before ended its text mid-sentence: then the top of a page without notes
        // of its own is that sentence going on, not a note.
        var textRunsOver = false
        let fullLine = Reflower.fullLineLength(lengths: indices.map { pages.lines[$0].content.count }.filter { $0 > 0 })
        let groups = pageGroups(pages, indices)
        for (groupIndex, group) in groups.enumerated() {
            let page = pages.lines[group[0]].page
            var start = group.indices.first { isFootBlock(pages, group[$0...], next: notes.count + 1) } ?? group.count
            // A body line that happens to open with the next number (`2 miljard euro …`) above the
            // real note gives way to the lower line that opens with that number too.
            if let later = group.indices.dropFirst(start + 1).last(where: {
                noteOpening(pages, pages.lines[group[$0]])?.number == notes.count + 1 && isFootBlock(pages, group[$0...], next: notes.count + 1)
            }) {
                start = later
            }
            // Text that the extractor wrote after the page's notes (a box's, pypdf and PyMuPDF):
            // the foot ends at its last note.
            var footEnd = group.count
            if start == group.count,
                let foot = footBeforeText(
                    pages, group, above: groups[max(0, groupIndex - 3)..<groupIndex].flatMap { $0 }, next: notes.count + 1, fullLine: fullLine)
            {
                (start, footEnd) = (foot.lowerBound, foot.upperBound)
            }
            // `pdftotext` may set a word processor's superscript note numbers apart from their texts:
            // no note opens the foot, or a number alone ends the page or stands over another
            // (a note without text), which no note written out in order has.
            let runsOn = groupIndex + 1 < groups.count && PDFTextPages.isLower(pages.bytes[pages.lines[groups[groupIndex + 1][0]].content.lowerBound])
            if start == group.count || hasTextlessNumber(group[start...].map { FootLine(pages.bytes[pages.lines[$0].content], blankBefore: false) }),
                let foot = scrambledFoot(pages, group, next: notes.count + 1, fullLine: fullLine, runsOn: runsOn)
            {
                for positions in foot.notes {
                    let first = pages.lines[group[positions[0]]]
                    notes.append(Footnote(number: notes.count + 1, text: "", location: pages.location(of: first.content.lowerBound, on: first, file: file)))
                    texts.append(LocatedText())
                    for position in positions { appendNoteLine(pages, group[position], from: nil, to: &texts[texts.count - 1], file: file) }
                }
                for position in foot.start..<group.count { used.insert(group[position]) }
                if foot.start > 0 { textRunsOver = !endsSentence(pages, pages.lines[group[foot.start - 1]]) }
                lastNotePage = page
                continue
            }
            // A note left unfinished at the foot of the page before runs on at this page's foot.
            var textEnd = start
            if page == lastNotePage + 1, let previous = texts.last,
                let first = continuationStart(pages, group[..<start], after: previous.text),
                !(textRunsOver && first == 0 && start == group.count)
            {
                for position in first..<start {
                    appendNoteLine(pages, group[position], from: nil, to: &texts[texts.count - 1], file: file)
                    used.insert(group[position])
                }
                textEnd = first
            }
            if textEnd > 0 { textRunsOver = !endsSentence(pages, pages.lines[group[textEnd - 1]]) }
            if start < group.count || used.contains(group[group.count - 1]) { lastNotePage = page }
            for position in start..<footEnd {
                let index = group[position], line = pages.lines[index]
                used.insert(index)
                var from: Int?
                if let opening = noteOpening(pages, line), opening.number == notes.count + 1 {
                    let location = pages.location(of: line.content.lowerBound, on: line, file: file)
                    notes.append(Footnote(number: opening.number, text: "", location: location))
                    texts.append(LocatedText())
                    from = opening.textStart
                }
                appendNoteLine(pages, index, from: from, to: &texts[texts.count - 1], file: file)
            }
        }
        for index in notes.indices { notes[index].text = rejoiningSpacedURLDashes(texts[index].text) }
        return (notes, used)
    }

    /// The note number a line opens with and the byte offset where its text starts.
    static func noteOpening(_ pages: PDFTextPages, _ line: PDFTextPages.Line) -> (number: Int, textStart: Int)? {
        let bytes = pages.bytes, range = line.content
        var end = range.lowerBound
        while end < range.upperBound && PDFTextPages.isDigit(bytes[end]) { end += 1 }
        let digits = end - range.lowerBound
        guard (1...3).contains(digits), bytes[range.lowerBound] != UInt8(ascii: "0"),
            let number = Int(pages.string(range.lowerBound..<end))
        else { return nil }
        if end == range.upperBound { return (number, end) }
        if PDFTextPages.isSpace(bytes[end]) {
            var textStart = end
            while textStart < range.upperBound && PDFTextPages.isSpace(bytes[textStart]) { textStart += 1 }
            return pages.isPostcode(range) ? nil : (number, textStart)
        }
        // Glued: `25https://…`, `3Kamerstuk …`; `7e Actieprogramma` is an ordinal, not a note.
        let letters = bytes[end..<range.upperBound].prefix { PDFTextPages.isUpper($0) || PDFTextPages.isLower($0) }
        return letters.count >= 2 ? (number, end) : nil
    }
}

extension PageFootnoteExtractor {
    /// `scrambledFoot` over a page's non-blank lines in `pages`.
    static func scrambledFoot(_ pages: PDFTextPages, _ group: [Int], next: Int, fullLine: Int, runsOn: Bool) -> (start: Int, notes: [[Int]])? {
        let lines = group.indices.map { position -> FootLine in
            let line = pages.lines[group[position]]
            let blankBefore = position > 0 && (group[position - 1] + 1..<group[position]).contains { pages.lines[$0].content.isEmpty }
            return FootLine(pages.bytes[line.content], blankBefore: blankBefore)
        }
        return scrambledFoot(lines, next: next, fullLine: { fullLine }, runsOn: runsOn)
    }
}

private extension PageFootnoteExtractor {
    /// The non-blank lines of each page, in order.
    static func pageGroups(_ pages: PDFTextPages, _ indices: [Int]) -> [[Int]] {
        var groups: [[Int]] = []
        var page = -1
        for index in indices where !pages.lines[index].content.isEmpty {
            if pages.lines[index].page != page {
                groups.append([])
                page = pages.lines[index].page
            }
            groups[groups.count - 1].append(index)
        }
        return groups
    }

    /// Whether the lines from the first to the page's end read as notes starting with `next`.
    static func isFootBlock(_ pages: PDFTextPages, _ block: ArraySlice<Int>, next: Int) -> Bool {
        guard let first = block.first, noteOpening(pages, pages.lines[first])?.number == next else { return false }
        var expected = next + 1, run = 0
        for index in block.dropFirst() {
            if noteOpening(pages, pages.lines[index])?.number == expected {
                expected += 1
                run = 0
            } else {
                run += 1
                if run > 6 { return false }
            }
        }
        return true
    }

    /// The notes that a page's other text follows (a box's that pypdf and PyMuPDF write after the
    /// foot), as positions in `group`: from the last line that opens with note `next`, after a
    /// paragraph's end and with its marker in the text above (on the page, or in `above`, the
    /// pages before, where the notes open the page: without form feeds blank runs may part a page's
    /// figure and its notes from its text), over the notes that follow it within a few
    /// lines each, to the first line from the last of them that ends a sentence or where the next
    /// line's first word would have fitted (`fullLine`: a full body line's length); nil where no
    /// text follows or that takes a guess.
    static func footBeforeText(_ pages: PDFTextPages, _ group: [Int], above: [Int], next: Int, fullLine: Int) -> Range<Int>? {
        guard let first = group.indices.last(where: { noteOpening(pages, pages.lines[group[$0]])?.number == next }),
            first == 0 || endsSentence(pages, pages.lines[group[first - 1]]) || group[first] - group[first - 1] > 1
        else { return nil }
        let digits = Array(String(next).utf8)
        let text = first == 0 ? above[...] : group[..<first]
        guard text.contains(where: { hasMarker(digits, in: Array(pages.bytes[pages.lines[$0].content])) }) else { return nil }
        var expected = next + 1, last = first, position = first + 1
        while position < group.count, position - last <= 6 {
            if noteOpening(pages, pages.lines[group[position]])?.number == expected {
                expected += 1
                last = position
            }
            position += 1
        }
        func endsNote(_ position: Int) -> Bool {
            let line = pages.lines[group[position]]
            guard !endsSentence(pages, line) else { return true }
            guard position + 1 < group.count else { return false }
            let firstWord = firstWordLength(pages.bytes[pages.lines[group[position + 1]].content])
            return line.content.count + 1 + firstWord <= fullLine
        }
        guard let end = (last..<min(group.count, last + 3)).first(where: endsNote), end + 1 < group.count else { return nil }
        return first..<end + 1
    }

    /// Where the previous page's unfinished note continues above this page's first note, if it does:
    /// one or two lines that open in lowercase (or carry on a broken URL) after a sentence's end.
    static func continuationStart(_ pages: PDFTextPages, _ above: ArraySlice<Int>, after note: String) -> Int? {
        guard let last = note.unicodeScalars.last, !".!?)".unicodeScalars.contains(last) else { return nil }
        let lastToken = note.split(separator: " ").last.map(String.init) ?? ""
        let brokenURL = isURL(lastToken) && "-/%_=&?".unicodeScalars.contains(last)
        if isURL(lastToken) && !brokenURL { return nil }
        for position in max(above.startIndex, above.endIndex - 2)..<above.endIndex {
            let line = pages.lines[above[position]]
            let opensLowercase = PDFTextPages.isLower(pages.bytes[line.content.lowerBound])
            let carriesURL = brokenURL && !line.content.contains { pages.bytes[$0] == 0x20 }
            guard opensLowercase || carriesURL else { continue }
            // After a sentence's end, or set apart from the text above by a blank line (pdftotext
            // writes the foot as a block of its own).
            let before = position > above.startIndex ? pages.lines[above[position - 1]] : nil
            let blankBetween = position > above.startIndex && above[position] - above[position - 1] > 1
                && (above[position - 1] + 1..<above[position]).contains { pages.lines[$0].content.isEmpty }
            if blankBetween || (before.map({ endsSentence(pages, $0) }) ?? true) { return position }
        }
        return nil
    }

    static func endsSentence(_ pages: PDFTextPages, _ line: PDFTextPages.Line) -> Bool {
        guard let last = pages.lastByte(line) else { return true }
        return ".:;!?".utf8.contains(last)
    }

    /// `…/statistics -` + `explained/…` is one URL the extractor spaced at its dash.
    static func rejoiningSpacedURLDashes(_ text: String) -> String {
        guard text.contains(" -") else { return text }
        var tokens: [Substring] = []
        for token in text.split(separator: " ", omittingEmptySubsequences: false) {
            if token.hasPrefix("-"), token.count > 1, let previous = tokens.last, isURL(String(previous)) {
                tokens[tokens.count - 1] = previous + token
            } else {
                tokens.append(token)
            }
        }
        return tokens.joined(separator: " ")
    }

    static func isURL(_ token: String) -> Bool { token.contains("://") || token.hasPrefix("www.") }

    /// Appends a note line: a broken URL runs on without a space, a hyphenated word is rejoined.
    static func appendNoteLine(_ pages: PDFTextPages, _ index: Int, from start: Int?, to text: inout LocatedText, file: String) {
        let line = pages.lines[index]
        let from = start ?? line.content.lowerBound
        guard from < line.content.upperBound else { return }
        if !text.isEmpty, !joinsWithoutSpace(text.text, pages, from..<line.content.upperBound) { text.appendSynthetic(" ") }
        pages.append(from..<line.content.upperBound, of: line, to: &text, file: file)
    }

    static func joinsWithoutSpace(_ before: String, _ pages: PDFTextPages, _ next: Range<Int>) -> Bool {
        let lastToken = before.split(separator: " ").last.map(String.init) ?? ""
        let nextHasSpace = next.contains { pages.bytes[$0] == 0x20 }
        let nextIsURL = pages.keyStarts(next, with: "http") || pages.keyStarts(next, with: "www.")
        if before.hasSuffix(" -"), !nextHasSpace,
            let urlToken = before.split(separator: " ").dropLast().last, isURL(String(urlToken))
        {
            return true
        }
        if isURL(lastToken), !nextIsURL {
            return !nextHasSpace || "-/%_=&?#".unicodeScalars.contains(before.unicodeScalars.last ?? " ")
        }
        guard before.hasSuffix("-"), !before.hasSuffix(" -") else { return false }
        let firstWord = pages.string(next.lowerBound..<(next.first { pages.bytes[$0] == 0x20 } ?? next.upperBound))
        return !LocatedText.suspendedCompoundConjunctions.contains(firstWord.lowercased())
    }
}
