/// How a sentence names a pillar: `de derde pijler`, `pijler III`, `Pijler 2:`, `pijlers II en III`,
/// or an enumeration opener such as `Ten tweede` or `Tenslotte`.
struct PillarReference: Sendable, Hashable {
    /// The pillars named; `nil` stands for "the last one" (`tenslotte`, `de laatste pijler`).
    var numbers: [Int?]
    /// Where the naming words end in the sentence, so that a title can be read from what follows.
    var end: String.Index
    /// True for an opener (`Allereerst`, `Ten derde`) rather than the word `pijler` with a number.
    var isOpener: Bool
}

/// A word of a sentence: letters and digits only, with its range in the sentence.
struct PillarWord: Sendable, Hashable {
    var text: Substring
    var range: Range<String.Index>
    /// Lowercase and without diacritics.
    var folded: String { PillarReferences.fold(text) }
}

/// The words of a sentence, kept as byte ranges: a word becomes a substring only when it is read,
/// and is compared with a folded word on its bytes.
struct PillarWords: RandomAccessCollection {
    let sentence: Substring
    /// Each word's bytes, as offsets in `sentence.utf8`.
    fileprivate var bounds: [Range<Int>] = []
    /// Per word, what its bytes say of its folding: an ASCII word is read as it is scanned.
    fileprivate var nouns: [PillarNoun] = []

    fileprivate enum PillarNoun: UInt8 { case none, singular, plural, beyondASCII }

    fileprivate init(sentence: Substring) { self.sentence = sentence }

    var startIndex: Int { 0 }
    var endIndex: Int { bounds.count }
    subscript(position: Int) -> PillarWord {
        let range = range(position)
        return PillarWord(text: sentence[range], range: range)
    }

    func range(_ position: Int) -> Range<String.Index> {
        let utf8 = sentence.utf8, bounds = bounds[position]
        let start = utf8.index(utf8.startIndex, offsetBy: bounds.lowerBound)
        return start..<utf8.index(start, offsetBy: bounds.count)
    }

    func folded(_ position: Int) -> String { self[position].folded }

    /// Whether the word at `position` folds to `target`, lowercase ASCII: compared on the bytes
    /// when the word is ASCII, folded otherwise.
    func folds(_ position: Int, to target: String) -> Bool {
        let bounds = bounds[position]
        let answer = sentence.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let word = UnsafeBufferPointer(rebasing: bytes[bounds])
            guard ByteWords.firstNonASCII(word) == word.count else { return nil }
            guard word.count == target.utf8.count else { return false }
            var index = 0
            for byte in target.utf8 {
                let letter = word[index]
                guard CharacterBytes.lowercasedASCII(letter) == byte else { return false }
                index += 1
            }
            return true
        }
        if let answer, let answer { return answer }
        return folded(position) == target
    }

    func isPillarNoun(_ position: Int) -> Bool {
        switch nouns[position] {
        case .none: false
        case .singular, .plural: true
        case .beyondASCII: folds(position, to: "pijler") || folds(position, to: "pijlers")
        }
    }

    /// Whether the word at `position` is `pijlers` (the caller knows it is a pillar noun).
    func isPluralPillarNoun(_ position: Int) -> Bool {
        nouns[position] == .beyondASCII ? folds(position, to: "pijlers") : nouns[position] == .plural
    }

    /// What an ASCII word's bytes are: `pijler` or `pijlers` in any case, or another word.
    fileprivate static func noun(_ word: UnsafeBufferPointer<UInt8>) -> PillarNoun {
        guard word.count == 6 || word.count == 7, PillarReferences.spellsPillarNoun(word, at: 0, letters: word.count) else { return .none }
        return word.count == 6 ? .singular : .plural
    }
}

enum PillarReferences {
    /// The explicit pillar references in `sentence`, in order.
    static func explicit(in sentence: Substring) -> [PillarReference] {
        guard mayNamePillars(sentence) else { return [] }
        let tokens = words(in: sentence)
        var references: [PillarReference] = []
        for index in tokens.indices where tokens.isPillarNoun(index) {
            let word = tokens[index]
            if index > 0, let ordinal = ordinal(tokens.folded(index - 1)) {
                references.append(PillarReference(numbers: [ordinal], end: word.range.upperBound, isOpener: false))
                continue
            }
            let isPlural = tokens.isPluralPillarNoun(index)
            var numbers: [Int?] = []
            var cursor = index + 1
            var end = word.range.upperBound
            while cursor < tokens.count, let number = numeral(tokens[cursor].text) {
                numbers.append(number)
                end = tokens.range(cursor).upperBound
                let isList = isPlural && cursor + 2 < tokens.count && tokens.folds(cursor + 1, to: "en")
                cursor += isList ? 2 : 1
                if !isPlural { break }
            }
            if !numbers.isEmpty { references.append(PillarReference(numbers: numbers, end: end, isOpener: false)) }
        }
        return references
    }

    /// The enumeration opener that starts `sentence`, if any: `Allereerst`, `Ten eerste`, `Ten slotte` …
    static func opener(of sentence: Substring) -> PillarReference? {
        // Every opener's first word starts with `a`, `t` or `i`: a sentence whose first word starts
        // with another ASCII letter or a digit is not split. Beyond ASCII, folding decides.
        if let first = sentence.utf8.first(where: { $0 >= 0x80 || CharacterBytes.isASCIIAlphanumeric($0) }), first < 0x80,
            !openerInitials.contains(first | 0x20) {
            return nil
        }
        let tokens = words(in: sentence, limit: 4)
        let folded = tokens.map(\.folded)
        func reference(_ number: Int?, words count: Int) -> PillarReference {
            PillarReference(numbers: [number], end: tokens[count - 1].range.upperBound, isOpener: true)
        }
        guard let first = folded.first else { return nil }
        switch first {
        case "allereerst": return reference(1, words: 1)
        case "tenslotte": return reference(nil, words: 1)
        default: break
        }
        guard folded.count >= 2 else { return nil }
        if first == "ten", let number = ordinal(folded[1]) { return reference(number, words: 2) }
        if (first == "ten" || first == "tot") && (folded[1] == "slotte" || folded[1] == "slot") { return reference(nil, words: 2) }
        if first == "als" && folded[1] == "laatste" { return reference(nil, words: 2) }
        if folded.count >= 4, first == "in", folded[1] == "de", folded[3] == "plaats", let number = ordinal(folded[2]) {
            return reference(number, words: 4)
        }
        return nil
    }

    /// The number of pillars a text states: `bestaat uit zes pijlers`, `kent 4 pijlers`.
    static func statedCount(in text: Substring) -> (count: Int, range: Range<String.Index>)? {
        guard mayNamePillars(text) else { return nil }
        let tokens = words(in: text)
        for index in tokens.indices.dropFirst() where tokens.isPillarNoun(index) && tokens.isPluralPillarNoun(index) {
            // Allow one adjective between the number and the noun: `drie inhoudelijke pijlers`.
            for distance in 1...2 where index - distance >= 0 {
                if let count = cardinal(tokens.folded(index - distance)) {
                    return (count, tokens.range(index - distance).lowerBound..<tokens.range(index).upperBound)
                }
            }
        }
        return nil
    }

    /// Whether `text` speaks of pillars at all.
    static func mentionsPillars(_ text: Substring) -> Bool {
        guard mayNamePillars(text) else { return false }
        let tokens = words(in: text)
        return tokens.indices.contains { tokens.isPillarNoun($0) }
    }

    /// Whether a word of `text` may fold to `pijler` or `pijlers`: false lets a sentence without
    /// pillars skip the word split. One pass over the bytes, following which letters of `pijler`
    /// the text could have spelled so far (a bit per length). An ASCII letter must be the next
    /// letter in any case. Beyond ASCII, a combining mark, which folding drops, changes nothing; a
    /// letter may fold to one letter of `pijler` (`é` to `e`), and one that folding may spell as
    /// several (`ß`, `ĳ`, `ﬁ`) to up to three; anything else (punctuation, spaces, digits) ends a
    /// word. So it is never false where `words(in:)` and `fold` find the word, and Dutch letters
    /// such as `ë` and `é` no longer send every sentence through the split.
    static func mayNamePillars(_ text: Substring) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ mayNamePillars(bytes: $0) }) { return answer }
        var copy = String(text)
        return copy.withUTF8 { mayNamePillars(bytes: $0) }
    }

    private static func mayNamePillars(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A text of ASCII, most sentences, names a pillar only with `pijler` in some case.
        if ByteWords.firstNonASCII(bytes) == bytes.count {
            var index = 0
            while index + 6 <= bytes.count {
                if bytes[index] | 0x20 == 0x70, spellsPillarNoun(bytes, at: index, letters: 6) { return true }
                index += 1
            }
            return false
        }
        var spelled: UInt8 = 1  // bit k: the text could end with the first k letters of `pijler`
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            index += 1
            var next: UInt8 = 1
            if lead < 0x80 {
                next |= (spelled & pillarLetterBit(CharacterBytes.lowercasedASCII(lead))) << 1
            } else {
                let scalar = Unicode.Scalar.decoding(lead: lead) {
                    defer { index += 1 }
                    return index < bytes.count ? bytes[index] : 0x80
                }
                switch foldedLetters(scalar) {
                case 0: next = spelled
                case 1: next |= spelled << 1
                case 3: next |= spelled << 1 | spelled << 2 | spelled << 3
                default: break
                }
            }
            spelled = next & 0x7F
            if spelled & 0x40 != 0 { return true }
        }
        return false
    }

    /// Whether the `letters` ASCII bytes at `start` are the first letters of `pijlers` in any case
    /// (`| 0x20` lowercases a letter, and makes no other byte a letter of the word).
    @inline(__always)
    static func spellsPillarNoun(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, letters: Int) -> Bool {
        let word: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0x70, 0x69, 0x6A, 0x6C, 0x65, 0x72, 0x73)  // "pijlers"
        return withUnsafeBytes(of: word) { word in
            (0..<letters).allSatisfy { bytes[start + $0] | 0x20 == word[$0] }
        }
    }

    /// The bit of the letter's position in `pijler` (whose six letters differ), as `spelled` counts
    /// it: the text could end with the letters before it.
    @inline(__always)
    private static func pillarLetterBit(_ letter: UInt8) -> UInt8 {
        switch letter {
        case UInt8(ascii: "p"): 1 << 0
        case UInt8(ascii: "i"): 1 << 1
        case UInt8(ascii: "j"): 1 << 2
        case UInt8(ascii: "l"): 1 << 3
        case UInt8(ascii: "e"): 1 << 4
        case UInt8(ascii: "r"): 1 << 5
        default: 0
        }
    }

    /// How many letters folding may make of `scalar`, beyond ASCII: 0 for a combining mark, up to
    /// 3 (returned as 3) for a letter folding may spell as several, 1 for any other letter, and -1
    /// for what is no letter.
    private static func foldedLetters(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return 0
        case 0x00C6, 0x00DF, 0x00E6, 0x0132, 0x0133, 0x0149, 0x0152, 0x0153, 0x01C4...0x01CC, 0x01F1...0x01F3, 0x1E9E, 0xFB00...0xFB06:
            return 3
        default: return scalar.properties.isAlphabetic ? 1 : -1
        }
    }

    private static let openerInitials: Set<UInt8> = [UInt8(ascii: "a"), UInt8(ascii: "t"), UInt8(ascii: "i")]

    /// The runs of letters and digits (`Character.isLetter || isNumber`) in `text`, walked on its
    /// bytes where a byte is a Character of its own (`CharacterBytes`); the first `limit` of them.
    static func words(in text: Substring, limit: Int = .max) -> PillarWords {
        if let words = text.utf8.withContiguousStorageIfAvailable({ words(in: text, bytes: $0, limit: limit) }) { return words }
        let copy = Substring(String(text))
        return words(in: copy, limit: limit)
    }

    /// `words(in:limit:)` over `bytes`, the UTF-8 of `text`: a byte beyond ASCII asks for its
    /// Character, every other byte is a Character of its own.
    private static func words(in text: Substring, bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> PillarWords {
        let utf8 = text.utf8
        var words = PillarWords(sentence: text)
        var start = -1
        var offset = 0
        var isASCII = true
        while offset <= bytes.count, words.bounds.count < limit {
            let isWordCharacter: Bool
            let next: Int
            var isLoneASCII = true
            if offset == bytes.count {
                (isWordCharacter, next) = (false, offset)
            } else if bytes[offset] < 0x80, offset + 1 == bytes.count || bytes[offset + 1] < 0x80 {
                (isWordCharacter, next) = (CharacterBytes.isASCIIAlphanumeric(bytes[offset]), offset + 1)
            } else {
                let characterStart = utf8.index(utf8.startIndex, offsetBy: offset)
                let character = text[characterStart]
                let characterEnd = text.index(after: characterStart)
                isLoneASCII = false
                (isWordCharacter, next) = (character.isLetter || character.isNumber, offset + utf8.distance(from: characterStart, to: characterEnd))
            }
            if isWordCharacter {
                if start < 0 {
                    start = offset
                    isASCII = true
                }
                if !isLoneASCII { isASCII = false }
            } else if start >= 0 {
                words.bounds.append(start..<offset)
                words.nouns.append(isASCII ? PillarWords.noun(UnsafeBufferPointer(rebasing: bytes[start..<offset])) : .beyondASCII)
                start = -1
            }
            guard offset < bytes.count else { break }
            offset = next
        }
        return words
    }

    /// Lowercase without diacritics.
    static func fold(_ text: Substring) -> String { TextFolding.caseAndDiacritics.fold(text) }
}

private extension PillarReferences {
    static let ordinals = [
        "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende",
        "elfde", "twaalfde",
    ]
    static let cardinals = ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]
    static let romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// `derde` → 3, `3e`/`3de` → 3, `laatste` → nil inside `.some`; not an ordinal → nil.
    static func ordinal(_ folded: String) -> Int?? {
        if let index = ordinals.firstIndex(of: folded) { return .some(index + 1) }
        if folded == "laatste" { return .some(nil) }
        // Built anew on every call, the pattern is tried only on a word that starts with a digit.
        if folded.utf8.first.map({ (0x30...0x39).contains($0) }) ?? false,
            let match = folded.wholeMatch(of: /([0-9]{1,2})(?:e|de|ste)/), let number = Int(match.1)
        {
            return .some(number)
        }
        return nil
    }

    static func cardinal(_ folded: String) -> Int? {
        if let index = cardinals.firstIndex(of: folded) { return index + 1 }
        if folded.count <= 2, let number = Int(folded), number > 0 { return number }
        return nil
    }

    /// `III` → 3 (capitals only, so the Dutch word `in` is not read as a numeral) or `2` → 2.
    static func numeral(_ word: Substring) -> Int? {
        if let index = romans.firstIndex(of: String(word)) { return index + 1 }
        if word.count <= 2, word.allSatisfy(\.isASCII), let number = Int(word), number > 0 { return number }
        return nil
    }
}
