import Foundation

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
    static func tokens(_ text: String) -> [WordToken] { tokens(Array(text.unicodeScalars)) }

    static func tokens(_ scalars: [Unicode.Scalar]) -> [WordToken] {
        var tokens: [WordToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                var end = index + 1
                while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
                let text = String(String.UnicodeScalarView(scalars[index..<end]))
                tokens.append(WordToken(offset: index, length: end - index, text: text, folded: fold(text), isWord: true))
                index = end
            } else {
                if !scalar.properties.isWhitespace {
                    let text = String(scalar)
                    tokens.append(WordToken(offset: index, length: 1, text: text, folded: foldPunctuation(scalar), isWord: false))
                }
                index += 1
            }
        }
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .decimalNumber || properties.generalCategory == .nonspacingMark
    }

    /// Lowercase without diacritics: `Financiële` → `financiele`. ASCII takes a fast path.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    private static func foldPunctuation(_ scalar: Unicode.Scalar) -> String {
        switch scalar.properties.generalCategory {
        case .dashPunctuation: return "-"
        default: return scalar == "’" || scalar == "‘" ? "'" : String(scalar)
        }
    }
}

/// The folded form of a term, for comparing glossary terms: `Critical  Raw-Materials` → `critical raw - materials`.
enum TermKey {
    static func make(_ term: String) -> String {
        WordTokenizer.tokens(term).map(\.folded).joined(separator: " ")
    }
}
