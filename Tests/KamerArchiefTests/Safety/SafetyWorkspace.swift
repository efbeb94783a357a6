import Foundation
@testable import KamerArchief

/// The basic fixture site with its own templates and a cache, for the crash-, concurrency- and
/// tamper-safety tests: builds in-process or through the binary, and compares with a clean build.
struct SafetyWorkspace {
    let site: SiteFixture
    let templates: URL
    var cache: URL { site.root.appendingPathComponent("cache") }
    var output: URL { site.output }

    init() throws {
        site = try SiteFixture(copying: "basic")
        templates = site.root.appendingPathComponent("Templates")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Templates"), to: templates)
    }

    func options(output: URL? = nil, cached: Bool = true) -> BuildOptions {
        var options = site.options(output: output ?? self.output)
        options.templates = templates
        options.cacheDirectory = cached ? cache : nil
        return options
    }

    func build(cached: Bool = true) throws -> BuildReport { try SiteBuilder.build(options(cached: cached)) }

    /// `kamerarchief build` in the site's folder with this workspace's templates and cache.
    func run(_ extra: [String] = []) throws -> CommandResult {
        try CommandRunner.kamerarchief(["build", "--templates", "Templates", "--cache", "cache"] + extra, in: site.root)
    }

    /// The files of a clean build of the current content, by relative path.
    func cleanTree() throws -> [String: Data] {
        let clean = site.root.appendingPathComponent("Clean-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clean) }
        _ = try SiteBuilder.build(options(output: clean, cached: false))
        return try SiteFixture.tree(clean)
    }

    /// Every folder below `directory`, by relative path.
    static func folders(_ directory: URL) -> Set<String> {
        var folders: Set<String> = []
        let base = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return folders }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isDirectory), isDirectory.boolValue {
                folders.insert(relative)
            }
        }
        return folders
    }

    func text(_ name: String) throws -> String {
        try String(contentsOf: site.content.appendingPathComponent(name), encoding: .utf8)
    }

    func remove() { site.remove() }
}
