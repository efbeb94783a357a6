import Testing
@testable import KamerArchief

@Suite("Section slugs")
struct SectionSlugTests {
    @Test("a heading's slug keeps a-z and 0-9, folds case and diacritics, joins words with one hyphen", arguments: [
        ("Water en Bodem", "water-en-bodem"),
        ("3.1 Laagveengebieden", "31-laagveengebieden"),
        ("  - Een  / twee & DRIE -  ", "een-twee-drie"),
        ("Één café, één reünie", "een-cafe-een-reunie"),
        ("Ærø", "r"),
        ("— …", "sectie"),
        ("", "sectie"),
    ])
    func slug(title: String, expected: String) {
        #expect(OutlineBuilder.slug(title) == expected)
    }

    /// A fiche heading's slug as first written: the folded title's scalars, words of ASCII letters
    /// and digits, joined with hyphens while they fit in 60 characters.
    static func ficheReference(_ title: String) -> String {
        let folded = TextFolding.caseAndDiacritics.fold(title)
        var words: [String] = [], word = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        for word in words where slug.isEmpty || slug.count + 1 + word.count <= 60 {
            slug += (slug.isEmpty ? "" : "-") + word
        }
        return String(slug.prefix(60))
    }

    @Test("a fiche heading's slug, read on bytes, is the slug read on scalars")
    func ficheSlugs() {
        #expect(FicheHeading.slug("Één café, één reünie") == "een-cafe-een-reunie")
        let long = String(repeating: "x", count: 70)
        #expect(FicheHeading.slug("\(long) kort") == String(long.prefix(60)))
        #expect(FicheHeading.slug(String(repeating: "woord ", count: 20) + "ab") == Self.ficheReference(String(repeating: "woord ", count: 20) + "ab"))
        let pieces = ["Essentie", "voorstel", "2.", "b)", "één", "Ærø", "ß", "—", " ", "  ", "-", "/", "ﬁ", "İ", "\u{301}", "x", long, "Beoordeling + inzet"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let title = (0..<Int.random(in: 0...9, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(FicheHeading.slug(title) == Self.ficheReference(title), "\(title)")
        }
    }

    @Test("a taken slug gets the first free number from 2, also past an id a title took of its own")
    func unique() {
        var ids = SectionIDs()
        #expect(["Inleiding", "Inleiding 2", "Inleiding", "Inleiding"].map { ids.unique(OutlineBuilder.slug($0)) }
            == ["inleiding", "inleiding-2", "inleiding-3", "inleiding-4"])
        var fresh = SectionIDs()
        #expect(fresh.unique(OutlineBuilder.slug("Inleiding 2")) == "inleiding-2" && fresh.unique("inleiding") == "inleiding")
    }

    @Test("a Kamerstuk PDF's text with 300 equal headings: through the reader, each section its own id, in order")
    func equalHeadingsThroughTheReader() {
        let head = "Tweede Kamer der Staten-Generaal\n\n2\n\nVergaderjaar 2024–2025\n\n36 600\n\nTitel\n\nNr. 5\n\nBRIEF VAN DE MINISTER VAN FINANCIËN\n\n"
        let body = String(repeating: "Toelichting\n\nDit is een alinea met tekst die eindigt.\n\n", count: 300)
        let (document, _) = Ingester.ingest(ContentFile(path: "Content/veel.txt", stem: "veel", bytes: Array((head + body).utf8)))
        let ids = document?.sections.map(\.id) ?? []
        #expect(ids.count == 300 && ids.first == "toelichting" && ids.dropFirst().first == "toelichting-2" && ids.last == "toelichting-300")
    }

    @Test("10,000 equal headings in a Kamerstuk PDF's text: the ids stay unique and in order, `tekst` kept for the text before any heading")
    func manyEqualHeadings() {
        var ids = KamerstukBody.sectionIDs()
        let made = (0..<10_000).map { _ in ids.unique(KamerstukBody.slug("Vraag")) }
        #expect(Set(made).count == made.count && made.first == "vraag" && made.last == "vraag-10000")
        #expect(ids.unique(KamerstukBody.slug("Tekst")) == "tekst-2")
    }
}
