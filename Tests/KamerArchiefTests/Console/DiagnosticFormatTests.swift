import Testing
@testable import KamerArchief

/// `--diagnostics-format github` (workflow-command annotations and their escaping) and colour.
@Suite("Diagnostic formats")
struct DiagnosticFormatTests {
    let footnote = Diagnostic.warning(.unresolvedFootnote, "marker 7 has no note", at: SourceLocation(file: "Content/brief.txt", line: 214, column: 37))

    @Test("the github format prints an annotation with file, line and column, the code and the message")
    func githubAnnotation() {
        #expect(DiagnosticFormat.github.line(footnote) == "::warning file=Content/brief.txt,line=214,col=37::[unresolved-footnote] marker 7 has no note")
        let error = Diagnostic.error(.emptyFile, "the file is empty; it is skipped", at: SourceLocation(file: "Content/leeg.txt", line: 0))
        // Line 0 means the whole file: GitHub then marks the file without a line.
        #expect(DiagnosticFormat.github.line(error) == "::error file=Content/leeg.txt::[empty-file] the file is empty; it is skipped")
    }

    @Test("the message escapes %, CR and LF; a property also escapes : and , (as GitHub's runner decodes them)")
    func githubEscaping() {
        let odd = Diagnostic.error(
            .unknownFormat, "50% of it: a, b\r\nnext", at: SourceLocation(file: "Content/a,b:c%d.txt", line: 3, column: 1))
        #expect(DiagnosticFormat.github.line(odd) == "::error file=Content/a%2Cb%3Ac%25d.txt,line=3,col=1::[unknown-format] 50%25 of it: a, b%0D%0Anext")
        #expect(DiagnosticFormat.escapeData("100%\n") == "100%25%0A")
        #expect(DiagnosticFormat.escapeProperty("C:\\x,y") == "C%3A\\x%2Cy")
        // Escaping `%` first keeps an existing `%0A` in the text from turning into a line break.
        #expect(DiagnosticFormat.escapeData("%0A") == "%250A")
    }

    @Test("the compiler format stays the diagnostic's own line; colour paints only the severity word")
    func compilerFormat() {
        #expect(DiagnosticFormat.compiler.line(footnote) == "Content/brief.txt:214:37: warning: [unresolved-footnote] marker 7 has no note")
        let painted = DiagnosticFormat.compiler.line(footnote, colour: true)
        #expect(painted == "Content/brief.txt:214:37: \u{1B}[1;33mwarning\u{1B}[0m: [unresolved-footnote] marker 7 has no note")
        let error = Diagnostic.error(.emptyFile, "leeg", at: SourceLocation(file: "Content/leeg.txt", line: 0))
        #expect(DiagnosticFormat.compiler.line(error, colour: true) == "Content/leeg.txt: \u{1B}[1;31merror\u{1B}[0m: [empty-file] leeg")
        #expect(DiagnosticFormat.github.line(error, colour: true) == "::error file=Content/leeg.txt::[empty-file] leeg")
    }

    @Test("colour only on a terminal, and not when NO_COLOR is set to a non-empty value")
    func colourChoice() {
        #expect(TerminalStyle.usesColour(isTerminal: true, environment: [:]))
        #expect(TerminalStyle.usesColour(isTerminal: true, environment: ["NO_COLOR": ""]))
        #expect(!TerminalStyle.usesColour(isTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(!TerminalStyle.usesColour(isTerminal: false, environment: [:]))
    }
}
