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
public final class OutputWriter: @unchecked Sendable {
    private let output: URL
    private let staging: URL
    /// Whether the staging folder started empty (a clean build) rather than as links to the output.
    public let isClean: Bool
    /// Folders made so far; `write` is called from several threads at once, each with other files.
    private var createdFolders: Set<String> = []
    private let folderLock = NSLock()
    /// Folders that lost a file; removed at commit when nothing is left in them.
    private var emptiedFolders: Set<String> = []

    /// Starts a clean build (`incremental: false`) or an update of an existing output.
    public init(output: URL, incremental: Bool) throws {
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
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw BuildError.environment("\(staging.path): cannot create the folder for the new site: \(error.localizedDescription)")
        }
        isClean = !(incremental && exists)
        if !isClean {
            do { try FileTree.link(from: output.path, to: staging.path) } catch {
                abandon()
                throw error
            }
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
        for file in files {
            let path = staging.path + "/" + (try Self.safeRelativePath(file.path))
            let folder = String(path[..<path.utf8.lastIndex(of: UInt8(ascii: "/"))!])
            try folderLock.withLock {
                guard !createdFolders.contains(folder) else { return }
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw BuildError.environment("\(folder): cannot create the folder: \(error.localizedDescription)")
                }
                createdFolders.insert(folder)
            }
            // The staging file may be a hard link to the published one: never write through it.
            if !isClean { unlink(path) }
            try Self.writeFile(file.contents, to: path)
        }
    }

    /// Removes files of the previous build that the new one does not have (incremental builds).
    public func remove(_ paths: [String]) throws {
        for path in paths {
            let url = staging.appendingPathComponent(try Self.safeRelativePath(path))
            if unlink(url.path) == 0 { emptiedFolders.insert(url.deletingLastPathComponent().path) }
        }
    }

    /// Publishes the staging folder: it and the output change places in one step, and the old
    /// site (now in the staging folder's place) is removed.
    public func commit() throws {
        removeEmptiedFolders()
        if FileManager.default.fileExists(atPath: output.path) {
            guard Self.exchange(staging.path, output.path) == 0 else {
                let reason = String(cString: strerror(errno))
                abandon()
                throw BuildError.environment("\(output.path): cannot move the new site into place: \(reason)")
            }
        } else if rename(staging.path, output.path) != 0 {
            let reason = String(cString: strerror(errno))
            abandon()
            throw BuildError.environment("\(output.path): cannot move the new site into place: \(reason)")
        }
        abandon()
    }

    /// Gives up the staging folder (or, after `commit`, the old site); the output is untouched.
    public func abandon() {
        FileTree.remove(staging.path)
    }

    /// `path` as a relative path that cannot leave the output folder.
    static func safeRelativePath(_ path: String) throws -> String {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\\") }) else {
            throw BuildError.environment("refusing to write '\(path)': it would leave the output folder")
        }
        return path
    }
}

private extension OutputWriter {
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

    /// Creates or truncates `path` and writes `text` as UTF-8.
    static func writeFile(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildError.environment("\(path): cannot write the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var text = text
        try text.withUTF8 { buffer in
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
