import Testing
@testable import KamerArchief

/// Inputs the fuzzers (`make fuzz`) found crashing, one test per bug, named after it.
@Suite("Fuzzer regressions")
struct FuzzRegressionTests {
    @Test("a letter note number followed by a tab or two spaces does not crash: the text starts after the white space",
          arguments: ["1\tv", "1  v", "1 \t v "])
    func noteNumberBeforeWhiteSpaceRun(text: String) throws {
        // `make fuzz-kamerbrief`, minimised: "1\tv" trapped with "Range requires lowerBound <= upperBound".
        let (document, _) = parseLetterText(text)
        let note = try #require(document.footnotes.first)
        #expect(note.number == 1 && note.text == "v")
        #expect(note.location == SourceLocation(file: "Content/brief.txt", line: 1, column: 1))
    }

    @Test("a line of a vertical tab and a space, which is no blank line but has no content, does not crash the reflow")
    func verticalTabLine() throws {
        // `make fuzz-kamerbrief`: a label was looked for on the line's first scalar, past its end.
        let text = "Betreft Test\n\nGeachte voorzitter,\n\nEen zin.\n\u{0B} \nNog een zin.\n"
        let parsed = Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: Array(text.utf8)))
        let document = try #require(parsed.document)
        let paragraphs = document.allParagraphs.map(\.text).joined(separator: " ")
        #expect(paragraphs.contains("Een zin.") && paragraphs.contains("Nog een zin."))
    }

    @Test("a page's foot whose lone note numbers open it, with no text above them, is no scrambled foot and does not crash")
    func scrambledFootWithoutTextAbove() {
        // `make fuzz-fiche`, reduced: the foot's text was looked for in the range 1..<0.
        let lines = ["1", "2"].enumerated().map { index, number in
            PageFootnoteExtractor.FootLine(ArraySlice(number.utf8), blankBefore: index == 0)
        }
        #expect(PageFootnoteExtractor.scrambledFoot(lines, next: 1, fullLine: { 80 }, runsOn: false) == nil)
    }

    @Test("a letter list label followed by two spaces or a tab does not crash and keeps the item's text")
    func listLabelBeforeWhiteSpaceRun() throws {
        let text = "Het kabinet doet drie dingen: \n \n1)  minder regels; \n \n2)\tmeer toezicht. \n"
        let (document, _) = parseLetterText(text)
        let items = document.allParagraphs.filter { $0.listLabel != nil }
        #expect(items.map(\.text) == ["minder regels;", "meer toezicht."])
        #expect(items.map(\.listLabel) == ["1)", "2)"])
    }

    @Test("a signature between two parts of a page whose body lines are out of order (a head's note put after the text) does not crash")
    func signatureBlockOverOutOfOrderLines() throws {
        // `make fuzz-fiche` on `5a04fe1`: a web page of a letter, bytes changed, trapped with "Range
        // requires lowerBound <= upperBound" where a blank line was looked for between two body lines.
        let bytes = try fixtureBytes("fuzz/middle-block-out-of-order.txt")
        let parsed = Ingester.ingest(ContentFile(path: "Content/pagina.txt", stem: "pagina", bytes: bytes))
        let document = try #require(parsed.document)
        #expect(!document.sections.isEmpty)
    }
}
