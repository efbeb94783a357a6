/// Plain `pdftotext` of a word processor's PDF sets a page's superscript note numbers apart from
/// their texts, in no order (`https://…adviesbrief…` / `2` / `https://…wat-wel-kan` / `1`; or the
/// body's last line, `3`, `4`, a blank line, then both texts). The foot is read when the page's
/// last lone numbers are exactly the next notes' numbers, each with its marker in the page's text
/// above, and their texts split into as many notes without a guess: where a number stands between
/// two lines, and where a line opens with a capital or a web address, if that gives exactly the
/// notes still to split.
extension PageFootnoteExtractor {
    /// A page's text line as the reading of a scrambled foot sees it.
    struct FootLine {
        let bytes: ArraySlice<UInt8>
        /// The number the line holds alone (one to three digits, no leading zero).
        let loneNumber: Int?
        /// Whether a blank line stands between it and the line before.
        let blankBefore: Bool

        init(_ bytes: ArraySlice<UInt8>, blankBefore: Bool) {
            self.bytes = bytes
            self.blankBefore = blankBefore
            let isNumber = (1...3).contains(bytes.count) && bytes.allSatisfy { (0x30...0x39).contains($0) } && bytes.first != 0x30
            loneNumber = isNumber ? Int(String(decoding: bytes, as: UTF8.self)) : nil
        }

        /// A capital or a web address first: a line that may open a note.
        var opensNote: Bool {
            guard let first = bytes.first else { return false }
            return (0x41...0x5A).contains(first) || isWebAddress
        }

        var isWebAddress: Bool { bytes.starts(with: "http".utf8) || bytes.starts(with: "www.".utf8) }

        /// Whether the line ends in what leads to a web address on the next: `:`, ` zie`, ` via`.
        var leadsToAddress: Bool {
            bytes.last == UInt8(ascii: ":") || [" zie", " via"].contains { bytes.reversed().starts(with: $0.utf8.reversed()) }
        }

        var endsSentence: Bool { bytes.last.map { ".:;!?".utf8.contains($0) } ?? false }

        /// The length in bytes of the line's first word.
        var firstWordLength: Int { PageFootnoteExtractor.firstWordLength(bytes) }

        /// Whether the line is a note in the form that needs no reading of a scrambled foot, numbered
        /// one of `numbers` (`usualNoteNumber`).
        func isNote(numberedFrom numbers: Range<Int>) -> Bool {
            PageFootnoteExtractor.usualNoteNumber(bytes).map(numbers.contains) ?? false
        }
    }

    /// The number of a note in its usual form, `bytes` being a line's content: one to three digits
    /// (no leading zero), a space, then text that opens with neither a lowercase letter nor a digit
    /// (`1 NOS, 10 januari 2025, …`; not `4 juni 2023, …`, which a note's text may open with).
    static func usualNoteNumber(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard let space = bytes.firstIndex(of: 0x20), space > bytes.startIndex, space - bytes.startIndex <= 3,
            space + 1 < bytes.endIndex, case let after = bytes[space + 1], !(0x61...0x7A).contains(after), !(0x30...0x39).contains(after),
            bytes.first != 0x30
        else { return nil }
        return Int(String(decoding: bytes[..<space], as: UTF8.self))
    }

    /// The length in bytes of the first word of a line's `bytes`.
    static func firstWordLength(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.firstIndex(of: UInt8(ascii: " ")).map { $0 - bytes.startIndex } ?? bytes.count
    }

    /// Whether a number alone in `foot` is followed by no text: by another number alone, or by
    /// nothing. No foot written out in order has such a note without text.
    static func hasTextlessNumber(_ foot: [FootLine]) -> Bool {
        foot.indices.contains { foot[$0].loneNumber != nil && ($0 + 1 == foot.count || foot[$0 + 1].loneNumber != nil) }
    }

    /// Where in `lines` (a page's text lines) a scrambled foot starts, and the positions of each
    /// note's lines in number order from `next`; nil where the page has none or it takes a guess.
    /// `fullLine` gives the length in bytes of the body's full lines (`Reflower.fullLineLength`).
    /// `runsOn`: the next page's text opens in lowercase, going on with a sentence of this page.
    static func scrambledFoot(_ lines: [FootLine], next: Int, fullLine: () -> Int, runsOn: Bool) -> (start: Int, notes: [[Int]])? {
        // The earliest lone number from which on the lone numbers are the next notes' numbers.
        var numbers: Set<Int> = [], earliest: Int?
        for position in lines.indices.reversed() {
            guard let number = lines[position].loneNumber else { continue }
            guard number >= next, number < next + 16, numbers.insert(number).inserted else { break }
            if numbers.min() == next, numbers.max() == next + numbers.count - 1 { earliest = position }
        }
        // A number on the foot's first line has no text above it to be marked in.
        guard let earliest, earliest > 0 else { return nil }
        let noteNumbers = next..<next + numbers.count
        // The block of the earliest number, and whether only numbers follow it there.
        var blockStart = earliest
        while blockStart > 0, !lines[blockStart].blankBefore { blockStart -= 1 }
        let trailing = lines.indices.dropFirst(earliest).prefix { !lines[$0].blankBefore || $0 == earliest }.allSatisfy { lines[$0].loneNumber != nil }
        func read(from start: Int) -> (start: Int, notes: [[Int]])? {
            // A page whose notes stand in their usual form (`1 NOS, …`) below has no scrambled
            // foot: a number alone above them is a marker that the extractor set apart (`uit»?`,
            // `1`, a blank line), which would take the page's text after it for its note.
            guard start > 0, !lines[start...].contains(where: { $0.isNote(numberedFrom: noteNumbers) }) else { return nil }
            // Each number is marked in the page's text above the foot.
            for number in noteNumbers where !lines[..<start].contains(where: { hasMarker(Array(String(number).utf8), in: Array($0.bytes)) }) {
                return nil
            }
            return split(lines, from: start, notes: noteNumbers.count).map { (start, $0) }
        }
        // Numbers that end their block stand under the body's last line, their texts after them,
        // or under the texts themselves.
        if trailing, let foot = read(from: earliest) { return foot }
        if lines[blockStart].blankBefore, let foot = read(from: blockStart) { return foot }
        // The texts run on from the body's last line without a blank line: the foot starts where
        // exactly one of its first few lines, after a sentence's end, splits into the notes.
        let found = trailing ? [] : (max(blockStart, earliest - noteNumbers.count)..<earliest).filter { start in
            start > 0 && lines[start - 1].endsSentence && read(from: start) != nil
        }
        if found.count == 1 { return read(from: found[0]) }
        // Else the texts run on from a body line that breaks off mid-sentence, at the foot of a
        // page whose text runs on to the next (`runsOn`: its text opens in lowercase). Where the
        // texts before the first number hold two notes or more (as many as the numbers that end
        // the page, `split`), the split alone places the start, at the last line from which the
        // texts split: a body line above the notes would open one more note than they hold.
        guard found.isEmpty else { return nil }
        // Numbers in a block of their own stand under the texts of the block before.
        var textStart = blockStart
        if textStart == earliest, textStart > 0 {
            textStart -= 1
            while textStart > 0, !lines[textStart].blankBefore { textStart -= 1 }
        }
        let range = max(textStart, 1)..<earliest
        if !trailing, lines.reversed().prefix(while: { $0.loneNumber != nil }).count >= 2 {
            return range.reversed().lazy.compactMap { start in
                lines[start].opensNote && lines[start - 1].loneNumber == nil ? read(from: start) : nil
            }.first
        }
        // Else the foot starts at the last line that does not go on from the line before: a web
        // address, or a first word that would have fitted there (give or take a proportional
        // font's play), after a line that does not end a sentence where the text runs on. A web
        // address after such a line that leads to it (`:`, `zie`, `via`) is that line's note going
        // on (`ZonMw. … (ABOARD), zie` / `https://…`).
        let fullLine = fullLine()
        func opensFoot(_ start: Int, byAddress: Bool) -> Bool {
            let before = lines[start - 1], line = lines[start]
            return mayOpenFoot(lines, at: start)
                && ((byAddress && line.isWebAddress) || before.bytes.count + 1 + line.firstWordLength <= fullLine + fullLine / 16)
        }
        guard fullLine > 0 else { return nil }
        guard var start = range.reversed().first(where: { opensFoot($0, byAddress: true) }) else {
            return runsOn ? smallFontFoot(lines, in: range, fullLine: fullLine).flatMap(read) : nil
        }
        if lines[start].isWebAddress, start - 1 >= range.lowerBound, lines[start - 1].leadsToAddress, opensFoot(start - 1, byAddress: false) {
            start -= 1
        }
        // A line after a sentence's end on a page whose text runs on opens a body paragraph: the
        // foot comes after it, if a note's smaller type shows where.
        if runsOn && lines[start - 1].endsSentence {
            return start + 1 < range.upperBound ? smallFontFoot(lines, in: (start + 1)..<range.upperBound, fullLine: fullLine).flatMap(read) : nil
        }
        return read(from: start)
    }

    /// Where a foot starts whose first word would not have fitted on the body's last line, a full
    /// line that breaks off mid-sentence (`… van handelsdata die` / `Verordening (EU) nr. 1095/2010
    /// …`), on a page whose text runs on to the next: at the last line in `range` that opens with a
    /// capital after a line that ends no sentence, where a line from there on is longer than the
    /// body's full lines (`fullLine` bytes and a sixteenth), as a note's smaller type makes it.
    /// `pdftotext -raw` writes a fiche's foot so.
    static func smallFontFoot(_ lines: [FootLine], in range: Range<Int>, fullLine: Int) -> Int? {
        guard let start = range.reversed().first(where: { mayOpenFoot(lines, at: $0) && !lines[$0 - 1].endsSentence }) else { return nil }
        return lines[start..<range.upperBound].contains { $0.bytes.count > fullLine + fullLine / 16 } ? start : nil
    }

    /// Whether a foot's first note may start at `start`: the line opens with a capital or a web
    /// address, after a line that is no number alone and does not end in a hyphen.
    private static func mayOpenFoot(_ lines: [FootLine], at start: Int) -> Bool {
        let before = lines[start - 1]
        return lines[start].opensNote && before.loneNumber == nil && before.bytes.last != UInt8(ascii: "-")
    }

    /// The texts from `start` on split into `count` notes, or nil when that takes a guess: a note
    /// ends where a number alone stands between two lines, and where the next line opens with a
    /// capital or a web address if that gives exactly the ends still needed.
    ///
    /// Where numbers stand both between the texts and after the last one (`text 1`, `text 2`, `3`,
    /// `text 3`, `1`, `2`), each number between stands over its own note's text, and the numbers
    /// after the last text are those of the notes before the first number: each run of texts then
    /// holds as many notes as the numbers that stand over it, the first run as many as end the foot.
    static func split(_ lines: [FootLine], from start: Int, notes count: Int) -> [[Int]]? {
        var texts: [Int] = [], numberBetween: Set<Int> = []
        // How many numbers stand over each run of texts after the first, and how many stand before
        // the first text and after the last (`numbers` counts those since the last text).
        var runNotes: [Int] = [], leading = 0, numbers = 0
        for position in lines.indices.dropFirst(start) {
            if lines[position].loneNumber != nil {
                if !texts.isEmpty { numberBetween.insert(texts.count - 1) }
                numbers += 1
            } else {
                if texts.isEmpty { leading = numbers } else if numbers > 0 { runNotes.append(numbers) }
                numbers = 0
                texts.append(position)
            }
        }
        numberBetween = numberBetween.filter { $0 < texts.count - 1 }
        guard texts.count >= count, numberBetween.count <= count - 1 else { return nil }
        var ends = numberBetween
        if !numberBetween.isEmpty, leading == 0, numbers > 0 {
            // A run of more than one note ends its notes where its lines open notes, exactly as
            // many as it needs.
            runNotes.insert(numbers, at: 0)
            var runStart = 0
            for (run, notes) in runNotes.enumerated() {
                let runEnd = ends.filter { $0 >= runStart }.min().map { $0 + 1 } ?? texts.count
                guard run < runNotes.count - 1 || runEnd == texts.count else { return nil }
                if notes > 1 {
                    let opening = opensNote(lines, texts, gaps: runStart..<runEnd - 1)
                    guard opening.count == notes - 1 else { return nil }
                    ends.formUnion(opening)
                }
                runStart = runEnd
            }
        } else {
            let needed = count - 1 - numberBetween.count
            if needed > 0 {
                let opening = opensNote(lines, texts, gaps: 0..<texts.count - 1).filter { !numberBetween.contains($0) }
                guard opening.count == needed else { return nil }
                ends.formUnion(opening)
            }
        }
        var notes: [[Int]] = [[]]
        for (offset, position) in texts.enumerated() {
            notes[notes.count - 1].append(position)
            if ends.contains(offset) { notes.append([]) }
        }
        return notes.count == count ? notes : nil
    }

    /// The gaps among `gaps` (between text `gap` and the next) after which a note may start: the
    /// next line opens with a capital or a web address, and the line does not end in a hyphen or a
    /// comma.
    private static func opensNote(_ lines: [FootLine], _ texts: [Int], gaps: Range<Int>) -> [Int] {
        gaps.filter { gap in
            guard let last = lines[texts[gap]].bytes.last else { return false }
            return lines[texts[gap + 1]].opensNote && last != UInt8(ascii: "-") && last != UInt8(ascii: ",")
        }
    }
}
