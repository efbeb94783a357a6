import Foundation
import Testing
@testable import KamerArchief

@Suite("Paragraph values")
struct ParagraphTests {
    static let location = SourceLocation(file: "Content/brief.txt", line: 12, column: 3)

    static func sample() -> Paragraph {
        Paragraph(
            text: "Zie Kamerstukken II 2025/26, 29826, nr. 277.", location: location, listLabel: "a.",
            noteRefs: [NoteRef(footnote: 1, offset: 44, location: location)], emphasis: [TextRange(offset: 4, length: 12)],
            table: Table(rows: [["Pijler", "Actie"], ["1", "Grondstoffen"]], headerRows: 1))
    }

    @Test("a copy keeps its fields when the paragraph it was copied from changes each of them, and the other way round")
    func copiesAreIndependent() {
        var paragraph = Self.sample()
        let copy = paragraph
        paragraph.text = "Anders."
        paragraph.location = SourceLocation(file: "Content/ander.txt", line: 1)
        paragraph.listLabel = nil
        paragraph.noteRefs.append(NoteRef(footnote: 2, offset: 3, location: Self.location))
        paragraph.citations = [Citation(
            kind: .eu, text: "32023R1542", url: "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32023R1542",
            range: TextRange(offset: 0, length: 10))]
        paragraph.emphasis.removeAll()
        paragraph.table = nil
        #expect(copy == Self.sample())
        #expect(copy.text == "Zie Kamerstukken II 2025/26, 29826, nr. 277." && copy.listLabel == "a." && copy.noteRefs.count == 1)
        #expect(copy.citations.isEmpty && copy.emphasis.count == 1 && copy.table?.rows.count == 2)
        #expect(paragraph.text == "Anders." && paragraph.location.file == "Content/ander.txt" && paragraph.listLabel == nil)
        #expect(paragraph.noteRefs.map(\.footnote) == [1, 2] && paragraph.citations.count == 1 && paragraph.emphasis.isEmpty && paragraph.table == nil)
        #expect(paragraph != copy)

        var second = copy
        second.noteRefs[0].offset = 7
        #expect(copy.noteRefs[0].offset == 44 && second.noteRefs[0].offset == 7)
    }

    @Test("paragraphs are equal and hash alike when their fields are, made apart or copied")
    func equalityByFields() {
        let first = Self.sample(), second = Self.sample()
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second, first]).count == 1)
        var changed = second
        changed.text += " "
        #expect(changed != first)
        changed.text = first.text
        #expect(changed == first && changed.hashValue == first.hashValue)
    }

    @Test("a paragraph is coded under its fields' names, absent optionals left out, and decodes to itself")
    func coding() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var plain = Paragraph(text: "Tekst", location: SourceLocation(file: "a.txt", line: 2, column: 1))
        let json = String(decoding: try encoder.encode(plain), as: UTF8.self)
        #expect(json == #"{"citations":[],"emphasis":[],"location":{"column":1,"file":"a.txt","line":2},"noteRefs":[],"text":"Tekst"}"#)
        for paragraph in [plain, Self.sample()] {
            #expect(try JSONDecoder().decode(Paragraph.self, from: encoder.encode(paragraph)) == paragraph)
        }
        plain.listLabel = "1)"
        #expect(String(decoding: try encoder.encode(plain), as: UTF8.self).contains(#""listLabel":"1)""#))
    }
}
