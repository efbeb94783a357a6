import Testing
@testable import KamerArchief

private func at(_ line: Int) -> KamerArchief.SourceLocation { KamerArchief.SourceLocation(file: "t.txt", line: line) }

private func paragraph(_ text: String, line: Int) -> Paragraph { Paragraph(text: text, location: at(line)) }

/// A document with a citation in every place the annotator must reach, and one paragraph without.
private let document = Document(
    id: "t", kind: .fiche, format: .pageDump, title: "Test", source: "Content/t.txt",
    sections: [
        Section(
            id: "a", title: "A", paragraphs: [paragraph("Zie Kamerstuk 32852 nr. 224.", line: 1)],
            subsections: [
                Section(
                    id: "b", title: "B",
                    paragraphs: [paragraph("Geen verwijzing hier.", line: 2), paragraph("Stb. 2022, 360", line: 3)],
                    location: at(2)),
            ],
            location: at(1)),
    ],
    pillars: [
        Pillar(
            number: 1, title: "P", text: [paragraph("COM(2025) 612", line: 4)],
            position: [paragraph("motie 33009 nummer 110.", line: 5)],
            actions: [Action(number: 1, title: "Actie", paragraphs: [paragraph("(Kamerstuk 32813, nr. 1291)", line: 6)], location: at(6))],
            location: at(4)),
    ],
    footnotes: [
        Footnote(number: 1, text: "Kamerstukken II 2024/25, 21 501-30, nr. 621", location: at(10)),
        Footnote(number: 2, text: "Nederlandse naam nog niet bekend", location: at(11)),
    ])

@Suite("the citation annotator")
struct CitationAnnotatorTests {
    @Test("a paragraph a pillar shares with its section is parsed once, and equal-length texts are not taken for each other")
    func sharedParagraphs() {
        let cited = paragraph("Zie Kamerstuk 32852 nr. 224 voor de inzet.", line: 1)
        let sameLength = paragraph("Zie Kamerstuk 32852 nr. 225 voor de inzet.", line: 2)
        let plain = paragraph("Hier staat geen enkele verwijzing in, echt.", line: 3)
        #expect(cited.text.utf8.count == sameLength.text.utf8.count)
        let shared = Document(
            id: "s", kind: .fiche, format: .pageDump, title: "S", source: "Content/s.txt",
            sections: [Section(id: "a", title: "A", paragraphs: [cited, sameLength, plain], location: at(1))],
            pillars: [Pillar(number: 1, title: "P", text: [cited, plain], position: [sameLength], location: at(1))])
        let annotated = CitationAnnotator.annotate(shared)
        #expect(annotated.sections[0].paragraphs.map { $0.citations.map(\.kamerstuk?.key) } == [["32852-224"], ["32852-225"], []])
        #expect(annotated.pillars[0].text.map { $0.citations.map(\.kamerstuk?.key) } == [["32852-224"], []])
        #expect(annotated.pillars[0].position.map { $0.citations.map(\.kamerstuk?.key) } == [["32852-225"]])
        #expect(annotated.pillars[0].text[0].citations == annotated.sections[0].paragraphs[0].citations)
    }

    @Test("the annotator fills citations in sections, subsections, pillar text, position, actions and footnotes")
    func annotatesEveryParagraph() {
        let annotated = CitationAnnotator.annotate(document)
        let section = annotated.sections[0], pillar = annotated.pillars[0]
        #expect(section.paragraphs[0].citations.map(\.kamerstuk?.key) == ["32852-224"])
        #expect(section.subsections[0].paragraphs.map(\.citations.count) == [0, 1])
        #expect(section.subsections[0].paragraphs[1].citations.first?.kind == .staatsblad)
        #expect(pillar.text[0].citations.map(\.number) == ["COM(2025) 612"])
        #expect(pillar.position[0].citations.map(\.kamerstuk?.key) == ["33009-110"])
        #expect(pillar.actions[0].paragraphs[0].citations.map(\.range) == [TextRange(offset: 1, length: 25)])
        #expect(annotated.footnotes.map { $0.citations.map(\.dossier) } == [["21501-30"], []])
    }

    @Test("the annotator changes nothing but citations, and annotating twice changes nothing more")
    func annotatingIsIdempotent() {
        let once = CitationAnnotator.annotate(document)
        #expect(CitationAnnotator.annotate(once) == once)
        var stripped = once
        stripped.sections[0].paragraphs[0].citations = []
        stripped.sections[0].subsections[0].paragraphs[1].citations = []
        stripped.pillars[0].text[0].citations = []
        stripped.pillars[0].position[0].citations = []
        stripped.pillars[0].actions[0].paragraphs[0].citations = []
        stripped.footnotes[0].citations = []
        #expect(stripped == document)
    }

    @Test("the model dump lists each citation under its paragraph or footnote")
    func dumpShowsCitations() {
        let dump = CitationAnnotator.annotate(document).modelDump
        #expect(dump.contains(
            "citation kamerstuk \"Kamerstuk 32852 nr. 224\" [4+23] dossier=32852 ondernummer=224 "
                + "url=https://zoek.officielebekendmakingen.nl/kst-32852-224.html"))
        #expect(dump.contains("citation staatsblad \"Stb. 2022, 360\" [0+14] year=2022 number=360"))
    }
}
