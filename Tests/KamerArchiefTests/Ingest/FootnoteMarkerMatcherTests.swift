import Testing
@testable import KamerArchief

/// Runs the matcher over single-line paragraphs and notes numbered `notes`.
private func match(_ texts: [String], notes: [Int]) -> (paragraphs: [Paragraph], diagnostics: [Diagnostic]) {
    let blocks = texts.enumerated().map { index, text in
        LocatedText(Substring(text), at: SourceLocation(file: "t.txt", line: index + 1))
    }
    let footnotes = notes.map { Footnote(number: $0, text: "note \($0)", location: SourceLocation(file: "t.txt", line: 100 + $0)) }
    return FootnoteMarkerMatcher.attach(notes: footnotes, to: blocks)
}

/// Each row: paragraphs, the notes that exist, the text after markers are removed, the markers found.
private let rows: [(texts: [String], notes: [Int], expected: [String], markers: [Int])] = [
    (["De grondstoffenstrategie d.d. 9 december 20221 geeft aan"], [1],
     ["De grondstoffenstrategie d.d. 9 december 2022 geeft aan"], [1]),
    (["Outlook 202318. Flowbatterijen"], Array(1...18).filter { $0 == 18 },
     ["Outlook 2023. Flowbatterijen"], [18]),
    (["Hiermee is invulling gegeven aan motie 33009 nummer 110.11 Deze actieagenda"], [11],
     ["Hiermee is invulling gegeven aan motie 33009 nummer 110. Deze actieagenda"], [11]),
    (["Nationaal Plan Circulaire Economie (NPCE).5 Als startpunt"], [5],
     ["Nationaal Plan Circulaire Economie (NPCE). Als startpunt"], [5]),
    (["groeimarkt in het Groeimarktenrapport.3", "de Actieagenda Batterijsystemen,4 waarover"], [3, 4],
     ["groeimarkt in het Groeimarktenrapport.", "de Actieagenda Batterijsystemen, waarover"], [3, 4]),
    (["zoals in de fiche 1010 beschreven"], [10], ["zoals in de fiche 10 beschreven"], [10]),
    (["de cijfers van 20232 en verder"], [2], ["de cijfers van 2023 en verder"], [2]),
    (["uitstoot van CO2, stikstof in Q1 van 2024 en V2.0 volgens PGS 37-1 binnen 5-10 jaar", "1) materialen"],
     [1, 2], ["uitstoot van CO2, stikstof in Q1 van 2024 en V2.0 volgens PGS 37-1 binnen 5-10 jaar", "1) materialen"], []),
    (["EUR 5,5 miljoen en 416,6 miljoen"], [5, 6], ["EUR 5,5 miljoen en 416,6 miljoen"], []),
    (["zie https://example.org/doc1 en www.x.nl/a2 hier"], [1, 2], ["zie https://example.org/doc1 en www.x.nl/a2 hier"], []),
    // A superscript that PDF text sets apart after a full stop: at the paragraph's end or before a
    // new sentence; a day of a month is no marker.
    (["van toepassing per 3 januari 2018 op de kapitaalmarkt. 1", "de verplichting. 2 Op dit moment", "in 2020. 3 bedrijven"],
     [1, 2, 3], ["van toepassing per 3 januari 2018 op de kapitaalmarkt.", "de verplichting. Op dit moment", "in 2020. 3 bedrijven"], [1, 2]),
    // After a question or exclamation mark, also after a closing «quote»: at the paragraph's end
    // or before a new sentence; before a word in lowercase the number is a count.
    (["patiënten onvoldoende»»? 1", "niet juist zijn? 2 Hoe beoordeelt u", "Hoe vaak? 3 keer", "meer dan genoeg! 4"],
     [1, 2, 3, 4], ["patiënten onvoldoende»»?", "niet juist zijn? Hoe beoordeelt u", "Hoe vaak? 3 keer", "meer dan genoeg!"], [1, 2, 4]),
    // After an abbreviation's point, before a clause's comma; after a number word's point it is
    // the number's (`nr. 1, waarin`, also at a paragraph's end).
    (["de Kamerbrief van 11 november jl. 1, heb ik", "Kamerstuk 33009, nr. 2, waarin", "zie Kamerstuk 36 101, nr. 3"],
     [1, 2, 3], ["de Kamerbrief van 11 november jl., heb ik", "Kamerstuk 33009, nr. 2, waarin", "zie Kamerstuk 36 101, nr. 3"], [1]),
    // Before a dash that closes an aside, not one of a range; after a number's point only before a
    // new sentence.
    (["via zijn broker 2— toegang", "binnen 2–3 jaar", "Verordening (EU) nr. 182/2011. 13 Het kabinet", "sinds 2011. 13 bedrijven", "in 2011. 13"],
     [2, 3, 13], ["via zijn broker— toegang", "binnen 2–3 jaar", "Verordening (EU) nr. 182/2011. Het kabinet", "sinds 2011. 13 bedrijven", "in 2011. 13"], [2, 13]),
    // Set apart after a year: before punctuation; before a word the number is a count.
    (["de Stroomgebiedbeheerplannen 2022-2027 8, het 7e Actieprogramma", "sinds 2019 9 woningen en in 2020 9."],
     [8, 9], ["de Stroomgebiedbeheerplannen 2022-2027, het 7e Actieprogramma", "sinds 2019 9 woningen en in 2020."], [8, 9]),
    // Set apart after a date's year, before a word that is no unit: a date is never counted on.
    (["de Hoofdlijnenbrief van 24 juni 2022 2 is normering", "Kamervragen in maart 2022 3 en tijdens", "op 1 mei 2023 4 keer"],
     [2, 3, 4], ["de Hoofdlijnenbrief van 24 juni 2022 is normering", "Kamervragen in maart 2022 en tijdens", "op 1 mei 2023 4 keer"], [2, 3]),
]

@Test("glued markers split off at the expected footnote number", arguments: rows.indices)
func gluedMarkers(row: Int) {
    let (texts, notes, expected, markers) = rows[row]
    let result = match(texts, notes: notes)
    #expect(result.paragraphs.map(\.text) == expected)
    #expect(result.paragraphs.flatMap(\.noteRefs).map(\.footnote) == markers)
}

@Test("a marker glued to a year splits at the expected footnote number and keeps its column")
func markerLocation() {
    let result = match(["in december 20221 geeft"], notes: [1])
    let ref = result.paragraphs[0].noteRefs[0]
    #expect(ref.offset == "in december 2022".unicodeScalars.count)
    #expect(ref.location == SourceLocation(file: "t.txt", line: 1, column: 17))
}

@Test("markers are taken in note order, so an earlier year ending in the digit is not a marker")
func sequenceWins() {
    let result = match(["In 2022 was het anders.", "Hier geïnformeerd2. En dan industrie3 ook."], notes: [1, 2, 3])
    #expect(result.paragraphs[0].text == "In 2022 was het anders.")
    #expect(result.paragraphs[1].noteRefs.map(\.footnote) == [2, 3])
    #expect(result.diagnostics.map(\.code) == [.unreferencedFootnote])
    #expect(result.diagnostics.first?.message == "footnote 1 has no marker in the text")
}

@Test("a marker that continues the sequence without a note is reported with line and column")
func markerWithoutNote() throws {
    let result = match(["beleid1 en strategie2 en rapport3."], notes: [1, 2])
    #expect(result.paragraphs[0].noteRefs.map(\.footnote) == [1, 2])
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.code == .unresolvedFootnote)
    #expect(diagnostic.location == SourceLocation(file: "t.txt", line: 1, column: 33))
}

@Test("a block of ASCII read on its bytes gives the candidates its scalars give, with and without URLs in it")
func asciiBlocksOnBytes() {
    var generator = SeededGenerator(seed: 7)
    let pieces = ["beleid", "1", "12", "2022", " ", ".", ",", "CO", "nr", "(", ")", "https://x.nl/", "www.", "5,5", "-", "artikel", "Deltacommissaris"]
    for _ in 0..<500 {
        var text = (0..<Int.random(in: 1...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
        let scalars = Array(text.unicodeScalars)
        let onBytes = text.withUTF8 { FootnoteMarkerMatcher.candidates(in: ASCIIScalars(bytes: $0), block: 0) }
        #expect(onBytes == FootnoteMarkerMatcher.candidates(in: scalars, block: 0), "\(text)")
    }
}

@Test("a run of digits glued to a number reads as a number and a marker of up to four digits, a year before one weighing more")
func numberRunsSplit() {
    /// The rule as documented, on the run's text: every split that leaves a marker of at most four
    /// digits without a leading zero, weighing 2 after a year (1900 to 2099) and 1 after a number
    /// of two digits or more when the marker has two or more.
    func reference(_ digits: String) -> [Candidate] {
        (1..<max(1, digits.count)).compactMap { split in
            let prefix = digits.prefix(split), rest = digits.dropFirst(split)
            let weight = prefix.count == 4 && ("1900"..."2099").contains(prefix) ? 2 : (prefix.count >= 2 && rest.count >= 2 ? 1 : 0)
            guard weight > 0, rest.first != "0", rest.count <= 4, let number = Int(rest) else { return nil }
            return Candidate(block: 0, offset: 1 + split, length: rest.count, number: number, weight: weight)
        }
    }
    var generator = SeededGenerator(seed: 12)
    let starts = ["", "1899", "1900", "2022", "2099", "2100", "0", "110"]
    for _ in 0..<2_000 {
        let digits = starts.randomElement(using: &generator)! + (0..<Int.random(in: 0...6, using: &generator)).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
        guard !digits.isEmpty else { continue }
        // After a parenthesis, which glues no marker on, and before one, which may end a marker.
        let text = "(" + digits + ")"
        #expect(FootnoteMarkerMatcher.candidates(in: Array(text.unicodeScalars), block: 0) == reference(digits), "\(text)")
    }
}

/// Blocks with scalars beyond ASCII: the markers glued to or spaced after such words, and the
/// numbers that are none (after two capitals, in a URL).
private let nonASCIIRows: [(text: String, notes: [Int], expected: String, markers: [Int], offsets: [Int])] = [
    ("één overeenkomst met België2 en Zuid-Korea", [2], "één overeenkomst met België en Zuid-Korea", [2], [27]),
    ("de ‘achterblijvers’4 onder de categorie", [4], "de ‘achterblijvers’ onder de categorie", [4], [19]),
    ("het rapport ‘Batterij’ 6 en de reactie", [6], "het rapport ‘Batterij’ en de reactie", [6], [22]),
    ("het ‘rapport7’ is één keer verschenen", [7], "het ‘rapport’ is één keer verschenen", [7], [12]),
    ("de strategie van december 20221 – één stap", [1], "de strategie van december 2022 – één stap", [1], [30]),
    ("regels in de ÉU2 en op https://é.example/doc3 één", [2, 3], "regels in de ÉU2 en op https://é.example/doc3 één", [], []),
]

@Test("markers in text beyond ASCII are found at scalar offsets", arguments: nonASCIIRows.indices)
func nonASCIIMarkers(row: Int) {
    let (text, notes, expected, markers, offsets) = nonASCIIRows[row]
    let result = match([text], notes: notes)
    #expect(result.paragraphs.map(\.text) == [expected])
    #expect(result.paragraphs.flatMap(\.noteRefs).map(\.footnote) == markers)
    #expect(result.paragraphs.flatMap(\.noteRefs).map(\.offset) == offsets)
}

/// Read on the bytes, a block gives the candidates its decoded scalars give, offsets counted in
/// scalars: every rule reads the scalars around a digit run, forwards and backwards.
@Test("candidates read on UTF-8 bytes equal those read on decoded scalars", arguments: nonASCIIRows.indices)
func candidatesOnBytes(row: Int) {
    var text = nonASCIIRows[row].text + " en ‘Groeimarkt’.3 of 2023. 12 mei 15 jaar, “stap”9"
    let decoded = FootnoteMarkerMatcher.candidates(in: Array(scalarsOf: text), block: 0)
    let onBytes = text.withUTF8 { bytes in
        let scalars = UTF8Scalars(bytes: bytes)
        var found = FootnoteMarkerMatcher.candidates(in: scalars, block: 0)
        for (at, offset) in scalars.scalarOffsets(found.map(\.offset)).enumerated() { found[at].offset = offset }
        return found
    }
    #expect(!decoded.isEmpty)
    #expect(onBytes == decoded)
}

@Test("the chain of markers rises in position and note number and weighs the most any such chain can")
func chainIsHeaviest() {
    var generator = SeededGenerator(seed: 31)
    for _ in 0..<500 {
        // Distinct positions, as the readings of digit runs have them; numbers and weights repeat.
        let count = Int.random(in: 0...24, using: &generator)
        let positions = (0..<60).map { ($0 / 20, $0 % 20) }.shuffled(using: &generator).prefix(count)
        let candidates = positions.map { block, offset in
            Candidate(block: block, offset: offset, length: 1, number: Int.random(in: 1...8, using: &generator),
                      weight: Int.random(in: 1...3, using: &generator))
        }
        let chosen = FootnoteMarkerMatcher.chain(candidates)
        for (earlier, later) in zip(chosen, chosen.dropFirst()) {
            #expect(earlier.precedes(later) && earlier.number < later.number)
        }
        #expect(chosen.allSatisfy(candidates.contains))
        // The heaviest rising chain by brute force: the best chain ending at each candidate in
        // position order.
        let ordered = candidates.sorted { $0.precedes($1) }
        var best: [Int] = []
        for (index, candidate) in ordered.enumerated() {
            let before = ordered[..<index].indices.filter { ordered[$0].number < candidate.number }.map { best[$0] }.max() ?? 0
            best.append(before + candidate.weight)
        }
        #expect(chosen.reduce(0) { $0 + $1.weight } == (best.max() ?? 0), "\(candidates)")
    }
}
