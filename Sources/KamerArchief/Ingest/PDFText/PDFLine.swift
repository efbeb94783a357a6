/// One line of text extracted from a PDF, with the measurements the Kamerbrief stages decide on.
///
/// Lengths and columns count Unicode scalars; `column` is 1-based like `SourceLocation`.
struct PDFLine: Sendable, Hashable {
    enum Kind: Sendable { case empty, spaceOnly, text }

    /// 1-based line number in the file.
    var number: Int
    /// The line without its line end.
    var scalars: [Unicode.Scalar]
    /// Scalar offsets of the first and one past the last non-blank scalar; empty when blank.
    var content: Range<Int>
    /// The trimmed text, with runs of white space inside it collapsed to one space. Computed once:
    /// the stages ask for it many times per line.
    let text: String
    /// The trimmed text cut at white-space runs other than a single space, so that appending the
    /// pieces with one synthetic space between them collapses the runs and keeps every column.
    let segments: [Range<Int>]

    /// 0-based page when form feeds mark pages exactly; 0 otherwise (pages then come from
    /// blank-line runs in `PageFootnoteExtractor`).
    var page: Int

    init(number: Int, scalars: [Unicode.Scalar], page: Int = 0) {
        self.number = number
        self.scalars = scalars
        self.page = page
        let start = scalars.firstIndex { !$0.isFastWhitespace } ?? scalars.count
        let end = (scalars.lastIndex { !$0.isFastWhitespace } ?? -1) + 1
        content = start..<max(start, end)
        segments = Self.segments(of: scalars, in: content)
        text = segments.map { String(scalars: scalars[$0]) }.joined(separator: " ")
    }

    var kind: Kind { scalars.isEmpty ? .empty : (content.isEmpty ? .spaceOnly : .text) }
    /// Length of the trimmed text.
    var length: Int { content.count }
    /// Column of the first non-blank scalar.
    var column: Int { content.lowerBound + 1 }
    var firstWord: Substring { text.prefix { $0 != " " } }
    var startsLowercase: Bool { scalars.dropFirst(content.lowerBound).first?.isFastLowercase ?? false }
    var startsUppercase: Bool { scalars.dropFirst(content.lowerBound).first?.isFastUppercase ?? false }
    var lastScalar: Unicode.Scalar? { content.isEmpty ? nil : scalars[content.upperBound - 1] }

    func location(in file: String, offset: Int = 0) -> SourceLocation {
        SourceLocation(file: file, line: number, column: column + offset)
    }

    private static func segments(of scalars: [Unicode.Scalar], in content: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = content.lowerBound, index = content.lowerBound
        while index < content.upperBound {
            guard scalars[index].isFastWhitespace else { index += 1; continue }
            var end = index
            while end < content.upperBound && scalars[end].isFastWhitespace { end += 1 }
            if end - index > 1 || scalars[index] != " " {
                result.append(start..<index)
                start = end
            }
            index = end
        }
        result.append(start..<content.upperBound)
        return result
    }

    func string(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

    /// Whether the line ends a sentence or clause: `.`, `!`, `?`, `:` or `;`, looking past a
    /// footnote marker glued after the punctuation (`interconnectie.19`) and past closing quotes.
    var endsSentence: Bool {
        var end = content.upperBound
        var digitsStart = end
        while digitsStart > content.lowerBound && scalars[digitsStart - 1].isASCIIDigit { digitsStart -= 1 }
        if digitsStart < end, digitsStart > content.lowerBound, ".:;!?)”’\"".unicodeScalars.contains(scalars[digitsStart - 1]) {
            end = digitsStart
        }
        while end - 1 > content.lowerBound, ")]”’\"'".unicodeScalars.contains(scalars[end - 1]),
            ".!?".unicodeScalars.contains(scalars[end - 2])
        {
            end -= 1
        }
        guard end > content.lowerBound else { return false }
        return ".!?:;".unicodeScalars.contains(scalars[end - 1])
    }
}

/// Joining PDF lines into reflowed text: the one place that decides which joins take a space.
extension LocatedText {
    /// Appends the text of `line` from scalar offset `start` (default: its first non-blank scalar),
    /// each piece at its real column, with white-space runs collapsed to one synthetic space.
    mutating func appendPDFLine(_ line: PDFLine, from start: Int? = nil, file: String) {
        let from = start ?? line.content.lowerBound
        var first = true
        // `from` may fall in a white-space run between segments (a note number or list label
        // followed by a tab or two spaces): segments that end before it are skipped whole.
        for segment in line.segments where segment.upperBound > from {
            let piece = max(segment.lowerBound, from)..<segment.upperBound
            guard !piece.isEmpty else { continue }
            if !first { appendSynthetic(" ") }
            append(line.string(piece), at: SourceLocation(file: file, line: line.number, column: piece.lowerBound + 1))
            first = false
        }
    }

    /// Appends `line` as the continuation of text whose last line was `previous`.
    mutating func appendPDFContinuation(_ line: PDFLine, after previous: PDFLine, file: String) {
        if !Self.joinsPDFLinesWithoutSpace(previous, line) { appendSynthetic(" ") }
        appendPDFLine(line, file: file)
    }

    /// A word hyphenated at the line end stays one word (`batterij-` + `elektrisch`), unless the
    /// hyphen follows a space (a dash) or the next line opens with a conjunction (`milieu-` + `en`),
    /// which marks a suspended compound that keeps its space.
    static func joinsPDFLinesWithoutSpace(_ previous: PDFLine, _ next: PDFLine) -> Bool {
        let content = previous.content
        guard content.count >= 2, previous.scalars[content.upperBound - 1] == "-",
            !previous.scalars[content.upperBound - 2].isFastWhitespace
        else { return false }
        let suspendedCompoundConjunctions: Set<String> = ["en", "of", "dan", "tot", "noch", "en/of"]
        return !suspendedCompoundConjunctions.contains(next.firstWord.lowercased())
    }
}
