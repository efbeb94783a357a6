/// Full Dutch dates in text: a day, a month name and a year (`18 augustus 2023`), or a month name
/// and a year (`mei 2023`). A year alone, or a day and month without a year, is not a full date.
public struct DutchDate: Sendable, Hashable, Comparable, Codable {
    /// `YYYY-MM-DD`, or `YYYY-MM` for a month; sorting these strings sorts by date, a month before its days.
    public var iso: String
    /// As written.
    public var text: String
    public var range: TextRange

    public static func < (lhs: DutchDate, rhs: DutchDate) -> Bool { lhs.iso < rhs.iso }

    static let months = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    public static func find(in text: String) -> [DutchDate] {
        let scalars = Array(scalarsOf: text)
        return find(in: WordTokenizer.tokens(scalars), scalars: scalars)
    }

    static func find(in tokens: [WordToken], scalars: [Unicode.Scalar]) -> [DutchDate] {
        var dates: [DutchDate] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].isWord, let month = months.firstIndex(of: tokens[index].folded).map({ $0 + 1 }),
                index + 1 < tokens.count, let year = year(tokens[index + 1])
            else {
                index += 1
                continue
            }
            var first = index
            var iso = pad(year, 4) + "-" + pad(month, 2)
            if index > 0, tokens[index - 1].isNumber, tokens[index - 1].text.count <= 2, let day = Int(tokens[index - 1].text), (1...31).contains(day) {
                first = index - 1
                iso += "-" + pad(day, 2)
            }
            let range = TextRange(offset: tokens[first].offset, length: tokens[index + 1].end - tokens[first].offset)
            dates.append(DutchDate(iso: iso, text: String(scalars: scalars[range.offset..<range.end]), range: range))
            index += 2
        }
        return dates
    }

    private static func year(_ token: WordToken) -> Int? {
        guard token.isNumber, token.text.count == 4, let year = Int(token.text), (1800...2199).contains(year) else { return nil }
        return year
    }
}

/// `value` with leading zeros to `width` digits.
private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
