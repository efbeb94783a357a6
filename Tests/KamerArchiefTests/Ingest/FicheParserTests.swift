import Testing
@testable import KamerArchief

/// Parses `Fixtures/fiches/<name>` as if the loader had read it from `Content/<name>`.
private func parseFixture(_ name: String, sidecar: Sidecar? = nil) throws -> (document: Document, diagnostics: [Diagnostic]) {
    let text = try TestPaths.fixtureText("fiches/\(name)")
    let id = String(name.prefix { $0 != "." })
    return FicheParser.parse(SourceText(path: "Content/\(name)", id: id, text: text), sidecar: sidecar)
}

/// Every section, depth first, with its depth.
private func flatten(_ sections: [Section], depth: Int = 0) -> [(section: Section, depth: Int)] {
    sections.flatMap { [($0, depth)] + flatten($0.subsections, depth: depth + 1) }
}

/// The first words of each paragraph, enough to tell them apart in an assertion.
private func openings(_ paragraphs: [Paragraph], words: Int = 4) -> [String] {
    paragraphs.map { $0.text.split(separator: " ").prefix(words).joined(separator: " ") }
}

@Suite("Fiche parser: the seed fiche")
struct FicheParserSeedTests {
    @Test("the seed fiche matches its golden model dump")
    func golden() throws {
        let (document, _) = try parseFixture("seed-fiche.txt")
        try expectGolden(document.modelDump, named: "fiches/seed-fiche.dump")
    }

    @Test("the seed fiche parses without diagnostics")
    func noDiagnostics() throws {
        let (_, diagnostics) = try parseFixture("seed-fiche.txt")
        #expect(diagnostics.map(\.description) == [])
    }

    @Test("the header and Algemene gegevens give the metadata")
    func metadata() throws {
        let (document, _) = try parseFixture("seed-fiche.txt")
        let m = document.metadata
        #expect(document.kind == .fiche && document.source == "Content/seed-fiche.txt" && document.id == "seed-fiche")
        #expect(document.title == "Mededeling Battery Booster-strategie")
        #expect(document.date == "2026-02-13")
        #expect(m.nummer == "2026D07312" && m.datum == "2026-02-13" && m.bijgewerkt == "2026-02-20 11:37" && m.versie == "1")
        #expect(m.kamerstuk == KamerstukNumber(dossier: "22112", ondernummer: "4277"))
        #expect(m.dossierTitle == "Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie")
        #expect(m.zaak == "2026Z03294" && m.ficheNumber == 10 && m.related.isEmpty)
        #expect(m.fields.map(\.label) == [
            "Titel voorstel", "Datum ontvangst Commissiedocument", "Nr. Commissiedocument", "EUR-Lex",
            "Nr. impact assessment Commissie en Opinie", "Behandelingstraject Raad", "Eerstverantwoordelijk ministerie",
        ])
        #expect(m.fields[2].value == "C(2025) 8950" && m.fields[2].location == SourceLocation(file: "Content/seed-fiche.txt", line: 37, column: 6))
    }

    @Test("sections nest by the template, whatever their printed numbers")
    func sectionTree() throws {
        let (document, _) = try parseFixture("seed-fiche.txt")
        let tree = flatten(document.sections).map { "\($0.depth) \($0.section.role?.rawValue ?? "-")" }
        #expect(tree == [
            "0 algemeneGegevens", "0 essentieVoorstel", "0 nederlandsePositie", "1 essentieBeleid", "1 beoordelingInzet",
            "1 krachtenveld", "0 grondhouding", "1 bevoegdheid", "1 subsidiariteit", "1 proportionaliteit",
            "1 financieleGevolgen", "1 regeldruk",
        ])
        #expect(document.sections[0].paragraphs.isEmpty)
        let body = flatten(document.sections).flatMap(\.section.paragraphs).map(\.text)
        #expect(body.count == 53)
        #expect(!body.contains { $0.contains("Directe link") || $0.contains("Preview document") || $0.contains("[overzicht]") || $0.hasPrefix("Fiche") })
    }

    @Test("six pillars with short titles from the enumeration sentence")
    func pillarTitles() throws {
        let (document, _) = try parseFixture("seed-fiche.txt")
        #expect(document.pillars.map(\.number) == [1, 2, 3, 4, 5, 6])
        #expect(document.pillars.map(\.title) == [
            "financiële steun voor opschaling van productie",
            "ontwikkeling van een veerkrachtig upstream waardeketen",
            "zorgen voor een gelijk speelveld en waardevolle investeringen",
            "stimuleren van vraag naar in de EU geproduceerde batterijen",
            "versterking van onderzoek, innovatie en vaardigheden",
            "Europese coördinatie en governance",
        ])
    }

    @Test("each pillar takes its Essentie paragraph and the Beoordeling paragraphs that name it, until the next")
    func pillarTextAndPosition() throws {
        let (document, _) = try parseFixture("seed-fiche.txt")
        let pillars = document.pillars
        #expect(pillars.map { $0.text.map(\.location.line) } == [[67], [69], [71], [73], [75], [77]])
        #expect(pillars.map { $0.position.map(\.location.line) } == [
            [109, 111, 113, 115, 117, 119], [121, 123], [125, 127], [129, 131, 133], [135, 137, 139], [141],
        ])
        // Pillar paragraphs are the section paragraphs themselves, note references included.
        let body = Set(flatten(document.sections).flatMap(\.section.paragraphs))
        #expect(pillars.allSatisfy { ($0.text + $0.position).allSatisfy(body.contains) })
        #expect(pillars[3].position[0].noteRefs.map(\.footnote) == [10])
    }

    @Test("all ten footnotes attach once, right after the word that carries the marker")
    func footnotes() throws {
        let (document, _) = try parseFixture("seed-fiche.txt")
        #expect(document.footnotes.map(\.number) == Array(1...10))
        #expect(document.footnotes[9].text == "Nederlandse naam nog niet bekend")
        let paragraphs = flatten(document.sections).flatMap(\.section.paragraphs)
        let refs = paragraphs.flatMap { paragraph in paragraph.noteRefs.map { (paragraph, $0) } }
        #expect(refs.map(\.1.footnote) == Array(1...10))
        let before = refs.map { paragraph, ref in String(paragraph.text.textBefore(offset: ref.offset).split(separator: " ").last ?? "") }
        #expect(before == [
            "industriebeleid", "Technologiestrategie", "Groeimarktenrapport.", "Batterijsystemen,", "jaarlijks",
            "EU-concurrentievermogen.", "Rapport-Wennink", "Grondstoffenstrategie", "Actieplan.", "Act.",
        ])
        #expect(refs[0].1.location == SourceLocation(file: "Content/seed-fiche.txt", line: 83, column: 44))
    }
}

@Suite("Fiche parser: variants of the page")
struct FicheParserVariantTests {
    @Test("three pillars named with arabic numerals, from an enumeration of `Pijler 2 betreft …` sentences")
    func arabicPillars() throws {
        let (document, diagnostics) = try parseFixture("drie-pijlers-arabisch.txt")
        #expect(diagnostics.isEmpty)
        #expect(document.pillars.map(\.title) == [
            "versterken van de onderzoekscapaciteit", "opschaling van productiecapaciteit", "bewaken van toeleveringsketens",
        ])
        #expect(document.pillars.map { openings($0.text, words: 3) } == [
            ["Pijler 1: onderzoek"], ["Binnen pijler 2", "Daarnaast onderzoekt de"], ["De Commissie wil"],
        ])
        // The concluding paragraph belongs to no pillar.
        #expect(document.pillars.map { openings($0.position, words: 3) } == [
            ["Het kabinet steunt"], ["Wat betreft pijler", "Het kabinet vraagt"], ["Het kabinet kan"],
        ])
    }

    @Test("a dossier with a toevoeging, the kst link, related persons and the zaak's lines")
    func headerVariants() throws {
        let (document, _) = try parseFixture("drie-pijlers-arabisch.txt")
        let m = document.metadata
        #expect(m.kamerstuk == KamerstukNumber(dossier: "21501-30", ondernummer: "590"))
        #expect(m.dossierTitle == "Raad voor Concurrentievermogen")
        #expect(m.zaak == "2025Z18433" && m.versie == "2" && m.ficheNumber == 4)
        #expect(m.related.map { "\($0.label)=\($0.value)" } == [
            "Eerste ondertekenaar=J. de Vries, minister van Economische Zaken",
            "Mede ondertekenaar=A. Jansen, minister van Buitenlandse Zaken",
            "Indiener=J. de Vries, minister van Economische Zaken",
            "Volgcommissie=vaste commissie voor Economische Zaken",
            "Activiteit=2025-10-15 Procedurevergadering vaste commissie voor Economische Zaken",
        ])
        #expect(m.related[0].location == SourceLocation(file: "Content/drie-pijlers-arabisch.txt", line: 12, column: 3))
        #expect(m.fields.count == 6 && m.fields[0].label == "Titel voorstel")
    }

    @Test("pillars found by ordinal words only, with `de laatste pijler` read as the stated count")
    func ordinalPillars() throws {
        let (document, diagnostics) = try parseFixture("vier-pijlers-ordinaal.txt")
        #expect(diagnostics.isEmpty)
        #expect(document.pillars.map(\.title) == [
            "versterken van de Europese defensie-industriële basis", "gezamenlijk aanschaffen van materieel",
            "bescherming van kritieke infrastructuur", "verbeteren van militaire mobiliteit",
        ])
        #expect(document.pillars.map { $0.text.map(\.location.line) } == [[47], [49, 51], [53], [55]])
        #expect(document.pillars.map { $0.position.map(\.location.line) } == [[69], [71, 73], [75], [77]])
    }

    @Test("headings all numbered `1.` and field labels ending in a colon")
    func oddNumbering() throws {
        let (document, _) = try parseFixture("vier-pijlers-ordinaal.txt")
        #expect(document.metadata.fields.map(\.label) == ["Titel voorstel", "Datum ontvangst Commissiedocument", "Eerstverantwoordelijk ministerie"])
        #expect(document.metadata.fields[1].value == "5 maart 2025")
        #expect(flatten(document.sections).map(\.section.id) == [
            "algemene-gegevens", "essentie-voorstel", "nederlandse-positie", "essentie-beleid", "beoordeling-inzet",
            "krachtenveld", "grondhouding", "bevoegdheid", "subsidiariteit", "proportionaliteit",
        ])
    }

    @Test("roman numerals name pillars, and `pijlers III en IV` puts a paragraph under both")
    func romanPillars() throws {
        let (document, diagnostics) = try parseFixture("romeinse-pijlers.txt")
        #expect(diagnostics.isEmpty)
        #expect(document.pillars.map(\.title) == [
            "snellere vergunningverlening", "lagere netkosten", "modernisering van het elektriciteitsnet",
            "bescherming van kwetsbare huishoudens",
        ])
        #expect(document.pillars.map { $0.position.map(\.location.line) } == [[41], [43], [45], [45]])
        #expect(document.pillars.map { $0.text.map(\.location.line) } == [[23], [25], [27], [29]])
    }

    @Test("unnumbered headings without page navigation, and a fiche without pillars")
    func unnumberedWithoutPillars() throws {
        let (document, _) = try parseFixture("ongenummerd-zonder-pijlers.txt")
        #expect(document.pillars.isEmpty)
        #expect(document.title == "Verordening digitale identiteit voor ondernemingen" && document.metadata.ficheNumber == 12)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "22112", ondernummer: "2936"))
        #expect(flatten(document.sections).map { "\($0.depth) \($0.section.role?.rawValue ?? "-")" } == [
            "0 algemeneGegevens", "0 essentieVoorstel", "0 nederlandsePositie", "1 essentieBeleid", "1 beoordelingInzet",
            "1 krachtenveld", "0 grondhouding", "1 bevoegdheid", "1 subsidiariteit", "1 proportionaliteit",
        ])
        #expect(document.metadata.fields.map { "\($0.label)=\($0.value)" } == [
            "Titel voorstel=Voorstel voor een verordening tot vaststelling van een Europese digitale identiteit voor ondernemingen",
            "Datum ontvangst Commissiedocument=14 november 2025", "Nr. Commissiedocument=COM(2025) 700",
            "Eerstverantwoordelijk ministerie=Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        ])
        #expect(document.metadata.related.map(\.label) == ["Eerste ondertekenaar", "Indiener", "Volgcommissie"])
    }

    @Test("the impact assessment's label in the template's whole words, alone on its line, is a label, not the field before it's text", arguments: [
        "Nr. impact assessment Commissie en Opinie Raad voor Regelgevingstoetsing",
        "Nr. impact-assessment Commissie en Opinie Impact-assessment Board",
    ])
    func wholeImpactAssessmentLabel(label: String) throws {
        let text = try TestPaths.fixtureText(
            "fiches/ongenummerd-zonder-pijlers.txt", inserting: "\(label)\n\nNiet opgesteld\n\n", before: "Eerstverantwoordelijk ministerie:")
        let (document, _) = FicheParser.parse(SourceText(path: "Content/fiche.txt", id: "fiche", text: text), sidecar: nil)
        #expect(document.metadata.fields.map { "\($0.label)=\($0.value)" }.dropFirst(2) == [
            "Nr. Commissiedocument=COM(2025) 700", "\(label)=Niet opgesteld",
            "Eerstverantwoordelijk ministerie=Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        ])
    }

    @Test("a two-digit marker glued to a number splits off as note 10, and a note without marker is reported")
    func gluedTwoDigitMarkerAndMissingMarker() throws {
        let (document, diagnostics) = try parseFixture("ongenummerd-zonder-pijlers.txt")
        let paragraphs = flatten(document.sections).flatMap(\.section.paragraphs)
        let glued = try #require(paragraphs.first { $0.noteRefs.contains { $0.footnote == 10 } })
        #expect(glued.text.contains("de eerdere fiche 10 over dat onderwerp"))
        #expect(paragraphs.flatMap(\.noteRefs).map(\.footnote) == [1, 2, 3, 4, 5, 6, 8, 9, 10, 11])
        #expect(diagnostics.map(\.description) == [
            "Content/ongenummerd-zonder-pijlers.txt:94:3: warning: [unreferenced-footnote] footnote 7 has no marker in the text",
        ])
    }
}

@Suite("Fiche parser: a page saved without blank lines")
struct FicheParserCompactTests {
    /// What a reader sees of a fiche, without the places it was read from.
    static func reading(_ document: Document) -> [String] {
        [document.kind.rawValue, document.title, document.date ?? "-", "\(document.metadata.kamerstuk.map(String.init(describing:)) ?? "-")",
         document.metadata.fields.map { "\($0.label): \($0.value)" }.joined(separator: " | ")]
            + flatten(document.sections).map { "\(String(repeating: "#", count: $0.depth + 1)) \($0.section.title): " + $0.section.paragraphs.map(\.text).joined(separator: " ¶ ") }
            + document.pillars.map { "pillar \($0.number) \($0.title): \($0.text.count) \($0.position.count) \($0.actions.count)" }
            + document.footnotes.map { "note \($0.number): \($0.text)" }
            + document.allParagraphs.flatMap(\.noteRefs).map { "ref \($0.footnote)" }
    }

    @Test("each fiche fixture reads the same with its blank lines taken out (a block a line)", arguments: [
        "seed-fiche.txt", "drie-pijlers-arabisch.txt", "ongenummerd-zonder-pijlers.txt", "romeinse-pijlers.txt", "vier-pijlers-ordinaal.txt",
    ])
    func sameWithoutBlankLines(name: String) throws {
        let compact = try TestPaths.fixtureTextWithoutBlankLines("fiches/\(name)")
        let (document, diagnostics) = try parseFixture(name)
        let (compacted, compactDiagnostics) = FicheParser.parse(SourceText(path: "Content/\(name)", id: "c", text: compact), sidecar: nil)
        #expect(Self.reading(compacted) == Self.reading(document))
        #expect(compactDiagnostics.map(\.code) == diagnostics.map(\.code))
        #expect(flatten(compacted.sections).count >= 4)
    }
}
