import Foundation
import Testing
@testable import KamerArchief

/// What a review of the round on the helpers' real pages found its new rules doing to other texts.
@Suite("The second round's new rules on other texts")
struct RoundReviewTwoTests {
    @Test("an annex's place, date and signer at a paper's end are not a koninklijke boodschap's: the minister signs, no date is taken")
    func annexDateline() throws {
        let text = """
            Tweede Kamer der Staten-Generaal

            Vergaderjaar 2025–2026

            36 900 Regels over de inzameling van batterijen (Wet batterijketen)

            Nr. 3 MEMORIE VAN TOELICHTING

            Dit wetsvoorstel regelt de inzameling van batterijen.

            De Minister van Infrastructuur en Waterstaat,

            B. Madlener

            BIJLAGE

            Brief van de gemeenten aan de minister over de kosten van de inzameling.

            Den Haag, 3 maart 2019

            J. Jorritsma

            """
        let document = try ingestText(text)
        #expect(document.metadata.ondertekening.map(\.naam) == ["B. Madlener"])
        #expect(document.date == nil)
    }

    @Test("a letter that quotes a motie under its salutation stays a letter")
    func letterQuotingMotie() throws {
        let text = "Kamerbrief over uitvoering motie Van der Plas\n\nGeachte voorzitter,\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
            + "verzoekt de regering, boeren meer ruimte te geven,\n\nen gaat over tot de orde van de dag.\n\n"
        #expect(MotieText.start(Array(text.utf8), lines: TextLine.split(Array(text.utf8))[...]) == nil)
    }

    @Test("a party's page: the text after the vote stays, the members above the vote sign")
    func textAfterVote() throws {
        let text = "Motie Thieme over het energieakkoord\n\n2 november 2017\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n"
            + "verzoekt de regering, het akkoord uit te voeren,\n\nen gaat over tot de orde van de dag.\n\nThieme\n\n"
            + "Status\n\nVerworpen\n\nVoor\n\nTegen\n\nVVD, CDA\n\nToelichting\n\nMet deze motie wilde de partij het akkoord behouden.\n"
        let document = try ingestText(text)
        #expect(document.metadata.indieners == ["Thieme"])
        // `Voor` without its value ends the vote.
        #expect(document.metadata.fields.map(\.label) == ["Status"])
        #expect(document.sections.flatMap(\.allParagraphs).last?.text == "Met deze motie wilde de partij het akkoord behouden.")
    }

    @Test("an Aanhangsel's empty number cell before the day of receipt gives no number")
    func emptyNumberCell() {
        #expect(AanhangselPageFacts.number(in: "24 februari 2026"[...]) == nil)
    }

    @Test("numbers after `stuk` or `stukken` in general are no citations; the chair's `Ik stel voor … stukken …:` are", arguments: [
        ("De prijs per stuk: 12500-15000.", 0), ("De commissie ontving de stukken: 12345-6789; 23456-1.", 0),
        ("Ik stel voor de volgende stukken van de stand van werkzaamheden af te voeren: 34722-1; 33997-95.", 2),
        ("Ik stel voor, de volgende stukken voor kennisgeving aan te nemen: 34722-1; 33997-95.", 2),
    ])
    func listedStukken(text: String, count: Int) {
        #expect(CitationParser.parse(text).count == count)
    }

    @Test("a heading that names a place and date is a heading; a reference of one word before them is a dateline")
    func datelineHeading() throws {
        let page = ReprintAndWrapTests.page.replacingOccurrences(of: "\nGrondstoffen\n", with: "\nRondetafel in Den Haag, 12 maart 2024\n")
        #expect(try ingestText(page).sections.map(\.title).contains("Rondetafel in Den Haag, 12 maart 2024"))
    }

    @Test("askers whose line names the subject before the minister are no names")
    func askersBeforeSubject() {
        #expect(Kamervragen.askers("Vragen van het lid Kröger (GroenLinks-PvdA) over thuisbatterijen aan de Minister van Klimaat en Groene Groei") == [])
    }
}
