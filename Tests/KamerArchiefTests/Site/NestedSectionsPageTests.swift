import Foundation
import Testing
@testable import KamerArchief

@Suite("Document pages show every level of a paper's sections")
struct NestedSectionsPageTests {
    @Test("four levels of chapters: h2 to h5, and the contents list nests them; a letter's signers are shown")
    func fourLevels() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        try site.write("mvt-diep.xml", modernXML(title: "MEMORIE VAN TOELICHTING", body: """
            </tekst><divisie><kop><titel>I. ALGEMEEN</titel></kop><divisie><kop><nr>2.</nr><titel>Hoofdlijnen</titel></kop>\
            <divisie><kop><nr>2.1</nr><titel>Aanleiding</titel></kop><al>Tekst van 2.1.</al>\
            <divisie><kop><nr>2.1.1</nr><titel>Voorgeschiedenis</titel></kop><al>Tekst van 2.1.1.</al></divisie></divisie></divisie></divisie><tekst>
            """))
        try site.write("brief-ondertekend.xml", modernXML(title: "BRIEF VAN DE MINISTER VAN FINANCIËN", body: """
            <al>Hierbij de brief.</al></tekst><tekst-sluiting><ondertekening><functie>De Minister van Financiën,</functie>\
            <naam>E. Heinen</naam></ondertekening></tekst-sluiting><tekst>
            """).replacingOccurrences(of: "<ondernummer>5</ondernummer>", with: "<ondernummer>6</ondernummer>"))
        let report = try site.build()
        #expect(!report.failed, "\(report.diagnostics)")
        let page = try String(contentsOf: site.output.appendingPathComponent("documenten/mvt-diep/index.html"), encoding: .utf8)
        for (tag, title) in [("h2", "I. ALGEMEEN"), ("h3", "2. Hoofdlijnen"), ("h4", "2.1 Aanleiding"), ("h5", "2.1.1 Voorgeschiedenis")] {
            #expect(page.range(of: "<\(tag)[^>]*>.*\(title)</\(tag)>", options: .regularExpression) != nil, "\(tag) \(title)")
        }
        // A paper without a date shows no empty place for it.
        #expect(page.contains("Memorie van toelichting · <a") && !page.contains("·  ·"))
        // The contents list: a list inside a list inside a list.
        #expect(page.range(of: "<ul>\\s*<li><a href=\"#2-1-aanleiding\">[^<]*</a>\\s*<ul>\\s*<li><a href=\"#2-1-1-voorgeschiedenis\"", options: .regularExpression) != nil)
        let letter = try String(contentsOf: site.output.appendingPathComponent("documenten/brief-ondertekend/index.html"), encoding: .utf8)
        #expect(letter.contains("Ondertekening") && letter.contains("E. Heinen, De Minister van Financiën"))
    }
}
