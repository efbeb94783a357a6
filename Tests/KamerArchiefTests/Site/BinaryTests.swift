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
