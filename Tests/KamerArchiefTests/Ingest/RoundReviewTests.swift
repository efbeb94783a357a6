import Foundation
import Testing
@testable import KamerArchief

/// What a review of the round on real pages' forms found its new rules doing to other texts.
@Suite("The round's new rules on other texts: no false signatures, heads, parts or members")
struct RoundReviewTests {
    func read(_ name: String, _ text: String) -> Document? {
        Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "doc", bytes: Array(text.utf8))).document
    }

    @Test("a motie's members hold a small word no list names (`Van Voorst tot Voorst`): every member is a signer")
    func membersWithRareSmallWords() throws {
        let (document, _) = try ingestPDFFixture("kst-21501-02-3121.txt", replacing: ("\nCeder\n", "\nCeder\nVan der Plas\nVan Voorst tot Voorst\n"))
        #expect(try #require(document).metadata.ondertekening.map(\.naam) == ["Ceder", "Van der Plas", "Van Voorst tot Voorst"])
    }

    @Test("a line of prose that opens with `Het` and has a comma before words in capitals is no signature")
    func proseIsNoOneLineSignature() throws {
        let (document, _) = try ingestPDFFixture("brief-kamerstuk.txt", replacing: (
            "De Minister van Landbouw, Natuur en Voedselkwaliteit,\nP.H.M. Jansen\n",
            "Het kabinet sprak met de provincies Groningen, Friesland, Drenthe, Noord-Holland\nen Zuid-Holland. Zij steunen het plan.\n"))
        let letter = try #require(document)
        #expect(letter.metadata.ondertekening.isEmpty)
        #expect(letter.allParagraphs.contains { $0.text.contains("Drenthe, Noord-Holland en Zuid-Holland.") })
    }

    @Test("an unnumbered `Algemeen` among numbered chapters is a subheading, not a part over the chapters after it")
    func algemeenIsNoPart() {
        let place = SourceLocation(file: "Content/brief.txt", line: 1, column: 1)
        let titles = ["Tekst", "1. Aanleiding", "2. Stand van zaken", "Algemeen", "3. Vervolg"]
        let flat = titles.map { Section(id: $0.lowercased(), title: $0, paragraphs: [], location: place) }
        let nested = KamerstukBody.nestedByNumber(flat.enumerated().map { index, section in
            var section = section
            if index == 0 { section.id = "tekst" }
            return section
        })
        #expect(nested.map(\.title) == ["Tekst", "1. Aanleiding", "2. Stand van zaken", "3. Vervolg"])
    }

    @Test("a letter that cites moties over wrapped lines (`nr. 46)` over `Motie van het lid …`) is still the letter, not a paper's web page")
    func wrappedCitationIsNoHead() throws {
        var text = try TestPaths.fixtureText("letters/ocw-leesvaardigheid.pdftext.txt")
        let layout = FormatDetector.detect(text)
        let anchor = try #require(text.range(of: "Geachte voorzitter,\n"))
        text.insert(contentsOf: "\nMotie van het lid Paul over de bibliotheek op school (Kamerstuk 36 200 VIII,\nnr. 46)\nMotie van het lid Jansen over voorlezen (Kamerstuk 36 200 VIII, nr. 47)\n", at: anchor.upperBound)
        #expect(FormatDetector.detect(text) == layout)
    }

    @Test("a bracketed Kamerstuk whose digit groups a no-break or thin space parts is a citation", arguments: ["\u{A0}", "\u{202F}", " "])
    func groupsAnySpace(space: String) {
        let found = CitationParser.parse("zie de brief (21\(space)501-31, nr. 205) en verder")
        #expect(found.map(\.dossier) == ["21501-31"])
    }

    @Test("a clause's word loses the punctuation Foundation trims, not ASCII's symbols", arguments: [
        ("overwegende,", "overwegende"), ("«constaterende", "constaterende"), ("`overwegende", "`overwegende"), ("+constaterende", "+constaterende"),
        ("mening=", "mening="), ("(Verzoekt)", "verzoekt"),
    ])
    func clauseWordTrimsPunctuation(word: String, expected: String) {
        #expect(MotieStructurer.clauseWord(Substring(word)) == expected)
        #expect(MotieStructurer.clauseWord(Substring(word)) == word.lowercased().trimmingCharacters(in: .punctuationCharacters))
    }
}
