import Testing
@testable import KamerArchief

@Suite("Matching topics in text")
struct TopicMatcherTests {
    static let topics: [Topic] = [
        topic("crma", "Critical Raw Materials Act", ["CRMA", "verordening inzake kritieke grondstoffen"]),
        topic("batterijverordening", "Batterijverordening", ["Batterijenverordening", "Europese Batterijenverordening"]),
        topic("nts", "Nationale Technologiestrategie", ["NTS"]),
        topic("bcc-nl", "Battery Competence Cluster", ["BCC-NL", "Battery Competence Cluster – The Netherlands"]),
        topic("steun", "Financiële Steunregeling"),
        topic("groeifonds", "Nationaal Groeifonds"),
        topic("bbf", "Battery Booster Facility"),
        topic("booster", "Battery Booster"),
        topic("europese-batterij", "Europese Batterij"),
        topic("alliantie", "Batterij Alliantie Nederland"),
        topic("batt4eu", "Batt4EU"),
    ]

    struct Row: CustomTestStringConvertible, Sendable {
        var rule: String
        var text: String
        var expected: [String]
        var testDescription: String { rule }
    }

    static let rows: [Row] = [
        Row(rule: "a name and its abbreviation both match", text: "de Critical Raw Materials Act (CRMA) geldt",
            expected: ["crma: Critical Raw Materials Act", "crma: CRMA"]),
        Row(rule: "an abbreviation in lower case is not the abbreviation", text: "de crma en de Nts", expected: []),
        Row(rule: "an abbreviation with a digit matches only as written", text: "het Batt4EU-partnerschap, niet batt4eu",
            expected: ["batt4eu: Batt4EU"]),
        Row(rule: "a name matches across case", text: "de critical raw materials act", expected: ["crma: critical raw materials act"]),
        Row(rule: "a name matches across diacritics", text: "de financiele steunregeling en de FINANCIËLE STEUNREGELING",
            expected: ["steun: financiele steunregeling", "steun: FINANCIËLE STEUNREGELING"]),
        Row(rule: "the longer alias wins over the one inside it", text: "de Europese Batterijenverordening is van kracht",
            expected: ["batterijverordening: Europese Batterijenverordening"]),
        Row(rule: "at the same position the longer term wins", text: "de Battery Booster Facility en de Battery Booster",
            expected: ["bbf: Battery Booster Facility", "booster: Battery Booster"]),
        Row(rule: "of overlapping terms the longer wins even when it starts later", text: "de Europese Batterij Alliantie Nederland",
            expected: ["alliantie: Batterij Alliantie Nederland"]),
        Row(rule: "a hyphen separates words", text: "op de EU-Batterijenverordening", expected: ["batterijverordening: Batterijenverordening"]),
        Row(rule: "a term does not match inside a longer word", text: "de Batterijenverordeningen en het NTSB en Groeifondsprogramma",
            expected: []),
        Row(rule: "an abbreviation with a hyphen and a long alias with a dash", text: "het BCC-NL en het Battery Competence Cluster – The Netherlands",
            expected: ["bcc-nl: BCC-NL", "bcc-nl: Battery Competence Cluster – The Netherlands"]),
        Row(rule: "any whitespace between words", text: "het Nationaal\u{00A0}Groeifonds en Nationaal  Groeifonds",
            expected: ["groeifonds: Nationaal\u{00A0}Groeifonds", "groeifonds: Nationaal  Groeifonds"]),
        Row(rule: "nothing matches inside a URL", text: "zie https://example.org/CRMA/Nationaal-Groeifonds of www.nts.nl/NTS en de CRMA",
            expected: ["crma: CRMA"]),
    ]

    @Test("matching rules", arguments: rows)
    func rule(_ row: Row) {
        let matches = TopicMatcher(Self.topics).matches(in: row.text)
        #expect(matches.map { "\($0.topic): \($0.text)" } == row.expected)
    }

    @Test("nothing matches inside an excluded range such as a citation")
    func excludedRange() {
        let text = "Zie CRMA 2023, nr. 5 en de CRMA."
        let citation = TextRange(offset: 4, length: 16)
        let matches = TopicMatcher(Self.topics).matches(in: text, excluding: [citation])
        #expect(matches.map(\.range) == [TextRange(offset: 27, length: 4)])
    }

    @Test("match ranges count Unicode scalars, so text after accents keeps its place")
    func scalarOffsets() {
        let matches = TopicMatcher(Self.topics).matches(in: "één café, dan de CRMA")
        #expect(matches.first?.range == TextRange(offset: 17, length: 4))
    }

    @Test("abbreviations are all-capital or digit-bearing single words")
    func abbreviationRule() {
        #expect(TopicMatcher.isAbbreviation("CRMA"))
        #expect(TopicMatcher.isAbbreviation("BCC-NL"))
        #expect(TopicMatcher.isAbbreviation("Batt4EU"))
        #expect(!TopicMatcher.isAbbreviation("RESourceEU"))
        #expect(!TopicMatcher.isAbbreviation("IPCEI Batterijen"))
        #expect(!TopicMatcher.isAbbreviation("Netto-nul-industrieverordening"))
    }

    @Test("a citation in a paragraph keeps topic mentions out, end to end through the linker")
    func citationsExcludedByLinker() {
        let text = "Zie Kamerstuk Nationaal Groeifonds 12, nr. 3 over het Nationaal Groeifonds."
        let citation = Citation(kind: .kamerstuk, text: "Kamerstuk Nationaal Groeifonds 12, nr. 3", url: "https://example.org/", range: TextRange(offset: 4, length: 40))
        let paragraph = Paragraph(text: text, location: SourceLocation(file: "Content/b.txt", line: 3), citations: [citation])
        let document = Document(
            id: "b", kind: .kamerbrief, format: .pdfText, title: "B", source: "Content/b.txt",
            sections: [Section(id: "s", title: "S", paragraphs: [paragraph], location: SourceLocation(file: "Content/b.txt", line: 2))])
        let index = TopicLinker.index(Self.topics, documents: [document])
        let mentions = index.entry("groeifonds")?.mentions ?? []
        #expect(mentions.map(\.offset) == [54])
        let links = TopicLinker.links(in: document, matcher: TopicMatcher(Self.topics))
        #expect(links[paragraph.location]?.map(\.range.offset) == [54])
    }

    static func topic(_ id: String, _ name: String, _ aliases: [String] = []) -> Topic {
        Topic(id: id, name: name, aliases: aliases, kind: .plan, description: "", location: SourceLocation(file: "t.yml", line: 1))
    }
}
