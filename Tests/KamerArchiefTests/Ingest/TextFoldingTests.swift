import Foundation
import Testing
@testable import KamerArchief

/// `TextFolding` folds as Foundation's `folding(options:locale:)` does, on every scalar it covers
/// and on texts mixing them, and leaves to Foundation the texts it does not cover.
@Suite("Text folding on bytes")
struct TextFoldingTests {
    static let foldings: [(TextFolding, String)] = [(.caseAndDiacritics, "case, diacritics"), (.caseDiacriticsAndWidth, "and width")]

    /// Every scalar of the covered blocks that the table holds.
    static func coveredScalars(_ folding: TextFolding) -> [Unicode.Scalar] {
        (0x80...0x25FF).compactMap(Unicode.Scalar.init).filter { folding.entry($0) != nil }
    }

    @Test("every covered scalar folds as Foundation folds it, and the blocks are covered")
    func everyScalar() {
        for (folding, name) in Self.foldings {
            let covered = Self.coveredScalars(folding)
            // Latin-1 and Latin Extended-A/B, General Punctuation … geometric shapes, less the joiners.
            #expect(covered.count > 1_150, "\(name)")
            for scalar in covered {
                let text = String(scalar)
                #expect(folding.fold(text) == text.folding(options: folding.options, locale: nil), "\(name): U+\(String(scalar.value, radix: 16))")
            }
            for joiner: Unicode.Scalar in ["\u{200C}", "\u{200D}", "\u{20D7}", "\u{301}", "\u{2163}"] {
                #expect(folding.entry(joiner) == nil, "\(name): U+\(String(joiner.value, radix: 16))")
            }
        }
    }

    @Test("texts of covered scalars and ASCII fold as Foundation folds them")
    func randomTexts() {
        var generator = SeededGenerator(seed: 14)
        for (folding, name) in Self.foldings {
            let covered = Self.coveredScalars(folding)
            for _ in 0..<3_000 {
                var scalars = String.UnicodeScalarView()
                for _ in 0..<Int.random(in: 0...16, using: &generator) {
                    scalars.append(Bool.random(using: &generator)
                        ? Unicode.Scalar(UInt8.random(in: 0x09...0x7E, using: &generator))
                        : covered.randomElement(using: &generator)!)
                }
                let text = String(scalars)
                #expect(folding.fold(text) == text.folding(options: folding.options, locale: nil), "\(name): \(text.debugDescription)")
            }
        }
    }

    @Test("a text with a scalar the table does not cover is folded by Foundation", arguments: [
        ("Financie\u{308}le", "financiele"), ("Ⅳ. Grondhouding", "ⅳ. grondhouding"), ("ΑΒΓ café", "αβγ cafe"), ("Straße", "strasse"),
    ])
    func uncovered(text: String, expected: String) {
        #expect(TextFolding.caseAndDiacritics.fold(text) == expected)
        #expect(TextFolding.caseAndDiacritics.fold(text[...]) == text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
    }
}
