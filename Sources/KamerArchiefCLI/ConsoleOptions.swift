import ArgumentParser
import Foundation
import KamerArchief

/// How `build` and `check` talk: the progress line (on a terminal only), `--quiet`, `--verbose`,
/// the diagnostics format, and colour (on a terminal only, never with `NO_COLOR`).
struct ConsoleOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only diagnostics and errors: no progress line, no summary.") var quiet = false
    @Flag(name: .shortAndLong, help: "Print one line per document: id, kind, format, sections and footnotes.") var verbose = false
    @Option(help: "How diagnostics are printed: compiler (file:line:col: error: …) or github (Actions annotations).")
    var diagnosticsFormat: DiagnosticFormat = .compiler

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    /// The observer that draws progress on stderr, or nil when nothing is to be shown.
    func progress() -> ProgressLine? {
        let drawsLine = !quiet && isatty(STDERR_FILENO) == 1
        guard drawsLine || verbose else { return nil }
        // Seconds before the line appears (default 1); 0 shows it at once, for tests of short builds.
        let delay = ProcessInfo.processInfo.environment["KAMERARCHIEF_PROGRESS_DELAY"].flatMap(Double.init) ?? 1
        return ProgressLine(drawsLine: drawsLine, verbose: verbose, delay: delay) { text in
            FileHandle.standardError.write(Data(text.utf8))
        }
    }

    var reporter: ConsoleReporter {
        let colour = diagnosticsFormat == .compiler
            && TerminalStyle.usesColour(isTerminal: isatty(STDERR_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        return ConsoleReporter(format: diagnosticsFormat, colour: colour, quiet: quiet)
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// Prints a build's diagnostics and, unless quiet, its summary lines, all on stderr.
struct ConsoleReporter {
    var format: DiagnosticFormat
    var colour: Bool
    var quiet: Bool

    func print(_ report: BuildReport) {
        print(report.diagnostics)
        summary(report.summary)
    }

    func print(_ diagnostics: [Diagnostic]) {
        let text = diagnostics.map { format.line($0, colour: colour) + "\n" }.joined()
        FileHandle.standardError.write(Data(text.utf8))
    }

    func summary(_ line: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data("\(line)\n".utf8))
    }
}
