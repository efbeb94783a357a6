import Foundation
import Testing
@testable import KamerArchief

/// The Raad van State's advice on a bill: as the Kamerstuk with the nader rapport, and alone as a
/// mirror shows the advice's Word file.
@Suite("The Raad van State's advice: its kind, its date, its reference line")
struct RaadVanStateAdviesTests {
    static let paper = """
        Tweede Kamer der Staten-Generaal

        Vergaderjaar 2026–2027

        36 801

        Regels over de inzameling van batterijen (Wet batterijketen)

        Nr. 4

        ADVIES RAAD VAN STATE EN NADER RAPPORT

        Hieronder zijn opgenomen het advies van de Raad van State d.d. 12 maart 2027 en het nader rapport d.d. 20 april 2027, aangeboden aan de Koning door de minister van Infrastructuur en Waterstaat. Het advies van de Raad van State is cursief afgedrukt.

        Bij Kabinetsmissive van 10 januari 2027, no. 2027000123, heeft Uwe Majesteit bij de Afdeling advisering van de Raad van State ter overweging aanhangig gemaakt het voorstel van wet.

        De Afdeling advisering van de Raad van State adviseert het voorstel bij de Tweede Kamer in te dienen.

        """

    @Test("the Kamerstuk of the advice and the nader rapport is an advice, dated by the nader rapport its opening names")
    func paperDatedByNaderRapport() throws {
        let document = try ingestText(Self.paper)
        #expect(document.kind == .advies)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "36801", ondernummer: "4"))
        #expect(document.date == "2027-04-20")
    }

    @Test("without a nader rapport's date the advice's is the paper's")
    func paperDatedByAdvice() throws {
        let document = try ingestText(Self.paper.replacingOccurrences(of: " en het nader rapport d.d. 20 april 2027", with: ""))
        #expect(document.date == "2027-03-12")
    }

    @Test("a mirror's page of the advice alone: its reference and place and date on one line are no heading")
    func mirrorPageOfTheAdvice() throws {
        let page = """
            36801 Advies Afdeling advisering Raad van State inzake Regels over de inzameling van batterijen

            Advies Afdeling advisering Raad van State

            Nummer: 2027D12345, datum: 2027-04-22, bijgewerkt: 2027-04-23 10:00, versie: 1

            Preview document (🔗 origineel)

            RAADNo.W12.27.0001/IV 's-Gravenhage, 12 maart 2027

            ...................................................................................

            Bij Kabinetsmissive van 10 januari 2027, no. 2027000123, heeft Uwe Majesteit bij de Afdeling advisering van de Raad van State ter overweging aanhangig gemaakt het voorstel van wet.

            De Afdeling advisering van de Raad van State adviseert het voorstel bij de Tweede Kamer in te dienen.

            """
        let document = try ingestText(page)
        #expect(document.kind == .advies)
        #expect(document.sections.map(\.title) == ["Tekst"])
        #expect(document.sections.first?.paragraphs.first?.text == "RAADNo.W12.27.0001/IV 's-Gravenhage, 12 maart 2027")
        #expect(document.date == "2027-04-22")
    }
}
