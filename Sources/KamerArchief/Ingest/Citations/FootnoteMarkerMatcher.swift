/// Finds footnote markers glued into body text and takes them out.
///
/// Markers in both source formats are bare digits glued to what precedes them:
/// `industriebeleid1`, `Groeimarktenrapport.3`, `december 20221` (2022 + note 1),
/// `nummer 110.11` (motion 110 + note 11). A digit run alone is ambiguous, so the matcher uses the
/// one rule the sources keep: markers appear in note order. It collects every place where each note
/// number could be glued on, weighs how plausible each is, and picks the heaviest chain whose
/// positions and note numbers both increase (a weighted longest increasing subsequence, solved in
/// O(n log n) with a Fenwick tree so that 100,000 markers stay fast).
///
/// Not markers: a number standing alone (`1)`, `5 kg`), after a hyphen or slash (`PGS 37-1`,
/// `5-10`), before a decimal (`V2.0`, `5,5`), after one or two capitals (`CO2`, `Q1`), or in a URL.
public enum FootnoteMarkerMatcher {
    /// Takes the markers for `notes` out of `blocks` (body paragraphs in reading order).
    ///
    /// Returns one paragraph per block, in order, with its `noteRefs`, and warnings for notes that no
    /// marker points at and for markers that continue the sequence but have no note.
    public static func attach(
        notes: [Footnote], to blocks: [LocatedText]
    ) -> (paragraphs: [Paragraph], diagnostics: [Diagnostic]) {
        let numbers = Set(notes.map(\.number))
        var candidates: [Candidate] = []
        // Markers are digits: a block without an ASCII digit is not read further (looked for eight
        // bytes at a time). A block is read on its bytes; beyond ASCII its scalars are decoded where
        // they are read, and the markers' byte offsets are then counted in scalars.
        for index in blocks.indices {
            var text = blocks[index].text
            candidates += text.withUTF8 { bytes in
                guard ByteWords.firstASCIIDigit(bytes, from: 0) < bytes.count else { return [] }
                if ByteWords.firstNonASCII(bytes) == bytes.count { return Self.candidates(in: ASCIIScalars(bytes: bytes), block: index) }
                let scalars = UTF8Scalars(bytes: bytes)
                var found = Self.candidates(in: scalars, block: index)
                for (at, offset) in scalars.scalarOffsets(found.map(\.offset)).enumerated() { found[at].offset = offset }
                return found
            }
        }
        let chosen = chain(candidates.filter { numbers.contains($0.number) })

        var removals = Array(repeating: [Candidate](), count: blocks.count)
        for candidate in chosen { removals[candidate.block].append(candidate) }

        var paragraphs: [Paragraph] = []
        for (index, block) in blocks.enumerated() {
            paragraphs.append(paragraph(from: block, removing: removals[index]))
        }

        var diagnostics: [Diagnostic] = []
        let matched = Set(chosen.map(\.number))
        for note in notes where !matched.contains(note.number) {
            diagnostics.append(.warning(
                .unreferencedFootnote, "footnote \(note.number) has no marker in the text", at: note.location))
        }
        diagnostics += unresolvedMarkers(candidates, chosen: chosen, numbers: numbers, blocks: blocks)
        return (paragraphs, diagnostics)
    }
}

/// A place where a note number could be glued on.
struct Candidate: Hashable {
    var block: Int
    /// Scalar offset of the marker's first digit.
    var offset: Int
    var length: Int
    var number: Int
    /// How plausible: 3 glued to a word or punctuation, 2 glued to a year or spaced after a word,
    /// 1 glued to another number.
    var weight: Int
    /// Scalars of white space before the digits that go out with the marker (a spaced marker).
    var spaceBefore = 0

    func precedes(_ other: Candidate) -> Bool { (block, offset) < (other.block, other.offset) }
}

extension FootnoteMarkerMatcher {
    /// Every marker reading of every digit run in one block. An index of `scalars` is where a
    /// scalar starts (in bytes for `UTF8Scalars`); offsets are the scalars' indices, and digits,
    /// spaces and the parenthesis a marker takes are one byte each.
    static func candidates<Scalars: MarkerScalars>(in scalars: Scalars, block: Int) -> [Candidate] {
        var result: [Candidate] = []
        // The token around the last digit run, and whether it is a URL: looked at only where digits are.
        // A block that holds neither `://` nor `www.` has no URL token: none is looked at.
        var token = 0..<0, tokenIsURL = false
        let mayHoldURL = scalars.mayHoldURL
        var index = scalars.startIndex
        while index < scalars.endIndex {
            index = scalars.firstASCIIDigit(from: index)
            guard index < scalars.endIndex else { break }
            let start = index
            while index < scalars.endIndex && scalars[index].isASCIIDigit { index += 1 }
            if mayHoldURL, !token.contains(start) { (token, tokenIsURL) = urlToken(around: start, in: scalars) }
            guard !tokenIsURL else { continue }
            appendReadings(ofDigitsFrom: start, to: index, in: scalars, block: block, to: &result)
        }
        return result
    }

    /// Appends the marker readings of the digits `start..<end` to `result`.
    private static func appendReadings<Scalars: BidirectionalCollection<Unicode.Scalar>>(
        ofDigitsFrom start: Int, to end: Int, in scalars: Scalars, block: Int, to result: inout [Candidate]
    ) where Scalars.Index == Int {
        guard isMarkerEnd(at: end, in: scalars) else { return }
        // The digits' values; a digit is one byte, so the run's indices are its offsets.
        let count = end - start
        func digit(_ at: Int) -> Int { Int(scalars[start + at].value) - 0x30 }
        /// The digits `from..<count` as a marker: no leading zero, at most four digits.
        func marker(from: Int, weight: Int) -> Candidate? {
            guard count - from <= 4, digit(from) != 0 else { return nil }
            var number = 0
            for at in from..<count { number = 10 * number + digit(at) }
            return Candidate(block: block, offset: start + from, length: count - from, number: number, weight: weight)
        }
        if start > 0, let weight = glueWeight(before: start, in: scalars) {
            // After a number and a point (`nummer 110.11 Deze`) a marker ends the sentence; before a
            // lowercase word the digits are a number's part (`paragraaf 2.1 van`, `artikel 5.7 van`).
            let point = scalars.index(before: start)
            let afterNumberAndPoint = point > 0 && scalars[point] == "." && scalars[scalars.index(before: point)].isASCIIDigit
            if !afterNumberAndPoint || !continuesLowercase(after: end, in: scalars), let marker = marker(from: 0, weight: weight) {
                result.append(marker)
            }
        } else if isSpacedMarker(from: start, to: end, in: scalars), var candidate = marker(from: 0, weight: 2) {
            // `Deltacommissaris 1 en`, `meerlaagsveiligheid 4.`: the space goes out with the marker.
            candidate.spaceBefore = 1
            // `bedrijven 4)`: a parenthesis that closes nothing is the marker's own.
            if end < scalars.endIndex, scalars[end] == ")",
                scalars[..<start].last(where: { $0 == "(" || $0 == ")" }) != "("
            {
                candidate.length += 1
            }
            result.append(candidate)
        }
        // Glued to a number: split the run into a number and a marker.
        let precededByWord = start > 0 && scalars[scalars.index(before: start)].isFastAlphabetic
        guard !precededByWord else { return }
        // Only the last four digits can be a marker: a split before them leaves a longer rest.
        for split in max(1, count - 4)..<max(1, count) {
            let isYear = split == 4 && years.contains(1000 * digit(0) + 100 * digit(1) + 10 * digit(2) + digit(3))
            let weight = isYear ? 2 : (split >= 2 && count - split >= 2 ? 1 : 0)
            guard weight > 0, let marker = marker(from: split, weight: weight) else { continue }
            result.append(marker)
        }
    }

    /// A number after a word and one space, followed by the end, punctuation or a word that is no
    /// unit: `Deltacommissaris 1 en`, `advies 5 van`, `bedrijven 4)`; not `de 15 jaar`, `artikel 5`,
    /// `per 3 januari`. After a year and one space only before punctuation (`2022-2027 8,`), or after
    /// a date's year before a word that is no unit (`24 juni 2022 2 is`; a date is never counted on).
    /// After a sentence's full stop, question or exclamation mark and a space (a superscript that
    /// PDF text sets apart, `kapitaalmarkt. 1`, `onvoldoende»»? 1`) only at the paragraph's end or
    /// before a new sentence's capital.
    private static func isSpacedMarker<Scalars: BidirectionalCollection<Unicode.Scalar>>(
        from start: Int, to end: Int, in scalars: Scalars
    ) -> Bool where Scalars.Index == Int {
        guard start > 0, case let space = scalars.index(before: start), space > 0, scalars[space] == " " else { return false }
        var last = scalars.index(before: space)
        // After a number's point, only before a new sentence: `Verordening (EU) nr. 182/2011. 13 Het`.
        if scalars[last] == ".", last > 0, scalars[scalars.index(before: last)].isASCIIDigit {
            return end + 1 < scalars.endIndex && scalars[end] == " " && scalars[end + 1].isFastUppercase
        }
        // After a year, before punctuation: `Stroomgebiedbeheerplannen 2022-2027 8, het`; after a
        // date's year, before a word: `van 24 juni 2022 2 is`.
        if endsYear(at: last, in: scalars) {
            if end < scalars.endIndex && isClosingPunctuation(scalars[end]) { return true }
            return followsMonth(last - 4, in: scalars) && end < scalars.endIndex && scalars[end] == " "
                && continuesLowercase(after: end, in: scalars) && !unitWords.contains(nextWord(after: end, in: scalars))
        }
        if scalars[last] == "." || scalars[last] == "?" || scalars[last] == "!", last > 0, case let word = scalars.index(before: last),
            scalars[word].isFastAlphabetic || isClosingQuoteOrParenthesis(scalars[word])
        {
            let endsSentence = end == scalars.endIndex || (scalars[end] == " " && end + 1 < scalars.endIndex && scalars[end + 1].isFastUppercase)
            // After an abbreviation's point, before a clause's comma: `van 11 november jl. 1, heb ik`.
            let beforeClause = scalars[last] == "." && scalars[word].isFastLowercase && end + 2 < scalars.endIndex
                && scalars[end] == "," && scalars[end + 1] == " " && scalars[end + 2].isFastLowercase
            guard endsSentence || beforeClause else { return false }
            last = word
        }
        guard scalars[last].isFastAlphabetic || isClosingQuoteOrParenthesis(scalars[last]) else { return false }
        var wordStart = last
        while wordStart > 0, case let previous = scalars.index(before: wordStart), !scalars[previous].isFastWhitespace { wordStart = previous }
        // The word without an abbreviation's point: `nr. 1` is a number as `nr 1` is.
        var word = String(scalars: scalars[wordStart..<space]).lowercased()
        let abbreviated = word.hasSuffix(".")
        if abbreviated { word.removeLast() }
        if numberedWords.contains(word) || (word.count < 3 && !abbreviated) { return false }
        // The space after the number is one byte: the next word starts after it.
        guard end < scalars.endIndex, scalars[end] == " " else { return true }
        return !unitWords.contains(nextWord(after: end, in: scalars))
    }

    /// The letters after the one space at `end`, lowercased; empty where none follow.
    private static func nextWord<Scalars: BidirectionalCollection<Unicode.Scalar>>(after end: Int, in scalars: Scalars) -> String
    where Scalars.Index == Int {
        var nextEnd = end + 1
        while nextEnd < scalars.endIndex && scalars[nextEnd].isFastAlphabetic { nextEnd = scalars.index(after: nextEnd) }
        return nextEnd > end + 1 ? String(scalars: scalars[(end + 1)..<nextEnd]).lowercased() : ""
    }

    /// Whether a month's name and a space end just before `space` (the space before a year).
    private static func followsMonth<Scalars: BidirectionalCollection<Unicode.Scalar>>(_ space: Int, in scalars: Scalars) -> Bool
    where Scalars.Index == Int {
        guard space > 0, scalars[space] == " " else { return false }
        var start = space
        while start > 0, case let previous = scalars.index(before: start), scalars[previous].isFastAlphabetic { start = previous }
        return start < space && (start == 0 || scalars[scalars.index(before: start)] == " ")
            && DayMonthYear.months.contains(String(scalars: scalars[start..<space]).lowercased())
    }

    /// Whether a year (`years`) ends at `last`, standing alone or ending a range (`2022-2027`).
    private static func endsYear<Scalars: BidirectionalCollection<Unicode.Scalar>>(at last: Int, in scalars: Scalars) -> Bool
    where Scalars.Index == Int {
        guard last >= 3, (last - 3...last).allSatisfy({ scalars[$0].isASCIIDigit }),
            last == 3 || !scalars[last - 4].isASCIIDigit
        else { return false }
        let year = (last - 3...last).reduce(0) { $0 * 10 + Int(scalars[$1].value) - 0x30 }
        return years.contains(year)
    }

    /// The years a marker may be glued to or set apart after.
    private static let years = 1900...2099

    /// Words a number follows as its own: `artikel 5`, `nr 3`, `keuze 18`, `fase 2`; also written
    /// with an abbreviation's point (`nr. 3`, `blz. 6`).
    private static let numberedWords = Set([
        "artikel", "lid", "nummer", "fase", "hoofdstuk", "paragraaf", "bijlage", "pagina", "keuze", "stap", "tabel", "figuur",
        "laag", "deel", "week", "versie", "punt", "optie", "scenario", "actie", "pijler", "motie", "fiche", "niveau", "categorie",
        "klasse", "module", "spoor", "ronde", "jaar", "groep", "sectie",
    ] + PDFLine.numberAbbreviations)

    /// Words that make a number a quantity: `de 15 jaar`, `ruim 1500 km`; and a month's name, after
    /// a day (`per 3 januari`).
    private static let unitWords = Set([
        "jaar", "jaren", "maanden", "maand", "weken", "week", "dagen", "dag", "uur", "uren", "minuten", "keer",
        "procent", "euro", "miljoen", "miljard", "duizend", "cm", "mm", "km", "m", "meter", "liter", "kg", "ton",
        "graden", "personen", "mensen", "woningen", "leden", "landen", "procentpunt", "stuks", "x",
    ]).union(DayMonthYear.months)

    /// Whether white space and then a lowercase letter follow `end`: the sentence goes on.
    private static func continuesLowercase<Scalars: BidirectionalCollection<Unicode.Scalar>>(
        after end: Int, in scalars: Scalars
    ) -> Bool where Scalars.Index == Int {
        var index = end
        while index < scalars.endIndex, scalars[index].isFastWhitespace { index = scalars.index(after: index) }
        return index > end && index < scalars.endIndex && scalars[index].properties.isLowercase
    }

    /// What may follow a marker: the end, white space, or closing punctuation or a dash that is not a
    /// decimal point or a range's (`2.5`, `2–3`).
    private static func isMarkerEnd<Scalars: BidirectionalCollection<Unicode.Scalar>>(
        at end: Int, in scalars: Scalars
    ) -> Bool where Scalars.Index == Int {
        guard end < scalars.endIndex else { return true }
        let next = scalars[end]
        if next.isFastWhitespace { return true }
        // A dash that closes an aside (`via zijn broker 2— toegang`), not one of a range (`2–3`).
        guard isClosingPunctuation(next) || next == "—" || next == "–" else { return false }
        let afterEnd = scalars.index(after: end)
        let afterNext = afterEnd < scalars.endIndex ? scalars[afterEnd] : nil
        return !(afterNext?.isASCIIDigit ?? false)
    }

    /// `.,;:)]”’"!?`: what may close a sentence or a clause just before or after a marker.
    private static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", ",", ";", ":", ")", "]", "”", "’", "\"", "!", "?": true
        default: false
        }
    }

    /// `’`, `”`, `»` or `)`: what may end the word before a spaced marker.
    private static func isClosingQuoteOrParenthesis(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "’" || scalar == "”" || scalar == "»" || scalar == ")"
    }

    /// How plausible a marker glued onto the scalar before `start` is, or nil when it cannot be one.
    private static func glueWeight<Scalars: BidirectionalCollection<Unicode.Scalar>>(
        before start: Int, in scalars: Scalars
    ) -> Int? where Scalars.Index == Int {
        let previousStart = scalars.index(before: start)
        let previous = scalars[previousStart]
        if previous.isFastAlphabetic {
            var wordStart = previousStart
            while wordStart > 0, case let before = scalars.index(before: wordStart), scalars[before].isFastAlphabetic { wordStart = before }
            let word = scalars[wordStart..<start]
            let isShortCapitals = word.count <= 2 && word.allSatisfy { $0.isFastUppercase }
            return isShortCapitals ? nil : 3
        }
        guard isClosingPunctuation(previous) else { return nil }
        let beforePunctuation = previousStart > 0 ? scalars[scalars.index(before: previousStart)] : nil
        if previous == ",", beforePunctuation?.isASCIIDigit ?? false { return nil }  // 5,5 is a decimal
        if let beforePunctuation, beforePunctuation.isFastWhitespace { return nil }
        return 3
    }

    /// The white-space-delimited token around `offset`, and whether it is a URL (a scheme's `://`
    /// or a `www.` start).
    private static func urlToken<Scalars: BidirectionalCollection<Unicode.Scalar>>(
        around offset: Int, in scalars: Scalars
    ) -> (Range<Int>, isURL: Bool) where Scalars.Index == Int {
        var start = offset, end = offset
        while start > 0, case let before = scalars.index(before: start), !scalars[before].isFastWhitespace { start = before }
        while end < scalars.endIndex && !scalars[end].isFastWhitespace { end = scalars.index(after: end) }
        // `:` and `/` are one byte each, so the scalars after a `:` are at the next offsets.
        let hasScheme = scalars[start..<end].indices.contains { index in
            scalars[index] == ":" && index + 2 < scalars.endIndex && scalars[index + 1] == "/" && scalars[index + 2] == "/"
        }
        // `www.` is four bytes: the token is longer than that in scalars when it is in bytes.
        let isWWW = end - start > 4 && scalars[start] == "w" && scalars[start + 1] == "w" && scalars[start + 2] == "w" && scalars[start + 3] == "."
        return (start..<end, hasScheme || isWWW)
    }

    /// The heaviest chain of candidates in which both position and note number strictly increase.
    /// Candidates are kept by their index in `candidates` throughout (a dictionary keyed by
    /// candidate hashed all six fields at each of several lookups per candidate).
    static func chain(_ candidates: [Candidate]) -> [Candidate] {
        guard !candidates.isEmpty else { return [] }
        let byPosition = candidates.indices.sorted { left, right in
            let a = candidates[left], b = candidates[right]
            return a.precedes(b) || (!b.precedes(a) && a.number < b.number)
        }
        // `rank[i]`: candidate i's 1-based place in position order.
        var rank = [Int](repeating: 0, count: candidates.count)
        for (place, index) in byPosition.enumerated() { rank[index] = place + 1 }

        var tree = MaxFenwickTree(size: candidates.count)
        var previous = [Int?](repeating: nil, count: candidates.count)
        // By note number, and within one number in the order found.
        let byNumber = candidates.indices.sorted { (candidates[$0].number, $0) < (candidates[$1].number, $1) }
        var scores: [Int] = []
        var groupStart = 0
        while groupStart < byNumber.count {
            var groupEnd = groupStart + 1
            while groupEnd < byNumber.count, candidates[byNumber[groupEnd]].number == candidates[byNumber[groupStart]].number { groupEnd += 1 }
            // Score the whole group before inserting any of it: one note takes one marker.
            scores.removeAll(keepingCapacity: true)
            for index in byNumber[groupStart..<groupEnd] {
                let (score, before) = tree.best(upTo: rank[index] - 1)
                scores.append(score + candidates[index].weight)
                previous[index] = before.map { byPosition[$0 - 1] }
            }
            for (index, score) in zip(byNumber[groupStart..<groupEnd], scores) { tree.update(at: rank[index], score: score) }
            groupStart = groupEnd
        }
        let (_, lastRank) = tree.best(upTo: candidates.count)
        var result: [Candidate] = []
        var cursor = lastRank.map { byPosition[$0 - 1] }
        while let index = cursor {
            result.append(candidates[index])
            cursor = previous[index]
        }
        return result.reversed()
    }

    private static func paragraph(from block: LocatedText, removing markers: [Candidate]) -> Paragraph {
        guard !markers.isEmpty else { return Paragraph(text: block.text, location: block.startLocation) }
        let source = block.text.unicodeScalars, utf8 = block.text.utf8
        var whole = block.text
        return whole.withUTF8 { bytes in
            /// `index` moved on by `count` scalars: forward on the bytes, where a scalar is a lead byte
            /// and its continuation bytes (walking the scalar view decodes each scalar it passes).
            func advanced(_ index: String.Index, by count: Int) -> String.Index {
                guard count >= 0 else { return source.index(index, offsetBy: count) }
                var byte = utf8.distance(from: utf8.startIndex, to: index)
                for _ in 0..<count {
                    byte += 1
                    while byte < bytes.count, bytes[byte] & 0xC0 == 0x80 { byte += 1 }
                }
                return utf8.index(utf8.startIndex, offsetBy: byte)
            }
            var text = ""
            text.reserveCapacity(bytes.count)
            var noteRefs: [NoteRef] = []
            var cursor = source.startIndex, cursorOffset = 0, removed = 0
            for marker in markers.sorted(by: { $0.offset < $1.offset }) {
                let removalOffset = marker.offset - marker.spaceBefore
                let markerStart = advanced(cursor, by: removalOffset - cursorOffset)
                text += block.text[cursor..<markerStart]
                noteRefs.append(NoteRef(
                    footnote: marker.number, offset: removalOffset - removed, location: block.location(at: marker.offset)))
                cursor = advanced(markerStart, by: marker.length + marker.spaceBefore)
                cursorOffset = marker.offset + marker.length
                removed += marker.length + marker.spaceBefore
            }
            text += block.text[cursor...]
            return Paragraph(text: text, location: block.startLocation, noteRefs: noteRefs)
        }
    }

    /// Markers glued to a word that continue the sequence (last matched + 1) but have no note.
    private static func unresolvedMarkers(
        _ candidates: [Candidate], chosen: [Candidate], numbers: Set<Int>, blocks: [LocatedText]
    ) -> [Diagnostic] {
        let chosenSet = Set(chosen)
        var lastNumber = 0
        var diagnostics: [Diagnostic] = []
        let ordered = candidates.sorted { $0.precedes($1) || (!$1.precedes($0) && $0.number < $1.number) }
        for candidate in ordered {
            if chosenSet.contains(candidate) {
                lastNumber = candidate.number
            } else if candidate.weight == 3, candidate.number == lastNumber + 1,
                !numbers.contains(candidate.number)
            {
                diagnostics.append(.warning(
                    .unresolvedFootnote, "marker \(candidate.number) has no note",
                    at: blocks[candidate.block].location(at: candidate.offset)))
                lastNumber = candidate.number
            }
        }
        return diagnostics
    }
}

/// A Fenwick tree over 1-based ranks that answers "best score among ranks 1…i, and which rank".
private struct MaxFenwickTree {
    private var scores: [Int]
    private var ranks: [Int?]

    init(size: Int) {
        scores = Array(repeating: 0, count: size + 1)
        ranks = Array(repeating: nil, count: size + 1)
    }

    mutating func update(at rank: Int, score: Int) {
        var index = rank
        while index < scores.count {
            // Ties keep the earlier position, so the chain prefers markers that come first.
            if score > scores[index] || (score == scores[index] && (ranks[index].map { rank < $0 } ?? true)) {
                scores[index] = score
                ranks[index] = rank
            }
            index += index & -index
        }
    }

    func best(upTo rank: Int) -> (score: Int, rank: Int?) {
        var index = rank
        var result: (score: Int, rank: Int?) = (0, nil)
        while index > 0 {
            if scores[index] > result.score
                || (scores[index] == result.score && scores[index] > 0
                    && (ranks[index].map { r in result.rank.map { r < $0 } ?? true } ?? false))
            {
                result = (scores[index], ranks[index])
            }
            index -= index & -index
        }
        return result
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// The scalars the matcher reads a block in; an index is where a scalar starts.
protocol MarkerScalars: BidirectionalCollection<Unicode.Scalar> where Index == Int {
    /// The first index from `index` on whose scalar is an ASCII digit, or the end.
    func firstASCIIDigit(from index: Int) -> Int
    /// False when no token can be a URL (`urlToken`): the text holds neither `://` nor `www.`.
    var mayHoldURL: Bool { get }
}

extension MarkerScalars {
    func firstASCIIDigit(from index: Int) -> Int {
        var index = index
        while index < endIndex, !self[index].isASCIIDigit { index = self.index(after: index) }
        return index
    }

    var mayHoldURL: Bool { true }
}

extension FootnoteMarkerMatcher {
    /// Whether UTF-8 `bytes` hold `://` or `www.`, where a URL token (`urlToken`) can be.
    static func mayHoldURL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteWords.contains("://", in: bytes) || ByteWords.contains("www.", in: bytes)
    }
}

/// A digit is one byte, and never part of a longer scalar: the blocks on bytes look for it there.
extension ASCIIScalars: MarkerScalars {
    func firstASCIIDigit(from index: Int) -> Int { ByteWords.firstASCIIDigit(bytes, from: index) }
    var mayHoldURL: Bool { FootnoteMarkerMatcher.mayHoldURL(bytes) }
}

extension UTF8Scalars: MarkerScalars {
    func firstASCIIDigit(from index: Int) -> Int { ByteWords.firstASCIIDigit(bytes, from: index) }
    var mayHoldURL: Bool { FootnoteMarkerMatcher.mayHoldURL(bytes) }
}

/// Decoded scalars, read one by one: what the tests hold the readings on bytes to.
extension Array: MarkerScalars where Element == Unicode.Scalar {}
