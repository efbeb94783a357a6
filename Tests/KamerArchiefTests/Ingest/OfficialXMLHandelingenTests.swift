import Foundation
import Testing
@testable import KamerArchief

/// An item of the Handelingen as officielebekendmakingen.nl publishes it in XML (`h-tk-….xml`):
/// `handelingen`, an `agendapunt` with its `item-titel`, the chair's text between turns, and each
/// turn a `spreekbeurt` of a `spreker` (`voorvoegsels`, `naam`, `politiek`) and its `tekst`.
@Suite("The Handelingen in official XML")
struct OfficialXMLHandelingenTests {
    @Test("an item: a report titled by its item, named by its publication, each turn opened by its speaker's label")
    func item() throws {
        let document = try ingestFixture("variants/handeling.xml")
        #expect(document.format == .officielePublicatie)
        expectItemNine(document)

        let paragraphs = document.allParagraphs
        let texts = paragraphs.map(\.text)
        // The labels, composed from the speaker's parts, each a paragraph in emphasis before the turn.
        for label in ["De voorzitter:", "De heer Erkens (VVD):", "Mevrouw Kröger (GroenLinks-PvdA):", "Minister Hermans:"] {
            let found = try #require(paragraphs.first { $0.text == label }, "\(label)")
            #expect(found.emphasis == [TextRange(offset: 0, length: label.unicodeScalars.count)])
        }
        // The item's number and subject, which the site does not print, are no text.
        #expect(!texts.contains("9") && !texts.contains { $0.hasPrefix("Debat over") })
        // The chair's text between turns stands where it was said.
        let applause = try #require(texts.firstIndex(of: "(Applaus)"))
        #expect(texts[applause - 1].hasSuffix("die norm voor de zomer.") && texts[applause + 1] == "De voorzitter:")
        #expect(texts.last == "De beraadslaging wordt gesloten.")
        // A motion read out in a turn: its heading and its number are lines of the turn's text.
        let motion = try #require(texts.firstIndex(of: "Motie"))
        #expect(texts[motion - 1].hasSuffix("de volgende motie in.") && texts[motion + 1] == "De Kamer,")
        #expect(texts.contains("Zij krijgt nr. 1530 (32813)."))
        // Its citations are exact.
        let citations = paragraphs.flatMap(\.citations)
        #expect(citations.contains { $0.publication == "h-tk-20252026-41-7" && $0.text == "Handelingen II 2025/26, nr. 41, item 7" })
        #expect(citations.contains { $0.kamerstuk == KamerstukNumber(dossier: "32813", ondernummer: "1530") })
    }

    @Test("the item read from its XML and from its page on the site: the same title, place, speakers and turns")
    func sameAsItsPage() throws {
        let xml = try ingestFixture("variants/handeling.xml")
        let page = try ingestFixture("variants/handeling-ob.txt")
        #expect(xml.title == page.title && xml.publication == page.publication)
        #expect(xml.metadata.fields.map(\.value) == page.metadata.fields.map(\.value))
        // The page shows the same turns; the fixture's XML reads a motion out in one of them.
        let motion = Set(["Motie", "De Kamer,", "gehoord de beraadslaging,", "en gaat over tot de orde van de dag.",
                          "Deze motie is voorgesteld door het lid Kröger.", "Zij krijgt nr. 1530 (32813).",
                          "verzoekt de regering, buurtbatterijen voorrang te geven bij de aansluiting op het net,"])
        let xmlTexts = xml.allParagraphs.map { $0.text.replacingOccurrences(of: " Ik dien daarom de volgende motie in.", with: "") }
        #expect(xmlTexts.filter { !motion.contains($0) } == page.allParagraphs.map(\.text))
    }

    @Test("a speaker's label: name parts, an office after a comma, a party in parentheses whether printed with them or not", arguments: [
        ("<voorvoegsels>De</voorvoegsels><naam><achternaam>voorzitter</achternaam></naam>", "De voorzitter:"),
        ("<voorvoegsels>De heer</voorvoegsels><naam><achternaam>Van der Lee</achternaam></naam><politiek>GroenLinks-PvdA</politiek>",
         "De heer Van der Lee (GroenLinks-PvdA):"),
        ("<voorvoegsels>Mevrouw</voorvoegsels><naam><achternaam>Kröger</achternaam></naam><politiek>(GroenLinks-PvdA)</politiek>",
         "Mevrouw Kröger (GroenLinks-PvdA):"),
        ("<voorvoegsels>De heer</voorvoegsels><naam><achternaam>Jetten</achternaam></naam><functie>minister voor Klimaat en Energie</functie>",
         "De heer Jetten, minister voor Klimaat en Energie:"),
        // As published files print it: the parentheses, the comma and the colon around the parts,
        // the lines indented.
        ("<voorvoegsels>De heer</voorvoegsels>\n  <naam>\n    <achternaam>Wörsdörfer</achternaam>\n  </naam> (<politiek>VVD</politiek>):",
         "De heer Wörsdörfer (VVD):"),
        ("<voorvoegsels>De</voorvoegsels>\n  <naam>\n    <achternaam>voorzitter</achternaam>\n  </naam>:", "De voorzitter:"),
        ("<voorvoegsels>De heer</voorvoegsels> <naam><achternaam>Jetten</achternaam></naam>, <functie>minister voor Klimaat en Energie</functie>:",
         "De heer Jetten, minister voor Klimaat en Energie:"),
    ])
    func speakerLabel(speaker: String, label: String) throws {
        let xml = """
            <officiele-publicatie><metadata><meta name="OVERHEIDop.externMetadataRecord" content="https://zoek.officielebekendmakingen.nl/h-ek-20252026-22-4/metadata.xml"/></metadata>
            <handelingen><agendapunt><item-titel>Wet collectieve warmte</item-titel>
            <spreekbeurt><spreker>\(speaker)</spreker><tekst><al-groep><al>Voorzitter. Dank u wel.</al></al-groep></tekst></spreekbeurt>
            </agendapunt></handelingen></officiele-publicatie>
            """
        let (document, diagnostics) = OfficialXMLReader.read(Array(xml.utf8), path: "Content/h.xml", id: "h")
        let paragraphs = try #require(document).allParagraphs.map(\.text)
        #expect(paragraphs == [label, "Voorzitter. Dank u wel."])
        #expect(document?.kind == .verslag && document?.publication == "h-ek-20252026-22-4")
        #expect(document?.metadata.fields.first?.value == "Handelingen I 2025/26, nr. 22, item 4")
        #expect(!diagnostics.contains { $0.code == .unknownXMLElement }, "\(diagnostics)")
    }

    @Test("a motion's number and its dossier, each linked to the paper, are one citation: the second link is left out, so no link holds half a bracket")
    func motionNumberLinkedTwice() throws {
        let xml = """
            <officiele-publicatie><handelingen><agendapunt><item-titel>Ondernemen</item-titel>
            <spreekbeurt><spreker><naam><achternaam>Graus</achternaam></naam></spreker><tekst><al-groep>\
            <al>Zij krijgt nr. <extref doc="kst-31311-199">199</extref> (<extref doc="kst-31311-199">31311</extref>).</al>\
            <al>Zie <extref doc="kst-31311-199">nr. 199</extref> en <extref doc="kst-31311-199">de motie</extref>.</al>\
            </al-groep></tekst></spreekbeurt></agendapunt></handelingen></officiele-publicatie>
            """
        let document = try #require(readXML(xml).document)
        let cited = document.xmlCitations.map { "\($0.text) \($0.kamerstuk?.description ?? "")" }
        #expect(cited == ["199 31311 nr. 199", "nr. 199 31311 nr. 199", "de motie 31311 nr. 199"])
    }

    @Test("an item is dated by the meeting's day where its metadata give it, written either way round", arguments: [
        ("2026-03-12", "2026-03-12"), ("12-03-2026", "2026-03-12"), ("32-03-2026", nil), ("", nil),
    ] as [(String, String?)])
    func meetingDay(content: String, date: String?) throws {
        let xml = try TestPaths.fixtureText("variants/handeling.xml").replacingOccurrences(
            of: "</metadata>", with: "<meta name=\"OVERHEIDop.datumVergadering\" scheme=\"\" content=\"\(content)\"/></metadata>")
        let (document, diagnostics) = OfficialXMLReader.read(Array(xml.utf8), path: "Content/h.xml", id: "h")
        #expect(try #require(document).date == date)
        // Undated, the item says how to date it.
        #expect(diagnostics.contains { $0.code == .missingMetadata && $0.message.contains("'date:' in a sidecar") } == (date == nil), "\(diagnostics)")
    }

    @Test("an item's publication by its name", arguments: [
        ("h-tk-20252026-58-9", KamerstukIdentifier.HandelingenItemName(kamer: "II", vergaderjaar: "2025-2026", meeting: "58", item: "9")),
        ("h-ek-20232024-12-3.html", KamerstukIdentifier.HandelingenItemName(kamer: "I", vergaderjaar: "2023-2024", meeting: "12", item: "3")),
        ("h-tk-2025-58-9", nil), ("h-tk-20252027-58-9", nil), ("h-xx-20252026-58-9", nil), ("h-tk-20252026-58", nil),
        ("h-tk-20252026-58-", nil), ("ah-tk-20242025-1234", nil), ("kst-32813-1520", nil),
        // The older Handelingen are named by their pages, not by a meeting and an item.
        ("h-tk-20062007-3564-3568", nil),
    ])
    func itemName(name: String, item: KamerstukIdentifier.HandelingenItemName?) {
        #expect(KamerstukIdentifier.handelingenItem(fromDocument: name) == item)
    }
}
