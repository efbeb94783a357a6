import Foundation
import Testing
@testable import KamerArchief

/// The report of a meeting of the Tweede Kamer as its open data serve it (`Verslag/{id}/resource`):
/// XML in the VLOS schema's vocabulary, a `vergadering` of activities (`activiteit`) and their parts
/// (`activiteithoofd`), each turn's text opening with its speaker's label.
@Suite("Meeting reports in the Tweede Kamer's XML (VLOS)")
struct VLOSReportTests {
    @Test("a plenary meeting: titled and dated by its meeting, its activities sections, its turns and passages text, its facts not printed again")
    func plenaryMeeting() throws {
        let document = try ingestFixture("variants/vlos-plenair.xml")
        #expect(document.kind == .verslag && document.format == .vlos)
        #expect(document.title == "Tweede Kamer, 58e vergadering, 12 maart 2026")
        #expect(document.date == "2026-03-12")
        #expect(document.metadata.vergaderjaar == "2025-2026")
        #expect(document.metadata.fields.map(\.label) == ["Kamer", PlenaryReportPage.meetingLabel, PlenaryReportPage.statusLabel, DebateTranscript.speakersLabel])
        #expect(document.metadata.fields.map(\.value) == [
            "Tweede Kamer", "58e", "Gecorrigeerd", "De heer Erkens (VVD); Mevrouw Kröger (GroenLinks-PvdA); Minister Hermans",
        ])
        // An activity's one part titled as the activity is no section of its own.
        #expect(document.sections.map(\.title) == ["Opening", "Mededelingen", "Nationale batterijstrategie"])
        #expect(document.allSections.count == 3)

        let paragraphs = document.allParagraphs
        let texts = paragraphs.map(\.text)
        // The labels open the turns, in emphasis whole; the interruption stands inside the turn.
        let label = try #require(paragraphs.first { $0.text == "Mevrouw Kröger (GroenLinks-PvdA):" })
        #expect(label.emphasis == [TextRange(offset: 0, length: label.text.unicodeScalars.count)])
        #expect(texts.firstIndex(of: "Mevrouw Kröger (GroenLinks-PvdA):")! > texts.firstIndex(of: "Er is een interruptie van mevrouw Kröger.")!)
        // A standard passage (`draadboekfragment`) is text where it stands; a list in a turn is a list.
        #expect(texts.last == "De beraadslaging wordt gesloten.")
        #expect(paragraphs.filter { $0.listLabel != nil }.map(\.text) == ["een norm voor thuisbatterijen;", "een norm voor buurtbatterijen."])
        #expect(paragraphs.flatMap(\.citations).map(\.kamerstuk) == [KamerstukNumber(dossier: "32813", ondernummer: "1520")])
        // The facts beside the text: speakers, parties, zaken, times, committees, the hall.
        let all = texts.joined(separator: "\n")
        for fact in ["Spreekbeurt", "Silvio", "Volkspartij", "Brief over de voortgang", "2026Z01234", "2026-03-12T", "Plenaire zaal", "KGG", "Debat over de nationale"] {
            #expect(!all.contains(fact), "\(fact)")
        }
    }

    @Test("the meeting read from its XML and from its report's page on tweedekamer.nl: the same sections, turns and facts")
    func sameAsItsPage() throws {
        let xml = try ingestFixture("variants/vlos-plenair.xml")
        let page = try ingestFixture("variants/plenair-tk.txt")
        #expect(xml.date == page.date && page.title == "Tweede Kamer, 58e vergadering, donderdag 12 maart 2026")
        #expect(xml.sections.map(\.title) == page.sections.map(\.title))
        #expect(xml.metadata.fields.filter { $0.label != "Kamer" }.map(\.value) == page.metadata.fields.map(\.value))
        // The fixture's XML adds a list to the minister's turn.
        let listed = xml.allParagraphs.filter { $0.listLabel == nil }.map { $0.text.replacingOccurrences(of: "dit jaar:", with: "dit jaar.") }
        #expect(listed == page.allParagraphs.map(\.text))
    }

    @Test("a committee's meeting is titled by the debate it held; an activity without a title by its subject; other parts are sections within it")
    func committeeMeeting() throws {
        let xml = """
            <?xml version="1.0"?>
            <vlosdocument xmlns="http://www.tweedekamer.nl/vlos2" soort="Voorpublicatie" status="Ongecorrigeerd">
              <vergadering soort="Commissie" kamer="Tweede Kamer"><titel>Vergadering van de vaste commissie voor Klimaat en Groene Groei</titel>
                <vergaderjaar>2025-2026</vergaderjaar><vergaderingnummer>31</vergaderingnummer><datum>2026-02-04T00:00:00</datum>
                <activiteit soort="Commissiedebat"><titel></titel><onderwerp>Netcongestie en batterijen</onderwerp>
                  <activiteithoofd soort="Algemeen"><titel>Eerste termijn van de zijde van de commissie</titel>
                    <activiteitdeel soort="Spreekbeurt"><activiteititem soort="Woordvoerder"><woordvoerder>
                      <tekst><alinea><alineaitem>De heer Erkens (VVD):</alineaitem><alineaitem>Voorzitter. Batterijen helpen.</alineaitem></alinea></tekst>
                      <interrumpant><tekst><alinea><alineaitem>Mevrouw Kröger (GroenLinks-PvdA):</alineaitem><alineaitem>Welke?</alineaitem></alinea></tekst></interrumpant>
                    </woordvoerder></activiteititem></activiteitdeel>
                  </activiteithoofd>
                </activiteit>
              </vergadering>
            </vlosdocument>
            """
        let file = ContentFile(path: "Content/commissie.xml", stem: "commissie", bytes: Array(xml.utf8))
        let (read, diagnostics) = Ingester.ingest(file)
        let document = try #require(read, "\(diagnostics)")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document.format == .vlos && document.kind == .verslag)
        #expect(document.title == "Netcongestie en batterijen")
        #expect(document.date == "2026-02-04")
        #expect(document.metadata.fields.first { $0.label == PlenaryReportPage.meetingLabel }?.value == "31")
        #expect(document.metadata.fields.first { $0.label == PlenaryReportPage.statusLabel }?.value == "Ongecorrigeerd")
        #expect(document.sections.map(\.title) == ["Netcongestie en batterijen"])
        #expect(document.sections.first?.subsections.map(\.title) == ["Eerste termijn van de zijde van de commissie"])
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.speakersLabel }?.value == "De heer Erkens (VVD); Mevrouw Kröger (GroenLinks-PvdA)")
    }

    @Test("a committee's meeting that opens with the chair's Opening is titled by its debate, not by the opening; its number 0 is no number")
    func committeeMeetingWithOpening() throws {
        let xml = """
            <?xml version="1.0"?>
            <vlosdocument xmlns="http://www.tweedekamer.nl/vlos2" soort="Voorpublicatie" status="Ongecorrigeerd">
              <vergadering soort="Commissie" kamer="Tweede Kamer"><titel>MIVD</titel>
                <vergaderjaar>2024-2025</vergaderjaar><vergaderingnummer>0</vergaderingnummer><datum>2025-07-02T00:00:00</datum>
                <activiteit soort="Opening"><titel>Opening</titel><onderwerp>Opening</onderwerp>
                  <activiteithoofd soort="Algemeen"><titel>Opening</titel>
                    <activiteitdeel soort="Spreekbeurt"><activiteititem soort="Woordvoerder"><woordvoerder>
                      <tekst><alinea><alineaitem>De voorzitter:</alineaitem><alineaitem>Ik open de vergadering.</alineaitem></alinea></tekst>
                    </woordvoerder></activiteititem></activiteitdeel>
                  </activiteithoofd>
                </activiteit>
                <activiteit soort="Commissiedebat"><titel>MIVD</titel><onderwerp>MIVD</onderwerp>
                  <activiteithoofd soort="Algemeen"><titel>MIVD</titel>
                    <activiteitdeel soort="Spreekbeurt"><activiteititem soort="Woordvoerder"><woordvoerder>
                      <tekst><alinea><alineaitem>De heer Pool (PVV):</alineaitem><alineaitem>Voorzitter. Ik heb vragen.</alineaitem></alinea></tekst>
                    </woordvoerder></activiteititem></activiteitdeel>
                  </activiteithoofd>
                </activiteit>
              </vergadering>
            </vlosdocument>
            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/mivd.xml", stem: "mivd", bytes: Array(xml.utf8))).document)
        #expect(document.title == "MIVD")
        #expect(!document.metadata.fields.contains { $0.label == PlenaryReportPage.meetingLabel })
    }

    @Test("a report not yet written (its meeting's outline only, status Casco) is read, with a warning that it holds no text")
    func reportWithoutText() throws {
        let xml = """
            <vlosCoreDocument xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0" soort="Voorpublicatie" status="Casco">
              <vergadering soort="Plenair" kamer="Tweede Kamer"><titel>58e vergadering</titel><datum>2026-03-12T00:00:00</datum>
                <activiteit soort="Plenair debat"><titel>Nationale batterijstrategie</titel>
                  <activiteithoofd soort="Termijn"><titel>Nationale batterijstrategie</titel></activiteithoofd></activiteit>
              </vergadering>
            </vlosCoreDocument>
            """
        let (document, diagnostics) = OfficialXMLReader.read(Array(xml.utf8), path: "Content/casco.xml", id: "casco")
        #expect(document?.title == "Tweede Kamer, 58e vergadering, 12 maart 2026")
        #expect(diagnostics.map(\.code) == [.missingSection])
        #expect(diagnostics.first?.message.contains("status Casco") == true, "\(diagnostics)")
        // The plenary meeting's report of the fixture has text: no warning.
        let full = try TestPaths.fixtureText("variants/vlos-plenair.xml")
        #expect(OfficialXMLReader.read(Array(full.utf8), path: "Content/v.xml", id: "v").diagnostics.isEmpty)
    }

    @Test("an XML file of another root names the meeting report among the forms it knows")
    func unknownRoot() {
        let (document, diagnostics) = OfficialXMLReader.read(Array("<verslag><tekst/></verslag>".utf8), path: "Content/v.xml", id: "v")
        #expect(document == nil)
        #expect(diagnostics.first?.code == .unknownFormat && diagnostics.first?.message.contains("<vlosCoreDocument>") == true)
    }
}
