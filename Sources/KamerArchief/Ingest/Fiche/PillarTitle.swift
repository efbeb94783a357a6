/// Reads a pillar's short title from the sentence that introduces it, and splits text into sentences.
///
/// `Allereerst de pijler over de financiële steun voor opschaling van productie.` and
/// `De eerste pijler ziet toe op de financiële steun voor opschaling van productie.` both give
/// "financiële steun voor opschaling van productie"; `de zesde pijler, Europese coördinatie en
/// governance, introduceert …` gives the words between the commas; `Pijler 2: Grondstoffen.` the
/// words after the colon.
enum PillarTitle {
    static func title(from sentence: Substring, after reference: PillarReference) -> String? {
        var rest = sentence[reference.end...].drop { $0 == " " }
        if rest.hasPrefix(":") {
            rest = rest.dropFirst()
        } else if rest.hasPrefix("(") {
            rest = rest.dropFirst().prefix { $0 != ")" }
        } else if rest.hasPrefix(",") && !reference.isOpener {
            rest = rest.dropFirst().prefix { $0 != "," }
        } else {
            if rest.hasPrefix(",") { rest = rest.dropFirst() }
            rest = rest.drop { $0 == " " }
            if reference.isOpener { rest = dropping(["de pijler", "het pijler"], from: rest) ?? rest }
            if let afterVerb = dropping(leadPhrases, from: rest) {
                rest = afterVerb
            } else if !reference.isOpener || dropping(articles, from: rest) == nil {
                return nil
            }
        }
        rest = dropping(articles, from: rest.drop { $0 == " " }) ?? rest.drop { $0 == " " }
        return cleaned(rest)
    }

    /// The sentences of `text`: a break after `.`, `!` or `?` and a space when a capital, digit or
    /// quote follows and the word before is no abbreviation (`jl.`, `o.a.`, `nr.`).
    static func sentences(in text: String) -> [Substring] {
        var sentences: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".!?".contains(text[index]), next < text.endIndex, text[next] == " " {
                let following = text[next...].drop { $0 == " " }
                if let first = following.first, first.isUppercase || first.isNumber || "“‘\"'(".contains(first),
                    !isAbbreviation(before: index, in: text)
                {
                    sentences.append(text[start..<next])
                    start = following.startIndex
                }
            }
            index = next
        }
        if start < text.endIndex { sentences.append(text[start...]) }
        return sentences
    }
}

private extension PillarTitle {
    static let articles = ["de", "het", "een"]
    static let leadPhrases = [
        "ziet toe op", "ziet op", "richt zich op", "richt zich vooral op", "is gericht op", "gaat over",
        "heeft betrekking op", "betreft", "behelst", "omvat", "draait om", "focust op", "bestaat uit",
        "over", "is",
    ]
    static let clauseStarts = [", waarbij", ", waarmee", ", waarin", ", zodat", ", omdat", ", die ", ", dat ", " met als doel"]
    static let abbreviations: Set<String> = ["jl", "nr", "art", "bijv", "mr", "dhr", "mw", "dr", "drs", "prof", "ca", "zgn", "resp", "incl", "excl", "vgl", "mln", "mld", "mrd"]

    /// `text` without the first of `phrases` it starts with (whole words, any case), or nil.
    static func dropping(_ phrases: [String], from text: Substring) -> Substring? {
        let folded = PillarReferences.fold(text)
        for phrase in phrases where folded.hasPrefix(phrase + " ") {
            return text.dropFirst(phrase.count + 1).drop { $0 == " " }
        }
        return nil
    }

    static func cleaned(_ text: Substring) -> String? {
        var title = String(text)
        for clause in clauseStarts {
            if let range = title.range(of: clause) { title = String(title[..<range.lowerBound]) }
        }
        while let last = title.last, ".,;: ".contains(last) { title.removeLast() }
        if title.unicodeScalars.count > 100, let comma = title.firstIndex(of: ",") { title = String(title[..<comma]) }
        return title.isEmpty ? nil : title
    }

    static func isAbbreviation(before period: String.Index, in text: String) -> Bool {
        let word = text[..<period].reversed().prefix { $0.isLetter || $0 == "." }
        let token = String(word.reversed())
        return token.contains(".") || abbreviations.contains(token.lowercased())
    }
}
