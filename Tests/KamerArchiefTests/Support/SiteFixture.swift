import Foundation
@testable import KamerArchief

/// Builds fixture sites into temporary folders and reads trees back, for end-to-end tests.
struct SiteFixture {
    let root: URL

    /// A temporary copy of `Fixtures/sites/<name>` (so tests can change it) with an empty output beside it.
    init(copying name: String) throws {
        root = try CommandRunner.temporaryDirectory()
        try FileManager.default.copyItem(
            at: TestPaths.fixture("sites/\(name)/Content"), to: root.appendingPathComponent("Content"))
    }

    var content: URL { root.appendingPathComponent("Content") }
    var output: URL { root.appendingPathComponent("Output") }

    func options(output: URL? = nil, baseURL: String? = nil) -> BuildOptions {
        var options = BuildOptions(
            content: content.path, templates: TestPaths.packageRoot.appendingPathComponent("Templates").path,
            output: (output ?? self.output).path, baseURL: baseURL)
        options.contentDisplay = "Content"
        options.templatesDisplay = "Templates"
        return options
    }

    func build(output: URL? = nil, keepGoing: Bool = false, baseURL: String? = nil) throws -> BuildReport {
        var options = options(output: output, baseURL: baseURL)
        options.keepGoing = keepGoing
        return try SiteBuilder.build(options)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: content.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Every file below `directory`, by relative path.
    static func tree(_ directory: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return files }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            let path = base + "/" + relative
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[relative] = FileManager.default.contents(atPath: path) }
        }
        return files
    }
}
