import Foundation
import Testing
@testable import KamerArchief

/// What `kamerarchief build` prints, with and without a terminal: the progress line, `--quiet`,
/// `--verbose`, `--diagnostics-format github`, colour, and `--version`.
@Suite("Console output of the binary")
struct ConsoleOutputTests {
    let templates = TestPaths.packageRoot.appendingPathComponent("Templates").path
    /// The progress line at once, not after a second: the fixture builds in less. NO_COLOR is
    /// emptied (which counts as unset) so that the runner's own setting does not matter.
    let noDelay = ["KAMERARCHIEF_PROGRESS_DELAY": "0", "NO_COLOR": ""]

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test("without a terminal there is no progress line: stderr holds only the summary lines, and stdout nothing")
    func noTerminal() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let result = try CommandRunner.run(CommandRunner.binary, ["build", "--templates", templates], in: site.root, environment: noDelay)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.contains("\r") && !result.stderr.contains("\u{1B}"))
        let printed = lines(result.stderr)
        #expect(printed.count == 2)
        #expect(printed.first == "0 errors, 0 warnings")
        #expect(printed.last?.hasPrefix("wrote Output: ") == true)
    }

    @Test("on a terminal the build draws the progress line with \\r, clears it, then prints the summary")
    func terminal() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let result = try TerminalRunner.run(CommandRunner.binary, ["build", "--templates", templates], in: site.root, environment: noDelay)
        #expect(result.status == 0, "\(result.stderr)")
        // The basic fixture has 2 documents.
        #expect(result.stderr.hasPrefix("\rdocuments 0/2 · pages 0/0 · "))
        let cleared = try #require(result.stderr.range(of: "\r\u{1B}[K", options: .backwards))
        #expect(result.stderr[..<cleared.lowerBound].contains("documents 2/2"))
        let after = lines(String(result.stderr[cleared.upperBound...]))
        #expect(after.first == "0 errors, 0 warnings")
        #expect(after.count == 2 && after[1].hasPrefix("wrote Output: "))
    }

    @Test("--quiet prints the diagnostics only; on a terminal without NO_COLOR the severity word is coloured")
    func quietAndColour() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try site.write("leeg.txt", "\n")
        let quiet = try TerminalRunner.run(CommandRunner.binary, ["build", "--quiet", "--templates", templates], in: site.root, environment: noDelay)
        #expect(quiet.status == 0)
        #expect(quiet.stderr == "Content/leeg.txt: \u{1B}[1;33mwarning\u{1B}[0m: [empty-file] the file is empty; it is skipped\n")
        let plain = try TerminalRunner.run(
            CommandRunner.binary, ["build", "--quiet", "--templates", templates], in: site.root, environment: noDelay.merging(["NO_COLOR": "1"]) { $1 })
        #expect(plain.stderr == "Content/leeg.txt: warning: [empty-file] the file is empty; it is skipped\n")
    }

    @Test("--verbose prints one line per document with id, kind, format, sections and footnotes")
    func verbose() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let result = try CommandRunner.kamerarchief(["build", "--verbose", "--templates", templates], in: site.root)
        #expect(result.status == 0, "\(result.stderr)")
        let documents = lines(result.stderr).filter { $0.contains(" · ") }.sorted()
        #expect(documents.count == 2)
        #expect(documents[0].hasPrefix("fiche-3-waterstofstrategie · fiche · page-dump · "))
        #expect(documents[1].hasPrefix("kamerbrief-waterstof-voortgang · kamerbrief · pdf-text · "))
        #expect(documents.allSatisfy { $0.contains(" section") && $0.contains(" footnote") })
        // A second build (a base URL changes every page, no source) takes both from the cache and still counts.
        let again = try CommandRunner.kamerarchief(["build", "--verbose", "--templates", templates, "--base-url", "https://example.org/"], in: site.root)
        #expect(lines(again.stderr).filter { $0.contains(" · ") }.sorted() == documents.map { $0 + " · (cached)" })
    }

    @Test("--diagnostics-format github prints annotations; --quiet with --verbose is a usage error")
    func githubFormat() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try site.write("leeg.txt", "\n")
        let result = try CommandRunner.kamerarchief(["check", "--diagnostics-format", "github", "--templates", templates], in: site.root)
        #expect(lines(result.stderr) == ["::warning file=Content/leeg.txt::[empty-file] the file is empty; it is skipped", "0 errors, 1 warning"])
        let both = try CommandRunner.kamerarchief(["build", "--quiet", "--verbose"], in: site.root)
        #expect(both.status == 2)
        #expect(both.stderr.contains("--quiet and --verbose cannot be used together"))
    }

    @Test("--version prints the version kept in ToolVersion")
    func version() throws {
        let result = try CommandRunner.kamerarchief(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == ToolVersion.version + "\n")
        #expect(ToolVersion.version.split(separator: ".").count == 3)
    }
}
