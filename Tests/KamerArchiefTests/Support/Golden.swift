import Foundation
import Testing

/// Paths of the test tree, found from this file's own path (not `Bundle.module`, which is a copy).
enum TestPaths {
    static let testsRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsRoot.appendingPathComponent("Fixtures")
    static let goldens = testsRoot.appendingPathComponent("Goldens")
    static let packageRoot = testsRoot.deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ relativePath: String) -> URL { fixtures.appendingPathComponent(relativePath) }

    static func fixtureText(_ relativePath: String) throws -> String {
        try String(contentsOf: fixture(relativePath), encoding: .utf8)
    }
}

/// Compares `actual` with the golden file `Goldens/<name>`; `UPDATE_GOLDENS=1 swift test` rewrites it.
/// A mismatch records an issue that carries a unified diff.
func expectGolden(
    _ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
    let url = TestPaths.goldens.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("golden \(name) is missing; run UPDATE_GOLDENS=1 swift test", sourceLocation: sourceLocation)
        return
    }
    if expected != actual {
        Issue.record("golden \(name) differs:\n\(unifiedDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
    }
}

/// A `diff -u` of two texts, through the system's diff.
func unifiedDiff(expected: String, actual: String) -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let expectedURL = directory.appendingPathComponent("expected"), actualURL = directory.appendingPathComponent("actual")
    try? expected.write(to: expectedURL, atomically: true, encoding: .utf8)
    try? actual.write(to: actualURL, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
    process.arguments = ["-u", expectedURL.path, actualURL.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try? process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// Compares the tree at `actual` with `Goldens/<name>/` file by file; a missing or extra file fails.
/// `UPDATE_GOLDENS=1 swift test` replaces the golden tree.
func expectGoldenTree(_ actual: URL, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let golden = TestPaths.goldens.appendingPathComponent(name)
    let actualFiles = try SiteFixture.tree(actual)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
        try? FileManager.default.removeItem(at: golden)
        for (path, data) in actualFiles {
            let url = golden.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return
    }
    let expectedFiles = try SiteFixture.tree(golden)
    let missing = Set(expectedFiles.keys).subtracting(actualFiles.keys).sorted()
    let extra = Set(actualFiles.keys).subtracting(expectedFiles.keys).sorted()
    if !missing.isEmpty { Issue.record("missing files: \(missing)", sourceLocation: sourceLocation) }
    if !extra.isEmpty { Issue.record("extra files: \(extra)", sourceLocation: sourceLocation) }
    for path in Set(expectedFiles.keys).intersection(actualFiles.keys).sorted() where expectedFiles[path] != actualFiles[path] {
        let diff = unifiedDiff(
            expected: String(decoding: expectedFiles[path]!, as: UTF8.self), actual: String(decoding: actualFiles[path]!, as: UTF8.self))
        Issue.record("\(name)/\(path) differs:\n\(diff)", sourceLocation: sourceLocation)
    }
}
