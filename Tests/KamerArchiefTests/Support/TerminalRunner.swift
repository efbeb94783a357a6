import Foundation

/// Runs a program with its stderr on a pseudo-terminal (so that `isatty(2)` is true), for tests
/// of what the binary draws on a terminal. The terminal is raw: what the program writes arrives
/// unchanged (no `\n` → `\r\n`).
enum TerminalRunner {
    static func run(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> CommandResult {
        // posix_openpt and ptsname are hidden by the Glibc module: open the multiplexer and ask the
        // kernel directly (Linux's TIOCSPTLCK and TIOCGPTN, _IOW/_IOR('T', 0x31/0x30, int)).
        let primary = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard primary >= 0 else { throw POSIXError(.ENOTTY) }
        defer { close(primary) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(primary, 0x4004_5431, &unlock) == 0, ioctl(primary, 0x8004_5430, &number) == 0 else { throw POSIXError(.ENOTTY) }
        let secondaryPath = "/dev/pts/\(number)"
        guard let secondary = FileHandle(forUpdatingAtPath: secondaryPath) else { throw POSIXError(.ENOTTY) }
        var settings = termios()
        tcgetattr(secondary.fileDescriptor, &settings)
        cfmakeraw(&settings)
        tcsetattr(secondary.fileDescriptor, TCSANOW, &settings)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = secondary
        try process.run()
        try secondary.close()
        // Read until the program's end closes the terminal (read then fails with EIO).
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(primary, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: bytes, as: UTF8.self))
    }
}

extension CommandRunner {
    /// As `run`, with variables added to the environment.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String]) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
