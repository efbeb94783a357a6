import Foundation
import Testing
@testable import KamerArchief

/// The byte-level fast paths give what the general code gives (issue 14): every text the
/// general code accepts is read the same way, ASCII or not.
@Suite("Fast paths")
struct FastPathTests {
    @Test("a heading is folded the same way with or without non-ASCII letters", arguments: [
        ("3. Nederlandse positie:", "nederlandse positie"),
        ("  b)  Beoordeling   + inzet ", "beoordeling + inzet"),
        ("IV. Grondhouding", "grondhouding"),
        ("12a) Regeldruk::", "regeldruk"),
        ("Financiële gevolgen", "financiele gevolgen"),
        ("2. FINANCIËLE  gevolgen:", "financiele gevolgen"),
        ("1.Algemene gegevens", "1.algemene gegevens"),
        ("x) Essentie\tvoorstel", "essentie voorstel"),
        ("a. ", "a."),
        ("", ""),
    ])
    func headingNormalisation(text: String, expected: String) {
        #expect(FicheHeading.normalize(text) == expected)
    }

    @Test("pillar words are folded to lowercase without diacritics", arguments: [
        ("Pijler", "pijler"), ("PIJLERS", "pijlers"), ("3DE", "3de"), ("Één", "een"), ("tweeën", "tweeen"), ("", ""),
    ])
    func pillarWordFolding(word: String, expected: String) {
        #expect(PillarReferences.fold(Substring(word)) == expected)
    }

    @Test("entry numbers are written in the digits String gives them")
    func decimalDigits() {
        var generator = SeededGenerator(seed: 5)
        let numbers = Array(-20...1_100) + [9_999, 10_000, 99_999, 100_000, -12_345, Int.max, Int.min] + (0..<500).map { _ in Int.random(in: 0...Int.max, using: &generator) }
        for number in numbers {
            var bytes: [UInt8] = [UInt8(ascii: "x")]
            bytes.appendDecimal(number)
            #expect(bytes == Array("x\(number)".utf8))
        }
    }

    @Test("relative links keep the last target component and skip empty path components", arguments: [
        ("documenten/a/index.html", "documenten/a/index.html", "index.html"),
        ("documenten/a/index.html", "#boven", "#boven"),
        ("documenten/a//index.html", "documenten//b/index.html", "../b/index.html"),
        ("index.html", "index.html#fn-1", "#fn-1"),
        ("a/b/c.html", "x.html", "../../x.html"),
        ("documenten/a/pijler-1.html", "dossiers/36.html#k-2", "../../dossiers/36.html#k-2"),
        ("documenten/a/b.html", "documenten/a/c.html#x", "c.html#x"),
        ("index.html", "documenten/é/index.html", "documenten/é/index.html"),
        ("documenten/é/a.html", "documenten/é/b.html", "b.html"),
    ])
    func relativeLinks(page: String, target: String, expected: String) {
        #expect(Permalinks.relative(target, from: page) == expected)
        #expect(Permalinks.relativeByParts(target, from: page) == expected)
    }

    @Test("relative links between paths without empty parts are those the part-by-part walk makes")
    func relativeLinksBySlices() {
        // Parts of every length around eight and sixteen bytes and far beyond, so that slashes,
        // doubled ones and the first difference fall at every place in a word of eight and a
        // vector of sixteen.
        let parts = ["documenten", "a", "ab", "é", "index.html", "pijler-1.html", "x", "", "abcdefg", "abcdefgh", "abcdefghi",
                     "00001-brief-voortgangsbrief-mobiliteit-en-circulariteit-2020", "00001-brief-voortgangsbrief-netcongestie"]
        var generator = SeededGenerator(seed: 29)
        func path() -> String {
            (0..<Int.random(in: 1...6, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined(separator: "/")
        }
        for _ in 0..<20_000 {
            let page = path()
            var target = path()
            if Bool.random(using: &generator) { target += "#" + ["p-1", "", "fn-2"].randomElement(using: &generator)! }
            #expect(Permalinks.relative(target, from: page) == Permalinks.relativeByParts(target, from: page), "\(target) from \(page)")
        }
    }

    @Test("the fiche landmarks ending a line are found in any ASCII case and not past a combining mark")
    func landmarkSuffix() {
        #expect(FormatDetector.detect("Nummer: 1, datum: 2\nALGEMENE GEGEVENS\nEssentie Voorstel\n") == .pageDumpFiche)
        #expect(FormatDetector.detect("Nummer: 1, datum: 2\nAlgemene gegevens\u{301}\nessentie voorstel\u{301}\n") != .pageDumpFiche)
    }

    @Test("a build reports every stage it ran with its wall and CPU seconds")
    func buildTimings() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        let report = try workspace.build()
        let names = report.timings.stages.map(\.name)
        #expect(names == ["scan", "ingest", "diagnostics", "link", "templates", "job keys", "render + write pages", "write", "data files", "search index", "publish", "cache save"])
        #expect(report.timings.stages.allSatisfy { $0.wall >= 0 && $0.cpu >= 0 })
        let noop = try workspace.build()
        #expect(noop.upToDate)
        #expect(noop.timings.stages.map(\.name) == ["scan"])
        #expect(report.timings.table.hasPrefix("scan "))
        #expect(report.timings.table.split(separator: "\n").last?.hasPrefix("total ") == true)
        #expect(report.models.isEmpty)
    }

    @Test("a build asked to leave its models to the process's exit hands them to its report")
    func modelsLeftToExit() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        var options = workspace.options()
        options.leavesModelsToExit = true
        let report = try SiteBuilder.build(options)
        #expect(!report.failed && report.wroteOutput)
        #expect(report.models.contains { $0 is SiteRenderer })
    }
}
