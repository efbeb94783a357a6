/// The marks of the official PDF layout of a BNC-fiche, read from `PDFLine` scalars or UTF-8 bytes:
/// the `Fiche N:` title line, `N.` chapter labels, `x)` subsection labels, and list labels.
///
/// Offsets are scalar offsets into `PDFLine.scalars`.
enum FichePDFLayout {
    /// `Fiche 10: Title` or `Fiche: Title` → the number (when given) and where the title starts.
    static func titleStart(of line: PDFLine) -> (number: Int?, textStart: Int)? {
        let scalars = line.scalars, end = line.content.upperBound
        var index = line.content.lowerBound
        for expected in "Fiche".unicodeScalars {
            guard index < end, scalars[index] == expected else { return nil }
            index += 1
        }
        index = skipSpaces(scalars, from: index, to: end)
        let digitsStart = index
        while index < end, index - digitsStart < 4, scalars[index].isASCIIDigit { index += 1 }
        let number = index > digitsStart ? Int(line.string(digitsStart..<index)) : nil
        index = skipSpaces(scalars, from: index, to: end)
        guard index < end, scalars[index] == ":" else { return nil }
        index = skipSpaces(scalars, from: index + 1, to: end)
        return index < end ? (number, index) : nil
    }

    /// `12. Text` or `12) Text`: the number, the separator and where the text starts.
    static func numberLabel(of line: PDFLine) -> (number: Int, separator: Unicode.Scalar, textStart: Int)? {
        let scalars = line.scalars, end = line.content.upperBound
        var index = line.content.lowerBound
        while index < end, index - line.content.lowerBound < 2, scalars[index].isASCIIDigit { index += 1 }
        guard index > line.content.lowerBound, index < end, scalars[index] == "." || scalars[index] == ")",
            let number = Int(line.string(line.content.lowerBound..<index))
        else { return nil }
        let textStart = skipSpaces(scalars, from: index + 1, to: end)
        guard textStart > index + 1, textStart < end else { return nil }
        return (number, scalars[index], textStart)
    }

    /// `a) Text` or `a. Text`: the letter and where the text starts.
    static func letterLabel(of line: PDFLine) -> (letter: Unicode.Scalar, textStart: Int)? {
        let scalars = line.scalars, start = line.content.lowerBound, end = line.content.upperBound
        guard end - start >= 4, ("a"..."z").contains(scalars[start]), scalars[start + 1] == ")" || scalars[start + 1] == "."
        else { return nil }
        let textStart = skipSpaces(scalars, from: start + 2, to: end)
        guard textStart > start + 2, textStart < end else { return nil }
        return (scalars[start], textStart)
    }

    /// A label alone on its line: `3.` (a number) or `a)` / `a.` (a letter).
    static func bareLabel(of line: PDFLine) -> (number: Int?, letter: Unicode.Scalar?)? {
        let scalars = line.scalars, start = line.content.lowerBound, end = line.content.upperBound
        guard (2...3).contains(end - start) else { return nil }
        let close = scalars[end - 1]
        if end - start == 2, ("a"..."z").contains(scalars[start]), close == ")" || close == "." {
            return (nil, scalars[start])
        }
        guard close == ".", scalars[start..<(end - 1)].allSatisfy(\.isASCIIDigit), scalars[start] != "0" else { return nil }
        return (Int(line.string(start..<(end - 1))), nil)
    }

    /// A body list item's label: a bullet, `1.`, `1)`, `(1)`, `a)` or `(a)`, then white space and text.
    static func listLabel(of line: PDFLine) -> (label: String, textStart: Int)? {
        let scalars = line.scalars, start = line.content.lowerBound, end = line.content.upperBound
        var index = start
        let isBulleted = bullets.contains(scalars[index])
        if isBulleted {
            index += 1
        } else {
            if scalars[index] == "(" { index += 1 }
            let itemStart = index
            while index < end, index - itemStart < 2, scalars[index].isASCIIDigit { index += 1 }
            if index == itemStart, index < end, ("a"..."z").contains(scalars[index]) { index += 1 }
            guard index > itemStart, index < end else { return nil }
            let isClosed = scalars[start] == "(" ? scalars[index] == ")" : scalars[index] == ")" || scalars[index] == "."
            guard isClosed else { return nil }
            index += 1
        }
        let textStart = skipSpaces(scalars, from: index, to: end)
        guard textStart > index, textStart < end else { return nil }
        return (isBulleted ? Reflower.shownBullet(scalars[start]) : line.string(start..<index), textStart)
    }
}

private extension FichePDFLayout {
    /// Bullets as PDF text has them, including Symbol-font bullets in the private use area.
    static let bullets: Set<Unicode.Scalar> = ["•", "-", "–", "▪", "●", "◦", "*", "\u{F0B7}", "\u{F0A7}", "\u{F02D}"]

    static func skipSpaces(_ scalars: PDFLine.Scalars, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, scalars[index].isFastWhitespace { index += 1 }
        return index
    }
}
