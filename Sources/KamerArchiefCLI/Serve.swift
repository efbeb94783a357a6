import ArgumentParser
import Foundation
import KamerArchief

/// `kamerarchief serve …` runs `kamerarchief-serve …`, the binary beside this one. The server
/// lives in a product of its own so that `make site` (which builds only `kamerarchief`) does not
/// compile it; `kamerarchief serve --help` shows its options.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the site over HTTP, and rebuild and reload the open pages when an input changes (runs kamerarchief-serve).")

    @Argument(parsing: .captureForPassthrough, help: "The options of kamerarchief-serve (see kamerarchief serve --help).")
    var arguments: [String] = []

    func run() throws {
        let own = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let server = URL(fileURLWithPath: own).deletingLastPathComponent().appendingPathComponent("kamerarchief-serve").path
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw BuildError.environment(
                "\(server) is missing: serve is its own binary; build it with `swift build --product kamerarchief-serve` (add -c release for a release build)")
        }
        let argv = ([server] + arguments).map { strdup($0) } + [nil]
        execv(server, argv)
        throw BuildError.environment("\(server): cannot run it: \(String(cString: strerror(errno)))")
    }
}
