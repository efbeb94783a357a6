import Foundation
import Testing
@testable import KamerArchief

/// Shapes that published kst XML has and the hand-written fixtures lacked: a budget chapter
/// beside the dossier number, a signer named in `deze`, a motie's members as an `al-groep`, links
/// to officielebekendmakingen.nl pages and juriconnect references in `extref`, and the old form's
/// page head. The texts are invented; the markup follows real files (a jaarverslag's memorie van
/// toelichting, a motie on a Grondwet proposal, memories van toelichting of 1994–1995).
@Suite("Official XML in the shapes published files have")
struct OfficialXMLPublishedShapesTests {
    @Test("a budget chapter beside the dossier number is part of the dossier; the signer named in deze")
    func budgetChapterAndDeze() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <officiele-publicatie><kamerstuk><kamerstukkop>\
            <tekstregel inhoud="vergaderjaar">Vergaderjaar 2025–2026</tekstregel></kamerstukkop>\
            <dossier><dossiernummer><dossiernr>36 800</dossiernr><begrotingshoofdstuk>XIV</begrotingshoofdstuk></dossiernummer>\
            <titel>Jaarverslag en slotwet Ministerie van Landbouw 2025</titel></dossier>\
            <stuk><stuknr>Nr. <ondernummer kamer="2">4</ondernummer></stuknr><titel>MEMORIE VAN TOELICHTING</titel>\
            <algemeen><vrije-tekst><tekst><al>Zie <extref soort="URL" doc="https://zoek.officielebekendmakingen.nl/kst-36600-XIV-67.html">de brief</extref> \
            en <extref soort="wet" doc="jci1.3:c:BWBR0039429&amp;artikel=2.3">artikel 2.3 van de Comptabiliteitswet 2016</extref>.</al></tekst></vrije-tekst>\
            <tekst-sluiting><ondertekening><functie>De Minister van Landbouw,</functie><deze>F.M. Wiersma</deze></ondertekening></tekst-sluiting>\
            </algemeen></stuk></kamerstuk></officiele-publicatie>
            """
        let parsed = readXML(xml)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36800-XIV", ondernummer: "4"))
        #expect(document.metadata.ondertekening == [Signer(naam: "F.M. Wiersma", functie: "De Minister van Landbouw")])
        #expect(!document.xmlParagraphs.contains { $0.text.contains("Wiersma") || $0.text == "XIV" })
        let citations = document.xmlCitations
        #expect(citations.count == 2)
        #expect(citations.first?.kind == .kamerstuk && citations.first?.dossier == "36600-XIV" && citations.first?.ondernummer == "67")
        #expect(citations.last?.kind == .url && citations.last?.url == "https://wetten.overheid.nl/jci1.3:c:BWBR0039429&artikel=2.3")
    }

    @Test("a link to a file or a search on officielebekendmakingen.nl stays a link")
    func otherLinks() {
        let body = #"<al><extref doc="https://zoek.officielebekendmakingen.nl/blg-1234567.pdf">bijlage</extref> en "#
            + #"<extref doc="https://zoek.officielebekendmakingen.nl/resultaten?q=batterij">zoeken</extref>.</al>"#
        let citations = readXML(modernXML(body: body)).document?.xmlCitations ?? []
        #expect(citations.map(\.kind) == [.url, .url])
        #expect(citations.map(\.url) == [
            "https://zoek.officielebekendmakingen.nl/blg-1234567.pdf", "https://zoek.officielebekendmakingen.nl/resultaten?q=batterij",
        ])
    }

    @Test("a motie's members printed as an al-groep after the closing formula are its signers and indieners")
    func motieMembersAsParagraphs() throws {
        let xml = modernXML(title: "MOTIE VAN HET LID VAN DER GRAAF C.S.", body: """
            <al>De Kamer,</al><al>gehoord de beraadslaging,</al>\
            <al>overwegende dat de Grondwet mensenrechten kent;</al>\
            <al>verzoekt de regering te bezien of meer rechten kunnen worden toegevoegd,</al>\
            <al>en gaat over tot de orde van de dag.</al>\
            <al-groep><al>Van der Graaf</al><al>Maatoug</al><al>Arib</al></al-groep>
            """)
        let file = ContentFile(path: "Content/motie.xml", stem: "motie", bytes: Array(xml.utf8))
        let document = try #require(Ingester.ingest(file).document)
        #expect(document.metadata.ondertekening.map(\.naam) == ["Van der Graaf", "Maatoug", "Arib"])
        #expect(document.metadata.indieners == ["Van der Graaf", "Maatoug", "Arib"])
        #expect(document.sections.map(\.title) == ["Aanhef", "Overwegingen", "Dictum"])
    }

    @Test("a motie with its publication's metadata: titled as officielebekendmakingen.nl titles it, its indieners in its heading's order")
    func motieWithMetadata() throws {
        let motie = modernXML(title: "NADER GEWIJZIGDE MOTIE VAN HET LID HIRSCH C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 4", body: """
            <al>De Kamer,</al><al>gehoord de beraadslaging,</al><al>verzoekt de regering het budget te koppelen,</al>            <al>en gaat over tot de orde van de dag.</al>
            """)
        let metadata = """
            <officiele-publicatie><metadata>            <meta name="OVERHEIDop.documenttitel" content="Nader gewijzigde motie van het lid Hirsch c.s. over het budget koppelen (t.v.v. 36750-4)"/>            <meta name="OVERHEIDop.indiener" content="L.A.J.M. Dassen"/><meta name="OVERHEIDop.indiener" content="S.E.M. Dobbe"/>            <meta name="OVERHEIDop.indiener" content="D.H. Hirsch"/></metadata>
            """
        let xml = motie.replacingOccurrences(of: "<officiele-publicatie>", with: metadata)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/motie.xml", stem: "motie", bytes: Array(xml.utf8))).document)
        #expect(document.title == "Nader gewijzigde motie van het lid Hirsch c.s. over het budget koppelen (t.v.v. 36750-4)")
        #expect(document.metadata.indieners == ["D.H. Hirsch", "L.A.J.M. Dassen", "S.E.M. Dobbe"])
        // The motie it replaces, by the publication's title or by the heading's words.
        #expect(document.metadata.fields.filter { $0.label == "Vervangt" }.map(\.value) == ["Kamerstuk 36750, nr. 4"])
        #expect(KamerstukTitle.replaced(in: "Gewijzigd amendement van het lid Flach ter vervanging van die gedrukt onder nr. 12", dossier: "36600-XV")
            == KamerstukNumber(dossier: "36600-XV", ondernummer: "12"))
        #expect(KamerstukTitle.replaced(in: "Motie van het lid Flach over de vervanging van die gedrukt onder nr. 12", dossier: "36600") == nil)
        // Where the publication's title does not open with the heading's, the heading's stays.
        let other = xml.replacingOccurrences(of: "content=\"Nader gewijzigde motie van het lid Hirsch", with: "content=\"Motie van het lid Dassen")
        let kept = try #require(Ingester.ingest(ContentFile(path: "Content/motie.xml", stem: "motie", bytes: Array(other.utf8))).document)
        #expect(kept.title == "Nader gewijzigde motie van het lid Hirsch c.s. ter vervanging van die gedrukt onder nr. 4")
    }

    @Test("a member's name in a heading in capitals has lost its accents: the signature's spelling is the indiener's")
    func indienerAccents() throws {
        let xml = modernXML(title: "MOTIE VAN DE LEDEN BECKERMAN EN KOSTIC", body: """
            <al>De Kamer,</al><al>gehoord de beraadslaging,</al><al>verzoekt de regering een heffing te onderzoeken,</al>            <al>en gaat over tot de orde van de dag.</al><al-groep><al>Beckerman</al><al>Kostić</al></al-groep>
            """)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/motie.xml", stem: "motie", bytes: Array(xml.utf8))).document)
        #expect(document.metadata.indieners == ["Beckerman", "Kostić"])
        #expect(IndienerReader.read("MOTIE VAN HET LID KOSTIC", signers: [Signer(naam: "Kostić")]) == ["Kostić"])
        #expect(KamerstukTitle.extended("Motie van het lid Kostic c.s.", by: "Motie van het lid Kostić c.s. over een heffing")
            == "Motie van het lid Kostić c.s. over een heffing")
        #expect(IndienerReader.ordered(["M. van Nispen", "D.T. Boomsma", "A. Anders"], by: "Motie van de leden Boomsma en Van Nispen over …")
            == ["D.T. Boomsma", "M. van Nispen", "A. Anders"])
        // A tussenvoegsel is part of the surname: `D.G. van Dijk` is not `Dijk`, `J.P. Dijk` not `Inge van Dijk`.
        #expect(IndienerReader.ordered(["D.G. van Dijk", "J.P. Dijk"], by: "Motie van de leden Dijk en Diederik van Dijk") == ["J.P. Dijk", "D.G. van Dijk"])
        #expect(IndienerReader.ordered(["J.P. Dijk", "I. van Dijk"], by: "Motie van de leden Inge van Dijk en Dijk") == ["I. van Dijk", "J.P. Dijk"])
        #expect(IndienerReader.isNamed("Henri Bontenbal", by: "Bontenbal"))
    }

    @Test("a wetsvoorstel's closing label is text, not an unknown element")
    func closingLabel() {
        let body = "<al>Lasten en bevelen dat deze in het Staatsblad zal worden geplaatst.</al><label>Gegeven</label>"
        let parsed = readXML(modernXML(title: "VOORSTEL VAN WET", body: body))
        #expect(!parsed.diagnostics.contains { $0.code == .unknownXMLElement })
        #expect(parsed.document?.xmlParagraphs.map(\.text).last == "Gegeven")
    }

    @Test("the old form's page head names the house, and letat ranks its headings as kopopmaak does")
    func kamerwrkHead() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <kamerwrk kamer="2" publtype="meto"><kop><titel>Tweede Kamer der Staten-Generaal</titel><subtitel>2</subtitel>\
            <subtitel>Vergaderjaar 1994-1995</subtitel></kop><frontm><versie dtd="0.10"></versie><ordernr>5K0977</ordernr>\
            <vergjaar>1994-1995</vergjaar><onderw><nummer>24 138</nummer><naam>Wijziging van de Wet op het basisonderwijs</naam></onderw></frontm>\
            <body><stuk><ltrlabel>Nr. </ltrlabel><nummer>3</nummer><titel>MEMORIE VAN TOELICHTING </titel>\
            <tuskop letat="vet">1. De bestuursvorm </tuskop><tuskop letat="cur">1.1. Achtergrond</tuskop><al>Het voorstel regelt de bestuursvorm.</al>\
            <tuskop letat="cur">1.2. De taak van de gemeente</tuskop><al>De gemeente kiest.</al>\
            <tuskop letat="vet">2. Financiële gelijkstelling</tuskop><al>Geen gevolgen.</al></stuk></body></kamerwrk>
            """
        let parsed = readXML(xml)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "24138", ondernummer: "3"))
        #expect(document.metadata.fields.map(\.value) == ["Tweede Kamer der Staten-Generaal"])
        #expect(document.sections.map(\.title) == ["1. De bestuursvorm", "2. Financiële gelijkstelling"])
        #expect(document.sections[0].subsections.map(\.title) == ["1.1. Achtergrond", "1.2. De taak van de gemeente"])
        #expect(!document.xmlParagraphs.contains { $0.text.contains("5K0977") || $0.text.contains("Vergaderjaar") || $0.text == "Nr." })
    }

    @Test("a chapter that the XML closes with its title only holds the text that follows it")
    func emptyDivisionHoldsWhatFollows() throws {
        let xml = modernXML(title: "MEMORIE VAN TOELICHTING", body: """
            </tekst><divisie><kop kopopmaak="vet"><titel>ALGEMEEN DEEL</titel></kop><al>Technische wijzigingen.</al></divisie>            <divisie><kop kopopmaak="vet"><titel>ARTIKELSGEWIJZE TOELICHTING</titel></kop></divisie>            <tekst><tussenkop kopopmaak="vet">ARTIKEL I</tussenkop><tussenkop kopopmaak="cur">Onderdeel A</tussenkop><al>Herstel.</al>            <tussenkop kopopmaak="vet">ARTIKEL II</tussenkop><al>Redactioneel.</al></tekst>            <divisie><kop><titel>BIJLAGE</titel></kop><al>Tabellen.</al></divisie><tekst>
            """)
        let document = try #require(readXML(xml).document)
        #expect(document.sections.map(\.title) == ["ALGEMEEN DEEL", "ARTIKELSGEWIJZE TOELICHTING", "BIJLAGE"])
        #expect(document.sections[1].subsections.map(\.title) == ["ARTIKEL I", "ARTIKEL II"])
        #expect(document.sections[1].subsections[0].subsections.map(\.title) == ["Onderdeel A"])
    }

    @Test("a bijlage's chapters nest inside it")
    func bijlageChapters() throws {
        let body = """
            <al>Hierbij de rapportage.</al></tekst><bijlage><kop><label>Bijlage</label><nr>1</nr><titel>Voortgang</titel></kop>            <divisie><kop><nr>1.</nr><titel>Stand van zaken</titel></kop><tekst><al>Er zijn laadpalen.</al></tekst></divisie>            <divisie><kop><nr>2.</nr><titel>Vooruitblik</titel></kop><tekst><al>Er komen er meer.</al></tekst></divisie></bijlage><tekst>
            """
        let parsed = readXML(modernXML(title: "BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT", body: body))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        let bijlage = try #require(document.sections.last)
        #expect(bijlage.title == "Bijlage 1 Voortgang")
        #expect(bijlage.subsections.map(\.title) == ["1. Stand van zaken", "2. Vooruitblik"])
    }

    @Test("a table's source line inside the tabel is printed under the table, not above it")
    func tableSource() throws {
        let body = """
            <al>Zie tabel 1.</al><tabel><titel>Tabel 1. Laadpalen</titel><tgroup cols="2"><colspec colname="c1"/><colspec colname="c2"/>            <thead><row><entry colname="c1"><al>Provincie</al></entry><entry colname="c2"><al>2025</al></entry></row></thead>            <tbody><row><entry colname="c1"><al>Utrecht</al></entry><entry colname="c2"><al>15.500</al></entry></row></tbody></tgroup>            <bron><al>Bron: RVO, 2025.</al></bron></tabel><al>Daarna.</al>
            """
        let parsed = readXML(modernXML(body: body))
        #expect(!parsed.diagnostics.contains { $0.code == .unknownXMLElement })
        let paragraphs = try #require(parsed.document).xmlParagraphs
        #expect(paragraphs.map { $0.table == nil ? $0.text : "<table>" } == ["Zie tabel 1.", "<table>", "Bron: RVO, 2025.", "Daarna."])
    }

    @Test("an amendement's onderdelen are labelled by their lidnr, and the article it quotes stays inside it")
    func amendementOnderdelen() throws {
        let body = """
            <al>De ondergetekenden stellen het volgende amendement voor:</al></tekst>            <amendement><amendement-lid><lidnr>I</lidnr><al>In artikel 5a wordt een lid toegevoegd, luidende:</al>            <artikeltekst><lid><lidnr>3.</lidnr><al>Het register is openbaar.</al></lid></artikeltekst></amendement-lid>            <amendement-lid><lidnr>II</lidnr><al>Artikel II komt te luiden:</al><artikeltekst><artikel>            <kop><label>ARTIKEL</label><nr>II</nr></kop><al>Deze wet treedt in werking op 1 januari 2027.</al></artikel></artikeltekst>            </amendement-lid></amendement><toelichting><tussenkop>Toelichting</tussenkop><al>Het register wordt openbaar.</al></toelichting><tekst>
            """
        let parsed = readXML(modernXML(title: "AMENDEMENT VAN HET LID VAN DER LEE", body: body))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.sections.map(\.title) == ["Inleiding", "Toelichting"])
        let items = document.sections[0].paragraphs.map { ($0.listLabel ?? "", $0.text) }
        #expect(items.map(\.0) == ["", "I", "3.", "II", "", ""])
        #expect(items.map(\.1).suffix(2) == ["ARTIKEL II", "Deze wet treedt in werking op 1 januari 2027."])
    }

    @Test("old-form parts printed as title-only headings hold the chapters after them; § 4.1. goes inside § 4.")
    func oldFormParts() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <kamerwrk kamer="2"><frontm><vergjaar>1995-1996</vergjaar><onderw><nummer>24 507</nummer><naam>Huurwet</naam></onderw></frontm>            <body><stuk><nummer>3</nummer><titel>MEMORIE VAN TOELICHTING</titel>            <tuskop letat="vet">A. ALGEMEEN</tuskop><tuskop letat="cur">§ 1. Inleiding</tuskop><al>Inleidend.</al>            <tuskop letat="cur">§ 4. Veranderingen</tuskop><tuskop letat="cur">§ 4.1. Inleiding</tuskop><al>Eerst.</al>            <tuskop letat="cur">§ 4.2. Invoering</tuskop><al>Dan.</al>            <tuskop letat="vet">B. ARTIKELEN</tuskop><tuskop letat="vet">Artikel I</tuskop><tuskop letat="cur">Onderdeel A</tuskop><al>Wijzigt.</al>            <tuskop letat="vet">Artikel II</tuskop><al>Treedt in werking.</al></stuk></body></kamerwrk>
            """
        let parsed = readXML(xml)
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.sections.map(\.title) == ["A. ALGEMEEN", "B. ARTIKELEN"])
        #expect(document.sections[0].subsections.map(\.title) == ["§ 1. Inleiding", "§ 4. Veranderingen"])
        #expect(document.sections[0].subsections[1].subsections.map(\.title) == ["§ 4.1. Inleiding", "§ 4.2. Invoering"])
        #expect(document.sections[1].subsections.map(\.title) == ["Artikel I", "Artikel II"])
        #expect(document.sections[1].subsections[0].subsections.map(\.title) == ["Onderdeel A"])
    }

    @Test("an initiative bill's memorie signed by the members' names alone: they are its signers")
    func membersSignByName() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <officiele-publicatie><kamerstuk><dossier><dossiernummer><dossiernr>31 911</dossiernr></dossiernummer>            <titel>Voorstel van wet van de leden Blanksma-van den Heuvel en Spekman tot wijziging van de Wft</titel></dossier>            <stuk><stuknr>Nr. <ondernummer>3</ondernummer></stuknr><titel>MEMORIE VAN TOELICHTING</titel>            <algemeen><vrije-tekst><tekst><tussenkop>ARTIKEL II</tussenkop><al>Deze wet treedt in werking.</al>            <witreg/><al>Blanksma-van den Heuvel</al><al>Spekman</al></tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>
            """
        let document = try #require(readXML(xml).document)
        #expect(document.metadata.ondertekening.map(\.naam) == ["Blanksma-van den Heuvel", "Spekman"])
        #expect(document.xmlParagraphs.map(\.text) == ["Deze wet treedt in werking."])
    }

    @Test("a minister's memorie keeps a last paragraph that looks like a name")
    func ministersPaperKeepsItsText() throws {
        let xml = modernXML(title: "MEMORIE VAN TOELICHTING", body: "<al>De wet geldt voor:</al><al>Caribisch Nederland</al>")
        let document = try #require(readXML(xml).document)
        #expect(document.metadata.ondertekening.isEmpty)
        #expect(document.xmlParagraphs.map(\.text).last == "Caribisch Nederland")
    }
}

