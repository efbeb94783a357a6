import Foundation
import Testing
@testable import KamerArchief

/// A small but complete fiche dump: a header, every template section, the given paragraphs and notes.
private func fiche(
    essentie: [String], beoordeling: [String] = ["Het kabinet is positief."], notes: [String] = [],
    dossierLine: String = "Onderdeel van kamerstukdossier 22112 -4300 Nieuwe Commissievoorstellen.",
    omitting omitted: Set<String> = []
) -> String {
    var lines = [
        "Fiche: Mededeling proef", "", "Nummer: 2026D00001, datum: 2026-03-02, bijgewerkt: 2026-03-03 12:00, versie: 1", "",
        dossierLine, "", "Preview document (🔗 origineel)", "", "", "Fiche 3: Mededeling proef", "",
    ]
    func section(_ heading: String, _ paragraphs: [String]) {
        guard !omitted.contains(heading) else { return }
        lines += ["  1. \(heading)", ""] + paragraphs.flatMap { [$0, ""] }
    }
    section("Algemene gegevens", [])
    section("Titel voorstel", ["Mededeling proef"])
    section("Nr. impact assessment Commissie en Opinie", ["Impact assessment Commissie: niet opgesteld"])
    section("Essentie voorstel", essentie)
    section("Nederlandse positie ten aanzien van het voorstel", [])
    section("Essentie Nederlands beleid op dit terrein", ["Het kabinet voert beleid."])
    section("Beoordeling + inzet ten aanzien van dit voorstel", beoordeling)
    section("Eerste inschatting van krachtenveld", ["De lidstaten zijn positief."])
    section("Grondhouding ten aanzien van bevoegdheid, subsidiariteit en proportionaliteit", [])
    section("Bevoegdheid", ["De grondhouding is positief."])
    lines += [""] + notes.enumerated().flatMap { ["  \($0.offset + 1). \($0.element)↩︎", ""] }
    return lines.joined(separator: "\n")
}

private func parse(_ text: String, sidecar: Sidecar? = nil) -> (document: Document, diagnostics: [Diagnostic]) {
    FicheParser.parse(SourceText(path: "Content/proef.txt", id: "proef", text: text), sidecar: sidecar)
}

/// The 1-based line of the first line containing `needle`, and the column where it starts.
private func position(of needle: String, in text: String) -> (line: Int, column: Int) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let index = lines.firstIndex { $0.contains(needle) }!
    let column = lines[index].unicodeScalars.distance(
        from: lines[index].startIndex, to: lines[index].range(of: needle)!.lowerBound) + 1
    return (index + 1, column)
}

@Suite("Fiche parser: diagnostics and edge cases")
struct FicheParserEdgeCaseTests {
    @Test("a stated pillar count that differs from the pillars found is a warning at the count")
    func pillarCountMismatch() {
        let text = fiche(essentie: [
            "De mededeling bestaat uit vijf pijlers.", "De eerste pijler gaat over opleiding.", "De tweede pijler gaat over onderzoek.",
        ])
        let (document, diagnostics) = parse(text)
        #expect(document.pillars.map(\.title) == ["opleiding", "onderzoek"])
        let expected = position(of: "vijf pijlers", in: text)
        #expect(diagnostics.map(\.code) == [.pillarCount])
        #expect(diagnostics.first?.location == SourceLocation(file: "Content/proef.txt", line: expected.line, column: expected.column))
    }

    @Test("a fiche that never speaks of pillars has none and no warning")
    func noPillars() {
        let (document, diagnostics) = parse(fiche(essentie: ["Ten eerste wil de Commissie minder regels.", "Ten tweede meer toezicht."]))
        #expect(document.pillars.isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test("a repeated note number is reported where it repeats, and the first note is kept")
    func duplicateFootnote() {
        let text = fiche(essentie: ["De Commissie verwijst naar de strategie1 en het plan.2"], notes: ["Eerste.", "Tweede.", "Dubbel."])
            .replacingOccurrences(of: "  3. Dubbel.", with: "  2. Dubbel.")
        let (document, diagnostics) = parse(text)
        #expect(document.footnotes.map(\.text) == ["Eerste.", "Tweede."])
        let expected = position(of: "2. Dubbel.", in: text)
        #expect(diagnostics.map(\.code) == [.duplicateFootnote])
        #expect(diagnostics.first?.location == SourceLocation(file: "Content/proef.txt", line: expected.line, column: expected.column))
    }

    @Test("missing template sections are warnings at the chapter heading or the title line")
    func missingSections() {
        let text = fiche(essentie: ["Tekst."], omitting: ["Eerste inschatting van krachtenveld", "Grondhouding ten aanzien van bevoegdheid, subsidiariteit en proportionaliteit"])
        let (_, diagnostics) = parse(text)
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code.rawValue)" } == [
            "\(position(of: "Fiche 3:", in: text).line):1 missing-section",
            "\(position(of: "Nederlandse positie", in: text).line):6 missing-section",
        ])
    }

    @Test("list items that read as sentences stay paragraphs; unknown headings get unique slugs")
    func listItemsAndUnknownHeadings() {
        let text = fiche(essentie: [
            "De Commissie stelt voor:", "  1. de termijnen te verkorten;", "  1. de lasten te verlagen.",
            "  1. Overige punten", "Tekst.", "  1. Overige punten", "Meer tekst.",
        ])
        let (document, _) = parse(text)
        let essentie = document.sections[1]
        #expect(essentie.paragraphs.map(\.listLabel) == [nil, "1.", "1."])
        #expect(essentie.subsections.map { "\($0.id) \($0.role?.rawValue ?? "-") \($0.paragraphs.count)" } == [
            "overige-punten other 1", "overige-punten-2 other 1",
        ])
    }

    @Test("a field value that reads like a template heading stays the value")
    func fieldValueLikeHeading() {
        let (document, _) = parse(fiche(essentie: ["Tekst."]))
        #expect(document.metadata.fields.map(\.value) == ["Mededeling proef", "Impact assessment Commissie: niet opgesteld"])
        #expect(document.sections[1].role == .essentieVoorstel && document.sections[1].subsections.isEmpty)
    }

    @Test("pillar titles from a sidecar outline win over derived ones")
    func outlineTitles() {
        let text = fiche(essentie: ["De eerste pijler gaat over opleiding.", "De tweede pijler gaat over onderzoek."])
        let sidecar = Sidecar(source: "Content/proef.yml", outline: [OutlinePillar(title: "Vaardigheden")])
        #expect(parse(text, sidecar: sidecar).document.pillars.map(\.title) == ["Vaardigheden", "onderzoek"])
    }

    @Test("dossier lines with and without toevoeging", arguments: [
        ("Onderdeel van kamerstukdossier 21501 30-590 Raad voor Concurrentievermogen.", "21501-30", "590", "Raad voor Concurrentievermogen"),
        ("Onderdeel van kamerstukdossier 22112 -4277 Nieuwe Commissievoorstellen.", "22112", "4277", "Nieuwe Commissievoorstellen"),
        ("Onderdeel van kamerstukdossier 36600 XIII-5 Vaststelling begroting.", "36600-XIII", "5", "Vaststelling begroting"),
    ])
    func dossierLines(row: (line: String, dossier: String, ondernummer: String, title: String)) {
        let metadata = parse(fiche(essentie: ["Tekst."], dossierLine: row.line)).document.metadata
        #expect(metadata.kamerstuk == KamerstukNumber(dossier: row.dossier, ondernummer: row.ondernummer))
        #expect(metadata.dossierTitle == row.title)
    }

    @Test("a dump that starts with the fiche itself has no header to skip")
    func bodyOnly() {
        let text = fiche(essentie: ["Tekst."])
        let body = String(text[text.range(of: "Fiche 3:")!.lowerBound...])
        let (document, diagnostics) = parse(body)
        #expect(document.title == "Mededeling proef" && document.metadata.ficheNumber == 3)
        #expect(document.sections.first?.location.line == 3)
        #expect(diagnostics.isEmpty)
    }
}
