import Testing
@testable import KamerArchief

@Suite("Lines rebuilt from glyph boxes")
struct PDFPageLinesTests {
    /// Boxes for `text`, one per scalar, 6 pt wide and `height` tall, on the line's baseline; a
    /// `gaps` entry moves the glyph at that scalar index (and all after it on the line) right.
    func lines(_ text: String, height: Double = 10, lineStep: [Int: Double] = [:], gaps: [Int: Double] = [:]) -> String {
        var boxes: [PDFGlyphBox] = []
        var x = 0.0, bottom = 20.0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if let step = lineStep[index] { bottom += step; x = 0 }
            x += gaps[index] ?? 0
            boxes.append(PDFGlyphBox(left: x, top: bottom - height, right: x + 6, bottom: bottom))
            x = scalar == "\n" ? 0 : x + 6
            if scalar == "\n" && lineStep[index + 1] == nil { bottom += height * 1.3 }
        }
        var output: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer { PDFPageLines.append($0, boxes: boxes, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    @Test("text in a second column on the same baseline gets a line of its own")
    func columnGap() {
        // `Nr. 3121MOTIE`: a 100 pt gap before the `M` (index 8).
        #expect(lines("Nr. 3121MOTIE", gaps: [8: 100]) == "Nr. 3121\nMOTIE")
        #expect(lines("twee woorden", gaps: [5: 4]) == "twee woorden", "a word space is no column gap")
    }

    @Test("a line set more than 1.8 line heights below the previous one is preceded by an empty line")
    func paragraphStep() {
        #expect(lines("een\ntwee") == "een\ntwee")
        #expect(lines("een\ntwee", lineStep: [4: 25]) == "een\n\ntwee")
    }

    @Test("degenerate boxes and a box count that does not match leave poppler's text as it is")
    func fallbacks() {
        #expect(lines("Nr. 3121MOTIE", height: 0, gaps: [8: 100]) == "Nr. 3121MOTIE")
        var output: [UInt8] = []
        Array("één regel".utf8).withUnsafeBufferPointer {
            PDFPageLines.append($0, boxes: [PDFGlyphBox(left: 0, top: 0, right: 1, bottom: 1)], to: &output)
        }
        #expect(String(decoding: output, as: UTF8.self) == "één regel")
    }

    /// Boxes for lines given with their own geometry: (text, left, bottom, height), 5 pt a glyph.
    func placed(_ lines: [(String, Double, Double, Double)]) -> String {
        var text = "", boxes: [PDFGlyphBox] = []
        for (index, (line, left, bottom, height)) in lines.enumerated() {
            var x = left
            for _ in line.unicodeScalars {
                boxes.append(PDFGlyphBox(left: x, top: bottom - height, right: x + 5, bottom: bottom))
                x += 5
            }
            text += line
            if index + 1 < lines.count {
                text += "\n"
                boxes.append(PDFGlyphBox(left: x, top: bottom - height, right: x, bottom: bottom))
            }
        }
        var output: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer { PDFPageLines.append($0, boxes: boxes, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    @Test("superscript note numbers that poppler gives after the page's notes go back to the start of the note they number")
    func superscriptNoteNumbers() {
        let page = placed([
            ("De tekst van de pagina.", 50, 100, 10),
            ("Eerste noot.", 56, 700, 8),
            ("Tweede noot.", 56, 710, 8),
            ("1", 50, 697, 5),
            ("2", 50, 707, 5),
        ])
        #expect(page == "De tekst van de pagina.\n\n1 Eerste noot.\n2 Tweede noot.\n")
    }

    @Test("a note whose long web address did not fit beside its number starts on the line below, at the number's margin")
    func numberAboveItsNote() {
        let page = placed([
            ("De tekst van de pagina.", 50, 100, 10),
            ("1", 50, 697, 5),
            ("2", 50, 709, 5),
            ("https://www.example.nl/", 56, 700, 8),
            ("https://www.example.nl/publicaties/2022/rapport_over_grondwater_in_de", 50, 724, 8),
            ("polders.pdf", 50, 733, 8),
        ])
        #expect(page == "De tekst van de pagina.\n\n1 https://www.example.nl/\n\n"
            + "2 https://www.example.nl/publicaties/2022/rapport_over_grondwater_in_de\npolders.pdf")
    }

    @Test("bullets that poppler gives before their list's items go to the start of the item on their height")
    func detachedBullets() {
        let page = placed([
            ("maatregelen zijn (nog) geen middelen:", 50, 100, 10),
            ("\u{F0B7}", 60, 113, 10),
            ("\u{F0B7}", 60, 139, 10),
            ("Opschalingsregeling Circulaire Economie (SDE++);", 78, 113, 10),
            ("Meerkosten vergoeden bij Maatschappelijk Verantwoord Opdrachtgeven en", 78, 126, 10),
            ("Voor meer productgroepen circulaire inkoopcriteria;", 78, 139, 10),
        ])
        #expect(page == "maatregelen zijn (nog) geen middelen:\n\u{F0B7} Opschalingsregeling Circulaire Economie (SDE++);\n"
            + "Meerkosten vergoeden bij Maatschappelijk Verantwoord Opdrachtgeven en\n\u{F0B7} Voor meer productgroepen circulaire inkoopcriteria;")
    }

    @Test("a number in the text's own size left of a line (a numbered question in its column) stays a line of its own")
    func numberInTextSize() {
        let page = placed([("1", 50, 100, 10), ("Hoeveel kost het?", 70, 100, 10)])
        #expect(page == "1\nHoeveel kost het?")
    }
}
