import Testing
@testable import KamerArchief

@Suite("Text from scalars and escaping on bytes")
struct TextBytesTests {
    static let samples = [
        "", "batterij", "geïnformeerd € 296 miljoen", "ß and Straße", "日本語", "emoji 🔋 and 𝄞",
        "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}", "line\nend\ttab",
    ]

    @Test("String(scalars:) gives the same string as the scalar view, for scalars of 1 to 4 UTF-8 bytes", arguments: samples)
    func scalars(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars).utf8.count == text.utf8.count)
        for cut in 0...scalars.count {
            #expect(String(scalars: scalars[cut...]) == String(String.UnicodeScalarView(scalars[cut...])))
        }
    }

    @Test("escapeInline escapes every ASCII punctuation character and keeps other scalars byte for byte")
    func escaping() {
        #expect(MarkdownEscaping.escapeInline("a*b_c [x](y) <z> `q` #1 \\ | ~") == ##"a\*b\_c \[x\]\(y\) \<z\> \`q\` \#1 \\ \| \~"##)
        #expect(MarkdownEscaping.escapeInline("€ 296 miljoen, geïnformeerd; 🔋!") == #"€ 296 miljoen\, geïnformeerd\; 🔋\!"#)
        #expect(MarkdownEscaping.escapeInline("regel\neen\r\ttwee\u{0B}\u{0C}") == "regel een  twee  ")
        #expect(MarkdownEscaping.escapeInline("  leading") == "  leading")
        #expect(MarkdownEscaping.escape("  leading") == "leading")
    }
}
