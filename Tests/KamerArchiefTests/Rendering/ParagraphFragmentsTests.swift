import Foundation
import Testing
@testable import KamerArchief

@Suite("Paragraph HTML rendered once for the pages that share it")
struct ParagraphFragmentsTests {
    /// A paragraph line as `InlineMarkdown` writes it: its anchor, a citation link (entry 0 of
    /// `links`), emphasis, escaped punctuation and two references to note 2.
    static func paragraphLine(_ links: LinkTable) -> String {
        "[](ka:anchor/p-4)1\\. Zie [Kamerstuk 1](\(links.destination("../../dossiers/1.html#kst-1", cssClass: "citation")))[2](ka:ref/2), "
            + "[met nadruk](ka:em) en 3 \\< 4 \\& \\*niet vet\\*[2](ka:ref/2)\\."
    }

    @Test("a fragment renders as its line does wherever a template puts it, its note references counted on the page", arguments: [
        "{}\n",
        "Ervoor: {} en erna.\n",
        "- {}\n",
        "> {}\n",
        "## {}\n",
        "```div column\n{}\n```\n",
        "```table\n| Kop |\n| {} |\n```\n",
        "*{}*\n",
    ])
    func sameHTMLInEveryContext(template: String) throws {
        let scratch = LinkTable()
        let line = Self.paragraphLine(scratch)
        let fragment = try #require(CommonMark.fragment(line, links: scratch))
        #expect(fragment.refs == [2, 2])
        #expect(fragment.cuts.count == 2)
        // A reference before the paragraph, so that its two are the note's second and third.
        func page(_ text: String) -> String {
            "Eerder[2](ka:ref/2).\n\n" + template.replacingOccurrences(of: "{}", with: text) + "\n```footnotes\n2: De noot.\n```\n"
        }
        let direct = CommonMark.render(page(line), links: scratch)
        let pageLinks = LinkTable()
        let viaFragment = CommonMark.render(page("[](\(pageLinks.destination(of: fragment)))"), links: pageLinks)
        #expect(viaFragment == direct)
        #expect(direct.contains("id=\"fnref-2-3\""))
    }

    @Test("only a line that renders as one paragraph is a fragment")
    func onlyOneParagraph() {
        let fragment = CommonMark.fragment("[](ka:anchor/p-1)Tekst", links: LinkTable())
        #expect(fragment?.html == Array("<span id=\"p-1\"></span>Tekst".utf8) && fragment?.cuts == [])
        #expect(CommonMark.fragment("", links: LinkTable()) == nil)
        #expect(CommonMark.fragment("# Kop", links: LinkTable()) == nil)
        #expect(CommonMark.fragment("a\n\nb", links: LinkTable()) == nil)
        #expect(CommonMark.fragment("a\nb", links: LinkTable()) == nil)
    }

    @Test("an address reads the same from every page of a folder when it leaves the folder or has a scheme")
    func addressesThatLeaveTheFolder() {
        #expect(ParagraphFragments.leavesFolder("../../dossiers/1.html#kst-1"))
        #expect(ParagraphFragments.leavesFolder("https://zoek.officielebekendmakingen.nl/kst-1-2.html"))
        #expect(!ParagraphFragments.leavesFolder("pijler-1.html"))
        #expect(!ParagraphFragments.leavesFolder("#fn-1"))
        #expect(!ParagraphFragments.leavesFolder("a/b:c"))
        #expect(!ParagraphFragments.leavesFolder("index.html?q=a:b"))
    }

    @Test("a fiche's pillar pages take their paragraphs' HTML from the document page's, made once, and show the same")
    func fichePillarsShareTheDocumentPage() throws {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture("fiches/seed-fiche.txt")))
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/fiche.txt", stem: "fiche", bytes: bytes)).document)
        let quoted = document.pillars.flatMap { $0.text + $0.position }
        #expect(quoted.count > 6)
        #expect(quoted.contains { !$0.noteRefs.isEmpty })

        let archive = Linker.link(summaries: [document.summary])
        let templates = TemplateLibrary.load(DefaultTemplates.sources(displayPrefix: "Templates")).library
        let renderer = PageRenderer(archive: archive, templates: templates, options: RenderOptions())
        let fragments = ParagraphFragments(document)
        var markdown: [String] = []
        for (index, paragraph) in quoted.enumerated() {
            let page = index.isMultiple(of: 2) ? Permalinks.document(document.id) : Permalinks.pillar(document.id, 1)
            let links = LinkTable()
            let inline = InlineMarkdown(archive: archive, page: page, links: links, fragments: fragments)
            markdown.append(inline.paragraph(paragraph))
            // Each page's `[](ka:html/N)` renders as the paragraph's own text would there.
            let plain = InlineMarkdown(archive: archive, page: page, links: links)
            #expect(CommonMark.render(markdown[index] + "\n", links: links) == CommonMark.render(Self.markdown(of: paragraph, plain) + "\n", links: links))
        }
        #expect(markdown.allSatisfy { $0.hasPrefix("[](ka:html/") })
        // The pillar pages' copies find the fragment the sections' paragraph made.
        #expect(fragments.count == Set(quoted.map(\.location)).count)

        // A letter's pillars and actions hold text of their own, shown on their pages only.
        let letterBytes = try [UInt8](Data(contentsOf: TestPaths.fixture("kamerbrieven/seed-letter.txt")))
        let letter = try #require(Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: letterBytes)).document)
        #expect(!letter.pillars.isEmpty)
        let letterFragments = ParagraphFragments(letter)
        for paragraph in letter.bodyParagraphs {
            #expect(letterFragments.fragment(for: paragraph, inline: InlineMarkdown(archive: archive, page: "documenten/b/index.html", links: LinkTable())) == nil)
        }
        #expect(renderer.documentPages(document).count == 1 + document.pillars.count)
    }

    /// A paragraph's CommonMark as the page would hold it without fragments: its line, then its table.
    static func markdown(of paragraph: Paragraph, _ inline: InlineMarkdown) -> String {
        inline.body(paragraph) + (paragraph.table.map { "\n\n" + inline.tableBlock($0) } ?? "")
    }

    @Test("a paragraph on one page only is rendered without libcmark when its line is plain text and links, as libcmark renders it")
    func plainParagraphsSkipLibcmark() throws {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture("kamerbrieven/seed-letter.txt")))
        let letter = try #require(Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: bytes)).document)
        let archive = Linker.link(summaries: [letter.summary])
        let paragraphs = letter.bodyParagraphs + letter.pillars.flatMap { $0.actions.flatMap(\.paragraphs) }
        #expect(paragraphs.contains { !$0.noteRefs.isEmpty } && paragraphs.contains { !$0.citations.isEmpty })
        var placed = 0
        for paragraph in paragraphs {
            let links = LinkTable()
            let inline = InlineMarkdown(archive: archive, page: Permalinks.document(letter.id), links: links)
            let markdown = inline.paragraph(paragraph)
            if markdown.hasPrefix("[](ka:html/") { placed += 1 }
            // On a page with a note reference before it, so that its own are counted after that one.
            func page(_ text: String) -> String { "Eerder[1](ka:ref/1).\n\n" + text + "\n\n```footnotes\n1: Noot.\n```\n" }
            #expect(CommonMark.render(page(markdown), links: links) == CommonMark.render(page(Self.markdown(of: paragraph, inline)), links: links))
        }
        #expect(placed * 10 >= paragraphs.count * 9, "\(placed) of \(paragraphs.count)")
    }

    @Test("random paragraphs of any characters, note references and emphasis render the same without libcmark as with it")
    func randomParagraphsMatchLibcmark() {
        var generator = SeededGenerator(seed: 14)
        // ASCII punctuation and white space, letters beyond ASCII, a combining mark, control bytes.
        let pieces = ["a", "Zij", "2024", " ", "  ", "\t", ".", ",", "-", "*", "_", "[", "]", "(", ")", "<", ">", "&", "\"", "'", "\\", "`",
                      "#", "!", "|", "~", "=", "+", ":", ";", "/", "é", "ë", "€", "🔋", "e\u{301}", "\u{0}", "\u{1}", "\u{7F}", "\u{A0}", "\u{2028}"]
        let archive = Linker.link(summaries: [])
        var viaFragment = 0
        for round in 0..<400 {
            var text = ""
            for _ in 0..<Int.random(in: 1...24, using: &generator) { text += pieces.randomElement(using: &generator)! }
            let count = text.unicodeScalars.count
            var refs: [NoteRef] = []
            for _ in 0..<Int.random(in: 0...2, using: &generator) {
                refs.append(NoteRef(footnote: Int.random(in: 1...3, using: &generator), offset: Int.random(in: 0...count, using: &generator),
                                    location: SourceLocation(file: "Content/r.txt", line: 1)))
            }
            var emphasis: [TextRange] = []
            if count > 1, Bool.random(using: &generator) {
                let start = Int.random(in: 0..<(count - 1), using: &generator)
                emphasis = [TextRange(offset: start, length: Int.random(in: 1...(count - start), using: &generator))]
            }
            let paragraph = Paragraph(
                text: text, location: SourceLocation(file: "Content/r.txt", line: round + 1),
                listLabel: Bool.random(using: &generator) ? "\(round % 9 + 1)." : nil, noteRefs: refs, emphasis: emphasis)
            let links = LinkTable()
            let inline = InlineMarkdown(archive: archive, page: "documenten/r/index.html", links: links)
            let markdown = inline.paragraph(paragraph)
            if markdown.hasPrefix("[](ka:html/") { viaFragment += 1 }
            func page(_ line: String) -> String { "Eerder[2](ka:ref/2).\n\n" + line + "\n\n```footnotes\n1: Een.\n2: Twee.\n3: Drie.\n```\n" }
            #expect(CommonMark.render(page(markdown), links: links) == CommonMark.render(page(inline.body(paragraph)), links: links), "\(text.debugDescription)")
        }
        // Most lines are plain: the comparison covers the reading without libcmark, not only libcmark.
        #expect(viaFragment > 120, "\(viaFragment) of 400")
    }

    @Test("a line with syntax only libcmark reads is left to it", arguments: [
        "*nadruk*", "a\\b", " a", "a ", "a\nb", "[x](https://a b)", "[x](<a>)", "`code`", "a\tb", "<b>", "&amp;", "[[a](ka:em)](ka:link/0)",
    ])
    func syntaxGoesToLibcmark(line: String) {
        #expect(CommonMark.inlineFragment(line, links: LinkTable()) == nil)
    }

    @Test("a plain line's fragment is cut at its note references")
    func inlineFragmentCutsAtNoteRefs() throws {
        let fragment = try #require(CommonMark.inlineFragment("[](ka:anchor/p-2)Een[3](ka:ref/3) \\< twee[12](ka:ref/12)", links: LinkTable()))
        let first = "<span id=\"p-2\"></span>Een", second = " &lt; twee"
        #expect(fragment.html == Array((first + second).utf8))
        #expect(fragment.cuts == [first.utf8.count, first.utf8.count + second.utf8.count])
        #expect(String(decoding: fragment.html { number, html in html += "<\(number)>".utf8 }, as: UTF8.self) == first + "<3>" + second + "<12>")
        #expect(fragment.refs == [3, 12])
    }

    @Test("a paragraph that ends with a space, or shows on one page only, is rendered where it shows")
    func notShared() {
        let location = SourceLocation(file: "Content/a.txt", line: 3, column: 1)
        let fragments = ParagraphFragments(shared: [location])
        let archive = Linker.link(summaries: [])
        let inline = InlineMarkdown(archive: archive, page: "documenten/a/index.html", links: LinkTable())
        #expect(fragments.fragment(for: Paragraph(text: "Gewone tekst.", location: location), inline: inline) != nil)
        #expect(fragments.fragment(for: Paragraph(text: "Tekst met spatie ", location: location), inline: inline) == nil)
        #expect(fragments.fragment(for: Paragraph(text: "Elders.", location: SourceLocation(file: "Content/a.txt", line: 9, column: 1)), inline: inline) == nil)
    }
}
