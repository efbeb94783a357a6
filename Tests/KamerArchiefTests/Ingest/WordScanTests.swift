import Foundation
import Testing
@testable import KamerArchief

/// The fiche reader's word-level scans on bytes give what the Character-level code they replace
/// gives, on random texts of ASCII, Dutch letters, spaces, combining marks and a prepended mark.
@Suite("Word scans on bytes")
struct WordScanTests {
    /// A seeded generator, so that a failure can be repeated.
    struct Texts {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func text(of pieces: [String], upTo count: Int) -> String {
            (0..<next(count + 1)).map { _ in pieces[next(pieces.count)] }.joined()
        }
    }

    @Test("the last word, lowercased, is the one the Characters give")
    func lastWord() {
        var texts = Texts(state: 20_261_202)
        let pieces = [" ", "  ", "van", "EN", "Voor", "é", "e\u{301}", "\u{301}", "\u{600}", ":", "x", "ĳ", "\t", "\r\n", "12"]
        for _ in 0..<20_000 {
            let text = texts.text(of: pieces, upTo: 6)
            let expected = String(text.reversed().drop { $0 == " " }.prefix { $0 != " " }.reversed()).lowercased()
            #expect(text.lastWordLowercased == expected, "\(text.debugDescription)")
            #expect(Substring(text).lastWordLowercased == expected, "\(text.debugDescription)")
        }
    }

    @Test("a lead phrase is dropped on the bytes where folding drops it")
    func droppingPhrases() {
        var texts = Texts(state: 7)
        let phrases = ["ziet toe op", "ziet op", "richt zich op", "is", "de pijler"]
        let pieces = ["Ziet", "ZIET", "ziet", " ", "  ", "toe", "op", "Op", "is", "IS", "de", "pijler", "Pijler", "é", "e\u{301}", "\u{301}", "x", "richt", "zich", ","]
        func byFolding(_ text: Substring) -> Substring? {
            let folded = PillarReferences.fold(text.prefix(32))
            for phrase in phrases where folded.hasPrefix(phrase + " ") {
                return text.dropFirst(phrase.count + 1).drop { $0 == " " }
            }
            return nil
        }
        var dropped = 0
        for _ in 0..<20_000 {
            let text = Substring(texts.text(of: pieces, upTo: 7))
            let expected = byFolding(text)
            #expect(PillarTitle.dropping(phrases, from: text) == expected, "\(text.debugDescription)")
            if expected != nil { dropped += 1 }
        }
        #expect(dropped > 100)
    }

    @Test("a field label's colon is the first colon Character")
    func fieldLabelColon() {
        var texts = Texts(state: 11)
        let pieces = ["Datum ontvangst Commissiedocument", "Titel voorstel", ":", " : ", "\u{301}", "\u{600}", "é", " 16 december 2025", "x"]
        var labels = 0
        for _ in 0..<10_000 {
            let text = texts.text(of: pieces, upTo: 5)
            let found = FicheHeading.fieldLabel(startingInline: text)
            var expected: (label: String, value: String)?
            if let colon = text.firstIndex(of: ":") {
                let label = text[..<colon].trimmingWhitespace
                if FicheHeading.fieldLabels.contains(FicheHeading.normalize(label)) {
                    expected = (label, text[text.index(after: colon)...].trimmingWhitespace)
                }
            }
            #expect(found?.label == expected?.label && found?.value == expected?.value, "\(text.debugDescription)")
            if expected != nil { labels += 1 }
        }
        #expect(labels > 100)
    }

    @Test("a word folds to a pillar word on its bytes as its folded text does")
    func pillarWordFolds() {
        var texts = Texts(state: 3)
        let pieces = ["pijler", "PIJLERS", "Pijler", "pijlérs", "pi\u{301}jler", "ĳler", "en", "EN", "é", " ", ",", "2", "x"]
        for _ in 0..<10_000 {
            let text = Substring(texts.text(of: pieces, upTo: 6))
            let words = PillarReferences.words(in: text)
            for index in words.indices {
                let folded = words[index].folded
                #expect(words.isPillarNoun(index) == (folded == "pijler" || folded == "pijlers"), "\(text.debugDescription)")
                #expect(words.folds(index, to: "en") == (folded == "en"), "\(text.debugDescription)")
                #expect(words.range(index) == words[index].range)
            }
        }
    }
}

extension WordScanTests {
    @Test("a Kamerstuk title's words and case are read on ASCII bytes as its Characters give them")
    func titleWords() {
        var texts = Texts(state: 17)
        let pieces = ["MOTIE", "VAN", "het", " ", "  ", "\t", "\r\n", "\u{0B}", "\u{1C}", "(", ")", ",", "LID", "é", "\u{A0}", "x"]
        for _ in 0..<10_000 {
            let text = texts.text(of: pieces, upTo: 8)
            let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
            let found = KamerstukTitle.wordsAndCase(text)
            #expect(found.words == words, "\(text.debugDescription)")
            #expect(found.isAllCaps == (!words.isEmpty && !text.contains(where: \.isLowercase)), "\(text.debugDescription)")
        }
    }

    @Test("a title word's punctuation is trimmed as Foundation trims it")
    func titlePunctuation() {
        var texts = Texts(state: 19)
        let pieces = [",", ";", ":", "(", ")", "VAN", "É", "\u{301}", ".", " "]
        for _ in 0..<10_000 {
            let word = texts.text(of: pieces, upTo: 5)
            #expect(KamerstukTitle.trimmingPunctuation(word) == word.trimmingCharacters(in: CharacterSet(charactersIn: ",;:()")),
                    "\(word.debugDescription)")
        }
    }
}
