import Foundation

/// Whole-folder operations for the output writer, which links a site of a quarter of a million
/// files into its staging folder and removes the site it replaces on every incremental build.
/// They work relative to open folder descriptors (`linkat`, `unlinkat`), so the kernel resolves
/// each name in its folder rather than walking the whole path again, and take entry types from
/// `readdir` instead of a `stat` per file. Symbolic links are linked or removed, never followed.
enum FileTree {
    /// Recreates the folders below `source` in the existing folder `target` and hard-links every
    /// other entry.
    static func link(from source: String, to target: String) throws {
        let from = open(source, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard from >= 0 else { throw BuildError.environment("\(source): cannot read the output folder") }
        let to = open(target, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard to >= 0 else {
            close(from)
            throw BuildError.environment("\(target): cannot open the folder: \(String(cString: strerror(errno)))")
        }
        try link(from: from, to: to, source: source, target: target)
    }

    /// Removes `path` and everything below it, as far as it can; a missing path is no error.
    static func remove(_ path: String) {
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else {
            unlink(path)
            return
        }
        removeContents(of: folder)
        rmdir(path)
    }
}

private extension FileTree {
    /// An entry of a folder: its name and whether it is a folder itself (not a link to one).
    struct Entry {
        var name: [CChar]
        var isFolder: Bool
    }

    /// The entries of the open folder `descriptor`, which it takes over and closes.
    static func entries(_ descriptor: Int32) -> [Entry]? {
        guard let folder = fdopendir(descriptor) else {
            close(descriptor)
            return nil
        }
        defer { closedir(folder) }
        var entries: [Entry] = []
        while let entry = readdir(folder) {
            var name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.bindMemory(to: CChar.self).prefix { $0 != 0 }) }
            if name == [46] || name == [46, 46] { continue }  // "." and ".."
            name.append(0)
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = fstatat(dirfd(folder), name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            entries.append(Entry(name: name, isFolder: isFolder))
        }
        return entries
    }

    static func link(from: Int32, to: Int32, source: String, target: String) throws {
        defer { close(to) }
        // `entries` closes `from`; the names are linked and opened relative to a duplicate of it.
        let sourceFolder = dup(from)
        guard let entries = entries(from), sourceFolder >= 0 else {
            if sourceFolder >= 0 { close(sourceFolder) }
            throw BuildError.environment("\(source): cannot read the output folder")
        }
        defer { close(sourceFolder) }
        for entry in entries {
            let name = String(cString: entry.name)
            if entry.isFolder {
                guard mkdirat(to, entry.name, 0o755) == 0 else {
                    throw BuildError.environment("\(target)/\(name): cannot create the folder: \(String(cString: strerror(errno)))")
                }
                let subSource = openat(sourceFolder, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                let subTarget = openat(to, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard subSource >= 0, subTarget >= 0 else {
                    if subSource >= 0 { close(subSource) }
                    if subTarget >= 0 { close(subTarget) }
                    throw BuildError.environment("\(source)/\(name): cannot read the folder: \(String(cString: strerror(errno)))")
                }
                try link(from: subSource, to: subTarget, source: "\(source)/\(name)", target: "\(target)/\(name)")
            } else if linkat(sourceFolder, entry.name, to, entry.name, 0) != 0 {
                throw BuildError.environment("\(target)/\(name): cannot link the unchanged file: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Removes everything in the open folder `descriptor`, which it takes over and closes.
    static func removeContents(of descriptor: Int32) {
        // `entries` closes `descriptor`; the names are removed relative to a duplicate of it.
        let reopened = dup(descriptor)
        guard let entries = entries(descriptor), reopened >= 0 else {
            if reopened >= 0 { close(reopened) }
            return
        }
        defer { close(reopened) }
        for entry in entries {
            if entry.isFolder {
                let folder = openat(reopened, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if folder >= 0 { removeContents(of: folder) }
                unlinkat(reopened, entry.name, AT_REMOVEDIR)
            } else {
                unlinkat(reopened, entry.name, 0)
            }
        }
    }
}
