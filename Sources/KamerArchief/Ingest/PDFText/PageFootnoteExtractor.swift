/// The body of a PDF-extracted letter as a stream: text lines and the breaks between them.
enum PageEvent: Sendable, Hashable {
    case line(PDFLine)
    /// A line holding only white space: the extractor's mark for a paragraph break.
    case paragraphBreak
    /// The end of a page: a run of empty lines, or the notes at a page's bottom.
    case pageBreak

    var isParagraphBreak: Bool {
        if case .paragraphBreak = self { true } else { false }
    }

    var isPageBreak: Bool {
        if case .pageBreak = self { true } else { false }
    }
}

/// Takes the notes off the bottom of each page and turns the rest into `PageEvent`s.
///
/// A note is a line `N text` (or `N` alone above its text) where N is the next footnote number
/// (notes are numbered through the document, so a body line that starts with another number is
/// never a note), standing after a paragraph break or another note, or ending its page. A note runs
/// on over the following lines until the next note, a blank line, or — when the page's notes are
/// followed directly by the next page's text — a line after a note line that ended a sentence.
///
/// A note line that repeats a number already read (`2 …` after note 2) is a `duplicate-footnote`
/// warning and is left out, as in fiches: the first note keeps the number.
///
/// `takesNotes: false` is for text whose notes are not at its pages' feet (a mirrored page lists
/// them at its end): every line is then the body's, also one that opens with the next note's number.
///
/// `needsMarkers`: a note's number also stands as a marker in the text before it (`overeenkomst3`,
/// `Deltacommissaris 1`, `20221`), on its page or the one before. A Kamerstuk's numbered questions
/// (`1 Hoeveel middelen …` in a lijst van vragen) have the shape of notes, and none has a marker.
/// `markedAbove`: the note whose marker stands above the text, in the paper's head.
enum PageFootnoteExtractor {
    static func extract(
        _ lines: [PDFLine], file: String, takesNotes: Bool = true, needsMarkers: Bool = false, markedAbove: Int? = nil
    ) -> (events: [PageEvent], notes: [Footnote], diagnostics: [Diagnostic]) {
        // About one event a line: room made at once.
        var events: [PageEvent] = []
        events.reserveCapacity(lines.count + 16)
        var notes: [Footnote] = []
        var diagnostics: [Diagnostic] = []
        var index = 0
        // The pages with a number alone on a line, the only ones a scrambled foot may be on; the
        // foot found on the page being read, and where that page ends.
        var numberedPages = takesNotes ? pagesWithLoneNumbers(lines)[...] : []
        var scrambled: (start: Int, notes: [[Int]], pageEnd: Int)?
        // A full line's length, worked out once and only where a foot takes it to be found.
        var fullLineLength: Int?
        let fullLine = {
            if let fullLineLength { return fullLineLength }
            let length = Reflower.fullLineLength(lengths: lines.lazy.filter { $0.kind == .text }.map(\.text.utf8.count))
            fullLineLength = length
            return length
        }
        while index < lines.count {
            let line = lines[index]
            if index > 0, line.page != lines[index - 1].page { events.appendPageBreak() }
            while let page = numberedPages.first, page.upperBound <= index { numberedPages.removeFirst() }
            if let page = numberedPages.first, page.lowerBound <= index {
                numberedPages.removeFirst()
                let nextText = lines[page.upperBound...].first { $0.kind == .text }?.text.utf8.first { $0 != 0x20 }
                let runsOn = nextText.map(PDFTextPages.isLower) ?? false
                scrambled = scrambledFoot(lines[page], next: notes.count + 1, fullLine: fullLine, runsOn: runsOn)
                    .map { ($0.start, $0.notes, page.upperBound) }
            }
            if let foot = scrambled, index == foot.start {
                for noteLines in foot.notes {
                    var text = LocatedText()
                    for (offset, noteLine) in noteLines.enumerated() {
                        if offset == 0 { text.appendPDFLine(lines[noteLine], file: file) } else {
                            text.appendPDFContinuation(lines[noteLine], after: lines[noteLines[offset - 1]], file: file)
                        }
                    }
                    notes.append(Footnote(number: notes.count + 1, text: text.text, location: lines[noteLines[0]].location(in: file)))
                }
                events.appendPageBreak()
                index = foot.pageEnd
                scrambled = nil
                continue
            }
            switch line.kind {
            case .empty:
                var end = index
                while end < lines.count && lines[end].kind == .empty { end += 1 }
                if end - index >= 2 { events.appendPageBreak() }
                index = end
            case .spaceOnly:
                events.append(.paragraphBreak)
                index += 1
            case .text:
                if takesNotes, noteNumber(at: index, in: lines) == notes.count + 1, startsNoteBlock(at: index, in: lines),
                    !needsMarkers || notes.count + 1 == markedAbove || hasMarker(notes.count + 1, before: index, in: lines)
                {
                    index = consumeNotes(from: index, in: lines, into: &notes, diagnostics: &diagnostics, file: file)
                    events.appendPageBreak()
                } else {
                    events.append(.line(line))
                    index += 1
                }
            }
        }
        return (events, notes, diagnostics)
    }
}

private extension PageFootnoteExtractor {
    /// The number the line at `index` opens with when it has the shape of a note: digits, white
    /// space, text; or the digits alone, with the note's text indented on the next line of the page
    /// (a word processor's superscript number, which `pdftotext -layout` sets on a line of its own).
    /// A number alone above text in its own column is a numbered question or a table's cell.
    static func noteNumber(at index: Int, in lines: [PDFLine]) -> Int? {
        let line = lines[index]
        guard line.kind == .text else { return nil }
        var end = line.content.lowerBound
        while end < line.content.upperBound && line.scalars[end].isASCIIDigit { end += 1 }
        let digits = end - line.content.lowerBound
        guard (1...3).contains(digits), line.scalars[line.content.lowerBound] != "0" else { return nil }
        if end == line.content.upperBound {
            guard index + 1 < lines.count, case let next = lines[index + 1], next.kind == .text, next.page == line.page,
                next.content.lowerBound > line.content.lowerBound, !next.scalars[next.content.lowerBound].isASCIIDigit
            else { return nil }
        } else if !line.scalars[end].isFastWhitespace {
            return nil
        }
        return Int(line.string(line.content.lowerBound..<end))
    }

    /// A first note stands after a paragraph break, or its block of lines ends the page.
    static func startsNoteBlock(at index: Int, in lines: [PDFLine]) -> Bool {
        var before = index - 1
        while before >= 0 && lines[before].kind == .empty { before -= 1 }
        if before >= 0 && lines[before].kind == .spaceOnly { return true }
        var after = index + 1
        while after < lines.count && lines[after].kind == .text { after += 1 }
        var blank = after
        while blank < lines.count && lines[blank].kind != .text { blank += 1 }
        let emptyRun = lines[after..<blank].prefix { $0.kind == .empty }.count
        return blank == lines.count || emptyRun >= 2 || lines[blank].page != lines[index].page
    }

    /// Reads notes from `start` on; returns the index of the first line after them.
    static func consumeNotes(
        from start: Int, in lines: [PDFLine], into notes: inout [Footnote], diagnostics: inout [Diagnostic], file: String
    ) -> Int {
        var index = start
        var text = LocatedText(), first = lines[start], last = lines[start]
        func finish() {
            notes.append(Footnote(number: notes.count + 1, text: text.text, location: first.location(in: file)))
        }
        text.appendPDFLine(first, from: noteTextStart(first), file: file)
        index += 1
        while index < lines.count {
            let line = lines[index]
            // A form feed ends the page's notes.
            if line.page != lines[index - 1].page { break }
            if line.kind != .text {
                var next = index
                while next < lines.count && lines[next].kind != .text { next += 1 }
                guard next < lines.count else { break }
                // pdfminer may set an empty line inside a note that runs on (`«Beoor-` / `deling …`,
                // `… onzorgvuldig»,` / `(Keuringen …)`): one empty line, after a hyphen or a comma or
                // before lowercase text, on the same page.
                let runsOn = last.lastScalar == "-" || last.lastScalar == "," || (!last.endsSentence && lines[next].startsLowercase)
                let nextNumber = noteNumber(at: next, in: lines)
                guard nextNumber == notes.count + 2
                    || (runsOn && next - index == 1 && !text.isEmpty && lines[next].page == line.page && nextNumber == nil
                        && !PageFurniture.isPageNumber(lines[next]))
                else { break }
                index = next
                continue
            }
            if noteNumber(at: index, in: lines) == notes.count + 2 {
                finish()
                text = LocatedText()
                first = line
                last = line
                text.appendPDFLine(line, from: noteTextStart(line), file: file)
            } else if PageFurniture.isPageNumber(line) {
                // A page number printed under the notes.
            } else if text.isEmpty {
                // The text under a number alone on its line.
                text.appendPDFLine(line, file: file)
                last = line
            } else if (!last.endsSentence || last.lastScalar == ":")
                && (last.lastScalar != ")" || line.startsLowercase || line.scalars[line.content.lowerBound] == "(")
            {
                // After a closing bracket only a line in lowercase or in brackets goes on with the
                // note (`… (PbEU 2011, L55)` / `(Comitologieverordening).`); after a colon, what
                // it announces does (`1  Samenstelling:` / `Holdijk (SGP), …`).
                text.appendPDFContinuation(line, after: last, file: file)
                last = line
            } else if let repeated = noteNumber(at: index, in: lines), repeated <= notes.count + 1,
                isFollowedByNoteOrPageEnd(index, in: lines, nextNote: notes.count + 2)
            {
                let firstLocation = repeated <= notes.count ? notes[repeated - 1].location : first.location(in: file)
                diagnostics.append(.warning(
                    .duplicateFootnote,
                    "footnote \(repeated) is listed twice (first at \(firstLocation.line):\(firstLocation.column)); the first is kept",
                    at: line.location(in: file)))
                last = line
            } else {
                break
            }
            index += 1
        }
        finish()
        return index
    }

    /// Whether the line at `index` is among a page's notes rather than the next page's text: the
    /// next note, or the page's end (two empty lines, or the end of the file), comes right after it.
    static func isFollowedByNoteOrPageEnd(_ index: Int, in lines: [PDFLine], nextNote: Int) -> Bool {
        var after = index + 1
        while after < lines.count && lines[after].kind != .text { after += 1 }
        if after == lines.count || noteNumber(at: after, in: lines) == nextNote || lines[after].page != lines[index].page { return true }
        return lines[(index + 1)..<after].prefix { $0.kind == .empty }.count >= 2
    }

    static func noteTextStart(_ line: PDFLine) -> Int {
        var index = line.content.lowerBound
        while index < line.content.upperBound, line.scalars[index].isASCIIDigit { index += 1 }
        while index < line.content.upperBound, line.scalars[index].isFastWhitespace { index += 1 }
        return index
    }
}

extension PageFootnoteExtractor {
    /// The pages (ranges of `lines`) that have a line holding a number alone, in one pass. A page
    /// ends at the next page's first line, or at a run of two empty lines where form feeds do not
    /// number the pages.
    static func pagesWithLoneNumbers(_ lines: [PDFLine]) -> [Range<Int>] {
        let emptyLinesEndPages = (lines.last?.page ?? 0) == 0
        return lines.withUnsafeBufferPointer { lines in
            var pages: [Range<Int>] = []
            var start = 0, hasNumber = false
            // A line's content is read before its kind, which asks for its scalars: text lines,
            // most of them, are known by their content alone.
            for index in lines.indices {
                let content = lines[index].content
                let endsPage = index > start && (lines[index].page != lines[index - 1].page
                    || emptyLinesEndPages && content.isEmpty && lines[index].kind == .empty && index + 1 < lines.count
                        && lines[index + 1].kind == .empty)
                if endsPage {
                    if hasNumber { pages.append(start..<index) }
                    start = index
                    hasNumber = false
                }
                if !hasNumber, !content.isEmpty, content.count <= 3 {
                    hasNumber = lines[index].scalars[content].allSatisfy(\.isASCIIDigit)
                }
            }
            if hasNumber { pages.append(start..<lines.count) }
            return pages
        }
    }

    /// A scrambled foot (`PageFootnoteExtractor+Scrambled`) on a page's lines that has numbers
    /// alone: its start and its notes' lines, as indices of the lines.
    static func scrambledFoot(_ page: ArraySlice<PDFLine>, next: Int, fullLine: () -> Int, runsOn: Bool) -> (start: Int, notes: [[Int]])? {
        var text: [Int] = [], footLines: [FootLine] = []
        var blank = false
        for index in page.indices {
            let line = page[index]
            guard line.kind == .text else { blank = true; continue }
            text.append(index)
            footLines.append(FootLine(Array(line.text.utf8)[...], blankBefore: blank))
            blank = false
        }
        guard let foot = scrambledFoot(footLines, next: next, fullLine: fullLine, runsOn: runsOn) else { return nil }
        return (text[foot.start], foot.notes.map { $0.map { text[$0] } })
    }

    /// Whether a text line before `index`, on its page or the page before, has `number` where a
    /// marker stands: glued to a word or a sign (`overeenkomst3`, `is?1`, `(NOVI)2`), after a word
    /// and a space (`Deltacommissaris 1`), glued to a year (`december 20221`), after a year and a
    /// space before a sign (`2022-2027 8,`) or, after a date, a word in lowercase (`juni 2022 2
    /// is`), after a sentence's end and a space at the line's end or before the next sentence
    /// (`kapitaalmarkt. 1`), after an abbreviation's point before a comma and a word in lowercase
    /// (`jl. 1, heb`), or alone on its line (pypdf sets a superscript between the lines it stands
    /// between).
    static func hasMarker(_ number: Int, before index: Int, in lines: [PDFLine]) -> Bool {
        let digits = Array(String(number).utf8), page = lines[index].page
        var back = index - 1
        while back >= 0, lines[back].page + 1 >= page {
            if lines[back].kind == .text, hasMarker(digits, in: Array(lines[back].text.utf8)) { return true }
            back -= 1
        }
        return false
    }

    /// Whether `bytes` end in a word that a number follows as its own (`nr`, `blz`, `art`, `p`),
    /// after a space or at their start: `Kamerstuk 33009, nr. 1, waarin` has no marker.
    static func endsInNumberWord(_ bytes: ArraySlice<UInt8>) -> Bool {
        let length = bytes.reversed().prefix { (0x61...0x7A).contains($0 | 0x20) }.count
        guard length > 0, length < 5, length == bytes.count || bytes[bytes.endIndex - length - 1] == 0x20 else { return false }
        let word = bytes.suffix(length).map { $0 | 0x20 }
        return PDFLine.numberAbbreviations.contains { $0.utf8.elementsEqual(word) }
    }

    /// Whether `bytes` end in a month's name (`24 juni`), as a date's day and month do.
    static func endsInMonth(_ bytes: ArraySlice<UInt8>) -> Bool {
        let length = bytes.reversed().prefix { (0x61...0x7A).contains($0) }.count
        guard length >= 3, length < bytes.count, bytes[bytes.endIndex - length - 1] == 0x20 else { return false }
        return DayMonthYear.months.contains { $0.utf8.elementsEqual(bytes.suffix(length)) }
    }

    static func hasMarker(_ digits: [UInt8], in bytes: [UInt8]) -> Bool {
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        if bytes.elementsEqual(digits) { return true }
        var start = 0
        while start < bytes.count {
            guard isDigit(bytes[start]) else { start += 1; continue }
            var end = start
            while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            let run = bytes[start..<end]
            if run.elementsEqual(digits), start > 0 {
                let before = bytes[start - 1]
                if before != 0x20 { return true }
                // A word's last letter: ASCII, or a Latin letter with an accent (`é`: C3 A9); not
                // a sign such as `€` (E2 82 AC).
                let isWordBefore = start >= 2
                    && ((0x41...0x5A).contains(bytes[start - 2] & 0xDF)
                        || (start >= 3 && bytes[start - 2] >= 0x80 && bytes[start - 2] < 0xC0 && (0xC3...0xC5).contains(bytes[start - 3])))
                // The number ends there: not a word (also in a Latin letter with an accent), a longer
                // number or a decimal (`1,2`) goes on; a closing quote (`Strategy 1”`) may follow.
                let endsThere = end == bytes.count
                    || !(isDigit(bytes[end]) || (0x41...0x5A).contains(bytes[end] & 0xDF) || (0xC3...0xC5).contains(bytes[end])
                        || ((bytes[end] == 0x2C || bytes[end] == 0x2E) && end + 1 < bytes.count && isDigit(bytes[end + 1])))
                if isWordBefore && endsThere { return true }
                // After a year and a space, before a sign (`2022-2027 8,`); after a date's year,
                // before a word in lowercase (`24 juni 2022 2 is`; not `in 2027 8 keer`, eight times).
                let afterYear = start >= 5 && (start - 5..<start - 1).allSatisfy { isDigit(bytes[$0]) }
                    && (start < 6 || !isDigit(bytes[start - 6]))
                if afterYear, end < bytes.count, ",.;:)".utf8.contains(bytes[end]) { return true }
                if afterYear, end + 1 < bytes.count, bytes[end] == 0x20, (0x61...0x7A).contains(bytes[end + 1]),
                    start >= 7, bytes[start - 6] == 0x20, endsInMonth(bytes[..<(start - 6)])
                {
                    return true
                }
                // After a sign that ends a sentence or clause and a space, at the line's end or
                // before a new sentence (`kapitaalmarkt. 1` / `Ten eerste …`, `zijn? 2`); after an
                // abbreviation's point before a clause's comma (`11 november jl. 1, heb ik`).
                let afterSign = start >= 2 && ".,;:)?!".utf8.contains(bytes[start - 2])
                let endsLineOrSentence = end == bytes.count
                    || (end + 1 < bytes.count && bytes[end] == 0x20 && (0x41...0x5A).contains(bytes[end + 1]))
                if afterSign && endsLineOrSentence { return true }
                let afterPoint = start >= 3 && bytes[start - 2] == 0x2E && (0x61...0x7A).contains(bytes[start - 3])
                    && !endsInNumberWord(bytes[..<(start - 2)])
                if afterPoint, end + 2 < bytes.count, bytes[end] == 0x2C, bytes[end + 1] == 0x20, (0x61...0x7A).contains(bytes[end + 2]) {
                    return true
                }
            }
            if run.count == 4 + digits.count, run.prefix(2).elementsEqual("19".utf8) || run.prefix(2).elementsEqual("20".utf8),
                run.suffix(digits.count).elementsEqual(digits)
            {
                return true
            }
            start = end
        }
        return false
    }
}

extension Array where Element == PageEvent {
    mutating func appendPageBreak() {
        if !(last?.isPageBreak ?? false) { append(.pageBreak) }
    }
}
