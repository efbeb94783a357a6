import Foundation
// Linked for its malloc, which serves the whole process (see Package.swift).
import CJemalloc
import KamerArchief

/// `kamerarchief-bench NAME FILE... [--min-bytes N]`: one reader's throughput for `make bench`.
/// Reads the files into memory, ingests them once to warm up, then again and again until at least
/// N bytes (default 4 MB) have been parsed, on one thread. Prints one JSON line: bytes parsed,
/// CPU seconds of this thread, and MB/s per core (10^6 bytes per CPU second). Ingesting is the whole
/// path a build takes per document: format detection, the reader, citations, the sidecar.
///
/// `kamerarchief-bench write-floor FROM TO`: see `WriteFloor`.
@main
enum ReaderBench {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == "write-floor" {
            guard arguments.count == 3 else {
                FileHandle.standardError.write(Data("usage: kamerarchief-bench write-floor FROM TO\n".utf8))
                exit(2)
            }
            try WriteFloor.run(from: arguments[1], to: arguments[2])
            return
        }
        var minimumBytes = 4_000_000
        if let flag = arguments.firstIndex(of: "--min-bytes"), flag + 1 < arguments.count {
            minimumBytes = Int(arguments[flag + 1]) ?? minimumBytes
            arguments.removeSubrange(flag...flag + 1)
        }
        guard arguments.count >= 2 else {
            FileHandle.standardError.write(Data("usage: kamerarchief-bench NAME FILE... [--min-bytes N]\n".utf8))
            exit(2)
        }
        let name = arguments[0]
        let files = try arguments.dropFirst().map { try ContentLoader.loadFile(URL(fileURLWithPath: $0), displayPath: $0) }
        let bytesPerPass = files.reduce(0) { $0 + $1.bytes.count }
        var kinds = Set<String>(), formats = Set<String>(), errors = 0
        for file in files {
            let (document, diagnostics) = Ingester.ingest(file)
            errors += diagnostics.filter { $0.severity == .error }.count
            if let document {
                kinds.insert(document.kind.rawValue)
                formats.insert(document.format.rawValue)
            }
        }
        var parsed = 0, passes = 0
        let started = threadCPUSeconds()
        while parsed < minimumBytes || passes == 0 {
            for file in files { blackHole(Ingester.ingest(file).document) }
            parsed += bytesPerPass
            passes += 1
        }
        let seconds = threadCPUSeconds() - started
        let result: [String: Any] = [
            "reader": name, "files": files.count, "passes": passes, "bytes": parsed, "cpu": seconds,
            "mb_per_s": Double(parsed) / 1e6 / seconds, "kinds": kinds.sorted(), "formats": formats.sorted(), "errors": errors,
        ]
        let json = try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys])
        print(String(decoding: json, as: UTF8.self))
    }

    /// CPU seconds this thread has run.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Keeps the optimiser from dropping a result nobody reads.
    @inline(never) static func blackHole<T>(_ value: T) { _ = value }
}
