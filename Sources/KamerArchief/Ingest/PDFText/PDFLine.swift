/// One line of text extracted from a PDF, with the measurements the Kamerbrief stages decide on.
///
/// Lengths and columns count Unicode scalars; `column` is 1-based like `SourceLocation`. The line
/// keeps its bytes as a slice of the document's, so a line of ASCII, most lines, costs no copy of
/// its own; a line with a scalar beyond ASCII also keeps its scalars decoded, for offsets.
struct PDFLine: Sendable, Hashable {
    enum Kind: Sendable { case empty, spaceOnly, text }

    /// 1-based line number in the file.
    var number: Int
    /// The line's scalars, the indent's spaces first. They hold the line's one reference, to its
    /// bytes, scalars and text together: the stages copy lines often, and a copy then counts one
    /// reference instead of three.
    let scalars: Scalars
    /// Scalar offsets of the first and one past the last non-blank scalar; empty when blank.
    var content: Range<Int>
    /// The trimmed text, with runs of white space inside it collapsed to one space. Computed once:
    /// the stages ask for it many times per line.
    var text: String { scalars.storage.text }
    /// Whether the content has a white-space run other than one plain space (see `forEachSegment`).
    var hasSegmentBreaks: Bool { scalars.storage.hasSegmentBreaks }

    /// 0-based page when form feeds mark pages exactly; 0 otherwise (pages then come from
    /// blank-line runs in `PageFootnoteExtractor`).
    var page: Int

    init(number: Int, scalars: [Unicode.Scalar], page: Int = 0) {
        self.init(number: number, utf8: Array(String(scalars: scalars).utf8)[...], page: page)
    }

    /// The line whose UTF-8 (well formed, without its line end) is `utf8`, after `indent` spaces.
    ///
    /// One pass over the bytes finds the content and writes the text, copying the bytes of what is
    /// not white space and one space for each white-space run inside the content; a line with a
    /// byte beyond ASCII is decoded into scalars in a pass before.
    init(number: Int, utf8: ArraySlice<UInt8>, indent: Int = 0, page: Int = 0) {
        self.number = number
        self.page = page
        // Nearly half the lines of PDF text are empty (double spacing): they share one storage.
        guard !utf8.isEmpty else {
            scalars = Scalars(storage: Storage.empty, indent: indent)
            content = indent..<indent
            return
        }
        var shape = Shape(end: indent)
        var decoded: [Unicode.Scalar] = []
        let text = utf8.withUnsafeBufferPointer { bytes in
            if ByteWords.firstNonASCII(bytes) < bytes.count { decoded = Self.decode(bytes) }
            return Self.collapsed(bytes, decoded: decoded, indent: indent, shape: &shape)
        }
        scalars = Scalars(
            storage: Storage(utf8: utf8, decoded: decoded, text: text, hasSegmentBreaks: shape.hasSegmentBreaks),
            indent: indent)
        content = shape.contentStart < 0 ? shape.end..<shape.end : shape.contentStart..<shape.contentEnd
    }

    /// Where a line's content is, in scalar offsets, and whether it has a white-space run other
    /// than one plain space.
    private struct Shape {
        var contentStart = -1, contentEnd = 0, end: Int
        var hasSegmentBreaks = false
    }

    /// The trimmed text of `bytes` with white-space runs inside it collapsed to one space, and its
    /// `shape`. The state lives in this function's locals, and a run of visible ASCII, most of a
    /// line, is copied in an inner loop that tests each byte once. A scalar beyond ASCII is read
    /// from `decoded`, the line's scalars, rather than decoded again.
    private static func collapsed(
        _ bytes: UnsafeBufferPointer<UInt8>, decoded: [Unicode.Scalar], indent: Int, shape: inout Shape
    ) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { text in
            var contentStart = -1, contentEnd = 0, offset = indent, hasSegmentBreaks = false
            var at = 0, index = 0
            // Whether white space came since the last scalar of the content, and whether that
            // run is one plain space.
            var inRun = false, runIsOneSpace = false
            while index < bytes.count {
                // Inside the content, sixteen bytes of visible ASCII and single spaces between them
                // (`plainVector`), or eight (`plainWord`), go down as they are: white space before
                // them is a run that ends.
                if contentStart >= 0, case let width = Self.plainWidth(bytes, at: index), width > 0 {
                    if inRun {
                        text[at] = 0x20
                        at += 1
                        if !runIsOneSpace { hasSegmentBreaks = true }
                        inRun = false
                    }
                    let to = UnsafeMutableRawPointer(text.baseAddress! + at)
                    if width == 16 {
                        to.storeBytes(of: ByteVectors.vector(bytes, at: index), as: ByteVectors.Vector.self)
                    } else {
                        to.storeBytes(of: ByteWords.word(bytes, at: index).littleEndian, as: UInt64.self)
                    }
                    at += width
                    index += width
                    offset += width
                    contentEnd = offset
                    continue
                }
                let first = index
                let lead = bytes[index]
                let isVisibleASCII = lead > 0x20 && lead < 0x80
                let scalar: Unicode.Scalar
                if lead < 0x80 {
                    scalar = Unicode.Scalar(lead)
                } else {
                    // `offset` counts the scalars before this one, the indent's first.
                    scalar = decoded[offset - indent]
                    index += UTF8.width(scalar) - 1
                }
                index += 1
                if !isVisibleASCII && scalar.isFastWhitespace {
                    if !inRun {
                        inRun = true
                        runIsOneSpace = scalar == " "
                    } else {
                        runIsOneSpace = false
                    }
                    offset += 1
                    continue
                }
                if contentStart < 0 {
                    contentStart = offset
                } else if inRun {
                    text[at] = 0x20
                    at += 1
                    if !runIsOneSpace { hasSegmentBreaks = true }
                }
                inRun = false
                if isVisibleASCII {
                    text[at] = lead
                    at += 1
                    offset += 1
                    while index < bytes.count, bytes[index] > 0x20, bytes[index] < 0x80 {
                        text[at] = bytes[index]
                        at += 1
                        index += 1
                        offset += 1
                    }
                } else {
                    for byte in first..<index {
                        text[at] = bytes[byte]
                        at += 1
                    }
                    offset += 1
                }
                contentEnd = offset
            }
            shape = Shape(contentStart: contentStart, contentEnd: contentEnd, end: offset, hasSegmentBreaks: hasSegmentBreaks)
            return at
        }
    }

    /// Whether the eight bytes of `word` are visible ASCII (0x21 to 0x7F) and single spaces
    /// between them: no space first or last, no two together, no other white space, nothing beyond
    /// ASCII. Collapsing such bytes copies them as they are.
    @inline(__always)
    static func plainWord(_ word: UInt64) -> Bool {
        let spaces = ByteWords.equalBytes(word, 0x20)
        return (word & ByteWords.highs) | ByteWords.below(word, 0x20) == 0
            && spaces & (spaces >> 8 | 0x8000_0000_0000_0080) == 0
    }

    /// How many bytes from `offset` go down as they are: sixteen when `plainVector` holds for them
    /// (seventeen left), else eight when `plainWord` does, else none.
    @inline(__always)
    static func plainWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        if offset + 17 <= bytes.count, plainVector(bytes, at: offset) { return 16 }
        return offset + 8 <= bytes.count && plainWord(ByteWords.word(bytes, at: offset)) ? 8 : 0
    }

    /// `plainWord` for the sixteen bytes at `offset`, which must leave seventeen: the one after
    /// them is read to find two spaces in a row among sixteen at once.
    @inline(__always)
    static func plainVector(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard bytes[offset] != 0x20, bytes[offset + 15] != 0x20 else { return false }
        let vector = ByteVectors.vector(bytes, at: offset)
        return ByteVectors.all(ByteVectors.within(vector, 0x20, 0x7F))
            && !ByteVectors.any(ByteVectors.equal(vector, 0x20) .& ByteVectors.equal(ByteVectors.vector(bytes, at: offset + 1), 0x20))
    }

    /// The scalars of well-formed UTF-8 `bytes`.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, count in
            var index = 0
            count = 0
            while index < bytes.count {
                scalars[count] = Unicode.Scalar.decoding(lead: bytes[index]) {
                    index += 1
                    return index < bytes.count ? bytes[index] : 0x80
                }
                index += 1
                count += 1
            }
        }
    }

    var kind: Kind { scalars.isEmpty ? .empty : (content.isEmpty ? .spaceOnly : .text) }
    /// Length of the trimmed text.
    var length: Int { content.count }
    /// Column of the first non-blank scalar.
    var column: Int { content.lowerBound + 1 }
    /// The text up to its first space (white space in `text` is single spaces).
    var firstWord: Substring { text[..<(text.utf8.firstIndex(of: 0x20) ?? text.endIndex)] }
    /// `firstWord.unicodeScalars.count`, counted on the bytes: each byte but a continuation byte
    /// starts a scalar.
    var firstWordScalarCount: Int {
        func count(_ bytes: some Sequence<UInt8>) -> Int {
            var count = 0
            for byte in bytes {
                if byte == 0x20 { break }
                if byte & 0xC0 != 0x80 { count += 1 }
            }
            return count
        }
        // A string's bytes are contiguous: counted in a buffer, not through the view's iterator.
        return text.utf8.withContiguousStorageIfAvailable { count($0) } ?? count(text.utf8)
    }
    var startsLowercase: Bool { content.isEmpty ? false : scalars[content.lowerBound].isFastLowercase }
    var startsUppercase: Bool { content.isEmpty ? false : scalars[content.lowerBound].isFastUppercase }
    var lastScalar: Unicode.Scalar? { content.isEmpty ? nil : scalars[content.upperBound - 1] }

    func location(in file: String, offset: Int = 0) -> SourceLocation {
        SourceLocation(file: file, line: number, column: column + offset)
    }

    func string(_ range: Range<Int>) -> String {
        // On a line of ASCII past its indent, scalar offsets are byte offsets.
        if scalars.decoded.isEmpty, range.lowerBound >= scalars.indent {
            let utf8 = scalars.utf8, start = utf8.startIndex + range.lowerBound - scalars.indent
            return String(decoding: utf8[start..<start + range.count], as: UTF8.self)
        }
        return String(scalars: scalars[range])
    }

    /// The trimmed text cut at white-space runs other than a single space, each piece with where its
    /// text is in `text` (in bytes): appending the pieces with one synthetic space between them
    /// collapses the runs and keeps every column. Inside a piece the only white space is single
    /// plain spaces, which `text` keeps, so a whole piece is a slice of `text`.
    func forEachSegment(_ body: (_ segment: Range<Int>, _ text: Range<Int>) -> Void) {
        guard hasSegmentBreaks else { return body(content, 0..<text.utf8.count) }
        var segmentStart = content.lowerBound, textStart = 0, textOffset = 0
        var offset = content.lowerBound
        while offset < content.upperBound {
            let scalar = scalars[offset]
            guard scalar.isFastWhitespace else {
                textOffset += UTF8.width(scalar)
                offset += 1
                continue
            }
            var runEnd = offset + 1
            while scalars[runEnd].isFastWhitespace { runEnd += 1 }
            if runEnd - offset > 1 || scalar != " " {
                body(segmentStart..<offset, textStart..<textOffset)
                segmentStart = runEnd
                textStart = textOffset + 1
            }
            textOffset += 1
            offset = runEnd
        }
        body(segmentStart..<content.upperBound, textStart..<textOffset)
    }

    /// Whether the line ends a sentence or clause: `.`, `!`, `?`, `:` or `;`, looking past a
    /// footnote marker glued after the punctuation (`interconnectie.19`) and past closing quotes.
    /// The point of an abbreviation that a number follows (`Kamerstuk 36 101, nr.` above `15).`)
    /// ends none.
    var endsSentence: Bool {
        var end = content.upperBound
        var digitsStart = end
        while digitsStart > content.lowerBound && scalars[digitsStart - 1].isASCIIDigit { digitsStart -= 1 }
        if digitsStart < end, digitsStart > content.lowerBound, Self.mayPrecedeMarker(scalars[digitsStart - 1]) {
            end = digitsStart
        } else if digitsStart < end, end - digitsStart <= 2, digitsStart - 2 > content.lowerBound, scalars[digitsStart - 1] == " ",
            Self.isFullStop(scalars[digitsStart - 2])
        {
            // A web page's marker a space after the sentence's end: `… op plastic flessen en blikjes. 1`.
            end = digitsStart - 1
        }
        while end - 1 > content.lowerBound, Self.isClosing(scalars[end - 1]), Self.isFullStop(scalars[end - 2]) {
            end -= 1
        }
        guard end > content.lowerBound else { return false }
        if scalars[end - 1] == ".", end - 2 >= content.lowerBound, Self.mayEndNumberWord(scalars[end - 2]) {
            return !abbreviatesNumberWord(before: end - 1)
        }
        return Self.isFullStop(scalars[end - 1]) || scalars[end - 1] == ":" || scalars[end - 1] == ";"
    }

    /// Whether the word that ends at `offset` (a point's) is one that a number always follows:
    /// `nr`, `nrs`, `blz`, `pag`, `art`, `artt`, `p`, `pp`, also capitalised, after a space, a
    /// bracket or the line's start.
    @inline(never)
    private func abbreviatesNumberWord(before offset: Int) -> Bool {
        // The word's letters, lowercased, last first, one to a byte of `word`: at most four.
        var word: UInt32 = 0, start = offset
        while start > content.lowerBound, case let value = scalars[start - 1].value | 0x20, (0x61...0x7A).contains(value) {
            guard offset - start < 4 else { return false }
            word = word << 8 | value
            start -= 1
        }
        guard start < offset, start == content.lowerBound || scalars[start - 1] == " " || scalars[start - 1] == "(" else { return false }
        return Self.numberWords.contains(word)
    }

    /// The last letters of `numberAbbreviations`: `r`, `s`, `z`, `g`, `t`, `p`.
    private static func mayEndNumberWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "r", "s", "z", "g", "t", "p": true; default: false }
    }

    /// The abbreviations that a number always follows (`nr. 3`, `blz. 6`), lowercase, without
    /// their points: the sentence reader's, the page-foot reader's and the notes' matcher's.
    static let numberAbbreviations = ["nr", "nrs", "blz", "pag", "art", "artt", "p", "pp"]

    /// `numberAbbreviations` as `abbreviatesNumberWord` reads them.
    private static let numberWords = numberAbbreviations.map { word in
        word.utf8.reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    // The scalar sets of `endsSentence` as switches: asked of every line, a string literal's
    // scalars were decoded on every call.

    /// `.`, `!` or `?`.
    private static func isFullStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case ".", "!", "?": true; default: false }
    }

    /// A closing bracket or quote: `)`, `]`, `”`, `’`, `"` or `'`.
    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case ")", "]", "”", "’", "\"", "'": true; default: false }
    }

    /// What a glued footnote marker may follow at a line's end: `.:;!?)”’"`.
    private static func mayPrecedeMarker(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case ".", ":", ";", "!", "?", ")", "”", "’", "\"": true; default: false }
    }
}

extension PDFLine {
    /// A line's scalars by offset: the indent's spaces, then the bytes of a line of ASCII or the
    /// decoded scalars of any other.
    struct Scalars: RandomAccessCollection, Sendable, Hashable {
        fileprivate let storage: Storage
        fileprivate let indent: Int

        fileprivate var utf8: ArraySlice<UInt8> { storage.utf8 }
        fileprivate var decoded: [Unicode.Scalar] { storage.decoded }

        var startIndex: Int { 0 }
        var endIndex: Int { indent + (storage.decoded.isEmpty ? storage.utf8.count : storage.decoded.count) }

        subscript(position: Int) -> Unicode.Scalar {
            if position < indent { return " " }
            let storage = storage
            return storage.decoded.isEmpty
                ? Unicode.Scalar(storage.utf8[storage.utf8.startIndex + position - indent]) : storage.decoded[position - indent]
        }
    }

    /// What a line keeps of its source: its bytes (a slice of the document's), its scalars when
    /// it has any beyond ASCII, its collapsed text and whether collapsing changed a white-space run.
    final class Storage: Sendable, Hashable {
        let utf8: ArraySlice<UInt8>
        let decoded: [Unicode.Scalar]
        let text: String
        let hasSegmentBreaks: Bool

        /// An empty line's: no bytes, no scalars, no text.
        static let empty = Storage(utf8: [], decoded: [], text: "", hasSegmentBreaks: false)

        init(utf8: ArraySlice<UInt8>, decoded: [Unicode.Scalar], text: String, hasSegmentBreaks: Bool) {
            self.utf8 = utf8
            self.decoded = decoded
            self.text = text
            self.hasSegmentBreaks = hasSegmentBreaks
        }

        static func == (lhs: Storage, rhs: Storage) -> Bool {
            lhs === rhs || (lhs.utf8 == rhs.utf8 && lhs.decoded == rhs.decoded && lhs.text == rhs.text
                && lhs.hasSegmentBreaks == rhs.hasSegmentBreaks)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(utf8)
            hasher.combine(decoded)
        }
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
        line.forEachSegment { segment, textRange in
            guard segment.upperBound > from else { return }
            let piece = max(segment.lowerBound, from)..<segment.upperBound
            guard !piece.isEmpty else { return }
            if !first { appendSynthetic(" ") }
            let location = SourceLocation(file: file, line: line.number, column: piece.lowerBound + 1)
            if piece == segment, textRange.lowerBound == 0, textRange.upperBound == line.text.utf8.count {
                // The whole line, most lines: its text as it is.
                append(line.text, at: location, scalarCount: segment.count)
            } else if piece == segment {
                let utf8 = line.text.utf8
                let start = utf8.index(utf8.startIndex, offsetBy: textRange.lowerBound)
                // A whole segment's text is its scalars, each space in it a single plain one.
                append(line.text[start..<utf8.index(start, offsetBy: textRange.count)], at: location, scalarCount: segment.count)
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
        let scalars = previous.scalars
        guard content.count >= 2, scalars[content.upperBound - 1] == "-", !scalars[content.upperBound - 2].isFastWhitespace
        else { return false }
        return !suspendedCompoundConjunctions.contains(next.firstWord.lowercased())
    }

    /// Words after which a line-end hyphen suspends a compound (`milieu-` + `en`).
    static let suspendedCompoundConjunctions: Set<String> = ["en", "of", "dan", "tot", "noch", "en/of"]
}
