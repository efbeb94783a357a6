import Testing
@testable import KamerArchief

/// One line per citation: kind, the text as written, the fields that are set, and the URL.
func citationSummary(_ citation: Citation) -> String {
    let fields: [(String, String?)] = [
        ("kamer", citation.kamer), ("vergaderjaar", citation.vergaderjaar), ("dossier", citation.dossier),
        ("ondernummer", citation.ondernummer), ("year", citation.year.map(String.init)),
        ("number", citation.number), ("item", citation.item),
    ]
    let set = fields.compactMap { key, value in value.map { "\(key)=\($0)" } }
    return ([citation.kind.rawValue, "\"\(citation.text)\""] + set + [citation.url]).joined(separator: " ")
}

func citationSummaries(_ text: String) -> [String] { CitationParser.parse(text).map(citationSummary) }

private let kst = "https://zoek.officielebekendmakingen.nl/kst-"
private let ob = "https://zoek.officielebekendmakingen.nl/"
private let celex = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:"
private let eurLexURI = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri="

/// Every form the parser knows, one row per real form; add a row for every bug.
private let forms: [(text: String, expected: [String])] = [
    // The Handelingen name a motie's Kamerstuk by its number alone, in brackets, with `nr.`.
    ("de motie-Van Aalst over de N35 (35300-A, nr. 15);",
     ["kamerstuk \"35300-A, nr. 15\" dossier=35300-A ondernummer=15 \(kst)35300-A-15.html"]),
    ("de motie-Kröger c.s. (21501-32, nr. 1188) en de motie-Bisschop (36600 XIII, nr. 12)",
     ["kamerstuk \"21501-32, nr. 1188\" dossier=21501-32 ondernummer=1188 \(kst)21501-32-1188.html",
      "kamerstuk \"36600 XIII, nr. 12\" dossier=36600-XIII ondernummer=12 \(kst)36600-XIII-12.html"]),
    // Papers write that number in its groups of digits.
    ("over de brief (21 501-31, nr. 205) en het overleg (22 236, nr. 44)",
     ["kamerstuk \"21 501-31, nr. 205\" dossier=21501-31 ondernummer=205 \(kst)21501-31-205.html",
      "kamerstuk \"22 236, nr. 44\" dossier=22236 ondernummer=44 \(kst)22236-44.html"]),
    // Older papers and the Eerste Kamer's cite by the chamber's abbreviation.
    ("zoals eerder gemeld (TK, 2006/2007, 30 959, nr. 5) en in de memorie (EK 34 568, H).",
     ["kamerstuk \"TK, 2006/2007, 30 959, nr. 5\" kamer=II vergaderjaar=2006/07 dossier=30959 ondernummer=5 \(kst)30959-5.html",
      "kamerstuk \"EK 34 568, H\" kamer=I dossier=34568 ondernummer=H \(kst)34568-H.html"]),
    // A paper in two dossiers has the same number in both: the first names it.
    ("de brief (Kamerstukken 36 600 B en 36 600 C, nr. 6) en de motie (21 501-20 en 21 501-33, nr. 5)",
     ["kamerstuk \"Kamerstukken 36 600 B en 36 600 C, nr. 6\" dossier=36600-B ondernummer=6 \(kst)36600-B-6.html",
      "kamerstuk \"21 501-20 en 21 501-33, nr. 5\" dossier=21501-20 ondernummer=5 \(kst)21501-20-5.html"]),
    ("Kamerstuk 31 239 en 32 813, nr. 12", ["kamerstuk \"Kamerstuk 31 239 en 32 813, nr. 12\" dossier=31239 ondernummer=12 \(kst)31239-12.html"]),
    ("(Kamerstukken 29 826, 31 239 en 30 196, nr. 132)",
     ["kamerstuk \"Kamerstukken 29 826, 31 239 en 30 196, nr. 132\" dossier=29826 ondernummer=132 \(kst)29826-132.html"]),
    // An Eerste Kamer paper by its letter, as the Eerste Kamer's Handelingen write it.
    ("de motie-Van Apeldoorn (35300-VI, letter Y) is aangehouden",
     ["kamerstuk \"35300-VI, letter Y\" dossier=35300-VI ondernummer=Y \(kst)35300-VI-Y.html"]),
    // The chair lists papers to take off the list of pending business by their short numbers.
    ("Ik stel voor, de volgende stukken van de stand van werkzaamheden af te voeren: 34722-1; 33997-95.",
     ["kamerstuk \"34722-1\" dossier=34722 ondernummer=1 \(kst)34722-1.html",
      "kamerstuk \"33997-95\" dossier=33997 ondernummer=95 \(kst)33997-95.html"]),
    // The Handelingen list moties by their short numbers after a colon, in a sentence that names them.
    ("Op verzoek van een aantal leden stel ik voor de volgende door hen ingediende moties opnieuw aan te houden: 35925-32; 35570-XIV-46; 21501-32-1188.",
     ["kamerstuk \"35925-32\" dossier=35925 ondernummer=32 \(kst)35925-32.html",
      "kamerstuk \"35570-XIV-46\" dossier=35570-XIV ondernummer=46 \(kst)35570-XIV-46.html",
      "kamerstuk \"21501-32-1188\" dossier=21501-32 ondernummer=1188 \(kst)21501-32-1188.html"]),
    ("Ik stel voor de motie op stuk nr. 12 in te trekken en de volgende motie aan te houden: 33400-VI-110.",
     ["kamerstuk \"33400-VI-110\" dossier=33400-VI ondernummer=110 \(kst)33400-VI-110.html"]),
    // The Handelingen give a motion read out in a debate its number, the dossier in brackets.
    ("Deze motie is voorgesteld door het lid Kröger. Zij krijgt nr. 1530 (32813).",
     ["kamerstuk \"nr. 1530 (32813)\" dossier=32813 ondernummer=1530 \(kst)32813-1530.html"]),
    ("Zij krijgt nr. 12 (36200-XIII). Zij krijgt nr. 7 (21501-32).",
     ["kamerstuk \"nr. 12 (36200-XIII)\" dossier=36200-XIII ondernummer=12 \(kst)36200-XIII-12.html",
      "kamerstuk \"nr. 7 (21501-32)\" dossier=21501-32 ondernummer=7 \(kst)21501-32-7.html"]),
    // A list broken by text ends at the break.
    ("Moties aan te houden: 35925-32; zie verder; 35925-29.",
     ["kamerstuk \"35925-32\" dossier=35925 ondernummer=32 \(kst)35925-32.html"]),
    // The session year written out (real ministry letters): never read as a dossier and ondernummer.
    ("Kamerstukken II, 2022-2023, 29 383, nr. 390",
     ["kamerstuk \"Kamerstukken II, 2022-2023, 29 383, nr. 390\" kamer=II vergaderjaar=2022/23 dossier=29383 ondernummer=390 \(kst)29383-390.html"]),
    ("Kamerstukken II, 2023/2024, 31 839, nr. 1024",
     ["kamerstuk \"Kamerstukken II, 2023/2024, 31 839, nr. 1024\" kamer=II vergaderjaar=2023/24 dossier=31839 ondernummer=1024 \(kst)31839-1024.html"]),
    // Kamervragen cited as the Kamerstukken's Aanhangsel.
    ("Kamerstukken II 2021/22, Aanhangsel, nr. 1694",
     ["aanhangsel \"Kamerstukken II 2021/22, Aanhangsel, nr. 1694\" kamer=II vergaderjaar=2021/22 number=1694 \(ob)ah-tk-20212022-1694.html"]),
    ("Kamerstukken II 2025/26, 29826, nr. 277",
     ["kamerstuk \"Kamerstukken II 2025/26, 29826, nr. 277\" kamer=II vergaderjaar=2025/26 dossier=29826 ondernummer=277 \(kst)29826-277.html"]),
    ("Kamerstukken II 2024/25, 21 501-30, nr. 621",
     ["kamerstuk \"Kamerstukken II 2024/25, 21 501-30, nr. 621\" kamer=II vergaderjaar=2024/25 dossier=21501-30 ondernummer=621 \(kst)21501-30-621.html"]),
    ("Kamerstukken II 2025/26, 22112-4244",
     ["kamerstuk \"Kamerstukken II 2025/26, 22112-4244\" kamer=II vergaderjaar=2025/26 dossier=22112 ondernummer=4244 \(kst)22112-4244.html"]),
    ("Kamerstuk 32852 nr. 224.", ["kamerstuk \"Kamerstuk 32852 nr. 224\" dossier=32852 ondernummer=224 \(kst)32852-224.html"]),
    ("Kamerstuk 29023, nr. 447.", ["kamerstuk \"Kamerstuk 29023, nr. 447\" dossier=29023 ondernummer=447 \(kst)29023-447.html"]),
    ("Kamerstuk 21501-30 nr. 590.", ["kamerstuk \"Kamerstuk 21501-30 nr. 590\" dossier=21501-30 ondernummer=590 \(kst)21501-30-590.html"]),
    ("Kamerstuk 36410-L-4.", ["kamerstuk \"Kamerstuk 36410-L-4\" dossier=36410-L ondernummer=4 \(kst)36410-L-4.html"]),
    ("Kamerstuk 36200-L-11.", ["kamerstuk \"Kamerstuk 36200-L-11\" dossier=36200-L ondernummer=11 \(kst)36200-L-11.html"]),
    ("Kamerstukken II 1993/94, 23 400,\nXI, nr. 25",
     ["kamerstuk \"Kamerstukken II 1993/94, 23 400,\nXI, nr. 25\" kamer=II vergaderjaar=1993/94 dossier=23400-XI ondernummer=25 \(kst)23400-XI-25.html"]),
    ("Kamerstukken II 2024/25, 36600 XIII, nr. 12",
     ["kamerstuk \"Kamerstukken II 2024/25, 36600 XIII, nr. 12\" kamer=II vergaderjaar=2024/25 dossier=36600-XIII ondernummer=12 \(kst)36600-XIII-12.html"]),
    ("Kamerstukken II 2024/25, 36600-XIII, nr. 12",
     ["kamerstuk \"Kamerstukken II 2024/25, 36600-XIII, nr. 12\" kamer=II vergaderjaar=2024/25 dossier=36600-XIII ondernummer=12 \(kst)36600-XIII-12.html"]),
    ("Kamerstukken I 2024/25, 36123, A",
     ["kamerstuk \"Kamerstukken I 2024/25, 36123, A\" kamer=I vergaderjaar=2024/25 dossier=36123 ondernummer=A \(kst)36123-A.html"]),
    ("Kamerstukken I 2024/25, 36123, nr. B",
     ["kamerstuk \"Kamerstukken I 2024/25, 36123, nr. B\" kamer=I vergaderjaar=2024/25 dossier=36123 ondernummer=B \(kst)36123-B.html"]),
    ("Kamerstukken I 2022/23, 36 200 XIV, B",
     ["kamerstuk \"Kamerstukken I 2022/23, 36 200 XIV, B\" kamer=I vergaderjaar=2022/23 dossier=36200-XIV ondernummer=B \(kst)36200-XIV-B.html"]),
    ("Kamerstukken I 2022/23, 36200-XIV, C.",
     ["kamerstuk \"Kamerstukken I 2022/23, 36200-XIV, C\" kamer=I vergaderjaar=2022/23 dossier=36200-XIV ondernummer=C \(kst)36200-XIV-C.html"]),
    ("Kamerstukken ll 2021/22, 29 826, nr. 150",
     ["kamerstuk \"Kamerstukken ll 2021/22, 29 826, nr. 150\" kamer=II vergaderjaar=2021/22 dossier=29826 ondernummer=150 \(kst)29826-150.html"]),
    ("Kamerstuk l 2019/20, 35 300, C",
     ["kamerstuk \"Kamerstuk l 2019/20, 35 300, C\" kamer=I vergaderjaar=2019/20 dossier=35300 ondernummer=C \(kst)35300-C.html"]),
    ("motie 33009 nummer 110.", ["kamerstuk \"motie 33009 nummer 110\" dossier=33009 ondernummer=110 \(kst)33009-110.html"]),
    ("de motie 33009, nr. 110 is uitgevoerd",
     ["kamerstuk \"motie 33009, nr. 110\" dossier=33009 ondernummer=110 \(kst)33009-110.html"]),
    ("Kamerstukken II 2023/24, 33009, nrs. 140 en 141", [
        "kamerstuk \"Kamerstukken II 2023/24, 33009, nrs. 140\" kamer=II vergaderjaar=2023/24 dossier=33009 ondernummer=140 \(kst)33009-140.html",
        "kamerstuk \"141\" kamer=II vergaderjaar=2023/24 dossier=33009 ondernummer=141 \(kst)33009-141.html",
    ]),
    ("Kamerstukken 33 037, nrs. 431, 435 en 437.", [
        "kamerstuk \"Kamerstukken 33 037, nrs. 431\" dossier=33037 ondernummer=431 \(kst)33037-431.html",
        "kamerstuk \"435\" dossier=33037 ondernummer=435 \(kst)33037-435.html",
        "kamerstuk \"437\" dossier=33037 ondernummer=437 \(kst)33037-437.html",
    ]),
    // A capital `Nr.`, and an en dash between a dossier's parts.
    ("(Kamerstuk 21501-02, Nr. 3355)",
     ["kamerstuk \"Kamerstuk 21501-02, Nr. 3355\" dossier=21501-02 ondernummer=3355 \(kst)21501-02-3355.html"]),
    ("(Kamerstuk 21 501–30, nr. 675).",
     ["kamerstuk \"Kamerstuk 21 501–30, nr. 675\" dossier=21501-30 ondernummer=675 \(kst)21501-30-675.html"]),
    ("(21501-02, Nr. 3354)",
     ["kamerstuk \"21501-02, Nr. 3354\" dossier=21501-02 ondernummer=3354 \(kst)21501-02-3354.html"]),
    // After the list, a date's day, a vergaderjaar, a count or the next dossier is no paper in it.
    ("(Kamerstukken 35 165, nrs. 30 en 31, 2 juni 2020)", [
        "kamerstuk \"Kamerstukken 35 165, nrs. 30\" dossier=35165 ondernummer=30 \(kst)35165-30.html",
        "kamerstuk \"31\" dossier=35165 ondernummer=31 \(kst)35165-31.html",
    ]),
    ("Kamerstukken 32 813, nrs. 200 en 210, 3 moties", [
        "kamerstuk \"Kamerstukken 32 813, nrs. 200\" dossier=32813 ondernummer=200 \(kst)32813-200.html",
        "kamerstuk \"210\" dossier=32813 ondernummer=210 \(kst)32813-210.html",
    ]),
    ("(Kamerstukken 29 544, nrs. 1000 en 1001 en 31 322, nr. 400)", [
        "kamerstuk \"Kamerstukken 29 544, nrs. 1000\" dossier=29544 ondernummer=1000 \(kst)29544-1000.html",
        "kamerstuk \"1001\" dossier=29544 ondernummer=1001 \(kst)29544-1001.html",
    ]),
    // A vergaderjaar after `Kamerstukken` names no dossier, with a hyphen or an en dash.
    ("Alle stukken staan in de Kamerstukken 2023–2024.", []),
    ("(Kamerstukken II 2023-2024)", []),
    // After `nr.` (one paper) the number after `en` is not read as a second paper.
    ("Kamerstuk 33009, nr. 140 en 12 moties",
     ["kamerstuk \"Kamerstuk 33009, nr. 140\" dossier=33009 ondernummer=140 \(kst)33009-140.html"]),
    ("klimaatmaatregelen (Kamerstuk 32813, nr. 1291) is € 416,6 miljoen",
     ["kamerstuk \"Kamerstuk 32813, nr. 1291\" dossier=32813 ondernummer=1291 \(kst)32813-1291.html"]),
    ("Kamerstukken II 2025/26, 29826, nr. 277; Kamerstuk 32852 nr. 224.", [
        "kamerstuk \"Kamerstukken II 2025/26, 29826, nr. 277\" kamer=II vergaderjaar=2025/26 dossier=29826 ondernummer=277 \(kst)29826-277.html",
        "kamerstuk \"Kamerstuk 32852 nr. 224\" dossier=32852 ondernummer=224 \(kst)32852-224.html",
    ]),
    ("Handelingen II 2024/25, nr. 45, item 12",
     ["handelingen \"Handelingen II 2024/25, nr. 45, item 12\" kamer=II vergaderjaar=2024/25 number=45 item=12 \(ob)h-tk-20242025-45-12.html"]),
    ("Handelingen I 1999/00, nr. 3, item 7",
     ["handelingen \"Handelingen I 1999/00, nr. 3, item 7\" kamer=I vergaderjaar=1999/00 number=3 item=7 \(ob)h-ek-19992000-3-7.html"]),
    ("Aanhangsel Handelingen II 2024/25, nr. 1234",
     ["aanhangsel \"Aanhangsel Handelingen II 2024/25, nr. 1234\" kamer=II vergaderjaar=2024/25 number=1234 \(ob)ah-tk-20242025-1234.html"]),
    ("Aanhangsel van de Handelingen I 2024/25, nr. 9",
     ["aanhangsel \"Aanhangsel van de Handelingen I 2024/25, nr. 9\" kamer=I vergaderjaar=2024/25 number=9 \(ob)ah-ek-20242025-9.html"]),
    // As the Aanhangsel writes it, without the house: the Tweede Kamer's.
    ("Zie ook Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 3276.",
     ["aanhangsel \"Aanhangsel Handelingen, vergaderjaar 2022–2023, nr. 3276\" vergaderjaar=2022/23 number=3276 \(ob)ah-tk-20222023-3276.html"]),
    ("(Aanhangsel Handelingen, vergaderjaar 2022-2023, nummer 844)",
     ["aanhangsel \"Aanhangsel Handelingen, vergaderjaar 2022-2023, nummer 844\" vergaderjaar=2022/23 number=844 \(ob)ah-tk-20222023-844.html"]),
    // A year range that is no vergaderjaar is no citation.
    ("Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844", []),
    ("zie het aanhangsel handelingen II 2024/25, 77",
     ["aanhangsel \"aanhangsel handelingen II 2024/25, 77\" kamer=II vergaderjaar=2024/25 number=77 \(ob)ah-tk-20242025-77.html"]),
    ("Staatsblad 2022, 360.", ["staatsblad \"Staatsblad 2022, 360\" year=2022 number=360 \(ob)stb-2022-360.html"]),
    ("Stb. 2022, 360", ["staatsblad \"Stb. 2022, 360\" year=2022 number=360 \(ob)stb-2022-360.html"]),
    ("Stb 2022, nr. 360", ["staatsblad \"Stb 2022, nr. 360\" year=2022 number=360 \(ob)stb-2022-360.html"]),
    ("Staatscourant, 1 juli 2020, nr. 34193.",
     ["staatscourant \"Staatscourant, 1 juli 2020, nr. 34193\" year=2020 number=34193 \(ob)stcrt-2020-34193.html"]),
    ("Stcrt. 2020, 34193", ["staatscourant \"Stcrt. 2020, 34193\" year=2020 number=34193 \(ob)stcrt-2020-34193.html"]),
    ("C(2025) 8950",
     ["eu \"C(2025) 8950\" year=2025 number=C(2025) 8950 https://eur-lex.europa.eu/search.html?type=quick&text=C%282025%29%208950"]),
    // A COM number does not say whether it is a proposal (CELEX 5…PC…) or a communication (5…DC…):
    // EUR-Lex's address by the number finds either.
    ("COM(2025) 612 final", ["eu \"COM(2025) 612\" year=2025 number=COM(2025) 612 \(eurLexURI)COM:2025:612:FIN"]),
    ("EU-voorstel: Herziening richtlijn energie-efficiëntie COM (2016) 761",
     ["eu \"COM (2016) 761\" year=2016 number=COM(2016) 761 \(eurLexURI)COM:2016:761:FIN"]),
    ("SWD (2023) 45", ["eu \"SWD (2023) 45\" year=2023 number=SWD(2023) 45 \(eurLexURI)SWD:2023:45:FIN"]),
    ("CELEX 52026XC00682", ["eu \"52026XC00682\" year=2026 number=52026XC00682 \(celex)52026XC00682"]),
    ("verordening 32019R0943.", ["eu \"32019R0943\" year=2019 number=32019R0943 \(celex)32019R0943"]),
    // A motie by its members' names and its short number in brackets.
    ("de aangenomen motie-Eerdmans/Van Dijk (32317–895) vraagt",
     ["kamerstuk \"motie-Eerdmans/Van Dijk (32317–895)\" dossier=32317 ondernummer=895 \(kst)32317-895.html"]),
    ("de motie Thijssen c.s. (36200-XIV-21).",
     ["kamerstuk \"motie Thijssen c.s. (36200-XIV-21)\" dossier=36200-XIV ondernummer=21 \(kst)36200-XIV-21.html"]),
    ("Motie-Grinwis (21501-33-1050)", ["kamerstuk \"Motie-Grinwis (21501-33-1050)\" dossier=21501-33 ondernummer=1050 \(kst)21501-33-1050.html"]),
    // An EU act by its number, linked by its CELEX number: the year first since 2015, a
    // regulation's number first before, a directive's year first with its family after.
    ("Verordening (EU) 2023/1542 van het Europees Parlement", ["eu \"Verordening (EU) 2023/1542\" year=2023 number=32023R1542 \(celex)32023R1542"]),
    ("de verordening (EU) nr. 182/2011.", ["eu \"verordening (EU) nr. 182/2011\" year=2011 number=32011R0182 \(celex)32011R0182"]),
    ("Verordening (EG) nr. 1907/2006 (REACH)", ["eu \"Verordening (EG) nr. 1907/2006\" year=2006 number=32006R1907 \(celex)32006R1907"]),
    ("Verordening (EEG) nr. 2913/92", ["eu \"Verordening (EEG) nr. 2913/92\" year=1992 number=31992R2913 \(celex)31992R2913"]),
    ("Verordening (EU, Euratom) 2020/2093", ["eu \"Verordening (EU, Euratom) 2020/2093\" year=2020 number=32020R2093 \(celex)32020R2093"]),
    ("Gedelegeerde Verordening (EU) 2023/2772", ["eu \"Verordening (EU) 2023/2772\" year=2023 number=32023R2772 \(celex)32023R2772"]),
    ("Uitvoeringsverordening (EU) 2021/2139", ["eu \"Uitvoeringsverordening (EU) 2021/2139\" year=2021 number=32021R2139 \(celex)32021R2139"]),
    ("Regulation (EC) No 1907/2006", ["eu \"Regulation (EC) No 1907/2006\" year=2006 number=32006R1907 \(celex)32006R1907"]),
    ("Council Regulation (EEC) No. 2913/92", ["eu \"Regulation (EEC) No. 2913/92\" year=1992 number=31992R2913 \(celex)31992R2913"]),
    ("Regulation (EU) 2019/1020", ["eu \"Regulation (EU) 2019/1020\" year=2019 number=32019R1020 \(celex)32019R1020"]),
    ("Richtlijn 2006/66/EG vervalt", ["eu \"Richtlijn 2006/66/EG\" year=2006 number=32006L0066 \(celex)32006L0066"]),
    ("Richtlijn (EU) 2023/2413 artikel 30 (1)", ["eu \"Richtlijn (EU) 2023/2413\" year=2023 number=32023L2413 \(celex)32023L2413"]),
    ("richtlijn 91/271/EEG", ["eu \"richtlijn 91/271/EEG\" year=1991 number=31991L0271 \(celex)31991L0271"]),
    ("Directive 2008/98/EC", ["eu \"Directive 2008/98/EC\" year=2008 number=32008L0098 \(celex)32008L0098"]),
    ("Besluit nr. 1386/2013/EU", ["eu \"Besluit nr. 1386/2013/EU\" year=2013 number=32013D1386 \(celex)32013D1386"]),
    ("Besluit 2010/87/EU", ["eu \"Besluit 2010/87/EU\" year=2010 number=32010D0087 \(celex)32010D0087"]),
    ("PbEU 2023, L 191", ["eu \"PbEU 2023, L 191\" year=2023 number=L 191 https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:L:2023:191:TOC"]),
    // A URL is one citation: the CELEX number inside it is not reported again.
    ("https://eur-lex.europa.eu/legal-content/NL/TXT/PDF/?uri=CELEX:52026XC00682",
     ["url \"https://eur-lex.europa.eu/legal-content/NL/TXT/PDF/?uri=CELEX:52026XC00682\" https://eur-lex.europa.eu/legal-content/NL/TXT/PDF/?uri=CELEX:52026XC00682"]),
    ("Zie https://www.rijksoverheid.nl/documenten.",
     ["url \"https://www.rijksoverheid.nl/documenten\" https://www.rijksoverheid.nl/documenten"]),
    ("(zie www.tweedekamer.nl/kamerstukken).",
     ["url \"www.tweedekamer.nl/kamerstukken\" https://www.tweedekamer.nl/kamerstukken"]),
    ("(https://nl.wikipedia.org/wiki/Accu_(elektriciteit))",
     ["url \"https://nl.wikipedia.org/wiki/Accu_(elektriciteit)\" https://nl.wikipedia.org/wiki/Accu_%28elektriciteit%29"]),
    ("http://example.org/zoek?q=één|twee",
     ["url \"http://example.org/zoek?q=één|twee\" http://example.org/zoek?q=%C3%A9%C3%A9n%7Ctwee"]),
]

/// Text that looks a little like a citation but is none.
private let nonCitations = [
    // A motie's names must be words, and its number a dossier's and an ondernummer.
    "de motie (2023-2024)", "de motie van 12 maart (32317-895)", "motie-Eerdmans (3231-895)", "de motie over de kosten (32317)",
    "motie Eerdmans (32317-895", "moties Eerdmans (32317-895)",
    // National decrees and an act's word without its number are no EU act.
    "het Besluit van 12 mei 2020", "het Besluit activiteiten leefomgeving", "de verordening van de gemeente", "Richtlijn 12",
    "besluit 2020/12", "Verordening (EU) 2023", "Verordening (EU) 2023/1542x", "Richtlijn 2006/66", "Verordening (NL) 2023/1542",
    "Publicatiereeks Gevaarlijke Stoffen: PGS 37-1.",
    "Publicatiereeks Gevaarlijke Stoffen: PGS 37-2.",
    "de uitstoot van CO2 daalt",
    "binnen 5-10 jaar",
    "1 juli 2020",
    "EUR 1,5 miljard",
    "€ 296 miljoen",
    "de periode 2021-2027",
    "32852 nr. 224",
    "dossier 21501-30 nr. 590",
    // A number alone in brackets is a Kamerstuk's only with `nr.` and five digits.
    "(35300-15)", "(22112-4244)", "(2023, nr. 5)", "(123456, nr. 5)", "( 35300, nr. 15)", "x35300-A, nr. 15)",
    "(21 50, nr. 5)", "(1 501, nr. 5)", "(21 5012, nr. 5)",
    // Short numbers after a colon are a list of moties' only where the sentence names moties.
    "Telefoon: 12345-6789; 23456-1.", "aan te houden: 35925-32; 35925-29.", "De moties: 35925-32 en 35925-29.",
    "De moties 35925-32; 35925-29.", "De moties zijn besproken. Aan te houden: 35925-32.", "moties: 35925-32x; 35925-29.",
    "moties: 1234-32; 123456-29.",
    // `krijgt` gives a number only as the Handelingen write it.
    "Zij krijgt nr. 1530.", "Hij krijgt nu 1530 (32813).", "Zij krijgt nr. 1530 (2023).", "Zij krijgt nr. 1530 (32813", "De Kamer krijgt een brief (32813).",
    "Tennet, TenneT Adequacy Outlook 2023, mei 2023.",
    "Nederlandse naam nog niet bekend",
    "Stichting Open, Plan van Aanpak V2.0 (stichting-open.org).",
    "Kamerstukken II 2024/25, 36600 XIII",
    "Kamerstuk",
    "de motie 12 van het lid",
    "Handelingen II 2024/25, nr. 45",
    "Kamerstukken II 2024/25, 36123, A",
    "Kamerstukken II 2024/25, 36200 XIV, B",
    "Kamerstukken lI 2024/25, 36123, nr. 5",
    "Kamerstukken32852 nr. 224",
    // The chamber's abbreviation cites only a whole number; `TK` is no Eerste Kamer letter's.
    "de TK 2006/2007 besprak het", "TK, 30959", "TK 30 959, H", "TKA 30959, nr. 5", "EK-30959, nr. 5",
    "Kamerstuk 31 239 en 32 813", "Kamerstuk 31 239 en de brief, nr. 12", "Kamerstuk 29 826, 31 239, nr. 132",
    "De stukken liggen ter inzage. Telefoon: 12345-6789; 23456-1.",
    "Kamerstuk 32852 nr. 224abc",
    "ABC(2025) 8950",
    "https:// en www. alleen",
    "PbEU 2023",
    "12345678901234567890",
]

@Suite("the citation parser")
struct CitationParserTests {
    @Test("each citation form is read with its identity and official URL", arguments: forms)
    func citationForms(text: String, expected: [String]) {
        #expect(citationSummaries(text) == expected)
    }

    @Test("a citation's range covers exactly its text", arguments: forms.map(\.text))
    func rangesCoverText(text: String) {
        let scalars = Array(text.unicodeScalars)
        for citation in CitationParser.parse(text) {
            let covered = String(String.UnicodeScalarView(scalars[citation.range.offset..<citation.range.end]))
            #expect(covered == citation.text)
        }
    }

    @Test("a citation in parentheses starts after the bracket and ends before it")
    func parenthesisedRange() {
        let text = "klimaatmaatregelen (Kamerstuk 32813, nr. 1291) is € 416,6 miljoen"
        let citations = CitationParser.parse(text)
        #expect(citations.map(\.range) == [TextRange(offset: 20, length: 25)])
    }

    @Test("ranges count Unicode scalars, so a preceding emoji or combined letter counts as it is encoded")
    func scalarOffsets() {
        let text = "🇳🇱 e\u{301} Stb. 2022, 360"
        #expect(CitationParser.parse(text).map(\.range) == [TextRange(offset: 6, length: 14)])
    }

    @Test("two citations in one note, separated by a semicolon, are both found in order")
    func semicolonSeparated() {
        let citations = CitationParser.parse("Kamerstuk 29023 nr. 430; Kamerstuk 29023 nr. 448.")
        #expect(citations.map(\.ondernummer) == ["430", "448"])
        #expect(citations.map(\.range) == [TextRange(offset: 0, length: 23), TextRange(offset: 25, length: 23)])
    }

    @Test("Aanhangsel Handelingen yields only an aanhangsel citation, not also a Handelingen one")
    func aanhangselIsNotHandelingen() {
        #expect(CitationParser.parse("Aanhangsel Handelingen II 2024/25, nr. 1234").map(\.kind) == [.aanhangsel])
    }

    @Test("a hyphenated number is an ondernummer unless a toevoeging-shaped segment is followed by one")
    func dossierNumberOrToevoeging() {
        let pairs = [
            ("Kamerstukken II 2025/26, 22112-4244", "22112", "4244"),
            ("Kamerstukken II 2025/26, 22112-4244, nr. 5", "22112", "4244"),
            ("Kamerstukken II 2024/25, 21501-30, nr. 621", "21501-30", "621"),
            ("Kamerstuk 21501-30-621", "21501-30", "621"),
            ("Kamerstuk 21501-30", "21501", "30"),
        ]
        for (text, dossier, ondernummer) in pairs {
            let citation = CitationParser.parse(text).first
            #expect(citation?.dossier == dossier, "\(text)")
            #expect(citation?.ondernummer == ondernummer, "\(text)")
        }
    }

    @Test("text without a trigger word or without a complete citation gives no citation", arguments: nonCitations)
    func notACitation(text: String) {
        #expect(citationSummaries(text) == [])
    }
}
