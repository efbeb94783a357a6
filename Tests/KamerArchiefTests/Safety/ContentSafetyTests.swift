import Foundation
import Testing
@testable import KamerArchief

/// Content that is not a plain readable file is an error naming it; the other documents build.
@Suite("Content that is not a plain file")
struct ContentSafetyTests {
    func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test("a symlink whose target lies outside Content/ is an unsafe-symlink error and is never followed")
    func unsafeSymlink() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        let secret = workspace.site.root.appendingPathComponent("geheim.txt")
        try TestPaths.fixtureText("sites/basic/Content/kamerbrief-waterstof-voortgang.txt")
            .replacingOccurrences(of: "Gasunie", with: "GEHEIME-SLEUTEL").write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: workspace.site.content.appendingPathComponent("geheim.txt").path, withDestinationPath: secret.path)

        let result = try workspace.run(["--keep-going"])
        #expect(result.status == 1)
        #expect(lines(result.stderr).contains { $0.hasPrefix("Content/geheim.txt:1:1: error: [unsafe-symlink] symlink to ") })
        let tree = try SiteFixture.tree(workspace.output)
        #expect(tree["documenten/fiche-3-waterstofstrategie/index.html"] != nil)
        #expect(!tree.keys.contains { $0.contains("geheim") })
        #expect(!tree.values.contains { String(decoding: $0, as: UTF8.self).contains("GEHEIME-SLEUTEL") })
    }

    @Test("a symlink inside Content/ to a document there is followed")
    func safeSymlink() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        try FileManager.default.createDirectory(at: workspace.site.content.appendingPathComponent("archief"), withIntermediateDirectories: false)
        try FileManager.default.moveItem(
            at: workspace.site.content.appendingPathComponent("fiche-3-waterstofstrategie.txt"),
            to: workspace.site.content.appendingPathComponent("archief/fiche.txt"))
        try FileManager.default.createSymbolicLink(
            atPath: workspace.site.content.appendingPathComponent("fiche-3-waterstofstrategie.txt").path, withDestinationPath: "archief/fiche.txt")
        let result = try workspace.run()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try SiteFixture.tree(workspace.output)["documenten/fiche-3-waterstofstrategie/index.html"] != nil)
    }

    @Test("a FIFO, a socket-like special file or a symlink loop is an unreadable-file error in compiler format, and the other documents still build", arguments: ["fifo", "loop", "dangling"])
    func unreadable(kind: String) throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        let path = workspace.site.content.appendingPathComponent("raar.txt").path
        switch kind {
        case "fifo": #expect(mkfifo(path, 0o644) == 0)
        case "loop":
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "lus.txt")
            try FileManager.default.createSymbolicLink(atPath: workspace.site.content.appendingPathComponent("lus.txt").path, withDestinationPath: "raar.txt")
        default: try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "bestaat-niet.txt")
        }
        let failed = try workspace.run()
        #expect(failed.status == 1)
        #expect(lines(failed.stderr).contains { $0.hasPrefix("Content/raar.txt:1:1: error: [unreadable-file] cannot read the file") })
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))

        let kept = try workspace.run(["--keep-going"])
        #expect(kept.status == 1)
        let tree = try SiteFixture.tree(workspace.output)
        #expect(tree["documenten/fiche-3-waterstofstrategie/index.html"] != nil)
        #expect(tree["documenten/kamerbrief-waterstof-voortgang/index.html"] != nil)
    }

    @Test("an ASCII name clashes with a name whose NFC form it is (the Kelvin sign is K); ASCII names alone never clash")
    func kelvinSign() {
        let signature = FileSignature(size: 1, modified: 2, changed: 3, inode: 4)
        func names(_ names: [String]) -> (unique: [String], errors: Int) {
            let result = ContentEntry.normalisationClashes(names.map { ContentEntry.File(name: $0, signature: signature) }, display: { "Content/\($0)" })
            return (result.unique.map(\.name), result.diagnostics.count)
        }
        #expect(names(["K.txt", "\u{212A}.txt"]) == (["K.txt"], 1))
        #expect(names(["\u{212A}.txt", "K.txt"]) == (["\u{212A}.txt"], 1))
        #expect(names(["K.txt", "k.txt", "a.txt"]) == (["K.txt", "k.txt", "a.txt"], 0))
    }

    @Test("café.txt in NFC and in NFD are one name: the second is an error naming the first, and the sidecar belongs to the first alone")
    func normalisation() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        let letter = try TestPaths.fixtureText("sites/basic/Content/kamerbrief-waterstof-voortgang.txt")
        let nfc = "caf\u{E9}", nfd = "cafe\u{301}"
        try letter.write(to: workspace.site.content.appendingPathComponent("\(nfc).txt"), atomically: true, encoding: .utf8)
        try letter.write(to: workspace.site.content.appendingPathComponent("\(nfd).txt"), atomically: true, encoding: .utf8)
        try "title: Brief over koffie\nid: koffie\n".write(to: workspace.site.content.appendingPathComponent("\(nfd).yml"), atomically: true, encoding: .utf8)

        let result = try workspace.run(["--keep-going"])
        #expect(result.status == 1)
        let errors = lines(result.stderr).filter { $0.contains("error:") }
        #expect(errors.count == 1)
        #expect(errors.first?.contains("[duplicate-id] the same file name as Content/\(nfc).txt in another Unicode normalisation") == true)
        let tree = try SiteFixture.tree(workspace.output)
        let page = try #require(tree["documenten/koffie/index.html"])
        #expect(String(decoding: page, as: UTF8.self).contains("Brief over koffie"))
        #expect(tree.keys.filter { $0.hasPrefix("documenten/") && $0.hasSuffix("/index.html") }.count == 3)
    }
}
