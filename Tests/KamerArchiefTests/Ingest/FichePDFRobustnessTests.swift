import Testing
@testable import KamerArchief

@Suite("Fiche PDF reader: damaged input")
struct FichePDFRobustnessTests {
    /// Lines that look like the layout's marks, to splice into the text at random.
    static let marks = [
        "", " ", "\u{0C}", "3", "a)", "1.", "12.", "b) Subsidiariteit", "4. Implicaties juridisch", "Fiche 9:", "Fiche:",
        "7 Kamerstuk 22112, nr. 1", "– ", "Pagina 2 van 3", "x", "1 ", "zie ook de", "\u{F0B7}\tpunt", "9999.", "z)",
    ]

    @Test("fixtures with lines dropped, repeated, swapped and marks spliced in never crash and stay well formed")
    func mutatedFixtures() throws {
        var random = SeededGenerator(seed: 11)
        for name in ["fiche-10-battery-booster.txt", "fiche-2-batterijenverordening.txt"] {
            let lines = try TestPaths.fixtureText("fiches-pdf/\(name)").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<60 {
                var mutated = lines
                for _ in 0..<Int.random(in: 1...12, using: &random) {
                    let index = Int.random(in: 0..<mutated.count, using: &random)
                    switch Int.random(in: 0..<4, using: &random) {
                    case 0: mutated.remove(at: index)
                    case 1: mutated.insert(mutated[index], at: index)
                    case 2: mutated.swapAt(index, Int.random(in: 0..<mutated.count, using: &random))
                    default: mutated.insert(Self.marks.randomElement(using: &random)!, at: index)
                    }
                    if mutated.isEmpty { mutated = [""] }
                }
                expectWellFormed(mutated.joined(separator: "\n"))
            }
        }
    }

    @Test("a text cut off anywhere never crashes and stays well formed")
    func truncated() throws {
        let text = try TestPaths.fixtureText("fiches-pdf/fiche-2-batterijenverordening.txt")
        let scalars = Array(text.unicodeScalars)
        for end in stride(from: 0, to: scalars.count, by: 53) {
            expectWellFormed(String(String.UnicodeScalarView(scalars[..<end])))
        }
    }

    /// Paragraph texts hold no newline, note references lie within their paragraph in order and
    /// point at a note, and note numbers are unique.
    func expectWellFormed(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let (document, _) = FichePDFParser.parse(SourceText(path: "Content/f.txt", id: "f", text: text), sidecar: nil)
        let numbers = document.footnotes.map(\.number)
        #expect(Set(numbers).count == numbers.count, sourceLocation: sourceLocation)
        func visit(_ section: Section) {
            for paragraph in section.paragraphs {
                #expect(!paragraph.text.contains("\n"), sourceLocation: sourceLocation)
                let length = paragraph.text.unicodeScalars.count
                let offsets = paragraph.noteRefs.map(\.offset)
                #expect(offsets.allSatisfy { $0 <= length } && offsets == offsets.sorted(), sourceLocation: sourceLocation)
                #expect(paragraph.noteRefs.allSatisfy { numbers.contains($0.footnote) }, sourceLocation: sourceLocation)
            }
            section.subsections.forEach(visit)
        }
        document.sections.forEach(visit)
    }
}
