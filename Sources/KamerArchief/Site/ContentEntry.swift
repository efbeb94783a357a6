import Foundation

/// The checks on each entry of the content folder before anything is opened: a document is a
/// regular file, or a symlink that resolves to one inside the folder. Everything else is an
/// error naming it at `path:1:1`, and the other documents still build.
enum ContentEntry {
    /// `names` (listed, not hidden) split into plain files and diagnostics for the rest.
    static func check(_ names: [String], in directory: URL, display: (String) -> String) -> (files: [String], diagnostics: [Diagnostic]) {
        let root = realpath(directory.path) ?? directory.standardizedFileURL.path
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            let path = directory.appendingPathComponent(name).path
            let location = SourceLocation(file: display(name), line: 1, column: 1)
            var info = stat()
            guard lstat(path, &info) == 0 else {
                diagnostics.append(.error(.unreadableFile, "cannot read the file: \(String(cString: strerror(errno)))", at: location))
                continue
            }
            if info.st_mode & S_IFMT == S_IFLNK {
                guard let target = realpath(path) else {
                    diagnostics.append(.error(.unreadableFile, "cannot read the file: the symlink leads nowhere (\(String(cString: strerror(errno))))", at: location))
                    continue
                }
                guard target.hasPrefix(root + "/") else {
                    diagnostics.append(.error(.unsafeSymlink, "symlink to \(target), outside the content folder: not followed", at: location))
                    continue
                }
                guard stat(target, &info) == 0 else {
                    diagnostics.append(.error(.unreadableFile, "cannot read the file: \(String(cString: strerror(errno)))", at: location))
                    continue
                }
                if info.st_mode & S_IFMT == S_IFDIR { continue }
            }
            guard info.st_mode & S_IFMT == S_IFREG else {
                diagnostics.append(.error(.unreadableFile, "cannot read the file: it is \(kind(info.st_mode)), not a regular file", at: location))
                continue
            }
            files.append(name)
        }
        return (files, diagnostics)
    }

    /// Names that are one name after NFC normalisation but differ in their bytes (`café.txt`
    /// typed on Linux and copied from macOS): each later one is an error naming the first and is
    /// not read. Returns the first of each name, in order, and those errors.
    static func normalisationClashes(_ names: [String], display: (String) -> String) -> (unique: [String], diagnostics: [Diagnostic]) {
        var first: [[UInt8]: String] = [:]
        var unique: [String] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            let normalised = Array(name.precomposedStringWithCanonicalMapping.utf8)
            if let earlier = first[normalised] {
                diagnostics.append(.error(
                    .duplicateID, "the same file name as \(display(earlier)) in another Unicode normalisation (NFC and NFD); rename or remove one of them",
                    at: SourceLocation(file: display(name), line: 1, column: 1)))
            } else {
                first[normalised] = name
                unique.append(name)
            }
        }
        return (unique, diagnostics)
    }
}

private extension ContentEntry {
    static func realpath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "a special file"
        }
    }
}
