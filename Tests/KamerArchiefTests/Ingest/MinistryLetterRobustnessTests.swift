import Foundation
import Testing
@testable import KamerArchief

@Suite("Ministry letter reader on hostile input")
struct MinistryLetterRobustnessTests {
    static let inputs = [
        "", "\n", "\u{0C}", "\u{0C}\u{0C}\n\u{0C}", "Geachte voorzitter,\n", "Datum\nBetreft\n", "Datum\nBetreft\nGeachte heer,\n",
        "Geachte voorzitter,\n1\n", "Geachte voorzitter,\n21\nPagina 1 van 1\n", "Geachte voorzitter,\nHoogachtend,\n",
        "Geachte voorzitter,\nTekst1\n1\n\u{0C}2\n", "Ons kenmerk\n", "Bijlage(n)\n\n\n", "Geachte,\r\nregel\rnog\r\n",
        "Geachte voorzitter,\nDE MINISTER VAN X,\n", "Geachte voorzitter,\nA 1)\n1 noot\nPagina 1 van 2\n",
        "Ministerie van\n\u{0C}", "P agina\nPagina 1 van\n1. \n(a)\n\u{F0B7}\n",
    ]

    @Test("short and broken letters parse without crashing, with notes numbered from 1 and markers inside their text", arguments: inputs)
    func hostile(_ text: String) {
        let (document, _) = MinistryLetterParser.parse(SourceText(path: "Content/x.txt", id: "x", text: text), sidecar: nil)
        #expect(document.footnotes.map(\.number) == Array(0..<document.footnotes.count).map { $0 + 1 })
        for paragraph in document.sectionParagraphs {
            #expect(!paragraph.text.contains("\n"))
            #expect(paragraph.noteRefs.allSatisfy { $0.offset >= 0 && $0.offset <= paragraph.text.unicodeScalars.count })
        }
    }

    @Test("a long run of sidebar-shaped lines and many pages stay fast")
    func longRuns() {
        let sidebar = String(repeating: "Postbus 20901\n", count: 20_000) + "Ministerie van\nFinanciën\n"
        let page = "Geachte voorzitter,\n" + String(repeating: "Een regel tekst van de brief die doorloopt tot het einde van de regel.\n", count: 30)
            + "Ministerie van\nFinanciën\nPagina 1 van 2\n"
        let text = sidebar + String(repeating: page, count: 300)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let (document, _) = MinistryLetterParser.parse(SourceText(path: "Content/x.txt", id: "x", text: text), sidecar: nil)
            #expect(!document.sectionParagraphs.contains { $0.text.contains("Postbus") || $0.text.contains("Ministerie") })
        }
        #expect(elapsed < .seconds(30))
    }
}
