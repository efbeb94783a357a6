import Foundation
@testable import KamerArchief

/// Reads `Fixtures/xml/<name>` through the XML reader, as the Ingester would (with citations).
func readXMLFixture(_ name: String) throws -> (document: Document?, diagnostics: [Diagnostic]) {
    let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture("xml/\(name)")))
    return readXML(bytes, path: "Content/\(name)")
}

func readXML(_ bytes: [UInt8], path: String = "Content/test.xml") -> (document: Document?, diagnostics: [Diagnostic]) {
    let read = OfficialXMLReader.read(bytes, path: path, id: Slug.make((path as NSString).lastPathComponent))
    return (read.document.map(CitationAnnotator.annotate), read.diagnostics)
}

func readXML(_ text: String, path: String = "Content/test.xml") -> (document: Document?, diagnostics: [Diagnostic]) {
    readXML(Array(text.utf8), path: path)
}

/// A small modern-form document around `body` (the content of `<tekst>`).
func modernXML(title: String = "VERSLAG", body: String) -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <officiele-publicatie><kamerstuk><dossier><dossiernummer><dossiernr>36 750</dossiernr></dossiernummer>\
    <titel>Tijdelijke wet Klimaatfonds (landbouw)</titel></dossier><stuk><stuknr>Nr. <ondernummer>5</ondernummer></stuknr>\
    <titel>\(title)</titel><algemeen><vrije-tekst><tekst>\(body)</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>
    """
}

extension Section {
    /// This section's paragraphs and those of all its subsections, in document order.
    var allParagraphsDeep: [Paragraph] { paragraphs + subsections.flatMap(\.allParagraphsDeep) }
    var allSectionsDeep: [Section] { [self] + subsections.flatMap(\.allSectionsDeep) }
}

extension Document {
    var xmlParagraphs: [Paragraph] { sections.flatMap(\.allParagraphsDeep) }
    var xmlSections: [Section] { sections.flatMap(\.allSectionsDeep) }
    /// Every citation of paragraphs and footnotes, in document order (paragraphs first).
    var xmlCitations: [Citation] { xmlParagraphs.flatMap(\.citations) + footnotes.flatMap(\.citations) }
    func xmlParagraph(containing text: String) -> Paragraph? { xmlParagraphs.first { $0.text.contains(text) } }
}

extension Paragraph {
    /// The `count` scalars of `text` before the marker of `note`.
    func textBefore(note: Int, count: Int = 20) -> String? {
        noteRefs.first { $0.footnote == note }.map { text.textBefore(offset: $0.offset, count: count) }
    }
}
