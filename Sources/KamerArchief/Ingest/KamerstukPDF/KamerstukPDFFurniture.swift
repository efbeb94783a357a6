/// What the Kamerstuk layout prints around the text rather than in it: the running foot
/// (`Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121 2`), the colophon of the first page
/// (`kst-21501-02-3121`, `ISSN 0921 - 7371`, `’s-Gravenhage 2025`) and page numbers. Kamervragen
/// in the Aanhangsel have the same, with `Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel` as
/// the running foot and `ah-tk-20242025-1234` in the colophon.
///
/// A bare number counts as a page number only beside a running foot or at a page's first or last
/// line, so a number standing in the text is kept. A line is furniture when every column on it is.
enum KamerstukPDFFurniture {
    /// The furniture among `lines[range]`, each `kst-` line's identifier (`21501-02-3121`), and the
    /// running feet in order: each ends a page, also in text whose form feeds were lost.
    /// `besideText`: colophon pieces that `pdftotext -layout` set at the start of a line beside
    /// other text (`kst-36200-XIV-87      1 Kamerstuk 36 200 XIV, nr. 5.`), to be blanked out.
    /// `aanhangsel`: the head is that of kamervragen, whose running foot ends in `Aanhangsel`.
    static func find(_ text: [UInt8], lines: [TextLine], in range: Range<Int>, aanhangsel: Bool = false) -> Found {
        var furniture = Set<Int>(), kst: [(line: Int, id: String)] = [], feet: [Int] = [], besideText: [Range<Int>] = []
        var aanhangselIDs: [String] = []
        for index in range where !lines[index].isBlank {
            // A furniture line, and one whose first piece is colophon, starts with a page number or
            // with one of the prefixes: most lines are ruled out here by their first byte, the rest
            // of those that are text by their first bytes.
            let content = lines[index].content, first = text[content.lowerBound]
            guard KamerstukPDFHead.isDigit(first) || prefixesByFirstByte[Int(first)].contains(where: { text.hasPrefix($0, in: content) })
            else { continue }
            // `pdftotext -layout` may set the colophon and the running foot side by side on one line,
            // and other extractions join them with one space.
            let pieces = TextLine.columns(of: [lines[index]], in: text).flatMap { splitAfterPrinterLine(text, $0.content) }
            let ids = pieces.compactMap { kstIdentifier(text, $0) }
            let colophon = pieces.map { isColophon(text, $0) }
            let feetAmong = pieces.map { isRunningFoot(text, $0, aanhangsel: aanhangsel) }
            let hasFoot = feetAmong.contains(true)
            // A page number set beside the foot or beside a colophon line (`’s-Gravenhage 2023    1`).
            let hasNumberedNeighbour = hasFoot || colophon.contains(true)
            let isFurniture = pieces.indices.allSatisfy { piece in
                colophon[piece] || feetAmong[piece] || (hasNumberedNeighbour && isPageNumber(text, pieces[piece]))
            }
            aanhangselIDs += pieces.indices.filter { colophon[$0] && isAanhangselIdentifier(text, pieces[$0]) }.map { text.string(pieces[$0]) }
            if isFurniture {
                furniture.insert(index)
                kst += ids.map { (index, $0) }
                if hasFoot { feet.append(index) }
            } else if pieces.count > 1, colophon[0] {
                besideText.append(pieces[0])
                kst += ids.prefix(1).map { (index, $0) }
            }
        }
        for index in range where isPageNumber(text, lines[index].content) {
            let before = neighbour(of: index, step: -1, lines: lines, in: range)
            let after = neighbour(of: index, step: 1, lines: lines, in: range)
            let foot = [before, after].compactMap({ $0 }).first { isRunningFoot(text, lines[$0].content, aanhangsel: aanhangsel) }
            let atPageEdge = [before, after].contains { $0.map { lines[$0].page != lines[index].page } ?? true }
            // A foot with a number on either side (plain `pdftotext` may set a note's number just
            // above it): where only the other one numbers the page, this one is the note's.
            if let foot, !atPageEdge,
                let across = neighbour(of: foot, step: foot > index ? 1 : -1, lines: lines, in: range),
                isPageNumber(text, lines[across].content),
                Int(text.string(lines[index].content)) != lines[index].page + 1,
                Int(text.string(lines[across].content)) == lines[index].page + 1
            {
                continue
            }
            if foot != nil || atPageEdge { furniture.insert(index) }
        }
        return Found(lines: furniture, kst: kst, feet: feet, besideText: besideText, aanhangselIDs: aanhangselIDs)
    }

    /// What `find` found.
    struct Found {
        /// The furniture lines.
        var lines: Set<Int>
        /// Each `kst-` line's identifier (`21501-02-3121`).
        var kst: [(line: Int, id: String)]
        /// The running feet, in order.
        var feet: [Int]
        /// Colophon pieces beside other text, to be blanked out.
        var besideText: [Range<Int>]
        /// The colophon's `ah-tk-20242025-1234`.
        var aanhangselIDs: [String]
    }

    /// `Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121` with or without a page number
    /// (after any run of spaces): nothing but letters, digits and spaces after the last `, nr. `.
    /// An Eerste Kamer paper's foot ends in its letter (`Eerste Kamer, vergaderjaar 2024–2025,
    /// 36 123, B`), and, with `aanhangsel`, kamervragen's in `Aanhangsel`; in both the page number
    /// after it has at most three digits.
    static func isRunningFoot(_ text: [UInt8], _ range: Range<Int>, aanhangsel: Bool = false) -> Bool {
        guard runningFootPrefixes.contains(where: { text.hasPrefix($0, in: range) }) else { return false }
        var end = range.upperBound
        while end > range.lowerBound, KamerstukPDFHead.isDigit(text[end - 1]) { end -= 1 }
        let withoutPage = text.trimmed(range.lowerBound..<end), hasPageNumber = range.upperBound - end <= 3
        if aanhangsel, hasPageNumber, text.hasSuffix(", Aanhangsel", in: withoutPage) { return true }
        if hasPageNumber, let letter = lastEnd(of: ", ", in: text, withoutPage), text.hasPrefix("Eerste", in: range),
            KamerstukPDFHead.isLetterNumber(text, letter..<withoutPage.upperBound)
        {
            return true
        }
        guard let number = lastEnd(of: ", nr. ", in: text, range) else { return false }
        return text[number..<range.upperBound].allSatisfy {
            $0 == 0x20 || KamerstukPDFHead.isDigit($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0)
        }
    }
}

private extension KamerstukPDFFurniture {
    static let runningFootPrefixes = ["Tweede Kamer, vergaderjaar ", "Eerste Kamer, vergaderjaar "]
    static let printerPrefixes = ["’s-Gravenhage ", "'s-Gravenhage "]
    static let kstPrefix = "kst-"
    static let aanhangselPrefixes = ["ah-tk-", "ah-ek-"]
    static let issnPrefix = "ISSN "
    /// Every way a furniture line but a page number starts, by its first byte.
    static let prefixesByFirstByte: [[String]] = {
        var table = [[String]](repeating: [], count: 256)
        for prefix in runningFootPrefixes + printerPrefixes + aanhangselPrefixes + [kstPrefix, issnPrefix] {
            table[Int(prefix.utf8.first!)].append(prefix)
        }
        return table
    }()

    /// `kst-21501-02-3121` → `21501-02-3121`: letters, digits and hyphens only.
    static func kstIdentifier(_ text: [UInt8], _ range: Range<Int>) -> String? {
        guard text.hasPrefix(kstPrefix, in: range), range.count > 6 else { return nil }
        let id = range.lowerBound + kstPrefix.utf8.count..<range.upperBound
        guard text[id].allSatisfy({ KamerstukPDFHead.isDigit($0) || $0 == 0x2D || (0x41...0x5A).contains($0) }) else { return nil }
        return text.string(id)
    }

    /// A line of the first page's colophon: `kst-…` or `ah-tk-…`, `ISSN …`, `’s-Gravenhage 2025`.
    static func isColophon(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        kstIdentifier(text, range) != nil || isAanhangselIdentifier(text, range) || text.hasPrefix(issnPrefix, in: range)
            || isPrinterLine(text, range)
    }

    /// `ah-tk-20242025-1234`: the chamber, then digits and hyphens.
    static func isAanhangselIdentifier(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        aanhangselPrefixes.contains { text.hasPrefix($0, in: range) } && range.count > 8
            && text[range.lowerBound + 6..<range.upperBound].allSatisfy { KamerstukPDFHead.isDigit($0) || $0 == 0x2D }
    }

    /// `’s-Gravenhage 2024 Tweede Kamer, vergaderjaar …` cut into the printer's line and the
    /// running foot; any other piece as it is.
    static func splitAfterPrinterLine(_ text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        for prefix in printerPrefixes where text.hasPrefix(prefix, in: range) {
            let yearEnd = range.lowerBound + prefix.utf8.count + 4
            guard yearEnd < range.upperBound, text[yearEnd] == 0x20, isPrinterLine(text, range.lowerBound..<yearEnd) else { break }
            let foot = text.trimmed(yearEnd..<range.upperBound)
            if runningFootPrefixes.contains(where: { text.hasPrefix($0, in: foot) }) { return [range.lowerBound..<yearEnd, foot] }
        }
        return [range]
    }

    /// `’s-Gravenhage 2025`.
    static func isPrinterLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        for prefix in printerPrefixes where text.hasPrefix(prefix, in: range) {
            let year = range.lowerBound + prefix.utf8.count..<range.upperBound
            return year.count == 4 && text[year].allSatisfy(KamerstukPDFHead.isDigit)
        }
        return false
    }

    static func isPageNumber(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        (1...3).contains(range.count) && text[range].allSatisfy(KamerstukPDFHead.isDigit)
    }

    /// The nearest non-blank line before (`step` -1) or after (`step` 1) `index` within `range`.
    static func neighbour(of index: Int, step: Int, lines: [TextLine], in range: Range<Int>) -> Int? {
        var candidate = index + step
        while range.contains(candidate) {
            if !lines[candidate].isBlank { return candidate }
            candidate += step
        }
        return nil
    }

    /// The offset just past the last occurrence of `needle` in `range`.
    static func lastEnd(of needle: String, in text: [UInt8], _ range: Range<Int>) -> Int? {
        let bytes = Array(needle.utf8)
        guard range.count >= bytes.count else { return nil }
        return (range.lowerBound...(range.upperBound - bytes.count)).last { text[$0..<($0 + bytes.count)].elementsEqual(bytes) }
            .map { $0 + bytes.count }
    }
}
