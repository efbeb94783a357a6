import Foundation
import Testing
@testable import KamerArchief

/// The scan lists the content folder with one `lstat` per entry and splits names on their bytes
/// when they are ASCII; what it finds must be what `stat` and `NSString` say.
@Suite("Content scan")
struct ContentScanTests {
    @Test("each scanned file carries its own stat, a symlinked document its target's; folders, links to folders and hidden files are passed over without a diagnostic")
    func signatures() throws {
        let root = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("archief"), withIntermediateDirectories: true)
        for (name, text) in [("a.txt", "brief"), ("a.yml", "title: A\n"), ("C.txt", "fiche"), ("C.YAML", "title: C\n"), ("archief/doel.txt", "doel"), (".verborgen.txt", "x")] {
            try text.write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b.txt").path, withDestinationPath: "archief/doel.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("map").path, withDestinationPath: "archief")

        let scan = try ContentLoader.scan(contentDirectory: folder, displayPrefix: "Content")
        #expect(scan.diagnostics.isEmpty)
        #expect(scan.documents.map(\.file.path) == ["Content/C.txt", "Content/a.txt", "Content/b.txt"])
        #expect(scan.documents.map(\.stem) == ["C", "a", "b"])
        #expect(scan.documents.map { $0.sidecar?.path } == ["Content/C.YAML", "Content/a.yml", nil])
        let a = scan.documents[1]
        #expect(a.file.systemPath == folder.path + "/a.txt")
        #expect(a.file.signature == FileSignature(path: folder.path + "/a.txt"))
        #expect(a.sidecar?.signature == FileSignature(path: folder.path + "/a.yml"))
        var target = stat(), link = stat()
        #expect(stat(folder.path + "/archief/doel.txt", &target) == 0 && lstat(folder.path + "/b.txt", &link) == 0)
        let b = scan.documents[2].file.signature
        #expect(b.inode == UInt64(target.st_ino) && b.size == 4)
        #expect(b.inode != UInt64(link.st_ino))
        #expect(try ContentLoader.read(a).bytes == Array("brief".utf8))
    }

    @Test("a name splits into stem and extension exactly as NSString splits it, ASCII or not")
    func nameParts() {
        #expect(ContentEntry.split("fiche-3.txt") == ("fiche-3", "txt"))
        #expect(ContentEntry.split("archief.tar.gz") == ("archief.tar", "gz"))
        #expect(ContentEntry.split("a.") == ("a", ""))
        #expect(ContentEntry.split("..") == ("..", ""))
        #expect(ContentEntry.split(".verborgen") == (".verborgen", ""))
        #expect(ContentEntry.split("zonder") == ("zonder", ""))
        let names = [
            "a.txt", "a.", "a..", "..", ".", "...", "a.b.c", ".a", ".a.b", "..a", "a", "a..b", "a.b.", "a b.YML", "x.y z",
            "caf\u{E9}.txt", "cafe\u{301}.yml", "a.\u{301}txt", "\u{E9}", "\u{E9}.", "nota.\u{E9}",
        ]
        for name in names {
            let parts = ContentEntry.split(name)
            #expect(parts.stem == (name as NSString).deletingPathExtension, "\(name.debugDescription)")
            #expect(parts.pathExtension == (name as NSString).pathExtension, "\(name.debugDescription)")
        }
    }

    @Test("names are compared in NFC: an ASCII name is its bytes, a decomposed é becomes the precomposed one")
    func normalisedNames() {
        #expect(ContentEntry.normalised("fiche-3") == Array("fiche-3".utf8))
        #expect(ContentEntry.normalised("cafe\u{301}") == [0x63, 0x61, 0x66, 0xC3, 0xA9])
        #expect(ContentEntry.normalised("caf\u{E9}") == [0x63, 0x61, 0x66, 0xC3, 0xA9])
        let keys: Set = [ContentEntry.NameKey("cafe\u{301}"), ContentEntry.NameKey("caf\u{E9}"), ContentEntry.NameKey("cafe")]
        #expect(keys.count == 2)
        #expect(keys.contains(ContentEntry.NameKey("caf\u{E9}")) && keys.contains(ContentEntry.NameKey("cafe")))
    }
}
