import Testing
@testable import KamerArchief

@Suite("Decoding content files")
struct TextDecoderTests {
    @Test("invalid UTF-8 is replaced and reported at its line and column")
    func invalidUTF8() {
        let bytes = Array("regel een\nab".utf8) + [0xFF, 0xFE] + Array("cd\n".utf8)
        let (text, diagnostics) = TextDecoder.decode(bytes, path: "Content/x.txt")
        #expect(text == "regel een\nab\u{FFFD}\u{FFFD}cd\n")
        #expect(diagnostics.map(\.description) == [
            "Content/x.txt:2:3: warning: [invalid-utf8] invalid UTF-8 at byte offset 12; bad bytes were replaced with U+FFFD",
        ])
    }

    @Test("a NUL byte makes the file binary: an error naming the file, and no text")
    func binary() {
        let (text, diagnostics) = TextDecoder.decode(Array("ab\ncd".utf8) + [0, 1, 2], path: "Content/x.bin")
        #expect(text == nil)
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.code == .binaryFile)
        #expect(diagnostics.first?.location == SourceLocation(file: "Content/x.bin", line: 2, column: 3))
    }

    @Test("bytes that are no UTF-8 with control bytes in more than one in a hundred of the first 8 KB are binary; a few, tab, page and line ends, or UTF-8 are not")
    func controlBytes() {
        let line = Array("Geachte voorzitter, hierbij ontvangt u de brief.\n".utf8)
        let noisy = Array(Array(repeating: line, count: 20).joined())
        var binary = noisy
        for index in stride(from: 7, to: binary.count, by: 60) { binary[index] = 0x1B }
        #expect(TextDecoder.decode(binary, path: "Content/x.txt").text != nil)
        binary[500] = 0xFF
        let (text, diagnostics) = TextDecoder.decode(binary, path: "Content/x.txt")
        #expect(text == nil)
        #expect(diagnostics.map(\.description) == [
            "Content/x.txt:1:8: error: [binary-file] binary file: 17 control bytes in its first 980, the first at byte offset 7; "
                + "only text documents can be built",
        ])
        // Word's marks (a cell's end, a soft return) in windows-1252 text are no sign of a binary file.
        var word = noisy
        for index in stride(from: 7, to: word.count, by: 30) { word[index] = index % 60 == 7 ? 0x0B : 0x07 }
        word[500] = 0x93
        #expect(TextDecoder.decode(word, path: "Content/word.txt").text != nil)
        var few = noisy
        for index in [3, 300, 600] { few[index] = 0x1A }
        let pages = Array(repeating: Array("Pagina\u{0C}\tkolom\r\n".utf8), count: 200).joined()
        for bytes in [few, Array(pages)] {
            #expect(TextDecoder.decode(bytes, path: "Content/y.txt").text != nil)
        }
    }

    @Test("a PDF saved by mistake is an error that says to extract its text")
    func pdf() {
        let (text, diagnostics) = TextDecoder.decode(Array("%PDF-1.7\n%âãÏÓ\n".utf8), path: "Content/brief.pdf")
        #expect(text == nil)
        #expect(diagnostics.first?.message.contains("PDF") == true)
    }

    @Test("an empty file is a warning and yields no text")
    func empty() {
        let (text, diagnostics) = TextDecoder.decode(Array("  \n\n".utf8), path: "Content/leeg.txt")
        #expect(text == "")
        #expect(diagnostics.map(\.code) == [.emptyFile])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test("a BOM is dropped and CRLF and CR line ends become LF")
    func lineEnds() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("een\r\ntwee\rdrie\n".utf8)
        let (text, diagnostics) = TextDecoder.decode(bytes, path: "Content/x.txt")
        #expect(text == "een\ntwee\ndrie\n")
        #expect(diagnostics.isEmpty)
    }

    @Test("line ends become LF before decoding: a CR after a cut-off sequence, and CR CR LF")
    func lineEndsNextToInvalidBytes() {
        let bytes: [UInt8] = [0x61, 0xE2, 0x0D, 0x0A, 0x62, 0x0D, 0x0D, 0x0A, 0xC3, 0xA9, 0x0D]
        let (text, diagnostics) = TextDecoder.decode(bytes, path: "Content/x.txt")
        #expect(text == "a\u{FFFD}\nb\n\né\n")
        #expect(diagnostics.map(\.code) == [.invalidUTF8])
        #expect(diagnostics.first?.location == SourceLocation(file: "Content/x.txt", line: 1, column: 2))
    }

    @Test("a NUL, a CR, a letter beyond ASCII and an invalid byte are found at every position around the eight-byte words")
    func everyPosition() {
        let plain = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        for position in plain.indices {
            var withNUL = plain
            withNUL[position] = 0
            #expect(TextDecoder.decode(withNUL, path: "x").diagnostics.first?.message.contains("byte offset \(position);") == true)

            var withCR = plain
            withCR[position] = 0x0D
            var expected = plain
            expected[position] = 0x0A
            #expect(TextDecoder.decode(withCR, path: "x").text == String(decoding: expected, as: UTF8.self))

            let withLetter = Array(plain[..<position]) + [0xC3, 0xA9] + Array(plain[position...])
            #expect(TextDecoder.decode(withLetter, path: "x") == (String(decoding: withLetter, as: UTF8.self), []))

            var withInvalid = plain
            withInvalid[position] = 0xFF
            let (text, diagnostics) = TextDecoder.decode(withInvalid, path: "x")
            #expect(text?.unicodeScalars.count == plain.count)
            #expect(diagnostics.map(\.message) == ["invalid UTF-8 at byte offset \(position); bad bytes were replaced with U+FFFD"])
        }
    }

    /// pdfminer's text of a Word file's bulleted list: the Symbol bullets it cannot map, as a block
    /// of their own lines or before an item's text.
    @Test("pdfminer's unmapped glyphs: a line of them becomes blank, one opening an item a bullet; offsets kept")
    func unmappedGlyphs() throws {
        let source = "Ter uitvoering van die motie:\r\n(cid:127)\n  (cid:127) (cid:127)\n(cid:127) start de inspecties;\nDe kosten (cid:3) blijven.\n(cid:x)\n"
        let (text, diagnostics) = TextDecoder.decode(Array(source.utf8), path: "Content/x.txt")
        #expect(diagnostics.isEmpty)
        let lines = try #require(text).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.map(String.init) == [
            "Ter uitvoering van die motie:", String(repeating: " ", count: 9), String(repeating: " ", count: 21),
            "•       start de inspecties;", "De kosten (cid:3) blijven.", "(cid:x)", "",
        ])
        #expect(lines[3].utf8.count == "(cid:127) start de inspecties;".utf8.count)
        // The Kamerstuk's bullets no longer stand in its text.
        let pdfminer = "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n29 544\n\nNr. 1287\n\nArbeidsmarktbeleid\n\n"
            + "BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID\n\nDen Haag, 3 maart 2025\n\nIk informeer uw Kamer:\n\n"
            + "start de inspecties;\nwordt de certificering verplicht.\n\n(cid:127)\n(cid:127)\n\nTot slot\n\nIk zal uw Kamer informeren.\n"
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/k.txt", stem: "k", bytes: Array(pdfminer.utf8))).document)
        #expect(document.kind == .kamerbrief)
        #expect(!document.allSections.contains { $0.title.contains("cid") })
        #expect(!document.sectionParagraphs.contains { $0.text.contains("cid") })
    }
}
