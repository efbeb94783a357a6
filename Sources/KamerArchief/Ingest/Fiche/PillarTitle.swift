/// Reads a pillar's short title from the sentence that introduces it, and splits text into sentences.
///
/// `Allereerst de pijler over de financiële steun voor opschaling van productie.` and
/// `De eerste pijler ziet toe op de financiële steun voor opschaling van productie.` both give
/// "financiële steun voor opschaling van productie"; `de zesde pijler, Europese coördinatie en
/// governance, introduceert …` gives the words between the commas; `Pijler 2: Grondstoffen.` the
/// words after the colon.
enum PillarTitle {
    static func title(from sentence: Substring, after reference: PillarReference) -> String? {
        var rest = sentence[reference.end...].drop { $0 == " " }
        if rest.hasPrefix(":") {
            rest = rest.dropFirst()
        } else if rest.hasPrefix("(") {
            rest = rest.dropFirst().prefix { $0 != ")" }
        } else if rest.hasPrefix(",") && !reference.isOpener {
            rest = rest.dropFirst().prefix { $0 != "," }
        } else {
            if rest.hasPrefix(",") { rest = rest.dropFirst() }
            rest = rest.drop { $0 == " " }
            if reference.isOpener { rest = dropping(["de pijler", "het pijler"], from: rest) ?? rest }
            if let afterVerb = dropping(leadPhrases, from: rest) {
                rest = afterVerb
            } else if !reference.isOpener || dropping(articles, from: rest) == nil {
                return nil
            }
        }
        rest = dropping(articles, from: rest.drop { $0 == " " }) ?? rest.drop { $0 == " " }
        return cleaned(rest)
    }

    /// The sentences of `text`: a break after `.`, `!` or `?` and a space when a capital, digit or
    /// quote follows and the word before is no abbreviation (`jl.`, `o.a.`, `nr.`).
    ///
    /// The text is scanned on its bytes: a `.`, `!` or `?` byte followed by a space byte is a
    /// candidate (`CharacterBytes`: the period is a Character of its own; the space is when an ASCII
    /// byte follows, else its Character is asked); only there are Characters looked at. With a
    /// `limit`, the scan stops at that many sentences.
    static func sentences(in text: String, limit: Int = .max) -> [Substring] {
        let whole = Substring(text)
        let utf8 = whole.utf8
        var copy = text
        return copy.withUTF8 { bytes in
            var sentences: [Substring] = []
            var start = utf8.startIndex
            // Each `.`, `!` or `?` before the last byte, found eight bytes at a time: a sentence
            // ends at most every few dozen bytes.
            var offset = -1
            while true {
                offset = Self.nextSentenceMark(bytes, from: offset + 1)
                guard offset < bytes.count - 1 else { break }
                guard bytes[offset + 1] == 0x20 else { continue }
                let index = utf8.index(utf8.startIndex, offsetBy: offset)
                let next = utf8.index(after: index)
                // The text after the spaces, and whether its first Character may open a sentence:
                // read on the byte when that is an ASCII Character of its own (an ASCII byte or
                // the end after it), each space before it one too; else by Characters.
                var after = offset + 1
                while after < bytes.count, bytes[after] == 0x20 { after += 1 }
                let following: Substring, opens: Bool
                if after < bytes.count, bytes[after] < 0x80, after + 1 == bytes.count || bytes[after + 1] < 0x80 {
                    let first = bytes[after]
                    following = whole[utf8.index(next, offsetBy: after - offset - 1)...]
                    opens = (0x41...0x5A).contains(first) || (0x30...0x39).contains(first)
                        || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || first == UInt8(ascii: "(")
                } else {
                    guard CharacterBytes.loneASCII(utf8, at: next) != nil || whole[next] == " " else { continue }
                    following = whole[next...].drop { $0 == " " }
                    opens = following.first.map { $0.isUppercase || $0.isNumber || "“‘\"'(".contains($0) } ?? false
                }
                guard opens, !isAbbreviation(before: index, in: whole) else { continue }
                sentences.append(whole[start..<next])
                if sentences.count == limit { return sentences }
                start = following.startIndex
            }
            if start < utf8.endIndex { sentences.append(whole[start...]) }
            return sentences
        }
    }

    /// The offset of the first `.`, `!` or `?` at or after `offset`, or `bytes.count`.
    private static func nextSentenceMark(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        var index = offset
        while index + 8 <= bytes.count {
            let word = ByteWords.word(bytes, at: index)
            let found = ByteWords.equalBytes(word, UInt8(ascii: ".")) | ByteWords.equalBytes(word, UInt8(ascii: "!"))
                | ByteWords.equalBytes(word, UInt8(ascii: "?"))
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < bytes.count, bytes[index] != UInt8(ascii: "."), bytes[index] != UInt8(ascii: "!"), bytes[index] != UInt8(ascii: "?") {
            index += 1
        }
        return index
    }
}

private extension PillarTitle {
    static let articles = ["de", "het", "een"]
    static let leadPhrases = [
        "ziet toe op", "ziet op", "richt zich op", "richt zich vooral op", "is gericht op", "gaat over",
        "heeft betrekking op", "betreft", "behelst", "omvat", "draait om", "focust op", "bestaat uit",
        "over", "is",
    ]
    static let clauseStarts = [", waarbij", ", waarmee", ", waarin", ", zodat", ", omdat", ", die ", ", dat ", " met als doel"]
    static let abbreviations: Set<String> = ["jl", "nr", "art", "bijv", "mr", "dhr", "mw", "dr", "drs", "prof", "ca", "zgn", "resp", "incl", "excl", "vgl", "mln", "mld", "mrd"]

    static func cleaned(_ text: Substring) -> String? {
        var title = String(text)
        for clause in clauseStarts {
            if let start = firstOccurrence(of: clause, in: title) { title = String(title[..<start]) }
        }
        while let last = title.last, ".,;: ".contains(last) { title.removeLast() }
        if title.unicodeScalars.count > 100, let comma = title.firstIndex(of: ",") { title = String(title[..<comma]) }
        return title.isEmpty ? nil : title
    }

    /// Whether the word before the period at `period` is an abbreviation: it has a period of its
    /// own or is a known one. Walked back on bytes while they are ASCII; a word with other bytes
    /// is read as Characters.
    static func isAbbreviation(before period: String.Index, in text: Substring) -> Bool {
        let bytes = text.utf8
        var start = period
        while start > bytes.startIndex {
            let before = bytes.index(before: start)
            let byte = bytes[before]
            if byte >= 0x80 { return isAbbreviation(characterWiseBefore: period, in: text) }
            guard CharacterBytes.isASCIILetter(byte) || byte == UInt8(ascii: ".") else { break }
            start = before
        }
        let token = text[start..<period]
        return token.utf8.contains(UInt8(ascii: ".")) || abbreviations.contains(token.lowercased())
    }
}

extension PillarTitle {
    /// `isAbbreviation(before:in:)` read as Characters: for a word with bytes beyond ASCII, and
    /// the tests' reference.
    static func isAbbreviation(characterWiseBefore period: String.Index, in text: Substring) -> Bool {
        let word = text[..<period].reversed().prefix { $0.isLetter || $0 == "." }
        let token = String(word.reversed())
        return token.contains(".") || abbreviations.contains(token.lowercased())
    }

    /// `text` without the first of `phrases` it starts with (whole words, any case), or nil.
    ///
    /// A phrase and the space after it are compared on the bytes when the text's bytes up to the
    /// one after that space are ASCII: each is then a Character of its own, which folds to itself
    /// lowercased. Otherwise folding decides: it works Character by Character, so the phrases (at
    /// most 20 letters and a space) are looked for in the folded first Characters only.
    static func dropping(_ phrases: [String], from text: Substring) -> Substring? {
        if let length = text.utf8.withContiguousStorageIfAvailable({ matchedLength(of: phrases, in: $0) }), let length {
            return length.map { text.dropFirst($0 + 1).drop { $0 == " " } }
        }
        let folded = PillarReferences.fold(text.prefix(32))
        for phrase in phrases where folded.hasPrefix(phrase + " ") {
            return text.dropFirst(phrase.count + 1).drop { $0 == " " }
        }
        return nil
    }

    /// `dropping`'s answer on the bytes: the length of the first phrase that `bytes` start with,
    /// followed by a space (`.some(nil)`: none does); nil when a byte beyond ASCII comes too soon
    /// to decide, where folding must.
    private static func matchedLength(of phrases: [String], in bytes: UnsafeBufferPointer<UInt8>) -> Int?? {
        let asciiLead = ByteWords.firstNonASCII(UnsafeBufferPointer(rebasing: bytes.prefix(32)))
        for phrase in phrases {
            let length = phrase.utf8.count
            // The byte after the space must be ASCII too, or the text must end after the space.
            guard asciiLead >= length + 2 || (asciiLead == bytes.count && asciiLead >= length + 1) else {
                if asciiLead == bytes.count { continue }
                return nil
            }
            var matches = bytes[length] == 0x20
            var index = 0
            for letter in phrase.utf8 where matches {
                let byte = bytes[index]
                matches = letter == CharacterBytes.lowercasedASCII(byte)
                index += 1
            }
            if matches { return .some(length) }
        }
        return .some(nil)
    }

    /// Where `phrase` (ASCII) first occurs in `text`. On the bytes when `text` is ASCII too;
    /// otherwise Foundation's search, which also matches canonically equivalent forms, confirms a
    /// match the bytes found. A phrase of lowercase letters, commas and spaces has no equivalent
    /// beyond ASCII, so where the bytes find none, Foundation finds none either.
    static func firstOccurrence(of phrase: String, in text: String) -> String.Index? {
        var copy = text
        let (found, isASCII) = copy.withUTF8 { bytes in
            (CharacterBytes.firstIndex(of: phrase.utf8, in: bytes, from: 0), ByteWords.firstNonASCII(bytes) == bytes.count)
        }
        guard let found else { return nil }
        guard isASCII else { return text.range(of: phrase)?.lowerBound }
        return text.utf8.index(text.utf8.startIndex, offsetBy: found)
    }
}
