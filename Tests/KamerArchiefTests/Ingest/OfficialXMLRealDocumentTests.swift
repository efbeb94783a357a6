import Foundation
import Testing
@testable import KamerArchief

/// The two real official publications in `Fixtures/xml/`, byte for byte as published. Every
/// expected value below was read from the XML itself.
@Suite("Official XML reader on the real Kamerbrief kst-28844-269")
struct OfficialXMLKamerbriefTests {
    let parsed: (document: Document?, diagnostics: [Diagnostic])
    init() throws { parsed = try readXMLFixture("kst-28844-269.xml") }

    @Test("the letter reads without diagnostics as a kamerbrief of 7 July 2023 in dossier 28844, nr. 269")
    func metadata() throws {
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.kind == .kamerbrief)
        #expect(document.format == .officielePublicatie)
        #expect(document.date == "2023-07-07")
        #expect(document.metadata.datum == "2023-07-07")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "28844", ondernummer: "269"))
        #expect(document.metadata.vergaderjaar == "2022-2023")
        #expect(document.metadata.dossierTitle == "Integriteitsbeleid openbaar bestuur en politie")
        #expect(document.title == "Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties")
        #expect(document.metadata.fields.map(\.value) == ["Tweede Kamer der Staten-Generaal"])
        #expect(document.metadata.ondertekening == [
            Signer(naam: "H.G.J. Bruins Slot", functie: "De Minister van Binnenlandse Zaken en Koninkrijksrelaties"),
        ])
    }

    @Test("the tussenkoppen start sections after an opening section with the address and date lines")
    func sections() throws {
        let document = try #require(parsed.document)
        #expect(document.sections.map(\.title) == [
            "Inleiding", "Inleiding", "Lobbyregister Ierland", "Voorstel kabinet in relatie tot het onderzoeksrapport",
            "Uitvoering motie van de leden Van Baarle en Dassen aanscherping Uitvoeringsrichtlijn openbare agenda’s bewindslieden",
            "Vindbaarheid agenda-activiteiten",
            "Opzet evaluaties verbetering openbare agenda’s bewindspersonen en lobbyparagrafen in memories van toelichting",
        ])
        #expect(Set(document.sections.map(\.id)).count == 7)
        #expect(document.sections[0].id == "inleiding")
        #expect(document.sections[0].paragraphs.map(\.text) == [
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Den Haag, 7 juli 2023",
        ])
        // The al-groep's three paragraphs stay three paragraphs.
        #expect(document.sections[4].paragraphs.count == 3)
        #expect(document.xmlParagraphs.count == 18)
    }

    @Test("exactly 15 footnotes, numbered 1 to 15, each marker right after the word it follows")
    func footnotes() throws {
        let document = try #require(parsed.document)
        #expect(document.footnotes.map(\.number) == Array(1...15))
        #expect(document.xmlParagraphs.flatMap(\.noteRefs).map(\.footnote) == Array(1...15))
        #expect(document.footnotes[0].text == "Kamerstuk 28 844, nr. 266.")
        #expect(document.footnotes[3].text == "Herschel, H.F. en LaPira, T.M. 2017, How many lobbyists are in Washington? Shadow lobbying and the gray market for policy advocacy, Interest Groups & Advocacy, 6:199–214.")
        let first = try #require(document.xmlParagraph(containing: "In het debat met de vaste commissie"))
        #expect(first.textBefore(note: 1, count: 21) == "bestuur op 9 mei 2023")
        #expect(first.text.contains("op 9 mei 2023 heb ik uw Kamer vóór"))
        // Positions: the paragraph at its <al>, the marker and the note at the <noot> (line 28, column 124).
        #expect(first.location == SourceLocation(file: "Content/kst-28844-269.xml", line: 28, column: 13))
        #expect(first.noteRefs[0].location == SourceLocation(file: "Content/kst-28844-269.xml", line: 28, column: 124))
        #expect(document.footnotes[0].location == first.noteRefs[0].location)
        let thirteenth = try #require(document.xmlParagraph(containing: "beschouw ik de betreffende motie"))
        #expect(thirteenth.textBefore(note: 13, count: 17) == "Van Baarle-Dassen")
        let last = try #require(document.xmlParagraph(containing: "Tot slot zijn agenda-activiteiten"))
        #expect(last.noteRefs.map(\.footnote) == [14, 15])
        #expect(last.textBefore(note: 14, count: 26) == "gefilterd op activiteiten.")
        #expect(last.noteRefs[1].offset == last.text.unicodeScalars.count)
    }

    @Test("the 6 extref targets become exact citations, the Handelingen one included")
    func extrefs() throws {
        let document = try #require(parsed.document)
        let exact = document.xmlCitations.filter { !$0.url.isEmpty }
        #expect(exact.map(\.text) == [
            "84, item 12", "https://www.rijksoverheid.nl/archief",
            "28 844, nr. 266", "28 844, nr. 261", "36 101, nr. 15", "28 844, nr. 261",
        ])
        let handelingen = try #require(exact.first)
        #expect(handelingen.kind == .handelingen)
        #expect(handelingen.url == "https://zoek.officielebekendmakingen.nl/h-tk-20222023-84-12.html")
        #expect(handelingen.kamer == "II" && handelingen.vergaderjaar == "2022/23" && handelingen.number == "84" && handelingen.item == "12")
        let paragraph = try #require(document.xmlParagraph(containing: "Tweeminuten-debat"))
        #expect(String(paragraph.text.unicodeScalars.dropFirst(paragraph.citations[0].range.offset).prefix(11)) == "84, item 12")
        #expect(paragraph.citations.count == 1)
        let url = exact[1]
        #expect(url.kind == .url && url.url == "https://www.rijksoverheid.nl/archief")
        let note1 = document.footnotes[0].citations
        #expect(note1.count == 1)
        #expect(note1.first?.kind == .kamerstuk && note1.first?.dossier == "28844" && note1.first?.ondernummer == "266")
        #expect(note1.first?.range == TextRange(offset: 10, length: 15))
    }

    @Test("no markup or entity reaches any text")
    func noMarkup() throws {
        let document = try #require(parsed.document)
        let texts = document.xmlParagraphs.map(\.text) + document.footnotes.map(\.text) + document.xmlSections.map(\.title) + [document.title]
        for text in texts {
            #expect(!text.contains("<") && !text.contains("&lt;") && !text.contains("&gt;") && !text.contains("&amp;") && !text.contains("xpp"), "\(text)")
            #expect(!text.contains("\n") && !text.contains("  ") && text == text.trimmingCharacters(in: .whitespaces))
        }
        #expect(document.footnotes[13].text.contains("Navigeer via Home > regering > Agenda"))
    }
}

@Suite("Official XML reader on the real memorie van toelichting kst-36750-3")
struct OfficialXMLMemorieTests {
    let parsed: (document: Document?, diagnostics: [Diagnostic])
    init() throws { parsed = try readXMLFixture("kst-36750-3.xml") }

    @Test("the memorie reads without diagnostics as a memorie-van-toelichting in dossier 36750, nr. 3")
    func metadata() throws {
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.kind == .memorieVanToelichting)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36750", ondernummer: "3"))
        #expect(document.metadata.vergaderjaar == "2024-2025")
        let dossierTitle = "Voorstel van wet van de leden Vedder, Grinwis en Bromet tot wijziging van de Tijdelijke wet Klimaatfonds in verband met het beschikbaar stellen van financiële middelen uit het Klimaatfonds voor de landbouwsector"
        #expect(document.metadata.dossierTitle == dossierTitle)
        #expect(document.title == "Memorie van toelichting – " + dossierTitle)
        // No date line in the text: the issue date the metadata states.
        #expect(document.date == "2025-05-21")
        #expect(document.metadata.ondertekening.map(\.naam) == ["Vedder", "Grinwis", "Bromet"])
        #expect(document.metadata.indieners == ["L. Bromet", "P.A. Grinwis", "E.C. Vedder"])
    }

    @Test("the nested divisie chapters become a section tree with the printed numbers")
    func sectionTree() throws {
        let document = try #require(parsed.document)
        #expect(document.sections.map(\.title) == ["I. ALGEMEEN", "II. ARTIKELSGEWIJS"])
        #expect(document.sections[0].paragraphs.isEmpty)
        #expect(document.sections[0].subsections.map(\.title) == ["1. Inleiding", "2. Hoofdlijnen wetsvoorstel", "3. Financiële gevolgen"])
        #expect(document.sections[0].subsections.map { $0.paragraphs.count } == [7, 8, 5])
        #expect(document.sections[1].subsections.map(\.title) == ["Artikel I", "Artikel II"])
        #expect(document.sections[1].subsections.map(\.role) == [.artikel, .artikel])
        #expect(document.sections[1].subsections[1].paragraphs.map(\.text) == ["De datum van inwerkingtreding van deze wet wordt bij koninklijk besluit bepaald."])
        #expect(Set(document.xmlSections.map(\.id)).count == document.xmlSections.count)
    }

    @Test("exactly 19 footnotes with their markers in order, and subscripts kept as text")
    func footnotes() throws {
        let document = try #require(parsed.document)
        #expect(document.footnotes.map(\.number) == Array(1...19))
        #expect(document.xmlParagraphs.flatMap(\.noteRefs).map(\.footnote) == Array(1...19))
        #expect(document.footnotes[2].text == "Kamerstukken II 2022/23, 36 277, nr. 3.")
        #expect(document.footnotes[9].text == "Kamerstukken II 2024/25, 36 600 M, nr. 2.")
        let paragraph = try #require(document.xmlParagraph(containing: "Al in het Klimaatakkoord van 2019"))
        #expect(paragraph.noteRefs.map(\.footnote) == [2, 3])
        #expect(paragraph.textBefore(note: 2, count: 17) == "CO2-equivalenten.")
        #expect(paragraph.text.hasSuffix("betreft de klimaatopgave voor de glastuinbouwsector."))
        let methaan = try #require(document.xmlParagraph(containing: "inclusief het methaandoel."))
        #expect(methaan.noteRefs.last?.footnote == 8)
        #expect(document.xmlParagraph(containing: "getoetst of broeikasgasreductie") != nil)
    }

    @Test("the 13 extref targets become exact citations with dossier and toevoeging")
    func extrefs() throws {
        let document = try #require(parsed.document)
        let exact = document.footnotes.flatMap(\.citations).filter { $0.kind == .url || $0.text.first?.isNumber == true }
        #expect(exact.count == 13)
        let targets = exact.map { $0.kind == .kamerstuk ? "kst-\($0.dossier!)-\($0.ondernummer!)" : $0.url }
        #expect(targets == [
            "https://www.globalmethanepledge.org/", "kst-36277-3", "kst-36600-XIV-2", "kst-36600-M-2",
            "kst-36274-3", "kst-36274-3", "kst-36274-3", "kst-36277-3", "kst-36274-3", "kst-34682-114",
            "kst-36471-97", "kst-36277-59", "kst-36274-3",
        ])
        let xiv = exact[2]
        #expect(xiv.text == "36 600 XIV, nr. 2" && xiv.dossier == "36600-XIV" && xiv.ondernummer == "2")
        #expect(xiv.url == "https://zoek.officielebekendmakingen.nl/kst-36600-XIV-2.html")
        // The parser adds nothing that overlaps an extref: one citation per reference.
        #expect(document.footnotes[12].citations.count == 2)
    }

    @Test("no markup or processing instruction reaches any text")
    func noMarkup() throws {
        let document = try #require(parsed.document)
        let texts = document.xmlParagraphs.map(\.text) + document.footnotes.map(\.text) + document.xmlSections.map(\.title)
        for text in texts {
            #expect(!text.contains("<") && !text.contains("&lt;") && !text.contains("xpp") && !text.contains("  "), "\(text)")
        }
        #expect(document.xmlParagraph(containing: "formeel ingetrokken door de Minister") != nil)
    }
}
