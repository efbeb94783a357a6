import Foundation
import Testing
@testable import KamerArchief

/// The four real documents of `shared/real` (kept as fixtures by the reader tests) built together
/// into one site: every form, every kind's page, and the links between them.
@Suite("The real documents built into one archive")
struct RealDocumentSiteTests {
    /// The real documents, as their readers' tests keep them, byte for byte.
    static let sources = [
        "xml/kst-28844-269.xml", "xml/kst-36750-3.xml", "pdf/kst-21501-02-3121.pdf",
        "letters/kst-27625-592-water-en-bodem-sturend.pdftext.txt",
    ]

    /// A site whose `Content/` holds the real documents and `extra` files.
    private func site(_ extra: [String: String] = [:]) throws -> (root: URL, report: BuildReport) {
        let root = try CommandRunner.temporaryDirectory()
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for source in Self.sources {
            try FileManager.default.copyItem(at: TestPaths.fixture(source), to: content.appendingPathComponent((source as NSString).lastPathComponent))
        }
        for (name, text) in extra { try text.write(to: content.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        var options = BuildOptions(
            content: content.path, templates: TestPaths.packageRoot.appendingPathComponent("Templates").path,
            output: root.appendingPathComponent("Output").path, baseURL: nil)
        options.contentDisplay = "Content"
        options.templatesDisplay = "Templates"
        return (root, try SiteBuilder.build(options))
    }

    private func page(_ root: URL, _ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Output/\(path)"), encoding: .utf8)
    }

    @Test("each real document is read in its own form as its own kind, with its date and Kamerstuk")
    func documents() throws {
        let (root, report) = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(!report.failed && report.wroteOutput)
        // The letter's PDF text names no Kamerstuk: the one warning, which a sidecar would silence.
        #expect(report.diagnostics.map(\.code) == [.missingMetadata])
        #expect(report.diagnostics.first?.location.file == "Content/kst-27625-592-water-en-bodem-sturend.pdftext.txt")

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("Output/data/archive.json"))) as? [String: Any]
        let documents = try #require(json?["documents"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: documents.map { ($0["id"] as! String, $0) })
        #expect(byID["kst-21501-02-3121"]?["kind"] as? String == "motie")
        #expect(byID["kst-21501-02-3121"]?["date"] as? String == "2025-04-10")
        #expect(byID["kst-28844-269"]?["kind"] as? String == "kamerbrief")
        #expect(byID["kst-28844-269"]?["date"] as? String == "2023-07-07")
        #expect(byID["kst-36750-3"]?["kind"] as? String == "memorie-van-toelichting")
        #expect(byID["kst-27625-592-water-en-bodem-sturend-pdftext"]?["kind"] as? String == "kamerbrief")
        #expect(byID["kst-27625-592-water-en-bodem-sturend-pdftext"]?["date"] as? String == "2022-11-25")
        #expect(byID["kst-27625-592-water-en-bodem-sturend-pdftext"]?["title"] as? String == "Water en Bodem sturend")

        let formats = try ["kst-21501-02-3121": "pdf", "kst-28844-269": "officiele-publicatie", "kst-36750-3": "officiele-publicatie",
                           "kst-27625-592-water-en-bodem-sturend-pdftext": "pdf-text"].map { id, format in
            let data = try Data(contentsOf: root.appendingPathComponent("Output/data/documenten/\(id).json"))
            return ((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["format"] as? String, format)
        }
        for (found, expected) in formats { #expect(found == expected) }

        let links = try LinkChecker.check(root.appendingPathComponent("Output"))
        #expect(links.problems.isEmpty, "\(links.problems)")
        // Every search result lands on an anchor that the kind's own template (motie.md …) renders.
        let results = try LinkChecker.checkSearchIndex(root.appendingPathComponent("Output"))
        #expect(results.checked > 100)
        #expect(results.problems.isEmpty, "\(results.problems)")
    }

    @Test("the motie's page sets its considerations and dictum apart and names its indiener")
    func motiePage() throws {
        let (root, _) = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let html = try page(root, "documenten/kst-21501-02-3121/index.html")
        let considerans = try #require(section(of: html, class: "motie-overwegingen"))
        let dictum = try #require(section(of: html, class: "motie-dictum"))
        #expect(considerans.components(separatedBy: "<p>").count - 1 == 3)
        #expect(considerans.contains("constaterende dat Israël meer gebied in het zuiden van Gaza wil innemen en Rafah wil ontruimen;"))
        #expect(dictum.contains("verzoekt de regering Israël op te roepen tot onmiddellijke toelating van humanitaire hulp"))
        #expect(dictum.contains("en gaat over tot de orde van de dag."))
        #expect(html.contains("<h2>Ingediend door</h2>\n<ul>\n<li>Ceder</li>"))
        for furniture in ["kst-21501-02-3121\n", "ISSN", "Tweede Kamer, vergaderjaar", "’s-Gravenhage"] {
            #expect(!html.contains(furniture), "\(furniture)")
        }
    }

    @Test("the memorie van toelichting shows its chapters as an outline that links to them")
    func memoriePage() throws {
        let (root, _) = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let html = try page(root, "documenten/kst-36750-3/index.html")
        #expect(html.contains("<h2>Hoofdstukken</h2>"))
        for chapter in ["I. ALGEMEEN", "1. Inleiding", "2. Hoofdlijnen wetsvoorstel", "3. Financiële gevolgen", "II. ARTIKELSGEWIJS", "Artikel I"] {
            #expect(html.contains(">\(chapter)</a>"), "\(chapter)")
        }
    }

    @Test("each document's dossier page lists it as held by the archive, with what it cites")
    func dossierPages() throws {
        let (root, _) = try site()
        defer { try? FileManager.default.removeItem(at: root) }
        let motie = try page(root, "dossiers/21501-02.html")
        #expect(motie.contains("Raad Algemene Zaken en Raad Buitenlandse Zaken"))
        #expect(motie.contains("../documenten/kst-21501-02-3121/index.html"))
        let letter = try page(root, "dossiers/28844.html")
        // nr. 269 is in the archive; nrs. 261 and 266 are cited by it (its notes 2 and 1).
        #expect(letter.contains("../documenten/kst-28844-269/index.html"))
        for cited in ["kst-28844-261", "kst-28844-266"] { #expect(letter.contains("id=\"\(cited)\""), "\(cited)") }
    }

    @Test("a citation in any form links to the archive's own page for a Kamerstuk read from PDF or XML")
    func crossFormCitations() throws {
        // An official-XML letter of our own that cites the motie (an extref) and the memorie (text only).
        let citing = """
            <?xml version="1.0" encoding="utf-8"?>
            <officiele-publicatie><kamerstuk>
            <kamerstukkop><tekstregel inhoud="vergaderjaar">Vergaderjaar 2024-2025</tekstregel></kamerstukkop>
            <dossier><dossiernummer><dossiernr>21 501-02</dossiernr></dossiernummer><titel>Raad Algemene Zaken en Raad Buitenlandse Zaken</titel></dossier>
            <stuk><stuknr>Nr. <ondernummer>3200</ondernummer></stuknr><titel>BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN</titel>
            <algemeen><vrije-tekst><tekst>
            <al>Den Haag, 1 mei 2025</al>
            <al>Met de motie van het lid Ceder (Kamerstuk <extref doc="kst-21501-02-3121">21 501-02, nr. 3121</extref>) vroeg uw Kamer om inzet.</al>
            <al>Zie ook de memorie van toelichting (Kamerstuk 36750, nr. 3).</al>
            </tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>
            """
        let (root, report) = try site(["brief-uitvoering.xml": citing])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(!report.failed)
        let html = try page(root, "documenten/brief-uitvoering/index.html")
        #expect(html.contains("href=\"../kst-21501-02-3121/index.html\""))
        #expect(html.contains("href=\"../kst-36750-3/index.html\""))
        let dossier = try page(root, "dossiers/21501-02.html")
        #expect(dossier.contains("../documenten/brief-uitvoering/index.html"))
    }

    @Test("the same Kamerstuk as XML and as PDF is a duplicate-kamerstuk warning naming both; the XML is the archive's page")
    func xmlWinsOverPDF() throws {
        // The letter kst-28844-269 as its official XML and as a PDF set from the same text.
        let renamed = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: renamed) }
        let content = renamed.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPaths.fixture("xml/kst-28844-269.xml"), to: content.appendingPathComponent("brief-lobby.xml"))
        try FileManager.default.copyItem(at: TestPaths.fixture("pdf/kst-28844-269.pdf"), to: content.appendingPathComponent("brief-lobby-scan.pdf"))
        var options = BuildOptions(
            content: content.path, templates: TestPaths.packageRoot.appendingPathComponent("Templates").path,
            output: renamed.appendingPathComponent("Output").path, baseURL: nil)
        options.contentDisplay = "Content"
        let second = try SiteBuilder.build(options)
        let warning = try #require(second.diagnostics.first { $0.code == .duplicateKamerstuk })
        #expect(warning.severity == .warning)
        #expect(warning.location.file == "Content/brief-lobby-scan.pdf")
        #expect(warning.message.contains("Content/brief-lobby.xml"))
        #expect(second.wroteOutput && !second.failed)
        let documents = try FileManager.default.contentsOfDirectory(atPath: renamed.appendingPathComponent("Output/documenten").path)
        #expect(documents == ["brief-lobby"])
    }

    @Test("the memorie van toelichting's page on officielebekendmakingen.nl saved as HTML: beside its XML one paper, the XML's; in its place a page of its own with the same notes and Kamerstuk")
    func officialWebPage() throws {
        let page = try TestPaths.fixtureText("variants/ob-mvt.html")
        let (root, report) = try site(["kst-36750-3-pagina.html": page])
        defer { try? FileManager.default.removeItem(at: root) }
        let warning = try #require(report.diagnostics.first { $0.code == .duplicateKamerstuk })
        #expect(warning.location.file == "Content/kst-36750-3-pagina.html" && warning.message.contains("Content/kst-36750-3.xml"))
        #expect(warning.message.contains("(officiele-publicatie is preferred over html)"))
        #expect(report.wroteOutput && !report.failed)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Output/documenten/kst-36750-3-pagina").path))

        // Alone, the web page is the archive's paper: its dossier lists it, its notes are the XML's.
        let alone = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: alone) }
        let content = alone.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try page.write(to: content.appendingPathComponent("kst-36750-3-pagina.html"), atomically: true, encoding: .utf8)
        var options = BuildOptions(
            content: content.path, templates: TestPaths.packageRoot.appendingPathComponent("Templates").path,
            output: alone.appendingPathComponent("Output").path, baseURL: nil)
        options.contentDisplay = "Content"
        let built = try SiteBuilder.build(options)
        #expect(built.wroteOutput && !built.failed && built.diagnostics.isEmpty)
        let html = try String(contentsOf: alone.appendingPathComponent("Output/documenten/kst-36750-3-pagina/index.html"), encoding: .utf8)
        let xmlDocument = try ingestFixture("xml/kst-36750-3.xml")
        for note in xmlDocument.footnotes.filter({ !$0.text.contains("http") }).prefix(3) {
            #expect(html.contains(HTML.escape(String(note.text.prefix(30)))), "note \(note.number)")
        }
        let dossier = try String(contentsOf: alone.appendingPathComponent("Output/dossiers/36750.html"), encoding: .utf8)
        #expect(dossier.contains("kst-36750-3-pagina"))
    }

    /// The HTML inside the first `<div … class="NAME">`, up to its `</div>`.
    private func section(of html: String, class name: String) -> String? {
        guard let start = html.range(of: "class=\"\(name)\">"), let end = html.range(of: "</div>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }
}
