import Foundation

/// The only writer of the site. Every build, clean or incremental, assembles the new site in a
/// staging folder beside the output (`.Output.building`) and publishes it by exchanging the two
/// folders in one `renameat2(RENAME_EXCHANGE)`: at every moment `Output/` is a complete site, the
/// old one or the new one, and no temporary file is ever inside it.
///
/// An incremental build starts its staging folder as hard links to the files of the current
/// output; a changed file is unlinked and written anew there, so the published files are never
/// touched. Files the new site does not have are removed from the staging folder, and so are the
/// folders they leave empty. A staging folder left by a killed build is removed by the next one.
/// Every path is checked to stay inside the output folder.
///
/// Linking a quarter of a million files, and removing the replaced site after publishing, is
/// most of a small rebuild of a large archive. So with a cache, the replaced site is kept in the
/// cache folder (`SpareSite`) instead of removed, and the next incremental build starts from it:
/// it differs from the published site only in the files the last build wrote or removed, which
/// are linked over from the output (or removed) before this build's own changes.
public final class OutputWriter: @unchecked Sendable {
    private let output: URL
    private let staging: URL
    /// `output.path` and `staging.path`, taken once: `URL.path` costs about 17,000 instructions
    /// a call, and every file written asks for its path.
    private let outputRoot: String
    private let stagingRoot: String
    /// Whether the staging folder started empty (a clean build) rather than as links to the output.
    public let isClean: Bool
    /// Folders made so far; `write` is called from several threads at once, each with other files.
    private var createdFolders: Set<String> = []
    private let folderLock = NSLock()
    /// Folders that lost a file; removed at commit when nothing is left in them.
    private var emptiedFolders: Set<String> = []
    /// Site paths written or removed in this build (not in catching a spare site up): how the
    /// site it replaces differs from the new one.
    private var changedPaths: [String] = []

    /// Starts a clean build (`incremental: false`) or an update of an existing output. `spare` is
    /// where a replaced site is kept (in the cache folder) and what the cache says of the one
    /// there; a spare that is not the one described is removed.
    public init(output: URL, incremental: Bool, spare: (folder: URL, site: SpareSite?)? = nil) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: output.path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue {
            throw BuildError.environment("\(output.path): the output path is a file, not a folder")
        }
        let parent = output.deletingLastPathComponent()
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw BuildError.environment("\(parent.path): cannot create the folder for the output: \(error.localizedDescription)")
        }
        self.output = output
        Self.removeLeftovers(of: output)
        // A leftover that cannot be removed (an immutable file in it) must not block every build.
        let usual = Self.stagingFolder(for: output)
        staging = manager.fileExists(atPath: usual.path) ? URL(fileURLWithPath: usual.path + "-\(getpid())") : usual
        outputRoot = output.path
        stagingRoot = staging.path
        isClean = !(incremental && exists)
        var delta: [String]?
        if let spare, manager.fileExists(atPath: spare.folder.path) {
            if !isClean, let site = spare.site, site.checked || FileTree.folderSignature(spare.folder.path) == site.folders,
                rename(spare.folder.path, staging.path) == 0
            {
                delta = site.delta
            } else {
                FileTree.remove(spare.folder.path)
            }
        }
        if delta == nil {
            do {
                try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            } catch {
                throw BuildError.environment("\(staging.path): cannot create the folder for the new site: \(error.localizedDescription)")
            }
        }
        do {
            if let delta { try catchUp(delta) } else if !isClean { try FileTree.link(from: output.path, to: staging.path) }
        } catch {
            abandon()
            throw error
        }
    }

    /// The staging folder of `output`: hidden, beside it, so that a rename never crosses file systems.
    static func stagingFolder(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).building")
    }

    /// Removes what a killed build left beside the output: its staging folder, and the retired
    /// folder of the two-rename swap older versions made. Only ever called under the output lock.
    static func removeLeftovers(of output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).building", ".\(output.lastPathComponent).previous"]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where prefixes.contains(where: name.hasPrefix) {
            FileTree.remove(parent.appendingPathComponent(name).path)
        }
    }

    public func write(_ files: [SiteFile]) throws {
        // A job's files are mostly in one folder: it is looked for once, not for each file.
        var lastFolder: String?
        for file in files {
            let path = try stagingPath(file.path)
            let folder = Self.folder(of: path)
            if folder != lastFolder {
                try makeFolder(folder)
                lastFolder = folder
            }
            // The staging file may be a hard link to the published one: never write through it.
            if !isClean { unlink(path) }
            try Self.writeFile(file, to: path)
        }
        folderLock.withLock { changedPaths += files.map(\.path) }
    }

    /// Removes files of the previous build that the new one does not have (incremental builds).
    public func remove(_ paths: [String]) throws {
        for path in paths {
            let target = try stagingPath(path)
            if unlink(target) == 0 { emptiedFolders.insert(Self.folder(of: target)) }
        }
        folderLock.withLock { changedPaths += paths }
    }

    /// Publishes the staging folder: it and the output change places in one step. The old site
    /// (now in the staging folder's place) is moved to `spareFolder` when this build started
    /// from the output, and removed otherwise; what was kept is returned.
    ///
    /// `outputFolders` is the output's `FileTree.folderSignature` taken during the build (which
    /// writes nothing in the output, and links from it without changing its folders): the walk
    /// is then made beside the serial stages, not here. Without it, the kept site is walked.
    @discardableResult
    public func commit(keepingReplacedSiteAt spareFolder: URL? = nil, outputFolders: UInt64? = nil) throws -> SpareSite? {
        removeEmptiedFolders()
        var replaced = false
        if FileManager.default.fileExists(atPath: output.path) {
            guard Self.exchange(staging.path, output.path) == 0 else {
                let reason = String(cString: strerror(errno))
                abandon()
                throw BuildError.environment("\(output.path): cannot move the new site into place: \(reason)")
            }
            replaced = true
        } else if rename(staging.path, output.path) != 0 {
            let reason = String(cString: strerror(errno))
            abandon()
            throw BuildError.environment("\(output.path): cannot move the new site into place: \(reason)")
        }
        // A clean build's replaced site differs from the new one in unknown ways: not worth keeping.
        if replaced, !isClean, let spareFolder, rename(staging.path, spareFolder.path) == 0 {
            guard let folders = outputFolders ?? FileTree.folderSignature(spareFolder.path) else { return nil }
            return SpareSite(folders: folders, delta: Array(Set(changedPaths)).sorted())
        }
        abandon()
        return nil
    }

    /// Gives up the staging folder (or, after `commit`, the old site); the output is untouched.
    public func abandon() {
        FileTree.remove(staging.path)
    }

    /// `path` as a relative path that cannot leave the output folder.
    /// Cut at `/` bytes, as the file system cuts it: over Characters, a mark after a `/` would join
    /// it into a Character of its own and hide a `..` component.
    static func safeRelativePath(_ path: String) throws -> String {
        var path = path
        let safe = path.withUTF8 { bytes in
            // One pass over the components: none empty, `.` or `..`, and no `\\` anywhere.
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "/") {
                let length = end - start
                if length == 0 || (length <= 2 && bytes[start..<end].allSatisfy { $0 == UInt8(ascii: ".") }) { return false }
                start = end + 1
            }
            return !bytes.contains(UInt8(ascii: "\\"))
        }
        guard safe else {
            throw BuildError.environment("refusing to write '\(path)': it would leave the output folder")
        }
        return path
    }
}

extension OutputWriter {
    /// Makes `folder` and whichever of its parents are missing. Files are written parents first,
    /// so this is one `mkdir` nearly always; `FileManager` looked at every level of the path
    /// first, for each of the site's thousand folders, under the lock all writers share.
    static func makeFolders(_ folder: String) throws {
        func made() -> Bool {
            if mkdir(folder, 0o777) == 0 { return true }
            var info = stat()
            return errno == EEXIST && stat(folder, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
        }
        if made() { return }
        let parent = Self.folder(of: folder)
        if errno == ENOENT, !parent.isEmpty, parent != folder {
            try makeFolders(parent)
            if made() { return }
        }
        throw BuildError.environment("\(folder): cannot create the folder: \(String(cString: strerror(errno)))")
    }
}

private extension OutputWriter {
    /// Brings a spare site (in the staging folder) up to the published one: each path the build
    /// that replaced it wrote or removed is linked over from the output, or removed.
    func catchUp(_ delta: [String]) throws {
        for path in delta {
            let target = try stagingPath(path), source = outputRoot + "/" + path
            let existed = unlink(target) == 0
            var info = stat()
            if lstat(source, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                try makeFolder(Self.folder(of: target))
                guard link(source, target) == 0 else {
                    throw BuildError.environment("\(target): cannot link the unchanged file: \(String(cString: strerror(errno)))")
                }
            } else if existed {
                emptiedFolders.insert(Self.folder(of: target))
            }
        }
    }

    /// A site path's place in the staging folder, checked to stay inside it.
    func stagingPath(_ path: String) throws -> String {
        stagingRoot + "/" + (try Self.safeRelativePath(path))
    }

    /// The folder a file path is in (the paths here always hold a `/`).
    static func folder(of path: String) -> String {
        String(path[..<(path.utf8.lastIndex(of: UInt8(ascii: "/")) ?? path.endIndex)])
    }

    /// Makes `folder` in the staging folder, once per build; `write` calls it from several threads
    /// at once. The `mkdir` runs outside the lock, which the other writing threads take too: two may
    /// both make a folder, and the second finds it there (`makeFolders`).
    func makeFolder(_ folder: String) throws {
        guard !folderLock.withLock({ createdFolders.contains(folder) }) else { return }
        try Self.makeFolders(folder)
        _ = folderLock.withLock { createdFolders.insert(folder) }
    }

    /// Removes each folder that lost a file and holds nothing now, and its parents likewise,
    /// up to (not including) the staging folder.
    func removeEmptiedFolders() {
        let root = staging.path
        for folder in emptiedFolders.sorted(by: >) {
            var current = folder
            while current.count > root.count, current.hasPrefix(root + "/"), rmdir(current) == 0 {
                current = (current as NSString).deletingLastPathComponent
            }
        }
    }

    /// Creates or truncates `path` and writes the file's bytes.
    static func writeFile(_ file: SiteFile, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildError.environment("\(path): cannot write the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        try file.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    throw BuildError.environment("\(path): cannot write the file: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    /// `renameat2(from, to, RENAME_EXCHANGE)`: both paths must exist; they swap atomically.
    /// Looked up at run time, since the Swift Glibc module does not declare it.
    static func exchange(_ from: String, _ to: String) -> Int32 {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = renameat2Symbol else {
            errno = ENOSYS
            return -1
        }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        return renameat2(AT_FDCWD, from, AT_FDCWD, to, 2 /* RENAME_EXCHANGE */)
    }

    nonisolated(unsafe) static let renameat2Symbol: UnsafeMutableRawPointer? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2")
}

/// A site a build replaced, kept in the cache folder for the next incremental build to start from.
public struct SpareSite: Sendable, Equatable {
    /// `FileTree.folderSignature` of its folder when it was kept: a site that gained, lost or
    /// replaced a file since (a cache pruned by age, or edited) is not used.
    var folders: UInt64
    /// The site paths the build that replaced it wrote or removed: where it differs from the output.
    var delta: [String]
    /// Its folder was compared with `folders` in this build already; not stored.
    var checked = false
}
