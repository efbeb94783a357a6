import Foundation

/// What tells whether a file changed without reading it, as git's index does: size, modification
/// and change times (nanoseconds since 1970) and inode. A file replaced by another of the same
/// size and modification time has a new inode or change time.
public struct FileSignature: Codable, Sendable, Hashable {
    public var size: Int
    public var modified: Int64
    public var changed: Int64
    public var inode: UInt64

    /// The signature of the file at `path` (following symlinks); all -1 when it cannot be stat'ed.
    public init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self.init(size: -1, modified: -1, changed: -1, inode: 0)
            return
        }
        self.init(info)
    }

    /// The signature in `info`, from a `stat` or `lstat` already made (the content scan makes one per file).
    init(_ info: stat) {
        self.init(
            size: Int(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec), inode: UInt64(info.st_ino))
    }

    public init(size: Int, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }
}
