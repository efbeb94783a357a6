/// Finds references to published papers in running text: Kamerstukken, Handelingen, Staatsblad,
/// Staatscourant, EU documents and plain URLs.
///
/// The parser walks the text once. At the start of every word it looks the word up in the table of
/// `CitationPattern`s (`CitationParser+Patterns.swift`); a row whose trigger matches reads the rest of
/// the citation with bounded readers, and the first row that succeeds wins. Scanning resumes after a
/// match, so citations never overlap, and a failed row costs O(1): the whole parse is linear in the
/// length of the text, however long its lines or deep its brackets.
///
/// Only a trigger word makes a citation. `32852 nr. 224` alone is too easily a house number or a count
/// to link; `PGS 37-1`, `CO2`, `5-10 jaar`, dates and amounts have no trigger and are never read. The
/// numbers that are read without a word next to them are a Kamerstuk's in brackets with `nr.`, as the
/// Handelingen write it after a motie's name (`(35300-A, nr. 15)`, `readBracketedKamerstuk`), and
/// the Handelingen' lists of moties after a colon (`moties … aan te houden: 35925-32; 35570-XIV-46`,
/// `readListedKamerstuk`), whose sentence must name them, and a motion's number after `krijgt nr.`
/// (`Zij krijgt nr. 1530 (32813).`, `readNumberGiven`).
public enum CitationParser {
    /// All citations in `text`, in order, non-overlapping; ranges in Unicode scalar offsets into `text`.
    public static func parse(_ text: String) -> [Citation] {
        mayCite(text) ? parseEveryWord(text) : []
    }

    /// `parse` without the `mayCite` shortcut: looks every word up.
    static func parseEveryWord(_ text: String) -> [Citation] {
        var scanner = CitationScanner(Array(scalarsOf: text))
        // Read once: a static read per word costs a `swift_once` each time.
        let triggers = triggerWords
        var citations: [Citation] = []
        var offset = 0
        while offset < scanner.scalars.count {
            let scalar = scanner.scalars[offset]
            guard scanner.isAlphanumeric(scalar), !scanner.isAlphanumeric(scanner.scalar(at: offset - 1)) else {
                offset += 1
                continue
            }
            let wordEnd = endOfRun(from: offset, in: scanner.scalars, sameClassAs: scalar)
            if let citation = citation(startingAt: offset, wordEnd: wordEnd, triggers: triggers, scanner: &scanner) {
                citations.append(citation)
                offset = citation.range.end
                // `nrs. 431 en 437`: the papers after the first in the same dossier.
                let more = listedNumbers(after: citation, &scanner)
                citations += more
                offset = more.last?.range.end ?? offset
            } else {
                offset = wordEnd
            }
        }
        return citations
    }
}

extension CitationParser {
    /// Whether `text` may hold a citation: a trigger word at what may be a word start and end (an
    /// EU act's word with what may open its number after it), or
    /// the five digits and a capital that open a CELEX number, or five digits after a bracket. One pass over the UTF-8 bytes, and
    /// never false where `parse` finds a citation: most paragraphs have none, and are then not
    /// copied into scalars at all. A byte beyond ASCII next to a trigger may be a letter or not,
    /// so it never rules a trigger out.
    ///
    /// The pass reads eight bytes at a time: of each eight, the letters that start a word (no ASCII
    /// letter or digit before them) and the digits that start a run are found at once, and only
    /// those are looked at.
    static func mayCite(_ text: String) -> Bool {
        var text = text
        // The tables are read once: a static read inside the loop costs a `swift_once` per byte.
        let firstBytes = triggerFirstBytes, secondBytes = triggerSecondBytes, triggers = triggersByFirstByte
        let numberGiven = numberGivenBytes
        return text.withUTF8 { bytes in
            /// Whether a trigger word starts at `index`, a word start, and ends before a letter.
            func triggerStarts(at index: Int) -> Bool {
                let byte = bytes[index]
                guard firstBytes[Int(byte >> 6)] >> (byte & 63) & 1 == 1 else { return false }
                // Most words that start as a trigger does (`aan`, `het`, `met`) differ in their
                // second byte: ruled out on it before any trigger is compared.
                if index + 1 < bytes.count {
                    let second = bytes[index + 1]
                    guard secondBytes[Int(byte) << 2 | Int(second >> 6)] >> (second & 63) & 1 == 1 else { return false }
                }
                for (word, numberFollows) in triggers[Int(byte)] where bytes[index...].starts(with: word) {
                    let end = index + word.count
                    guard end == bytes.count || !CharacterBytes.isASCIILetter(bytes[end]) else { continue }
                    if !numberFollows || opensNumber(after: end) { return true }
                }
                return false
            }
            /// Whether white space and then a bracket, a digit or an `n` (`nr.`, `nummer`) follow
            /// `index`, as an EU act's number does its word.
            func opensNumber(after index: Int) -> Bool {
                var at = index
                // White space, a byte beyond ASCII taken for some (a no-break space): never too strict.
                while at < bytes.count, at - index < 12, bytes[at] == 0x20 || bytes[at] &- 0x09 < 5 || bytes[at] >= 0x80 { at += 1 }
                guard at > index, at < bytes.count else { return false }
                let next = bytes[at]
                return next == UInt8(ascii: "(") || next &- UInt8(ascii: "0") < 10 || next | 0x20 == UInt8(ascii: "n")
            }
            /// Whether the run of digits at `index` has five or more and a capital after it (a CELEX
            /// number), five right after a bracket, also in groups (a Kamerstuk's number), five and a hyphen after
            /// `: ` or `; ` (one in a list of moties), or stands after `krijgt nr. ` (a motion's number).
            func numberStarts(at index: Int) -> Bool {
                var end = index
                while end < bytes.count, bytes[end] &- UInt8(ascii: "0") < 10 { end += 1 }
                if end - index == 5, index > 0, bytes[index - 1] == UInt8(ascii: "(") { return true }
                // `(21 501-31, nr. 205)`: five digits in their groups after the bracket, whatever space
                // stands between them (rare: the parser decides).
                if end - index == 2, index > 0, bytes[index - 1] == UInt8(ascii: "(") { return true }
                if index >= numberGiven.count, bytes[index - 1] == 0x20, bytes[index - 2] == UInt8(ascii: "."),
                    bytes[(index - numberGiven.count)..<index].elementsEqual(numberGiven)
                {
                    return true
                }
                if end - index == 5, index > 1, end < bytes.count, bytes[end] == UInt8(ascii: "-"), bytes[index - 1] == 0x20,
                    bytes[index - 2] == UInt8(ascii: ":") || bytes[index - 2] == UInt8(ascii: ";")
                {
                    return true
                }
                return end - index >= 5 && end < bytes.count && bytes[end] &- UInt8(ascii: "A") < 26
            }
            var index = 0
            // The high bit of byte 0 when the byte before the eight is a letter or digit
            // (`alphanumericBefore`), or a digit (`digitBefore`).
            var alphanumericBefore: UInt64 = 0, digitBefore: UInt64 = 0
            while index + 8 <= bytes.count {
                let word = ByteWords.word(bytes, at: index)
                let letters = ByteWords.asciiLetters(word), digits = ByteWords.digits(word)
                let alphanumeric = letters | digits
                // Each byte's mark moved onto the byte after it: what comes after a letter or digit.
                var starts = letters & ~(alphanumeric << 8 | alphanumericBefore) | digits & ~(digits << 8 | digitBefore)
                while starts != 0 {
                    let at = index + starts.trailingZeroBitCount / 8
                    if bytes[at] &- UInt8(ascii: "0") < 10 ? numberStarts(at: at) : triggerStarts(at: at) { return true }
                    starts &= starts - 1
                }
                alphanumericBefore = alphanumeric >> 56
                digitBefore = digits >> 56
                index += 8
            }
            while index < bytes.count {
                let byte = bytes[index], before = index > 0 ? bytes[index - 1] : 0x20
                if byte &- UInt8(ascii: "0") < 10 {
                    if before &- UInt8(ascii: "0") >= 10, numberStarts(at: index) { return true }
                } else if CharacterBytes.isASCIILetter(byte), !CharacterBytes.isASCIIAlphanumeric(before), triggerStarts(at: index) {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// `krijgt nr. `, before a motion's number (`readNumberGiven`).
    private static let numberGivenBytes = Array("krijgt nr. ".utf8)

    /// The first bytes of trigger words, as 256 bits: a byte that starts none costs one test.
    private static let triggerFirstBytes: [UInt64] = {
        var masks: [UInt64] = [0, 0, 0, 0]
        for word in rowsByWord.keys { masks[Int(word.utf8.first! >> 6)] |= 1 << (word.utf8.first! & 63) }
        return masks
    }()

    /// For each first byte, the second bytes of its trigger words as 256 bits (four words from
    /// `4 × first byte`); a trigger of one letter allows every byte that is not an ASCII letter,
    /// which may end it (a byte beyond ASCII among them, as `triggerStarts` takes it).
    private static let triggerSecondBytes: [UInt64] = {
        var masks = [UInt64](repeating: 0, count: 256 * 4)
        func allow(_ first: UInt8, _ second: UInt8) { masks[Int(first) << 2 | Int(second >> 6)] |= 1 << (second & 63) }
        for word in rowsByWord.keys {
            let bytes = Array(word.utf8)
            if bytes.count > 1 {
                allow(bytes[0], bytes[1])
            } else {
                for second in UInt8.min...UInt8.max where !CharacterBytes.isASCIILetter(second) { allow(bytes[0], second) }
            }
        }
        return masks
    }()

    /// The trigger words' bytes, by their first byte, and whether a number must follow them
    /// (`CitationPattern.numberFollows`, where every row of the word asks it).
    private static let triggersByFirstByte: [[(word: [UInt8], numberFollows: Bool)]] = {
        var table = [[(word: [UInt8], numberFollows: Bool)]](repeating: [], count: 256)
        for (word, rows) in rowsByWord.sorted(by: { $0.key < $1.key }) {
            table[Int(word.utf8.first!)].append((Array(word.utf8), rows.allSatisfy(\.numberFollows)))
        }
        return table
    }()
}

private extension CitationParser {
    /// The rows for each trigger word, in table order.
    static let rowsByWord: [String: [CitationPattern]] = {
        var rows: [String: [CitationPattern]] = [:]
        for pattern in patterns {
            for case .word(let word) in pattern.triggers { rows[word, default: []].append(pattern) }
        }
        return rows
    }()

    /// The rows a number starts; `mayCite` knows them (a CELEX number, a Kamerstuk's in brackets).
    static let numberRows = patterns.filter { $0.triggers.contains(.number) }

    /// What a word must be like to be looked up as a trigger.
    static let triggerWords = TriggerWords(rowsByWord.keys)

    /// The first citation a table row reads from the word at `start`, if any.
    static func citation(startingAt start: Int, wordEnd: Int, triggers: TriggerWords, scanner: inout CitationScanner) -> Citation? {
        let rows: [CitationPattern]
        let readFrom: Int
        if scanner.scalars[start].isASCIIDigit {
            (rows, readFrom) = (numberRows, start)
        } else if triggers.mayBe(length: wordEnd - start, first: scanner.scalars[start]) {
            let word = String(scalars: scanner.scalars[start..<wordEnd])
            (rows, readFrom) = (rowsByWord[word] ?? [], wordEnd)
        } else {
            return nil
        }
        for row in rows {
            scanner.start = start
            scanner.position = readFrom
            guard let parts = row.read(&scanner) else { continue }
            // A reader may start the citation after its trigger (`krijgt nr. 12 (36200)`).
            return Citation(
                kind: row.kind, text: scanner.readSoFar, url: parts.url,
                range: TextRange(offset: scanner.start, length: scanner.position - scanner.start),
                kamer: parts.kamer, vergaderjaar: parts.vergaderjaar, dossier: parts.dossier,
                ondernummer: parts.ondernummer, year: parts.year, number: parts.number, item: parts.item)
        }
        return nil
    }

    /// The end of the run of letters (or of digits) that `first` starts.
    static func endOfRun(from start: Int, in scalars: [Unicode.Scalar], sameClassAs first: Unicode.Scalar) -> Int {
        let wantDigits = first.isASCIIDigit
        var end = start + 1
        while end < scalars.count {
            let scalar = scalars[end]
            guard wantDigits ? scalar.isASCIIDigit : scalar.isFastAlphabetic else { break }
            end += 1
        }
        return end
    }
}

/// The first scalar and the length (in scalars) of every trigger word, as bits: a word that fails
/// either test is no trigger, and is not made into a string to look up. Longer words than the
/// longest trigger (or than 63 scalars) are never looked up, which keeps long runs cheap.
struct TriggerWords: Sendable {
    private var lengths: UInt64 = 0
    private var asciiStarts: (UInt64, UInt64) = (0, 0)
    private var otherStarts: Set<Unicode.Scalar> = []

    init(_ words: some Sequence<String>) {
        for word in words {
            let scalars = word.unicodeScalars
            guard let first = scalars.first, scalars.count < 64 else { continue }
            lengths |= 1 << UInt64(scalars.count)
            switch first.value {
            case ..<64: asciiStarts.0 |= 1 << UInt64(first.value)
            case ..<128: asciiStarts.1 |= 1 << UInt64(first.value - 64)
            default: otherStarts.insert(first)
            }
        }
    }

    @inline(__always)
    func mayBe(length: Int, first: Unicode.Scalar) -> Bool {
        guard length < 64, lengths >> UInt64(length) & 1 == 1 else { return false }
        switch first.value {
        case ..<64: return asciiStarts.0 >> UInt64(first.value) & 1 == 1
        case ..<128: return asciiStarts.1 >> UInt64(first.value - 64) & 1 == 1
        default: return otherStarts.contains(first)
        }
    }
}
