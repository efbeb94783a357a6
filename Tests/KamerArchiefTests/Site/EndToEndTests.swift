import Foundation
import Testing
@testable import KamerArchief

@Suite("End to end")
struct EndToEndTests {
    @Test("the fixture site builds to the golden tree, file for file")
    func fixtureTree() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let report = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        try expectGoldenTree(site.output, named: "sites/basic")
    }

    @Test("every link in the fixture site resolves to a file and an anchor")
    func fixtureLinks() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        _ = try site.build()
        let (problems, checked) = try LinkChecker.check(site.output)
        #expect(checked > 100)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test("the seeds build; every link resolves; shared papers show both citing documents")
    func seeds() throws {
        let output = try CommandRunner.temporaryDirectory().appendingPathComponent("Output")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var options = BuildOptions(
            content: TestPaths.packageRoot.appendingPathComponent("Content").path,
            templates: TestPaths.packageRoot.appendingPathComponent("Templates").path, output: output.path)
        options.contentDisplay = "Content"
        let report = try SiteBuilder.build(options)
        #expect(!report.failed && report.wroteOutput)
        #expect(report.diagnostics.errorCount == 0)

        let (problems, checked) = try LinkChecker.check(output)
        #expect(checked > 500)
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        let (searchProblems, entries) = try LinkChecker.checkSearchIndex(output)
        #expect(entries > 100)
        #expect(searchProblems.isEmpty, "\(searchProblems.prefix(10))")

        let archive = try JSONSerialization.jsonObject(
            with: Data(contentsOf: output.appendingPathComponent("data/archive.json"))) as! [String: Any]
        let kamerstukken = archive["kamerstukken"] as! [[String: Any]]
        func citers(_ dossier: String, _ number: String) -> Set<String> {
            let entry = kamerstukken.first { $0["dossier"] as? String == dossier && $0["ondernummer"] as? String == number }
            return Set(((entry?["citedBy"] as? [[String: Any]]) ?? []).compactMap { $0["document"] as? String })
        }
        let both: Set = ["fiche-10-battery-booster-strategie", "kamerbrief-batterijstrategie-bijlage"]
        #expect(citers("32852", "224") == both)
        #expect(citers("31209", "239") == both)
        let ownEntry = kamerstukken.first { $0["dossier"] as? String == "22112" && $0["ondernummer"] as? String == "4277" }
        #expect(ownEntry?["document"] as? String == "fiche-10-battery-booster-strategie")
        let dossier33009 = kamerstukken.filter { $0["dossier"] as? String == "33009" }.flatMap { ($0["citedBy"] as? [[String: Any]]) ?? [] }
        #expect(Set(dossier33009.compactMap { $0["document"] as? String }) == both)
    }
}
