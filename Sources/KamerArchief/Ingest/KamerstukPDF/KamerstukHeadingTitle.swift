/// A readable title from a Kamerstuk's capitalised heading: `MOTIE VAN HET LID CEDER` →
/// `Motie van het lid Ceder`, `BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT` →
/// `Brief van de minister van Infrastructuur en Waterstaat`.
///
/// Sentence case, except the members' names after `VAN HET LID` / `VAN DE LEDEN` and the ministry
/// after `MINISTER VAN` / `STAATSSECRETARIS VAN`, whose words keep a capital (tussenvoegsels such as
/// `van der` stay lowercase inside a name). To be replaced by the shared `KamerstukTitle` once it
/// lands on main.
enum KamerstukHeadingTitle {
    static func title(_ heading: String) -> String {
        let words = heading.split(whereSeparator: \.isWhitespace).map { String($0) }
        var result: [String] = []
        var mode = Mode.sentence, nameStart = true
        for (index, word) in words.enumerated() {
            let upper = word.uppercased()
            if index == 0 {
                result.append(capitalized(word))
                continue
            }
            if endOfNames.contains(upper) && !(mode == .names && nameStart) { mode = .sentence }
            switch mode {
            case .sentence:
                result.append(word.lowercased())
            case .names:
                let lower = word.lowercased()
                if upper == "EN" {
                    result.append(lower)
                    nameStart = true
                    continue
                }
                result.append(nameStart || !tussenvoegsels.contains(lower) ? capitalized(word) : lower)
                nameStart = word.hasSuffix(",")
            case .ministry:
                let lower = word.lowercased()
                result.append(functionWords.contains(lower) ? lower : capitalized(word))
            }
            let previous = words[index - 1].uppercased()
            if (previous == "HET" && upper == "LID") || (previous == "DE" && upper == "LEDEN") {
                mode = .names
                nameStart = true
            } else if ["MINISTER", "MINISTERS", "STAATSSECRETARIS", "STAATSSECRETARISSEN"].contains(previous),
                upper == "VAN" || upper == "VOOR"
            {
                mode = .ministry
            }
        }
        return result.joined(separator: " ")
    }
}

private extension KamerstukHeadingTitle {
    enum Mode { case sentence, names, ministry }

    /// Words after the names that return to sentence case: `… CEDER OVER …`, `… TER VERVANGING …`.
    static let endOfNames: Set<String> = ["OVER", "TER", "VOORGESTELD", "TOT", "HOUDENDE", "INZAKE", "OMTRENT", "BIJ", "NAAR"]
    static let tussenvoegsels: Set<String> = ["van", "der", "den", "de", "het", "ter", "ten", "te", "in", "'t", "’t", "op"]
    static let functionWords: Set<String> = ["en", "van", "voor", "de", "het", "der"]

    /// First letter upper, the rest lower, also after a hyphen: `KLAVER-JANSEN` → `Klaver-Jansen`.
    static func capitalized(_ word: String) -> String {
        word.lowercased().split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
    }
}
