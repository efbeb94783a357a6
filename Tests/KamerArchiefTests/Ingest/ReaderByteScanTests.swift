import Testing
@testable import KamerArchief

/// The readers' byte-level scans (issue 14) give what the Character-level code they replace gives:
/// headings recognised on a text's first bytes, sentences and words found on bytes, lines cut at
/// LF bytes.
@Suite("Reader byte scans")
struct ReaderByteScanTests {
    @Test("a template heading is recognised on the first bytes as by folding the text", arguments: [
        ("3. Nederlandse positie:", "nederlandse-positie"),
        ("  b)  Beoordeling   + inzet ", "beoordeling-inzet"),
        ("IV. Grondhouding", "grondhouding"),
        ("12a) Regeldruk::", "regeldruk"),
        ("1.Algemene gegevens", nil),
        ("Essentie van het voorstel", "essentie-voorstel"),
        ("ESSENTIE\tVOORSTEL en verder een lange zin over iets anders dan dit", "essentie-voorstel"),
        ("Eerste inschatting van krachtenveld", "krachtenveld"),
        ("De Commissie stelt voor om de essentie voorstel te wijzigen.", nil),
        ("Bevoegdheid", "bevoegdheid"),
        ("Bevoegd", nil),
        ("", nil),
        ("   ", nil),
        ("a. ", nil),
        ("123456789", nil),
    ] as [(String, String?)])
    func headingOnFirstBytes(text: String, key: String?) {
        #expect(FicheHeading.decideOnFirstBytes(text) != nil)
        #expect(FicheHeading.recognise(text)?.key == key)
        #expect(FicheHeading.recogniseByFolding(text)?.key == key)
    }

    @Test("a heading with letters and spaces beyond ASCII is decided on its bytes as by folding", arguments: [
        ("Financiële gevolgen", "financiele-gevolgen"),
        ("2. FINANCIËLE  gevolgen:", "financiele-gevolgen"),
        ("\u{A0}Regeldruk", "regeldruk"),
        ("c.\u{2003}Proportionaliteit", "proportionaliteit"),
        ("Économie – één", nil),
        ("Straße", nil),
    ] as [(String, String?)])
    func headingBeyondASCII(text: String, key: String?) {
        #expect(FicheHeading.decideOnFirstBytes(text) != nil)
        #expect(FicheHeading.recognise(text)?.key == key)
        #expect(FicheHeading.recogniseByFolding(text)?.key == key)
    }

    @Test("a heading whose answer lies past a scalar folding does not cover is folded the slow way", arguments: [
        ("Subsidiariteit\u{301}", "subsidiariteit"),
        ("Financie\u{308}le gevolgen", "financiele-gevolgen"),
        ("Ⅳ. Grondhouding", nil),
    ] as [(String, String?)])
    func headingPastUncovered(text: String, key: String?) {
        #expect(FicheHeading.decideOnFirstBytes(text) == nil)
        #expect(FicheHeading.recognise(text)?.key == key)
        #expect(FicheHeading.recogniseByFolding(text)?.key == key)
    }

    @Test("a heading decided before a byte beyond ASCII keeps that answer")
    func headingBeforeNonASCII() {
        #expect(FicheHeading.decideOnFirstBytes("Grondhouding van het kabinet: positief (één voorbehoud)")??.key == "grondhouding")
        #expect(FicheHeading.decideOnFirstBytes("Het kabinet is positief over één onderdeel") == .some(nil))
        #expect(FicheHeading.recogniseByFolding("Grondhouding van het kabinet: positief (één voorbehoud)")?.key == "grondhouding")
    }

    @Test("sentences break after a period and space before a capital, digit or quote, not after an abbreviation")
    func sentences() {
        let text = "De eerste pijler gaat over o.a. Batterijen. Zie nr. 5 en art. 3. 2 pijlers volgen! “Citaat” hier. "
            + "Financiële steun. Daarna komt de tweede? nee. Einde"
        #expect(PillarTitle.sentences(in: text).map(String.init) == [
            "De eerste pijler gaat over o.a. Batterijen.", "Zie nr. 5 en art. 3.", "2 pijlers volgen!", "“Citaat” hier.",
            "Financiële steun.", "Daarna komt de tweede? nee.", "Einde",
        ])
    }

    @Test("sentences found by scanning for their marks eight bytes at a time are those a walk over Characters finds")
    func sentencesAgainstCharacters() {
        func reference(_ text: String) -> [String] {
            let whole = Substring(text)
            var sentences: [String] = []
            var start = whole.startIndex, index = whole.startIndex
            while index < whole.endIndex {
                let next = whole.index(after: index)
                if ".!?".contains(whole[index]), next < whole.endIndex, whole[next] == " " {
                    let following = whole[next...].drop { $0 == " " }
                    if let first = following.first, first.isUppercase || first.isNumber || "“‘\"'(".contains(first),
                        !PillarTitle.isAbbreviation(characterWiseBefore: index, in: whole) {
                        sentences.append(String(whole[start..<next]))
                        start = following.startIndex
                    }
                }
                index = next
            }
            if start < whole.endIndex { sentences.append(String(whole[start...])) }
            return sentences
        }
        let pieces = ["a", "B", "1", "nr", "o.a.", ".", "!", "?", " ", "  ", "é", "É", "“", "x\u{301}", "abcdefghijk", "Zie", "\n", ". Zie", "! 1", "? “x", ".  É", ". \u{301}B", "\u{301}"]
        var generator = SeededGenerator(seed: 41)
        var breaks = 0
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let sentences = PillarTitle.sentences(in: text).map(String.init)
            #expect(sentences == reference(text), "\(text.debugDescription)")
            breaks += max(0, sentences.count - 1)
        }
        #expect(breaks > 2_000, "\(breaks)")
    }

    @Test("a sentence does not break at a space that carries a combining mark, and breaks before a quote beyond ASCII")
    func sentencesAtNonASCII() {
        #expect(PillarTitle.sentences(in: "Eén. \u{301}Twee").map(String.init) == ["Eén. \u{301}Twee"])
        #expect(PillarTitle.sentences(in: "Eén. ‘Twee’").map(String.init) == ["Eén.", "‘Twee’"])
        #expect(PillarTitle.sentences(in: "Zie blz. Één").map(String.init) == ["Zie blz.", "Één"])
        #expect(PillarTitle.sentences(in: "Het gaat om één. Twee").map(String.init) == ["Het gaat om één.", "Twee"])
        #expect(PillarTitle.sentences(in: "Zie Mr. Jansen").map(String.init) == ["Zie Mr. Jansen"])
    }

    @Test("pillar words are runs of letters and digits, ASCII or not, folded")
    func words() {
        let words = PillarReferences.words(in: "De 3de pijler (financiële steun) — e\u{301}n pijlers II/III.")
        #expect(words.map { String($0.text) } == ["De", "3de", "pijler", "financiële", "steun", "e\u{301}n", "pijlers", "II", "III"])
        #expect(words.map(\.folded) == ["de", "3de", "pijler", "financiele", "steun", "en", "pijlers", "ii", "iii"])
    }

    @Test("lines are cut at LF bytes as a split on newline Characters cuts them", arguments: [
        "", "\n", "a", "a\n", "a\n\nb", "é\n\u{301}x\n", "  regel één  \nregel twee\n\n",
    ])
    func lines(text: String) {
        let source = SourceText(path: "x.txt", id: "x", text: text)
        #expect(source.lines == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test("the page dump's landmarks are found in any ASCII case, with spaces around, and look-alikes are not")
    func landmarks() {
        let text = "  1. ALGEMENE GEGEVENS \n2. Essentie Voorstel\n  1. noot↩︎\nNummer: 2026D1, datum: 2026-01-01\n"
            + "Onderdeel van kamerstukdossier 22112\n\tFiche 2: Titel\n"
        #expect(LineShape(text).ficheSigns == ["algemeen", "essentie", "pandoc-notes", "nummer", "dossier", "fiche"])
        let lookAlikes = "Algemene gegeven\nessentie voorstellen\nnoot↩\nNummer 2026D1, datum: x\nonderdeel van kamerstukdossier 1\nFiche 2 zonder dubbele punt\n"
        #expect(LineShape(lookAlikes).ficheSigns.isEmpty)
    }

    @Test("format detection reads only the first lines: what comes after them cannot change the answer")
    func detectionPrefix() {
        let prose = String(repeating: "Een regel lopende tekst zonder spatie aan het eind.\n", count: FormatDetector.linesRead)
        let pdfLike = String(repeating: "Een regel uit een PDF met een spatie aan het eind. \n\n", count: 3 * FormatDetector.linesRead)
        #expect(FormatDetector.detect(pdfLike) == .pdfTextLetter)
        #expect(FormatDetector.detect(prose) == nil)
        #expect(FormatDetector.detect(prose + pdfLike) == nil)
        #expect(SourceText.lines(of: "a\nb\nc\n", limit: 2) == ["a", "b"])
    }

    @Test("a pillar title's clause is found on the bytes where Foundation's search finds it")
    func clauseSearch() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["De", " inzet", ", waarbij", ", die ", " met als doel", ",", " ", "é", "a", "e\u{301}"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for clause in [", waarbij", ", die ", " met als doel"] {
                #expect(PillarTitle.firstOccurrence(of: clause, in: text) == text.range(of: clause)?.lowerBound, "\(text) / \(clause)")
            }
        }
    }

    @Test("a scalar decoded from its UTF-8 bytes is the scalar the String holds, for sequences of one to four bytes")
    func scalarDecoding() {
        let text = "aé€🔋\u{301}Ω\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}"
        let bytes = Array(text.utf8)
        var decoded: [Unicode.Scalar] = []
        var index = 0
        while index < bytes.count {
            let lead = bytes[index], start = index
            index += 1
            decoded.append(Unicode.Scalar.decoding(lead: lead) {
                defer { index += 1 }
                return bytes[index]
            })
            #expect(Unicode.Scalar.utf8Width(lead: lead) == index - start)
            #expect(UTF8.width(decoded[decoded.count - 1]) == index - start)
        }
        #expect(decoded == Array(text.unicodeScalars))
    }

    @Test("a line ends in a space Character only when its last byte is a space no mark joins")
    func lineEndsInSpace() {
        #expect(FormatDetector.endsInSpace("tekst "))
        #expect(FormatDetector.endsInSpace(" "))
        #expect(FormatDetector.endsInSpace("één "))
        #expect(!FormatDetector.endsInSpace("tekst"))
        #expect(!FormatDetector.endsInSpace(""))
        #expect(!FormatDetector.endsInSpace(" \u{301}"))
    }

    @Test("a fiche title line is read on its bytes as the pattern reads it")
    func ficheTitleLine() {
        #expect(PageDumpHeaderParser.ficheTitle("Fiche 57: Aanbeveling Chips Act 2.0")! == (57, "Aanbeveling Chips Act 2.0"))
        #expect(PageDumpHeaderParser.ficheTitle("Fiche:Titel  ")! == (nil, "Titel"))
        #expect(PageDumpHeaderParser.ficheTitle("Fiche 3:\u{A0}Titel één")! == (3, "Titel één"))
        #expect(PageDumpHeaderBytes.ficheTitle("Fiche 3:\u{A0}Titel") == nil)
        #expect(PageDumpHeaderParser.ficheTitle("Fiche 12345: x") == nil)
        #expect(PageDumpHeaderParser.ficheTitle("Fiches: x") == nil)
        #expect(PageDumpHeaderParser.ficheTitle("Fiche 3:   ") == nil)
    }

    @Test("the dossier line gives dossier, toevoeging, ondernummer and title, or the title alone")
    func dossierLine() {
        typealias Dossier = PageDumpHeaderBytes.Dossier
        #expect(PageDumpHeaderBytes.dossier("Onderdeel van kamerstukdossier 21501 30-590 Raad voor Concurrentievermogen.")
            == Dossier.numbered(dossier: "21501", toevoeging: "30", ondernummer: "590", title: "Raad voor Concurrentievermogen."))
        #expect(PageDumpHeaderBytes.dossier("Onderdeel van kamerstukdossier 22112 -4277 Nieuwe voorstellen")
            == Dossier.numbered(dossier: "22112", toevoeging: nil, ondernummer: "4277", title: "Nieuwe voorstellen"))
        #expect(PageDumpHeaderBytes.dossier("Onderdeel van kamerstukdossier 36123 Titel zonder nummer") == Dossier.dossierOnly(title: "Titel zonder nummer"))
        #expect(PageDumpHeaderBytes.dossier("Onderdeel van kamerstukdossier 36123") == Dossier.dossierOnly(title: nil))
        #expect(PageDumpHeaderBytes.dossier("Onderdeel van kamerstukdossier: geen") == Dossier.neither)
        #expect(PageDumpHeaderBytes.dossier("Onderdeel van kamerstukdossier 21501 30-590\u{A0}Titel") == nil)
    }

    @Test("a kst- reference gives its dossier and its last part, after any text")
    func kstReference() {
        #expect(PageDumpHeaderBytes.kst("officiële HTML versie (kst-21501-30-590)")!! == ("21501-30", "590"))
        #expect(PageDumpHeaderBytes.kst("kst-36750-3.html")!! == ("36750", "3"))
        #expect(PageDumpHeaderBytes.kst("kst-abc en kst-1-2")!! == ("1", "2"))
        #expect(PageDumpHeaderBytes.kst("geen nummer")! == nil)
    }

    @Test("a header item is split at its first colon when the label has one to sixty characters")
    func labelledValue() {
        #expect(PageDumpHeaderBytes.labelledValue("Eerste ondertekenaar:  J. Jansen")!! == ("Eerste ondertekenaar", "J. Jansen"))
        #expect(PageDumpHeaderBytes.labelledValue("Geen dubbele punt")! == nil)
        #expect(PageDumpHeaderBytes.labelledValue(":leeg")! == nil)
        #expect(PageDumpHeaderBytes.labelledValue("Label:   ")! == nil)
        #expect(PageDumpHeaderBytes.labelledValue(Substring(String(repeating: "a", count: 61) + ": x"))! == nil)
        #expect(PageDumpHeaderBytes.startsWithDate("2026-03-05 Commissiedebat") == true)
        #expect(PageDumpHeaderBytes.startsWithDate("2026-3-05 Commissiedebat") == false)
    }

    @Test("a label is taken off folded text beyond ASCII as off ASCII text", arguments: [
        ("1. Één voorstel", "een voorstel"), ("b) Financiële gevolgen:", "financiele gevolgen"), ("iv. Één", "een"),
        ("12a) Ç", "c"), ("2.Één", "2.een"),
    ])
    func labelBeyondASCII(text: String, expected: String) {
        #expect(FicheHeading.normalize(text) == expected)
    }

    @Test("only a text that may spell 'pijler' once folded is split into words for pillars")
    func pillarPrefilter() {
        #expect(PillarReferences.mayNamePillars("De derde PIJLER ziet toe op"))
        #expect(PillarReferences.mayNamePillars("geen ppijlers hier"))
        for text in ["de tweede pĳler", "de derde pijlér", "de pijle\u{301}r", "ﬁve pijlers", "PIJ\u{308}LERS"] {
            #expect(PillarReferences.mayNamePillars(Substring(text)), "\(text.debugDescription)")
        }
        #expect(!PillarReferences.mayNamePillars("financiële steun voor één project in België"))
        #expect(!PillarReferences.mayNamePillars("Een pijl en een ler, een p·ijler"))
        #expect(!PillarReferences.mayNamePillars(""))
        #expect(PillarReferences.explicit(in: "De derde pijler ziet toe op").map(\.numbers) == [[3]])
        #expect(PillarReferences.explicit(in: "Een pijl van kritiek").isEmpty)
        #expect(PillarReferences.statedCount(in: "Het voorstel kent 4 pijlers.")?.count == 4)
        // Only a first word starting with a, t or i (or beyond ASCII) can open an enumeration.
        let openers = ["Allereerst", "“Ten derde", "TOT SLOT", "(In de tweede plaats", "Als laatste", "Ténslotte"]
        #expect(openers.map { PillarReferences.opener(of: Substring($0)) != nil } == Array(repeating: true, count: openers.count))
        #expect(PillarReferences.opener(of: "De eerste pijler") == nil && PillarReferences.opener(of: "2 Ten eerste") == nil)
    }

    @Test("the pillar prefilter is true wherever a word folds to 'pijler' or 'pijlers'")
    func pillarPrefilterIsSafe() {
        let fragments = [
            "p", "P", "i", "I", "j", "J", "l", "L", "e", "E", "r", "R", "s", "pij", "ler", "PIJ", "LERS", "é", "ë", "É", "ï", "í",
            "\u{301}", "\u{308}", "ĳ", "Ĳ", "ß", "ﬁ", "æ", "ø", "ł", " ", ",", "-", "’", "\u{A0}", "·", "2", "α", "🇳🇱", "x",
        ]
        var state: UInt64 = 20_261_201
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var named = 0
        for _ in 0..<30_000 {
            let text = Substring((0..<(1 + next(10))).map { _ in fragments[next(fragments.count)] }.joined())
            let hasWord = PillarReferences.words(in: text).contains { $0.folded == "pijler" || $0.folded == "pijlers" }
            if hasWord { named += 1 }
            #expect(!hasWord || PillarReferences.mayNamePillars(text), "missed: \(text.debugDescription)")
        }
        #expect(named > 0)
    }

    @Test("a list label is read from the start of a line, whatever follows the first word", arguments: [
        ("  1. Algemene gegevens", "1.", 5), ("  - tekst met veel woorden", "-", 4), ("12)   x", "12)", 6), ("b. Titel", "b.", 3),
    ])
    func listLabel(line: String, label: String, offset: Int) {
        let found = FicheBlockReader.listLabel(of: Substring(line))
        #expect(found?.label == label)
        #expect(found?.textColumnOffset == offset)
    }

    @Test("a line without a label followed by white space and text has none", arguments: [
        "1.Algemene gegevens", "1. ", "a)\u{A0}tekst", "Mededeling van de Commissie", "   ", "",
    ])
    func noListLabel(line: String) {
        #expect(FicheBlockReader.listLabel(of: Substring(line)) == nil)
    }
}
