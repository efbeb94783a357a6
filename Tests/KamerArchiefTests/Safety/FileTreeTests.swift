import Foundation
import Testing
@testable import KamerArchief

@Suite("Folder trees of the output writer")
struct FileTreeTests {
    /// A tree with nested folders, an empty folder, a non-ASCII name, and a symbolic link that
    /// points at a folder outside it.
    static func makeTree() throws -> (root: URL, tree: URL, outside: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("filetree-\(UUID().uuidString)")
        let tree = root.appendingPathComponent("tree"), outside = root.appendingPathComponent("outside")
        for folder in ["a/b/c", "leeg", "één"] {
            try FileManager.default.createDirectory(at: tree.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        for (path, text) in [("index.html", "top"), ("a/b/c/diep.js", "deep"), ("één/ö.txt", "non-ASCII"), ("../outside/keep.txt", "outside")] {
            try Data(text.utf8).write(to: tree.appendingPathComponent(path))
        }
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("a/buiten").path, withDestinationPath: outside.path)
        return (root, tree, outside)
    }

    static func inode(_ url: URL) -> UInt64 {
        var info = stat()
        return lstat(url.path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    @Test("linking recreates every folder, empty ones too, and hard-links every file and symbolic link without following it")
    func linking() throws {
        let (root, tree, _) = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let copy = root.appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: false)
        try FileTree.link(from: tree.path, to: copy.path)
        for path in ["index.html", "a/b/c/diep.js", "één/ö.txt", "a/buiten"] {
            #expect(Self.inode(copy.appendingPathComponent(path)) == Self.inode(tree.appendingPathComponent(path)), "\(path) is the same file")
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: copy.appendingPathComponent("a/buiten").path) == root.appendingPathComponent("outside").path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: copy.appendingPathComponent("leeg").path).isEmpty)
        #expect(Self.inode(copy.appendingPathComponent("a/b")) != Self.inode(tree.appendingPathComponent("a/b")), "folders are new")
        #expect(throws: BuildError.self) { try FileTree.link(from: tree.path, to: copy.path) }
    }

    @Test("removing a tree removes everything in it and nothing a symbolic link in it points at")
    func removing() throws {
        let (root, tree, outside) = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        FileTree.remove(tree.path)
        #expect(!FileManager.default.fileExists(atPath: tree.path))
        #expect(try String(contentsOf: outside.appendingPathComponent("keep.txt"), encoding: .utf8) == "outside")
        FileTree.remove(tree.path)  // a missing tree is no error
        let file = root.appendingPathComponent("file.txt")
        try Data("x".utf8).write(to: file)
        FileTree.remove(file.path)
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test("the folder signature stays while nothing comes or goes and when the folder is renamed, and changes when a file is added, removed or replaced anywhere in it")
    func folderSignature() throws {
        let (root, tree, outside) = try Self.makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try #require(FileTree.folderSignature(tree.path))
        #expect(FileTree.folderSignature(tree.path) == first)
        // Skipping the leaves (on file systems that count subfolders) hashes what reading them does.
        #expect(FileTree.folderSignature(tree.path, readingLeaves: true) == first)
        // Written through in place (the same file): no name in any folder changed.
        let handle = try FileHandle(forWritingTo: tree.appendingPathComponent("a/b/c/diep.js"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("more".utf8))
        try handle.close()
        #expect(FileTree.folderSignature(tree.path) == first)

        var signatures: Set = [first]
        func changed(_ what: String, _ change: () throws -> Void) throws {
            // Change times count in clock ticks: the change must fall in a later one.
            usleep(20_000)
            try change()
            let signature = try #require(FileTree.folderSignature(tree.path))
            #expect(!signatures.contains(signature), "\(what) changes the signature")
            signatures.insert(signature)
        }
        try changed("a removed deep file") { try FileManager.default.removeItem(at: tree.appendingPathComponent("a/b/c/diep.js")) }
        try changed("an added file") { try Data("new".utf8).write(to: tree.appendingPathComponent("leeg/nieuw.txt"), options: .withoutOverwriting) }
        try changed("a file replaced by rename") {
            try Data("other".utf8).write(to: outside.appendingPathComponent("ander.txt"))
            #expect(rename(outside.appendingPathComponent("ander.txt").path, tree.appendingPathComponent("één/ö.txt").path) == 0)
        }
        try changed("a folder added in a folder without folders") {
            try FileManager.default.createDirectory(at: tree.appendingPathComponent("leeg/binnen"), withIntermediateDirectories: false)
        }
        try changed("a file added in that new folder") { try Data("x".utf8).write(to: tree.appendingPathComponent("leeg/binnen/x.txt")) }
        #expect(FileTree.folderSignature(tree.path, readingLeaves: true) == FileTree.folderSignature(tree.path))
        try changed("a removed empty folder") { try FileManager.default.removeItem(at: tree.appendingPathComponent("a/b/c")) }
        // The top folder counts by its entries, not its change time.
        try changed("a file added at the top") { try Data("top".utf8).write(to: tree.appendingPathComponent("top.html")) }
        try changed("a file at the top replaced by rename") {
            try Data("other".utf8).write(to: outside.appendingPathComponent("top.html"))
            #expect(rename(outside.appendingPathComponent("top.html").path, tree.appendingPathComponent("top.html").path) == 0)
        }
        // Removed again, the top holds what it held before the file came: that signature again.
        let withTop = try #require(FileTree.folderSignature(tree.path))
        try FileManager.default.removeItem(at: tree.appendingPathComponent("top.html"))
        #expect(FileTree.folderSignature(tree.path) != withTop, "a file removed at the top changes the signature")
        // Renamed, as a published site is when it is replaced and kept: the same signature.
        let last = try #require(FileTree.folderSignature(tree.path))
        let moved = root.appendingPathComponent("elders")
        usleep(20_000)
        #expect(rename(tree.path, moved.path) == 0)
        #expect(FileTree.folderSignature(moved.path) == last)
        #expect(FileTree.folderSignature(moved.path, readingLeaves: true) == last)
        #expect(FileTree.folderSignature(root.appendingPathComponent("missing").path) == nil)
    }
}
