import Foundation
import Testing
@testable import KamerArchief

/// Hostile XML through a whole build: each case is an error at its place, the build fails, and the
/// previous Output is left exactly as it was.
@Suite("Hostile XML through a build")
struct HostileXMLSiteTests {
    static let body = "<kamerstuk><stuk><titel>VERSLAG</titel><algemeen><vrije-tekst><tekst>"

    /// (file name, content, expected code, expected line): the cases of the issue, small enough to build.
    static let cases: [(name: String, xml: String, code: DiagnosticCode, line: Int)] = [
        ("bom.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE officiele-publicatie [\n<!ENTITY a \"aaaaaaaaaa\">\n"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n]>\n"
            + "<officiele-publicatie>\(body)<al>&c;</al></tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>\n",
         .xmlEntity, 7),
        ("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE officiele-publicatie [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<officiele-publicatie>\(body)<al>&x;</al></tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>\n",
         .xmlEntity, 3),
        ("diep.xml", "<officiele-publicatie>" + String(repeating: "<al>", count: 100_000) + String(repeating: "</al>", count: 100_000)
            + "</officiele-publicatie>\n", .xmlSyntax, 1),
        ("kapot.xml", "<?xml version=\"1.0\"?>\n<officiele-publicatie>\n\(body)\n<al>niet gesloten</tekst>\n</officiele-publicatie>\n",
         .xmlSyntax, 4),
    ]

    @Test("hostile or malformed XML is an error at its line, and Output is untouched", arguments: cases.indices)
    func hostile(row: Int) throws {
        let (name, xml, code, line) = Self.cases[row]
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        #expect(try !site.build().failed)
        let before = try SiteFixture.tree(site.output)
        try site.write(name, xml)
        let report = try site.build()
        let error = try #require(report.diagnostics.first { $0.severity == .error })
        #expect(error.code == code)
        #expect(error.location.file == "Content/\(name)")
        #expect(error.location.line == line)
        #expect(!report.diagnostics.contains { $0.message.contains("root:") }, "nothing of /etc/passwd is read")
        #expect(report.failed && !report.wroteOutput)
        #expect(try SiteFixture.tree(site.output) == before, "Output changed")
    }
}
