/// The head of kamervragen in the Aanhangsel van de Handelingen, which follows the chamber and the
/// vergaderjaar in place of a dossier:
///
///     Aanhangsel van de Handelingen
///     Vragen gesteld door de leden der Kamer, met de daarop door de
///     regering gegeven antwoorden
///     1234                                     (the number in the Aanhangsel)
///
/// `pdftotext -layout` sets the number beside the first line of the text (`1234   Vragen van het
/// lid …`); that line stays the body's, without the number.
extension KamerstukPDFHead {
    static let aanhangselTitle = "Aanhangsel van de Handelingen"

    static let subtitleOpening = "Vragen gesteld door de leden der Kamer"

    /// Reads the Aanhangsel's lines when the next line (or the end of the `Vergaderjaar` line,
    /// `vergaderjaarLine`) names it and either its subtitle follows or no `Nr.` line comes after it
    /// (a Kamerstuk's head that happens to have the line stays a Kamerstuk's); false, reading
    /// nothing, otherwise.
    mutating func readAanhangsel(_ text: [UInt8], reader: inout KamerstukHeadReader, vergaderjaarLine: TextLine?) -> Bool {
        let start = reader.index
        if let line = reader.peek(), text.equals(Self.aanhangselTitle, in: line.content) {
            reader.skip()
        } else if !(vergaderjaarLine.map { text.hasSuffix(Self.aanhangselTitle, in: $0.content) } ?? false) {
            return false
        }
        // pdfminer sets the page number between the title and the subtitle.
        if let line = reader.peek(), Self.aanhangselNumber(text, line.content) == line.content,
            let subtitle = reader.find(within: 2, where: { text.hasPrefix(Self.subtitleOpening, in: $0.content) })
        {
            reader.index = subtitle
        }
        let hasSubtitle = reader.peek().map { text.hasPrefix(Self.subtitleOpening, in: $0.content) } ?? false
        guard hasSubtitle || reader.find(within: 8, where: { text.hasPrefix("Nr. ", in: $0.content) }) == nil else {
            reader.index = start
            return false
        }
        aanhangsel = Aanhangsel()
        if hasSubtitle, let line = reader.peek() {
            var last = line
            reader.skip()
            while !text.hasSuffix("antwoorden", in: last.content), let next = reader.immediate(), next.number - line.number < 3 {
                last = next
                reader.skip()
            }
        }
        lineRange = lineRange.lowerBound..<reader.consumedLines
        guard let line = reader.peek(), let number = Self.aanhangselNumber(text, line.content) else { return true }
        aanhangsel?.number = text.string(number)
        aanhangsel?.numberLine = line.number
        // The reader's lines are columns: the number may be a column of its own beside the text.
        if number.upperBound == text.trimmed(line.bytes).upperBound {
            reader.skip()
            lineRange = lineRange.lowerBound..<reader.consumedLines
        } else {
            aanhangsel?.numberBesideText = number
        }
        return true
    }

    /// The number at the start of `range`: one to five digits, alone or before a run of spaces.
    static func aanhangselNumber(_ text: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var end = range.lowerBound
        while end < range.upperBound, isDigit(text[end]) { end += 1 }
        guard (1...5).contains(end - range.lowerBound), text[range.lowerBound] != UInt8(ascii: "0") else { return nil }
        guard end < range.upperBound else { return range.lowerBound..<end }
        return text[end..<min(end + 3, range.upperBound)].allSatisfy({ $0 == 0x20 }) || text[end] == 0x09 ? range.lowerBound..<end : nil
    }
}

/// What the head of kamervragen in the Aanhangsel gives.
struct Aanhangsel: Sendable {
    /// `1234`, the number in the Aanhangsel of the vergaderjaar, and its line's number.
    var number: String?
    var numberLine: Int?
    /// The number's bytes when it shares its line with the text's first line.
    var numberBesideText: Range<Int>?
}
