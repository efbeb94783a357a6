/// Splits a paragraph into sentences, for snippets, amounts and dated statements.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) that is
/// followed by whitespace and a capital letter or an opening quote, unless the word before the
/// dot is a common abbreviation (`nr.`, `o.a.`, `d.d.`, `jl.`…) or a single capital (an initial).
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "nr", "nrs", "jl", "o.a", "d.d", "bijv", "ca", "art", "mr", "dr", "drs", "ir", "prof", "resp",
        "incl", "excl", "m.b.t", "t.a.v", "i.p.v", "e.d", "z.g", "vs", "blz", "p", "zgn", "m.n", "o.m",
    ]

    /// The sentences of `scalars` as ranges, covering the text without leading or trailing spaces.
    static func sentences(_ scalars: [Unicode.Scalar]) -> [TextRange] {
        var ranges: [TextRange] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            guard value == 0x2E || value == 0x21 || value == 0x3F else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, ")’”'\"".unicodeScalars.contains(scalars[end]) { end += 1 }
            var next = end
            while next < scalars.count, scalars[next].isFastWhitespace { next += 1 }
            if next > end, next < scalars.count, startsSentence(scalars[next]), !(scalars[index] == "." && isAbbreviation(scalars, before: index)) {
                ranges.append(trimmed(start, end, scalars))
                start = next
            }
            index = end
        }
        if start < scalars.count { ranges.append(trimmed(start, scalars.count, scalars)) }
        return ranges.filter { $0.length > 0 }
    }

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isFastUppercase || "‘“\"'(".unicodeScalars.contains(scalar)
    }

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], before dot: Int) -> Bool {
        var start = dot
        while start > 0, !scalars[start - 1].isFastWhitespace, scalars[start - 1] != "(" { start -= 1 }
        let word = String(scalars: scalars[start..<dot])
        if word.count == 1, word.first?.isUppercase == true { return true }
        return abbreviations.contains(word.lowercased())
    }

    private static func trimmed(_ start: Int, _ end: Int, _ scalars: [Unicode.Scalar]) -> TextRange {
        var from = start, to = end
        while from < to, scalars[from].isFastWhitespace { from += 1 }
        while to > from, scalars[to - 1].isFastWhitespace { to -= 1 }
        return TextRange(offset: from, length: to - from)
    }
}
