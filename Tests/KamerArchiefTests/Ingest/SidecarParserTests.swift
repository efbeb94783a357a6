import Testing
@testable import KamerArchief

@Suite("Reading sidecars")
struct SidecarParserTests {
    @Test("a full sidecar gives every fact and the outline")
    func full() throws {
        let yaml = """
            kind: kamerbrief
            id: brief-2023
            title: "Voortgang: batterijen"
            date: 2023-12-14
            kamerstuk: 32852 nr. 301
            dossierTitle: Grondstoffenvoorzieningszekerheid
            outline:
              - Grondstoffen
              - title: Veiligheid
                actions: [Verbeteren kennis, Regels]
            """
        let (sidecar, diagnostics) = SidecarParser.parse(yaml, path: "Content/b.yml")
        #expect(diagnostics.isEmpty)
        let value = try #require(sidecar)
        #expect(value.kind == .kamerbrief)
        #expect(value.id == "brief-2023")
        #expect(value.title == "Voortgang: batterijen")
        #expect(value.date == "2023-12-14")
        #expect(value.kamerstuk == KamerstukNumber(dossier: "32852", ondernummer: "301"))
        #expect(value.outline == [OutlinePillar(title: "Grondstoffen"), OutlinePillar(title: "Veiligheid", actions: ["Verbeteren kennis", "Regels"])])
    }

    @Test("kamerstuk numbers are read in their written forms", arguments: [
        ("22112-4277", "22112", "4277"), ("36410-L-4", "36410-L", "4"), ("21501-30 nr. 590", "21501-30", "590"),
        ("22112 nr. 4277", "22112", "4277"), ("21 501-30 nr. 621", "21501-30", "621"), ("36600 XIII nr. 12", "36600-XIII", "12"),
    ])
    func kamerstukForms(text: String, dossier: String, ondernummer: String) {
        #expect(SidecarParser.kamerstuk(from: text) == KamerstukNumber(dossier: dossier, ondernummer: ondernummer))
    }

    @Test("an unknown key is an error at its line and column")
    func unknownKey() {
        let (sidecar, diagnostics) = SidecarParser.parse("title: X\ntitel: Y\n", path: "Content/b.yml")
        #expect(sidecar == nil)
        #expect(diagnostics.map(\.description) == [
            "Content/b.yml:2:1: error: [sidecar-unknown-key] unknown key 'titel'; a sidecar may have kind, id, title, date, kamerstuk, dossierTitle, outline",
        ])
    }

    @Test("malformed YAML is an error with the parser's line and column")
    func malformed() {
        let (sidecar, diagnostics) = SidecarParser.parse("title: [open\ndate: 2023-01-01\n", path: "Content/b.yml")
        #expect(sidecar == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == .sidecarSyntax)
        #expect((diagnostics.first?.location.line ?? 0) >= 1)
    }

    @Test("an id with path characters is rejected with a safe suggestion", arguments: ["../../etc", "a/b", "Hoofd Letters", ".."])
    func unsafeID(id: String) {
        let (sidecar, diagnostics) = SidecarParser.parse("id: \"\(id)\"\n", path: "Content/b.yml")
        #expect(sidecar == nil)
        #expect(diagnostics.first?.code == .sidecarInvalidValue)
        #expect(diagnostics.first?.location == SourceLocation(file: "Content/b.yml", line: 1, column: 5))
    }

    @Test("a date that is not YYYY-MM-DD is rejected")
    func badDate() {
        let (_, diagnostics) = SidecarParser.parse("date: 14 december 2023\n", path: "Content/b.yml")
        #expect(diagnostics.first?.code == .sidecarInvalidValue)
    }
}
