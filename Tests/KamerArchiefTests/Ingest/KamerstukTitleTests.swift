import Testing
@testable import KamerArchief

@Suite("Readable Kamerstuk titles")
struct KamerstukTitleTests {
    /// (printed title, dossier title, expected); one row per form, a row added for every bug.
    static let rows: [(String, String?, String)] = [
        ("BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES ", nil,
         "Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties"),
        ("BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT", "Water", "Brief van de staatssecretaris van Infrastructuur en Waterstaat"),
        ("BRIEF VAN DE MINISTER VOOR KLIMAAT EN ENERGIE", nil, "Brief van de minister voor Klimaat en Energie"),
        ("BRIEF VAN DE MINISTER VAN LANDBOUW, VISSERIJ, VOEDSELZEKERHEID EN NATUUR", nil,
         "Brief van de minister van Landbouw, Visserij, Voedselzekerheid en Natuur"),
        ("BRIEF VAN DE MINISTER VOOR BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA", nil, "Brief van de minister voor Basis- en Voortgezet Onderwijs en Media"),
        ("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN EN DE MINISTER VOOR BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING", nil,
         "Brief van de minister van Buitenlandse Zaken en de minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"),
        ("BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN", nil, "Brief van de minister-president, minister van Algemene Zaken"),
        ("BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN OVER DE GASVOORZIENING", nil, "Brief van de minister van Economische Zaken over de gasvoorziening"),
        ("MOTIE VAN HET LID CEDER", nil, "Motie van het lid Ceder"),
        ("MOTIE VAN HET LID VAN DER LEE", nil, "Motie van het lid Van der Lee"),
        ("MOTIE VAN DE LEDEN BONTENBAL EN KRÖGER", nil, "Motie van de leden Bontenbal en Kröger"),
        ("MOTIE VAN DE LEDEN VAN BAARLE, DASSEN EN DE HOOP", nil, "Motie van de leden Van Baarle, Dassen en De Hoop"),
        ("GEWIJZIGDE MOTIE VAN HET LID GRINWIS C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 12", nil,
         "Gewijzigde motie van het lid Grinwis c.s. ter vervanging van die gedrukt onder nr. 12"),
        ("AMENDEMENT VAN DE LEDEN VAN DER PLAS EN VAN CAMPEN", nil, "Amendement van de leden Van der Plas en Van Campen"),
        ("MEMORIE VAN TOELICHTING", "Tijdelijke wet Klimaatfonds (landbouw)", "Memorie van toelichting – Tijdelijke wet Klimaatfonds (landbouw)"),
        ("VERSLAG", "Wet open overheid", "Verslag – Wet open overheid"),
        ("NOTA NAAR AANLEIDING VAN HET VERSLAG", "Wet open overheid", "Nota naar aanleiding van het verslag – Wet open overheid"),
        ("VOORSTEL VAN WET", "Wet open overheid", "Voorstel van wet – Wet open overheid"),
        ("MEMORIE VAN TOELICHTING", nil, "Memorie van toelichting"),
        ("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "Wet open overheid", "Verslag van een schriftelijk overleg – Wet open overheid"),
        ("VERSLAG VAN EEN COMMISSIEDEBAT", "Voorzienings- en leveringszekerheid energie",
         "Verslag van een commissiedebat – Voorzienings- en leveringszekerheid energie"),
        ("VERSLAG VAN EEN NOTAOVERLEG", nil, "Verslag van een notaoverleg"),
        ("Memorie van toelichting", "Wet open overheid", "Memorie van toelichting – Wet open overheid"),
        ("Brief van de minister van Financiën", nil, "Brief van de minister van Financiën"),
        ("LIJST VAN VRAGEN EN ANTWOORDEN", "Jaarverslag 2024", "Lijst van vragen en antwoorden – Jaarverslag 2024"),
        ("ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT", "Wet energieopslag",
         "Advies Afdeling advisering Raad van State en nader rapport – Wet energieopslag"),
        ("BRIEF VAN DE VOORZITTER VAN DE TWEEDE KAMER DER STATEN-GENERAAL", nil, "Brief van de voorzitter van de Tweede Kamer der Staten-Generaal"),
        ("BRIEF VAN DE VASTE COMMISSIE VOOR FINANCIËN", nil, "Brief van de vaste commissie voor Financiën"),
        ("VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR INFRASTRUCTUUR, WATERSTAAT EN OMGEVING", nil,
         "Voorlopig verslag van de vaste commissie voor Infrastructuur, Waterstaat en Omgeving"),
        ("BRIEF VAN DE ALGEMENE REKENKAMER", nil, "Brief van de Algemene Rekenkamer"),
        ("TWEEDE NOTA VAN WIJZIGING", "Wet open overheid", "Tweede nota van wijziging – Wet open overheid"),
        ("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG OVER DE EUROPESE RAAD VAN 26 JUNI", nil,
         "Verslag van een schriftelijk overleg over de Europese Raad van 26 juni"),
    ]

    @Test("each printed title form becomes the readable title", arguments: rows.indices)
    func readable(_ index: Int) {
        let (printed, dossier, expected) = Self.rows[index]
        #expect(KamerstukTitle.readable(printed, dossierTitle: dossier) == expected)
    }
}
