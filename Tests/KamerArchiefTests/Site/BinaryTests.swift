import Foundation
import Testing

@Suite("The kamerarchief binary")
struct BinaryTests {
    @Test("the binary defines no cmark_ symbol of its own and takes them from Debian's libcmark")
    func oneCmark() throws {
        let binary = CommandRunner.binary
        #expect(FileManager.default.isExecutableFile(atPath: binary.path), "build the binary first: swift build")
        let defined = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/nm"), ["--defined-only", binary.path])
        #expect(defined.status == 0)
        let own = defined.stdout.split(separator: "\n").filter { $0.split(separator: " ").last?.hasPrefix("cmark_") ?? false }
        #expect(own.isEmpty, "cmark symbols defined in the binary: \(own.prefix(5))")
        let dynamic = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/nm"), ["-D", "--undefined-only", binary.path])
        #expect(dynamic.stdout.contains("cmark_parse_document"))
        let libraries = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/ldd"), [binary.path])
        #expect(libraries.stdout.contains("libcmark.so"))
    }

    @Test("the binary takes malloc and free from Debian's jemalloc, for itself and the libraries it loads")
    func jemalloc() throws {
        let binary = CommandRunner.binary
        let libraries = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/ldd"), [binary.path])
        #expect(libraries.stdout.contains("libjemalloc.so"))
        // The dynamic linker's own account of where each call to malloc and free goes, written to
        // a file (`LD_DEBUG_OUTPUT` adds the process id): on a pipe it would fill it and block.
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("bindings")
        let run = try CommandRunner.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["LD_DEBUG=bindings", "LD_DEBUG_OUTPUT=\(output.path)", binary.path, "--version"])
        #expect(run.status == 0)
        let logs = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let text = try logs.map { try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }.joined()
        let allocations = text.split(separator: "\n").filter { $0.contains("symbol `malloc'") || $0.contains("symbol `free'") }
        #expect(allocations.contains { $0.contains("libswiftCore.so") && $0.contains("libjemalloc.so") })
        let elsewhere = allocations.filter { !$0.contains("libjemalloc.so") }
        #expect(!allocations.isEmpty && elsewhere.isEmpty, "\(elsewhere.prefix(3))")
    }

    @Test("a usage error exits with 2")
    func usageError() throws {
        let result = try CommandRunner.kamerarchief(["build", "--no-such-option"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-option"))
    }

    @Test("a missing content folder is an environment error: exit 2 with the path named")
    func missingContent() throws {
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try CommandRunner.kamerarchief(["check", "--content", "Nergens"], in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Nergens"))
        #expect(result.stderr.contains("does not exist"))
    }
}

@Suite("Watch mode")
struct WatchModeTests {
    @Test("build --watch rebuilds when a document changes")
    func rebuildsOnChange() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["build", "--watch", "--content", "Content", "--templates", TestPaths.packageRoot.appendingPathComponent("Templates").path]
        process.currentDirectoryURL = site.root
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }

        let page = site.output.appendingPathComponent("documenten/fiche-3-waterstofstrategie/index.html")
        func pageContains(_ text: String) -> Bool {
            (try? String(contentsOf: page, encoding: .utf8))?.contains(text) ?? false
        }
        func wait(until condition: () -> Bool) -> Bool {
            for _ in 0..<100 where !condition() { Thread.sleep(forTimeInterval: 0.1) }
            return condition()
        }
        #expect(wait { pageContains("De lidstaten zijn verdeeld") })
        let fiche = try String(contentsOf: site.content.appendingPathComponent("fiche-3-waterstofstrategie.txt"), encoding: .utf8)
        try site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "De lidstaten zijn verdeeld", with: "De lidstaten zijn het oneens"))
        #expect(wait { pageContains("De lidstaten zijn het oneens") })
    }
}
