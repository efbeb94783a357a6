import Foundation
import Testing
@testable import KamerArchief

@Suite("A paragraph's HTML written straight from its text, as libcmark's reading of its CommonMark has it")
struct InlineHTMLWriterTests {
    static let place = SourceLocation(file: "Content/a.txt", line: 7)

    /// The fragment written straight and the one made from the CommonMark, each with a table of
    /// links of its own.
    static func both(_ paragraph: Paragraph, archive: Archive = Linker.link(summaries: []), page: String = "documenten/a/index.html")
        -> (written: ParagraphFragment?, read: ParagraphFragment?)
    {
        let written = InlineMarkdown(archive: archive, page: page, links: LinkTable()).bodyFragment(paragraph)
        let read = InlineMarkdown(archive: archive, page: page, links: LinkTable()).markdownFragment(paragraph)
        return (written, read)
    }

    @Test("every paragraph of documents in each published form: the same HTML and note cuts, and nearly all written straight", arguments: [
        "kamerbrieven/seed-letter.txt", "kamerbrieven/waterstof-letter.txt", "fiches/seed-fiche.txt", "fiches/romeinse-pijlers.txt",
        "letters/kst-27625-592-water-en-bodem-sturend.pdftext.txt", "xml/kst-28844-269.xml", "xml/kst-36750-3.xml", "xml/motie.xml",
        "pdf/amendement-kamerstuk.txt",
    ])
    func documentsInEveryForm(fixture: String) throws {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture(fixture)))
        let name = (fixture as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/" + name, stem: stem, bytes: bytes)).document)
        let archive = Linker.link(summaries: [document.summary])
        var paragraphs = document.bodyParagraphs
        for pillar in document.pillars { paragraphs += pillar.text + pillar.position }
        #expect(!paragraphs.isEmpty)
        var written = 0, read = 0
        for paragraph in paragraphs {
            let (direct, viaCommonMark) = Self.both(paragraph, archive: archive, page: Permalinks.document(document.id))
            if direct != nil { #expect(direct == viaCommonMark, "\(paragraph.location)") }
            written += direct == nil ? 0 : 1
            read += viaCommonMark == nil ? 0 : 1
        }
        #expect(written == read, "\(written) written straight, \(read) read from CommonMark")
    }

    @Test("links, note references, emphasis, list labels and characters HTML escapes")
    func pieces() throws {
        let text = "Zie \"A & B\" <nu>, met\ttab en *ster* [haak] \\ einde."
        let paragraph = Paragraph(
            text: text, location: Self.place, listLabel: "  b)",
            noteRefs: [NoteRef(footnote: 2, offset: 3, location: Self.place), NoteRef(footnote: 12, offset: text.unicodeScalars.count, location: Self.place)],
            // The quotation, and the tab alone (white space: no emphasis).
            emphasis: [TextRange(offset: 4, length: 7), TextRange(offset: 21, length: 1)])
        let (written, read) = Self.both(paragraph)
        let fragment = try #require(written)
        #expect(fragment == read)
        #expect(fragment.refs == [2, 12])
        #expect(String(decoding: fragment.html, as: UTF8.self)
            == "<span id=\"p-7\"></span>b) Zie <em>&quot;A &amp; B&quot;</em> &lt;nu&gt;, met tab en *ster* [haak] \\ einde.")
        #expect(fragment.cuts == [Array("<span id=\"p-7\"></span>b) Zie".utf8).count, fragment.html.count])
    }

    @Test("text made of white space in emphasis stays plain, and non-ASCII text is copied as it is")
    func spacesAndNonASCII() throws {
        let text = "\u{E9}\u{E9}n  twee \u{2014} drie"
        let paragraph = Paragraph(text: text, location: Self.place, emphasis: [TextRange(offset: 3, length: 2), TextRange(offset: 10, length: 1)])
        let (written, read) = Self.both(paragraph)
        let fragment = try #require(written)
        #expect(fragment == read)
        #expect(fragment.html == Array("<span id=\"p-7\"></span>\u{E9}\u{E9}n  twee <em>\u{2014}</em> drie".utf8))
    }

    @Test("what the reader of CommonMark does not take is left to the long way", arguments: [
        Paragraph(text: "een \u{1} besturingsteken", location: InlineHTMLWriterTests.place),
        Paragraph(text: "eindigt op een spatie ", location: InlineHTMLWriterTests.place),
        Paragraph(text: "eindigt op een tab\t", location: InlineHTMLWriterTests.place),
        Paragraph(text: "", location: InlineHTMLWriterTests.place, listLabel: "a)"),
        Paragraph(text: "label met een teken dat aan de spatie hangt", location: InlineHTMLWriterTests.place, listLabel: " \u{301}a)"),
    ])
    func leftToTheLongWay(paragraph: Paragraph) {
        let (written, read) = Self.both(paragraph)
        #expect(written == nil)
        // Where the reader takes it after all, the page still gets that HTML, the long way.
        if let read { #expect(!read.html.isEmpty) }
    }

    @Test("a page shows a paragraph written straight as it showed the one read from CommonMark")
    func pageUsesTheWrittenFragment() throws {
        let paragraph = Paragraph(text: "Tekst met noot.", location: Self.place, noteRefs: [NoteRef(footnote: 1, offset: 5, location: Self.place)])
        let links = LinkTable()
        let markdown = InlineMarkdown(archive: Linker.link(summaries: []), page: "documenten/a/index.html", links: links).paragraph(paragraph)
        #expect(markdown == "[](ka:html/0)")
        let html = CommonMark.render(markdown + "\n\n```footnotes\n1: Noot.\n```\n", links: links)
        #expect(html.contains("<p><span id=\"p-7\"></span>Tekst<sup class=\"noteref\"><a id=\"fnref-1\" href=\"#fn-1\""))
    }

    @Test("a note's HTML is written straight, and its footnotes block shows it as it showed the note's CommonMark", arguments: [
        "kamerbrieven/seed-letter.txt", "letters/kst-27625-592-water-en-bodem-sturend.pdftext.txt", "xml/kst-28844-269.xml",
    ])
    func notes(fixture: String) throws {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture(fixture)))
        let name = (fixture as NSString).lastPathComponent
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/" + name, stem: "doc", bytes: bytes)).document)
        let archive = Linker.link(summaries: [document.summary])
        let notes = document.footnotes + [
            Footnote(number: 90, text: "Zie \"A & B\" <p. 4>.", location: Self.place),
            Footnote(number: 91, text: " begint met een spatie", location: Self.place),
            Footnote(number: 92, text: "\u{E9}\u{E9}n, buiten ASCII", location: Self.place),
            Footnote(number: 93, text: "eindigt op een spatie ", location: Self.place),
        ]
        #expect(notes.contains { !$0.citations.isEmpty })
        let backlinks = [InlineBacklink(label: "(2× aangehaald in het archief)", target: .page("dossiers/1.html"), cssClass: "backlinks")]
        var written = 0
        for (index, note) in notes.enumerated() {
            let links = LinkTable()
            let inline = InlineMarkdown(archive: archive, page: Permalinks.document(document.id), links: links)
            let cited = index.isMultiple(of: 2) ? backlinks : []
            let markdown = inline.footnote(note, backlinks: cited)
            if markdown.hasPrefix("[](ka:html/") { written += 1 }
            func block(_ text: String) -> String { "Tekst[\(note.number)](ka:ref/\(note.number)).\n\n```footnotes\n\(note.number): \(text)\n```\n" }
            #expect(CommonMark.render(block(markdown), links: links)
                == CommonMark.render(block(inline.footnoteMarkdown(note, backlinks: cited)), links: links), "note \(note.number)")
        }
        // All but the three that start with a space or beyond ASCII or end with a space.
        #expect(written >= notes.count - 3 && written < notes.count, "\(written) of \(notes.count)")
    }
}
