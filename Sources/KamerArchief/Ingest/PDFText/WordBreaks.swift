/// Words that a typeset text broke at a line's end (`beperk-` / `tere`), told apart from compounds
/// written with a hyphen that the line's end happens to fall after (`Tozo-` / `lening`).
///
/// The Tweede Kamer's Kamerstukken are justified and hyphenated; the letters and fiches made in a
/// word processor are not, so only the Kamerstuk readers ask. The text's own words decide first:
/// `beperktere` written whole on some line joins the break, `Tozo-lening` written on one line keeps
/// its hyphen. A break that the text does not settle joins when the part before it looks like a
/// syllable of a word (lowercase, with a vowel, or a capitalised word of six letters or more), not
/// an abbreviation (`mkb-`, `EU-`) or a short name (`Tozo-`).
struct WordBreaks {
    /// Every word the text writes whole on a line, its punctuation trimmed; made at the first break.
    private var words: Set<Substring>?
    private let lines: [GappedLine]

    init(_ lines: [GappedLine]) { self.lines = lines }

    /// Whether `previous` ends in a word broken off with a hyphen that `next` completes.
    mutating func joins(_ previous: PDFLine, _ next: PDFLine) -> Bool {
        guard LocatedText.joinsPDFLinesWithoutSpace(previous, next), next.startsLowercase else { return false }
        let before = previous.text.split(separator: " ").last.map { $0.dropLast() } ?? ""
        let after = Self.trimmed(next.firstWord)
        guard let last = before.unicodeScalars.last, last.isFastLowercase, !after.isEmpty else { return false }
        if words == nil { words = Self.words(lines) }
        let joined = before + after
        if words!.contains(joined[...]) { return true }
        if words!.contains((before + "-" + after)[...]) { return false }
        let scalars = Array(before.unicodeScalars)
        guard scalars.allSatisfy(\.isFastAlphabetic) else { return false }
        if scalars[0].isFastUppercase { return scalars.count >= 6 && !scalars.dropFirst().contains(where: \.isFastUppercase) }
        return scalars.count >= 2 && scalars.contains { "aeiouyéëèïöüáó".unicodeScalars.contains($0) }
    }

    private static func words(_ lines: [GappedLine]) -> Set<Substring> {
        var words: Set<Substring> = []
        for line in lines {
            for word in line.line.text.split(separator: " ") { words.insert(trimmed(word)) }
        }
        return words
    }

    /// A word without the punctuation around it: `(beperktere),` → `beperktere`. Trimmed on its
    /// bytes: ASCII punctuation, and the curly quotes `‘’“”` (`E2 80 98`…`E2 80 9D`) whole.
    private static func trimmed(_ word: Substring) -> Substring {
        let bytes = Array(word.utf8)
        func isASCIIPunctuation(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "'"), UInt8(ascii: "\""): true
            default: false
            }
        }
        func isQuote(at index: Int) -> Bool {
            index >= 0 && index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && (0x98...0x9D).contains(bytes[index + 2])
        }
        var start = 0, end = bytes.count
        while start < end {
            if isASCIIPunctuation(bytes[start]) { start += 1 } else if isQuote(at: start) { start += 3 } else { break }
        }
        while end > start {
            if isASCIIPunctuation(bytes[end - 1]) { end -= 1 } else if end - 3 >= start, isQuote(at: end - 3) { end -= 3 } else { break }
        }
        if start == 0, end == bytes.count { return word }
        return Substring(String(decoding: bytes[start..<end], as: UTF8.self))
    }
}
