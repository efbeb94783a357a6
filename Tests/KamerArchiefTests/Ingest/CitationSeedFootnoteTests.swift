import Testing
@testable import KamerArchief

private let kst = "https://zoek.officielebekendmakingen.nl/kst-"

/// Shorthand for the expected summary of a Kamerstuk citation without kamer or vergaderjaar.
private func kamerstuk(_ text: String, _ dossier: String, _ ondernummer: String) -> String {
    "kamerstuk \"\(text)\" dossier=\(dossier) ondernummer=\(ondernummer) \(kst)\(dossier)-\(ondernummer).html"
}

/// Shorthand for a `Kamerstukken II yyyy/yy, …` citation.
private func kamerstukII(_ text: String, _ year: String, _ dossier: String, _ ondernummer: String) -> String {
    "kamerstuk \"\(text)\" kamer=II vergaderjaar=\(year) dossier=\(dossier) ondernummer=\(ondernummer) \(kst)\(dossier)-\(ondernummer).html"
}

/// The notes of a BNC-fiche (numbered list at the end, `↩︎` removed), as the fiche parser hands them on.
private let ficheNotes: [(text: String, expected: [String])] = [
    ("Kamerstukken II 2025/26, 29826, nr. 277", [kamerstukII("Kamerstukken II 2025/26, 29826, nr. 277", "2025/26", "29826", "277")]),
    ("Kamerstukken II 2023/24, 33009, nr. 140", [kamerstukII("Kamerstukken II 2023/24, 33009, nr. 140", "2023/24", "33009", "140")]),
    ("Kamerstukken II 2025/26, 29826, nr. 277; bijlage Groeimarkten voor Nederland.",
     [kamerstukII("Kamerstukken II 2025/26, 29826, nr. 277", "2025/26", "29826", "277")]),
    ("Kamerstukken II 2022/23, 31209, nr. 239", [kamerstukII("Kamerstukken II 2022/23, 31209, nr. 239", "2022/23", "31209", "239")]),
    ("Kamerstukken II 2025/26, 31209, nr. 266", [kamerstukII("Kamerstukken II 2025/26, 31209, nr. 266", "2025/26", "31209", "266")]),
    ("Kamerstukken II 2024/25, 21 501-30, nr. 621",
     [kamerstukII("Kamerstukken II 2024/25, 21 501-30, nr. 621", "2024/25", "21501-30", "621")]),
    ("Kamerstukken II 2025/26, 32637, nr. 739", [kamerstukII("Kamerstukken II 2025/26, 32637, nr. 739", "2025/26", "32637", "739")]),
    ("Kamerstukken II 2022/23, 32852, nr. 224", [kamerstukII("Kamerstukken II 2022/23, 32852, nr. 224", "2022/23", "32852", "224")]),
    ("Kamerstukken II 2025/26, 22112-4244", [kamerstukII("Kamerstukken II 2025/26, 22112-4244", "2025/26", "22112", "4244")]),
    ("Nederlandse naam nog niet bekend", []),
]

/// The notes of a Kamerbrief (bottom of PDF pages), lines joined, as the letter parser hands them on.
private let letterNotes: [(text: String, expected: [String])] = [
    ("Kamerstuk 32852 nr. 224.", [kamerstuk("Kamerstuk 32852 nr. 224", "32852", "224")]),
    ("Kamerstuk 21501-30 nr. 590.", [kamerstuk("Kamerstuk 21501-30 nr. 590", "21501-30", "590")]),
    ("De Taskforce Batterijbranden bestaat uit Stibat Services, Vereniging Afvalbedrijven (VA), Nederlandse "
        + "Vereniging van   Afval en Reiniging Diensten (NVRD), Branche Vereniging Recycling Breken en Sorteren "
        + "(BRBS), Transport en Logistiek Nederland (TLN),  Nationaal Recycling Forum (NRF) en Stichting OPEN.", []),
    ("Stichting Open, Plan van Aanpak V2.0 (stichting-open.org).", []),
    ("Voortgangsrapportage Nationale Grondstoffenstrategie (december 2023).", []),
    ("Publicatiereeks Gevaarlijke Stoffen: PGS 37-1.", []),
    ("Publicatiereeks Gevaarlijke Stoffen: PGS 37-2.", []),
    ("Staatscourant, 1 juli 2020, nr. 34193.", [
        "staatscourant \"Staatscourant, 1 juli 2020, nr. 34193\" year=2020 number=34193 "
            + "https://zoek.officielebekendmakingen.nl/stcrt-2020-34193.html",
    ]),
    ("Staatsblad 2022, 360.", [
        "staatsblad \"Staatsblad 2022, 360\" year=2022 number=360 https://zoek.officielebekendmakingen.nl/stb-2022-360.html",
    ]),
    ("Kamerstuk 31209 nr. 239.", [kamerstuk("Kamerstuk 31209 nr. 239", "31209", "239")]),
    ("Kamerstuk 33009 nr. 110.", [kamerstuk("Kamerstuk 33009 nr. 110", "33009", "110")]),
    ("Bekostiging investeringsvoorstellen tweede ronde Nationaal Groeifonds.", []),
    ("Kamerstuk 36410-L-4.", [kamerstuk("Kamerstuk 36410-L-4", "36410-L", "4")]),
    ("Kamerstuk 36200-L-11.", [kamerstuk("Kamerstuk 36200-L-11", "36200-L", "11")]),
    ("Kamerstuk 33009 nr. 110.", [kamerstuk("Kamerstuk 33009 nr. 110", "33009", "110")]),
    ("Kamerstuk 31305 nr. 414.", [kamerstuk("Kamerstuk 31305 nr. 414", "31305", "414")]),
    ("Slim laden voor iedereen 2022 - 2025 (agendalaadinfrastructuur.nl).", []),
    ("Tennet, TenneT Adequacy Outlook 2023, mei 2023.", []),
    ("Kamerstuk 29023, nr. 447.", [kamerstuk("Kamerstuk 29023, nr. 447", "29023", "447")]),
    ("Kamerstuk 29023 nr. 430.", [kamerstuk("Kamerstuk 29023 nr. 430", "29023", "430")]),
    ("Kamerstuk 29023 nr. 448.", [kamerstuk("Kamerstuk 29023 nr. 448", "29023", "448")]),
    ("CE Delft, Beleid voor grootschalige batterijsystemen en afnamenetcongestie, april 2023.", []),
    ("Kamerstuk 36202, nr. 156.", [kamerstuk("Kamerstuk 36202, nr. 156", "36202", "156")]),
]

@Suite("the citation parser on the seed documents")
struct CitationSeedFootnoteTests {
    @Test("every footnote of the seed fiche gives exactly its citations", arguments: ficheNotes)
    func ficheFootnotes(text: String, expected: [String]) {
        #expect(citationSummaries(text) == expected)
    }

    @Test("every footnote of the seed letter gives exactly its citations", arguments: letterNotes)
    func letterFootnotes(text: String, expected: [String]) {
        #expect(citationSummaries(text) == expected)
    }

    @Test("citations in the seeds' body text are found with markers already removed")
    func seedBodyText() {
        #expect(citationSummaries("Hiermee is invulling gegeven aan motie 33009 nummer 110. Deze actieagenda schetst") == [
            kamerstuk("motie 33009 nummer 110", "33009", "110"),
        ])
        #expect(citationSummaries("klimaatmaatregelen (Kamerstuk 32813, nr. 1291) is € 416,6 miljoen gereserveerd") == [
            kamerstuk("Kamerstuk 32813, nr. 1291", "32813", "1291"),
        ])
        #expect(citationSummaries("C(2025) 8950").count == 1)
        #expect(citationSummaries("https://eur-lex.europa.eu/legal-content/NL/TXT/PDF/?uri=CELEX:52026XC00682").map { $0.prefix(3) } == ["url"])
    }
}
