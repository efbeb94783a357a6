import Testing
@testable import KamerArchief

@Suite("Extref citations and the citation annotator")
struct OfficialXMLCitationTests {
    /// (doc attribute, kind, dossier, ondernummer, url); every form of identifier the reader knows.
    static let rows: [(String, CitationKind, String?, String?, String)] = [
        ("kst-28844-269", .kamerstuk, "28844", "269", "https://zoek.officielebekendmakingen.nl/kst-28844-269.html"),
        ("kst-36600-XIV-2", .kamerstuk, "36600-XIV", "2", "https://zoek.officielebekendmakingen.nl/kst-36600-XIV-2.html"),
        ("kst-21501-02-3121", .kamerstuk, "21501-02", "3121", "https://zoek.officielebekendmakingen.nl/kst-21501-02-3121.html"),
        ("kst-36123-A", .kamerstuk, "36123", "A", "https://zoek.officielebekendmakingen.nl/kst-36123-A.html"),
        ("h-tk-20222023-84-12", .handelingen, nil, nil, "https://zoek.officielebekendmakingen.nl/h-tk-20222023-84-12.html"),
        ("stb-2023-45", .staatsblad, nil, nil, "https://zoek.officielebekendmakingen.nl/stb-2023-45.html"),
        ("stcrt-2024-1234", .staatscourant, nil, nil, "https://zoek.officielebekendmakingen.nl/stcrt-2024-1234.html"),
        ("ah-tk-20232024-567", .aanhangsel, nil, nil, "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-567.html"),
        ("https://www.rijksoverheid.nl/archief", .url, nil, nil, "https://www.rijksoverheid.nl/archief"),
        ("blg-1086543", .url, nil, nil, "https://zoek.officielebekendmakingen.nl/blg-1086543.html"),
        ("dossier/36600-XXIII", .url, nil, nil, "https://zoek.officielebekendmakingen.nl/dossier/36600-XXIII"),
    ]

    @Test("each extref doc identifier gives its exact kind and target", arguments: rows.indices)
    func target(_ index: Int) {
        let (doc, kind, dossier, ondernummer, url) = Self.rows[index]
        let citation = ExtrefCitation.citation(doc: doc, text: "x", range: TextRange(offset: 0, length: 1))
        #expect(citation.kind == kind)
        #expect(citation.dossier == dossier && citation.ondernummer == ondernummer)
        #expect(citation.url == url)
    }

    @Test("the annotator keeps an extref citation and adds only parser citations that do not overlap it")
    func annotatorKeepsExact() throws {
        let text = "Zie Handelingen II 2022/23, nr. 84, item 12 en Kamerstuk 36 101, nr. 15."
        let scalars = Array(text.unicodeScalars)
        let start = scalars.count - "84, item 12 en Kamerstuk 36 101, nr. 15.".unicodeScalars.count
        let exact = ExtrefCitation.citation(doc: "h-tk-20222023-84-12", text: "84, item 12", range: TextRange(offset: start, length: 11))
        let paragraph = Paragraph(text: text, location: SourceLocation(file: "x", line: 1), citations: [exact])
        let document = Document(
            id: "x", kind: .kamerbrief, format: .officielePublicatie, title: "x", source: "x",
            sections: [Section(id: "a", title: "A", paragraphs: [paragraph], location: SourceLocation(file: "x", line: 1))])
        let once = CitationAnnotator.annotate(document)
        let citations = once.sections[0].paragraphs[0].citations
        #expect(citations.count == 2)
        #expect(citations[0] == exact)
        #expect(citations[1].kind == .kamerstuk && citations[1].dossier == "36101" && citations[1].ondernummer == "15")
        #expect(CitationAnnotator.annotate(once) == once)
    }

    @Test("dossier numbers as printed become the model's dossier form")
    func dossierNumbers() {
        #expect(KamerstukIdentifier.dossier("21 501-02") == "21501-02")
        #expect(KamerstukIdentifier.dossier("36 600 XIV") == "36600-XIV")
        #expect(KamerstukIdentifier.dossier("36 410 L") == "36410-L")
        #expect(KamerstukIdentifier.dossier("28 844") == "28844")
        #expect(KamerstukIdentifier.dossier("36750") == "36750")
        #expect(KamerstukIdentifier.dossier("geen") == nil)
        #expect(KamerstukIdentifier.vergaderjaar("Vergaderjaar 2022-2023") == "2022-2023")
        #expect(KamerstukIdentifier.vergaderjaar("2005–2006") == "2005-2006")
        #expect(KamerstukIdentifier.vergaderjaar("Vergaderjaar 2022") == nil)
    }
}
