import Foundation

/// The checks on each entry of the content folder before anything is opened: a document is a
/// regular file, or a symlink that resolves to one inside the folder. Everything else is an
/// error naming it at `path:1:1`, and the other documents still build. Folders, and links to
/// folders, are not entries and are passed over.
enum ContentEntry {
    /// A plain file of the content folder, with its name's parts and what tells whether it changed.
    struct File {
        var name: String
        /// The name without its extension, as `NSString.deletingPathExtension` gives it.
        var stem: String
        /// `.yml` or `.yaml`, in any case.
        var isSidecar: Bool
        /// The stem after NFC normalisation: what a sidecar and its document share.
        var normalisedStem: NameKey
        /// Of the file a symlink leads to, for a symlink.
        var signature: FileSignature

        init(name: String, signature: FileSignature) {
            let parts = ContentEntry.split(name)
            self.name = name
            stem = parts.stem
            let pathExtension = parts.pathExtension.lowercased()
            isSidecar = pathExtension == "yml" || pathExtension == "yaml"
            normalisedStem = NameKey(parts.stem)
            self.signature = signature
        }
    }

    /// `names` (listed, not hidden, in `directory`, a file-system path) split into plain files
    /// and diagnostics for the rest, both in the order of `names`. One `lstat` per name, relative
    /// to the folder (the kernel then looks up one path component, not the whole path); a symlink
    /// costs a `stat` and a `realpath` more. Runs of names are checked on all cores: the scan is the
    /// first thing every build does, and most of a build that finds nothing changed.
    static func check(_ names: [String], in directory: String, display: @escaping @Sendable (String) -> String) -> (files: [File], diagnostics: [Diagnostic]) {
        let root = realpath(directory) ?? URL(fileURLWithPath: directory).standardizedFileURL.path
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folder >= 0 { close(folder) } }
        let runs = stride(from: 0, to: names.count, by: namesPerRun).map { $0..<min($0 + namesPerRun, names.count) }
        let checked = Parallel.map(runs) { run in
            check(names[run], folder: folder, directory: directory, root: root, display: display)
        }
        return (checked.flatMap(\.files), checked.flatMap(\.diagnostics))
    }

    /// How many names one core checks at a time.
    static let namesPerRun = 1024

    /// `check` for one run of names, with the folder open as `folder` (negative when it could not be).
    private static func check(
        _ names: ArraySlice<String>, folder: Int32, directory: String, root: String, display: (String) -> String
    ) -> (files: [File], diagnostics: [Diagnostic]) {
        var files: [File] = []
        var diagnostics: [Diagnostic] = []
        files.reserveCapacity(names.count)
        for name in names {
            var location: SourceLocation { SourceLocation(file: display(name), line: 1, column: 1) }
            var info = stat()
            let found = folder >= 0 ? fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) : lstat(directory + "/" + name, &info)
            guard found == 0 else {
                diagnostics.append(.error(.unreadableFile, "cannot read the file: \(String(cString: strerror(errno)))", at: location))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR { continue }
            if info.st_mode & S_IFMT == S_IFLNK {
                let path = directory + "/" + name
                var followed = stat()
                if stat(path, &followed) == 0 && followed.st_mode & S_IFMT == S_IFDIR { continue }
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
            files.append(File(name: name, signature: FileSignature(info)))
        }
        return (files, diagnostics)
    }

    /// Files whose names are one name after NFC normalisation but differ in their bytes
    /// (`café.txt` typed on Linux and copied from macOS): each later one is an error naming the
    /// first and is not read. Returns the first of each name, in order, and those errors.
    static func normalisationClashes(_ files: [File], display: (String) -> String) -> (unique: [File], diagnostics: [Diagnostic]) {
        // ASCII names are their own NFC form and a folder's names differ: only a name beyond ASCII
        // can clash (with any other: the Kelvin sign's NFC form is `K`).
        guard files.contains(where: { !isASCII($0.name) }) else { return (files, []) }
        var first: [NameKey: String] = [:]
        var unique: [File] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let normalised = NameKey(file.name)
            if let earlier = first[normalised] {
                diagnostics.append(.error(
                    .duplicateID, "the same file name as \(display(earlier)) in another Unicode normalisation (NFC and NFD); rename or remove one of them",
                    at: SourceLocation(file: display(file.name), line: 1, column: 1)))
            } else {
                first[normalised] = file.name
                unique.append(file)
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
