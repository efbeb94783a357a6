import Foundation
import Testing
@testable import KamerArchief

/// One writer at a time: a `flock` on `lock` in the cache folder.
@Suite("One build at a time")
struct OutputLockTests {
    /// Takes the lock as another build would, writing `pid` into the file.
    func holdLock(_ workspace: SafetyWorkspace, pid: String) throws -> Int32 {
        try FileManager.default.createDirectory(at: workspace.cache, withIntermediateDirectories: true)
        let descriptor = open(workspace.cache.appendingPathComponent("lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        let bytes = Array("\(pid)\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return descriptor
    }

    @Test("with --no-wait a second build exits 2 at once, naming the pid of the build that writes Output, and writes nothing")
    func noWait() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        let descriptor = try holdLock(workspace, pid: "4242")
        defer { close(descriptor) }
        let result = try workspace.run(["--no-wait"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("another build (pid 4242) is writing Output"))
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
    }

    @Test("without a cache the lock is on the output's folder: --no-wait names the holder's pid from /proc/locks, and nothing is left beside Output")
    func noCacheLock() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        let folder = open(workspace.site.root.path, O_RDONLY | O_DIRECTORY)
        #expect(flock(folder, LOCK_EX | LOCK_NB) == 0)
        let refused = try CommandRunner.kamerarchief(["build", "--templates", "Templates", "--no-cache", "--no-wait"], in: workspace.site.root)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("another build (pid \(getpid())) is writing Output"))
        close(folder)
        let built = try CommandRunner.kamerarchief(["build", "--templates", "Templates", "--no-cache", "--no-wait"], in: workspace.site.root)
        #expect(built.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.site.root.path).sorted() == ["Content", "Output", "Templates"])
    }

    @Test("without --no-wait a second build waits until the first releases the lock, then builds")
    func waits() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        let descriptor = try holdLock(workspace, pid: "4243")
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["build", "--templates", "Templates", "--cache", "cache"]
        process.currentDirectoryURL = workspace.site.root
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Long enough for the small fixture site to have been built had it not waited.
        Thread.sleep(forTimeInterval: 3)
        #expect(process.isRunning)
        #expect(!FileManager.default.fileExists(atPath: workspace.output.path))
        close(descriptor)
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(stderr.contains("waiting for another build (pid 4243)"))
        #expect(FileManager.default.fileExists(atPath: workspace.output.appendingPathComponent("index.html").path))
    }

    @Test("two builds started together into one Output both succeed, one after the other, and leave a complete site")
    func concurrentBuilds() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        let processes = (0..<3).map { _ in
            let process = Process()
            process.executableURL = CommandRunner.binary
            process.arguments = ["build", "--templates", "Templates", "--cache", "cache"]
            process.currentDirectoryURL = workspace.site.root
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0, 0])
        #expect(try SiteFixture.tree(workspace.output) == (try workspace.cleanTree()))
        let beside = try FileManager.default.contentsOfDirectory(atPath: workspace.site.root.path)
        #expect(!beside.contains { $0.hasPrefix(".Output") })
    }
}
