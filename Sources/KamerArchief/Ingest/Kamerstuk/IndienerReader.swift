/// Reads who submits a motie or amendement from its heading: `MOTIE VAN HET LID CEDER`,
/// `Motie van de leden Bontenbal, Kröger en Van der Lee over …`, `GEWIJZIGD AMENDEMENT VAN HET LID
/// FLACH TER VERVANGING VAN …`.
///
/// The names run from `van het lid`/`van de leden` to the end of the heading or to a word that opens
/// what follows them (`over`, `ter`, `inzake`, `ten`, `voorgesteld`); `c.s.` is dropped. Names
/// printed in capitals are written the Dutch way (`VAN DER LEE` → `Van der Lee`).
public enum IndienerReader {
    public static func read(_ heading: String) -> [String] {
        let words = heading.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let lower = words.map { $0.lowercased() }
        guard let start = (0..<max(0, words.count - 2)).first(where: { index in
            lower[index] == "van" && ((lower[index + 1] == "het" && lower[index + 2] == "lid")
                || (lower[index + 1] == "de" && lower[index + 2] == "leden"))
        }) else { return [] }
        var names: [[String]] = [[]]
        for (word, key) in zip(words[(start + 3)...], lower[(start + 3)...]) {
            if stopWords.contains(key) { break }
            if key == "c.s." || key == "c.s" { continue }
            if key == "en" || key == "&" {
                names.append([])
            } else if word.hasSuffix(",") {
                names[names.count - 1].append(String(word.dropLast()))
                names.append([])
            } else {
                names[names.count - 1].append(word)
            }
        }
        return names.filter { !$0.isEmpty }.map { name in
            let joined = name.joined(separator: " ")
            return joined == joined.uppercased() ? writtenAsName(name) : joined
        }
    }
}

private extension IndienerReader {
    static let stopWords: Set<String> = ["over", "ter", "inzake", "ten", "voorgesteld", "betreffende", "tot", "houdende"]
    static let tussenvoegsels: Set<String> = ["van", "der", "den", "de", "het", "ter", "ten", "te", "in", "'t", "’t", "op", "la", "le", "du", "da", "el"]

    /// `VAN DER LEE` → `Van der Lee`, `DIJKHOFF` → `Dijkhoff`, `KRÖGER` → `Kröger`: the first word and
    /// every word that is no tussenvoegsel capitalised.
    static func writtenAsName(_ words: [String]) -> String {
        words.enumerated().map { index, word in
            let lower = word.lowercased()
            if index > 0 && tussenvoegsels.contains(lower) { return lower }
            return lower.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }
}
