import Foundation
import Testing
@testable import KamerArchief

/// Broken and hostile input through a whole build: each case checks the diagnostic (code, severity,
/// `file:line:col`) and what happened to Output/.
@Suite("Hostile and broken input through a build")
struct HostileInputTests {
    /// The basic fixture, built once so that there is a previous Output to keep.
    func builtSite() throws -> (site: SiteFixture, before: [String: Data]) {
        let site = try SiteFixture(copying: "basic")
        let report = try site.build()
        #expect(!report.failed && report.wroteOutput)
        return (site, try SiteFixture.tree(site.output))
    }

    /// Builds `site` expecting failure: no output written and the previous tree byte for byte as it was.
    func expectFailedBuild(
        _ site: SiteFixture, keeping before: [String: Data], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> BuildReport {
        let report = try site.build()
        #expect(report.failed && !report.wroteOutput, sourceLocation: sourceLocation)
        #expect(try SiteFixture.tree(site.output) == before, "Output changed", sourceLocation: sourceLocation)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)", sourceLocation: sourceLocation)
        return report
    }

    func fixtureText(_ site: SiteFixture, _ name: String) throws -> String {
        try String(contentsOf: site.content.appendingPathComponent(name), encoding: .utf8)
    }

    // MARK: Files

    @Test("invalid UTF-8 is replaced, warned at its line and column, and the document still builds")
    func invalidUTF8() throws {
        let (site, _) = try builtSite()
        defer { site.remove() }
        let name = "fiche-3-waterstofstrategie.txt"
        var bytes = Array(try fixtureText(site, name).utf8)
        let anchor = Array("De lidstaten zijn verdeeld".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: anchor) }) + 3
        bytes.insert(contentsOf: [0xC3, 0x28], at: at)
        try Data(bytes).write(to: site.content.appendingPathComponent(name))
        let report = try site.build()
        let line = String(decoding: bytes[..<at], as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(report.diagnostics.map(\.description) == [
            "Content/\(name):\(line):4: warning: [invalid-utf8] invalid UTF-8 at byte offset \(at); bad bytes were replaced with U+FFFD",
        ])
        #expect(!report.failed && report.wroteOutput)
        let page = String(decoding: try #require(SiteFixture.tree(site.output)["documenten/fiche-3-waterstofstrategie/index.html"]), as: UTF8.self)
        #expect(page.contains("De \u{FFFD}(lidstaten zijn verdeeld"))
    }

    @Test("an empty file is skipped with a warning; the rest of the site is built")
    func emptyFile() throws {
        let (site, before) = try builtSite()
        defer { site.remove() }
        try site.write("leeg.txt", "")
        let report = try site.build()
        #expect(report.diagnostics.map(\.description) == ["Content/leeg.txt: warning: [empty-file] the file is empty; it is skipped"])
        #expect(!report.failed && report.wroteOutput)
        #expect(try SiteFixture.tree(site.output) == before)
    }

    @Test("a binary file is an error naming the file at its NUL byte, and Output is untouched")
    func binaryFile() throws {
        let (site, before) = try builtSite()
        defer { site.remove() }
        try Data(Array("regel\nab".utf8) + [0, 0x41]).write(to: site.content.appendingPathComponent("plaatje.png"))
        let report = try expectFailedBuild(site, keeping: before)
        #expect(report.diagnostics.map(\.description) == [
            "Content/plaatje.png:2:3: error: [binary-file] binary file: NUL byte at byte offset 8; only text documents can be built",
        ])
    }

    @Test("a file in an unknown format is an error listing the formats, and Output is untouched")
    func unknownFormat() throws {
        let (site, before) = try builtSite()
        defer { site.remove() }
        try site.write("notities.md", "# Notities\n\nGewoon wat tekst.\n")
        let report = try expectFailedBuild(site, keeping: before)
        #expect(report.diagnostics.map(\.description) == [
            "Content/notities.md: error: [unknown-format] unknown document format; known formats are \(FormatDetector.knownFormats). "
                + "Set 'kind:' in a sidecar to choose one",
        ])
    }

    @Test("BOM, CRLF and CR line ends build the fiche and the letter to the same pages as LF")
    func lineEndsThroughThePipeline() throws {
        let (site, before) = try builtSite()
        defer { site.remove() }
        func rewrite(_ name: String, bom: Bool, lineEnd: String) throws {
            let text = try TestPaths.fixtureText("sites/basic/Content/\(name)").replacingOccurrences(of: "\n", with: lineEnd)
            try Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)).write(to: site.content.appendingPathComponent(name))
        }
        try rewrite("fiche-3-waterstofstrategie.txt", bom: true, lineEnd: "\r\n")
        try rewrite("kamerbrief-waterstof-voortgang.txt", bom: false, lineEnd: "\r\n")
        try rewrite("kamerbrief-waterstof-voortgang.yml", bom: true, lineEnd: "\r\n")
        let crlf = site.root.appendingPathComponent("OutputCRLF")
        #expect(try site.build(output: crlf).diagnostics.isEmpty)
        #expect(try SiteFixture.tree(crlf) == before)

        try rewrite("fiche-3-waterstofstrategie.txt", bom: false, lineEnd: "\r")
        try rewrite("kamerbrief-waterstof-voortgang.txt", bom: true, lineEnd: "\r")
        let cr = site.root.appendingPathComponent("OutputCR")
        #expect(try site.build(output: cr).diagnostics.isEmpty)
        #expect(try SiteFixture.tree(cr) == before)
    }

    // MARK: Sidecars and templates

    @Test("malformed sidecar YAML is an error at its file:line:col, and Output is untouched")
    func malformedSidecar() throws {
        let (site, before) = try builtSite()
        defer { site.remove() }
        try site.write("kamerbrief-waterstof-voortgang.yml", "title: Voortgangsbrief\ndate: [2025-11-20\nkamerstuk: 32813-1400\n")
        let report = try expectFailedBuild(site, keeping: before)
        let diagnostic = try #require(report.diagnostics.first)
        #expect(report.diagnostics.count == 1)
        #expect(diagnostic.code == .sidecarSyntax && diagnostic.severity == .error)
        #expect(diagnostic.location.file == "Content/kamerbrief-waterstof-voortgang.yml")
        #expect(diagnostic.location.line >= 2 && diagnostic.location.column >= 1)
    }

    @Test("an unknown sidecar key is an error at its file:line:col, and Output is untouched")
    func unknownSidecarKey() throws {
        let (site, before) = try builtSite()
        defer { site.remove() }
        try site.write("kamerbrief-waterstof-voortgang.yml", "title: Voortgangsbrief\ndatum: 2025-11-20\n")
        let report = try expectFailedBuild(site, keeping: before)
        #expect(report.diagnostics.map(\.description) == [
            "Content/kamerbrief-waterstof-voortgang.yml:2:1: error: [sidecar-unknown-key] unknown key 'datum'; "
                + "a sidecar may have kind, id, title, date, kamerstuk, dossierTitle, outline",
        ])
    }

    @Test("a sidecar id with path characters is rejected at its position; nothing is written anywhere",
          arguments: ["../../etc", "a/b", "..", "x/../../y", "/etc/passwd", "a\\\\b"])
    func unsafeSidecarID(id: String) throws {
        let (site, before) = try builtSite()
        defer { site.remove() }
        try site.write("kamerbrief-waterstof-voortgang.yml", "title: Voortgangsbrief\nid: \"\(id)\"\n")
        let report = try expectFailedBuild(site, keeping: before)
        #expect(report.diagnostics.map(\.code) == [.sidecarInvalidValue])
        #expect(report.diagnostics.first?.severity == .error)
        #expect(report.diagnostics.first?.location == SourceLocation(file: "Content/kamerbrief-waterstof-voortgang.yml", line: 2, column: 5))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == ["Content", "Output"])
    }

    @Test("a template with an unknown variable fails the build at path:line:col and keeps the previous output")
    func unknownTemplateVariable() throws {
        let (site, before) = try builtSite()
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Templates"), to: templates)
        try "# Dossier {{number}}\n\nTitel: {{titel}}\n".write(to: templates.appendingPathComponent("dossier.md"), atomically: true, encoding: .utf8)
        var options = site.options()
        options.templates = templates
        let report = try SiteBuilder.build(options)
        #expect(report.failed && !report.wroteOutput)
        #expect(report.diagnostics.map(\.description) == [
            "Templates/dossier.md:3:8: error: [template-unknown-variable] unknown variable 'titel' in a dossier template; see the README's template guide",
        ])
        #expect(try SiteFixture.tree(site.output) == before)
    }

    // MARK: Paths

    @Test("file names with dots, spaces and punctuation become safe ids inside the output folder")
    func fileNamesBecomeSafeIDs() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let fiche = try fixtureText(site, "fiche-3-waterstofstrategie.txt")
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("fiche-3-waterstofstrategie.txt"))
        // `..txt` is hidden (it starts with a dot) and so is not content; the others are documents.
        try site.write("..txt", fiche)
        try site.write("Fiche (kopie) ..  van Ärger.txt", fiche)
        // Another fiche, so another Kamerstuk: two sources of one Kamerstuk would leave one out.
        try site.write("--.txt", fiche.replacingOccurrences(of: "Fiche 3:", with: "Fiche 4:").replacingOccurrences(of: "4101", with: "4102"))
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let documents = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("documenten").path).sorted()
        #expect(documents == ["document", "fiche-kopie-van-arger", "kamerbrief-waterstof-voortgang"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == ["Content", "Output"])
        #expect(Slug.make("..") == "document" && Slug.make("../../etc") == "etc" && Slug.make(" a b ") == "a-b")
    }

    @Test("a site file whose path would leave the output folder is refused, and the previous output is kept",
          arguments: ["../x", "../../etc/passwd", "/tmp/x", "a/../../x", "a//b", "./a", "a/./b", "a\\..\\x", "", "a/",
                      // A mark after a slash joins it into one Character, which hid these `..` and `/` from a split on Characters.
                      "../\u{301}x", "a/../\u{301}../x", "/\u{301}tmp/x"])
    func unsafeSiteFilePath(path: String) throws {
        let (site, before) = try builtSite()
        defer { site.remove() }
        #expect(throws: BuildError.self) { try OutputWriter.safeRelativePath(path) }
        let files = [SiteFile(path: "index.html", contents: "nieuw\n"), SiteFile(path: path, contents: "buiten\n")]
        let writer = try OutputWriter(output: site.output, incremental: false)
        #expect(throws: BuildError.environment("refusing to write '\(path)': it would leave the output folder")) {
            try writer.write(files)
        }
        writer.abandon()
        #expect(try SiteFixture.tree(site.output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == ["Content", "Output"])
    }

    @Test("ordinary site paths are accepted as they are",
          arguments: ["index.html", "documenten/a-b/pijler-1.html", "assets/search-index.js", "a/..b/.c.html", ".../x", "a./b.."])
    func safeSiteFilePath(path: String) throws {
        #expect(try OutputWriter.safeRelativePath(path) == path)
    }

    @Test("the writer makes a file's folder and its missing parents, accepts one that exists, and names the folder a file is in the way of")
    func makeFolders() throws {
        let root = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let deep = root.appendingPathComponent("a/b/c").path
        try OutputWriter.makeFolders(deep)
        try OutputWriter.makeFolders(deep)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: deep, isDirectory: &isFolder) && isFolder.boolValue)
        try Data("x".utf8).write(to: root.appendingPathComponent("a/file"))
        let blocked = root.appendingPathComponent("a/file/d").path
        #expect(throws: BuildError.environment("\(blocked): cannot create the folder: Not a directory")) {
            try OutputWriter.makeFolders(blocked)
        }
        #expect(throws: BuildError.environment("\(root.path)/a/file: cannot create the folder: File exists")) {
            try OutputWriter.makeFolders(root.appendingPathComponent("a/file").path)
        }
    }

    @Test("writers on several threads make the same new folders at once, and every file is written")
    func concurrentWritersShareFolders() throws {
        let root = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let writer = try OutputWriter(output: output, incremental: false)
        // Eight jobs, each writing into the same three folders (made by whichever comes first),
        // their parents missing, and one folder of its own.
        let jobs = (0..<8).map { job in
            (0..<30).map { index in
                SiteFile(path: index % 4 == 3 ? "eigen/\(job)/\(index).html" : "a/b\(index % 3)/c/\(job)-\(index).html", contents: "\(job) \(index)\n")
            }
        }
        let failures = Parallel.map(jobs) { files -> String? in
            do { try writer.write(files) } catch { return "\(error)" }
            return nil
        }
        #expect(failures.compactMap { $0 }.isEmpty)
        try writer.commit()
        for files in jobs {
            for file in files {
                let written = try String(contentsOf: output.appendingPathComponent(file.path), encoding: .utf8)
                #expect(written == file.contents)
            }
        }
    }

    @Test("a rebuild replaces a file linked from the published site instead of writing through the link, and refuses a path that leaves the output in the middle of a job's files")
    func rebuildReplacesLinkedFiles() throws {
        let root = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        func read(_ path: String) throws -> String { try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
        let first = ["documenten/a/index.html", "documenten/a/pijler-1.html", "documenten/a/pijler-2.html", "index.html", "documenten/b/index.html"]
        let clean = try OutputWriter(output: output, incremental: false)
        try clean.write(first.map { SiteFile(path: $0, contents: "oud \($0)\n") })
        try clean.commit()
        for path in first { #expect(try read(path) == "oud \(path)\n") }

        // The rebuild's staging folder starts as hard links to the published files.
        let rebuild = try OutputWriter(output: output, incremental: true)
        let changed = ["documenten/a/index.html", "documenten/a/pijler-2.html", "documenten/a/pijler-3.html"]
        try rebuild.write(changed.map { SiteFile(path: $0, contents: "nieuw \($0)\n") })
        for path in first { #expect(try read(path) == "oud \(path)\n", "the published \(path) is untouched until the commit") }
        try rebuild.commit()
        for path in changed { #expect(try read(path) == "nieuw \(path)\n") }
        for path in first where !changed.contains(path) { #expect(try read(path) == "oud \(path)\n") }

        // A path that would leave the output is refused after others in the same folder.
        let refused = try OutputWriter(output: output, incremental: true)
        #expect(throws: BuildError.self) {
            try refused.write([SiteFile(path: "documenten/a/x.html", contents: "x"), SiteFile(path: "documenten/a/../../../y.html", contents: "y")])
        }
        refused.abandon()
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("y.html").path))
    }

    // MARK: Policy

    @Test("diagnostics are sorted by file, line and column, and exact repeats are removed")
    func sortedAndDeduplicated() {
        let a = Diagnostic.warning(.unresolvedFootnote, "marker 3 has no note", at: SourceLocation(file: "Content/b.txt", line: 9, column: 2))
        let b = Diagnostic.error(.unknownFormat, "unknown", at: SourceLocation(file: "Content/a.txt", line: 0, column: 0))
        let c = Diagnostic.warning(.unreferencedFootnote, "footnote 1 has no marker", at: SourceLocation(file: "Content/b.txt", line: 9, column: 1))
        let d = Diagnostic.error(.duplicateFootnote, "twice", at: SourceLocation(file: "Content/b.txt", line: 10, column: 1))
        #expect([a, d, c, b, a, d, c].sortedAndDeduplicated() == [b, c, a, d])
    }

    @Test("the sort on file ranks orders random diagnostics as comparing every field does, files in NFC and NFD too")
    func sortedOnFileRanks() {
        var generator = SeededGenerator(seed: 9)
        let files = ["Content/a.txt", "Content/b.txt", "Content/caf\u{E9}.txt", "Content/cafe\u{301}.txt", "Content/B.txt", "Content/a.txt.yml"]
        let codes: [DiagnosticCode] = [.unknownFormat, .unresolvedFootnote, .duplicateFootnote]
        for _ in 0..<100 {
            let diagnostics = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                Diagnostic(
                    Bool.random(using: &generator) ? .error : .warning, codes.randomElement(using: &generator)!, ["x", "y"].randomElement(using: &generator)!,
                    at: SourceLocation(file: files.randomElement(using: &generator)!, line: Int.random(in: 0..<3, using: &generator), column: Int.random(in: 0..<3, using: &generator)))
            }
            let expected = Array(Set(diagnostics)).sorted {
                ($0.location, $0.severity, $0.code.rawValue, $0.message) < ($1.location, $1.severity, $1.code.rawValue, $1.message)
            }
            let sorted = diagnostics.sortedAndDeduplicated()
            // Canonically equal files compare equal: their diagnostics may stand in either order among themselves.
            #expect(sorted.map { "\($0.location.line)|\($0.location.column)|\($0.severity)|\($0.code)|\($0.message)|\(files.firstIndex(of: $0.location.file) == 2 ? 3 : files.firstIndex(of: $0.location.file)!)" }
                == expected.map { "\($0.location.line)|\($0.location.column)|\($0.severity)|\($0.code)|\($0.message)|\(files.firstIndex(of: $0.location.file) == 2 ? 3 : files.firstIndex(of: $0.location.file)!)" })
        }
    }
}
