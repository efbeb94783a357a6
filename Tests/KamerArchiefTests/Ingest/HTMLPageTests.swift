import Foundation
import Testing
@testable import KamerArchief

/// Web pages saved as HTML: read into the text their reader sees, in the form of the page dumps
/// the readers know, so that each site's page gives the document its dump gives.
@Suite("Web pages saved as HTML")
struct HTMLPageTests {
    @Test("officielebekendmakingen.nl's page of a letter: the document its saved text gives, with the page's notes and without its header, menus and footer")
    func officialPage() throws {
        let html = try ingestFixture("variants/pagina-ob-brief.html")
        let text = try ingestFixture("variants/pagina-ob-brief.txt")
        #expect(html.format == .webPage && text.format == .pageDump)
        #expect(html.kind == text.kind && html.title == text.title && html.date == text.date)
        #expect(html.metadata.kamerstuk == KamerstukNumber(dossier: "32813", ondernummer: "1520"))
        #expect(html.metadata.dossierTitle == text.metadata.dossierTitle)
        #expect(html.metadata.ondertekening == text.metadata.ondertekening)
        #expect(html.metadata.fields.map(\.value) == text.metadata.fields.map(\.value))
        #expect(html.sections.map(\.title) == text.sections.map(\.title))
        #expect(html.allParagraphs.map(\.text) == text.allParagraphs.map(\.text))
        // The page's notes (`div.voet.noot`, a heading `X Noot` above each) are the document's,
        // each marker (`<sup>`) on the sentence it ends.
        #expect(html.footnotes.map(\.number) == [1, 2])
        #expect(html.footnotes.map(\.text) == ["Kamerstuk 32 813, nr. 1502.", "Zie netbeheernederland.nl."])
        #expect(html.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1, 2])
        #expect(html.footnotes.flatMap(\.citations).map(\.kamerstuk) == [KamerstukNumber(dossier: "32813", ondernummer: "1502")])
    }

    @Test("a mirror's page of a motie: the same motie as its dump, the pandoc note list read as the dump's")
    func mirrorPage() throws {
        let html = try ingestFixture("variants/pagina-motie.html")
        let text = try ingestFixture("variants/pagina-motie.txt")
        #expect(html.kind == .motie && html.format == .webPage)
        #expect(html.title == text.title && html.date == text.date)
        // The same but for the places in the file.
        var metadata = html.metadata
        metadata.related = text.metadata.related
        #expect(metadata == text.metadata && html.metadata.related.map(\.value) == text.metadata.related.map(\.value))
        #expect(html.sections.map(\.title) == text.sections.map(\.title) && html.sections.map(\.role) == text.sections.map(\.role))
        #expect(html.allParagraphs.map(\.text) == text.allParagraphs.map(\.text))
        #expect(html.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1])
        #expect(html.footnotes.map(\.text) == ["COM(2025) 123"] && html.footnotes.map(\.text) == text.footnotes.map(\.text))
    }

    @Test("two real Kamerstukken on officielebekendmakingen.nl's pages (a letter, a memorie van toelichting): the documents of their mirrored dumps, every note on its marker")
    func realPapersOnOfficialPages() throws {
        for (page, dump, notes) in [("ob-brief-integriteit", "pagina-brief-integriteit", 15), ("ob-mvt", "pagina-mvt", 19)] {
            let file = try ContentFile(path: "Content/\(page).html", stem: page, bytes: fixtureBytes("variants/\(page).html"))
            let (read, diagnostics) = Ingester.ingest(file)
            let html = try #require(read)
            let text = try ingestFixture("variants/\(dump).txt")
            #expect(diagnostics.isEmpty, "\(page): \(diagnostics)")
            // The title is the paper's heading here, the mirror's own line there.
            #expect(html.kind == text.kind && html.date == text.date, "\(page)")
            #expect(html.metadata.kamerstuk == text.metadata.kamerstuk && html.metadata.ondertekening == text.metadata.ondertekening)
            #expect(html.sections.map(\.title) == text.sections.map(\.title) && html.allSections.count == text.allSections.count)
            #expect(html.allParagraphs.map(\.text) == text.allParagraphs.map(\.text), "\(page)")
            #expect(html.footnotes.count == notes && html.footnotes.map(\.text) == text.footnotes.map(\.text))
            #expect(html.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == Array(1...notes))
        }
        // The letter's head as the site shows it: dated by its `Den Haag` line, signed by its minister.
        let letter = try ingestFixture("variants/ob-brief-integriteit.html")
        #expect(letter.kind == .kamerbrief && letter.date == "2023-07-07")
        #expect(letter.title == "Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties")
        #expect(letter.metadata.ondertekening.map(\.naam) == ["H.G.J. Bruins Slot"])
        #expect(letter.footnotes.flatMap(\.citations).contains { $0.text.contains("28 844, nr. 266") })
    }

    @Test("officielebekendmakingen.nl's page of an item of the Handelingen: the debate of its saved text, its facts' table read in columns, each turn's speaker in bold")
    func debatePage() throws {
        let html = try ingestFixture("variants/handeling-ob.html")
        let text = try ingestFixture("variants/handeling-ob.txt")
        #expect(html.kind == .verslag && html.title == text.title && html.date == "2026-03-12")
        #expect(html.metadata.fields.map(\.value) == text.metadata.fields.map(\.value))
        #expect(html.metadata.fields.first?.value == "Handelingen II 2025/26, nr. 58, item 9")
        #expect(html.sections.map(\.title) == text.sections.map(\.title))
        #expect(html.allParagraphs.map(\.text) == text.allParagraphs.map(\.text))
        // The page's own dash labels its list where the saved text shows a bullet; the share links go.
        #expect(html.allParagraphs.compactMap(\.listLabel) == ["-", "-"] && text.allParagraphs.compactMap(\.listLabel) == ["•", "•"])
        #expect(!html.allParagraphs.contains { $0.text.contains("Twitter") || $0.text == "Deel deze pagina" })
        // Without the facts' table, the page's identifier names the item.
        let bare = try TestPaths.fixtureText("variants/handeling-ob.html")
            .replacingOccurrences(of: "<td>nr. 58, item 9</td>", with: "<td></td>")
        let read = try #require(Ingester.ingest(ContentFile(path: "Content/h.html", stem: "h", bytes: Array(bare.utf8))).document)
        #expect(read.metadata.fields.first { $0.label == HandelingenItem.fieldLabel }?.value == "Handelingen II 2025/26, nr. 58, item 9")
    }

    @Test("what the page's metadata add where its text is silent: the Kamerstuk of DC.identifier, the date of DCTERMS.issued")
    func metadataFillGaps() throws {
        let html = """
            <html><head><meta name="DC.identifier" content="kst-32813-1530"><meta name="DCTERMS.issued" content="2026-04-02T09:00:00">
            </head><body><h1>Kamerbrief over thuisbatterijen</h1><p>Geachte voorzitter,</p>
            <p>Met deze brief informeer ik u over de norm voor thuisbatterijen.</p></body></html>
            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/brief.html", stem: "brief", bytes: Array(html.utf8))).document)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "32813", ondernummer: "1530"))
        #expect(document.date == "2026-04-02")
        // The text's own date wins over the page's.
        let dated = try #require(Ingester.ingest(try ContentFile(path: "Content/pagina-ob-brief.html", stem: "pagina-ob-brief", bytes: fixtureBytes("variants/pagina-ob-brief.html"))).document)
        #expect(dated.date == "2026-03-04")
    }

    @Test("a web page is known by its name or by its first bytes, after a browser's comment; a page without text is skipped with a warning")
    func detection() throws {
        let page = Array("<!-- saved from url=(0040)https://zoek.officielebekendmakingen.nl/ -->\n<!DOCTYPE html><html><body><p>x</p></body></html>".utf8)
        #expect(HTMLPage.isHTML(page, path: "Content/a.txt"))
        #expect(HTMLPage.isHTML(Array("<p>x</p>".utf8), path: "Content/a.htm"))
        #expect(HTMLPage.isHTML(Array("\u{FEFF}  <HTML lang=nl>".utf8), path: "Content/a"))
        #expect(!HTMLPage.isHTML(Array("Fiche 10: <b>".utf8), path: "Content/a.txt"))
        #expect(!HTMLPage.isHTML(Array("<!-- open".utf8), path: "Content/a.txt"))

        let shell = "<!DOCTYPE html><html><head><title>App</title><script>render()</script></head><body><div id=\"app\"></div></body></html>"
        let (document, diagnostics) = Ingester.ingest(ContentFile(path: "Content/app.html", stem: "app", bytes: Array(shell.utf8)))
        #expect(document == nil)
        #expect(diagnostics.map(\.code) == [.emptyFile])
        #expect(diagnostics.first?.severity == .warning && diagnostics.first?.message.contains("script") == true)
    }

    @Test("the text the reader reads, as `parse --text` prints it: a web page's as a page dump, none for official XML")
    func readableText() throws {
        let page = try ContentFile(path: "Content/p.html", stem: "p", bytes: fixtureBytes("variants/pagina-ob-brief.html"))
        let text = try #require(Ingester.readableText(of: page).text)
        #expect(text.hasPrefix("Kamerstuk\n\nDatum publicatie   Organisatie"))
        #expect(text.contains("\n\nNr. 1520 BRIEF VAN DE MINISTER VAN KLIMAAT EN GROENE GROEI\n\n"))
        #expect(text.hasSuffix("\n\n  2. Zie netbeheernederland.nl.↩︎"))
        #expect(!text.contains("Ga direct naar inhoud") && !text.contains("Over deze site") && !text.contains("dataLayer"))
        let xml = try ContentFile(path: "Content/k.xml", stem: "k", bytes: fixtureBytes("xml/kst-28844-269.xml"))
        #expect(Ingester.readableText(of: xml).text == nil)
    }
}

/// The text of a page as `HTMLPageText` writes it.
private func pageText(_ html: String) -> String { HTMLPage.read(Array(html.utf8)).text }


@Suite("A web page's text")
struct HTMLPageTextTests {
    @Test("blocks a paragraph apart, white space collapsed, a line break kept, entities and no-break spaces as a reader sees them")
    func blocks() {
        let text = pageText("""
            <body><h1>Titel</h1><p>Een   alinea
              over  twee regels.</p><div>Een blok <em>met</em> nadruk</div><p>Regel één<br>regel&nbsp;twee&#8203;</p>
            <p>soft&shy;hyphen &amp; &lt;tag&gt;</p><pre>  a   b
            c</pre></body>
            """)
        #expect(text == "Titel\n\nEen alinea over twee regels.\n\nEen blok met nadruk\n\nRegel één\nregel twee\n\nsofthyphen & <tag>\n\na   b\nc")
    }

    @Test("lists as the dumps print them: a tight list's items on consecutive lines, numbers from start and type, an item's own label kept, nested items indented")
    func lists() {
        #expect(pageText("<ul><li>een</li><li>twee</li></ul><p>na</p>") == "  - een\n  - twee\n\nna")
        #expect(pageText("<ol start=\"3\" type=\"a\"><li>c</li><li>d</li></ol>") == "  c. c\n  d. d")
        #expect(pageText("<ol><li><p>Algemene gegevens</p></li></ol><ol><li><p>Titel voorstel</p></li></ol>") == "  1. Algemene gegevens\n\n  1. Titel voorstel")
        #expect(pageText("<ul class=\"expliciet\"><li><p><span>a.</span> eerste;</p></li><li><p>b. tweede.</p></li></ul>") == "  a. eerste;\n  b. tweede.")
        #expect(pageText("<ol><li>boven<ul><li>onder</li></ul></li><li>weer boven</li></ol>") == "  1. boven\n\n    - onder\n\n  2. weer boven")
        #expect(pageText("<ol type=\"I\" start=\"4\"><li>vier</li></ol>") == "  IV. vier")
    }

    @Test("a table of data as rows of aligned cells three spaces apart; a table that lays out a page as its cells' blocks")
    func tables() {
        let data = pageText("<table><tr><th>Jaar</th><th>Aantal</th></tr><tr><td>2024</td><td>12</td></tr><tr><td>2025</td><td>1.200</td></tr></table><p>Na</p>")
        #expect(data == "Jaar   Aantal\n2024   12\n2025   1.200\n\nNa")
        let layout = pageText("<table><tr><td><p>Eerste alinea.</p><p>Tweede alinea.</p></td><td>Zijbalk</td></tr></table>")
        #expect(layout == "Eerste alinea.\n\nTweede alinea.\n\nZijbalk")
    }

    @Test("what a reader does not see is left out: scripts, styles, menus, controls, hidden parts; with a main part, only it")
    func hidden() {
        let text = pageText("""
            <html><head><title>T</title><style>p{}</style></head><body><script>var a = "<p>x</p>";</script>
            <nav><a href="/">Home</a></nav><div hidden>verborgen</div><div aria-hidden="true">ook</div>
            <p style="display: none">weg</p><div role="navigation">menu</div><button>Zoek</button><p>Zichtbaar</p></body></html>
            """)
        #expect(text == "Zichtbaar")
        #expect(pageText("<body><header>Kop van de site</header><main><p>Inhoud</p></main><footer>Voet</footer></body>") == "Inhoud")
        #expect(pageText("<body><div>Kop</div><div role=\"main\"><p>Inhoud</p></div></body>") == "Inhoud")
    }

    @Test("notes: each as a pandoc note at the end of the text, numbered by its list item or its text, a note inside a paragraph leaving the paragraph whole")
    func notes() {
        let inline = pageText("""
            <div><p>Een zin<sup>1</sup><span class="noot">1 Kamerstuk 32 813, nr. 1490.</span> loopt door.</p><p>Volgende.</p></div><p>Daarna.</p>
            """)
        #expect(inline == "Een zin1 loopt door.\n\nVolgende.\n\nDaarna.\n\n  1. Kamerstuk 32 813, nr. 1490.↩︎")
        let pandoc = pageText("""
            <p>Tekst<a href="#fn1" role="doc-noteref"><sup>1</sup></a>.</p><section class="footnotes" role="doc-endnotes"><hr><ol>
            <li id="fn1" role="doc-endnote"><p>Eerste noot.<a href="#fnref1" role="doc-backlink">↩︎</a></p></li>
            <li id="fn2" role="doc-endnote"><p>15 procent.<a href="#fnref2" role="doc-backlink">↩︎</a></p></li></ol></section>
            """)
        #expect(pandoc == "Tekst1.\n\n  1. Eerste noot.↩︎\n\n  2. 15 procent.↩︎")
        let official = pageText("""
            <div class="voet noot"><h5><a>X</a> Noot</h5><sup><span class="nootnum">12</span></sup><p>Zie bijlage.</p></div>
            """)
        #expect(official == "  12. Zie bijlage.↩︎")
    }

    @Test("text as UTF-8 whatever the page declares where its bytes are UTF-8, else as the page's charset")
    func encodings() {
        let utf8 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Kröger</p></body></html>"
        #expect(HTMLPage.read(Array(utf8.utf8)).text == "Kröger")
        var latin = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Kr".utf8)
        latin += [0xF6] + Array("ger ".utf8) + [0x80] + Array("</p></body></html>".utf8)
        #expect(HTMLPage.read(latin).text == "Kröger €")
    }
}

@Suite("Web pages on hostile input")
struct HTMLPageHostileTests {
    @Test("markup nested 100,000 deep is read in bounded time, its lists' indentation bounded")
    func deepNesting() {
        let start = Date()
        let divs = pageText("<body>" + String(repeating: "<div>", count: 100_000) + "diep" + String(repeating: "</div>", count: 100_000) + "</body>")
        #expect(divs == "diep")
        let lists = pageText("<body>" + String(repeating: "<ul><li>", count: 20_000) + "diep</body>")
        #expect(lists.hasSuffix("- diep") && lists.count < 40)
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test("an entity a page declares is never loaded: a file it names stays unread")
    func declaredEntity() throws {
        let secret = try CommandRunner.temporaryDirectory().appendingPathComponent("geheim.txt")
        defer { try? FileManager.default.removeItem(at: secret.deletingLastPathComponent()) }
        try "GEHEIME-INHOUD".write(to: secret, atomically: true, encoding: .utf8)
        let page = "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"\(secret.absoluteString)\">]><html><body><p>Inhoud: &xxe;</p>"
            + "<iframe src=\"\(secret.absoluteString)\"></iframe><img src=\"\(secret.absoluteString)\"></body></html>"
        let text = pageText(page)
        // HTML has no entities of its own making: the reference stays as it is written.
        #expect(!text.contains("GEHEIME-INHOUD") && text.contains("Inhoud: &xxe;"))
    }

    /// Random bytes read as Latin-1 gave one such file in thirty, the NUL byte's or not, a letter.
    @Test("bytes that are no page, in a file named as one, are a diagnostic and no crash")
    func garbage() {
        var generator = SeededGenerator(seed: 20_261_208)
        for trial in 0..<120 {
            for size in [1, 100, 10_000] {
                let lowest: UInt8 = trial.isMultiple(of: 2) ? 0 : 1
                let bytes = (0..<size).map { _ in UInt8.random(in: lowest...255, using: &generator) }
                let (document, diagnostics) = Ingester.ingest(ContentFile(path: "Content/x.html", stem: "x", bytes: bytes))
                #expect(document == nil && !diagnostics.isEmpty, "trial \(trial), \(size) bytes")
                if size == 10_000 { #expect(diagnostics.map(\.code) == [.binaryFile], "trial \(trial)") }
            }
        }
        let unclosed = Ingester.ingest(ContentFile(path: "Content/y.html", stem: "y", bytes: Array("<html><body><p>Open <b>tags <i>nergens dicht".utf8)))
        #expect(unclosed.diagnostics.map(\.code) == [.unknownFormat])
    }
}
