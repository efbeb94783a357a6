import Foundation
import Testing
@testable import KamerArchief

/// A motie's text alone, without the Kamerstuk's head, as a party's site or openkamer.org shows it.
@Suite("A motie's text alone")
struct MotieTextTests {
    static let body = """
        De Kamer,

        gehoord de beraadslaging,

        constaterende, dat thuisbatterijen vooral laden als het net al vol zit,

        verzoekt de regering, een norm voor het laden in de piekuren op te stellen,

        en gaat over tot de orde van de dag,

        """

    @Test("under its date and members' names: a motie, dated, named by its members, its considerations and dictum set apart")
    func underDate() throws {
        let document = try ingestText("Voorgesteld 12 maart 2026\n" + Self.body + "Kröger\nErkens\n")
        #expect(document.kind == .motie)
        #expect(document.date == "2026-03-12")
        #expect(document.title == "Motie van de leden Kröger en Erkens")
        #expect(document.metadata.indieners == ["Kröger", "Erkens"])
        #expect(document.sections.map(\.role) == [nil, .considerans, .dictum])
        #expect(document.pillars.isEmpty)
    }

    @Test("under a title and a date, the vote printed after it: the title, the date, the vote as fields and not as members")
    func partyPage() throws {
        let text = "Motie Kröger: laden buiten de piekuren\n\n\n12 maart 2026\n\n" + Self.body
            + "Kröger\n\n\nStatus\n\nAangenomen\n\nVoor\n\nGL-PvdA, VVD, CDA\n\nTegen\n\nPVV\n"
        let document = try ingestText(text)
        #expect(document.kind == .motie)
        #expect(document.title == "Motie Kröger: laden buiten de piekuren")
        #expect(document.date == "2026-03-12")
        #expect(document.metadata.indieners == ["Kröger"])
        #expect(document.metadata.fields.map { "\($0.label): \($0.value)" } == ["Status: Aangenomen", "Voor: GL-PvdA, VVD, CDA", "Tegen: PVV"])
        #expect(!document.sections.flatMap(\.allParagraphs).contains { $0.text == "Status" || $0.text.hasPrefix("GL-PvdA") })
    }

    @Test("tweedekamer.nl's page of a motie: its parts under the text (Download, Indieners, Stemmingsuitslagen, Activiteiten) are no text; the vote is read as fields, the member as the signer")
    func tweedeKamerPage() throws {
        let page = """
            Delen

            Motie : Motie van het lid Kröger over laden buiten de piekuren

            29 023 Voorzienings- en leveringszekerheid energie

            Nr. 612
            MOTIE VAN HET LID KRÖGER

            Voorgesteld 12 maart 2026

            De Kamer,

            gehoord de beraadslaging,

            verzoekt de regering het laden buiten de piekuren te belonen,

            en gaat over tot de orde van de dag.

            Kröger

            Download

            Indieners

              - Indiener
            R. Kröger, Tweede Kamerlid

              - Datum:12 maart 2026
              - Nummer:29023-612

            Stemmingsuitslagen

            Aangenomen met handopsteken

            Voor: 90

            76Vereist: 76

            150Totaal: 150

            Fracties          Zetels   Voor/Tegen
            GroenLinks-PvdA   25       Voor
            VVD               24       Voor
            PVV               37       Tegen

            Activiteiten

            Stemmingen

            13 maart 2026

            """
        let document = try ingestText(page)
        #expect(document.kind == .motie && document.date == "2026-03-12")
        #expect(document.metadata.ondertekening.map(\.naam) == ["Kröger"])
        #expect(document.metadata.fields.map { "\($0.label): \($0.value)" } == [
            "Status: Aangenomen met handopsteken", "Zetels: voor 90, vereist 76, totaal 150", "Voor: GroenLinks-PvdA, VVD", "Tegen: PVV",
        ])
        #expect(document.allParagraphs.last?.text == "en gaat over tot de orde van de dag.")
        #expect(!document.sections.contains { ["Kröger", "Download", "Indieners", "Activiteiten"].contains($0.title) })
        // The table copied with tabs.
        let tabbed = try ingestText(page.replacingOccurrences(of: "VVD               24       Voor", with: "VVD\t24\tVoor"))
        #expect(tabbed.metadata.fields.first { $0.label == "Voor" }?.value == "GroenLinks-PvdA, VVD")
    }

    @Test("a letter that quotes a motie and goes on under headings named as tweedekamer.nl's parts keeps its text and its signature")
    func letterQuotingMotie() throws {
        let letter = """
            Brief regering : Uitvoering motie Kröger over laden buiten de piekuren
            29 023 Voorzienings- en leveringszekerheid energie
            Nr. 620 BRIEF VAN DE MINISTER VAN KLIMAAT EN GROENE GROEI
            Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
            Den Haag, 3 juni 2026
            Met deze brief informeer ik uw Kamer over de uitvoering van de motie van het lid Kröger. De motie luidt:
            De Kamer,
            gehoord de beraadslaging,
            verzoekt de regering het laden buiten de piekuren te belonen,
            en gaat over tot de orde van de dag.
            Kröger
            Activiteiten
            In 2026 heb ik met de netbeheerders drie activiteiten ondernomen om de motie uit te voeren.
            Stemmingsuitslagen
            De motie is op 13 maart 2026 aangenomen met de stemmen van alle fracties.
            De Minister van Klimaat en Groene Groei,
            S.T.M. Hermans

            """
        let document = try ingestText(letter)
        #expect(document.kind == .kamerbrief)
        #expect(document.metadata.ondertekening.map(\.naam) == ["S.T.M. Hermans"])
        #expect(document.allParagraphs.contains { $0.text.hasPrefix("De motie is op 13 maart 2026 aangenomen") })
        #expect(!document.metadata.fields.contains { $0.label == "Status" })
    }

    @Test("`De Kamer,` further down, as a letter that quotes a motie has it, does not make a motie")
    func quotedMotie() {
        let letter = "Geachte voorzitter,\n\nIn de motie van het lid Kröger staat:\n\nHet kabinet neemt de motie over.\n\nHieronder volgt de tekst.\n\n" + Self.body
        #expect(MotieText.start(Array(letter.utf8), lines: TextLine.split(Array(letter.utf8))[...]) == nil)
    }

    @Test("an amendement's text alone under the day it came in: an amendement, dated, named by its member (openkamer.org)")
    func amendement() throws {
        let text = """
            Ontvangen 3 maart 2026
            De ondergetekende stelt het volgende amendement voor:
            De begrotingsstaat wordt als volgt gewijzigd:
            I
            In artikel 12 Energietransitie wordt het uitgavenbedrag verhoogd met € 2.500 (x € 1.000).
            Dit amendement maakt geld vrij voor buurtbatterijen.
            Kröger

            """
        let document = try ingestText(text)
        #expect(document.kind == .amendement)
        #expect(document.date == "2026-03-03")
        #expect(document.title == "Amendement van het lid Kröger")
        #expect(document.metadata.indieners == ["Kröger"])
        #expect(!document.allParagraphs.contains { $0.text.hasPrefix("Ontvangen") })
    }

    @Test("the amendement's formula further down, as a letter that quotes one has it, does not make one")
    func quotedAmendement() {
        let letter = "Geachte voorzitter,\n\nHet lid Kröger diende in:\n\nDe tekst volgt.\n\nDe ondergetekende stelt het volgende amendement voor:\n"
        #expect(MotieText.amendementStart(Array(letter.utf8), lines: TextLine.split(Array(letter.utf8))[...]) == nil)
    }
}
