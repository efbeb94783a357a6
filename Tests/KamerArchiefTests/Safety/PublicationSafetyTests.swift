import Foundation
import Testing
@testable import KamerArchief

/// Output is always the old site or the new one: every build assembles its site beside the
/// output and exchanges the two folders in one step.
@Suite("Atomic publication")
struct PublicationSafetyTests {
    @Test("an incremental build that fails while writing leaves Output exactly as it was, with no temporary file in it")
    func failedIncrementalWrite() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        _ = try workspace.build()
        // A folder where the changed fiche's page must go makes its write fail half-way.
        let page = workspace.output.appendingPathComponent("documenten/fiche-3-waterstofstrategie/index.html")
        try FileManager.default.removeItem(at: page)
        try FileManager.default.createDirectory(at: page, withIntermediateDirectories: false)
        let before = try SiteFixture.tree(workspace.output)
        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "het oneens over de quota"))

        #expect(throws: BuildError.self) { try workspace.build() }
        let after = try SiteFixture.tree(workspace.output)
        #expect(after == before)
        #expect(!after.keys.contains { $0.hasSuffix(".tmp") })
        // The staging folder is gone, and the next build (the obstacle removed) equals a clean one.
        #expect(!FileManager.default.fileExists(atPath: workspace.site.root.appendingPathComponent(".Output.building").path))
        try FileManager.default.removeItem(at: page)
        _ = try workspace.build()
        #expect(try SiteFixture.tree(workspace.output) == (try workspace.cleanTree()))
    }

    @Test("an incremental build into an immutable Output fails with exit 2 and leaves it exactly as it was, with no temporary file in it")
    func immutableOutput() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        _ = try workspace.build()
        let before = try SiteFixture.tree(workspace.output)
        let chattr = URL(fileURLWithPath: "/usr/bin/chattr")
        try #require(try CommandRunner.run(chattr, ["+i", workspace.output.path]).status == 0)
        defer { _ = try? CommandRunner.run(chattr, ["-i", workspace.output.path]) }
        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")
        // A new citation changes pages in subfolders and the data files at the top.
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "Kamerstuk 32852, nr. 224", with: "Kamerstuk 32852, nr. 225"))

        let result = try workspace.run()
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot move the new site into place"), "\(result.stderr)")
        let after = try SiteFixture.tree(workspace.output)
        #expect(after == before)
        #expect(!after.keys.contains { $0.hasSuffix(".tmp") })
        _ = try CommandRunner.run(chattr, ["-i", workspace.output.path])
        #expect(try workspace.run().status == 0)
        #expect(try SiteFixture.tree(workspace.output) == (try workspace.cleanTree()))
    }

    @Test("a deleted document takes its folders with it: an incremental build has exactly the folders of a clean build")
    func emptyFoldersGo() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        let letter = try workspace.text("kamerbrief-waterstof-voortgang.txt")
        try workspace.site.write("kamerbrief-tweede.txt", letter.replacingOccurrences(of: "Gasunie", with: "De netbeheerder"))
        _ = try workspace.build()
        #expect(SafetyWorkspace.folders(workspace.output).contains("documenten/kamerbrief-tweede"))

        try FileManager.default.removeItem(at: workspace.site.content.appendingPathComponent("kamerbrief-tweede.txt"))
        let report = try workspace.build()
        #expect(!report.upToDate && report.wroteOutput)
        let clean = workspace.site.root.appendingPathComponent("Clean")
        _ = try SiteBuilder.build(workspace.options(output: clean, cached: false))
        #expect(SafetyWorkspace.folders(workspace.output) == SafetyWorkspace.folders(clean))
        #expect(!SafetyWorkspace.folders(workspace.output).contains("documenten/kamerbrief-tweede"))
        #expect(try SiteFixture.tree(workspace.output) == SiteFixture.tree(clean))
    }

    @Test("the staging folders a killed build left beside Output are removed by the next build")
    func leftoverStaging() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        _ = try workspace.build()
        for name in [".Output.building", ".Output.previous"] {
            let folder = workspace.site.root.appendingPathComponent("\(name)/documenten")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("half".utf8).write(to: folder.appendingPathComponent("index.html"))
        }
        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "het oneens over de quota"))
        let report = try workspace.build()
        #expect(report.wroteOutput && report.renderedJobs < 5)
        let beside = try FileManager.default.contentsOfDirectory(atPath: workspace.site.root.path)
        #expect(!beside.contains(".Output.building") && !beside.contains(".Output.previous"))
        #expect(try SiteFixture.tree(workspace.output) == (try workspace.cleanTree()))
    }

    @Test("an incremental build publishes a new folder in one exchange and leaves the old site's files unmodified")
    func exchangeNotInPlace() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        _ = try workspace.build()
        let page = workspace.output.appendingPathComponent("documenten/fiche-3-waterstofstrategie/index.html")
        // An open descriptor keeps the published file as readers (a web server) see it.
        let reader = try FileHandle(forReadingFrom: page)
        defer { try? reader.close() }
        let old = try Data(contentsOf: page)
        var before = stat()
        stat(workspace.output.path, &before)
        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "het oneens over de quota"))
        _ = try workspace.build()
        var after = stat()
        stat(workspace.output.path, &after)
        #expect(before.st_ino != after.st_ino)
        #expect(try reader.readToEnd() == old)
        #expect(String(decoding: try Data(contentsOf: page), as: UTF8.self).contains("het oneens over de quota"))
    }
}
