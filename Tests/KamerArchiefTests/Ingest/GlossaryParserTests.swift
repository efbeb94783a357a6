import Testing
@testable import KamerArchief

@Suite("Reading the topic glossary")
struct GlossaryParserTests {
    let path = "Content/topics.yml"

    @Test("a topic gives its fields, with the id derived from the name")
    func valid() throws {
        let yaml = """
            - name: Critical Raw Materials Act
              kind: regulation
              aliases: [CRMA, verordening inzake kritieke grondstoffen]
              description: Over kritieke grondstoffen.
              url: https://eur-lex.europa.eu/eli/reg/2024/1252/oj
            - name: Nationaal Groeifonds
              id: groeifonds
              kind: fund
              description: Een fonds.
            """
        let (topics, diagnostics) = GlossaryParser.parse(yaml, path: path)
        #expect(diagnostics.isEmpty)
        #expect(topics.map(\.id) == ["critical-raw-materials-act", "groeifonds"])
        #expect(topics[0].aliases == ["CRMA", "verordening inzake kritieke grondstoffen"])
        #expect(topics[0].kind == .regulation && topics[1].kind == .fund)
        #expect(topics[0].url == "https://eur-lex.europa.eu/eli/reg/2024/1252/oj" && topics[1].url == nil)
        #expect(topics[1].location == SourceLocation(file: path, line: 6, column: 3))
    }

    @Test("malformed YAML is an error at the parser's line and column")
    func malformed() throws {
        let (topics, diagnostics) = GlossaryParser.parse("- name: [Nationaal Groeifonds\n  kind: fund\n", path: path)
        #expect(topics.isEmpty)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == .glossarySyntax && diagnostic.severity == .error)
        #expect(diagnostic.location.file == path && diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
        #expect(diagnostic.description.hasPrefix("\(path):\(diagnostic.location.line):\(diagnostic.location.column): error: [glossary-syntax] malformed YAML"))
    }

    @Test("an unknown key is an error at its line and column, naming the keys a topic may have")
    func unknownKey() {
        let yaml = "- name: X\n  kind: fund\n  description: d\n  titel: y\n"
        let (topics, diagnostics) = GlossaryParser.parse(yaml, path: path)
        #expect(topics.isEmpty)
        #expect(diagnostics.map(\.description) == [
            "Content/topics.yml:4:3: error: [glossary-unknown-key] unknown key 'titel'; a topic may have name, id, kind, aliases, description, url",
        ])
    }

    @Test("a missing field is an error at the topic, and the other topics are kept")
    func missingField() {
        let yaml = "- name: X\n  kind: fund\n- name: Y\n  kind: plan\n  description: d\n"
        let (topics, diagnostics) = GlossaryParser.parse(yaml, path: path)
        #expect(topics.map(\.name) == ["Y"])
        #expect(diagnostics.map(\.description) == ["Content/topics.yml:1:3: error: [glossary-missing-field] a topic needs 'description'"])
    }

    @Test("an unknown kind, a bad id and a bad URL are errors at their values")
    func invalidValues() {
        let yaml = "- name: X\n  kind: fonds\n  description: d\n  id: Niet Veilig\n  url: geen adres\n"
        let (_, diagnostics) = GlossaryParser.parse(yaml, path: path)
        #expect(diagnostics.map(\.location) == [
            SourceLocation(file: path, line: 2, column: 9), SourceLocation(file: path, line: 4, column: 7),
            SourceLocation(file: path, line: 5, column: 8),
        ])
        #expect(diagnostics.allSatisfy { $0.code == .glossaryInvalidValue })
        #expect(diagnostics[0].message.contains("regulation, programme, fund, organisation, strategy, plan"))
    }

    @Test("a term that two topics share is an error at the second")
    func duplicateTerm() {
        let yaml = "- name: X\n  kind: fund\n  description: d\n  aliases: [ABC]\n- name: Y\n  kind: plan\n  description: d\n  aliases: [abc]\n"
        let (topics, diagnostics) = GlossaryParser.parse(yaml, path: path)
        #expect(topics.map(\.name) == ["X"])
        #expect(diagnostics.map(\.code) == [.glossaryDuplicate])
        #expect(diagnostics.first?.location == SourceLocation(file: path, line: 5, column: 3))
    }

    @Test("a glossary that is not a list is an error")
    func notAList() {
        let (_, diagnostics) = GlossaryParser.parse("name: X\n", path: path)
        #expect(diagnostics.map(\.code) == [.glossarySyntax])
        #expect(diagnostics.first?.location == SourceLocation(file: path, line: 1, column: 1))
    }
}
