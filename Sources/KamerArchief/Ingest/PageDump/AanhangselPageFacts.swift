/// The facts officielebekendmakingen.nl shows above answered kamervragen in the Aanhangsel van de
/// Handelingen: a row of column headings (`Datum publicatie`, `Organisatie`, `Vergaderjaar`,
/// `Nummer`, `Datum ontvangst`), then their values. A page's saved text runs the cells together
/// (`Tweede Kamer der Staten-Generaal2014-20151365`, empty cells left out), a saved web page or
/// Markdown sets them apart (`KamerstukPageFacts` reads a Kamerstuk's row the same ways).
struct AanhangselPageFacts: Equatable {
    /// `II` or `I`.
    var kamer: String
    /// `2014-2015`.
    var vergaderjaar: String
    /// The number in the Aanhangsel (`1365`), where the row tells it apart from a date glued on.
    var number: String?

    /// The facts from the last row of them among `lines`; nil where there is none.
    static func read(_ text: [UInt8], lines: ArraySlice<TextLine>) -> AanhangselPageFacts? {
        var found: AanhangselPageFacts?
        for index in lines.indices where isHeading(text, lines[index].content) {
            guard let row = lines[(index + 1)...].first(where: { !$0.isBlank && !KamerstukPageFacts.isDashRow(text, $0.content) }),
                let facts = values(text[row.content])
            else { continue }
            found = facts
        }
        return found
    }

    /// The row of headings: `Vergaderjaar`, then `Nummer` (not a Kamerstuk's `Dossier- en
    /// ondernummer`), then `Datum ontvangst`.
    static func isHeading(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        let cells = text.trimmed(range.lowerBound + (text.hasPrefix("|", in: range) ? 1 : 0)..<range.upperBound)
        guard text.hasPrefix("Datum publicatie", in: cells),
            let year = CharacterBytes.firstIndex(of: "Vergaderjaar".utf8, in: text[cells], from: cells.lowerBound),
            let number = CharacterBytes.firstIndex(of: "Nummer".utf8, in: text[cells], from: year)
        else { return false }
        return CharacterBytes.firstIndex(of: "Datum ontvangst".utf8, in: text[cells], from: number) != nil
    }

    /// The facts of one row of values, its cells apart or run together.
    static func values(_ row: ArraySlice<UInt8>) -> AanhangselPageFacts? {
        let cells = HandelingenItem.cells(row)
        let joined = cells.count > 1 ? cells.joined(separator: "|") : HandelingenItem.joiningCells(row)
        guard let (kamer, _, rest) = HandelingenItem.organisation(in: joined) else { return nil }
        var after = Substring(rest.drop { $0 == "|" || $0 == " " })
        guard let vergaderjaar = KamerstukIdentifier.vergaderjaar(String(after.prefix(9))) else { return nil }
        after = after.dropFirst(9).drop { $0 == "|" || $0 == " " }
        return AanhangselPageFacts(kamer: kamer, vergaderjaar: vergaderjaar, number: number(in: after))
    }

    /// The number that opens `cells`: digits alone (up to five, as `Document.aanhangsel` takes
    /// them), or before the date of receipt. Run together with that date (`136525 februari 2015`)
    /// the day takes the last one or two digits; where both leave a number of one to four digits
    /// (`12325 …`), or the digits may be the day alone (`24 februari 2026`, the number's cell
    /// empty), nil.
    static func number(in cells: Substring) -> String? {
        let digits = cells.prefix { $0.isASCII && $0.isNumber }
        let after = cells.dropFirst(digits.count)
        guard !digits.isEmpty else { return nil }
        if after.isEmpty || after.first == "|" || after.first == " " && after.dropFirst().first?.isNumber == true {
            return digits.count <= 5 ? String(digits) : nil
        }
        // A date glued on: which split leaves a day of 1 to 31 and a number of at most four digits.
        let splits = (1...2).filter { dayDigits in
            guard digits.count > dayDigits, let day = Int(digits.suffix(dayDigits)) else { return false }
            return (1...31).contains(day) && digits.count - dayDigits <= 4 && (dayDigits == 1 || digits.suffix(2).first != "0")
        }
        guard splits.count == 1, after.first == " ", !(digits.count <= 2 && (1...31).contains(Int(digits) ?? 0)) else { return nil }
        return String(digits.dropLast(splits[0]))
    }
}
