import Foundation
import Testing
@testable import KamerArchief

/// Hostile XML gets a clear error in bounded time; nothing is read from disk or the network.
@Suite("Official XML reader on hostile input")
struct OfficialXMLHostileTests {
    @Test("a billion-laughs entity bomb is an xml-entity error, not an expansion")
    func billionLaughs() throws {
        var declarations = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...9 {
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE officiele-publicatie [\n\(declarations)]>\n"
            + modernXML(body: "<al>&lol9;</al>").split(separator: "\n", maxSplits: 1)[1]
        let start = Date()
        let parsed = readXML(xml)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(parsed.document == nil)
        let error = try #require(parsed.diagnostics.first { $0.severity == .error })
        #expect(error.code == .xmlEntity)
        #expect(error.message.contains("lol9") && error.message.contains("never loaded or expanded"))
        #expect(error.location.line == 14)
    }

    @Test("an external entity naming a local file is never resolved")
    func externalEntity() throws {
        let secret = try CommandRunner.temporaryDirectory().appendingPathComponent("geheim.txt")
        defer { try? FileManager.default.removeItem(at: secret.deletingLastPathComponent()) }
        try "GEHEIME-INHOUD".write(to: secret, atomically: true, encoding: .utf8)
        for doctype in [
            "<!DOCTYPE officiele-publicatie [<!ENTITY xxe SYSTEM \"\(secret.absoluteString)\">]>",
            "<!DOCTYPE officiele-publicatie SYSTEM \"\(secret.absoluteString)\" [<!ENTITY xxe SYSTEM \"\(secret.absoluteString)\">]>",
            "<!DOCTYPE officiele-publicatie [<!ENTITY xxe SYSTEM \"http://127.0.0.1:9/geheim\">]>",
        ] {
            let xml = "<?xml version=\"1.0\"?>\n\(doctype)\n" + modernXML(body: "<al>Inhoud: &xxe;</al>").split(separator: "\n", maxSplits: 1)[1]
            let parsed = readXML(xml)
            #expect(parsed.document == nil)
            #expect(parsed.diagnostics.contains { $0.code == .xmlEntity && $0.severity == .error && $0.location.line == 3 })
            #expect(!parsed.diagnostics.contains { $0.message.contains("GEHEIME-INHOUD") })
        }
    }

    @Test("nesting 100,000 levels deep is an xml-syntax error at libxml2's depth limit")
    func deepNesting() throws {
        let depth = 100_000
        let xml = "<officiele-publicatie>" + String(repeating: "<al>", count: depth) + "x"
            + String(repeating: "</al>", count: depth) + "</officiele-publicatie>"
        let start = Date()
        let parsed = readXML(xml)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(parsed.document == nil)
        let error = try #require(parsed.diagnostics.first)
        #expect(error.code == .xmlSyntax && error.severity == .error)
        #expect(error.message.contains("depth"))
        #expect(error.location.line == 1)
    }

    /// A large document is read whole, without diagnostics. How long 50 MB takes is measured by
    /// `make hostile-large` (release build), not here: performance belongs in benchmarks.
    @Test("a 5 MB document is read whole: every note, every heading, no diagnostics")
    func largeDocument() throws {
        let paragraph = Array("""
            <al>Een alinea met <nadruk>nadruk</nadruk> en een noot<noot type="voet"><noot.nr>1</noot.nr><noot.al>Kamerstuk \
            <extref doc="kst-28844-266">28 844, nr. 266</extref>.</noot.al></noot> en nog wat tekst.</al>

            """.utf8)
        // One block of 99 paragraphs and a heading, repeated: building the input stays cheap.
        let block = Array(repeating: paragraph, count: 99).flatMap { $0 } + Array("<tussenkop>Kop</tussenkop>".utf8)
        var bytes = Array(#"<?xml version="1.0"?><officiele-publicatie><kamerstuk><stuk><titel>VERSLAG</titel><algemeen><vrije-tekst><tekst>"#.utf8)
        var blocks = 0
        while bytes.count < 5_000_000 {
            bytes.append(contentsOf: block)
            blocks += 1
        }
        bytes += Array("</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>".utf8)
        let result = OfficialXMLReader.read(bytes, path: "Content/groot.xml", id: "groot")
        #expect(result.diagnostics.isEmpty)
        let parsed = try #require(result.document)
        #expect(parsed.footnotes.count == blocks * 99)
        // Every note is printed as number 1; each gets a number of its own, in order.
        #expect(parsed.footnotes.map(\.number) == Array(1...blocks * 99))
        #expect(parsed.sections.count == blocks + 1)
    }

    /// A table's attributes are the source's word for where cells stand; absurd ones must not make
    /// a grid of a billion columns or rows.
    @Test("CALS column numbers and row spans out of all proportion make a bounded table")
    func tableAttributes() throws {
        let body = """
            <table><tgroup cols="999999999"><colspec colname="a" colnum="2000000000"/><colspec colname="b" colnum="-5"/>\
            <colspec colname="c"/><spanspec spanname="s" namest="c" nameend="a"/>\
            <tbody><row><entry colname="a" morerows="2000000000"><al>x</al></entry><entry spanname="s"><al>y</al></entry>\
            <entry namest="nergens" nameend="a"><al>z</al></entry></row><row><entry morerows="-3"><al>w</al></entry></row>\
            <entry><al>buiten een rij</al></entry></tbody></tgroup></table>
            """
        let start = Date()
        let (read, _) = readXML(modernXML(body: body))
        #expect(Date().timeIntervalSince(start) < 5)
        let document = try #require(read)
        let table = try #require(document.xmlParagraphs.compactMap(\.table).first)
        #expect(table.rows.count == 3)
        #expect(table.rows.allSatisfy { $0.count <= TableInProgress.maximumColumns })
        #expect(table.rows.flatMap { $0 }.filter { !$0.isEmpty }.sorted() == ["buiten een rij", "w", "x", "y", "z"])
    }

    @Test("an XML file whose root is neither form is an unknown-format error naming the root")
    func unknownRoot() throws {
        let file = ContentFile(path: "Content/ander.xml", stem: "ander", bytes: Array("<?xml version=\"1.0\"?>\n<rss><channel/></rss>".utf8), sidecar: nil)
        let result = Ingester.ingest(file)
        #expect(result.document == nil)
        #expect(result.diagnostics.map(\.code) == [.unknownFormat])
        #expect(result.diagnostics.first?.message.contains("<rss>") == true)
    }

    @Test("root detection skips a BOM, the declaration, comments and a DOCTYPE with an internal subset")
    func rootDetection() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(OfficialXMLReader.rootElement(bom + Array("\n <?xml version=\"1.0\"?><!-- x > y --><!DOCTYPE kamerwrk [<!ENTITY a \"]>\">]><kamerwrk>".utf8)) == "kamerwrk")
        #expect(OfficialXMLReader.rootElement(Array("<officiele-publicatie xmlns:xsi=\"x\">".utf8)) == "officiele-publicatie")
        #expect(OfficialXMLReader.rootElement(Array("Nummer: 2026D07312".utf8)) == nil)
        #expect(OfficialXMLReader.rootElement(Array("<".utf8)) == nil)
    }
}
