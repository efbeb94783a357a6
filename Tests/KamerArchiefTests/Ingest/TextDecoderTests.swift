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
}
