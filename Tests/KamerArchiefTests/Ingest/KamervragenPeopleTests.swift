import Foundation
import Testing
@testable import KamerArchief

/// Who asks and who answers kamervragen, from the lines that describe them, in every form.
@Suite("Kamervragen: the members who ask and the minister who answers")
struct KamervragenPeopleTests {
    @Test("the members who ask, from the line describing the questions", arguments: [
        ("Vragen van het lid Kröger (GroenLinks-PvdA) aan de Minister van Klimaat en Groene Groei over thuisbatterijen (ingezonden 3 februari 2026).", ["Kröger"]),
        ("Vragen van de leden Omtzigt (CDA), Gesthuizen (SP) en Schouw (D66) aan de Minister van Binnenlandse Zaken over reisdocumenten", ["Omtzigt", "Gesthuizen", "Schouw"]),
        ("Vragen van de leden Van der Plas (BBB) en Agnes Mulder (CDA) aan de Staatssecretaris van Financiën over accijns", ["Van der Plas", "Agnes Mulder"]),
        ("Nadere vragen van het lid Erkens (VVD) aan de Minister van Klimaat en Groene Groei", ["Erkens"]),
        ("Vragen van het lid Kröger over thuisbatterijen", []),
        ("Vragen van de commissie aan de minister", []),
    ])
    func askers(description: String, names: [String]) {
        #expect(Kamervragen.askers(description) == names)
    }

    @Test("the minister who answers, from the line describing the answer", arguments: [
        ("Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 24 februari 2026)", "Hermans", "Minister (Klimaat en Groene Groei)"),
        ("Antwoord van Staatssecretaris Teeven (Veiligheid en Justitie) mede namens de Minister van Binnenlandse Zaken (ontvangen 25 februari 2015)",
         "Teeven", "Staatssecretaris (Veiligheid en Justitie)"),
        ("Antwoord van minister Van Ark (Medische Zorg) (ontvangen 3 maart 2020).", "Van Ark", "minister (Medische Zorg)"),
    ])
    func answerer(description: String, name: String, office: String) {
        #expect(Kamervragen.answerer(description) == Signer(naam: name, functie: office))
    }

    @Test("no answerer where the line names none", arguments: [
        "Antwoord van de regering (ontvangen 24 februari 2026)", "Mededeling van Minister Hermans (Klimaat en Groene Groei)",
        "Antwoord van Minister Hermans (ontvangen 24 februari 2026)",
    ])
    func noAnswerer(description: String) {
        #expect(Kamervragen.answerer(description) == nil)
    }

    @Test("a page of answered kamervragen names its askers as indieners and its answerer as the signer")
    func page() throws {
        let text = AanhangselPageFactsTests.page(
            headings: "Datum publicatieOrganisatieVergaderjaarNummerDatum ontvangst", values: "Tweede Kamer der Staten-Generaal2025-20261365")
        let document = try ingestText(text, name: "ah.txt")
        #expect(document.metadata.indieners == ["Kröger"])
        #expect(document.metadata.ondertekening == [Signer(naam: "Hermans", functie: "Minister (Klimaat en Groene Groei)")])
    }
}
