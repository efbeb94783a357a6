/// A glyph's box on a PDF page, in points from the page's top left corner.
struct PDFGlyphBox: Sendable, Hashable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    var height: Double { bottom - top }
}

/// Rebuilds a page's lines from poppler's text and the box of each of its characters.
///
/// Poppler joins text that shares a baseline even when it stands in separate columns
/// (`21 501-02Raad Algemene Zaken`, `Nr. 3121MOTIE VAN HET LID`), and it marks no paragraph
/// breaks. Both are read from the geometry: a horizontal gap wider than twice the line's height
/// starts a new line, and a line whose baseline lies more than 1.8 line heights below the previous
/// one is preceded by an empty line (body text is set at about 1.3 line heights). Single pass over
/// the UTF-8 bytes; `boxes` has one entry per character (scalar). When the counts differ the text
/// is copied as it is.
enum PDFPageLines {
    /// A horizontal gap of more than this many line heights separates columns.
    static let columnGap = 2.0
    /// A baseline step of more than this many line heights is a paragraph (or block) break.
    static let paragraphStep = 1.8

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, boxes: [PDFGlyphBox], to output: inout [UInt8]) {
        guard boxes.count == scalarCount(bytes) else {
            output.append(contentsOf: bytes)
            return
        }
        var line: (last: PDFGlyphBox, bottom: Double, height: Double)?
        var previousLine: (bottom: Double, height: Double)?
        var pendingBreak = false
        var glyph = 0, index = 0
        let pageStart = output.count
        // Where each line starts in `output` and the box it covers, for `placingNumbersAndBullets`.
        var placed: [PlacedLine] = []
        while index < bytes.count {
            let byte = bytes[index]
            let length = sequenceLength(byte)
            let box = boxes[glyph]
            glyph += 1
            defer { index += length }
            if byte == 0x0A {
                if let current = line { previousLine = (current.bottom, current.height) }
                line = nil
                pendingBreak = true
                continue
            }
            if byte == 0x20 || byte == 0x09 {
                if !pendingBreak { output.append(byte) }
                continue
            }
            if let current = line, let height = usableHeight(current.height, box.height),
                box.left - current.last.right > columnGap * height
            {
                output.append(0x0A)
                line = nil
            } else if pendingBreak {
                output.append(0x0A)
                if let previous = previousLine, let height = usableHeight(previous.height, box.height),
                    box.bottom - previous.bottom > paragraphStep * height
                {
                    output.append(0x0A)
                }
            }
            pendingBreak = false
            if line == nil { placed.append(PlacedLine(start: output.count, box: box, glyphStart: glyph - 1)) }
            let glyphBytes = UnsafeBufferPointer(rebasing: bytes[index..<min(index + length, bytes.count)])
            output.append(contentsOf: glyphBytes)
            placed[placed.count - 1].add(box, digit: byte >= 0x30 && byte <= 0x39, bullet: isBullet(glyphBytes))
            if let current = line {
                line = (box, max(current.bottom, box.bottom), max(current.height, box.height))
            } else {
                line = (box, box.bottom, box.height)
            }
        }
        let tables = placed.count > 2 * TextTables.minimumRows ? tables(in: placed, output: output, boxes: boxes) : []
        if !tables.isEmpty || placed.contains(where: { $0.isNoteNumber || $0.isBullet }) {
            placingNumbersAndBullets(placed, tables: tables, in: &output, from: pageStart)
        }
    }

    /// `•`, `▪`, `●`, `-`, `–` or the Symbol font's bullet U+F0B7, as UTF-8.
    static func isBullet(_ glyph: UnsafeBufferPointer<UInt8>) -> Bool {
        switch glyph.count {
        case 1: glyph[0] == 0x2D
        case 3:
            (glyph[0] == 0xEF && glyph[1] == 0x82 && glyph[2] == 0xB7) || (glyph[0] == 0xE2 && glyph[1] == 0x80 && (glyph[2] == 0xA2 || glyph[2] == 0x93))
                || (glyph[0] == 0xE2 && glyph[1] == 0x96 && glyph[2] == 0xAA) || (glyph[0] == 0xE2 && glyph[1] == 0x97 && glyph[2] == 0x8F)
        default: false
        }
    }

    /// A line's start in the output and the box its glyphs cover.
    struct PlacedLine {
        var start: Int
        var box: PDFGlyphBox
        /// The index of its first glyph's box: its bytes, up to its line end, are the page's from
        /// there, one box a scalar.
        var glyphStart = 0
        var glyphs = 0
        var digitsOnly = true
        var bulletsOnly = true

        init(start: Int, box: PDFGlyphBox, glyphStart: Int = 0) {
            self.start = start
            self.box = box
            self.glyphStart = glyphStart
        }

        mutating func add(_ glyph: PDFGlyphBox, digit: Bool, bullet: Bool) {
            if glyphs > 0 {
                box = PDFGlyphBox(
                    left: min(box.left, glyph.left), top: min(box.top, glyph.top), right: max(box.right, glyph.right),
                    bottom: max(box.bottom, glyph.bottom))
            }
            glyphs += 1
            digitsOnly = digitsOnly && digit
            bulletsOnly = bulletsOnly && bullet
        }

        /// One to three digits alone: a note's number that a word processor set as a superscript.
        var isNoteNumber: Bool { digitsOnly && (1...3).contains(glyphs) }
        /// A bullet alone: a list's bullet that a word processor drew apart from its item's text.
        var isBullet: Bool { bulletsOnly && glyphs == 1 }
    }

    /// Puts each superscript note number back at the start of the note it numbers.
    ///
    /// Poppler gives a word processor's superscript note numbers in the order they were drawn, which
    /// may be after all the page's notes (`BNC-fiche …`, `Brokers zijn …`, then `1`, `2`). A number
    /// alone on a line, set smaller than another line whose start it stands just left of, within
    /// that line's height, is that line's number: the line becomes `1 BNC-fiche …`, the form every
    /// note reader takes, and the number's own line goes. So is the nearest line below it at its
    /// margin, where the note's first word (a long web address) did not fit beside the number. A
    /// number in the text's own size (a numbered question in a margin column) stays where it is.
    /// A list's bullet that the word processor drew apart (all of a list's bullets, then its
    /// items) goes to the start of the line just right of it, on its height.
    ///
    /// The page's `tables` are written where their first cell stood (`tableText`), their cells'
    /// own lines left out; no number or bullet is looked for among them.
    static func placingNumbersAndBullets(_ placed: [PlacedLine], tables: [PageTable] = [], in output: inout [UInt8], from pageStart: Int) {
        func end(of line: Int) -> Int {
            let start = placed[line].start
            return output[start...].firstIndex(of: 0x0A) ?? output.count
        }
        var numberOf: [Int: Int] = [:], moved: Set<Int> = []
        var inTable: Set<Int> = [], tableAt: [Int: Int] = [:]
        for (number, table) in tables.enumerated() {
            let lines = table.rows.flatMap { $0.flatMap { $0 } } + table.headerLines
            inTable.formUnion(lines)
            tableAt[lines.min()!] = number
        }
        // A bullet alone goes to the nearest line that starts just right of it on its height.
        for (index, bullet) in placed.enumerated() where bullet.isBullet && !inTable.contains(index) {
            let middle = (bullet.box.top + bullet.box.bottom) / 2, height = bullet.box.height
            guard height > 0.5,
                let target = placed.indices.filter({ candidate in
                    let line = placed[candidate]
                    return !line.isBullet && !line.isNoteNumber && numberOf[candidate] == nil && !inTable.contains(candidate)
                        && line.box.left >= bullet.box.right - 0.5
                        && line.box.left - bullet.box.right < 4 * max(height, line.box.height)
                        && middle >= line.box.top && middle <= line.box.bottom
                }).min(by: { placed[$0].box.left < placed[$1].box.left })
            else { continue }
            numberOf[target] = index
            moved.insert(index)
        }
        for (index, number) in placed.enumerated() where number.isNoteNumber && !inTable.contains(index) {
            let height = number.box.height
            guard height > 0.5 else { continue }
            let isLarger = { (candidate: Int) in
                !placed[candidate].isNoteNumber && numberOf[candidate] == nil && !inTable.contains(candidate)
                    && height < 0.85 * placed[candidate].box.height
            }
            let beside = placed.indices.first { candidate in
                let line = placed[candidate]
                return isLarger(candidate) && line.box.left >= number.box.right - 0.5 && line.box.left - number.box.right < 3 * height
                    && number.box.bottom >= line.box.top && number.box.bottom <= line.box.bottom + 0.5
            }
            // A note whose first word did not fit beside its number (a long web address) starts on
            // the line below, at the number's margin: the nearest such line within two of its heights.
            let below = { placed.indices.filter { candidate in
                let line = placed[candidate]
                return isLarger(candidate) && abs(line.box.left - number.box.left) < 3 * height
                    && line.box.top >= number.box.bottom - 0.5 && line.box.top - number.box.bottom < 2 * line.box.height
            }.min { placed[$0].box.top < placed[$1].box.top } }
            guard let target = beside ?? below() else { continue }
            numberOf[target] = index
            moved.insert(index)
        }
        guard !moved.isEmpty || !tables.isEmpty else { return }
        var page: [UInt8] = []
        page.reserveCapacity(output.count - pageStart + 4 * moved.count)
        page.append(contentsOf: output[pageStart..<placed[0].start])
        for index in placed.indices {
            let segmentEnd = index + 1 < placed.count ? placed[index + 1].start : output.count
            if let table = tableAt[index] {
                // A blank line before the table and after it.
                if page.last != 0x0A && !page.isEmpty { page.append(0x0A) }
                if !page.isEmpty && page.dropLast().last != 0x0A { page.append(0x0A) }
                page.append(contentsOf: tableText(tables[table], placed: placed, output: output))
                page.append(0x0A)
            }
            if inTable.contains(index) { continue }
            if moved.contains(index) {
                // The number's line goes with its own line feed; a blank line after the last of a
                // run of them stays (it was the break before what follows).
                if !moved.contains(index + 1) {
                    page.append(contentsOf: output[min(end(of: index) + 1, segmentEnd)..<segmentEnd])
                }
                continue
            }
            if let number = numberOf[index] {
                page.append(contentsOf: output[placed[number].start..<end(of: number)])
                page.append(0x20)
            }
            page.append(contentsOf: output[placed[index].start..<segmentEnd])
        }
        output.replaceSubrange(pageStart..., with: page)
    }
}

extension PDFPageLines {
    /// The larger of two glyph heights, or nil when both are degenerate (invisible text, some
    /// Type 3 fonts): then the geometry says nothing and poppler's own line breaks stand.
    static func usableHeight(_ first: Double, _ second: Double) -> Double? {
        let height = max(first, second)
        return height > 0.5 ? height : nil
    }

    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// Scalars in the bytes: every byte that is not a continuation byte starts one.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
