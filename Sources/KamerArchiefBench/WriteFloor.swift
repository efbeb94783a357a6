import Foundation

/// What writing a build's files costs on this machine and nothing else: every file under `FROM`
/// (a built site and its cache) is read into memory, then written again under `TO`, which must not
/// exist, with the folders made first and the files shared out among as many threads as the
/// build's own (a run of 64 files at a time, in the order the walk met them, so that each thread
/// mostly fills a folder of its own, as a build's jobs do). Each file is an `open`, one `write`
/// and a `close`, as a build writes it. Prints one JSON line: files, bytes, and the wall, CPU and
/// system seconds of the writing alone.
///
/// A build writes the same files and also makes them: a generator that writes them with the same
/// calls cannot take less time on this machine. `make bench` sets the clean build's time beside it.
enum WriteFloor {
    static func run(from source: String, to target: String) throws {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: target) else { throw failure("\(target) exists") }
        var folders: [String] = [], read: [(path: String, bytes: [UInt8])] = []
        guard let walk = manager.enumerator(atPath: source) else { throw failure("cannot read \(source)") }
        while let relative = walk.nextObject() as? String {
            if walk.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                folders.append(relative)
            } else {
                read.append((relative, Array(try Data(contentsOf: URL(fileURLWithPath: source + "/" + relative)))))
            }
        }
        let files = read
        let threads = ProcessInfo.processInfo.activeProcessorCount
        let startWall = monotonicSeconds(), start = usage()
        try manager.createDirectory(atPath: target, withIntermediateDirectories: false)
        for folder in folders { try manager.createDirectory(atPath: target + "/" + folder, withIntermediateDirectories: false) }
        let lock = NSLock()
        nonisolated(unsafe) var claimed = 0
        nonisolated(unsafe) var failed: String?
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while true {
                let first: Int = lock.withLock {
                    defer { claimed += 64 }
                    return claimed
                }
                guard first < files.count else { return }
                for file in files[first..<min(first + 64, files.count)] {
                    let path = target + "/" + file.path
                    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
                    let written = descriptor < 0 ? -1 : file.bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                    if descriptor >= 0 { close(descriptor) }
                    if written != file.bytes.count { lock.withLock { failed = "\(path): \(String(cString: strerror(errno)))" } }
                }
            }
        }
        let wall = monotonicSeconds() - startWall, end = usage()
        if let failed { throw failure(failed) }
        let result: [String: Any] = [
            "files": files.count, "bytes": files.reduce(0) { $0 + $1.bytes.count }, "threads": threads,
            "wall": wall, "cpu": end.cpu - start.cpu, "sys": end.sys - start.sys,
        ]
        print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
    }

    private static func failure(_ message: String) -> Error {
        NSError(domain: "write-floor", code: 1, userInfo: [NSLocalizedDescriptionKey: message])
    }

    private static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU and system seconds of the process so far.
    private static func usage() -> (cpu: Double, sys: Double) {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return (seconds(usage.ru_utime) + seconds(usage.ru_stime), seconds(usage.ru_stime))
    }
}
