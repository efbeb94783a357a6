import Foundation
import Testing
@testable import KamerArchief

/// What every form of the fixtures' item of the Handelingen (meeting 58, item 9) gives: a report
/// titled by the item, its place in the Handelingen as a field and as its identity, its speakers
/// and its one section.
func expectItemNine(_ document: Document, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(document.kind == .verslag && document.title == "Nationale batterijstrategie", sourceLocation: sourceLocation)
    #expect(document.metadata.vergaderjaar == "2025-2026", sourceLocation: sourceLocation)
    #expect(document.metadata.fields.first { $0.label == HandelingenItem.fieldLabel }?.value == "Handelingen II 2025/26, nr. 58, item 9",
            sourceLocation: sourceLocation)
    #expect(document.publication == "h-tk-20252026-58-9", sourceLocation: sourceLocation)
    #expect(document.metadata.fields.first { $0.label == DebateTranscript.speakersLabel }?.value
        == "De heer Erkens (VVD); Mevrouw Kröger (GroenLinks-PvdA); Minister Hermans", sourceLocation: sourceLocation)
    #expect(document.allSections.map(\.title) == ["Nationale batterijstrategie"], sourceLocation: sourceLocation)
}

/// Reports of plenary debates as web pages show them: a mirror's `Stenogram` (the report before its
/// correction), the Handelingen on officielebekendmakingen.nl and on parlementairemonitor.nl.
@Suite("Plenary debates as web pages")
struct PlenaryDebatePageTests {
    @Test("a mirror's stenogram: a report, its speakers' turns, its remarks in brackets as text")
    func stenogram() throws {
        let document = try ingestFixture("variants/pagina-stenogram.txt")
        #expect(document.kind == .verslag && document.format == .pageDump)
        #expect(document.title == "Debat over de nationale batterijstrategie (36410) 1e TK (ongecorrigeerd)")
        #expect(document.date == "2026-03-12")
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.speakersLabel }?.value
            == "De heer Erkens (VVD); Mevrouw Kröger (GroenLinks-PvdA); Minister Hermans")
        // `(Applaus)` is a remark between turns, not a heading over the rest of the debate.
        #expect(!document.allSections.contains { $0.title.hasPrefix("(") })
        let paragraphs = document.allParagraphs.map(\.text)
        let applause = try #require(paragraphs.firstIndex(of: "(Applaus)"))
        #expect(paragraphs[applause - 1].hasSuffix("een norm voor het laden in de piekuren."))
        #expect(paragraphs[applause + 1] == "De voorzitter:")
        #expect(paragraphs.last == "De vergadering wordt van 16.42 uur tot 16.50 uur geschorst.")
    }
}

extension PlenaryDebatePageTests {
    @Test("officielebekendmakingen.nl: the item's facts give its place in the Handelingen and the meeting's day, its heading the title")
    func officieleBekendmakingen() throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText("variants/handeling-ob.txt")) == .pageDumpKamerstuk)
        let document = try ingestFixture("variants/handeling-ob.txt")
        #expect(document.format == .pageDump)
        // The meeting's day, which touches the item's number in the row (`item 912 maart 2026`).
        #expect(document.date == "2026-03-12")
        expectItemNine(document)
        let paragraphs = document.allParagraphs
        #expect(paragraphs.first?.text == "Aan de orde is het debat over de nationale batterijstrategie (Kamerstuk 32 813, nr. 1520).")
        #expect(paragraphs.last?.text == "De beraadslaging wordt gesloten.")
        // The page's dashed list: the dash glued after each bullet is no part of the item's text.
        #expect(paragraphs.filter { $0.listLabel != nil }.map(\.text) == [
            "de brief over de voortgang van de batterijstrategie (32813, nr. 1520);",
            "de aangehouden motie-Kröger over buurtbatterijen (32813, nr. 1498).",
        ])
        let text = paragraphs.map(\.text).joined(separator: "\n")
        for chrome in ["Ga direct naar inhoud", "Datum publicatie", "Staten-Generaal2025", "Deel deze pagina", "Privacy", "9 Nationale"] {
            #expect(!text.contains(chrome), "\(chrome)")
        }
    }

    @Test("the facts' row: house, vergaderjaar, meeting, item, and the dates where the row has them", arguments: [
        ("13 maart 2026Tweede Kamer der Staten-Generaal2025-2026nr. 58, item 912 maart 2026", "9",
         "Handelingen II 2025/26, nr. 58, item 9", "2026-03-12", "2026-03-13"),
        ("Tweede Kamer der Staten-Generaal2016-2017nr. 97, item 8", "8", "Handelingen II 2016/17, nr. 97, item 8", nil, nil),
        ("Eerste Kamer der Staten-Generaal2023–2024nr. 12, item 3", "3", "Handelingen I 2023/24, nr. 12, item 3", nil, nil),
        // Without a heading to tell, the day takes two digits where they make one.
        ("Tweede Kamer der Staten-Generaal2025-2026nr. 58, item 1214 maart 2026", nil, "Handelingen II 2025/26, nr. 58, item 12", "2026-03-14", nil),
        ("Tweede Kamer der Staten-Generaal2025-2026nr. 58, item 123 maart 2026", "12", "Handelingen II 2025/26, nr. 58, item 12", "2026-03-03", nil),
        ("Tweede Kamer der Staten-Generaal2025-2026nr. 58, item 84 maart 2026", nil, "Handelingen II 2025/26, nr. 58, item 8", "2026-03-04", nil),
    ] as [(String, String?, String, String?, String?)])
    func factsRow(row: String, heading: String?, citation: String, meetingDate: String?, published: String?) throws {
        let facts = try #require(HandelingenItem.facts(row))
        let (item, date) = HandelingenItem.item(facts, heading: heading)
        #expect(HandelingenItem.citation(kamer: facts.kamer, vergaderjaar: facts.vergaderjaar, meeting: facts.meeting, item: item) == citation)
        #expect(date == meetingDate)
        #expect(facts.published == published)
    }

    @Test("an older item's facts name it by its pages: the citation, and the meeting's day where the row has it; where the last page and the day touch, the pages' span and the day of publication decide, else neither is given", arguments: [
        ("Tweede Kamer der Staten-Generaal2009-2010nr. 78, pagina 6621-6625", "Handelingen II 2009/10, nr. 78, pagina 6621-6625", nil),
        ("Tweede Kamer der Staten-Generaal2009-2010nr. 12, pagina 998-10025 oktober 2009", "Handelingen II 2009/10, nr. 12, pagina 998-1002", "2009-10-05"),
        ("Tweede Kamer der Staten-Generaal2004-2005nr. 97, pagina 66215 juni 2005", "Handelingen II 2004/05, nr. 97", nil),
        ("20 juni 2005Tweede Kamer der Staten-Generaal2004-2005nr. 97, pagina 66215 juni 2005", "Handelingen II 2004/05, nr. 97, pagina 662", "2005-06-15"),
        ("8 juni 2005Tweede Kamer der Staten-Generaal2004-2005nr. 97, pagina 66215 juni 2005", "Handelingen II 2004/05, nr. 97, pagina 6621", "2005-06-05"),
        ("28 april 2010Tweede Kamer der Staten-Generaal2009-2010nr. 78, pagina 6621-662522 april 2010",
         "Handelingen II 2009/10, nr. 78, pagina 6621-6625", "2010-04-22"),
        ("Tweede Kamer der Staten-Generaal2004-2005nr. 97, pagina 60573 juni 2005", "Handelingen II 2004/05, nr. 97, pagina 6057", "2005-06-03"),
    ] as [(String, String, String?)])
    func factsRowWithPages(row: String, citation: String, meetingDate: String?) throws {
        let facts = try #require(HandelingenItem.facts(row))
        let (pages, date) = HandelingenItem.pages(facts, firstPage: try #require(facts.firstPage))
        #expect(HandelingenItem.citation(kamer: facts.kamer, vergaderjaar: facts.vergaderjaar, meeting: facts.meeting, pages: pages) == citation)
        #expect(date == meetingDate)
    }

    @Test("an item's page without its number: under its pages' facts, at the chair's opening, or at its title alone; a report named by the opening or the title", arguments: [
        ("Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\nTweede Kamer der Staten-Generaal2009-2010nr. 78, pagina 6621-6625\n\n",
         "Debat naar aanleiding van een algemeen overleg op 8 april 2026 over thuisbatterijen"),
        ("", "Debat naar aanleiding van een algemeen overleg op 8 april 2026 over thuisbatterijen"),
        ("Regeling van werkzaamheden\n\n", "Regeling van werkzaamheden"),
    ])
    func itemWithoutNumber(above: String, title: String) throws {
        let opening = above.hasPrefix("Regeling") ? "" : "Aan de orde is het debat naar aanleiding van een algemeen overleg op 8 april 2026 over thuisbatterijen.\n\n(Zie vergadering van heden.)\n\n"
        let text = above + opening + """
            De heer Erkens (VVD):

            Voorzitter. Ik dien de volgende motie in.

            De Kamer,

            gehoord de beraadslaging,

            verzoekt de regering, de netbeheerders te vragen buurtbatterijen voorrang te geven,

            en gaat over tot de orde van de dag.

            De voorzitter:

            Deze motie is voorgesteld door het lid Erkens.

            """
        #expect(FormatDetector.detect(text) == .pageDumpKamerstuk)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/h.txt", stem: "h", bytes: Array(text.utf8))).document)
        #expect(document.kind == .verslag)
        #expect(document.title == title)
        #expect(document.pillars.isEmpty)
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.speakersLabel }?.value == "De heer Erkens (VVD)")
        if !above.isEmpty, !above.hasPrefix("Regeling") {
            #expect(document.metadata.vergaderjaar == "2009-2010")
            #expect(document.metadata.fields.first { $0.label == HandelingenItem.fieldLabel }?.value == "Handelingen II 2009/10, nr. 78, pagina 6621-6625")
        }
    }

    @Test("rows that are no item's facts", arguments: [
        "10 maart 2026Tweede Kamer der Staten-Generaal2025-202632813 nr. 1520", "Provinciale Staten2025-2026nr. 58, item 9",
        "Tweede Kamer der Staten-Generaal2025-2026nr. , item 9", "Tweede Kamer der Staten-Generaal2025-2026nr. 58, item x",
    ])
    func notFacts(row: String) {
        #expect(HandelingenItem.facts(row) == nil)
    }
}

/// Pages of parlementairemonitor.nl: the page's facts above the paper, and the paper's text with its
/// typeset pages' breaks as empty lines.
@Suite("Papers on parlementairemonitor.nl")
struct MonitorPageTests {
    @Test("a paper's page: the facts give number, dossier, date and committee; a page break within a sentence or the head joins")
    func verslag() throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText("variants/pagina-pm-verslag.txt")) == .pageDumpKamerstuk)
        let document = try ingestFixture("variants/pagina-pm-verslag.txt")
        #expect(document.kind == .verslag && document.format == .pageDump)
        #expect(document.title == "Verslag van een schriftelijk overleg over de geannoteerde agenda van de Energieraad van 16 juni 2026")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "21501-33", ondernummer: "745"))
        #expect(document.metadata.dossierTitle == "Raad voor Vervoer, Telecommunicatie en Energie")
        // `Vergaderjaar 2025-` and `2026` on either side of a page break.
        #expect(document.metadata.vergaderjaar == "2025-2026")
        #expect(document.date == "2026-06-11")
        #expect(document.metadata.fields.first { $0.label == MonitorPage.committeeLabel }?.value == "Klimaat en Groene Groei (KGG)")
        #expect(document.metadata.ondertekening.map(\.naam) == ["Kops", "Reinders"])
        // The committee's note stands where the typeset page's foot was, under the signatures.
        #expect(document.footnotes.map(\.number) == [1])
        #expect(document.footnotes.first?.text.hasPrefix("Samenstelling: Kops (PVV), voorzitter,") == true)
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1])
        #expect(!document.allParagraphs.contains { $0.text.hasPrefix("1 Samenstelling") })
        let items = document.allParagraphs.filter { $0.listLabel != nil }.map(\.text)
        #expect(items.last == "de brief van 20 mei 2026 inzake het verslag van de Energieraad van 12 mei 2026 (Kamerstuk 21 501-33, nr. 741).")
        #expect(document.allSections.map(\.title) == [
            "Tekst", "I Vragen en opmerkingen vanuit de fracties", "Vragen en opmerkingen van de leden van de VVD-fractie",
            "II Reactie van de bewindspersoon",
        ])
        let text = document.allParagraphs.map(\.text).joined(separator: "\n")
        for chrome in ["Kerngegevens", "Documentdatum", "Originele document", "toegevoegd aan dossier", "Vergaderjaar"] {
            #expect(!text.contains(chrome), "\(chrome)")
        }
    }

    @Test("a debate's page: titled and dated by the page, a report with its speakers")
    func debate() throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText("variants/pagina-pm-handeling.txt")) == .pageDumpKamerstuk)
        let document = try ingestFixture("variants/pagina-pm-handeling.txt")
        #expect(document.kind == .verslag && document.format == .pageDump)
        #expect(document.title == "Debat over de nationale batterijstrategie (donderdag 12 maart 2026)")
        #expect(document.date == "2026-03-12")
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.speakersLabel }?.value
            == "De heer Erkens (VVD); Mevrouw Kröger (GroenLinks-PvdA); Minister Hermans")
        #expect(document.allSections.map(\.title) == ["Nationale batterijstrategie"])
        let text = document.allParagraphs.map(\.text).joined(separator: "\n")
        for chrome in ["Parlementaire monitor", "kalender", "Zaterdag 14 maart 2026", "9 Nationale"] {
            #expect(!text.contains(chrome), "\(chrome)")
        }
    }

    @Test("the facts' values", arguments: [
        ("Kenmerk 35099, nr. D", "35099", "D"), ("Kenmerk 21501-33, nr. 745", "21501-33", "745"),
    ])
    func kenmerk(line: String, dossier: String, number: String) {
        #expect(MonitorPage.kamerstuk(String(line.dropFirst("Kenmerk ".count))) == KamerstukNumber(dossier: dossier, ondernummer: number))
        #expect("28-02-2020".isoFromDayMonthYear == "2020-02-28" && "2020-02-28".isoFromDayMonthYear == nil)
        #expect(MonitorPage.datedTitle("Regeling van werkzaamheden (dinsdag 30 oktober 2012)") == "2012-10-30")
        #expect(MonitorPage.dossierTitle("wetsvoorstel 35099 (R2114) - Rijkswet Koninkrijksgeschillen i.") == "Rijkswet Koninkrijksgeschillen")
    }
}

/// A web page of the paper itself (officielebekendmakingen.nl, tweedekamer.nl) lists the paper's
/// notes after its text: `1 Kamerstuk …` a line each, or under `Noten` with each number alone.
@Suite("Notes on web pages of papers")
struct PaperPageNoteTests {
    static func page(notes: String) throws -> String {
        try TestPaths.fixtureText("variants/pagina-ob-brief.txt")
            .replacingOccurrences(of: "van 12 februari 2026.", with: "van 12 februari 2026.1")
            .replacingOccurrences(of: "in wijken met netcongestie.", with: "in wijken met netcongestie.2")
            .replacingOccurrences(of: "Deel deze pagina", with: notes + "Deel deze pagina")
    }

    @Test("the notes after the signature, in either form, with their markers; the signature stays the signature", arguments: [
        "1 Kamerstuk 32 813, nr. 1490.\n\n2 Zie www.netbeheernederland.nl.\n\n",
        "Noten\n\n1\n\nKamerstuk 32 813, nr. 1490.\n\n2\n\nZie www.netbeheernederland.nl.\n\n",
    ])
    func notes(_ notes: String) throws {
        let text = try Self.page(notes: notes)
        let (read, diagnostics) = Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: Array(text.utf8)))
        let document = try #require(read)
        #expect(document.footnotes.map(\.number) == [1, 2])
        #expect(document.footnotes.map(\.text) == ["Kamerstuk 32 813, nr. 1490.", "Zie www.netbeheernederland.nl."])
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1, 2])
        #expect(!diagnostics.contains { $0.code == .unresolvedFootnote }, "\(diagnostics)")
        #expect(document.metadata.ondertekening == [Signer(naam: "S.T.M. Hermans", functie: "De Minister van Klimaat en Groene Groei")])
        #expect(document.allParagraphs.last?.text == "Netbeheerders plaatsen in 2026 veertig buurtbatterijen in wijken met netcongestie.")
    }
}

/// A whole plenary meeting's report on a house's own site, and an item's page on
/// officielebekendmakingen.nl that opens with the item's heading.
@Suite("Plenary meetings' reports on the houses' sites")
struct PlenaryReportPageTests {
    @Test("tweedekamer.nl and eerstekamer.nl: a verslag titled and dated by its first line, its status a field, the site's lines gone, each heading once", arguments: [
        ("variants/plenair-tk.txt", "Tweede Kamer, 58e vergadering, donderdag 12 maart 2026", "2026-03-12", nil, "58e", "Gecorrigeerd",
         ["Opening", "Mededelingen", "Nationale batterijstrategie"], "De heer Erkens (VVD); Mevrouw Kröger (GroenLinks-PvdA); Minister Hermans"),
        ("variants/plenair-ek.txt", "Verslag van de plenaire vergadering van dinsdag 17 maart 2026", "2026-03-17", "2025-2026", "22e",
         "ongecorrigeerd", ["Opening", "Wet collectieve warmte"], "De heer Kluit (GroenLinks-PvdA); De heer Jetten, minister voor Klimaat en Energie"),
    ] as [(String, String, String, String?, String, String, [String], String)])
    func report(
        name: String, title: String, date: String, vergaderjaar: String?, meeting: String, status: String, sections: [String], speakers: String
    ) throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText(name)) == .pageDumpKamerstuk)
        let document = try ingestFixture(name)
        #expect(document.kind == .verslag && document.format == .pageDump)
        #expect(document.title == title)
        #expect(document.date == date)
        #expect(document.metadata.vergaderjaar == vergaderjaar)
        #expect(document.metadata.fields.first { $0.label == PlenaryReportPage.meetingLabel }?.value == meeting)
        #expect(document.metadata.fields.first { $0.label == PlenaryReportPage.statusLabel }?.value == status)
        #expect(document.allSections.map(\.title) == sections)
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.speakersLabel }?.value == speakers)
        let paragraphs = document.allParagraphs.map(\.text)
        // The chair in the head is text, not a heading over the meeting.
        #expect(paragraphs.contains { $0.hasPrefix("Voorzitter: ") })
        for chrome in ["Aanvang:", "Sluiting:", "Status:", "Bekijk de video", "Een verslag met de status"] {
            #expect(!paragraphs.contains { $0.hasPrefix(chrome) }, "\(chrome)")
        }
        #expect(paragraphs.last == "De beraadslaging wordt gesloten.")
    }

    @Test("tweedekamer.nl's report as another dump gives it (`Plenair verslag Tweede Kamer, 58e vergadering`, the day on its own line, the times and status as a list): the same report")
    func reportWithFactsAsList() throws {
        let page = try TestPaths.fixtureText("variants/plenair-tk.txt")
        let head = "Tweede Kamer, 58e vergadering, donderdag 12 maart 2026\n\nAanvang: 10:15 uur\n\nSluiting: 23:02 uur\n\nStatus: Gecorrigeerd\n"
        #expect(page.hasPrefix(head))
        let listed = "Plenair verslag Tweede Kamer, 58e vergadering\nDonderdag 12 maart 2026\n\n • Aanvang\n  10:15 uur\n • Sluiting\n  23:02 uur\n • Status\n  Gecorrigeerd\n"
            + page.dropFirst(head.count)
        #expect(FormatDetector.detect(listed) == .pageDumpKamerstuk)
        let (read, _) = Ingester.ingest(ContentFile(path: "Content/listed.txt", stem: "listed", bytes: Array(listed.utf8)))
        let document = try #require(read)
        let original = try ingestFixture("variants/plenair-tk.txt")
        #expect(document.kind == .verslag && document.title == original.title && document.date == original.date)
        #expect(document.metadata.fields.map(\.value) == original.metadata.fields.map(\.value))
        #expect(document.allSections.map(\.title) == original.allSections.map(\.title))
        #expect(document.allParagraphs.map(\.text) == original.allParagraphs.map(\.text))
    }

    @Test("an item's page that opens with its heading, without the facts above it: titled by the heading, a report")
    func itemWithoutFacts() throws {
        let page = try TestPaths.fixtureText("variants/handeling-ob.txt")
        let start = try #require(page.range(of: "9 Nationale batterijstrategie"))
        let text = String(page[start.lowerBound...])
        #expect(FormatDetector.detect(text) == .pageDumpKamerstuk)
        let (read, _) = Ingester.ingest(ContentFile(path: "Content/item.txt", stem: "item", bytes: Array(text.utf8)))
        let document = try #require(read)
        #expect(document.kind == .verslag)
        #expect(document.title == "Nationale batterijstrategie")
        #expect(document.allSections.map(\.title) == ["Nationale batterijstrategie"])
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.speakersLabel }?.value
            == "De heer Erkens (VVD); Mevrouw Kröger (GroenLinks-PvdA); Minister Hermans")
        // Without the facts there is no place in the Handelingen to name.
        #expect(document.publication == nil)
    }

    @Test("the chair of a first meeting, and the chair and clerk in a head, are told from headings", arguments: [
        ("Tijdelijke voorzitter: Backer", true), ("Voorzitter: Arib", true), ("Tijdelijke voorzitter: zie hieronder.", false),
    ])
    func meetingRole(_ text: String, _ expected: Bool) {
        #expect(SpeakerLabel.isMeetingRole(text) == expected)
        #expect(SpeakerLabel.isLabel("De tijdelijke voorzitter:") && SpeakerLabel.isChair("De tijdelijke voorzitter"))
    }
}

/// An item's report on tweedekamer.nl (`Stenogram : …`, its heading, then its facts a line each).
@Suite("An item's report on tweedekamer.nl")
struct TweedeKamerItemPageTests {
    @Test("the item: its facts give its place in the Handelingen and the day it was published, the page's lines are gone, each line a paragraph")
    func stenogram() throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText("variants/pagina-tk-stenogram.txt")) == .pageDumpKamerstuk)
        let document = try ingestFixture("variants/pagina-tk-stenogram.txt")
        #expect(document.format == .pageDump)
        #expect(document.date == "2026-03-13")
        expectItemNine(document)
        let paragraphs = document.allParagraphs.map(\.text)
        #expect(paragraphs.first == "Aan de orde is het debat over de nationale batterijstrategie (Kamerstuk 32 813, nr. 1520).")
        #expect(paragraphs.last == "De beraadslaging wordt gesloten.")
        for chrome in ["Stenogram", "Vergaderjaar", "Vergaderingnummer", "Te raadplegen", "2026-03-13", "Inhoudsopgave", "Gerelateerde", "Toon alle", "9 Nationale"] {
            #expect(!paragraphs.contains { $0.hasPrefix(chrome) }, "\(chrome)")
        }
        // The page gives each paragraph a line of its own and no blank line between them: a
        // turn's two paragraphs, and a remark after a long one, stay apart.
        let second = try #require(paragraphs.firstIndex { $0.hasPrefix("Ik vraag de minister om die norm") })
        #expect(paragraphs[second - 1].hasSuffix("heeft de minister een norm toegezegd."))
        #expect(paragraphs.contains("(Applaus)"))
        #expect(paragraphs.count == 18)
    }

    @Test("the item's page on tweedekamer.nl and on officielebekendmakingen.nl are one paper: the archive keeps one and warns")
    func sameItemOnTwoSites() throws {
        let documents = try [("a.txt", "variants/pagina-tk-stenogram.txt"), ("b.txt", "variants/handeling-ob.txt")].map { name, fixture in
            let file = ContentFile(path: "Content/\(name)", stem: String(name.prefix(1)), bytes: Array(try TestPaths.fixtureText(fixture).utf8))
            return (summary: try #require(Ingester.ingest(file).document).summary, source: file.path)
        }
        let (diagnostics, superseded) = Ingester.duplicateKamerstukken(documents)
        #expect(superseded.count == 1 && diagnostics.count == 1, "\(diagnostics)")
    }

    @Test("facts the page lacks: without the day it was published the item is undated; a meeting's number that is no number is no item's page")
    func missingFacts() throws {
        let page = try TestPaths.fixtureText("variants/pagina-tk-stenogram.txt")
        let undated = page.replacingOccurrences(of: "Te raadplegen sinds\n2026-03-13Inhoudsopgave\n", with: "")
        let (read, _) = Ingester.ingest(ContentFile(path: "Content/u.txt", stem: "u", bytes: Array(undated.utf8)))
        let document = try #require(read)
        #expect(document.date == nil && document.publication == "h-tk-20252026-58-9")
        #expect(document.allParagraphs.first?.text.hasPrefix("Aan de orde is") == true)
        let noNumber = page.replacingOccurrences(of: "Vergaderingnummer 58", with: "Vergaderingnummer onbekend")
        #expect(FormatDetector.detect(noNumber) == nil)
    }
}

extension PlenaryDebatePageTests {
    @Test("an item of the Handelingen that prints a motie read out in the debate: the debate after the motie's closing is text, not the motie's members")
    func motieInDebate() throws {
        let page = try TestPaths.fixtureText("variants/handeling-ob.txt").replacingOccurrences(
            of: "Beide zijn nodig.\n",
            with: """
                Beide zijn nodig. Daarom dien ik de volgende motie in.

                Motie

                De Kamer,

                gehoord de beraadslaging,

                verzoekt de regering, een norm voor thuisbatterijen vast te stellen,

                en gaat over tot de orde van de dag.

                De voorzitter:

                Deze motie is voorgesteld door de leden Erkens en Kröger.

                Zij krijgt nr. 1530 (32813).

                """)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/item.txt", stem: "item", bytes: Array(page.utf8))).document)
        #expect(document.kind == .verslag)
        #expect(document.metadata.ondertekening.isEmpty)
        let paragraphs = document.allParagraphs.map(\.text)
        #expect(paragraphs.contains("Zij krijgt nr. 1530 (32813)."))
        #expect(paragraphs.last == "De beraadslaging wordt gesloten.")
    }
}
