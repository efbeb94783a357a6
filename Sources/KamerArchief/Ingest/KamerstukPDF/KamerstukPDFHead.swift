/// The head of a Kamerstuk as the Tweede Kamer publishes it in PDF, read line by line from the top:
///
///     Tweede Kamer der Staten-Generaal
///     2
///     Vergaderjaar 2024–2025
///     21 501-02
///     Raad Algemene Zaken en Raad Buitenlandse      (dossier title, may wrap)
///     Zaken
///     Nr. 3121
///     MOTIE VAN HET LID CEDER                        (the stuk heading, capitals, may wrap)
///     Voorgesteld 10 april 2025                      (or `Aan de Voorzitter …` / `Den Haag, 7 juli 2023`)
///
/// Every part after the chamber line may be missing; `lineRange.upperBound` is the index of the
/// first body line. All offsets are bytes into the reader's copy of the text.
struct KamerstukPDFHead: Sendable {
    /// `Tweede Kamer der Staten-Generaal` or `Eerste Kamer der Staten-Generaal`.
    var chamber: String?
    /// `2024-2025`.
    var vergaderjaar: String?
    /// `21501-02`, `36600-XIV`.
    var dossier: String?
    var dossierTitle: String?
    /// The second dossier a paper belongs to (`32 043` / `Toekomst arbeidsmarkt en pensioenen`
    /// under the first), and its title.
    var otherDossier: (number: String, title: String?)?
    var ondernummer: String?
    /// The stuk heading, lines joined: `MOTIE VAN HET LID CEDER`.
    var heading: String?
    /// `YYYY-MM-DD`.
    var date: String?
    /// The word the date line opens with: `Voorgesteld`, `Ontvangen`, `Vastgesteld`, or where the
    /// letter was signed (`Den Haag, `).
    var dateOpener: String?
    /// The note whose marker is glued to the stuk heading or to an Eerste Kamer paper's letter
    /// (`… VAN DE KONING1`, `H1 BRIEF VAN …`): a note of the paper as a whole, the committee's members.
    var headingNote: Int?
    /// The lines of a note set under the dossier's title, as indices into the text's lines.
    var noteLines: [Int] = []
    /// The addressee line of a letter, without `Aan `: `de Voorzitter van de Tweede Kamer der Staten-Generaal`.
    var addressee: (text: String, line: Int)?
    /// Lines the head took, as indices into the lines: the chamber line to the date line.
    var lineRange: Range<Int>
    /// Set when the head is that of kamervragen in the Aanhangsel van de Handelingen.
    var aanhangsel: Aanhangsel?

    /// How many non-blank lines from the top detection looks at.
    static let searchWindow = 12
    /// How many lines from the top the head may take.
    static let headLineLimit = 60

    /// Reads the head, or nil when the text does not open with a chamber line.
    ///
    /// Text extracted with `pdftotext -layout` keeps the two columns of the head on one line
    /// (`21 501-02      Raad Algemene Zaken …`, `Nr. 3121      MOTIE VAN …`), so the head is read
    /// from the lines cut into columns (`TextLine.columns`).
    ///
    /// `opensAtDossier`: the text may open at the dossier line instead (`34 700 Kabinetsformatie
    /// 2017`, or `Nr. 19 BRIEF VAN …` alone), as a web page of the Kamerstuk shows it, the
    /// chamber and vergaderjaar being in the page's own lines (`webHeadStart`).
    static func read(_ text: [UInt8], lines: [TextLine], opensAtDossier: Bool = false) -> KamerstukPDFHead? {
        var reader = KamerstukHeadReader(text: text, lines: TextLine.columns(of: lines.prefix(headLineLimit), in: text))
        guard var first = reader.peek() else { return nil }
        let start = first.number - 1
        // Poppler may give the chamber's large number first, its top standing above the name's.
        if isChamberNumber(text, first.content) {
            var ahead = reader
            ahead.skip()
            if let next = ahead.peek(), isChamberLine(text, next.content) {
                reader = ahead
                first = next
            }
        }
        var head = KamerstukPDFHead(lineRange: start..<first.number)
        var lettered = opensAtDossier
        if isChamberLine(text, first.content) {
            reader.skip()
            lettered = text.hasPrefix("Eerste", in: first.content)
            head.chamber = lettered ? "Eerste Kamer der Staten-Generaal" : "Tweede Kamer der Staten-Generaal"
            if let line = reader.peek(), isChamberNumber(text, line.content) { reader.skip() }
            var vergaderjaarLine: TextLine?
            if let line = reader.peek(), text.hasPrefix("Vergaderjaar ", in: line.content) {
                head.vergaderjaar = vergaderjaar(text, line.content)
                vergaderjaarLine = line
                reader.skip()
                // A page break after the dash (a web page of the typeset paper): `Vergaderjaar 2019-`, `2020`.
                let first = text[line.content].filter(Self.isDigit)
                if head.vergaderjaar == nil, first.count == 4, text[line.content.upperBound - 1] == UInt8(ascii: "-"),
                    let year = reader.peek(), year.content.count == 4, text[year.content].allSatisfy(Self.isDigit)
                {
                    head.vergaderjaar = String(decoding: first, as: UTF8.self) + "-" + text.string(year.content)
                    reader.skip()
                }
            }
            // `pdftotext` may set the chamber's number after the vergaderjaar.
            if let line = reader.peek(), isChamberNumber(text, line.content) { reader.skip() }
            if head.readAanhangsel(text, reader: &reader, vergaderjaarLine: vergaderjaarLine) { return head }
        } else if !opensAtDossier || !opensWebHead(text, lines: reader.lines, at: reader.index) {
            return nil
        }
        var titleOnDossierLine: String?
        if let line = reader.peek(), let dossier = dossier(text, line.content) ?? dossierOfFirstPaper(text, line.content) {
            head.dossier = dossier
            reader.skip()
        } else if let line = reader.peek(), let (dossier, title) = dossierWithTitle(text, line.content) ?? romanDossierWithTitle(text, line.content) {
            head.dossier = dossier
            titleOnDossierLine = text.string(title)
            reader.skip()
        }
        var headingLines: [TextLine] = []
        // The Eerste Kamer numbers its papers with letters and prints the letter alone (`B`), or
        // before the heading where the Word file's columns share a line (`B MEMORIE VAN ANTWOORD`).
        if let nrIndex = reader.find(within: 8, where: {
            opensWithNr(text, $0.content) || (lettered && opensWithLetterNumber(text, $0.content)) || documentHeading(text, $0.content) != nil
        }) {
            let titlesEnd = head.takeTitleNote(text, reader: reader, before: nrIndex)
            // A paper in two dossiers prints the second's number and title under the first's, the
            // title on the number's line where the first's is (`21 501-27 Sportraad`).
            var titleEnd = titlesEnd
            if let (second, number, titleOnLine) = (reader.index..<titlesEnd).lazy.compactMap({ index in
                reader.lines[index].isBlank ? nil : otherDossier(text, reader.lines[index].content, titled: titleOnDossierLine != nil).map { (index, $0.number, $0.title) }
            }).first {
                titleEnd = second
                var other = reader
                other.index = second + 1
                let rest = other.joinedText(upTo: titlesEnd)
                head.otherDossier = (number, titleOnLine.map { first in rest.map { first + " " + $0 } ?? first } ?? rest)
            }
            let titleLines = reader.joinedText(upTo: titleEnd)
            head.dossierTitle = titleOnDossierLine.map { first in titleLines.map { first + " " + $0 } ?? first } ?? titleLines
            reader.index = nrIndex
            let line = reader.next()!
            let number = text.trimmed(line.content.lowerBound + (opensWithNr(text, line.content) ? 4 : 0)..<line.content.upperBound)
            let end = number.first { text[$0] == 0x20 || text[$0] == 0x09 } ?? number.upperBound
            // A committee's paper that is no Kamerstuk yet has the Kamer's document number instead.
            if documentHeading(text, line.content) == nil {
                let ondernummer = lettered ? withoutMarker(text, number.lowerBound..<end) : number.lowerBound..<end
                head.ondernummer = text.string(ondernummer)
                if ondernummer.upperBound < end { head.headingNote = Int(text.string(ondernummer.upperBound..<end)) }
            }
            // Text converted from the Word file keeps the head's two columns on one line, with a
            // single space between them: `Nr. 612 MOTIE VAN HET LID …` opens the heading.
            var rest = line
            rest.content = text.trimmed(end..<number.upperBound)
            // A reprint's mark after the number (`Nr. 7 HERDRUK1`, its note saying why) goes with
            // the number; the heading then follows on its own line.
            if let reprint = reprintMark(text, rest.content) {
                head.headingNote = head.headingNote ?? reprint.marker
                rest.content = text.trimmed(reprint.end..<rest.content.upperBound)
            }
            if !rest.content.isEmpty, isCapitalLine(text, rest.content) || namesKind(text, rest.content) { headingLines.append(rest) }
            if headingLines.isEmpty, head.dossierTitle == nil { head.readTitlesAfterNumber(text, reader: &reader) }
        } else if head.dossier != nil,
            let headingIndex = reader.find(within: 6, where: { isCapitalLine(text, $0.content) && namesKind(text, $0.content) })
        {
            // A page that leaves the paper's number out (the Parlementaire Monitor's text of an
            // Eerste Kamer paper, its letter in the page's facts): the dossier's title, then the heading.
            let titleLines = reader.joinedText(upTo: head.takeTitleNote(text, reader: reader, before: headingIndex))
            head.dossierTitle = titleOnDossierLine.map { first in titleLines.map { first + " " + $0 } ?? first } ?? titleLines
            reader.index = headingIndex
        }
        // The heading's lines follow each other without a blank line; a numbered capital line after
        // it (`I. ALGEMEEN` under `MEMORIE VAN TOELICHTING`) is the body's first chapter, and
        // `INHOUDSOPGAVE` the body's table of contents.
        while let line = headingLines.isEmpty ? reader.peek() : reader.immediate(), headingLines.count < 6,
            isCapitalLine(text, line.content), headingLines.isEmpty || !isNumbered(text, line.content),
            headingLines.isEmpty || !text.equals("INHOUDSOPGAVE", in: line.content)
        {
            reader.skip()
            // The reprint's mark on a line of its own above the heading, as the PDF sets it.
            if headingLines.isEmpty, let reprint = reprintMark(text, line.content), reprint.end == line.content.upperBound {
                head.headingNote = head.headingNote ?? reprint.marker
                continue
            }
            headingLines.append(line)
        }
        if !headingLines.isEmpty {
            let (heading, marker) = splittingGluedMarker(joined(text, headingLines))
            head.heading = heading
            head.headingNote = head.headingNote ?? marker
        }
        head.lineRange = start..<reader.consumedLines
        head.readOpening(text, reader: &reader)
        return head
    }

    /// Where the dossier's titles end, before `end`: at a note under them (`1  Samenstelling: …`,
    /// set where a site's conversion of the PDF read the page's foot), whose lines are the paper's
    /// (`noteLines`), else at `end`.
    private mutating func takeTitleNote(_ text: [UInt8], reader: KamerstukHeadReader, before end: Int) -> Int {
        guard let note = (reader.index..<end).dropFirst().first(where: { !reader.lines[$0].isBlank && Self.startsTitleNote(text, reader.lines[$0].content) })
        else { return end }
        noteLines = reader.lines[note..<end].filter { !$0.isBlank }.map { $0.number - 1 }
        return note
    }

    /// The opening alone, where a page shows the paper without its head (`KamerstukPageFacts`):
    /// an addressee line and a date line (`Aan de Voorzitter …`, `Den Haag, 11 juni 2010`,
    /// `Vastgesteld 10 juni 2008`) at the top of `lines`; nil where neither stands there.
    static func openingOnly(_ text: [UInt8], lines: ArraySlice<TextLine>) -> KamerstukPDFHead? {
        guard let first = lines.first(where: { !$0.isBlank }) else { return nil }
        var reader = KamerstukHeadReader(text: text, lines: Array(lines.prefix(8)))
        var head = KamerstukPDFHead(lineRange: first.number - 1..<first.number - 1)
        head.readOpening(text, reader: &reader)
        return head.addressee != nil || head.date != nil ? head : nil
    }

    /// The field that names the second dossier the paper belongs to, with its title: `Ook in
    /// dossier: 32 043 Toekomst arbeidsmarkt en pensioenen`.
    func otherDossierField(at location: SourceLocation) -> Field? {
        guard let (number, title) = otherDossier else { return nil }
        return Field(label: "Ook in dossier", value: title.map { "\(number) \($0)" } ?? number, location: location)
    }

    /// pdfminer sets the head's right column after its left one: the dossier numbers, `Nr. 6`,
    /// then the dossier's title and the stuk heading. Lines in mixed case between the number and
    /// the heading (within a few lines) are the title; a paper in two dossiers has their titles
    /// apart, each in its own block of lines.
    mutating func readTitlesAfterNumber(_ text: [UInt8], reader: inout KamerstukHeadReader) {
        reader.skipBlank()
        let titleStart = reader.index
        guard let headingIndex = reader.find(within: 6, where: { Self.isCapitalLine(text, $0.content) || Self.namesKind(text, $0.content) }),
            headingIndex > titleStart
        else { return }
        var blocks: [[TextLine]] = [[]]
        for line in reader.lines[titleStart..<headingIndex] {
            if line.isBlank {
                if !blocks[blocks.count - 1].isEmpty { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append(line)
            }
        }
        if blocks[blocks.count - 1].isEmpty { blocks.removeLast() }
        if let other = otherDossier, other.title == nil, blocks.count >= 2 {
            dossierTitle = Self.joined(text, blocks[0])
            otherDossier = (other.number, Self.joined(text, blocks.dropFirst().flatMap { $0 }))
        } else {
            dossierTitle = Self.joined(text, blocks.flatMap { $0 })
        }
        reader.index = headingIndex
    }

    /// Where a web page's text of a Kamerstuk (officielebekendmakingen.nl, tweedekamer.nl, a
    /// mirror) opens the paper, below the page's own lines: the dossier line (`34 700
    /// Kabinetsformatie 2017`) with the `Nr. 19 BRIEF VAN DE INFORMATEUR` line (or an Eerste Kamer
    /// letter, `B VOORLOPIG VERSLAG …`) within the next three lines, that `Nr.` line alone with
    /// its capital heading, or the chamber line with `Vergaderjaar …` under it. Looks at the first
    /// `webHeadWindow` lines.
    static func webHeadStart(_ text: [UInt8], lines: [TextLine]) -> Int? {
        let window = Array(lines.prefix(webHeadWindow))
        return window.indices.first { opensWebHead(text, lines: window, at: $0) }
    }

    static let webHeadWindow = 80

    /// Whether `lines[index]` opens a Kamerstuk's head as `webHeadStart` finds it.
    static func opensWebHead(_ text: [UInt8], lines: [TextLine], at index: Int) -> Bool {
        let content = lines[index].content
        guard !content.isEmpty else { return false }
        // The paper's whole head, under a mirror's table of facts: the chamber, then `Vergaderjaar`.
        if isChamberLine(text, content) {
            return lines[(index + 1)...].lazy.filter { !$0.isBlank }.prefix(2).contains { text.hasPrefix("Vergaderjaar ", in: $0.content) }
        }
        // An Eerste Kamer dossier numbered in Roman numerals (`CXXIV Verslag van …`), its paper's
        // letter and heading on the next line (`G BRIEF VAN …`).
        if isRomanNumeral(text[content.lowerBound]), romanDossierWithTitle(text, content) != nil {
            return lines[(index + 1)...].first(where: { !$0.isBlank }).map { opensWithLetterNumber(text, $0.content) && $0.content.count > 2 } ?? false
        }
        guard isDigit(text[content.lowerBound]) || text[content.lowerBound] == UInt8(ascii: "N") || text[content.lowerBound] == UInt8(ascii: "n")
        else { return false }
        if numberedHeading(text, content) || documentHeading(text, content) != nil { return true }
        // A page that shows the paper from its number on (`nr. 8` over `AMENDEMENT VAN HET LID …`).
        if opensWithNr(text, content), content.count <= 12,
            text[(content.lowerBound + 4)..<content.upperBound].allSatisfy({ isDigit($0) || (0x41...0x5A).contains($0) }),
            headsKind(text, after: index, in: lines)
        {
            return true
        }
        guard dossier(text, content) != nil || dossierWithTitle(text, content) != nil || dossierOfFirstPaper(text, content) != nil else { return false }
        // Within three lines, or five where a second dossier's number and title stand between.
        var seen = 0, window = 3
        for nextIndex in (index + 1)..<lines.endIndex where !lines[nextIndex].isBlank {
            let next = lines[nextIndex]
            if numberedHeading(text, next.content) || opensWithNr(text, next.content) && next.content.count <= 12
                || opensWithLetterNumber(text, next.content) && next.content.count > 2
                || isLetterNumber(text, next.content) && headsKind(text, after: nextIndex, in: lines)
            {
                return true
            }
            if window == 3, dossier(text, next.content) != nil { window = 5 }
            seen += 1
            if seen == window { return false }
        }
        return false
    }

    /// `Nr. 19 BRIEF VAN DE INFORMATEUR` (or `Nr. 851 Brief van de staatssecretaris …`): the number
    /// and the stuk heading on one line.
    private static func numberedHeading(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard opensWithNr(text, range) else { return false }
        var index = range.lowerBound + 4
        let digits = index
        while index < range.upperBound, isDigit(text[index]) || (0x41...0x5A).contains(text[index]) { index += 1 }
        guard index > digits, index < range.upperBound, text[index] == 0x20 else { return false }
        let heading = index + 1..<range.upperBound
        return isCapitalLine(text, heading) && text[heading].filter { $0 == 0x20 }.count >= 1 || namesKind(text, heading)
            || reprintMark(text, heading) != nil
    }

    /// Whether the first line after `lines[index]` that is not blank is a heading in capitals that
    /// names a kind (`nr. 8` or an Eerste Kamer paper's letter alone above it: `B` over `VOORLOPIG
    /// VERSLAG …`).
    private static func headsKind(_ text: [UInt8], after index: Int, in lines: [TextLine]) -> Bool {
        guard let next = lines[(index + 1)...].first(where: { !$0.isBlank }) else { return false }
        return isCapitalLine(text, next.content) && namesKind(text, next.content)
    }

    /// `CXXIV Verslag van de Tijdelijke Commissie …`: an Eerste Kamer dossier numbered in Roman
    /// numerals, two or more, and its title; the number and the title's range.
    static func romanDossierWithTitle(_ text: [UInt8], _ range: Range<Int>) -> (dossier: String, title: Range<Int>)? {
        let end = text[range].firstIndex(of: 0x20) ?? range.upperBound
        guard end - range.lowerBound >= 2, end - range.lowerBound <= 10, text[range.lowerBound..<end].allSatisfy(isRomanNumeral)
        else { return nil }
        let title = text.trimmed(end..<range.upperBound)
        guard !title.isEmpty, (0x41...0x5A).contains(text[title.lowerBound]), !isCapitalLine(text, title) else { return nil }
        return (text.string(range.lowerBound..<end), title)
    }

    /// `I`, `V`, `X`, `L`, `C`, `D`, `M`: asked of a line's first byte.
    private static func isRomanNumeral(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "M"): true
        default: false
        }
    }

    /// `2023D35130 INBRENG VERSLAG VAN EEN SCHRIFTELIJK OVERLEG`: the Kamer's document number and a
    /// heading that names a kind, as tweedekamer.nl heads a committee's paper that has no Kamerstuk
    /// number; the heading's range.
    static func documentHeading(_ text: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 4, isDigit(text[index]) { index += 1 }
        guard index - range.lowerBound == 4, index < range.upperBound, text[index] == UInt8(ascii: "D") else { return nil }
        index += 1
        let digits = index
        while index < range.upperBound, isDigit(text[index]) { index += 1 }
        guard index - digits >= 5, index < range.upperBound, text[index] == 0x20 else { return nil }
        let heading = text.trimmed(index..<range.upperBound)
        return isCapitalLine(text, heading) && namesKind(text, heading) ? heading : nil
    }

    /// A stuk heading that a Word file set in small capitals comes through in mixed case (`Brief van
    /// de staatssecretaris van …`): it is one where it names a kind of paper.
    static func namesKind(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, (0x41...0x5A).contains(text[range.lowerBound]) else { return false }
        return KamerstukKind.classify(text.string(range)) != nil
    }

    /// Whether the text has this layout: a chamber line first (perhaps after the chamber's number),
    /// then within a few lines a `Vergaderjaar` or `Nr.` line. Looks at the first lines only.
    /// The columns are cut line by line, and the look stops at the first column that decides.
    static func isKamerstukLayout(_ string: String) -> Bool {
        var string = string
        let text = string.withUTF8 { Array(UnsafeBufferPointer(rebasing: $0.prefix(4_096))) }
        var seen = 0, numberFirst = false
        for line in TextLine.split(text).prefix(headLineLimit) {
            for column in TextLine.columns(of: CollectionOfOne(line), in: text) where !column.isBlank {
                // The chamber's large number may come before its name (`read`).
                if seen == 0, !numberFirst, isChamberNumber(text, column.content) {
                    numberFirst = true
                    continue
                }
                guard seen > 0 || isChamberLine(text, column.content) else { return false }
                if text.hasPrefix("Vergaderjaar ", in: column.content) || text.hasPrefix("Nr. ", in: column.content) { return true }
                seen += 1
                if seen == searchWindow { return false }
            }
        }
        return false
    }
}
