/// Finds sums of money in Dutch text and normalises them to whole euros.
///
/// An amount is a number, written the Dutch way (`1,5`, `416,6`, `1.500.000`), with at least one
/// of: a currency sign before it (`€`, `EUR`), a scale word after it (`miljoen`, `mln`, `miljard`,
/// `mld`, `duizend`, `biljoen`), or `euro` after it. So `€ 296 miljoen`, `EUR 1,5 miljard euro`,
/// `€800 miljoen` and `291 miljoen` are amounts; `5 kg` and `2025` are not. A number with a scale
/// word but no currency is read as euros too, as budget prose writes it.
///
/// In a number, a comma is the decimal sign and dots separate thousands; a lone dot followed by
/// other than three digits is read as a decimal point (`1.5 miljard`). The amount's text is kept
/// as written, from the currency sign through the scale word or trailing `euro`.
public enum AmountParser {
    public static func amounts(in text: String) -> [Amount] {
        let scalars = Array(scalarsOf: text)
        return amounts(in: WordTokenizer.tokens(scalars), scalars: scalars)
    }

    static let scales: [String: Int] = [
        "duizend": 1_000, "miljoen": 1_000_000, "mln": 1_000_000,
        "miljard": 1_000_000_000, "mld": 1_000_000_000, "mrd": 1_000_000_000, "biljoen": 1_000_000_000_000,
    ]

    static func amounts(in tokens: [WordToken], scalars: [Unicode.Scalar]) -> [Amount] {
        var result: [Amount] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isNumber, let amount = amount(at: index, tokens, scalars) else {
                index += 1
                continue
            }
            result.append(amount.amount)
            index = amount.next
        }
        return result
    }
}

/// A sum of money as written and in euros.
public struct Amount: Sendable, Hashable {
    /// Where it is, in Unicode scalars.
    public var range: TextRange
    /// As written, e.g. `€ 296 miljoen`.
    public var text: String
    /// Whole euros, e.g. 296_000_000; fractions of a euro are dropped.
    public var euros: Int
}

private extension AmountParser {
    static func amount(at start: Int, _ tokens: [WordToken], _ scalars: [Unicode.Scalar]) -> (amount: Amount, next: Int)? {
        var first = start
        var hasCurrency = false
        if start > 0, tokens[start - 1].text == "€" || tokens[start - 1].text == "EUR" {
            first = start - 1
            hasCurrency = true
        }
        // The number: digit groups glued together by `.` or `,`.
        var groups = [tokens[start].text]
        var separators: [String] = []
        var index = start + 1
        while index + 1 < tokens.count, [".", ","].contains(tokens[index].text), tokens[index + 1].isNumber,
            tokens[index].offset == tokens[index - 1].end, tokens[index + 1].offset == tokens[index].end {
            separators.append(tokens[index].text)
            groups.append(tokens[index + 1].text)
            index += 2
        }
        guard let (units, fraction) = number(groups, separators) else { return nil }
        var scale = 1
        var hasScale = false
        if index < tokens.count, tokens[index].isWord, let value = scales[tokens[index].folded] {
            scale = value
            hasScale = true
            index += 1
        }
        var hasEuroWord = false
        if index < tokens.count, tokens[index].isWord, tokens[index].folded == "euro" || tokens[index].text == "EUR" {
            hasEuroWord = true
            index += 1
        }
        guard hasCurrency || hasScale || hasEuroWord else { return nil }
        let (whole, wholeOverflow) = units.multipliedReportingOverflow(by: scale)
        guard !wholeOverflow else { return nil }
        var euros = whole
        if !fraction.isEmpty, let digits = Int(fraction), fraction.count <= 9 {
            var divisor = 1
            for _ in 0..<fraction.count { divisor *= 10 }
            euros += digits * (scale / divisor) + (digits * (scale % divisor)) / divisor
        }
        let range = TextRange(offset: tokens[first].offset, length: tokens[index - 1].end - tokens[first].offset)
        let text = String(scalars: scalars[range.offset..<range.end])
        return (Amount(range: range, text: text, euros: euros), index)
    }

    /// Whole units and the decimal digits (as written) of a Dutch-formatted number.
    static func number(_ groups: [String], _ separators: [String]) -> (Int, String)? {
        var integerGroups = groups
        var fraction = ""
        if let comma = separators.lastIndex(of: ",") {
            guard separators[..<comma].allSatisfy({ $0 == "." }), comma == separators.count - 1 else { return nil }
            fraction = integerGroups.removeLast()
        } else if separators.count == 1, groups[1].count != 3 {
            fraction = integerGroups.removeLast()
        } else if !groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return nil
        }
        guard let units = Int(integerGroups.joined()) else { return nil }
        return (units, fraction)
    }
}
