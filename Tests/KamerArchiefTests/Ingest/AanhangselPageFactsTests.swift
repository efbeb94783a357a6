import Foundation
import Testing
@testable import KamerArchief

/// officielebekendmakingen.nl's row of facts above answered kamervragen: which Aanhangsel they are.
@Suite("The facts of answered kamervragen on officielebekendmakingen.nl")
struct AanhangselPageFactsTests {
    static func page(headings: String, values: String) -> String {
        """
        Aanhangsel van de Handelingen

        \(headings)
        \(values)

        Vragen van het lid Kröger (GroenLinks-PvdA) aan de Minister van Klimaat en Groene Groei over thuisbatterijen (ingezonden 3 februari 2026).

        Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 24 februari 2026)

        Vraag 1

        Hoeveel thuisbatterijen zijn in 2025 geplaatst?

        Antwoord 1

        In 2025 zijn ongeveer 40.000 thuisbatterijen geplaatst.

        """
    }

    @Test("the row run together, its empty cells left out, or in cells: the house, vergaderjaar and number make the Aanhangsel's identifier", arguments: [
        ("Datum publicatieOrganisatieVergaderjaarNummerDatum ontvangst", "Tweede Kamer der Staten-Generaal2025-20261365"),
        ("Datum publicatieOrganisatieVergaderjaarNummerDatum ontvangst", "26 februari 2026Tweede Kamer der Staten-Generaal2025-2026136524 februari 2026"),
        ("| Datum publicatie | Organisatie | Vergaderjaar | Nummer | Datum ontvangst |",
         "| 26 februari 2026 | Tweede Kamer der Staten-Generaal | 2025-2026 | 1365 | 24 februari 2026 |"),
    ])
    func identifier(headings: String, values: String) throws {
        let text = Self.page(headings: headings, values: values)
        let document = try ingestText(text, name: "ah.txt")
        #expect(document.kind == .kamervragen)
        #expect(document.metadata.vergaderjaar == "2025-2026")
        #expect(document.aanhangsel == "ah-tk-20252026-1365")
        #expect(document.publication == "ah-tk-20252026-1365")
    }

    @Test("a number run together with the date of receipt: split where only one day leaves a number of at most four digits", arguments: [
        ("1365", "1365"), ("136524 februari 2026", "1365"), ("13655 februari 2026", "1365"), ("12324 februari 2026", nil),
        ("98 3 maart 2026", "98"), ("1365|24 februari 2026", "1365"), ("1234567", nil), ("", nil),
    ] as [(String, String?)])
    func numberBeforeDate(cells: String, number: String?) {
        #expect(AanhangselPageFacts.number(in: cells[...]) == number)
    }

    @Test("a Kamerstuk's row of facts is no Aanhangsel's")
    func kamerstukRow() {
        let row = Array("Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer".utf8)
        #expect(!AanhangselPageFacts.isHeading(row, 0..<row.count))
    }
}
