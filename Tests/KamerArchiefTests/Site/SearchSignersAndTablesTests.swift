import Foundation
import Testing
@testable import KamerArchief

@Suite("The search finds a document by its signers and by the cells of its tables")
struct SearchSignersAndTablesTests {
    /// The search entries that link into the page folder of document `id`.
    static func entries(_ site: SiteFixture, document id: String) throws -> [[String: String]] {
        let folder = site.output.appendingPathComponent("assets/zoekindex/documenten")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .flatMap { try SearchChunk.entries(String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
            .filter { $0["u"]?.contains("documenten/\(id)/") == true }
    }

    @Test("a letter's signers are an entry that links to the signers' heading; a table's caption and cells are its paragraph's entry")
    func signersAndCells() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try site.write("brief-tabel.xml", modernXML(title: "BRIEF VAN DE MINISTER VAN FINANCIËN", body: """
            <al>Hierbij de cijfers.</al><tabel><titel>Tabel 1 Uitgaven (mln euro)</titel><tgroup cols="2">\
            <thead><row><entry>Regeling</entry><entry>Bedrag</entry></row></thead><tbody>\
            <row><entry>Warmtefonds</entry><entry>1.250</entry></row><row><entry>Isolatie</entry><entry></entry></row>\
            </tbody></tgroup></tabel></tekst><tekst-sluiting><ondertekening><functie>De Minister van Financiën,</functie>\
            <naam>E. Heinen</naam></ondertekening></tekst-sluiting><tekst>
            """))
        // A paper with a section of the signers' heading's name: the signers take the next free anchor.
        try site.write("verslag-ondertekening.xml", modernXML(title: "VERSLAG", body: """
            </tekst><divisie><kop><titel>Ondertekening</titel></kop><al>Over wie tekent.</al></divisie><tekst>\
            </tekst><tekst-sluiting><ondertekening><functie>De voorzitter van de commissie,</functie>\
            <naam>Kops</naam></ondertekening></tekst-sluiting><tekst>
            """).replacingOccurrences(of: "<ondernummer>5</ondernummer>", with: "<ondernummer>6</ondernummer>"))
        let report = try site.build()
        #expect(!report.failed, "\(report.diagnostics)")

        let letter = try Self.entries(site, document: "brief-tabel")
        let signers = try #require(letter.first { $0["w"]?.hasSuffix(" › Ondertekening") == true })
        #expect(signers["x"] == "E. Heinen, De Minister van Financiën")
        #expect(signers["u"]?.hasSuffix("documenten/brief-tabel/index.html#ondertekening") == true)
        let table = try #require(letter.first { $0["x"]?.contains("Warmtefonds") == true })
        #expect(table["x"] == "Tabel 1 Uitgaven (mln euro) · Regeling | Bedrag / Warmtefonds | 1.250 / Isolatie")
        let page = try String(contentsOf: site.output.appendingPathComponent("documenten/brief-tabel/index.html"), encoding: .utf8)
        #expect(page.contains("<h2><span id=\"ondertekening\"></span>Ondertekening</h2>"))

        let verslag = try Self.entries(site, document: "verslag-ondertekening")
        let verslagSigners = try #require(verslag.first { $0["x"] == "Kops, De voorzitter van de commissie" })
        #expect(verslagSigners["u"]?.hasSuffix("#ondertekening-2") == true)
        let verslagPage = try String(contentsOf: site.output.appendingPathComponent("documenten/verslag-ondertekening/index.html"), encoding: .utf8)
        #expect(verslagPage.contains("<span id=\"ondertekening\"></span>Ondertekening</h2>"))
        #expect(verslagPage.contains("<h2><span id=\"ondertekening-2\"></span>Ondertekening</h2>"))

        // Every address in the index, the signers' anchors among them, is on its page.
        let (problems, _) = try LinkChecker.checkSearchIndex(site.output)
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        // The terms of a signer and of a cell are in the term shards.
        let terms = site.output.appendingPathComponent("assets/zoekindex/termen")
        let shards = try FileManager.default.contentsOfDirectory(atPath: terms.path)
            .map { try String(contentsOf: terms.appendingPathComponent($0), encoding: .utf8) }.joined()
        #expect(shards.contains("\"heinen\"") && shards.contains("\"warmtefonds\"") && shards.contains("\"kops\""))
    }
}
