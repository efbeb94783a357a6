/// Page furniture that interleaves with the text anywhere on a page: the sidebar a Rijksoverheid
/// letter prints on every page (ministry, directorate, addresses, phone numbers, the kenmerk), page
/// markers and lone page numbers. Recognised by REPETITION across pages and by SHAPE, never by a
/// list of ministries.
///
/// - A pair of consecutive short lines (blank lines between them aside) that occurs on two or more
///   pages, and on at least half the pages either line is on, is furniture; so is a short
///   line that occurs on at least half the pages (three or more). Lines are compared with spaces left
///   out, so letter-spacing artefacts (`Inf rastructuur`) do not hide a repeat.
/// - Next to furniture, lines with a sidebar shape are furniture too: a postcode (`2 5 15 XP D en
///   Haag`), `Postbus …`, a phone or fax line (`T 070-…`), a web or mail address, a street and
///   number (`Rijnstraat 8`), a directorate, a label (`Ons kenmerk`, `Bijlage(n)`) and its value.
/// - Two strong shapes next to each other are furniture without any repetition (a one-page letter).
/// - What only a sidebar prints, wherever it stands: a label that is never a heading with its short
///   value, a zaak number alone, the letterhead's standing notes (`Correspondentie uitsluitend …`).
///   A numbered part of the letter (`Vraag 3`, `Stap 2`) is never a street and number.
/// - `Pagina N van M` anywhere, and a number of at most three digits alone at a page's edge.
extension PageFurniture {
    /// One flag per line of `pages`: whether it is furniture.
    static func sidebarMask(_ pages: PDFTextPages) -> [Bool] {
        let lines = pages.lines
        var mask = lines.map { pages.isPageMarker($0) }
        markRepeats(pages, into: &mask)
        markShapeClusters(pages, into: &mask)
        extend(pages, &mask)
        if markMinistryBlocks(pages, into: &mask) { extend(pages, &mask) }
        if markOrganisationBlocks(pages, into: &mask) { extend(pages, &mask) }
        markLabelBlocks(pages, into: &mask)
        markLoneSidebarLines(pages, into: &mask)
        markLonePageNumbers(pages, into: &mask)
        return mask
    }

    /// The longest a sidebar line is, in scalars; body lines run to the full text width.
    static let sidebarWidth = 42

    /// `25 november 2022`, `2 5 november 2022` (letter-spaced): a day, a month name and a year alone.
    static func isDate(_ range: Range<Int>, _ pages: PDFTextPages) -> Bool {
        let compact = range.filter { !PDFTextPages.isSpace(pages.bytes[$0]) }.map { CharacterBytes.lowercasedASCII(pages.bytes[$0]) }
        let day = compact.prefix { PDFTextPages.isDigit($0) }, year = compact.reversed().prefix { PDFTextPages.isDigit($0) }
        guard (1...2).contains(day.count), year.count == 4, compact.count > day.count + 4 else { return false }
        let month = compact[day.count..<(compact.count - 4)]
        return DayMonthYear.months.contains { month.elementsEqual($0.utf8) }
    }
}

private extension PageFurniture {
    /// Marks sidebar-shaped lines next to furniture, in alternating forward and backward passes:
    /// each carries a run all the way in its direction, so a few passes settle even long runs (one
    /// pass per line would be quadratic).
    static func extend(_ pages: PDFTextPages, _ mask: inout [Bool]) {
        let lines = pages.lines
        var changed = true, forward = true
        while changed {
            changed = false
            let order = forward ? Array(lines.indices) : lines.indices.reversed()
            for index in order where !mask[index] && !lines[index].content.isEmpty {
                guard isNextToFurniture(index, lines: lines, mask: mask) else { continue }
                if isSidebarShape(index, pages: pages, mask: mask) {
                    mask[index] = true
                    changed = true
                }
            }
            forward.toggle()
        }
    }

    /// A `Ministerie van …` block (with the lines its name wraps onto) that touches furniture is
    /// furniture as a whole. Returns whether it marked anything.
    static func markMinistryBlocks(_ pages: PDFTextPages, into mask: inout [Bool]) -> Bool {
        let lines = pages.lines
        var marked = false
        for first in lines.indices where !mask[first] && pages.keyStarts(lines[first].content, with: "ministerievan")
            && isShort(lines[first], pages)
        {
            var block = [first]
            while let next = neighbour(of: block[block.count - 1], step: 1, lines: lines), !mask[next], block.count < 4,
                isShort(lines[next], pages), runsOn(pages.text(lines[block[block.count - 1]]), into: next, pages)
            {
                block.append(next)
            }
            let before = neighbour(of: first, step: -1, lines: lines), after = neighbour(of: block[block.count - 1], step: 1, lines: lines)
            guard (before.map { mask[$0] } ?? false) || (after.map { mask[$0] } ?? false) else { continue }
            for index in block { mask[index] = true }
            marked = true
        }
        return marked
    }

    /// The names of a ministry's parts above the sidebar's addresses, read from their first line: a
    /// run of up to six short lines that opens with `Directoraat…`, `Directie…` or `Ministerie van`
    /// and runs straight into furniture (`Directoraat-Generaal` / `Preventie, Jeugd en` / `Sancties`
    /// / `Directie Justitieel Jeugdbeleid` / `DJJ` / `Schedeldoekshaven 100`) is furniture. Where the
    /// sidebar comes after a page's text (pypdf, PyMuPDF), its names stood glued to the paragraph.
    /// Returns whether it marked anything.
    static func markOrganisationBlocks(_ pages: PDFTextPages, into mask: inout [Bool]) -> Bool {
        let lines = pages.lines
        var marked = false
        for first in lines.indices where !mask[first] && opensOrganisation(lines[first], pages) {
            var block = [first]
            while let next = neighbour(of: block[block.count - 1], step: 1, lines: lines), !mask[next] {
                guard block.count < 6, isShort(lines[next], pages) else { break }
                block.append(next)
            }
            guard let after = neighbour(of: block[block.count - 1], step: 1, lines: lines), mask[after] else { continue }
            for index in block { mask[index] = true }
            marked = true
        }
        return marked
    }

    /// Asked of every line: decided on the first byte for nearly all (`d` or `m`, either case).
    static func opensOrganisation(_ line: PDFTextPages.Line, _ pages: PDFTextPages) -> Bool {
        guard let first = line.content.first, case let byte = pages.bytes[first] | 0x20, byte == UInt8(ascii: "d") || byte == UInt8(ascii: "m")
        else { return false }
        return isShort(line, pages) && ["directoraat", "directie", "ministerievan"].contains { pages.keyStarts(line.content, with: $0) }
    }

    /// Whether a name on `text`'s line wraps onto line `next`: it ends in `van`, `en`, `voor` or a
    /// comma, or the next line opens with `en`.
    static func runsOn(_ text: String, into next: Int, _ pages: PDFTextPages) -> Bool {
        let range = pages.lines[next].content
        return ["van", "en", "voor"].contains(text.lastWordLowercased) || text.hasSuffix(",")
            || (range.count > 3 && pages.keyStarts(range, with: "en") && pages.bytes[range.lowerBound + 2] == 0x20)
    }

    /// Asked of every line by several passes: a line of at most `sidebarWidth` bytes is short
    /// without counting (a scalar takes at least a byte), and counting stops past the width.
    static func isShort(_ line: PDFTextPages.Line, _ pages: PDFTextPages) -> Bool {
        !line.content.isEmpty
            && (line.content.count <= sidebarWidth || pages.scalarCount(line.content, stoppingPast: sidebarWidth) <= sidebarWidth)
    }

    static func markRepeats(_ pages: PDFTextPages, into mask: inout [Bool]) {
        let lines = pages.lines
        // Only short lines can repeat as furniture: the others are neither keyed nor measured again.
        let short = lines.map { isShort($0, pages) }
        let keys = lines.indices.map { short[$0] ? pages.key(lines[$0].content) : 0 }
        var pairPages: [Int: DistinctPages] = [:], linePages: [Int: DistinctPages] = [:]
        // The next text line on the same page: blank lines (double spacing, pdftotext's blocks) between.
        var next = [Int?](repeating: nil, count: lines.count)
        var following: Int?
        for index in lines.indices.reversed() {
            if let candidate = following, lines[candidate].page != lines[index].page { following = nil }
            next[index] = following
            if !lines[index].content.isEmpty { following = index }
        }
        for index in lines.indices where short[index] {
            linePages[keys[index], default: DistinctPages()].add(lines[index].page)
            guard let next = next[index], short[next] else { continue }
            pairPages[keys[index] &* 31 &+ keys[next], default: DistinctPages()].add(lines[index].page)
        }
        let everyPage = max(3, (pages.pageCount + 1) / 2)
        for index in lines.indices where short[index] {
            if (linePages[keys[index]]?.count ?? 0) >= everyPage { mask[index] = true }
            guard let next = next[index], short[next] else { continue }
            // A pair on two pages or more, and on at least half the pages either line is on: a
            // heading that opens some pages right under the sidebar pairs with its last line on a
            // few of the pages that line is on.
            let pairCount = pairPages[keys[index] &* 31 &+ keys[next]]?.count ?? 0
            let lineCount = max(linePages[keys[index]]?.count ?? 0, linePages[keys[next]]?.count ?? 0)
            if pairCount >= 2, pairCount * 2 >= lineCount {
                mask[index] = true
                mask[next] = true
            }
        }
    }

    /// Whether the nearest text line above or below on the same page (across blank lines) is furniture.
    static func isNextToFurniture(_ index: Int, lines: [PDFTextPages.Line], mask: [Bool]) -> Bool {
        let before = neighbour(of: index, step: -1, lines: lines), after = neighbour(of: index, step: 1, lines: lines)
        return (before.map { mask[$0] } ?? false) || (after.map { mask[$0] } ?? false)
    }

    /// The nearest non-blank line in direction `step` on the same page.
    static func neighbour(of index: Int, step: Int, lines: [PDFTextPages.Line]) -> Int? {
        var other = index + step
        while lines.indices.contains(other), lines[other].page == lines[index].page {
            if !lines[other].content.isEmpty { return other }
            other += step
        }
        return nil
    }

    static func isSidebarShape(_ index: Int, pages: PDFTextPages, mask: [Bool]) -> Bool {
        let line = pages.lines[index]
        guard isShort(line, pages) else { return false }
        let range = line.content
        if isStrongShape(range, pages) || isStreetAndNumber(range, pages) { return true }
        // Page 1 carries `Datum` in the letterhead; the sidebar of every later page repeats it
        // with its value, which on a two-page letter occurs only once.
        if line.page > 0, pages.keyEquals(range, "datum") || isDate(range, pages) { return true }
        guard let above = neighbour(of: index, step: -1, lines: pages.lines), mask[above] else { return false }
        // The value under a label (`Ons kenmerk` → `IENW/BSK-2022/283041`, `Bijlage(n)` → `3`).
        if isLabel(pages.lines[above].content, pages) { return true }
        // A name that wraps: `Ministerie van` / `Inf rastructuur en` / `Waterstaat`, `… Klimaat` / `en Energie`.
        return runsOn(pages.text(pages.lines[above]), into: index, pages)
    }

    /// Shapes only a sidebar has: a postcode, `Postbus`, a phone line, a web or mail address, a label.
    static func isStrongShape(_ range: Range<Int>, _ pages: PDFTextPages) -> Bool {
        if pages.isPostcode(range) || isPhone(range, pages) || isLabel(range, pages) { return true }
        if let first = range.first(where: { !PDFTextPages.isSpace(pages.bytes[$0]) }),
            strongPrefixes[Int(CharacterBytes.lowercasedASCII(pages.bytes[first]))].contains(where: { pages.keyStarts(range, with: $0) }) {
            return true
        }
        return pages.bytes.withUnsafeBufferPointer { ByteWords.first(UInt8(ascii: "@"), in: $0, from: range.lowerBound, to: range.upperBound) != nil }
    }

    /// How a strong shape's line may start (spaces left out, ASCII lowercased), by first byte: a
    /// line is compared only with those that start with its own first byte.
    static let strongPrefixes = byFirstByte(["postbus", "directoraat", "directie", "ministerievan", "www.", "http", "retouradres"])

    /// `words` in 256 lists, by their first byte.
    static func byFirstByte(_ words: [String]) -> [[String]] {
        var table = [[String]](repeating: [], count: 256)
        for word in words { table[Int(word.utf8.first!)].append(word) }
        return table
    }

    /// Two strong sidebar shapes next to each other (across blank lines) are furniture even on a
    /// one-page letter, where nothing repeats.
    static func markShapeClusters(_ pages: PDFTextPages, into mask: inout [Bool]) {
        let lines = pages.lines
        let strong = lines.map { isShort($0, pages) && isStrongShape($0.content, pages) }
        for index in lines.indices where strong[index] {
            guard let next = neighbour(of: index, step: 1, lines: lines), strong[next] else { continue }
            mask[index] = true
            mask[next] = true
        }
    }

    static func isLabel(_ range: Range<Int>, _ pages: PDFTextPages) -> Bool {
        // Only the labels that start with the range's first letter are compared.
        guard let first = range.first(where: { !PDFTextPages.isSpace(pages.bytes[$0]) }) else { return false }
        return labelsByFirstByte[Int(CharacterBytes.lowercasedASCII(pages.bytes[first]))].contains { pages.keyEquals(range, $0) }
    }

    static let labelsByFirstByte = byFirstByte(labels)

    static let labels = [
        "onskenmerk", "uwkenmerk", "kenmerk", "bijlage(n)", "bijlagen", "bijlage", "contactpersoon", "inlichtingen",
        "bezoekadres", "postadres", "factuuradres", "overheidsidentificatienr", "behandelddoor", "uwbrief", "uwbrief(kenmerk)",
        "uwreferentie", "onzereferentie", "telefoon", "e-mail", "email", "doorkiesnummer",
    ]

    /// `T 070-456 0000`, `F 0 7 0-456 1111`, `T +31 …`: a capital, white space, then a number.
    static func isPhone(_ range: Range<Int>, _ pages: PDFTextPages) -> Bool {
        guard range.count >= 5 else { return false }
        let bytes = pages.bytes, first = range.lowerBound
        guard PDFTextPages.isUpper(bytes[first]), PDFTextPages.isSpace(bytes[first + 1]) else { return false }
        // pdfminer keeps the tab stop's width as spaces: `T    0 7 0-456 0000`.
        guard let number = (first + 1..<range.upperBound).first(where: { !PDFTextPages.isSpace(bytes[$0]) }) else { return false }
        return PDFTextPages.isDigit(bytes[number]) || bytes[number] == UInt8(ascii: "+")
    }

    /// `Rijnstraat 8`, `Bezuidenhoutseweg 73`, `Parnassusplein 5a`: a capitalised word and a number.
    static func isStreetAndNumber(_ range: Range<Int>, _ pages: PDFTextPages) -> Bool {
        let bytes = pages.bytes
        guard let space = range.last(where: { bytes[$0] == 0x20 }), PDFTextPages.isUpper(bytes[range.lowerBound]) else { return false }
        let number = (space + 1)..<range.upperBound
        guard let first = number.first, PDFTextPages.isDigit(bytes[first]), number.count <= 5 else { return false }
        let words = bytes[range.lowerBound..<space]
        // `Vraag 3`, `Antwoord 3`, `Stap 3`: a numbered heading of the letter, no address.
        if numberedHeadingWords.contains(where: { pages.keyEquals(range.lowerBound..<space, $0) }) { return false }
        return !words.contains(where: PDFTextPages.isDigit)
            && words.split(separator: 0x20).count <= 2
            && number.allSatisfy { PDFTextPages.isDigit(bytes[$0]) || PDFTextPages.isLower(bytes[$0]) }
    }

    /// Words a letter numbers its own parts with.
    static let numberedHeadingWords = [
        "vraag", "vragen", "antwoord", "antwoorden", "stap", "bijlage", "artikel", "tabel", "figuur", "hoofdstuk", "paragraaf",
        "fase", "deel", "onderdeel", "actie", "maatregel", "pijler", "thema", "doel", "scenario", "optie", "variant", "punt",
    ]

    /// Where pdftotext sets sidebar blocks apart with blank lines, a label's whole block is its
    /// value (`Bezoekadres` / `Rijnstraat 50` / `Den Haag`): up to four short lines before a blank.
    static func markLabelBlocks(_ pages: PDFTextPages, into mask: inout [Bool]) {
        let lines = pages.lines
        for index in lines.indices where mask[index] && isLabel(lines[index].content, pages) {
            var end = index + 1
            while end < lines.count, end - index <= 4, lines[end].page == lines[index].page, isShort(lines[end], pages) { end += 1 }
            guard end < lines.count, end > index + 1, lines[end].content.isEmpty else { continue }
            for value in (index + 1)..<end { mask[value] = true }
        }
    }

    /// What only a sidebar prints, wherever pdftotext puts it: a label that is never a heading
    /// (`Bijlage(n)`, `Ons kenmerk`) with the short value under it, a zaak number alone
    /// (`2025Z12345`), and the letterhead's standing notes, short lines from their first words to
    /// the block's end (`Correspondentie uitsluitend richten aan het retouradres met vermelding van
    /// de datum en het kenmerk van deze brief.`, `Bij beantwoording de datum en ons kenmerk vermelden.`).
    static func markLoneSidebarLines(_ pages: PDFTextPages, into mask: inout [Bool]) {
        let lines = pages.lines
        for index in lines.indices where !mask[index] && !lines[index].content.isEmpty {
            let range = lines[index].content
            // Only lines that open as one of these can be one: `b`, `o`, `u`, `c` or a year's `2`.
            switch CharacterBytes.lowercasedASCII(pages.bytes[range.lowerBound]) {
            case UInt8(ascii: "b"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "c"), UInt8(ascii: "1"), UInt8(ascii: "2"): break
            default: continue
            }
            guard isShort(lines[index], pages) else { continue }
            if strictLabels.contains(where: { pages.keyEquals(range, $0) }) {
                mask[index] = true
                if let value = neighbour(of: index, step: 1, lines: lines), isShort(lines[value], pages),
                    lines[value].content.count <= 24, !isLabel(lines[value].content, pages)
                {
                    mask[value] = true
                }
            } else if range.count == 10, Kamervragen.isZaakNumber(pages.string(range)) {
                mask[index] = true
            } else if standingNotes.contains(where: { pages.keyStarts(range, with: $0) }) {
                var line = index
                while line < lines.count, line - index < 6, lines[line].page == lines[index].page, isShort(lines[line], pages) {
                    mask[line] = true
                    line += 1
                }
            }
        }
    }

    /// Labels a letter's text never has as a line of its own.
    static let strictLabels = ["bijlage(n)", "onskenmerk", "uwkenmerk", "onzereferentie", "uwreferentie", "uwbrief(kenmerk)"]

    /// The first words of the notes a letterhead prints in its sidebar.
    static let standingNotes = ["correspondentieuitsluitend", "bijbeantwoordingde", "bijbeantwoordingvandezebrief"]

    /// A number of at most three digits alone on a line that is a page's first or last text line.
    /// Where `Pagina N van M` lines number the pages, such a number is no page number but a note's
    /// superscript number that plain `pdftotext` set apart (`PageFootnoteExtractor.scrambledFoot`).
    static func markLonePageNumbers(_ pages: PDFTextPages, into mask: inout [Bool]) {
        let lines = pages.lines
        // Asked once, of the first number alone at a page's edge.
        var markedPages: Bool?
        func markIfNumber(_ index: Int) {
            let range = lines[index].content
            guard range.count <= 3, range.allSatisfy({ PDFTextPages.isDigit(pages.bytes[$0]) }) else { return }
            if markedPages == nil { markedPages = lines.contains { !$0.content.isEmpty && pages.isPageMarker($0) } }
            if markedPages == false { mask[index] = true }
        }
        // The lines are in page order, so a page's first and last such lines are those of one run:
        // its ends are marked once the next page starts, after every line of it was read.
        var run: (page: Int, first: Int, last: Int)?
        for index in lines.indices where !mask[index] && !lines[index].content.isEmpty {
            let page = lines[index].page
            if let current = run, current.page == page {
                run = (page, current.first, index)
                continue
            }
            assert(run.map { $0.page < page } ?? true, "lines are read in page order")
            if let ended = run {
                markIfNumber(ended.first)
                markIfNumber(ended.last)
            }
            run = (page, index, index)
        }
        if let ended = run {
            markIfNumber(ended.first)
            markIfNumber(ended.last)
        }
    }
}

/// How many pages a line's text (or a pair of lines) stands on. The lines are read in page order,
/// so a page not seen before is one other than the last: counted without a set of pages.
private struct DistinctPages {
    private var last = Int.min
    private(set) var count = 0

    mutating func add(_ page: Int) {
        assert(page >= last, "lines are read in page order")
        if page != last {
            count += 1
            last = page
        }
    }
}
