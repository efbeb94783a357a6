import Foundation
import Testing
@testable import KamerArchief

/// Web pages of a Kamerstuk itself, as a browser or a dump tool saves their text: the page's own
/// lines (navigation, a table of facts, share links), then the paper from its head, in the forms
/// officielebekendmakingen.nl and tweedekamer.nl show (invented text in their layouts).
@Suite("Web pages of the paper itself: officielebekendmakingen.nl and tweedekamer.nl")
struct PaperWebPageTests {
    func read(_ name: String) throws -> (document: Document, diagnostics: [Diagnostic]) {
        let bytes = Array(try TestPaths.fixtureText("variants/\(name)").utf8)
        let parsed = Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "pagina", bytes: bytes))
        return (try #require(parsed.document), parsed.diagnostics)
    }

    @Test("each page is read as a page of the paper, not as PDF text", arguments: [
        "pagina-ob-brief.txt", "pagina-tk-brief.txt", "pagina-tk-kamervragen.txt", "pagina-ob-vso.txt", "pagina-ob-advies.txt",
        "pagina-ob-tabel-verslag.txt", "pagina-ob-tabel-brief.txt", "pagina-tk-verslag.txt", "pagina-ob-ek-brief.txt",
    ])
    func detection(name: String) throws {
        #expect(FormatDetector.detect(try TestPaths.fixtureText("variants/\(name)")) == .pageDumpKamerstuk)
    }

    @Test("officielebekendmakingen.nl: the head under the site's lines gives kind, title, number and date; the share links are no text")
    func officieleBekendmakingen() throws {
        let (document, _) = try read("pagina-ob-brief.txt")
        #expect(document.kind == .kamerbrief)
        #expect(document.title == "Brief van de minister van Klimaat en Groene Groei")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "32813", ondernummer: "1520"))
        #expect(document.metadata.dossierTitle == "Kabinetsaanpak Klimaatbeleid")
        #expect(document.date == "2026-03-04")
        #expect(document.metadata.vergaderjaar == "2025-2026")
        #expect(document.sections.map(\.title) == ["Tekst", "Thuisbatterijen", "Buurtbatterijen"])
        #expect(document.metadata.ondertekening == [Signer(naam: "S.T.M. Hermans", functie: "De Minister van Klimaat en Groene Groei")])
        let text = document.xmlParagraphs.map(\.text).joined(separator: "\n")
        for chrome in ["Ga direct naar inhoud", "Deel deze pagina", "Twitter", "Privacy", "Datum publicatie"] {
            #expect(!text.contains(chrome), "\(chrome)")
        }
    }

    @Test("tweedekamer.nl: the page's `Brief regering : …` line is the title; wrapped lines without blank lines join into paragraphs")
    func tweedeKamerLetter() throws {
        let (document, _) = try read("pagina-tk-brief.txt")
        #expect(document.kind == .kamerbrief)
        #expect(document.title == "Voortgang batterijstrategie")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "32813", ondernummer: "1521"))
        #expect(document.date == "2026-03-11")
        #expect(document.sections.map(\.title) == ["Tekst", "Grondstoffen"])
        #expect(document.sections[0].paragraphs.map(\.text) == [
            "Met deze brief informeer ik uw Kamer over de batterijstrategie.",
            "Het kabinet heeft in 2025 drie maatregelen genomen om de productie van batterijen in Nederland te versterken.",
        ])
        #expect(document.metadata.ondertekening.map(\.naam) == ["S.T.M. Hermans"])
    }

    @Test("tweedekamer.nl kamervragen: the describing lines give kind and date (the answer's), each Vraag and Antwoord is a section")
    func tweedeKamerQuestions() throws {
        let (document, _) = try read("pagina-tk-kamervragen.txt")
        #expect(document.kind == .kamervragen)
        #expect(document.title == "Antwoord op vragen van het lid Kröger over brandveilige thuisbatterijen")
        #expect(document.date == "2026-02-24")
        #expect(document.sections.map(\.title) == ["Tekst", "Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2"])
        #expect(document.sections[0].paragraphs.count == 2)
        #expect(document.sections[0].paragraphs[1].text.hasPrefix("Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 24 februari 2026)."))
    }

    @Test("a page dump with the mirror's Nummer line still takes its title from the page, and a text without a head is no web page")
    func notAWebPage() throws {
        #expect(FormatDetector.detect("Nr. 5 was de laatste.\nDe rest volgt later.\n") == nil)
        #expect(PageDumpParser.paperStart(Array("Inleiding\n34 700 Kabinetsformatie 2017\nDe tekst.\n".utf8),
            TextLine.split(Array("Inleiding\n34 700 Kabinetsformatie 2017\nDe tekst.\n".utf8))) == nil)
    }

    @Test("a letter's text alone, from its addressee and its date: a letter so dated, its text in sections; the addressee alone is no such opening")
    func letterTextAlone() throws {
        let letter = """
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
            Den Haag, 2 december 2022
            Met deze brief informeer ik u over de voortgang van het waterstofbeleid.
            – De routekaart van het programma;
            – een brief van de netbeheerder.
            Behaalde mijlpalen
            Nederland ligt op schema om de ambitie voor 2025 te halen.
            De Minister voor Klimaat en Energie,
            R.A.A. Jetten

            """
        let parsed = Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: Array(letter.utf8)))
        let document = try #require(parsed.document)
        #expect(document.kind == .kamerbrief && document.date == "2022-12-02" && document.title == "Kamerbrief brief")
        #expect(document.metadata.ondertekening == [Signer(naam: "R.A.A. Jetten", functie: "De Minister voor Klimaat en Energie")])
        #expect(document.sections.map(\.title) == ["Tekst", "Behaalde mijlpalen"])
        #expect(!document.allParagraphs.contains { $0.text.hasPrefix("Aan de Voorzitter") || $0.text.hasPrefix("Den Haag") })
        let undated = letter.replacingOccurrences(of: "Den Haag, 2 december 2022\n", with: "")
        #expect(FormatDetector.detect(undated) == nil)
        // A cover letter so opened above a fiche in the PDF's layout: the fiche's reader reads it.
        let fiche = try TestPaths.fixtureText("fiches-pdf/fiche-10-battery-booster.txt")
        #expect(FormatDetector.detect("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 22 januari 2026\n\n" + fiche) == .pdfTextFiche)
    }

    @Test("a mirrored page whose Word text opens at the dossier line, its stuk heading in small capitals come through in mixed case: the head is read, not made sections")
    func mixedCaseHeadingWithoutChamber() throws {
        let text = """
            Thuisbatterijen en netcongestie
            Brief regering
            Nummer: 2026D11111, datum: 2026-03-02, bijgewerkt: 2026-03-03 10:00, versie: 1
            Onderdeel van kamerstukdossier 32813 -1530 Kabinetsaanpak Klimaatbeleid.
            Preview document (🔗 origineel)

            32 813 Kabinetsaanpak Klimaatbeleid

            Nr. 1530 Brief van de minister van Klimaat en Groene Groei

            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 2 maart 2026

            Met deze brief informeer ik uw Kamer over thuisbatterijen en netcongestie.

            De Minister van Klimaat en Groene Groei,
            S.T.M. Hermans

            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/p.txt", stem: "p", bytes: Array(text.utf8))).document)
        #expect(document.kind == .kamerbrief)
        #expect(document.title == "Thuisbatterijen en netcongestie")
        #expect(document.sections.map(\.title) == ["Tekst"])
        #expect(document.sections[0].paragraphs.map(\.text) == ["Met deze brief informeer ik uw Kamer over thuisbatterijen en netcongestie."])
        #expect(document.metadata.fields.first { $0.label == "Aan" }?.value == "de Voorzitter van de Tweede Kamer der Staten-Generaal")
        #expect(document.metadata.ondertekening.map(\.naam) == ["S.T.M. Hermans"])
    }

    @Test("officielebekendmakingen.nl's verslag in two dossiers: each dossier line with its title, `Vastgesteld` glued to its date, a one-line introduction that ends in a reference is text")
    func verslagInTwoDossiers() throws {
        let (document, diagnostics) = try read("pagina-ob-vso.txt")
        #expect(diagnostics.isEmpty)
        #expect(document.kind == .verslag)
        #expect(document.title == "Verslag van een schriftelijk overleg – Raad voor Vervoer, Telecommunicatie en Energie")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "21501-33", ondernummer: "1150"))
        #expect(document.metadata.dossierTitle == "Raad voor Vervoer, Telecommunicatie en Energie")
        #expect(document.metadata.fields.map { [$0.label, $0.value] } == [["Ook in dossier", "32813 Kabinetsaanpak Klimaatbeleid"]])
        #expect(document.date == "2026-02-18")
        #expect(document.metadata.ondertekening == [
            Signer(naam: "Thijssen", functie: "De voorzitter van de commissie"),
            Signer(naam: "Reinders", functie: "De adjunct-griffier van de commissie"),
        ])
        #expect(document.sections.map(\.title) == ["Tekst", "I. VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES", "II. ANTWOORD / REACTIE VAN DE MINISTER"])
        #expect(document.sections[0].paragraphs.count == 2)
        #expect(document.sections[0].paragraphs[0].text.hasSuffix("(Kamerstuk 32 813, nr. 1520)"))
        #expect(document.sections[1].subsections.map(\.title) == ["Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie"])
    }

    @Test("an older paper's page: the dossier number alone over its title, `nr. 4` in lowercase, the stuk heading without the note marker glued to it")
    func olderPaperPage() throws {
        let (document, diagnostics) = try read("pagina-ob-advies.txt")
        #expect(diagnostics.isEmpty)
        #expect(document.format == .pageDump)
        #expect(document.title == "Advies Raad van State en nader rapport")
        #expect(document.kind == .advies)
        #expect(document.date == "2009-02-03")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "31710", ondernummer: "4"))
        #expect(document.metadata.dossierTitle == "Wijziging van de Wet milieubeheer in verband met de inzameling van batterijen en accu's")
        #expect(document.sections.map(\.title) == ["Tekst"])
        #expect(document.sections[0].paragraphs.count == 3)
    }

    @Test("an older paper's page in two dossiers, each number with its note's marker glued on (`23 9821`, its title under it): both dossiers read, the markers no digits of theirs")
    func dossiersWithGluedMarkers() throws {
        let page = try TestPaths.fixtureText("variants/pagina-ob-advies.txt")
        let head = try #require(page.range(of: "31 710\n"))
        let twoDossiers = page.replacingCharacters(in: head, with: "31 7101\n").replacingOccurrences(
            of: "\n\nnr. 4\n", with: "\n\n36 0002\nVoorstel van wet van het lid Jansen tot wijziging van de Wet milieubeheer\n\nnr. 4\n")
        #expect(FormatDetector.detect(twoDossiers) == .pageDumpKamerstuk)
        let parsed = Ingester.ingest(ContentFile(path: "Content/pagina.txt", stem: "pagina", bytes: Array(twoDossiers.utf8)))
        let document = try #require(parsed.document)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "31710", ondernummer: "4"))
        #expect(document.metadata.dossierTitle == "Wijziging van de Wet milieubeheer in verband met de inzameling van batterijen en accu's")
        #expect(document.metadata.fields.map { [$0.label, $0.value] } == [
            ["Ook in dossier", "36000 Voorstel van wet van het lid Jansen tot wijziging van de Wet milieubeheer"],
        ])
        #expect(KamerstukPDFHead.dossier(Array("21 501-02".utf8), 0..<9) == "21501-02")
        #expect(KamerstukPDFHead.dossier(Array("23 98212".utf8), 0..<8) == "23982")
    }

    @Test("tweedekamer.nl's page of a committee's inbreng, headed by the Kamer's document number (no Kamerstuk yet): a verslag, its contents without page numbers left out")
    func inbrengWithDocumentNumber() throws {
        let page = """
            Inbreng verslag schriftelijk overleg : Inbreng verslag schriftelijk overleg over het fiche over batterijen
            2025D12345 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG
            Binnen de vaste commissie voor Klimaat en Groene Groei hebben enkele fracties de behoefte om
            vragen en opmerkingen voor te leggen over de brief van de Minister van 3 maart 2025.
            De voorzitter van de commissie,
            Jansen
            De griffier van de commissie,
            Pietersen
            Inhoud
            I Vragen en opmerkingen uit de fracties
            • Inbreng van de leden van de VVD-fractie
            • Inbreng van de leden van de D66-fractie
            II Reactie van de Minister
            I Vragen en opmerkingen uit de fracties
            Inbreng van de leden van de VVD-fractie
            De leden van de VVD-fractie hebben kennisgenomen van de brief. Zij hebben hierover nog enkele vragen.
            Inbreng van de leden van de D66-fractie
            De leden van de D66-fractie hebben kennisgenomen van de brief en hebben geen vragen.
            """
        #expect(FormatDetector.detect(page) == .pageDumpKamerstuk)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/inbreng.txt", stem: "inbreng", bytes: Array(page.utf8))).document)
        #expect(document.kind == .verslag)
        #expect(document.metadata.kamerstuk == nil)
        #expect(document.metadata.ondertekening.map(\.naam) == ["Jansen", "Pietersen"])
        #expect(document.sections.map(\.title) == ["Tekst", "I Vragen en opmerkingen uit de fracties"])
        #expect(document.sections[1].subsections.map(\.title) == ["Inbreng van de leden van de VVD-fractie", "Inbreng van de leden van de D66-fractie"])
    }

    @Test("a page that shows the paper from its number (`nr. 8` over `AMENDEMENT VAN HET LID …`) is the paper, not of an unknown format")
    func fromItsNumber() throws {
        let page = """
            nr. 8
            AMENDEMENT VAN HET LID JANSEN
            Ontvangen 25 november 2025
            De ondergetekende stelt het volgende amendement voor:
            In artikel I, onderdeel G, wordt «1 januari 2026» vervangen door: 1 juli 2026.
            Toelichting
            Dit amendement geeft gemeenten een half jaar meer voor de inzameling van batterijen.
            Jansen
            """
        #expect(FormatDetector.detect(page) == .pageDumpKamerstuk)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/amendement.txt", stem: "amendement", bytes: Array(page.utf8))).document)
        #expect(document.kind == .amendement)
        #expect(document.title == "Amendement van het lid Jansen")
        #expect(document.date == "2025-11-25")
        #expect(document.metadata.ondertekening.map(\.naam) == ["Jansen"])
    }

    @Test("an older Eerste Kamer paper's page, its letter alone over its heading (`B` / `VOORLOPIG VERSLAG …`): the paper, numbered B in its dossier")
    func eersteKamerLetterAlone() throws {
        let page = """
            36 500
            Wijziging van de Wet milieubeheer in verband met de inzameling van batterijen

            B
            VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR KLIMAAT EN ENERGIE1

            Vastgesteld 21 november 2025

            Het voorbereidend onderzoek van dit wetsvoorstel heeft de commissie aanleiding gegeven tot het maken van de navolgende opmerkingen.

            De leden van de CDA-fractie hebben met belangstelling kennisgenomen van het wetsvoorstel.
            """
        #expect(FormatDetector.detect(page) == .pageDumpKamerstuk)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/vv.txt", stem: "vv", bytes: Array(page.utf8))).document)
        #expect(document.kind == .verslag)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36500", ondernummer: "B"))
        #expect(document.date == "2025-11-21")
        #expect(document.title == "Voorlopig verslag van de vaste commissie voor Klimaat en Energie")
        #expect(document.pillars.isEmpty)
    }

    @Test("an Eerste Kamer dossier numbered in Roman numerals (`CXXIV …` over `G BRIEF VAN …`), its letter signed on one line under `Namens …,`")
    func romanDossier() throws {
        let page = """
            CXXV Verslag van de Tijdelijke Commissie Werkwijze

            G BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL

            Aan de leden

            Den Haag, 5 december 2025

            Met inachtneming van het Reglement van Orde zend ik u hiermee een voorstel tot wijziging toe.

            Namens de Huishoudelijke Commissie van de Eerste Kamer,

            De voorzitter, A.B. Jansen
            """
        #expect(FormatDetector.detect(page) == .pageDumpKamerstuk)
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/g.txt", stem: "g", bytes: Array(page.utf8))).document)
        #expect(document.kind == .kamerbrief)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "CXXV", ondernummer: "G"))
        #expect(document.metadata.dossierTitle == "Verslag van de Tijdelijke Commissie Werkwijze")
        #expect(document.date == "2025-12-05")
        #expect(document.metadata.ondertekening == [Signer(naam: "A.B. Jansen", functie: "De voorzitter")])
        #expect(document.allParagraphs.map(\.text) == ["Met inachtneming van het Reglement van Orde zend ik u hiermee een voorstel tot wijziging toe."])
        // Words in capitals are no Roman dossier: `MIDDEL` is no number, and a title in capitals is a heading.
        #expect(KamerstukPDFHead.romanDossierWithTitle(Array("MIDDEL Verslag".utf8), 0..<14) == nil)
        #expect(KamerstukPDFHead.romanDossierWithTitle(Array("CXXV VERSLAG".utf8), 0..<12) == nil)
    }

    @Test("tweedekamer.nl's answered kamervragen whose describing line is one long line over lines wrapped at a printed width: wrapped lines join, the answer's date is the received one, an answer's first line is no heading, a minus sign is a bullet")
    func kamervragenWrapped() throws {
        let page = """
            Antwoord schriftelijke vragen : Antwoord op vragen van het lid Jansen over de inzameling van batterijen bij supermarkten en bouwmarkten in Nederland
            Vragen van het lid Jansen (VVD) aan de Staatssecretaris van Infrastructuur en Waterstaat over de inzameling van batterijen bij supermarkten, bouwmarkten en andere winkels in Nederland en de rol van de producenten daarbij (ingezonden 20 december 2024).
            Antwoord van Staatssecretaris Pietersen (Infrastructuur en Waterstaat) (ontvangen
            4 februari 2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.
            Vraag 1
            Deelt u de mening dat de inzameling van batterijen de laatste jaren is achtergebleven
            terwijl het aantal verkochte batterijen sterk is toegenomen? Zo nee, waarom niet?
            Antwoord 1
            De inzameling is inderdaad achtergebleven bij de verkoop. De cijfers van de Stichting
            Batterijen laten dit zien. Deze achterstand is onder andere te verklaren door de vele
            batterijen die in apparaten blijven zitten wanneer die worden weggegooid. Het kabinet
            neemt daarom de volgende maatregelen:
            − meer inzamelpunten bij supermarkten en bouwmarkten;
            − een campagne over batterijen in oude apparaten.
            Vraag 2
            Kunt u aangeven hoeveel batterijen in 2024 zijn ingezameld en hoeveel daarvan zijn
            hergebruikt voor de productie van nieuwe batterijen in Nederland of daarbuiten?
            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/kv.txt", stem: "kv", bytes: Array(page.utf8))).document)
        #expect(document.kind == .kamervragen)
        #expect(document.date == "2025-02-04")
        #expect(document.sections.first?.paragraphs.count == 2)
        let answer = try #require(document.sections.first { $0.title == "Antwoord 1" })
        #expect(answer.subsections.isEmpty)
        #expect(answer.paragraphs.first?.text.hasPrefix("De inzameling is inderdaad achtergebleven bij de verkoop. De cijfers van de Stichting Batterijen") == true)
        #expect(answer.paragraphs.dropFirst().map(\.listLabel) == ["-", "-"])
    }

    @Test("a verslag that prints the committee's letter: its addressee over its place and date is the letter's text, not a heading; a rule of dots is no text")
    func letterInVerslag() throws {
        let page = """
            36 500 Wijziging van de Wet milieubeheer in verband met de inzameling van batterijen

            AB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG

            Vastgesteld 14 mei 2025

            De commissie brengt bijgaand verslag uit van het gevoerde nader schriftelijk overleg.

            ...................................................................................

            BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR KLIMAAT EN ENERGIE

            Aan de Minister van Klimaat en Groene Groei

            Den Haag, 10 april 2025

            De commissie heeft met belangstelling kennisgenomen van uw brief over de inzameling van batterijen.
            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/nso.txt", stem: "nso", bytes: Array(page.utf8))).document)
        #expect(document.kind == .verslag)
        #expect(document.sections.map(\.title) == ["Tekst", "BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR KLIMAAT EN ENERGIE"])
        #expect(document.sections[1].paragraphs.first?.text == "Aan de Minister van Klimaat en Groene Groei")
        #expect(!document.allParagraphs.contains { $0.text.hasPrefix("....") })
    }

    @Test("officielebekendmakingen.nl's note panel as its text has it (`X Noot`, the number alone, the note): the note, no signer `X Noot`")
    func notePanel() throws {
        let page = """
            34 300 A Vaststelling van de begrotingsstaat van het Infrastructuurfonds voor het jaar 2026

            Nr. 63 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT

            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

            Den Haag, 5 april 2026

            Zoals gebruikelijk zend ik u ook dit voorjaar de voortgangsrapportage van de projecten toe1. Deze rapportage geeft het overzicht over de tweede helft van 2025.

            De Minister van Infrastructuur en Waterstaat, A.B. Jansen


            X Noot
            1

            Raadpleegbaar via www.tweedekamer.nl

            Naar boven
            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: Array(page.utf8))).document)
        #expect(document.metadata.ondertekening == [Signer(naam: "A.B. Jansen", functie: "De Minister van Infrastructuur en Waterstaat")])
        #expect(document.footnotes.map(\.number) == [1])
        #expect(document.footnotes.first?.text == "Raadpleegbaar via www.tweedekamer.nl")
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1])
    }

    @Test("officielebekendmakingen.nl's Aanhangsel: the answer's describing line without its full stop is text, not a heading, and dates the answer")
    func aanhangselDescription() throws {
        let page = """
            Aanhangsel van de Handelingen

            Datum publicatieOrganisatieVergaderjaarNummerDatum ontvangst
            Tweede Kamer der Staten-Generaal2024-20251365

            Vragen van de leden Jansen (VVD), Pietersen (SP) en De Vries (D66) aan de Staatssecretaris van Infrastructuur en Waterstaat en de Minister van Klimaat en Groene Groei over de tot nu toe verstrekte informatie over de omvang en aard van de inzameling van batterijen en mogelijke fraude met de registratie daarvan (ingezonden 17 februari 2025).

            Antwoord van Staatssecretaris Pietersen (Infrastructuur en Waterstaat) mede namens de Minister van Klimaat en Groene Groei (ontvangen 25 februari 2025)

            Vraag 1

            Kunt u een overzicht geven van de inzamelpunten waar supermarkten, bouwmarkten en gemeenten in de dagelijkse inzameling van batterijen tegenaan lopen?1

            Antwoord 1

            In 2024 is ruim de helft van de verkochte batterijen ingezameld. De inzameling bleef daarmee achter bij de doelstelling die de Europese batterijverordening stelt, en het kabinet heeft daarom met de producenten afgesproken dat zij meer inzamelpunten openen bij supermarkten en bouwmarkten, dat zij een campagne voeren over batterijen in oude apparaten en dat zij ieder jaar over de voortgang rapporteren aan de Kamer en aan de toezichthouder.
            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/ah.txt", stem: "ah", bytes: Array(page.utf8))).document)
        #expect(document.kind == .kamervragen)
        #expect(document.date == "2025-02-25")
        #expect(document.sections.map(\.title) == ["Tekst", "Vraag 1", "Antwoord 1"])
        #expect(document.sections[0].paragraphs.last?.text.hasPrefix("Antwoord van Staatssecretaris Pietersen") == true)
    }

    @Test("an Eerste Kamer verslag whose committee signs on one line above a letter's heading in capitals: the heading is a section, never a signer")
    func committeeAboveCapitalHeading() throws {
        let text = """
            35 261 Wijziging van de Wet milieubeheer (batterijen)

            AB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG VAN DE VASTE COMMISSIE VOOR KLIMAAT EN GROENE GROEI

            Vastgesteld 14 mei 2026

            De vaste commissie voor Klimaat, Groene Groei en Energie heeft kennisgenomen van de brief van 7 maart 2026 met de reactie op de vragen over de inzameling van batterijen. Naar aanleiding hiervan heeft zij de minister op 10 april 2026 een brief gestuurd; de minister heeft op 14 mei 2026 gereageerd.

            De griffier van de vaste commissie voor Klimaat, Groene Groei en Energie, De Boer

            BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR KLIMAAT, GROENE GROEI EN ENERGIE

            Aan de minister van Klimaat en Groene Groei

            Den Haag, 10 april 2026

            De commissie heeft met belangstelling kennisgenomen van de brief. De leden van de fracties hebben naar aanleiding hiervan nog een aantal vervolgvragen over de inzameling van gebruikte batterijen.

            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/p.txt", stem: "p", bytes: Array(text.utf8))).document)
        #expect(document.kind == .verslag)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "35261", ondernummer: "AB"))
        #expect(document.date == "2026-05-14")
        #expect(document.metadata.ondertekening == [Signer(naam: "De Boer", functie: "De griffier van de vaste commissie voor Klimaat, Groene Groei en Energie")])
        #expect(document.sections.map(\.title).contains("BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR KLIMAAT, GROENE GROEI EN ENERGIE"))
    }

    @Test("a stuk heading loses the note marker glued to its last word of capitals, never a road's number")
    func headingMarker() {
        #expect(KamerstukPDFHead.splittingGluedMarker("VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN1") == ("VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN", 1))
        #expect(KamerstukPDFHead.splittingGluedMarker("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG12") == ("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", 12))
        #expect(KamerstukPDFHead.splittingGluedMarker("MOTIE VAN HET LID KRÖGER OVER DE A27") == ("MOTIE VAN HET LID KRÖGER OVER DE A27", nil))
        #expect(KamerstukPDFHead.splittingGluedMarker("MOTIE VAN HET LID X OVER COVID-19") == ("MOTIE VAN HET LID X OVER COVID-19", nil))
    }

    @Test("officielebekendmakingen.nl converted to Markdown, the paper without its head: the facts' table names it, its opening dates it and tells a verslag, a line is a paragraph")
    func factsTableVerslag() throws {
        let (document, diagnostics) = try read("pagina-ob-tabel-verslag.txt")
        #expect(diagnostics.isEmpty)
        #expect(document.kind == .verslag)
        #expect(document.title == "Kamerstuk 21501-33, nr. 260")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "21501-33", ondernummer: "260"))
        #expect(document.metadata.vergaderjaar == "2009-2010")
        #expect(document.date == "2009-11-02")
        #expect(document.sections.map(\.title) == ["Tekst", "Vragen en opmerkingen uit de commissies", "Antwoord van de minister"])
        #expect(document.sections[0].paragraphs.map(\.listLabel) == [nil, "–", "–", nil])
        #expect(document.sections[1].paragraphs.count == 2)
        #expect(document.metadata.ondertekening.map(\.naam) == ["Jansen", "De Boer"])
        let text = document.allParagraphs.map(\.text).joined(separator: "\n")
        for chrome in ["Datum publicatie", "U bent hier", "Zoals vergunningen", "|", "Vastgesteld"] {
            #expect(!text.contains(chrome), "\(chrome)")
        }
    }

    @Test("the same form of a letter: addressed, so a letter, dated where it was signed, each line a paragraph, the minister's signature read")
    func factsTableLetter() throws {
        let (document, diagnostics) = try read("pagina-ob-tabel-brief.txt")
        #expect(diagnostics.isEmpty)
        #expect(document.kind == .kamerbrief)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "22343", ondernummer: "245"))
        #expect(document.date == "2010-06-11")
        #expect(document.metadata.fields.first { $0.label == "Aan" }?.value == "de Voorzitter van de Tweede Kamer der Staten-Generaal")
        #expect(document.sections.map(\.title) == ["Tekst"])
        #expect(document.sections[0].paragraphs.count == 4)
        #expect(document.sections[0].paragraphs[1].text == "In 2010 hebben de producenten een nieuw inzamelsysteem ingevoerd. Elke winkel die batterijen verkoopt neemt sindsdien gebruikte batterijen in.")
        #expect(document.metadata.ondertekening == [Signer(naam: "M.J.A. van der Hoeven", functie: "De Minister van Economische Zaken")])
    }

    @Test("the facts' row in each form a page's text gives it: run together, in columns, between bars", arguments: [
        "10 maart 2026Tweede Kamer der Staten-Generaal2025-202632813 nr. 1520",
        "10 maart 2026   Tweede Kamer der Staten-Generaal   2025-2026   32813 nr. 1520",
        "| 10 maart 2026 | Tweede Kamer der Staten-Generaal | 2025-2026 | 32813 nr. 1520 |",
    ])
    func factsRow(row: String) throws {
        let facts = try #require(KamerstukPageFacts.values(Array(row.utf8)[...]))
        #expect(facts.kamerstuk == KamerstukNumber(dossier: "32813", ondernummer: "1520"))
        #expect(facts.vergaderjaar == "2025-2026")
        #expect(facts.published == "2026-03-10")
        let older = try #require(KamerstukPageFacts.values(Array("Tweede Kamer der Staten-Generaal | 2007-2008 | 31444-XVI nr. 6 |".utf8)[...]))
        #expect(older.kamerstuk == KamerstukNumber(dossier: "31444-XVI", ondernummer: "6"))
        #expect(older.published == nil)
    }

    @Test("an item of the Handelingen whose facts stand in a Markdown table is read as the row run together")
    func handelingenFactsTable() throws {
        let text = """
            Handeling
            | Datum publicatie | Organisatie | Vergaderjaar | Vergadernummer | Datum vergadering |
            |---|---|---|---|---|
            | 13 maart 2026 | Tweede Kamer der Staten-Generaal | 2025-2026 | nr. 58, item 9 | 12 maart 2026 |

            9 Nationale batterijstrategie

            Aan de orde is het debat over de nationale batterijstrategie.

            De voorzitter:

            Ik geef het woord aan mevrouw Kröger.

            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/h.txt", stem: "h", bytes: Array(text.utf8))).document)
        #expect(document.kind == .verslag)
        #expect(document.title == "Nationale batterijstrategie")
        #expect(document.date == "2026-03-12")
        #expect(document.metadata.fields.first { $0.label == HandelingenItem.fieldLabel }?.value == "Handelingen II 2025/26, nr. 58, item 9")
    }

    @Test("tweedekamer.nl's verslag whose labels stand on lines of their own: the contents (a cell a line) are left out, each label heads its chapter")
    func labelsOnTheirOwnLines() throws {
        let (document, diagnostics) = try read("pagina-tk-verslag.txt")
        #expect(diagnostics.isEmpty)
        #expect(document.kind == .verslag)
        #expect(document.date == "2026-06-23")
        #expect(document.sections.map(\.title) == ["Tekst", "I. ALGEMEEN", "II. ARTIKELSGEWIJS"])
        #expect(document.sections[1].subsections.map(\.title) == ["1. Inleiding", "2. Inzameling door producenten"])
        #expect(document.sections[1].subsections[1].subsections.map(\.title) == ["Inzamelpunten in winkels"])
        #expect(document.sections[1].subsections[0].paragraphs.map(\.text) == [
            "De leden van de VVD-fractie hebben met belangstelling kennisgenomen van het wetsvoorstel. Zij hebben nog enkele vragen.",
            "De leden van de GroenLinks-PvdA-fractie steunen het doel van het wetsvoorstel.",
        ])
        let text = document.allParagraphs.map(\.text).joined(separator: "\n")
        for contents in ["Inhoudsopgave", "blz."] { #expect(!text.contains(contents), "\(contents)") }
        #expect(document.metadata.ondertekening.map(\.naam) == ["Thijssen", "Reinders"])
    }

    @Test("an Eerste Kamer letter whose letter carries its note's marker (`H1 BRIEF VAN …`): numbered H, in two dossiers, the head's note read without a marker in the text")
    func letterWithMarkerInHead() throws {
        let (document, diagnostics) = try read("pagina-ob-ek-brief.txt")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document.kind == .kamerbrief)
        #expect(document.title == "Brief van de minister van Klimaat en Groene Groei")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36512", ondernummer: "H"))
        #expect(document.metadata.fields.map(\.label) == ["Aan", "Ook in dossier"])
        #expect(document.date == "2027-03-08")
        #expect(document.footnotes.map(\.number) == [1, 2])
        #expect(document.footnotes[0].text.hasPrefix("Samenstelling:"))
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [2])
        #expect(document.metadata.ondertekening == [Signer(naam: "S.T.M. Hermans", functie: "De Minister van Klimaat en Groene Groei")])
    }

    @Test("a Parlementaire Monitor page of an Eerste Kamer paper whose note stands under the dossier's title: the note, its text run on after its colon, not the title's")
    func noteUnderTheTitle() throws {
        let (document, diagnostics) = try read("pagina-pm-ek-verslag.txt")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36512", ondernummer: "F"))
        #expect(document.metadata.dossierTitle == "Wijziging van de Wet milieubeheer in verband met de inzameling van batterijen en accu's")
        #expect(document.footnotes.map(\.text) == ["Samenstelling: Nicolaï (PvdD), Van Dijk (SGP), Kox (SP), Engels (D66), Thissen (GL)"])
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1])
        #expect(document.allParagraphs.count == 2)
        #expect(document.metadata.ondertekening.map(\.naam) == ["Bruijn"])
    }

    @Test("an older paper's page headed by its dossier's first paper (`26 976, nr. 1`), its own number in lowercase with a letter: dossier, number, title, kind and date")
    func headedByFirstPaper() throws {
        let page = """
            26 976, nr. 1
            Notitie over de opslag van energie

            nr. 175a
            AANVULLING OP DE NOTA NAAR AANLEIDING VAN HET VERSLAG OVER DE NOTITIE OVER DE OPSLAG VAN ENERGIE

            Ontvangen 15 mei 2001

            In de nota naar aanleiding van het verslag heb ik aangegeven dat een deel van de vragen later wordt beantwoord.

            Ik heb de eer, u de beantwoording van deze vragen hierbij toe te zenden.

            """
        let document = try ingestText(page, name: "oud.txt")
        #expect(document.format == .pageDump)
        #expect(document.kind == .nota)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "26976", ondernummer: "175a"))
        #expect(document.metadata.dossierTitle == "Notitie over de opslag van energie")
        #expect(document.date == "2001-05-15")
        #expect(document.allParagraphs.first?.text.hasPrefix("In de nota naar aanleiding") == true)
    }

    @Test("a koninklijke boodschap's page: its place and date above the King's name date it, and the name signs it")
    func koninklijkeBoodschap() throws {
        let page = """
            Tweede Kamer der Staten-Generaal

            Vergaderjaar 2025–2026

            36 900 Regels over de inzameling van batterijen (Wet batterijketen)

            Nr. 1 KONINKLIJKE BOODSCHAP

            Aan de Tweede Kamer der Staten-Generaal

            Wij bieden U hiernevens ter overweging aan een voorstel van wet houdende regels over de inzameling van batterijen.

            De memorie van toelichting, die het wetsvoorstel vergezelt, bevat de gronden waarop het rust.

            En hiermede bevelen Wij U in Gods heilige bescherming.

            ’s-Gravenhage, 2 september 2026

            Willem-Alexander

            """
        let document = try ingestText(page, name: "kb.txt")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36900", ondernummer: "1"))
        #expect(document.date == "2026-09-02")
        #expect(document.metadata.ondertekening.map(\.naam) == ["Willem-Alexander"])
        #expect(document.allParagraphs.last?.text == "’s-Gravenhage, 2 september 2026")
    }

    @Test("a Parlementaire Monitor page that leaves the paper's letter out, under a rijkswet's number: the head is read, dated as the paper is, not the page")
    func monitorPageWithoutLetter() throws {
        let page = try TestPaths.fixtureText("variants/pagina-pm-ek-verslag.txt")
            .replacingOccurrences(of: "\n36 512\n", with: "\n36 512 (R2200)\n")
            .replacingOccurrences(of: "F VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", with: "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG")
            .replacingOccurrences(of: "Vastgesteld 29 juni 2027", with: "Vastgesteld 25 juni 2027")
        let document = try ingestText(page, name: "pm.txt")
        #expect(document.kind == .verslag)
        #expect(document.date == "2027-06-25")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36512", ondernummer: "F"))
        #expect(document.metadata.dossierTitle == "Wijziging van de Wet milieubeheer in verband met de inzameling van batterijen en accu's")
        #expect(!document.sections.map(\.title).contains { $0.hasPrefix("VERSLAG") || $0.hasPrefix("Vastgesteld") || $0.hasPrefix("Wijziging") })
        #expect(document.allParagraphs.first?.text.hasPrefix("De vaste commissie voor Klimaat en Groene Groei") == true)
    }

    @Test("a mirror's page whose first related person is glued to the group's label keeps that person; an initiatiefnota is a nota")
    func gluedRelatedPersonAndInitiatiefnota() throws {
        let text = """
            Initiatiefnota over batterijen
            Initiatiefnota
            Nummer: 2026D20000, datum: 2026-05-01, bijgewerkt: 2026-05-02 10:00, versie: 1
            Gerelateerde personen:- Eerste ondertekenaar: J. Kröger, Tweede Kamerlid
            - Mede ondertekenaar: H. Erkens, Tweede Kamerlid
            Onderdeel van kamerstukdossier 36900 -2 Initiatiefnota over batterijen.
            Preview document (🔗 origineel)

            36 900 Initiatiefnota over batterijen

            Nr. 2 INITIATIEFNOTA

            De indieners stellen voor de inzameling van batterijen te verbeteren.

            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/n.txt", stem: "n", bytes: Array(text.utf8))).document)
        #expect(document.kind == .nota)
        #expect(document.metadata.related.map(\.label) == ["Eerste ondertekenaar", "Mede ondertekenaar"])
        #expect(KamerstukKind.classify("INITIATIEFNOTA") == .nota)
    }

    @Test("a mirror's page saved without blank lines: each line of the paper is a paragraph, the note list glued to the text is read, a marker glued to a year is the note's")
    func pageWithoutBlankLines() throws {
        let (document, diagnostics) = try read("pagina-zonder-witregels.txt")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document.kind == .kamerbrief)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "22343", ondernummer: "410"))
        #expect(document.date == "2026-09-23")
        #expect(document.sections.map(\.title) == ["Tekst", "Inzamelpunten"])
        #expect(document.sections[0].paragraphs.count == 2)
        #expect(document.sections[0].paragraphs[1].text.contains("in december 2025 is gestart."))
        #expect(document.footnotes.map(\.text) == ["Kamerstuk 22 343, nr. 402", "Kamerstuk 22 343, nr. 398"])
        #expect(document.allParagraphs.flatMap(\.noteRefs).map(\.footnote) == [1, 2])
        #expect(document.metadata.ondertekening.map(\.naam) == ["S.T.M. Hermans", "J. Jansen"])
        #expect(document.metadata.related.first?.label == "Eerste ondertekenaar")
    }

    @Test("a motie's page dated where it was proposed at the end of a longer phrase (`Voorgesteld tijdens het Wetgevingsoverleg van 3 juni 2026`), its vergaderjaar from the facts")
    func motieProposedDuringAMeeting() throws {
        let text = """
            Kamerstuk

            Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer
            Tweede Kamer der Staten-Generaal2025-202636600 nr. 16

            36 600 Raming der voor de Tweede Kamer in 2027 benodigde uitgaven

            Nr. 16 MOTIE VAN DE LEDEN KRÖGER EN ERKENS

            Voorgesteld tijdens het Wetgevingsoverleg van 3 juni 2026

            De Kamer,

            gehoord de beraadslaging,

            verzoekt het Presidium, batterijen in het Kamergebouw gescheiden in te zamelen,

            en gaat over tot de orde van de dag.

            Kröger

            Erkens

            Naar boven

            """
        let document = try #require(Ingester.ingest(ContentFile(path: "Content/m.txt", stem: "m", bytes: Array(text.utf8))).document)
        #expect(document.kind == .motie)
        #expect(document.date == "2026-06-03")
        #expect(document.metadata.vergaderjaar == "2025-2026")
        #expect(document.metadata.indieners == ["Kröger", "Erkens"])
        #expect(!document.allParagraphs.contains { $0.text == "Naar boven" })
    }
}
