import Foundation

/// One writer at a time: an exclusive `flock` on `lock` in the cache folder (or, without a
/// cache, on the folder that holds the output, so nothing is left beside it), held from before
/// the cache is read until the site is published and the cache saved. The kernel drops it when
/// the process dies, so a killed build never leaves a stale lock. The holder writes its pid into
/// the lock file for the message; for a folder it is found in `/proc/locks`.
public final class OutputLock {
    private let descriptor: Int32

    /// Takes the lock, waiting for another build unless `wait` is false; then a build that holds
    /// it is a `BuildError` naming its pid. `notice` is told once when this build has to wait.
    public init(file: URL, output: String, wait: Bool, notice: (String) -> Void = { _ in }) throws {
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        var isDirectory: ObjCBool = false
        let isFolder = FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) && isDirectory.boolValue
        // The output's folder as the lock, but it is a file or cannot be made: nothing to build into.
        guard isFolder || file.lastPathComponent == "lock" else {
            throw BuildError.environment("\(file.path): cannot create the folder for the output: it is not a folder")
        }
        descriptor = isFolder ? open(file.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildError.environment("\(file.path): cannot open the build lock: \(String(cString: strerror(errno)))")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK else {
                close(descriptor)
                throw BuildError.environment("\(file.path): cannot take the build lock: \(String(cString: strerror(errno)))")
            }
            let holder = Self.holder(descriptor)
            guard wait else {
                close(descriptor)
                throw BuildError.environment("another build (pid \(holder)) is writing \(output)")
            }
            notice("waiting for another build (pid \(holder)) to finish writing \(output)")
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    throw BuildError.environment("\(file.path): cannot take the build lock: \(String(cString: strerror(errno)))")
                }
            }
        }
        guard !isFolder else { return }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// Releases the lock (also done when the process ends).
    public func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The lock file for `options`: in the cache folder, or beside the output without a cache.
    /// A cache folder that cannot be created (its warning comes later) gives the output's folder.
    public static func file(for options: BuildOptions) -> URL {
        let beside = options.output.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: beside, withIntermediateDirectories: true)
        guard let cache = options.cacheDirectory else { return beside }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: cache.path, isDirectory: &isDirectory) {
            try? FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        }
        guard FileManager.default.fileExists(atPath: cache.path, isDirectory: &isDirectory), isDirectory.boolValue,
            access(cache.path, W_OK) == 0 else { return beside }
        return cache.appendingPathComponent("lock")
    }
}

private extension OutputLock {
    /// The pid the holder wrote, else the one `/proc/locks` names for this inode, else "unknown".
    static func holder(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
        if !text.isEmpty { return text }
        var info = stat()
        guard fstat(descriptor, &info) == 0, let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return "unknown" }
        // "1: FLOCK  ADVISORY  WRITE 2345 fd:01:1234567 0 EOF": pid, then major:minor:inode.
        for line in locks.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 6, fields[1] == "FLOCK", fields[5].split(separator: ":").last == Substring("\(info.st_ino)") else { continue }
            return String(fields[4])
        }
        return "unknown"
    }
}
