import ArgumentParser
// Linked for its malloc, which serves the whole process (see Package.swift).
import CJemalloc
import Foundation
import KamerArchief
import KamerArchiefServe

/// `kamerarchief serve` (this binary, `kamerarchief-serve`, which `kamerarchief serve` runs):
/// build, serve the output over HTTP, rebuild when an input changes and reload the open pages.
/// Stops with exit code 0 on Ctrl-C (SIGINT) or SIGTERM, after a build that is running has
/// finished; a second signal stops at once (the output stays whole). Exit code 2 for usage and
/// environment errors, as `kamerarchief`'s.
@main
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kamerarchief serve",
        abstract: "Build, serve the site over HTTP, and rebuild and reload the open pages when a document, sidecar or template changes.")

    @Option(help: "The folder of documents and sidecars.") var content = "Content"
    @Option(help: "The folder of CommonMark templates, layout and assets (without a Templates folder: the built-in templates).")
    var templates = BuildOptions.defaultTemplates
    @Flag(help: "Treat warnings as errors.") var strict = false
    @Option(help: "The folder to build into and serve; replaced only when a build succeeds.") var output = "Output"
    @Option(help: "The published address, e.g. https://example.org/archief/; enables canonical links, sitemap and feed.")
    var baseURL: String?
    @Flag(help: "Write the site without the documents that have errors (the build still fails).") var keepGoing = false
    @Option(help: "The incremental-build cache folder (default: .kamerarchief-cache beside the output).") var cache: String?
    @Flag(help: "Ignore and keep no cache: parse and render everything.") var noCache = false
    @Option(help: "The address to listen on: loopback unless told otherwise (0.0.0.0 or :: for every interface).")
    var host = "127.0.0.1"
    @Option(help: "The port to listen on; 0 takes any free port.") var port: UInt16 = 8000

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as BuildError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            Foundation.exit(2)
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    func run() throws {
        var options = BuildOptions(content: content, templates: templates, output: output, baseURL: baseURL)
        options.strict = strict
        options.useBuiltInTemplatesWhenNoFolder()
        options.keepGoing = keepGoing
        options.cacheDirectory = noCache ? nil : cache.map { URL(fileURLWithPath: $0) } ?? BuildOptions.defaultCache(for: output)
        options.lockNotice = { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
        let stop = StopSignals.install()
        let events = BuildEvents()
        let watcher = SiteWatcher(options: options, events: events) { [output] outcome in Self.print(outcome, output: output) }
        // A host that is no address is a usage error before anything is built.
        let server = try SiteServer(root: options.output, host: host, port: port, events: events)
        watcher.build()
        let bound = try waitFor { try await server.start() }
        let address = host.contains(":") ? "[\(host)]" : host
        FileHandle.standardError.write(Data(
            "serving \(output) at http://\(address):\(bound)/; watching \(content) and \(templates) for changes (Ctrl-C to stop)\n".utf8))
        watcher.start()
        stop.wait()
        FileHandle.standardError.write(Data("stopping\n".utf8))
        watcher.stop()
        try waitFor { await server.stop() }
    }
}

private extension ServeCommand {
    static func print(_ outcome: SiteWatcher.Outcome, output: String) {
        switch outcome {
        case .built(let report, let seconds):
            let lines = report.diagnostics.map { "\($0)\n" }.joined() + report.summary + "\n"
            FileHandle.standardError.write(Data(lines.utf8))
            let outcome = report.outcome(output: output, seconds: seconds) ?? "the build failed; still serving the last site that built"
            FileHandle.standardError.write(Data("\(outcome)\n".utf8))
        case .environmentFailed(let error):
            FileHandle.standardError.write(Data("\(error)\n".utf8))
        }
    }

    /// Runs `body` on the concurrency pool and waits for it on this (non-pool) thread.
    func waitFor<Value: Sendable>(_ body: @escaping @Sendable () async throws -> Value) throws -> Value {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<Value>()
        Task {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

/// Filled by one task and read after it signalled.
private final class ResultBox<Value>: @unchecked Sendable {
    var result: Result<Value, any Error>?
}

/// SIGINT and SIGTERM, caught through a pipe (the only thing the handler does is write to it):
/// the first one wakes `wait()`, a second one ends the process at once with exit code 0.
private enum StopSignals {
    nonisolated(unsafe) static var pipeEnds: [Int32] = [-1, -1]

    static func install() -> DispatchSemaphore {
        var ends: [Int32] = [-1, -1]
        pipe(&ends)
        pipeEnds = ends
        let handler: @convention(c) (Int32) -> Void = { _ in
            var byte: UInt8 = 1
            _ = write(StopSignals.pipeEnds[1], &byte, 1)
        }
        signal(SIGINT, handler)
        signal(SIGTERM, handler)
        // A parent may have blocked these (test runners do); serve must stop when asked.
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        sigaddset(&stopSignals, SIGINT)
        sigaddset(&stopSignals, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &stopSignals, nil)
        let stop = DispatchSemaphore(value: 0)
        let readEnd = ends[0]
        let reader = Thread {
            var byte: UInt8 = 0
            var received = 0
            while true {
                let count = read(readEnd, &byte, 1)
                if count < 0 && errno == EINTR { continue }
                guard count == 1 else { return }
                received += 1
                if received == 1 { stop.signal() } else { exit(0) }
            }
        }
        reader.start()
        return stop
    }
}
