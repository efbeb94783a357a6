/// The signers at the end of a Kamerstuk's body: the members under a motie or amendement
/// (`Ceder`), or a minister under a letter (`De Minister van …,` then `H.G.J. Bruins Slot`).
///
/// In a motie every line after `en gaat over tot de orde van de dag.` is a signer. Elsewhere the
/// block is read back from the body's end: short lines that open with a capital, hold no digits
/// and either end in a comma (a function, which belongs to the name below it) or end in no
/// punctuation (a name); the line before the block must end a sentence, so that the tail of a
/// wrapped paragraph is never taken for a name.
enum KamerstukSigners {
    /// Removes the signer lines from `body` (indices into `lines`) and returns the signers in order.
    static func take(from body: inout [Int], text: [UInt8], lines: [TextLine]) -> [Signer] {
        let filled = body.filter { !lines[$0].isBlank }
        var start = filled.count
        if let closing = filled.lastIndex(where: { text.hasSuffix(motieClosing, in: lines[$0].content) }) {
            start = closing + 1
        } else {
            while start > 0, filled.count - start < 8, isSignerLine(text, lines[filled[start - 1]].content) { start -= 1 }
            guard start > 0, start < filled.count, endsSentence(text, lines[filled[start - 1]].content) else { return [] }
        }
        let block = filled[start...]
        guard let last = block.last, !text.hasSuffix(",", in: lines[last].content) else { return [] }
        body.removeAll { $0 >= block.first! }
        var signers: [Signer] = [], functie: String?
        for index in block {
            let content = lines[index].content
            if text.hasSuffix(",", in: content) {
                functie = text.string(content.lowerBound..<(content.upperBound - 1))
            } else {
                signers.append(Signer(naam: text.string(content), functie: functie))
                functie = nil
            }
        }
        return signers
    }

    static let motieClosing = "en gaat over tot de orde van de dag."
}

private extension KamerstukSigners {
    static func isSignerLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count <= 90, let first = text[range].first, (0x41...0x5A).contains(first) || first >= 0xC0,
            !text[range].contains(where: KamerstukPDFHead.isDigit)
        else { return false }
        if text.hasSuffix(",", in: range) { return text.hasPrefix("De ", in: range) || text.hasPrefix("Het ", in: range) }
        let words = text[range].split(separator: 0x20).count
        return words <= 6 && !endsSentence(text, range) && !text.hasSuffix(":", in: range)
    }

    static func endsSentence(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard let last = text[range].last else { return false }
        return ".;:?!)".utf8.contains(last)
    }
}
