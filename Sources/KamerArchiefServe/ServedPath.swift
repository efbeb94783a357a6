import Foundation

/// What a request path names inside the served folder. Paths are read from the raw request
/// target, before any decoding or normalising, so that a `..` hidden as `%2e%2e` or a slash
/// hidden as `%2f` is seen and refused rather than resolved. What is left is checked again on
/// disk: the real path (symlinks resolved) must stay inside the real path of the folder.
enum ServedPath: Equatable {
    /// A regular file inside the folder, by its real path.
    case file(String)
    /// A folder asked for without its final slash: the same path with one (relative links in
    /// its `index.html` only work from there).
    case redirect(String)
    /// A path that tries to leave the folder, or is not a plain path at all.
    case forbidden
    /// Nothing there, or a folder without an `index.html` (folders are never listed).
    case notFound

    /// Resolves `target` (the raw, still percent-encoded path of the request, without its query)
    /// against `root`.
    static func resolve(_ target: String, root: URL) -> ServedPath {
        guard let segments = segments(of: target) else { return .forbidden }
        guard let realRoot = realPath(root.path) else { return .notFound }
        let wantsFolder = target.hasSuffix("/")
        let relative = segments.joined(separator: "/")
        let candidate = relative.isEmpty ? realRoot : realRoot + "/" + relative
        guard let real = realPath(candidate) else { return .notFound }
        guard isInside(real, realRoot) else { return .forbidden }
        switch kind(of: real) {
        case .regular:
            return wantsFolder ? .notFound : .file(real)
        case .folder:
            guard let index = realPath(real + "/index.html"), kind(of: index) == .regular else { return .notFound }
            guard isInside(index, realRoot) else { return .forbidden }
            return wantsFolder || relative.isEmpty ? .file(index) : .redirect(target + "/")
        case .other:
            return .notFound
        }
    }

    /// Whether `path` is `root` or below it (both real paths).
    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The real path of `path` (every symlink resolved), or nil when nothing is there.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

private extension ServedPath {
    enum Kind { case regular, folder, other }

    /// The decoded segments of an absolute request path, or nil when the path is not one plain
    /// path below the root: not starting with one `/`, an empty segment (`//`), a segment that
    /// is `.` or `..` (written out or percent-encoded), an encoded `/`, `\` or NUL, or bad
    /// percent-encoding. A final `/` (a folder) gives no segment.
    static func segments(of target: String) -> [String]? {
        guard target.hasPrefix("/"), !target.hasPrefix("//") else { return nil }
        var parts = target.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        if parts.last?.isEmpty == true { parts.removeLast() }
        var segments: [String] = []
        for part in parts {
            let lowered = part.lowercased()
            guard !part.isEmpty, !lowered.contains("%2f"), !lowered.contains("%5c"), !lowered.contains("%00"),
                let decoded = String(part).removingPercentEncoding,
                decoded != ".", decoded != "..", !decoded.contains("/"), !decoded.contains("\\"), !decoded.contains("\0")
            else { return nil }
            segments.append(decoded)
        }
        return segments
    }

    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .folder
        default: return .other
        }
    }
}
