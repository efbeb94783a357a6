import Foundation
import Testing
@testable import KamerArchief

/// The files built into the binary (EmbeddedFiles.swift, written by `make embed-templates`) are
/// exactly the repository's Templates/, Scaffold/ and CI workflow.
@Suite("Embedded templates and scaffold")
struct EmbeddedFilesTests {
    let root = TestPaths.packageRoot
    let hint = "run `make embed-templates` to update Sources/KamerArchief/Site/EmbeddedFiles.swift"

    /// Every file under `folder`, by path relative to it.
    func files(under folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            result[relative] = try String(contentsOf: url, encoding: .utf8)
        }
        return result
    }

    @Test("the built-in templates are byte for byte the Templates folder, no file more or less")
    func templatesInSync() throws {
        let onDisk = try files(under: root.appendingPathComponent("Templates"))
        #expect(Set(EmbeddedFiles.templates.keys) == Set(onDisk.keys), "\(hint)")
        for (name, text) in onDisk { #expect(EmbeddedFiles.templates[name] == text, "Templates/\(name) differs; \(hint)") }
        #expect(onDisk.keys.contains("layout.html") && onDisk.keys.contains("assets/style.css"))
    }

    @Test("the scaffold is Scaffold/ (gitignore as .gitignore) and the workflow is docs/ci/github-actions.yml")
    func scaffoldInSync() throws {
        var expected = try files(under: root.appendingPathComponent("Scaffold"))
        expected[".gitignore"] = expected.removeValue(forKey: "gitignore")
        expected[".github/workflows/kamerarchief.yml"] = try String(contentsOf: root.appendingPathComponent("docs/ci/github-actions.yml"), encoding: .utf8)
        #expect(EmbeddedFiles.scaffold == expected, "\(hint)")
        #expect(Set(expected.keys) == [
            ".gitignore", ".github/workflows/kamerarchief.yml", "Content/kamerbrief-voorbeeld.txt", "Content/kamerbrief-voorbeeld.yml", "Content/topics.yml",
        ])
    }

    @Test("the new archive's .gitignore leaves out the output and the build cache")
    func gitignore() throws {
        let lines = try #require(EmbeddedFiles.scaffold[".gitignore"]).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines == ["Output/", ".kamerarchief-cache/"])
    }

    @Test("the example letter reads without errors or warnings, as a kamerbrief with its sections, footnote and citation")
    func exampleLetter() throws {
        let folder = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ArchiveScaffold.create(at: folder)
        let path = folder.appendingPathComponent("Content/kamerbrief-voorbeeld.txt")
        let loaded = try ContentLoader.loadFile(path, displayPath: "Content/kamerbrief-voorbeeld.txt")
        let (document, diagnostics) = Ingester.ingest(loaded)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let letter = try #require(document)
        #expect(letter.kind == .kamerbrief)
        #expect(letter.date == "2026-11-02")
        #expect(letter.title == "Voorbeeld van een Kamerbrief in het archief")
        #expect(letter.sections.map(\.title) == ["Inleiding", "Verwijzingen", "Tot slot"])
        #expect(letter.footnotes.map(\.number) == [1])
        #expect(letter.metadata.ondertekening.map(\.naam) == ["A. Voorbeeld"])
    }
}
