/// Roman numerals, as a fiche numbers its pillars (`Pijler IV`) and lists their items (`xiv.`,
/// lowercased by the caller).
enum RomanNumeral {
    /// `value` in capitals; a value outside 1…3999 as its digits.
    static func string(_ value: Int) -> String {
        guard (1..<4000).contains(value) else { return String(value) }
        var rest = value, result = ""
        for (amount, numeral) in numerals {
            while rest >= amount {
                result += numeral
                rest -= amount
            }
        }
        return result
    }

    private static let numerals: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
}
