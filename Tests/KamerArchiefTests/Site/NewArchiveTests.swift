import Foundation
import Testing
@testable import KamerArchief

/// `kamerarchief new DIR` and builds with the built-in templates, run with a copy of the binary
/// outside the repository (the binary alone must be enough).
@Suite("New archive and built-in templates")
struct NewArchiveTests {
    /// A temporary folder holding only a copy of the debug binary, as `bin/kamerarchief`.
    func standalone() throws -> (folder: URL, binary: URL) {
        let folder = try CommandRunner.temporaryDirectory()
        let binary = folder.appendingPathComponent("bin/kamerarchief")
        try FileManager.default.createDirectory(at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandRunner.binary, to: binary)
        return (folder, binary)
    }

    @Test("new DIR writes the example, topics.yml, the templates, .gitignore and the workflow; build in DIR then succeeds without a diagnostic")
    func newThenBuild() throws {
        let (folder, binary) = try standalone()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try CommandRunner.run(binary, ["new", "archief"], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        let archive = folder.appendingPathComponent("archief")
        let tree = try SiteFixture.tree(archive)
        #expect(Set(tree.keys) == Set(ArchiveScaffold.files))
        for name in [".gitignore", ".github/workflows/kamerarchief.yml", "Content/kamerbrief-voorbeeld.txt", "Content/kamerbrief-voorbeeld.yml",
            "Content/topics.yml", "Templates/layout.html", "Templates/kamerbrief.md", "Templates/assets/style.css"]
        {
            #expect(tree[name] != nil, "\(name) missing")
        }
        let workflow = try Data(contentsOf: TestPaths.packageRoot.appendingPathComponent("docs/ci/github-actions.yml"))
        #expect(tree[".github/workflows/kamerarchief.yml"] == workflow)

        let built = try CommandRunner.run(binary, ["build", "--strict"], in: archive)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.hasPrefix("0 errors, 0 warnings\n"))
        let index = try String(contentsOf: archive.appendingPathComponent("Output/index.html"), encoding: .utf8)
        #expect(index.contains("Voorbeeld van een Kamerbrief in het archief"))
        #expect(FileManager.default.fileExists(atPath: archive.appendingPathComponent("Output/onderwerpen/archiefwet.html").path))
    }

    @Test("new refuses a folder that is not empty, and a path that is a file, with exit 2 and nothing written")
    func refusesNonEmpty() throws {
        let (folder, binary) = try standalone()
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = folder.appendingPathComponent("bestaand")
        try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
        try Data("mijn notities\n".utf8).write(to: existing.appendingPathComponent("notities.txt"))
        let refused = try CommandRunner.run(binary, ["new", "bestaand"], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr == "error: \(existing.path): the folder is not empty (1 entry); kamerarchief new writes only into a new or empty folder\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: existing.path) == ["notities.txt"])
        let file = try CommandRunner.run(binary, ["new", "bestaand/notities.txt"], in: folder)
        #expect(file.status == 2)
        #expect(file.stderr.contains("exists and is not a folder"))
        // An empty folder is fine.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("leeg"), withIntermediateDirectories: true)
        #expect(try CommandRunner.run(binary, ["new", "leeg"], in: folder).status == 0)
    }

    @Test("a build without a Templates folder uses the built-in templates and equals a build with --templates of a copy")
    func builtInEqualsCopy() throws {
        let (folder, binary) = try standalone()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let copy = folder.appendingPathComponent("kopie-templates")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Templates"), to: copy)
        let builtIn = try CommandRunner.run(binary, ["build", "--no-cache", "--output", "Ingebouwd", "--base-url", "https://example.org/a/"], in: site.root)
        #expect(builtIn.status == 0, "\(builtIn.stderr)")
        let copied = try CommandRunner.run(
            binary, ["build", "--no-cache", "--output", "Kopie", "--templates", copy.path, "--base-url", "https://example.org/a/"], in: site.root)
        #expect(copied.status == 0, "\(copied.stderr)")
        let first = try SiteFixture.tree(site.root.appendingPathComponent("Ingebouwd"))
        #expect(first.count > 20)
        #expect(first == (try SiteFixture.tree(site.root.appendingPathComponent("Kopie"))))
        // A --templates folder that does not exist is still an error, not a silent fallback.
        let missing = try CommandRunner.run(binary, ["build", "--templates", "Sjablonen"], in: site.root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Sjablonen: the templates folder does not exist"))
    }
}
