/// Repairs the letter-spacing artefacts PDF extraction leaves in sidebar text, where a wide
/// tracking made the extractor see word breaks inside words: `I E NW/BSK-2022/283041`,
/// `Inf rastructuur en`, `D en Haag`, `2 5 november 2022`.
enum LetterSpacing {
    /// A code or date: a one-character token runs on into the next token of the same class
    /// (digit into digit, capital into capital): `I E NW/BSK` → `IENW/BSK`, `2 5 november` → `25 november`.
    static func repairedCode(_ text: String) -> String {
        var result = ""
        var previous: Substring?
        for token in text.split(separator: " ") {
            if let previous, previous.count == 1, let a = previous.unicodeScalars.first, let b = token.unicodeScalars.first,
                (a.isASCIIDigit && b.isASCIIDigit) || (a.isFastUppercase && b.isFastUppercase)
            {
                result += token
            } else {
                if !result.isEmpty { result += " " }
                result += token
            }
            previous = token
        }
        return result
    }

    /// A name: a token runs on into a next token that opens in lowercase and is no function word
    /// (`Inf rastructuur` → `Infrastructuur`), and a lone capital into the word after it (`D en` → `Den`).
    static func repairedName(_ text: String) -> String {
        let functionWords: Set<Substring> = ["van", "en", "voor", "de", "het", "der", "op", "in", "of", "met"]
        var result = ""
        var previous: Substring?
        for token in text.split(separator: " ") {
            let opensLowercase = token.unicodeScalars.first?.isFastLowercase ?? false
            let joins = previous.map { previous in
                guard opensLowercase, let last = previous.unicodeScalars.last, last.isFastAlphabetic else { return false }
                return previous.count == 1 || !functionWords.contains(token)
            } ?? false
            if !joins && !result.isEmpty { result += " " }
            result += token
            previous = joins ? (previous ?? "") + token : token
        }
        return result
    }
}
