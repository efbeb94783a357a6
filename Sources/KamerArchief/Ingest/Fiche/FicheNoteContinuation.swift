/// Puts back together a footnote that a page break split.
///
/// A word processor that runs out of room at a page's foot carries the rest of a note to the foot
/// of the next page, above that page's own notes and without a number. `PageFootnoteExtractor`
/// ends a note at its page's end, so the rest arrives as the next page's last block of text. That
/// block is taken as the note's rest when it stands apart from the body (after a paragraph break)
/// at the end of the very next page, and the note was left unfinished: it ends in a comma, a colon,
/// a hyphen or a word like `de`, `van`, `zie`, which no note ends on; or it ends in any other word
/// and the block opens in lowercase. A note that ends in a full stop, a number or a bracket is done.
///
/// Where the text has no blank lines, nothing sets the rest apart from the body; then only the
/// page's last line is taken, when the line before it ends a sentence, the line opens in lowercase
/// and the note ends in a comma, a colon, a hyphen or such a word.
enum FicheNoteContinuation {
    static func join(_ events: [PageEvent], notes: [Footnote], file: String) -> (events: [PageEvent], notes: [Footnote]) {
        guard !notes.isEmpty else { return (events, notes) }
        var notes = notes
        var result: [PageEvent] = []
        result.reserveCapacity(events.count)
        var open: Int?
        // A page is the events from `pageFrom` to its page break (or the end), read in place: each
        // event is copied once, into the result.
        var pageFrom = 0
        var pageStart = 0
        for position in events.indices {
            let isPageBreak = events[position].isPageBreak
            if !isPageBreak, position + 1 < events.count { continue }
            var pageEnd = isPageBreak ? position : position + 1
            if let note = open, let (keptEnd, rest, isApart) = splitTrailingBlock(events[pageFrom..<pageEnd], after: notes[note].location.line),
                isApart ? endsInRunOnWord(notes[note].text) || rest[0].startsLowercase
                    : endsInRunOnWord(notes[note].text) && rest[0].startsLowercase
            {
                appendContinuation(rest, to: &notes[note], file: file)
                pageEnd = keptEnd
            }
            result += events[pageFrom..<pageEnd]
            if isPageBreak { result.append(.pageBreak) }
            // The notes of this page lie between its first line and the next page's first line.
            let nextStart = events[(position + 1)...].lazy.compactMap(\.line).first?.number ?? Int.max
            let last = notes.lastIndex { $0.location.line >= pageStart && $0.location.line < nextStart }
            open = last.flatMap { mayRunOn(notes[$0].text) ? $0 : nil }
            pageStart = nextStart
            pageFrom = position + 1
        }
        return (result, notes)
    }
}

private extension FicheNoteContinuation {
    /// The words a note does not end on, unless its sentence runs on.
    static let runOnWords: Set<String> = [
        "de", "het", "een", "van", "voor", "en", "in", "op", "met", "aan", "te", "tot", "door", "om", "bij",
        "naar", "uit", "of", "die", "dat", "als", "over", "zie", "ook", "onder", "waarin", "waarbij", "and", "the",
    ]

    /// Whether a note's text may go on: it does not end in a full stop, a number, a bracket or a quote.
    static func mayRunOn(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return !(".!?)]”’\"'/".unicodeScalars.contains(last) || last.isASCIIDigit)
    }

    /// Whether a note's text ends where no note ends: in a comma, colon, hyphen or a function word.
    static func endsInRunOnWord(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        if ",;:(-–".unicodeScalars.contains(last) { return true }
        let word = text.unicodeScalars.reversed().prefix { $0.isFastAlphabetic }
        guard word.count == text.unicodeScalars.reversed().prefix(while: { !$0.isFastWhitespace }).count else { return false }
        return runOnWords.contains(String(scalars: word.reversed()))
    }

    /// Where the page ends without its possible note rest (an index of the events), and the rest's
    /// lines: its last block when that stands after a paragraph break and is at most four lines long
    /// (`isApart`), else its last line when the line before ends a sentence. The rest starts below
    /// line `line`.
    static func splitTrailingBlock(_ page: ArraySlice<PageEvent>, after line: Int) -> (keptEnd: Int, rest: [PDFLine], isApart: Bool)? {
        var end = page.endIndex
        while end > page.startIndex, page[end - 1].isParagraphBreak { end -= 1 }
        var start = end
        while start > page.startIndex, case .line = page[start - 1] { start -= 1 }
        let block = page[start..<end].compactMap(\.line)
        guard let first = block.first, first.number > line || block.count > 1 else { return nil }
        if block.count <= 4, start > page.startIndex, page[start - 1].isParagraphBreak, first.number > line {
            return (start - 1, block, true)
        }
        guard block.count >= 2, block[block.count - 2].endsSentence, block[block.count - 1].number > line else { return nil }
        return (end - 1, [block[block.count - 1]], false)
    }

    static func appendContinuation(_ lines: [PDFLine], to note: inout Footnote, file: String) {
        var text = LocatedText()
        var previous = tail(of: note.text)
        for line in lines {
            if !LocatedText.joinsPDFLinesWithoutSpace(previous, line) { text.appendSynthetic(" ") }
            text.appendPDFLine(line, file: file)
            previous = line
        }
        note.text += text.text
    }

    /// The note's last word as a line, for the shared decision whether a join takes a space.
    static func tail(of text: String) -> PDFLine {
        let word = text.unicodeScalars.reversed().prefix { !$0.isFastWhitespace }
        return PDFLine(number: 0, scalars: Array(word.reversed()))
    }
}

private extension PageEvent {
    var line: PDFLine? {
        if case .line(let line) = self { return line }
        return nil
    }
}
