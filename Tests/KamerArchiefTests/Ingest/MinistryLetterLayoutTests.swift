import Foundation
import Testing
@testable import KamerArchief

@Suite("Ministry letter with another ministry's sidebar at page start and page end, form feeds between pages")
struct EZKLetterTests {
    let parsed: (document: Document, diagnostics: [Diagnostic])

    init() throws { parsed = try parseMinistryLetter("ezk-netcongestie.pdftext.txt") }

    @Test("letterhead facts: wrapped subject, date, kenmerk with spaces, ministry over two lines")
    func letterhead() {
        let document = parsed.document
        #expect(document.title == "Voortgang van de aanpak van netcongestie en de uitbreiding van het elektriciteitsnet")
        #expect(document.date == "2023-03-14")
        #expect(document.metadata.kenmerk == "DGKE-E / 23123456")
        #expect(document.metadata.ministerie == "Ministerie van Economische Zaken en Klimaat")
        #expect(document.metadata.ondertekening == [Signer(naam: "R.A.A. Jetten", functie: "De Minister voor Klimaat en Energie")])
    }

    @Test("sections from headings and no pillars; no sidebar text anywhere")
    func structure() {
        let document = parsed.document
        #expect(document.pillars.isEmpty)
        #expect(document.allSections.map(\.title) == ["Inleiding", "Stand van zaken", "De maatregelen", "Tot slot"])
        let texts = document.sectionParagraphs.map(\.text) + document.footnotes.map(\.text)
        for furniture in ["Directoraat", "Bezuidenhoutseweg", "DGKE", "Ons kenmerk", "Pagina", "Den Haag", "D en Haag", "Ministerie van", "Hoogachtend", "Jetten", "rijksoverheid.nl"] {
            #expect(!texts.contains { $0.contains(furniture) }, "furniture \(furniture) left in the text")
        }
        #expect(document.sectionParagraphs.filter { $0.listLabel != nil }.map(\.listLabel) == ["1.", "2.", "3."])
    }

    @Test("notes: one continued on the next page, one whose text starts on the next line, one glued to its number")
    func notes() {
        #expect(parsed.document.footnotes.map(\.text) == [
            "Kamerstuk 29 023, nr. 400",
            "Het gaat om bedrijven die een aansluiting groter dan 3 x 80 ampère vragen.",
            "Zie het rapport van de netbeheerders over de toekomst van het elektriciteitsnet.",
            "https://www.netbeheernederland.nl/nieuws/capaciteitskaart-elektriciteitsnet-2023",
            "Kamerstuk 36 200 XIII, nr. 7",
        ])
    }

    @Test("markers glued to a year, spaced before a parenthesis, glued to a word, after punctuation, spaced after a word")
    func markers() throws {
        let document = parsed.document
        #expect(document.sectionTextBefore(note: 1).hasSuffix("In de brief van 7 december 2022"))
        #expect(document.sectionTextBefore(note: 2) == "Steeds meer bedrijven")
        #expect(document.sectionTextBefore(note: 3).hasSuffix("is daarom een overeenkomst"))
        #expect(document.sectionTextBefore(note: 4).hasSuffix("gegroeid in het afgelopen jaar."))
        #expect(document.sectionTextBefore(note: 5).hasSuffix("houdt toezicht op de uitvoering"))
        let first = try #require(document.sectionParagraphs.first { $0.text.hasPrefix("Steeds meer bedrijven") })
        #expect(first.text.hasPrefix("Steeds meer bedrijven kunnen geen aansluiting"))
        #expect(first.text.contains("waarop te zien is waar nog ruimte is. Die kaart"))
    }

    @Test("a body line opening with the next note number, and a year at a page's top, stay body text")
    func notesLookalikes() {
        let paragraphs = parsed.document.sectionParagraphs.map(\.text)
        #expect(paragraphs.contains { $0.hasPrefix("4 miljoen huishoudens zijn op dit moment aangesloten") && $0.hasSuffix("hoe lang dat duurt.") })
        #expect(paragraphs.contains { $0.hasPrefix("2030 is het jaar waarin het net") })
    }

    @Test("the letter layout is detected, also when a sidecar forces kind kamerbrief")
    func detection() throws {
        let text = try TestPaths.fixtureText("letters/ezk-netcongestie.pdftext.txt")
        #expect(FormatDetector.detect(text) == .ministryLetter)
        #expect(TextLayout(forcedKind: .kamerbrief, text: text) == .ministryLetter)
        #expect(FormatDetector.detect("Dit is gewoon een tekst.\nMet twee regels.\n") == nil)
        #expect(FormatDetector.knownFormats.contains("ministry letter"))
    }
}

@Suite("Ministry letter as pdftotext gives it: blank lines, form feeds, labels apart from their values, no pillars")
struct OCWLetterTests {
    let parsed: (document: Document, diagnostics: [Diagnostic])

    init() throws { parsed = try parseMinistryLetter("ocw-leesvaardigheid.pdftext.txt") }

    @Test("the layout is detected from labels set apart from their values, with or without a Retouradres line")
    func detection() throws {
        let text = try TestPaths.fixtureText("letters/ocw-leesvaardigheid.pdftext.txt")
        #expect(FormatDetector.detect(text) == .ministryLetter)
        let withoutReturnAddress = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        #expect(!withoutReturnAddress.contains("Retouradres"))
        #expect(FormatDetector.detect(withoutReturnAddress) == .ministryLetter)
    }

    @Test("Datum and Betreft on their own lines take the date and subject that follow them")
    func letterhead() {
        let document = parsed.document
        #expect(document.title == "Leesvaardigheid in het primair onderwijs")
        #expect(document.date == "2023-07-03")
        #expect(document.metadata.kenmerk == "46123456")
        #expect(document.metadata.ministerie == "Ministerie van Onderwijs, Cultuur en Wetenschap")
    }

    @Test("a signature without Hoogachtend is still the end of the body and names the signer")
    func signatureWithoutFormula() {
        let document = parsed.document
        #expect(document.metadata.ondertekening == [Signer(naam: "Mariëlle Paul", functie: "De minister voor Primair en Voortgezet Onderwijs")])
        #expect(document.allSections.last?.paragraphs.map(\.text) == ["Ik informeer uw Kamer voor het einde van het jaar over de voortgang."])
    }

    @Test("blank lines separate paragraphs; a sentence runs on across the page, its note and the sidebar")
    func paragraphs() {
        let document = parsed.document
        #expect(document.pillars.isEmpty)
        #expect(document.allSections.map(\.title) == ["Inleiding", "Wat ik ga doen", "Tot slot"])
        #expect(document.allSections[0].paragraphs.map(\.text) == [
            "Met deze brief informeer ik u over de stand van de leesvaardigheid van leerlingen in het primair onderwijs en over de maatregelen die ik neem.",
            "Uit recent onderzoek blijkt dat een op de vier leerlingen de school verlaat zonder voldoende leesvaardigheid. Dat heeft gevolgen voor hun verdere schoolloopbaan en hun kansen op de arbeidsmarkt.",
        ])
        #expect(document.allSections[1].paragraphs.count == 2)
    }

    @Test("the sidebar's address block, reference and page markers are gone; notes keep only their own text")
    func furniture() {
        let document = parsed.document
        #expect(document.footnotes.map(\.text) == [
            "Inspectie van het Onderwijs, De Staat van het Onderwijs 2023, bijlage bij Kamerstuk 31 289, nr. 620",
            "Zie ook de motie van het lid Kwint, Kamerstuk 36 200 VIII, nr. 45.",
        ])
        let texts = document.sectionParagraphs.map(\.text)
        for furniture in ["Bezoekadres", "Rijnstraat", "Den Haag", "Onze referentie", "46123456", "Pagina", "Ministerie van", "Mariëlle Paul"] {
            #expect(!texts.contains { $0.contains(furniture) }, "furniture \(furniture) left in the text")
        }
        #expect(document.sectionTextBefore(note: 1).hasSuffix("zonder voldoende leesvaardigheid."))
        #expect(document.sectionTextBefore(note: 2).hasSuffix("De eerste resultaten verwacht ik in 2025."))
    }
}

@Suite("Ingesting ministry letters without a sidecar")
struct MinistryLetterIngestTests {
    @Test("the ingester detects the letter layout and builds a kamerbrief with its date and title")
    func ingest() throws {
        let url = TestPaths.fixture("letters/kst-27625-592-water-en-bodem-sturend.pdftext.txt")
        let file = ContentFile(path: "Content/brief.txt", stem: "brief", bytes: Array(try Data(contentsOf: url)), sidecar: nil)
        let (document, diagnostics) = Ingester.ingest(file)
        #expect(document?.kind == .kamerbrief && document?.format == .pdfText)
        #expect(document?.date == "2022-11-25" && document?.title == "Water en Bodem sturend")
        #expect(!diagnostics.contains { $0.code == .unknownFormat })
        #expect(document?.footnotes.count == 27)
    }
}

@Suite("Ministry letter edge forms: one page, a note running on to a page without notes")
struct MinistryLetterEdgeTests {
    func parse(_ text: String) -> Document {
        MinistryLetterParser.parse(SourceText(path: "Content/x.txt", id: "x", text: text), sidecar: nil).document
    }

    /// pdfminer sets a numbered list item's wrapped lines apart from its first line: the item
    /// `5.` then looks like a chapter's title, and its text (opening with a capital) a paragraph of
    /// its own. A short numbered line after the list's last item one short of its number is a
    /// chapter's title still.
    @Test("a long numbered line that continues a numbered list stays an item; a short one after the list is a chapter")
    func numberedItemSetApart() {
        let text = """
            Datum 2 februari 2024
            Betreft Water en bodem
            Geachte voorzitter,
            1. Inleiding
            Met deze brief geven we de keuzes die we maken voor het water en de bodem.

            4.  We werken toe naar een drinkwatergebruik per hoofd van de bevolking

            van 100 liter in 2035 en beperken laagwaardig gebruik van drinkwater.

            Schoon en gezond water

            5.  We voeren maatregelen uit van de Kaderrichtlijn Water (KRW) en de

            Stroomgebiedbeheerplannen 2022-2027 met het Actieprogramma Nitraatrichtlijn.

            6.  We begrenzen de koelwaterlozingen op de grote rivieren. Daarmee
            blijft de temperatuur van het rivierwater op een acceptabel niveau.

            7. Gevolgen

            De keuzes hebben gevolgen voor provincies, waterschappen en gemeenten.
            Hoogachtend,
            de minister van Infrastructuur en Waterstaat,
            Mark Harbers

            """
        let document = parse(text)
        let items = document.allParagraphs.compactMap(\.listLabel)
        #expect(items == ["4.", "5.", "6."])
        #expect(document.allParagraphs.contains { $0.listLabel == "5." && $0.text.hasSuffix("met het Actieprogramma Nitraatrichtlijn.") })
        #expect(document.allSections.map(\.title).contains("Gevolgen"))
        #expect(!document.allSections.map(\.title).contains { $0.contains("Kaderrichtlijn") })
    }

    /// Plain `pdftotext` of a word processor's letter: the superscript note numbers set apart from
    /// their texts, in no order: after the texts and between them (page 1), or under the body's
    /// last line with the texts after a blank line (page 2).
    @Test("plain pdftotext: note numbers apart from their texts are read as the notes they number")
    func scrambledNoteNumbers() {
        let text = """
            Datum 25 november 2022
            Betreft Water en Bodem sturend
            Geachte voorzitter,
            We volgen de adviezen van de Deltacommissaris 1 en die van de heer Remkes 2. De
            Deltacommissaris beveelt aan voldoende ruimte te reserveren voor waterveiligheid.

            https://www.deltaprogramma.nl/documenten/publicaties/2021/09/01/adviesbrief
            https://www.deltaprogramma.nl/documenten/publicaties/2022/04/11/maakwerk
            2
            https://www.rijksoverheid.nl/documenten/rapporten/2022/10/05/wat-wel-kan
            1

            Pagina 1 van 2

            Dat is vastgelegd in een overeenkomst 3. We vragen meer aandacht voor
            meerlaagsveiligheid 4. Aandacht voor waterveiligheid is meer dan dijken.
            3
            4

            https://zoek.officielebekendmakingen.nl/stcrt-2001-36-p8-SC27983.pdf
            Kamerstuk 33400-J, nr. 19

            Pagina 2 van 2

            """
        let document = parse(text)
        #expect(document.footnotes.map(\.text) == [
            "https://www.deltaprogramma.nl/documenten/publicaties/2021/09/01/adviesbrief https://www.deltaprogramma.nl/documenten/publicaties/2022/04/11/maakwerk",
            "https://www.rijksoverheid.nl/documenten/rapporten/2022/10/05/wat-wel-kan",
            "https://zoek.officielebekendmakingen.nl/stcrt-2001-36-p8-SC27983.pdf",
            "Kamerstuk 33400-J, nr. 19",
        ])
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1, 2, 3, 4])
        #expect(!document.allParagraphs.contains { $0.text.contains("https://") || $0.text.contains("33400-J") })
    }

    /// Plain `pdftotext` where the notes' texts run straight on from a body line that breaks off
    /// mid-sentence (the page's text goes on in lowercase on the next page), with no blank line:
    /// the foot starts at the line whose first word would have fitted on the line before (page 1),
    /// where the texts split into as many notes before the first number as the numbers that end
    /// the page (page 2), or at a web address (page 3).
    @Test("plain pdftotext: note texts that run on from a body line broken off mid-sentence are the page's notes")
    func scrambledNotesAfterRunningBody() {
        let text = """
            Datum 25 november 2022
            Betreft Zuinig met water
            Geachte voorzitter,
            Om gezonde grondwaterstanden en op de langere termijn voldoende drinkwater
            beschikbaar te houden, is het noodzakelijk dat de vraag naar drinkwater wordt
            beperkt. Dat vergt aanpassing van gedrag van burgers en meer focus op
            circulariteit bij bedrijven en bij nieuwbouw van woningen. Het Barro of de BKL
            onder de Omgevingswet 1 wordt hierop aangescherpt. We gaan in overleg met de
            Vewin en de VEMW 2 over toepassing van dit principe, rekening houdend met de
            diversiteit van watergebruikers, uitvoerbaarheid en handelingsperspectief en
            bezien samen hoe we invulling kunnen geven aan het beperken van het gebruik
            Barro = Besluit algemene regels ruimtelijke ordening; BKL = Besluit Kwaliteit
            Leefomgeving
            2
            Vereniging van Waterbedrijven in Nederland en Vereniging voor Energie en Water
            1

            Pagina 1 van 3

            van drinkwater door huishoudens en bedrijven. In de Kamerbrief van 11 november
            jl. 3, heb ik de inzet van dit kabinet op innovatie toegelicht. Met het beleid
            voor missies 4 bundelen we de inzet van overheden, bedrijven en instellingen,
            met goede aansluiting op Europese programma's zoals Horizon Europe 5. Deze
            aanpak krijgt internationaal navolging, zoals in Duitsland en in Zweden 6. We
            hebben geleerd dat het werken met missies energie losmaakt, en dat partijen
            elkaar kunnen vinden op de gezamenlijke doelen. We gaan daarom door, en
            Kamerstuk 33009, nr. 117.
            Kamerstuk 33009, nr. 63.
            5
            Het EU-Kaderprogramma voor onderzoek en innovatie, dat loopt tot en met 2027.
            6
            Meer over de aanpak in andere landen staat op het OESO-platform voor Mission-Oriented
            Innovation Policies https://stip-pp.oecd.org/moip/
            3
            4

            Pagina 2 van 3

            zien ook mogelijkheden om die verder te verbeteren. De doelstelling van het
            Deltaprogramma Zoetwater 7 is dat Nederland in 2050 weerbaar is tegen tekorten
            aan water. Het Rijk zal de komende jaren met de regio het beleid rond het bouwen
            buitendijks in het IJsselmeergebied actualiseren en daar de huidige
            https://www.deltaprogramma.nl/documenten/publicaties/2021/09/21/deltaplan-zoetwater
            7

            Pagina 3 van 3

            regels op aanscherpen.
            Hoogachtend,
            """
        let document = parse(text)
        #expect(document.footnotes.map(\.text) == [
            "Barro = Besluit algemene regels ruimtelijke ordening; BKL = Besluit Kwaliteit Leefomgeving",
            "Vereniging van Waterbedrijven in Nederland en Vereniging voor Energie en Water",
            "Kamerstuk 33009, nr. 117.",
            "Kamerstuk 33009, nr. 63.",
            "Het EU-Kaderprogramma voor onderzoek en innovatie, dat loopt tot en met 2027.",
            "Meer over de aanpak in andere landen staat op het OESO-platform voor Mission-Oriented Innovation Policies https://stip-pp.oecd.org/moip/",
            "https://www.deltaprogramma.nl/documenten/publicaties/2021/09/21/deltaplan-zoetwater",
        ])
        let body = document.allParagraphs.map(\.text).joined(separator: " ")
        #expect(body.contains("het beperken van het gebruik van drinkwater door huishoudens"))
        #expect(body.contains("We gaan daarom door, en zien ook mogelijkheden"))
        #expect(body.contains("daar de huidige regels op aanscherpen."))
        #expect(!body.contains("Barro =") && !body.contains("33009") && !body.contains("https://"))
    }

    /// A number in a block of its own under a note whose line leads to a web address on the next
    /// (`…, zie` / `https://…`): the note is both lines.
    @Test("plain pdftotext: a note's number under its text in a block of its own; the note's line that leads to its address")
    func scrambledNoteWithAddress() {
        let text = """
            Datum 30 mei 2023
            Betreft Herijkte missies
            Geachte voorzitter,
            In de zorg heeft de inzet op innovatie al geleid tot mooie initiatieven (zoals
            ABOARD 1) om de kwaliteit van leven voor mensen met dementie te verbeteren. Ook
            op het gebied van landbouw, water en voedsel staan we voor grote opgaven die om
            nieuwe verbindingen en werkwijzen vragen, in balans met de omgeving. Daarbij
            moeten bedrijven in de keten een goed inkomen blijven verdienen, en zij
            ZonMw. Een gepersonaliseerde aanpak voor de ziekte van Alzheimer (ABOARD), zie
            https://projecten.zonmw.nl/nl/project/personalized-medicine-approach-aboard.

            1

            Pagina 1 van 2

            moeten dat doen zonder de voedselvoorziening in gevaar te brengen.
            Hoogachtend,
            """
        let document = parse(text)
        #expect(document.footnotes.map(\.text) == [
            "ZonMw. Een gepersonaliseerde aanpak voor de ziekte van Alzheimer (ABOARD), zie https://projecten.zonmw.nl/nl/project/personalized-medicine-approach-aboard.",
        ])
        let body = document.allParagraphs.map(\.text).joined(separator: " ")
        #expect(body.contains("een goed inkomen blijven verdienen, en zij moeten dat doen"))
    }

    /// The same form where the note's first line follows a full body line: which line opens the
    /// note is a guess, and a paragraph that opens after a sentence's end above it is not taken for
    /// the note where the page's text runs on to the next page.
    @Test("plain pdftotext: a paragraph above a note that follows a full body line stays body text")
    func scrambledNoteAfterFullBodyLine() {
        let text = """
            Datum 25 november 2022
            Betreft Delegatie
            Geachte voorzitter,
            De vaststelling van de normen geschiedt overeenkomstig de in de artikelen 10 tot
            en met 14 van de verordening neergelegde procedure.1 De Raad en het Parlement
            hebben drie maanden de tijd om bezwaar te maken tegen de vaststelling daarvan.
            Het in artikel 1 opgenomen artikel 22b geeft de Commissie de bevoegdheid om
            handelingen vast te stellen ter nadere specificatie van de handelsdata die
            aanbieders moeten verstrekken. Het doel is de kwaliteit van de handelsdata die
            Verordening (EU) nr. 1095/2010 van het Europees Parlement en de Raad van 24 november 2010 tot
            oprichting van een Europese toezichthoudende autoriteit (PbEU 2010, L331).
            1

            Pagina 1 van 2

            aan de dienst moeten worden verstrekt te verbeteren.
            Hoogachtend,
            """
        let document = parse(text)
        let body = document.allParagraphs.map(\.text).joined(separator: " ")
        #expect(body.contains("Het in artikel 1 opgenomen artikel 22b geeft de Commissie"))
        #expect(!document.footnotes.contains { $0.text.contains("artikel 22b") })
    }

    /// pypdf and PyMuPDF write a figure's or a box's text after the page's notes: the foot ends at
    /// its last note, and the numbering goes on on the next page.
    @Test("pypdf: a figure's text after the page's notes stays text, and the notes after it are read")
    func figureTextAfterNotes() {
        let text = """
            Datum 22 december 2022
            Betreft Emissies door de luchtvaart
            Pagina 1 van 2
            Geachte voorzitter,
            Op 1 oktober 2021 heeft de Kamer het rapport ‘Verkenning gezondheid’1 ontvangen.
            In de brief van 15 februari 20222, met de beantwoording van Kamervragen, is
            aangegeven dat de sector bezig was met het instellen van een taskforce.

            Figuur 1. Organogram taskforce Stoffen

            De begeleidingscommissie binnen de taskforce heeft een onafhankelijk voorzitter.

            1 Kamerstukken II 2021/22, 29665, nr. 414
            2 Kamerstukken II 2021/22, Aanhangsel, nr. 1694
            Begeleidingscommissie met
            onafhankelijk voorzitter.
            Leden: Royal Schiphol Group,
            KLM, FNV en IenW
            Validatiecommissie (in oprichting).
            Leden: deskundigen uit de
            wetenschap en medische sector
            Coördinatiegroep
            Pagina 2 van 2
            Onderwerpen werkgroepen
            De werkgroep is belast met een onderzoek naar de blootstelling3 van medewerkers.
            Hoogachtend,

            3 Kamerstuk 33009, nr. 63.
            """
        let document = parse(text)
        #expect(document.footnotes.map(\.text) == [
            "Kamerstukken II 2021/22, 29665, nr. 414", "Kamerstukken II 2021/22, Aanhangsel, nr. 1694", "Kamerstuk 33009, nr. 63.",
        ])
        let body = document.allParagraphs.map(\.text).joined(separator: " ")
        #expect(body.contains("Begeleidingscommissie met onafhankelijk voorzitter."))
        #expect(body.contains("Coördinatiegroep"))
        #expect(!body.contains("29665"))
    }

    @Test("on a one-page letter the sidebar is found by its shapes alone")
    func onePage() {
        let text = """
            > Retouradres Postbus 20350 2500 EJ Den Haag
            De Voorzitter van de Tweede Kamer
            der Staten-Generaal
            Datum 2 februari 2024
            Betreft Antwoord op vragen over wachtlijsten
            Geachte voorzitter,
            Hierbij stuur ik u de antwoorden op de vragen van het lid Dijk over de
            Ministerie van Volksgezondheid,
            Welzijn en Sport
            Parnassusplein 5
            2511 VX Den Haag
            T 070 340 79 11
            Kenmerk
            3712345-1056789-PG
            wachtlijsten in de wijkverpleging.
            Hoogachtend,
            de minister van Volksgezondheid, Welzijn en Sport,
            Pia Dijkstra

            """
        let document = parse(text)
        #expect(document.sectionParagraphs.map(\.text) == [
            "Hierbij stuur ik u de antwoorden op de vragen van het lid Dijk over de wachtlijsten in de wijkverpleging.",
        ])
        #expect(document.metadata.ministerie == "Ministerie van Volksgezondheid, Welzijn en Sport")
        #expect(document.metadata.kenmerk == "3712345-1056789-PG")
        #expect(document.date == "2024-02-02")
        #expect(document.metadata.ondertekening == [Signer(naam: "Pia Dijkstra", functie: "de minister van Volksgezondheid, Welzijn en Sport")])
    }

    @Test("a note unfinished at a page's foot runs on at the foot of a next page that has no notes of its own")
    func noteRunsOnToPageWithoutNotes() {
        let text = """
            Datum 1 maart 2024
            Betreft Voortgang
            Geachte voorzitter,
            Het onderzoek naar de gevolgen van de nieuwe regels voor de sector is nu
            afgerond.1
            1 Zie het rapport van de commissie over de gevolgen van de
            Pagina 1 van 2
            Het kabinet neemt het advies van de commissie over en werkt het verder uit
            in nieuwe regels.
            nieuwe regels voor de sector.
            Pagina 2 van 2

            """
        let document = parse(text)
        #expect(document.footnotes.map(\.text) == ["Zie het rapport van de commissie over de gevolgen van de nieuwe regels voor de sector."])
        #expect(document.sectionParagraphs.map(\.text) == [
            "Het onderzoek naar de gevolgen van de nieuwe regels voor de sector is nu afgerond.",
            "Het kabinet neemt het advies van de commissie over en werkt het verder uit in nieuwe regels.",
        ])
    }
}

@Suite("A ministry letter with a sidecar outline")
struct MinistryLetterOutlineTests {
    @Test("declared pillars become pillars, their paragraphs move under them, and the letterhead facts stay")
    func outline() throws {
        let text = try TestPaths.fixtureText("letters/ezk-netcongestie.pdftext.txt")
        let sidecar = Sidecar(
            source: "Content/ezk.yml", title: "Netcongestie",
            outline: [OutlinePillar(title: "Stand van zaken"), OutlinePillar(title: "De maatregelen")])
        let (document, diagnostics) = MinistryLetterParser.parse(SourceText(path: "Content/ezk.txt", id: "ezk", text: text), sidecar: sidecar)
        #expect(document.pillars.map(\.title) == ["Stand van zaken", "De maatregelen"])
        #expect(document.pillars[0].text.first?.text.hasPrefix("Steeds meer bedrijven kunnen geen aansluiting") == true)
        #expect(document.pillars[1].text.map(\.listLabel).compactMap { $0 } == ["1.", "2.", "3."])
        #expect(document.title == "Netcongestie")
        #expect(document.date == "2023-03-14" && document.metadata.kenmerk == "DGKE-E / 23123456")
        #expect(document.footnotes.count == 5)
        #expect(!diagnostics.contains { $0.code == .outlineMismatch || $0.code == .unreferencedFootnote })
    }
}

@Suite("Ministry letter of three pages whose sidebar repeats Datum, signed by two side by side")
struct ThreePageMinistryLetterTests {
    let parsed: (document: Document, diagnostics: [Diagnostic])

    init() throws {
        let text = try TestPaths.fixtureText("variants/ministry-letter-three-pages.txt")
        parsed = MinistryLetterParser.parse(SourceText(path: "Content/brief.txt", id: "brief", text: text), sidecar: nil)
    }

    @Test("the letterhead's Datum, which every later page's sidebar repeats, still gives the date and the subject")
    func letterhead() {
        let document = parsed.document
        #expect(document.title == "Voortgang van de aanpak van netcongestie en de uitbreiding van het hoogspanningsnet")
        #expect(document.date == "2026-02-13")
        #expect(!parsed.diagnostics.contains { $0.code == .missingMetadata && $0.message.contains("date") })
    }

    @Test("Onze referentie is the kenmerk, Uw referentie the zaak the letter answers")
    func references() {
        #expect(parsed.document.metadata.kenmerk == "DGKE / 26034567")
        #expect(parsed.document.metadata.zaak == "2026Z01999")
    }

    @Test("two functions wrapped over two lines side by side, then both names: each signer its own function")
    func signers() {
        #expect(parsed.document.metadata.ondertekening == [
            Signer(naam: "S.T.M. Hermans", functie: "de minister van Klimaat en Groene Groei"),
            Signer(naam: "J.A. Vijlbrief", functie: "de staatssecretaris van Klimaat en Groene Groei"),
        ])
        let texts = parsed.document.sectionParagraphs.map(\.text)
        #expect(!texts.contains { $0.contains("Hermans") || $0.contains("Datum") || $0.contains("februari 2026") })
    }
}

@Suite("Ministry letter signatures")
struct MinistryLetterSignatureTests {
    func signers(_ closing: String) -> [Signer] {
        let text = """
            > Retouradres Postbus 20401 2500 EK Den Haag
            Datum 13 februari 2026
            Betreft Voortgang

            Geachte voorzitter,
            Met deze brief informeer ik u over de voortgang.

            \(closing)
            """
        return MinistryLetterParser.parse(SourceText(path: "Content/brief.txt", id: "brief", text: text), sidecar: nil).document.metadata.ondertekening
    }

    @Test("a function wrapped over two lines, with and without Hoogachtend")
    func wrappedFunction() {
        let expected = [Signer(naam: "S.T.M. Hermans", functie: "De minister van Klimaat en Groene Groei")]
        #expect(signers("Hoogachtend,\nDe minister van Klimaat en\nGroene Groei,\nS.T.M. Hermans") == expected)
        #expect(signers("De minister van Klimaat en\nGroene Groei,\nS.T.M. Hermans") == expected)
    }

    @Test("under a Hoogachtend with no signer read, the last page's notes are still notes")
    func notesUnderUnreadSignature() {
        let text = """
            > Retouradres Postbus 20201 2500 EE Den Haag
            Datum 20 februari 2026
            Betreft Voortgang

            Geachte voorzitter,
            In het Belastingplan 20271 stel ik een oplossing voor.
            Hoogachtend,
            E. Heinen
            1 Kamerstuk 36 602, nr. 2
            Pagina 1 van 1
            """
        let document = MinistryLetterParser.parse(SourceText(path: "Content/brief.txt", id: "brief", text: text), sidecar: nil).document
        #expect(document.footnotes.map(\.text) == ["Kamerstuk 36 602, nr. 2"])
    }

    @Test("a function wrapped after a dash")
    func dashWrappedFunction() {
        #expect(signers("Hoogachtend,\nDe staatssecretaris van Financiën -\nFiscaliteit en Belastingdienst,\nE. van Oostenbruggen") == [
            Signer(naam: "E. van Oostenbruggen", functie: "De staatssecretaris van Financiën - Fiscaliteit en Belastingdienst"),
        ])
    }

    @Test("a lowercase function above the last page's note is the signature, not the previous page's note going on")
    func signatureAboveNote() {
        let text = """
            > Retouradres Postbus 20201 2500 EE Den Haag
            Datum 20 februari 2026
            Betreft Voortgang

            Geachte voorzitter,
            Zoals gemeld in de krant1 is er een probleem.
            1 Het Financieele Dagblad, 20 januari 2026
            Pagina 1 van 2
            \u{0C}In het Belastingplan 20272 stel ik een oplossing voor.
            de minister van Financiën,
            E. Heinen
            2 Kamerstuk 36 602, nr. 2
            Pagina 2 van 2
            """
        let document = MinistryLetterParser.parse(SourceText(path: "Content/brief.txt", id: "brief", text: text), sidecar: nil).document
        #expect(document.metadata.ondertekening == [Signer(naam: "E. Heinen", functie: "de minister van Financiën")])
        #expect(document.footnotes.map(\.text) == ["Het Financieele Dagblad, 20 januari 2026", "Kamerstuk 36 602, nr. 2"])
    }

    @Test("a name above its function, and a capitals function over two lines")
    func otherOrders() {
        #expect(signers("Hoogachtend,\nS.T.M. Hermans\nMinister van Klimaat en\nGroene Groei") == [
            Signer(naam: "S.T.M. Hermans", functie: "Minister van Klimaat en Groene Groei"),
        ])
        #expect(signers("Hoogachtend,\nDE MINISTER VAN INFRASTRUCTUUR EN\nWATERSTAAT,\nMark Harbers") == [
            Signer(naam: "Mark Harbers", functie: "De Minister van Infrastructuur en Waterstaat"),
        ])
    }
}

/// Letters made by `Fixtures/variants/make-ministry-letters.py` (reportlab, invented text) and
/// printed by `pdftotext`, in the shapes other ministries' letters take.
@Suite("Ministry letters of four pages: comma'd ministries, answers after the cover letter, notes and text that both run over")
struct MoreMinistryLetterTests {
    func read(_ name: String) throws -> Document {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture("variants/\(name)")))
        return try #require(Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "brief", bytes: bytes)).document)
    }

    func sectionTitles(_ document: Document) -> [String] { document.allSections.map(\.title) }

    @Test("a ministry's name with commas, wrapped over two lines that end in commas, is one function")
    func commaFunction() throws {
        let document = try read("letters-1-lvvn-tabel.txt")
        #expect(document.metadata.ondertekening == [
            Signer(naam: "F.M. Wiersma", functie: "de minister van Landbouw, Visserij, Voedselzekerheid en Natuur"),
        ])
        let both = try read("letters-4-ienw-lvvn-samen.txt")
        #expect(both.metadata.ondertekening == [
            Signer(naam: "B. Madlener", functie: "De minister van Infrastructuur en Waterstaat"),
            Signer(naam: "F.M. Wiersma", functie: "De minister van Landbouw, Visserij, Voedselzekerheid en Natuur"),
        ])
    }

    @Test("a note and a sentence that both run over a page: each goes on where it belongs")
    func noteAndTextRunOver() throws {
        let document = try read("letters-1-lvvn-tabel.txt")
        #expect(document.footnotes[1].text.hasSuffix("wordt geëvalueerd in 12 gemeenten met de grootste mestoverschotten."))
        #expect(document.footnotes[3].text == "Kamerstuk 33 037, nr. 571")
        #expect(document.xmlParagraphs.contains { $0.text.hasSuffix("De regio's onderzoeken de gevolgen van de financiering op de lange termijn.") })
    }

    @Test("answers after the cover letter's signature stay the letter's text; the sidebar's standing note and lone labels are furniture")
    func answersAfterSignature() throws {
        for name in ["letters-3-vws-kamervragen.txt", "letters-3-vws-kamervragen.pdf"] {
            let document = try read(name)
            #expect(document.kind == .kamervragen)
            #expect(document.metadata.zaak == "2025Z12345")
            #expect(document.metadata.ondertekening.map(\.naam) == ["V.P.G. Karremans"])
            #expect(sectionTitles(document).filter { $0.hasPrefix("Vraag") || $0.hasPrefix("Antwoord") }.count == 10, "\(name)")
            #expect(!sectionTitles(document).contains { $0.contains("Bijlage") || $0.contains("2025Z") }, "\(name)")
            #expect(!document.xmlParagraphs.contains { $0.text.contains("Correspondentie uitsluitend") }, "\(name)")
        }
    }

    @Test("Uw brief with a zaak number; Vraag 3 after a sidebar block is a heading, no address")
    func vraagAfterSidebar() throws {
        let document = try read("letters-8-vws-vragen-in-brief.txt")
        #expect(document.metadata.zaak == "2025Z11876")
        #expect(!document.title.contains("Correspondentie"))
        #expect(sectionTitles(document) == ["Inleiding", "Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2", "Vraag 3", "Antwoord 3"])
    }

    @Test("a lowercase function at the top of the last page, after a page with a note")
    func lowercaseFunctionAfterNote() throws {
        let document = try read("letters-6-fin-noot-ondertekening.txt")
        #expect(document.metadata.ondertekening == [Signer(naam: "E. Heinen", functie: "de minister van Financiën")])
        #expect(document.footnotes.last?.text == "Kamerstuk 32 140, nr. 201")
    }

    @Test("text before a letter's own Inleiding heading is its Aanhef, not a second Inleiding")
    func ownIntroduction() throws {
        let document = try read("letters-7-aenm-koppen.txt")
        #expect(document.sections.map(\.id).prefix(2) == ["aanhef", "inleiding"])
        #expect(document.sections.map(\.title).prefix(2) == ["Aanhef", "Inleiding"])
    }

    @Test("an older letter without a salutation: told by its return address, Datum and Onderwerp; the body starts after Ons kenmerk's value")
    func withoutSalutation() throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText("variants/letters-9-zonder-aanhef.txt")) == .ministryLetter)
        let document = try read("letters-9-zonder-aanhef.txt")
        #expect(document.title == "Opslag van energie")
        #expect(document.date == "2011-03-03")
        #expect(document.metadata.kenmerk == "DGKE/11012345")
        #expect(document.sections.map(\.title) == ["Inleiding", "Onderzoek", "Conclusie"])
        #expect(document.sections[0].paragraphs.first?.text.hasPrefix("Opslag van energie is een onderwerp") == true)
        #expect(document.footnotes.map(\.text) == ["Onderzoek naar opslag van energie in de wijk, bijlage bij deze brief."])
        #expect(document.metadata.ondertekening == [Signer(naam: "P.J. de Vries", functie: "De Staatssecretaris van Klimaat en Energie")])
        let text = document.sections.flatMap(\.paragraphs).map(\.text).joined(separator: " ")
        for furniture in ["Retouradres", "Postbus", "Bezuidenhoutseweg", "Ons kenmerk", "Pagina"] { #expect(!text.contains(furniture), "\(furniture)") }
    }

    /// `variants/ministry-letter.txt` with each `(old, new)` replaced.
    func letterVariant(_ replacements: [(String, String)]) throws -> Document {
        var text = try TestPaths.fixtureText("variants/ministry-letter.txt")
        for (old, new) in replacements {
            #expect(text.contains(old), "\(old.quoted) is not in the fixture")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return MinistryLetterParser.parse(SourceText(path: "Content/b.txt", id: "b", text: text), sidecar: nil).document
    }

    @Test("Bijlage(n) above Datum and Betreft in the labels' column: its count after the subject is not the subject's")
    func attachmentCountAfterSubject() throws {
        let document = try letterVariant([(
            "Datum\nBetreft\n\n12 maart 2024\nVoortgang Woningbouwimpuls en de afspraken in de regionale\nwoondeals met de provincies\n\n"
                + "Uw kenmerk\n2024Z01234\nBijlage(n)\n2\n",
            "Bijlage(n)\nDatum\nBetreft\n12 maart 2024\nVoortgang Woningbouwimpuls en de afspraken in de regionale\nwoondeals met de provincies\n2\n\n"
                + "Uw kenmerk\n2024Z01234\n"
        )])
        #expect(document.title == "Voortgang Woningbouwimpuls en de afspraken in de regionale woondeals met de provincies")
        #expect(document.date == "2024-03-12")
    }

    @Test("numbered titles: a section's number alone above its title, a long chapter title before a blank line; the text under them stays text")
    func numberedTitles() throws {
        let document = try letterVariant([
            ("Stand van de woningbouw\n", "1. Stand van de woningbouw\n\n1.1\nNieuwbouw in de grote steden en in de regio's buiten de\nRandstad\n"),
            ("Afspraken met de provincies\n", "1.2\nAfspraken met de provincies\n"),
            ("Vervolg\nIk informeer uw Kamer voor het commissiedebat Woningbouw over de\n",
             "2. Vervolg van de regionale woondeals en van de zevende tranche Woningbouwimpuls\n\n"
                + "Ik informeer uw Kamer voor het commissiedebat Woningbouw over de\n"),
        ])
        #expect(document.allSections.map(\.title) == [
            "Inleiding", "Stand van de woningbouw", "Nieuwbouw in de grote steden en in de regio's buiten de Randstad",
            "Afspraken met de provincies", "Vervolg van de regionale woondeals en van de zevende tranche Woningbouwimpuls",
        ])
        #expect(document.allSections.last?.paragraphs.first?.text.hasPrefix("Ik informeer uw Kamer voor het commissiedebat") == true)
    }

    @Test("a closing heading after the numbered chapters stands at the top, not under the last chapter")
    func closingHeadingAtTop() throws {
        let document = try letterVariant([(
            "Vervolg\nIk informeer uw Kamer",
            "2. Vervolg van de woondeals\nDe provincies rapporteren in het najaar opnieuw over de woondeals.\nTot slot\nIk informeer uw Kamer"
        )])
        #expect(document.sections.map(\.title) == [
            "Inleiding", "Stand van de woningbouw", "Afspraken met de provincies", "Vervolg van de woondeals", "Tot slot",
        ])
        #expect(document.sections.last?.paragraphs.first?.text.hasPrefix("Ik informeer uw Kamer") == true)
    }

    @Test("a name above its function, without a closing formula or a comma, signs the letter")
    func nameAboveFunction() throws {
        let document = try letterVariant([(
            "De minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\nHugo de Jonge\n",
            "H.M. de Jonge\nMinister van Binnenlandse Zaken en Koninkrijksrelaties\n"
        )])
        #expect(document.metadata.ondertekening == [Signer(naam: "H.M. de Jonge", functie: "Minister van Binnenlandse Zaken en Koninkrijksrelaties")])
        #expect(document.allSections.last?.paragraphs.last?.text.hasSuffix("woondeals.") == true)
    }

    @Test("the same letter as pdfminer and pypdf write it: the sidebar after the page's text, the date set apart after the labels")
    func sidebarAfterText() throws {
        var text = try TestPaths.fixtureText("variants/letters-9-zonder-aanhef.txt")
        let addresses = "Directoraat-Generaal\nKlimaat en Energie\nDirectie Opslag\nBezuidenhoutseweg 73\n2594 AC Den Haag\n"
            + "Postbus 20401\n2500 EK Den Haag\nwww.rijksoverheid.nl/kgg\n"
        let head = "Datum\n3 maart 2011\nOnderwerp Opslag van energie\n\nOns kenmerk\nDGKE/11012345\n"
        #expect(text.contains(addresses + "\n" + head))
        text = text.replacingOccurrences(of: addresses + "\n" + head, with: "Datum\nOnderwerp Opslag van energie\n\n3 maart 2011\n")
        text = text.replacingOccurrences(
            of: "ervaringen in andere landen.\n",
            with: "ervaringen in andere landen.\n \n" + addresses + "\nOns kenmerk\nDGKE/11012345\n")
        #expect(FormatDetector.detect(text) == .ministryLetter)
        let (document, _) = MinistryLetterParser.parse(SourceText(path: "Content/b.txt", id: "b", text: text), sidecar: nil)
        #expect(document.title == "Opslag van energie")
        #expect(document.date == "2011-03-03")
        #expect(document.metadata.kenmerk == "DGKE/11012345")
        #expect(document.sections.map(\.title) == ["Inleiding", "Onderzoek", "Conclusie"])
        #expect(document.sections[0].paragraphs.first?.text.hasPrefix("Opslag van energie is een onderwerp") == true)
        #expect(document.sections[1].paragraphs.map(\.text) == [
            "Het onderzoek beschrijft eerst de situatie in Nederland: de netten raken vol en opslag kan pieken opvangen. "
                + "Daarna volgen de ervaringen in andere landen.",
        ])
    }
}
