import Foundation

/// One writer at a time: an exclusive `flock` on `lock` in the cache folder (or, without a
/// cache, on `.Output.lock` beside the output), held from before the cache is read until the
/// site is published and the cache saved. The kernel drops it when the process dies, so a killed
/// build never leaves a stale lock. The holder writes its pid into the file for the message.
public final class OutputLock {
    private let descriptor: Int32

    /// Takes the lock, waiting for another build unless `wait` is false; then a build that holds
    /// it is a `BuildError` naming its pid. `notice` is told once when this build has to wait.
    public init(file: URL, output: String, wait: Bool, notice: (String) -> Void = { _ in }) throws {
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        descriptor = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
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
    /// A cache folder that cannot be created (its warning comes later) gives the lock beside the output.
    public static func file(for options: BuildOptions) -> URL {
        let beside = options.output.deletingLastPathComponent().appendingPathComponent(".\(options.output.lastPathComponent).lock")
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
    /// The pid the holder wrote, or "unknown" when it has not yet written it.
    static func holder(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        let text = count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
        return text.isEmpty ? "unknown" : text
    }
}
