import Foundation
import Testing
@testable import KamerArchief

/// The cache can never lie: damaged, unwritable or outdated, it is noticed, and the site is
/// what a clean build makes.
@Suite("Cache integrity")
struct CacheIntegrityTests {
    /// The ways a cache file is damaged: cut short, overwritten with random bytes of the same
    /// length, one byte changed in the middle, one bit flipped near the end.
    static let damages = ["truncated", "random", "byte", "bit"]

    static func damage(_ bytes: [UInt8], _ how: String, seed: Int) -> [UInt8] {
        var generator = SeededGenerator(seed: UInt64(seed + 1))
        switch how {
        case "truncated": return Array(bytes.prefix(bytes.count / 2))
        case "random": return bytes.map { _ in UInt8.random(in: 0...255, using: &generator) }
        case "byte":
            var bytes = bytes
            if !bytes.isEmpty { bytes[bytes.count / 2] &+= UInt8.random(in: 1...255, using: &generator) }
            return bytes
        default:
            var bytes = bytes
            if !bytes.isEmpty { bytes[max(0, bytes.count - 3)] ^= 1 << UInt8.random(in: 0...7, using: &generator) }
            return bytes
        }
    }

    @Test("every cache file, truncated, overwritten with random bytes or edited in place, gives the clean site or a cache-invalid warning, and never a crash")
    func damagedCacheFiles() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        _ = try workspace.build()
        let files = cacheFiles(workspace.cache)
        #expect(Set(files.map { ($0 as NSString).deletingLastPathComponent }) == ["", "documents", "postings", "summaries", "jobs"], "\(files)")
        #expect(files.contains("manifest.bin") && files.contains("jobs/state.bin"))
        let document = workspace.templates.appendingPathComponent("document.md")
        let original = try String(contentsOf: document, encoding: .utf8)
        var trial = 0
        for file in files {
            for how in Self.damages {
                trial += 1
                // A fresh cache, then the damage, then a change that makes the next build read the cache.
                try? FileManager.default.removeItem(at: workspace.cache)
                try original.write(to: document, atomically: true, encoding: .utf8)
                _ = try workspace.build()
                let path = workspace.cache.appendingPathComponent(file)
                let bytes = [UInt8](try Data(contentsOf: path))
                try Data(Self.damage(bytes, how, seed: trial)).write(to: path)
                try (original + "\nVersie \(trial).\n").write(to: document, atomically: true, encoding: .utf8)
                let report = try workspace.build()
                let warned = report.diagnostics.contains { $0.code == .cacheInvalid }
                // A template change re-renders every page from the cached documents; a document's
                // search postings are read only when another document changes, so damage to them
                // may go unread here (and the site must still be the clean one).
                #expect(warned || file.hasPrefix("postings/"), "\(file) \(how): no cache-invalid warning")
                #expect(try SiteFixture.tree(workspace.output) == (try workspace.cleanTree()), "\(file) \(how): the site differs from a clean build")
                // The warning is given once: the next build has a sound cache again.
                let next = try workspace.build()
                #expect(!next.diagnostics.contains { $0.code == .cacheInvalid }, "\(file) \(how): the damage outlived a build")
            }
        }
    }

    @Test("a cache folder that cannot be written is a cache-unwritable warning, and the site is still built")
    func unwritableCache() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        // A file where the cache folder should be: nothing can be written below it, even as root.
        try Data("kein Ordner".utf8).write(to: workspace.cache)
        let report = try workspace.build()
        let warnings = report.diagnostics.filter { $0.code == .cacheUnwritable }
        #expect(warnings.count >= 1)
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.location.file.hasPrefix(workspace.cache.path) })
        #expect(report.wroteOutput && !report.failed)
        #expect(try SiteFixture.tree(workspace.output) == (try workspace.cleanTree()))

        let result = try workspace.run()
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: [cache-unwritable]"))
    }

    @Test("a source replaced by another of the same size and modification time is noticed")
    func sameSizeSameTime() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        _ = try workspace.build()
        let url = workspace.site.content.appendingPathComponent("fiche-3-waterstofstrategie.txt")
        var info = stat()
        #expect(stat(url.path, &info) == 0)
        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")
        let replaced = fiche.replacingOccurrences(of: "verdeeld over de quota", with: "verdeeld over de QUOTA")
        #expect(replaced.utf8.count == fiche.utf8.count && replaced != fiche)
        try workspace.site.write("fiche-3-waterstofstrategie.txt", replaced)
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
        var now = stat()
        stat(url.path, &now)
        #expect(now.st_size == info.st_size && now.st_mtim.tv_sec == info.st_mtim.tv_sec && now.st_mtim.tv_nsec == info.st_mtim.tv_nsec)

        let report = try workspace.build()
        #expect(!report.upToDate)
        #expect(report.parsedDocuments == 1)
        let page = try SiteFixture.tree(workspace.output)["documenten/fiche-3-waterstofstrategie/index.html"]
        #expect(String(decoding: try #require(page), as: UTF8.self).contains("QUOTA"))
        #expect(try SiteFixture.tree(workspace.output) == (try workspace.cleanTree()))
    }

    @Test("a cache marked dirty by an interrupted build is not used: the next build is a clean build, even after the edit is undone")
    func dirtyCache() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        _ = try workspace.build()
        // What a build killed after its first write leaves: the mark, and a cache that may
        // already describe files it never published.
        try Data().write(to: workspace.cache.appendingPathComponent("dirty"))
        let report = try workspace.build()
        #expect(!report.upToDate)
        #expect(report.parsedDocuments == 2)
        #expect(!FileManager.default.fileExists(atPath: workspace.cache.appendingPathComponent("dirty").path))
        #expect(try workspace.build().upToDate)
    }

    @Test("a rebuild writes the cache files it changes in place, as the same files, and leaves nothing beside them")
    func cacheWrittenInPlace() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        _ = try workspace.build()
        let before = cacheFileIDs(workspace.cache)
        let manifest = workspace.cache.appendingPathComponent("manifest.bin")
        let oldManifest = try Data(contentsOf: manifest)
        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche + "\nDeze zin kwam er later bij.\n")
        #expect(try workspace.build().parsedDocuments == 1)
        let after = cacheFileIDs(workspace.cache)
        // The manifest holds the changed source's stamp: new bytes, in the same file. A write
        // through a temporary file and a rename gives it another inode and frees the old one.
        #expect(try Data(contentsOf: manifest) != oldManifest)
        #expect(before["manifest.bin"] != nil && after["manifest.bin"] == before["manifest.bin"])
        for (name, inode) in after where before[name] != nil { #expect(inode == before[name], "\(name)") }
        // Only the cache's own files: the new document and postings, and nothing temporary.
        let added = Set(after.keys).subtracting(before.keys)
        #expect(added.map { ($0 as NSString).deletingLastPathComponent }.sorted() == ["documents", "postings"], "\(added)")
    }

    /// The inode of each file in the cache by its path in it, apart from the lock and the spare site.
    func cacheFileIDs(_ cache: URL) -> [String: UInt64] {
        var inodes: [String: UInt64] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: cache.path)! where relative != "lock" && !relative.hasPrefix("site") {
            var info = stat()
            if lstat(cache.path + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG { inodes[relative] = UInt64(info.st_ino) }
        }
        return inodes
    }

    /// Every file at the top of the cache, `jobs/state.bin`, and the largest file of each of its folders: the
    /// files of a folder are alike (shards, one document each), and damaging each of them would
    /// build the site hundreds of times.
    func cacheFiles(_ cache: URL) -> [String] {
        let base = cache.path
        var files: [String] = []
        var largest: [String: (path: String, size: Int)] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: base)! {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory)
            guard !isDirectory.boolValue && relative != "lock" && !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
            let folder = (relative as NSString).deletingLastPathComponent
            guard !folder.isEmpty && (relative as NSString).lastPathComponent != "state.bin" else {
                files.append(relative)
                continue
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: base + "/" + relative)[.size] as? Int) ?? 0
            if size > largest[folder]?.size ?? -1 { largest[folder] = (relative, size) }
        }
        return (files + largest.values.map(\.path)).sorted()
    }
}
