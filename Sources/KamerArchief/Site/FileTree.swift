import CLinuxFS
import Foundation

/// Whole-folder operations for the output writer, which links a site of a quarter of a million
/// files into its staging folder and removes the site it replaces on every incremental build.
///
/// Both go through the tree one level of folders at a time, the folders of a level on all cores
/// (a site has a folder per document). Within a folder they work relative to its open descriptor
/// (`linkat`, `unlinkat`), so the kernel resolves each name in its folder rather than walking the
/// whole path again, and take entry types from `readdir` instead of a `stat` per file. Symbolic
/// links are linked or removed, never followed.
enum FileTree {
    /// Recreates the folders below `source` in the existing folder `target` and hard-links every
    /// other entry.
    static func link(from source: String, to target: String) throws {
        var level = [""]
        while !level.isEmpty {
            let results = Parallel.map(level) { folder in
                Result(catching: { try linkFiles(from: source + folder, to: target + folder).map { "\(folder)/\($0)" } })
            }
            level = try results.flatMap { try $0.get() }
        }
    }

    /// A hash of every folder below `root`: its path, inode and change time. A folder's change
    /// time moves whenever a name in it is added, removed or renamed, so two equal signatures mean
    /// no file or folder came or went, and none was replaced by another, without a `stat` per file.
    /// Nil when a folder cannot be read.
    ///
    /// `root` itself counts by its inode and its entries, each name with its inode, not by its
    /// change time: renaming a folder moves that time, and the site a build replaces is renamed
    /// twice after its signature is taken (see `OutputWriter.commit`).
    ///
    /// A folder is described by a `stat` from its parent, and read only when it may hold folders:
    /// where the file system counts a folder's subfolders in its link count (`countsSubfolders`),
    /// a count of 2 says it holds none, and a site's 10,000 document folders are each one system
    /// call instead of an open and a read (`find` skips leaves the same way). `readingLeaves`
    /// reads every folder, for the tests to compare both walks.
    static func folderSignature(_ root: String, readingLeaves: Bool = false) -> UInt64? {
        var info = stat()
        guard lstat(root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR, let names = namedInodes(in: root) else { return nil }
        let skipsLeaves = !readingLeaves && countsSubfolders(root)
        var hash = ContentHash()
        hash.combine(UInt64(info.st_dev))
        hash.combine(UInt64(info.st_ino))
        for (name, inode) in names {
            hash.combine(bytes: name)
            hash.combine(inode)
        }
        var level = [""]
        while !level.isEmpty {
            let results = Parallel.map(level) { folder in subfolders(of: root + folder) }
            var next: [String] = []
            for (folder, result) in zip(level, results) {
                guard let result else { return nil }
                // Each folder's parent path, name and `stat` (the same whether the walk reads a
                // folder without folders or not); names stay bytes unless the walk goes into them.
                for child in result {
                    hash.combine(folder)
                    child.name.withUnsafeBytes { hash.combine(bytes: UnsafeRawBufferPointer(rebasing: $0.dropLast())) }
                    combine(child.info, into: &hash)
                    if !(skipsLeaves && child.info.st_nlink == 2) { next.append(folder + "/" + Entry(name: child.name, isFolder: true).text) }
                }
            }
            level = next
        }
        return hash.value
    }

    /// Removes `path` and everything below it, as far as it can; a missing path is no error.
    static func remove(_ path: String) {
        var levels: [[String]] = []
        var level = [path]
        while !level.isEmpty {
            levels.append(level)
            level = Parallel.map(level) { folder in removeFiles(in: folder).map { "\(folder)/\($0)" } }.flatMap { $0 }
        }
        if levels.count == 1 && levels[0].count == 1 && rmdir(path) != 0 && errno == ENOTDIR { unlink(path) }
        // Emptied of files, the folders go deepest first.
        for level in levels.reversed() {
            _ = Parallel.map(level) { rmdir($0) }
        }
    }
}

private extension FileTree {
    /// An entry of a folder: its name and whether it is a folder itself (not a link to one).
    struct Entry {
        /// NUL-terminated, for the system calls.
        var name: [CChar]
        var isFolder: Bool

        var text: String { String(decoding: name.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    }

    /// The entries of the open folder `descriptor` (left open); with `onlyFolders`, only its folders.
    static func entries(_ descriptor: Int32, onlyFolders: Bool = false) -> [Entry]? {
        let copy = dup(descriptor)
        guard copy >= 0, let folder = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            return nil
        }
        defer { closedir(folder) }
        var entries: [Entry] = []
        while let entry = readdir(folder) {
            // Files are most entries: passed over before their names are copied.
            if onlyFolders && entry.pointee.d_type != UInt8(DT_DIR) && entry.pointee.d_type != UInt8(DT_UNKNOWN) { continue }
            var name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.bindMemory(to: CChar.self).prefix { $0 != 0 }) }
            if name == [46] || name == [46, 46] { continue }  // "." and ".."
            name.append(0)
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            if isFolder || !onlyFolders { entries.append(Entry(name: name, isFolder: isFolder)) }
        }
        return entries
    }

    /// Links the files of `source` into `target` and makes its folders there; their names.
    static func linkFiles(from source: String, to target: String) throws -> [String] {
        let from = open(source, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard from >= 0 else { throw BuildError.environment("\(source): cannot read the output folder") }
        defer { close(from) }
        let to = open(target, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard to >= 0 else { throw BuildError.environment("\(target): cannot open the folder: \(String(cString: strerror(errno)))") }
        defer { close(to) }
        guard let entries = entries(from) else { throw BuildError.environment("\(source): cannot read the output folder") }
        var folders: [String] = []
        for entry in entries {
            if entry.isFolder {
                guard mkdirat(to, entry.name, 0o755) == 0 else {
                    throw BuildError.environment("\(target)/\(entry.text): cannot create the folder: \(String(cString: strerror(errno)))")
                }
                folders.append(entry.text)
            } else if linkat(from, entry.name, to, entry.name, 0) != 0 {
                throw BuildError.environment("\(target)/\(entry.text): cannot link the unchanged file: \(String(cString: strerror(errno)))")
            }
        }
        return folders
    }

    /// The folders in `path`, in byte order of their names (NUL-terminated), each with its `stat`;
    /// nil when it cannot be read.
    static func subfolders(of path: String) -> [(name: [CChar], info: stat)]? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let entries = entries(descriptor, onlyFolders: true) else { return nil }
        var result: [(name: [CChar], info: stat)] = []
        result.reserveCapacity(entries.count)
        for entry in entries.sorted(by: { strcmp($0.name, $1.name) < 0 }) {
            var info = stat()
            guard fstatat(descriptor, entry.name, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
            result.append((entry.name, info))
        }
        return result
    }

    /// Every entry of folder `path` but `.` and `..`: its name (without the NUL) and inode, in
    /// byte order of the names; nil when it cannot be read.
    static func namedInodes(in path: String) -> [(name: [UInt8], inode: UInt64)]? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var result: [(name: [UInt8], inode: UInt64)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [46] || name == [46, 46] { continue }  // "." and ".."
            result.append((name, UInt64(entry.pointee.d_ino)))
        }
        return result.sorted { $0.name.lexicographicallyPrecedes($1.name) }
    }

    /// What `folderSignature` hashes of a folder's `stat`: device, inode and change time.
    static func combine(_ info: stat, into hash: inout ContentHash) {
        hash.combine(UInt64(info.st_dev))
        hash.combine(UInt64(info.st_ino))
        hash.combine(UInt64(bitPattern: Int64(info.st_ctim.tv_sec)))
        hash.combine(UInt64(info.st_ctim.tv_nsec))
    }

    /// Whether the file system of `path` gives a folder one link per subfolder plus two, so that
    /// a link count of 2 means no subfolders: ext2/3/4, tmpfs and XFS do (ext4 turns a count past
    /// 65,000 into 1, never 2). Others (btrfs gives every folder 1, network and FUSE file systems
    /// give what their server says) are read folder by folder: GNU `find -noleaf` exists for them.
    static func countsSubfolders(_ path: String) -> Bool {
        var info = statfs()
        guard statfs(path, &info) == 0 else { return false }
        return [Int(EXT4_SUPER_MAGIC), Int(TMPFS_MAGIC), Int(XFS_SUPER_MAGIC)].contains(Int(info.f_type))
    }

    /// Removes the files of `folder` (not a link to one); the names of its folders.
    static func removeFiles(in folder: String) -> [String] {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var folders: [String] = []
        for entry in entries(descriptor) ?? [] {
            if entry.isFolder { folders.append(entry.text) } else { unlinkat(descriptor, entry.name, 0) }
        }
        return folders
    }
}
