/// A word or a punctuation mark of a text, with its place counted in Unicode scalars.
///
/// Words are maximal runs of letters, digits and combining marks; every other scalar that is not
/// whitespace is a token of its own. Whitespace separates tokens and is not one.
struct WordToken: Sendable, Hashable {
    var offset: Int
    var length: Int
    /// As written.
    var text: String
    /// Lowercase, without diacritics; dashes fold to `-` and apostrophes to `'`.
    var folded: String
    var isWord: Bool

    var end: Int { offset + length }
    var isNumber: Bool { isWord && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
}

/// Splits text into `WordToken`s once, so that matchers look words up instead of rescanning text.
enum WordTokenizer {
    static func tokens(_ text: String) -> [WordToken] { tokens(Array(scalarsOf: text)) }

    static func tokens(_ scalars: [Unicode.Scalar]) -> [WordToken] {
        var tokens: [WordToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                var end = index + 1
                var isASCII = scalar.isASCII
                while end < scalars.count, isWordScalar(scalars[end]) {
                    isASCII = isASCII && scalars[end].isASCII
                    end += 1
                }
                let text = String(scalars: scalars[index..<end])
                tokens.append(WordToken(offset: index, length: end - index, text: text, folded: isASCII ? text.lowercased() : fold(text), isWord: true))
                index = end
            } else {
                if !scalar.isFastWhitespace {
                    let text = String(scalar)
                    tokens.append(WordToken(offset: index, length: 1, text: text, folded: foldPunctuation(scalar, text), isWord: false))
                }
                index += 1
            }
        }
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .decimalNumber || properties.generalCategory == .nonspacingMark
    }

    /// Lowercase without diacritics: `Financiële` → `financiele`.
    static func fold(_ word: String) -> String { TextFolding.caseDiacriticsAndWidth.fold(word) }

    private static func foldPunctuation(_ scalar: Unicode.Scalar, _ text: String) -> String {
        if scalar.isASCII { return text }
        if scalar == "’" || scalar == "‘" { return "'" }
        return scalar.properties.generalCategory == .dashPunctuation ? "-" : text
    }
}

/// The folded form of a term, for comparing glossary terms: `Critical  Raw-Materials` → `critical raw - materials`.
enum TermKey {
    static func make(_ term: String) -> String {
        WordTokenizer.tokens(term).map(\.folded).joined(separator: " ")
    }
}
