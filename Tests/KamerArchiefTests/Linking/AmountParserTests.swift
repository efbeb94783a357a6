import Testing
@testable import KamerArchief

@Suite("Amounts, sentences and dates")
struct AmountParserTests {
    struct AmountRow: CustomTestStringConvertible, Sendable {
        var text: String
        var expected: [String]
        var testDescription: String { text }
    }

    static let amountRows: [AmountRow] = [
        AmountRow(text: "met EUR 1,5 miljard uit het fonds", expected: ["EUR 1,5 miljard = 1500000000"]),
        AmountRow(text: "is € 296 miljoen beschikbaar", expected: ["€ 296 miljoen = 296000000"]),
        AmountRow(text: "trekt 291 miljoen uit", expected: ["291 miljoen = 291000000"]),
        AmountRow(text: "financiële steun (EUR 300 miljoen) beschikbaar", expected: ["EUR 300 miljoen = 300000000"]),
        AmountRow(text: "zo’n € 5,5 miljoen beschikbaar", expected: ["€ 5,5 miljoen = 5500000"]),
        AmountRow(text: "tot circa €800 miljoen komen", expected: ["€800 miljoen = 800000000"]),
        AmountRow(text: "EUR 1,5 miljard euro uit het Innovatiefonds", expected: ["EUR 1,5 miljard euro = 1500000000"]),
        AmountRow(text: "is € 416,6 miljoen gereserveerd", expected: ["€ 416,6 miljoen = 416600000"]),
        AmountRow(text: "een bijdrage van € 1.500.000 en 2.500 euro", expected: ["€ 1.500.000 = 1500000", "2.500 euro = 2500"]),
        AmountRow(text: "kost € 2,50 per stuk", expected: ["€ 2,50 = 2"]),
        AmountRow(text: "minimaal EUR 3 mld. aan financiering", expected: ["EUR 3 mld = 3000000000"]),
        AmountRow(text: "€ 56 miljoen, waarvan € 50 miljoen uit de tweede ronde", expected: ["€ 56 miljoen = 56000000", "€ 50 miljoen = 50000000"]),
        AmountRow(text: "draagbare batterijen tot 5 kg en 25 kg", expected: []),
        AmountRow(text: "in 2023 en de periode 2021-2027, 100% en 11 actielijnen", expected: []),
    ]

    @Test("amount forms", arguments: amountRows)
    func amount(_ row: AmountRow) {
        #expect(AmountParser.amounts(in: row.text).map { "\($0.text) = \($0.euros)" } == row.expected)
    }

    @Test("an amount's range points at its text")
    func amountRange() throws {
        let text = "Het programma krijgt € 296 miljoen."
        let amount = try #require(AmountParser.amounts(in: text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[amount.range.offset..<amount.range.end])) == "€ 296 miljoen")
    }

    @Test("sentences end before a capital, not after abbreviations")
    func sentences() {
        let text = "Op 16 december jl. publiceerde de Commissie nr. 5 van o.a. Europese plannen. Dit programma is goed! Zie ook (Bijlage 2)."
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter.sentences(scalars).map { String(String.UnicodeScalarView(scalars[$0.offset..<$0.end])) }
        #expect(sentences == [
            "Op 16 december jl. publiceerde de Commissie nr. 5 van o.a. Europese plannen.",
            "Dit programma is goed!", "Zie ook (Bijlage 2).",
        ])
    }

    struct DateRow: CustomTestStringConvertible, Sendable {
        var text: String
        var expected: [String]
        var testDescription: String { text }
    }

    static let dateRows: [DateRow] = [
        DateRow(text: "Op 18 augustus 2023 is de verordening in werking getreden", expected: ["2023-08-18 18 augustus 2023"]),
        DateRow(text: "De strategie d.d. 9 december 2022 geeft aan", expected: ["2022-12-09 9 december 2022"]),
        DateRow(text: "in mei 2023 een aanvraag", expected: ["2023-05 mei 2023"]),
        DateRow(text: "Op 13 november 2023 akkoord, op 24 november 2023 geïnformeerd",
                expected: ["2023-11-13 13 november 2023", "2023-11-24 24 november 2023"]),
        DateRow(text: "Vanaf 2027 en op 24 oktober, in december", expected: []),
    ]

    @Test("full Dutch dates", arguments: dateRows)
    func dates(_ row: DateRow) {
        #expect(DutchDate.find(in: row.text).map { "\($0.iso) \($0.text)" } == row.expected)
    }
}
