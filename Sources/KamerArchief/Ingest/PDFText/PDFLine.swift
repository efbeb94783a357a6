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
    /// Where each segment after the first starts in `text`, in bytes (the first starts at 0): a
    /// whole segment is a slice of `text`. Empty for a line of one segment, which is most lines.
    private let segmentTextStarts: [Int]

    /// 0-based page when form feeds mark pages exactly; 0 otherwise (pages then come from
    /// blank-line runs in `PageFootnoteExtractor`).
    var page: Int

    init(number: Int, scalars: [Unicode.Scalar], page: Int = 0) {
        var utf8 = String(scalars: scalars)
        self = utf8.withUTF8 { PDFLine(number: number, utf8: $0, page: page) }
    }

    /// The line whose UTF-8 (well formed, without its line end) is `bytes`, after `indent` spaces.
    ///
    /// One pass over the bytes decodes the scalars and finds the content and the segments; the
    /// text is written in the same pass, copying the bytes of what is not white space and one space
    /// for each white-space run inside the content.
    init(number: Int, utf8 bytes: UnsafeBufferPointer<UInt8>, indent: Int = 0, page: Int = 0) {
        self.number = number
        self.page = page
        let count = indent + LocatedText.scalarCount(bytes)
        var scalars = [Unicode.Scalar](repeating: " ", count: count)
        var segments: [Range<Int>] = [], segmentTextStarts: [Int] = []
        var contentStart = -1, contentEnd = count, segmentStart = 0
        // The white-space run since the last scalar of the content: where it starts (or -1), and
        // whether it is one plain space.
        var runStart = -1, runIsOneSpace = false
        // Written through buffers: subscripting the array would check its uniqueness per scalar.
        text = scalars.withUnsafeMutableBufferPointer { scalars in String(unsafeUninitializedCapacity: bytes.count) { text in
            var at = 0, offset = indent, index = 0
            while index < bytes.count {
                let first = index
                let lead = bytes[index]
                let scalar: Unicode.Scalar
                if lead < 0x80 {
                    scalar = Unicode.Scalar(lead)
                } else {
                    scalar = Unicode.Scalar.decoding(lead: lead) {
                        index += 1
                        return index < bytes.count ? bytes[index] : 0x80
                    }
                }
                index += 1
                scalars[offset] = scalar
                if scalar.isFastWhitespace {
                    if runStart < 0 {
                        runStart = offset
                        runIsOneSpace = scalar == " "
                    } else {
                        runIsOneSpace = false
                    }
                } else {
                    if contentStart < 0 {
                        contentStart = offset
                        segmentStart = offset
                    } else if runStart >= 0 {
                        text[at] = 0x20
                        at += 1
                        if !runIsOneSpace {
                            segments.append(segmentStart..<runStart)
                            segmentStart = offset
                            segmentTextStarts.append(at)
                        }
                    }
                    runStart = -1
                    if lead < 0x80 {
                        text[at] = lead
                        at += 1
                    } else {
                        for byte in first..<index {
                            text[at] = bytes[byte]
                            at += 1
                        }
                    }
                    contentEnd = offset + 1
                }
                offset += 1
            }
            return at
        } }
        if contentStart < 0 { contentStart = count }
        content = contentStart..<contentEnd
        segments.append((contentStart < count ? segmentStart : count)..<contentEnd)
        self.scalars = scalars
        self.segments = segments
        self.segmentTextStarts = segmentTextStarts
    }

    /// The text of segment `index` whole, as a slice of `text`: segments are joined by one space.
    func segmentText(_ index: Int) -> Substring {
        guard segments.count > 1 else { return text[...] }
        let utf8 = text.utf8
        let start = index == 0 ? utf8.startIndex : utf8.index(utf8.startIndex, offsetBy: segmentTextStarts[index - 1])
        let end = index + 1 < segments.count
            ? utf8.index(utf8.startIndex, offsetBy: segmentTextStarts[index] - 1) : utf8.endIndex
        return text[start..<end]
    }

    var kind: Kind { scalars.isEmpty ? .empty : (content.isEmpty ? .spaceOnly : .text) }
    /// Length of the trimmed text.
    var length: Int { content.count }
    /// Column of the first non-blank scalar.
    var column: Int { content.lowerBound + 1 }
    /// The text up to its first space (white space in `text` is single spaces).
    var firstWord: Substring { text[..<(text.utf8.firstIndex(of: 0x20) ?? text.endIndex)] }
    var startsLowercase: Bool { scalars.dropFirst(content.lowerBound).first?.isFastLowercase ?? false }
    var startsUppercase: Bool { scalars.dropFirst(content.lowerBound).first?.isFastUppercase ?? false }
    var lastScalar: Unicode.Scalar? { content.isEmpty ? nil : scalars[content.upperBound - 1] }

    func location(in file: String, offset: Int = 0) -> SourceLocation {
        SourceLocation(file: file, line: number, column: column + offset)
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
        for (index, segment) in line.segments.enumerated() where segment.upperBound > from {
            let piece = max(segment.lowerBound, from)..<segment.upperBound
            guard !piece.isEmpty else { continue }
            if !first { appendSynthetic(" ") }
            let location = SourceLocation(file: file, line: line.number, column: piece.lowerBound + 1)
            if piece == segment {
                append(line.segmentText(index), at: location)
            } else {
                append(line.string(piece), at: location)
            }
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
        return !suspendedCompoundConjunctions.contains(next.firstWord.lowercased())
    }

    /// Words after which a line-end hyphen suspends a compound (`milieu-` + `en`).
    static let suspendedCompoundConjunctions: Set<String> = ["en", "of", "dan", "tot", "noch", "en/of"]
}
