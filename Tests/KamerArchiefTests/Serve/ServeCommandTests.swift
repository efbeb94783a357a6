import Foundation
import Testing

/// The `serve` command end to end: the debug binary is started, serves, and is stopped with
/// SIGINT as Ctrl-C would.
@Suite("The serve command")
struct ServeCommandTests {
    @Test("serve builds, serves on loopback, and on SIGINT exits 0 with the lock released and nothing left beside the output")
    func serveAndInterrupt() async throws {
        let fixture = try SiteFixture(copying: "basic")
        defer { fixture.remove() }
        let templates = TestPaths.packageRoot.appendingPathComponent("Templates").path
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["serve", "--content", "Content", "--templates", templates, "--output", "Output", "--port", "0"]
        process.currentDirectoryURL = fixture.root
        let errors = LineCollector()
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        errors.read(pipe.fileHandleForReading)
        defer { if process.isRunning { process.terminate() } }

        let serving = try await errors.line(containing: "serving Output at ")
        let address = try #require(serving.split(separator: " ").first { $0.hasPrefix("http://") })
        #expect(address.hasPrefix("http://127.0.0.1:"))
        let port = try #require(UInt16(address.dropFirst("http://127.0.0.1:".count).prefix { $0.isNumber }))
        let page = try await RawHTTP.request(port: port, "/")
        #expect(page.status == 200)
        #expect(page.text.contains("<script id=\"kamerarchief-live-reload\">"))
        let onDisk = try String(contentsOf: fixture.output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(!onDisk.contains("kamerarchief-live-reload"))

        process.interrupt()
        let exited = try await offPool { () -> Bool in
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            return !process.isRunning
        }
        try #require(exited, "serve did not stop on SIGINT")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(try await errors.line(containing: "stopping") == "stopping")
        // The lock is free: a build that refuses to wait succeeds at once.
        let build = try CommandRunner.kamerarchief(
            ["build", "--content", "Content", "--templates", templates, "--output", "Output", "--no-wait"], in: fixture.root)
        #expect(build.status == 0, "\(build.stderr)")
        let beside = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).sorted()
        #expect(beside == [".kamerarchief-cache", "Content", "Output"])
    }

    @Test("serve refuses a host that is not an address with exit code 2")
    func badHost() throws {
        let fixture = try SiteFixture(copying: "basic")
        defer { fixture.remove() }
        let templates = TestPaths.packageRoot.appendingPathComponent("Templates").path
        let result = try CommandRunner.kamerarchief(
            ["serve", "--content", "Content", "--templates", templates, "--output", "Output", "--host", "example.org", "--port", "0"],
            in: fixture.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: cannot listen on example.org: give an IPv4 or IPv6 address, or localhost"))
    }
}

/// The lines a process writes, collected on a thread of their own; tests wait for one.
final class LineCollector: @unchecked Sendable {
    private let condition = NSCondition()
    private var text = ""
    private var ended = false

    func read(_ handle: FileHandle) {
        Thread { [self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                condition.withLock {
                    text += String(decoding: data, as: UTF8.self)
                    condition.broadcast()
                }
            }
            condition.withLock {
                ended = true
                condition.broadcast()
            }
        }.start()
    }

    /// The first whole line that contains `fragment`; waits up to `timeout` seconds.
    func line(containing fragment: String, timeout: TimeInterval = 120) async throws -> String {
        try await offPool { [self] in
            condition.lock()
            defer { condition.unlock() }
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                if let line = text.split(separator: "\n").first(where: { $0.contains(fragment) }), text.contains(line + "\n") {
                    return String(line)
                }
                guard !ended, condition.wait(until: deadline) else { throw RawHTTPError("no line with '\(fragment)' in: \(text)") }
            }
        }
    }
}
