import Foundation
import Testing
@testable import KamerArchief

/// Exit codes, `--strict`, `--keep-going` and the printed diagnostics of the `kamerarchief` binary.
@Suite("Command-line policy for broken input")
struct CommandLinePolicyTests {
    /// `kamerarchief build` in the fixture's folder, with the repository's templates.
    func build(_ site: SiteFixture, _ extra: [String] = [], output: String = "Output") throws -> CommandResult {
        let templates = TestPaths.packageRoot.appendingPathComponent("Templates").path
        return try CommandRunner.kamerarchief(["build", "--templates", templates, "--output", output] + extra, in: site.root)
    }

    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test("warnings never fail a build: exit 0; with --strict the same warning exits 1 and keeps Output")
    func warningsAndStrict() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try site.write("leeg.txt", "\n")
        let relaxed = try build(site)
        #expect(relaxed.status == 0, "\(relaxed.stderr)")
        #expect(lines(relaxed.stderr).prefix(2) == ["Content/leeg.txt: warning: [empty-file] the file is empty; it is skipped", "0 errors, 1 warning"])
        let before = try SiteFixture.tree(site.output)
        #expect(before["index.html"] != nil)

        try site.write("fiche-3-waterstofstrategie.txt", try String(contentsOf: TestPaths.fixture("sites/basic/Content/fiche-3-waterstofstrategie.txt"), encoding: .utf8)
            .replacingOccurrences(of: "De lidstaten zijn verdeeld over de quota.", with: "De lidstaten zijn verdeeld.4"))
        let strict = try build(site, ["--strict"])
        #expect(strict.status == 1)
        #expect(lines(strict.stderr).last == "0 errors, 2 warnings")
        #expect(try SiteFixture.tree(site.output) == before)
    }

    @Test("an error exits 1, leaves the previous Output untouched, and the last line counts errors and warnings")
    func errorSummary() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        #expect(try build(site).status == 0)
        let before = try SiteFixture.tree(site.output)
        try site.write("notities.md", "# Notities\n")
        try site.write("brief.txt", "Gewoon een zin.\n")
        try site.write("leeg.txt", "")
        let result = try build(site)
        #expect(result.status == 1)
        let printed = lines(result.stderr)
        #expect(printed.map { $0.prefix(while: { $0 != " " }) } == ["Content/brief.txt:", "Content/leeg.txt:", "Content/notities.md:", "2"])
        #expect(printed[1] == "Content/leeg.txt: warning: [empty-file] the file is empty; it is skipped")
        #expect(printed.last == "2 errors, 1 warning")
        #expect(try SiteFixture.tree(site.output) == before)
        // The build cache (.kamerarchief-cache) may stay beside the output; a half-built site may not.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".Output") }
        #expect(leftovers.isEmpty)
    }

    @Test("diagnostics are printed sorted by position and each only once")
    func sortedOutput() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let fiche = try String(contentsOf: site.content.appendingPathComponent("fiche-3-waterstofstrategie.txt"), encoding: .utf8)
        // A duplicate note and a note without a marker, in a copy that also duplicates the id.
        let broken = fiche.replacingOccurrences(of: "  3. Kamerstuk 36410-L-4↩︎", with: "  2. Kamerstuk 36410-L-4↩︎")
        try site.write("fiche-3-waterstofstrategie.txt", broken)
        try site.write("fiche-3-waterstofstrategie.tekst", broken)
        let result = try build(site)
        #expect(result.status == 1)
        let printed = lines(result.stderr).dropLast()
        #expect(Set(printed).count == printed.count, "\(printed)")
        #expect(printed.count == 6, "\(printed)")
        func key(_ line: String) -> (String, Int, Int) {
            let parts = line.split(separator: ":")
            return (String(parts[0]), Int(parts[1]) ?? 0, Int(parts[2]) ?? 0)
        }
        #expect(zip(printed, printed.dropFirst()).allSatisfy { key($0) <= key($1) }, "\(printed)")
        #expect(lines(result.stderr).last == "2 errors, 4 warnings")
    }

    @Test("--keep-going writes the site without the failed document and still exits 1")
    func keepGoing() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try site.write("onbekend.txt", "Een los briefje zonder bekend formaat.\nTweede regel.\n")
        let result = try build(site, ["--keep-going"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Content/onbekend.txt: error: [unknown-format]"))
        #expect(result.stderr.contains("1 error, 0 warnings\nwrote "))
        let tree = try SiteFixture.tree(site.output)
        #expect(tree["documenten/fiche-3-waterstofstrategie/index.html"] != nil)
        #expect(tree["documenten/kamerbrief-waterstof-voortgang/index.html"] != nil)
        #expect(!tree.keys.contains { $0.contains("onbekend") })
    }

    @Test("an output path that is a file exits 2 and leaves the file as it was")
    func outputIsFile() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try Data("x".utf8).write(to: site.output)
        let result = try build(site)
        #expect(result.status == 2)
        #expect(result.stderr.contains("the output path is a file"))
        #expect(FileManager.default.contents(atPath: site.output.path) == Data("x".utf8))
    }

    @Test("an output folder that cannot be created exits 2 with the path named", arguments: ["bestand/Output", "/proc/kamerarchief/Output"])
    func outputCannotBeCreated(output: String) throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try Data("x".utf8).write(to: site.root.appendingPathComponent("bestand"))
        let result = try build(site, output: output)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains("cannot"), "\(result.stderr)")
        #expect(FileManager.default.contents(atPath: site.root.appendingPathComponent("bestand").path) == Data("x".utf8))
    }

    @Test("an output folder in a read-only folder exits 2, except as root, where permissions do not stop writes")
    func readOnlyParent() throws {
        let site = try SiteFixture(copying: "basic")
        let locked = site.root.appendingPathComponent("alleen-lezen")
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path)
            site.remove()
        }
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        let result = try build(site, output: "alleen-lezen/Output")
        if getuid() == 0 {
            #expect(result.status == 0, "\(result.stderr)")
        } else {
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("alleen-lezen"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
        }
    }

    @Test("an empty content folder exits 2 and leaves the previous Output untouched")
    func emptyContent() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        #expect(try build(site).status == 0)
        let before = try SiteFixture.tree(site.output)
        for name in try FileManager.default.contentsOfDirectory(atPath: site.content.path) {
            try FileManager.default.removeItem(at: site.content.appendingPathComponent(name))
        }
        let result = try build(site)
        #expect(result.status == 2)
        #expect(result.stderr == "error: Content: the content folder holds no documents\n")
        #expect(try SiteFixture.tree(site.output) == before)
    }

    @Test("a missing content folder exits 2 and leaves the previous Output untouched")
    func missingContent() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        #expect(try build(site).status == 0)
        let before = try SiteFixture.tree(site.output)
        try FileManager.default.removeItem(at: site.content)
        let result = try build(site)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Content: the content folder does not exist"))
        #expect(try SiteFixture.tree(site.output) == before)
    }
}
