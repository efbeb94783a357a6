import Testing
@testable import KamerArchief

@Suite("CommonMark rendering through libcmark")
struct CommonMarkTests {
    @Test("raw HTML written in a template is omitted, because libcmark renders in safe mode")
    func safeMode() {
        let html = CommonMark.render("Hallo <script>alert(1)</script>\n\n<div onclick=\"x()\">blok</div>\n", links: LinkTable())
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test("HTML escaping replaces the five characters Mustache replaces, byte for byte, and keeps other text as it is")
    func htmlEscaping() {
        func reference(_ text: String) -> String {
            var result = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": result += "&amp;"
                case "<": result += "&lt;"
                case ">": result += "&gt;"
                case "\"": result += "&quot;"
                case "'": result += "&#39;"
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result
        }
        let pieces = ["a", "&", "<", ">", "\"", "'", "é", "e\u{301}", "<\u{338}", " ", "😀", "=", "?", "\u{0}"]
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Array(HTML.escape(text).utf8) == Array(reference(text).utf8), "\(text.debugDescription)")
            var appended = Array("<x>".utf8)
            HTML.appendEscaped(text, to: &appended)
            #expect(appended == Array(("<x>" + reference(text)).utf8), "\(text.debugDescription)")
        }
        #expect(HTML.escape("\"Tom & Jerry's <b>\"") == "&quot;Tom &amp; Jerry&#39;s &lt;b&gt;&quot;")
        // One character to replace anywhere in text without others, which is passed over sixteen
        // bytes at a time.
        for length in 0..<48 {
            let filler = (0..<length).map { _ in ["a", "Z", " ", "é", "=", "€"].randomElement(using: &generator)! }
            #expect(HTML.escape(filler.joined()) == filler.joined())
            for position in 0...length {
                var parts = filler
                parts.insert(["&", "<", ">", "\"", "'"].randomElement(using: &generator)!, at: position)
                #expect(HTML.escape(parts.joined()) == reference(parts.joined()), "\(parts.joined().debugDescription)")
            }
        }
    }

    @Test("a javascript: link in a template is rendered without its address")
    func javascriptLinks() {
        let html = CommonMark.render("[klik](javascript:alert(1))\n", links: LinkTable())
        #expect(!html.contains("javascript:"))
    }

    @Test("hostile source text escaped for a template renders as visible text only", arguments: [
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)>",
        "[klik](javascript:alert(1))",
        "**vet** _schuin_ `code` # kop",
        "1. geen lijst",
        "    geen codeblok",
        "```\nfence\n```",
        "<!-- commentaar -->",
        "&amp; &lt;b&gt;",
        "| a | b |",
        "[3](ka:ref/3) [x](ka:link/0) [](ka:anchor/evil)",
    ])
    func escapedValues(value: String) {
        let links = LinkTable()
        _ = links.destination("https://example.org/")
        let html = CommonMark.render("Tekst: " + MarkdownEscaping.escape(value) + "\n", links: links)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<a "))
        #expect(!html.contains("<em>") && !html.contains("<strong>") && !html.contains("<code>"))
        #expect(!html.contains("<h1") && !html.contains("<ol") && !html.contains("<pre") && !html.contains("<sup"))
        #expect(!html.contains("<span"))
        #expect(html.hasPrefix("<p>Tekst: "))
    }

    @Test("a footnote reference becomes a doc-noteref link and its note links back")
    func footnotes() {
        let markdown = "Tekst[3](ka:ref/3) en nog eens[3](ka:ref/3).\n\n```footnotes\n3: De noot.\n4: Zonder verwijzing.\n```\n"
        let html = CommonMark.render(markdown, links: LinkTable())
        #expect(html.contains("<sup class=\"noteref\"><a id=\"fnref-3\" href=\"#fn-3\" role=\"doc-noteref\""))
        #expect(html.contains("id=\"fnref-3-2\""))
        #expect(html.contains("role=\"doc-endnotes\""))
        #expect(html.contains("<li id=\"fn-3\" value=\"3\">De noot. <a href=\"#fnref-3\" class=\"backlink\" role=\"doc-backlink\""))
        #expect(html.contains("<li id=\"fn-4\" value=\"4\">Zonder verwijzing.</li>"))
    }

    @Test("a table block becomes an HTML table whose cells are inline CommonMark with escaped pipes")
    func tables() {
        let links = LinkTable()
        let markdown = "```table\n| Naam | Waarde |\n| a\\|b | [link](x.html) |\n```\n"
        let html = CommonMark.render(markdown, links: links)
        #expect(html.contains("<th scope=\"col\">Naam</th><th scope=\"col\">Waarde</th>"))
        #expect(html.contains("<td>a|b</td><td><a href=\"x.html\">link</a></td>"))
        // Cells as slices of the block's bytes, cells trimmed by Characters, and a row cut by them.
        let dutch = CommonMark.render("```table\n| Naam | Waarde |\n| één | € *5* |\n| é\\|b | c |\n```\n", links: links)
        #expect(dutch.contains("<tr><td>één</td><td>€ <em>5</em></td></tr>\n<tr><td>é|b</td><td>c</td></tr>"))
    }

    @Test("table cells are cut on bytes exactly where Characters cut them, marks joined to a bar included")
    func tableCells() {
        /// The cells as a walk over Characters finds them: the reference.
        func reference(_ row: String) -> [String] {
            var cells: [String] = [], current = "", escaped = false
            for character in row {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "|" {
                    cells.append(current)
                    current = ""
                    continue
                }
                current.append(character)
            }
            cells.append(current)
            if cells.first?.allSatisfy({ $0 == " " }) == true { cells.removeFirst() }
            if cells.last?.allSatisfy({ $0 == " " }) == true { cells.removeLast() }
            return cells.map { cell in
                var slice = Substring(cell)
                while slice.first == " " { slice.removeFirst() }
                while slice.last == " " { slice.removeLast() }
                return String(slice)
            }
        }
        // Runs of plain bytes longer than a word, for the bytes skipped eight at a time.
        let pieces = ["a", "é", "|", "\\", " ", "\u{301}", "\u{600}", "één", "\\|", "plain text", "abcdefg"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4_000 {
            let row = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var bytes = row
            let cells = bytes.withUTF8 { bytes in
                TableSyntax.cells(of: bytes).map { cell in
                    switch cell {
                    case .bytes(let range): String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                    case .text(let text): text
                    }
                }
            }
            #expect(cells == reference(row), "\(row.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("eight bytes at a time, a byte counts as plain text exactly when it does alone, whatever its neighbours")
    func plainBytesEightAtATime() {
        var generator = SeededGenerator(seed: 8)
        var wrong: [(word: [UInt8], index: Int)] = []
        for byte in 0...255 {
            for position in 0..<8 {
                var bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
                bytes[position] = UInt8(byte)
                let others = CommonMark.nonPlainBytes(bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) })
                for (index, value) in bytes.enumerated() where (others >> (8 * UInt64(index) + 7)) & 1 == (CommonMark.isPlainText(value) ? 1 : 0) {
                    wrong.append((bytes, index))
                }
                #expect(others & ~(0x8080_8080_8080_8080 as UInt64) == 0)
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
    }

    @Test("a cell of plain text and escaped punctuation gets the HTML libcmark gives it, and any other cell goes to libcmark")
    func plainCells() {
        let pieces = ["a", "Z", "7", " ", "  ", "é", "\u{00A0}", "😀", "\u{2028}", "\t", "\\", "*", "&", "&amp;", "<b>", "[x](y)", "`", "\n", "#", "1."]
            + (0x21...0x7E).filter { !(0x30...0x39).contains($0) && !(0x41...0x5A).contains($0) && !(0x61...0x7A).contains($0) }
                .map { "\\" + String(UnicodeScalar(UInt8($0))) }
        var generator = SeededGenerator(seed: 23)
        var plain = 0
        for _ in 0..<3_000 {
            let cell = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            guard let html = CommonMark.plainHTML(cell) else { continue }
            plain += 1
            #expect(html == CommonMark.parsedInline(cell, links: LinkTable()), "\(cell.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(plain > 300)
        // Every escaped ASCII punctuation character, and text that is not plain.
        for byte in 0x21...0x7E where CommonMark.plainHTML("\\" + String(UnicodeScalar(UInt8(byte)))) != nil {
            let cell = "x \\" + String(UnicodeScalar(UInt8(byte))) + " y"
            #expect(CommonMark.plainHTML(cell) == CommonMark.parsedInline(cell, links: LinkTable()))
        }
        for cell in ["*a*", "a\\b", " a", "a ", "\\", "a\tb", "[x](y)", "\\é"] { #expect(CommonMark.plainHTML(cell) == nil) }
    }

    @Test("a run of plain text ends at its first byte that is not plain, wherever that is among the sixteen- and eight-byte checks")
    func plainRuns() {
        var generator = SeededGenerator(seed: 31)
        let ends: [UInt8] = [0x00, 0x0A, 0x1F, 0x21, 0x2E, 0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7F]
        for length in 0..<48 {
            let filler = Array((0..<length).map { _ in ["a", "Z", "7", "0", "9", " ", "é", "€"].randomElement(using: &generator)! }.joined().utf8)
            filler.withUnsafeBufferPointer { #expect(CommonMark.plainRun($0, from: 0) == filler.count) }
            for end in ends {
                var bytes = filler
                let at = Int.random(in: 0...bytes.count, using: &generator), from = Int.random(in: 0...at, using: &generator)
                bytes.insert(end, at: at)
                bytes.withUnsafeBufferPointer { #expect(CommonMark.plainRun($0, from: from) == at, "\(bytes) from \(from)") }
            }
        }
    }

    @Test("a cell or note of plain text and the renderer's links gets the HTML libcmark and the link forms give it; anything else goes to libcmark")
    func inlineCells() {
        let links = LinkTable()
        _ = links.destination("https://example.org/?a=1&b=\"2\"", cssClass: "citation")
        _ = links.destination("../../dossiers/29826.html#kst-29826-592")
        let plainPieces = ["a", "Z", "7", " ", "é", "\\.", "\\-", "\\&", "\\<", "\\\"", "\\[", "\\]", "\\(", "\\)", "\\\\", "\\!"]
        let syntax = ["[", "]", "(", ")", "!", "*", "\\", "&", "<b>", " ", "\n"]
        let destinations = ["(ka:link/0)", "(ka:link/1)", "(ka:link/9)", "(ka:link/x)", "(ka:em)", "(ka:anchor/p\\-3)", "(ka:anchor/a.b)",
                            "(ka:ref/2)", "(ka:other)", "(pijler\\-1\\.html)", "(pijler-2.html#p-4)", "(../a_b/c)", "(a:b)", "(javascript:x)",
                            "(a b)", "(<a>)", "(a \"t\")", "()", "(a\\(b)", "(\\a)", "(a%20b)", "(a&b)"]
        var generator = SeededGenerator(seed: 29)
        var fast = 0, linked = 0
        for _ in 0..<4_000 {
            var cell = ""
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                switch Int.random(in: 0..<10, using: &generator) {
                case 0..<5: cell += plainPieces.randomElement(using: &generator)!
                case 5: cell += syntax.randomElement(using: &generator)!
                default:
                    let text = (0..<Int.random(in: 0...3, using: &generator)).map { _ in plainPieces.randomElement(using: &generator)! }.joined()
                    cell += "[" + text + "]" + destinations.randomElement(using: &generator)!
                }
            }
            guard let html = CommonMark.inlineHTML(cell, links: links) else { continue }
            fast += 1
            if cell.contains("](") { linked += 1 }
            #expect(html == CommonMark.parsedInline(cell, links: links), "\(cell)")
        }
        #expect(fast > 1_000 && linked > 300, "\(fast) \(linked)")
        // The forms libcmark must read: note references (counted there), unknown and unsafe
        // destinations, links inside links, unclosed links.
        for cell in ["[1](ka:ref/1)", "[a](ka:link/9)", "[a](javascript:x)", "[a](b c)", "[[a](b)](c)", "[a", "a]", "[a](b", "![a](b)"] {
            #expect(CommonMark.inlineHTML(cell, links: links) == nil, "\(cell)")
        }
        #expect(CommonMark.inlineHTML("[Kamerstuk 29826 nr\\. 592](ka:link/0)\\. [\\(51× aangehaald\\)](ka:link/1)", links: links)
            == "<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" class=\"citation\">Kamerstuk 29826 nr. 592</a>. "
            + "<a href=\"../../dossiers/29826.html#kst-29826-592\">(51× aangehaald)</a>")
    }

    @Test("a link-table link gets its address and class from the page's table, attribute-escaped")
    func linkTable() {
        let links = LinkTable()
        let destination = links.destination("https://example.org/?a=1&b=\"2\"", cssClass: "citation")
        let html = CommonMark.render("[Kamerstuk](\(destination))\n", links: links)
        #expect(html == "<p><a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" class=\"citation\">Kamerstuk</a></p>\n")
    }

    @Test("a div block wraps rendered CommonMark with an id and classes")
    func divs() {
        let html = CommonMark.render("````div #zoek results wide\n```div column\n*x*\n```\n````\n", links: LinkTable())
        #expect(html.contains("<div id=\"zoek\" class=\"results wide\">"))
        #expect(html.contains("<div class=\"column\">\n<p><em>x</em></p>\n</div>"))
        // Words are split and told apart by Characters: a mark joins the `#` or the space before it.
        #expect(CommonMark.render("```div #\u{301}x y  #z\n```\n", links: LinkTable()) == "<div id=\"z\" class=\"#\u{301}x y\">\n</div>\n")
        #expect(CommonMark.render("```div \u{600} #a b\n```\n", links: LinkTable()) == "<div class=\"\u{600} #a b\">\n</div>\n")
        #expect(CommonMark.render("```div a \u{301}b\n```\n", links: LinkTable()) == "<div class=\"a \u{301}b\">\n</div>\n")
    }

    @Test("a div's blocks render in place as they would on their own: lists, empty divs, divs in list items, notes counted across")
    func divBlocks() {
        let markdown = "Tekst[1](ka:ref/1)\n\n````div #a b\n- een\n- twee[1](ka:ref/1)\n\n```div c\n```\n````\n\n"
            + "- punt\n  ```div d\n  alinea[1](ka:ref/1)\n  ```\n- laatste\n"
        // Notes are counted in the order the links are rewritten: the page's own first, then each
        // div's, in document order.
        let noteRef = { (occurrence: Int) in
            "<sup class=\"noteref\"><a id=\"\(Permalinks.noteRefAnchor(1, occurrence: occurrence))\" href=\"#\(Permalinks.footnoteAnchor(1))\" "
                + "role=\"doc-noteref\" aria-label=\"Voetnoot 1\">1</a></sup>"
        }
        let html = CommonMark.render(markdown, links: LinkTable())
        #expect(html == "<p>Tekst\(noteRef(1))</p>\n<div id=\"a\" class=\"b\">\n<ul>\n<li>een</li>\n<li>twee\(noteRef(2))</li>\n</ul>\n"
            + "<div class=\"c\">\n</div>\n</div>\n<ul>\n<li>punt\n<div class=\"d\">\n<p>alinea\(noteRef(3))</p>\n</div>\n</li>\n<li>laatste</li>\n</ul>\n")
    }

    @Test("a div of one-line paragraphs of plain text, template punctuation and the renderer's links gets the HTML libcmark gives it; anything else goes to libcmark")
    func divParagraphs() {
        let links = LinkTable()
        _ = links.destination("https://example.org/?a=1&b=\"2\"", cssClass: "citation")
        let words = ["a", "Z", "7", "12", " ", "é", "←", "→", "\\.", "\\&", "\\<", "\\[", "\\*"]
        let punctuation = (0x21...0x7E).filter { !(0x30...0x39).contains($0) && !(0x41...0x5A).contains($0) && !(0x61...0x7A).contains($0) }
            .map { String(UnicodeScalar(UInt8($0))) }
        let destinations = ["(ka:link/0)", "(ka:link/9)", "(ka:ref/1)", "(pijler-1-actie-3.html)", "(../a_b/c#p-4)", "(a b)", "(javascript:x)"]
        let blanks = ["", " ", "\t", "  \t "]
        var generator = SeededGenerator(seed: 31)
        var fast = 0, withPunctuation = 0
        for _ in 0..<4_000 {
            var lines: [String] = []
            // Whether a line holds a template's unescaped punctuation.
            var literal = false
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                var line = ""
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    switch Int.random(in: 0..<10, using: &generator) {
                    case 0..<5: line += words.randomElement(using: &generator)!
                    case 5..<8:
                        line += punctuation.randomElement(using: &generator)!
                        literal = true
                    default:
                        let text = (0..<Int.random(in: 0...3, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined()
                        line += "[" + text + "]" + destinations.randomElement(using: &generator)!
                    }
                }
                lines.append(line)
                // Mostly a blank line between paragraphs, sometimes none (a paragraph of two lines).
                if Int.random(in: 0..<5, using: &generator) > 0 { lines.append(blanks.randomElement(using: &generator)!) }
            }
            let content = lines.joined(separator: "\n") + "\n"
            let block = CommonMark.render("```div pager\n" + content + "```\n", links: links)
            let inPlace = "<div class=\"pager\">\n" + CommonMark.render(content, links: links) + "</div>\n"
            #expect(block == inPlace, "\(content.debugDescription)")
            guard let html = CommonMark.divParagraphsHTML(content, links: links) else { continue }
            fast += 1
            if literal { withPunctuation += 1 }
            #expect(html == CommonMark.render(content, links: links), "\(content.debugDescription)")
        }
        #expect(fast > 500 && withPunctuation > 100, "\(fast) \(withPunctuation)")
        // Lines that open another block, or that libcmark must read.
        for content in ["# a\n", "1. a\n", "12) a\n", "a\nb\n", " a\n", "a \n", "=a\n", "a *b*\n", "a!\n", "a & b\n", "[1](ka:ref/1)\n", "-- a\n",
                        "\u{FEFF}a\n"] {
            #expect(CommonMark.divParagraphsHTML(content, links: links) == nil, "\(content)")
        }
        // libcmark drops a byte order mark at the start of the div's content, as at a document's.
        #expect(CommonMark.render("```div x\n\u{FEFF}a\n```\n", links: links) == "<div class=\"x\">\n<p>a</p>\n</div>\n")
        #expect(CommonMark.divParagraphsHTML("[← Vorige actie: a (b) \"c\" > d](pijler-1.html)\n\na 1.5 x. 2) y\n", links: links)
            == "<p><a href=\"pijler-1.html\">← Vorige actie: a (b) &quot;c&quot; &gt; d</a></p>\n<p>a 1.5 x. 2) y</p>\n")
    }

    @Test("a footnotes block read on its bytes gives each note as its line read by Characters does: cut at the colon, trimmed of spaces, marks and signs included")
    func footnoteLines() {
        let links = LinkTable()
        let pieces = ["1", "12", "-3", "+4", "x", ":", " ", "  ", "\t", "\u{301}", "\u{600}", "é", "a", "\\.", "[a](b.html)", "*b*"]
        func reference(_ literal: String) -> String {
            var html = "<section class=\"footnotes\" role=\"doc-endnotes\" aria-label=\"Voetnoten\">\n<ol>\n"
            for line in literal.split(separator: "\n", omittingEmptySubsequences: false) {
                guard let colon = line.firstIndex(of: ":"), let number = Int(line[..<colon]) else { continue }
                var note = line[line.index(after: colon)...]
                while note.first == " " { note.removeFirst() }
                while note.last == " " { note.removeLast() }
                // A note's HTML as a table cell's: the renderer's own reading where it takes the
                // text, libcmark's otherwise.
                let inline = CommonMark.inlineHTML(String(note), links: links) ?? CommonMark.parsedInline(String(note), links: links)
                html += "<li id=\"fn-\(number)\" value=\"\(number)\">" + inline + "</li>\n"
            }
            return html + "</ol>\n</section>\n"
        }
        var generator = SeededGenerator(seed: 37)
        var notes = 0
        for _ in 0..<2_000 {
            let lines = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                let head = Int.random(in: 0..<4, using: &generator) == 0 ? "" : "\(Int.random(in: 1...20, using: &generator)):"
                return head + (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let literal = lines.joined(separator: "\n") + "\n"
            let html = CommonMark.render("```footnotes\n" + literal + "```\n", links: links)
            #expect(html == reference(literal), "\(literal.debugDescription)")
            notes += html.components(separatedBy: "<li ").count - 1
        }
        #expect(notes > 2_000)
    }

    @Test("an anchor form becomes an empty span with that id")
    func anchors() {
        let html = CommonMark.render("## [](ka:anchor/essentie-voorstel)Essentie\n", links: LinkTable())
        #expect(html == "<h2><span id=\"essentie-voorstel\"></span>Essentie</h2>\n")
    }
}

@Suite("Paragraph markup from structured sources")
struct StructuredParagraphTests {
    private func render(_ paragraph: Paragraph) -> String {
        let links = LinkTable()
        let archive = Archive(documents: [], kamerstukken: [], dossiers: [])
        let inline = InlineMarkdown(archive: archive, page: "documenten/x/index.html", links: links)
        return CommonMark.render(inline.paragraph(paragraph) + "\n", links: links)
    }

    @Test("emphasis the source marks is rendered as <em>, around punctuation too, and its text stays escaped")
    func emphasis() {
        let text = "Zie (de wet) en <b>niet</b> dit."
        let paragraph = Paragraph(
            text: text, location: SourceLocation(file: "Content/x.xml", line: 3),
            emphasis: [TextRange(offset: 4, length: 8), TextRange(offset: 16, length: 11)])
        let html = render(paragraph)
        #expect(html.contains("Zie <em>(de wet)</em> en <em>&lt;b&gt;niet&lt;/b&gt;</em> dit."))
        #expect(!html.contains("<b>"))
    }

    @Test("offsets count Unicode scalars: markers, emphasis and their text land right after letters beyond ASCII")
    func scalarOffsets() {
        // "één" is 3 scalars and 5 bytes; "🔋" is 1 scalar and 4 bytes.
        let text = "Het één\tstuk 🔋 van café_x."
        let paragraph = Paragraph(
            text: text, location: SourceLocation(file: "Content/x.xml", line: 3),
            noteRefs: [NoteRef(footnote: 2, offset: 7, location: SourceLocation(file: "Content/x.xml", line: 3))],
            emphasis: [TextRange(offset: 4, length: 3), TextRange(offset: 7, length: 1), TextRange(offset: 13, length: 1), TextRange(offset: 19, length: 6)])
        let links = LinkTable()
        let inline = InlineMarkdown(archive: Archive(documents: [], kamerstukken: [], dossiers: []), page: "documenten/x/index.html", links: links)
        let markdown = inline.body(paragraph)
        #expect(markdown.hasSuffix("Het [één](ka:em)[2](ka:ref/2) stuk [🔋](ka:em) van [café\\_x](ka:em)\\."))
    }

    @Test("a source table is rendered as an HTML table with escaped cells and its caption before it")
    func table() {
        let table = Table(rows: [["Jaar", "Bedrag"], ["2024", "€ 5 | mln"], ["2025", ""]], headerRows: 1)
        let paragraph = Paragraph(text: "Tabel 1 Budget", location: SourceLocation(file: "Content/x.xml", line: 9), table: table)
        let html = render(paragraph)
        #expect(html.contains("Tabel 1 Budget"))
        #expect(html.contains("<th scope=\"col\">Jaar</th><th scope=\"col\">Bedrag</th>"))
        #expect(html.contains("<td>2024</td><td>€ 5 | mln</td>"))
        #expect(html.contains("<tr><td>2025</td><td>\u{00A0}</td></tr>"))
    }
}

private extension CommonMark {
    /// The inline HTML `appendInlineHTML` writes for `markdown` without links; nil when it is not
    /// text that reader takes.
    static func plainHTML(_ markdown: String) -> String? {
        var markdown = markdown, html: [UInt8] = []
        return markdown.withUTF8 { appendInlineHTML(utf8: $0, to: &html, link: nil) } ? String(decoding: html, as: UTF8.self) : nil
    }

    /// The same with the links the page renderer writes in notes and cells (`inlineLinkMarkup`).
    static func inlineHTML(_ markdown: String, links: LinkTable) -> String? {
        var markdown = markdown, html: [UInt8] = []
        let state = RenderState(links: links)
        return markdown.withUTF8 { appendInlineHTML(utf8: $0, to: &html, link: state.inlineLinkMarkup) } ? String(decoding: html, as: UTF8.self) : nil
    }

    /// Inline CommonMark (a table cell, a note) as HTML without the wrapping paragraph, always
    /// parsed by libcmark: what the readers above must agree with.
    static func parsedInline(_ markdown: String, links: LinkTable) -> String {
        RenderState(links: links).parsedInline(markdown)
    }

    /// The HTML of a `div` block's content made without libcmark (`RenderState.divParagraphsHTML`);
    /// nil when the content goes to libcmark.
    static func divParagraphsHTML(_ content: String, links: LinkTable) -> String? {
        var content = content
        return content.withUTF8 { RenderState(links: links).divParagraphsHTML($0) }.map { String(decoding: $0, as: UTF8.self) }
    }
}
