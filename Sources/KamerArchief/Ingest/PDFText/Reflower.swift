/// A heading line or a paragraph of a letter, in reading order.
struct FlowBlock: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case heading, paragraph }

    var kind: Kind
    /// A heading's line, or a paragraph's joined lines without its list label.
    var text: LocatedText
    /// The label (`1)`, `a.`, `-`) when the paragraph is a list item.
    var listLabel: String?
    /// The block's first character in the source (a list item's label).
    var location: SourceLocation
    /// The table the block is, its text then empty (`TextTables`).
    var table: Table? = nil
}

/// Joins body lines into headings and paragraphs, across line and page breaks.
///
/// Which line breaks were made by the PDF's wrapping is judged against the wrap limit: a line was
/// wrapped when the next line's first word would not have fitted after it. A paragraph ends at a
/// paragraph break (a space-only line), before a heading or list item, after a line that ends a
/// sentence without being wrapped, and at a page break unless the sentence runs on.
///
/// A heading is a line at a paragraph's start or after a sentence's end: no closing punctuation,
/// not lowercase, followed by a line that does not open in lowercase, and short enough that the
/// next word would have fitted. Right after a heading and a paragraph break (where a pillar's first
/// action stands) a heading may be longer, if the next line opens with a capital and the heading
/// does not end in a function word such as `het` or `van`.
///
/// A debate's speaker's label (`De heer Erkens (VVD):`, `SpeakerLabel`) is a paragraph of its own,
/// and a line that opens with one opens a paragraph. A list item's label alone on its line opens the
/// item of the next line; a bullet's also across an empty line, a column of bullets the items after
/// it, and a lijst van vragen's number alone (`1`) its question.
enum Reflower {
    /// `ministryLayout`: a short numbered line (`1. Water en Bodem`) that a heading or paragraph
    /// follows is a heading rather than a list item, as in ministry letters' chapter titles; and a
    /// list item after a sentence's end starts a new item even when the line before looks full.
    /// `dehyphenates`: a word the typesetting broke at a line's end is joined without its hyphen
    /// (`WordBreaks`), as in the Kamerstukken's justified layout.
    static func reflow(
        _ events: [PageEvent], file: String, forcedHeadings: Set<String> = [], ministryLayout: Bool = false, dehyphenates: Bool = false
    ) -> [FlowBlock] {
        let lines = bodyLines(events)
        let limit = wrapLimit(lines)
        // Where each block opens, found first: a block's text is then made from its lines with
        // room for all of them at once, instead of growing (and being copied) line by line.
        var openings: [(index: Int, kind: FlowBlock.Kind, listLabel: String?, textStart: Int?)] = []
        // Lines are read in place, and the previous and next ones by their index, the next only
        // where it is asked about: a copy of a line counts a reference to its bytes.
        var previousIsHeading = false
        // A numbered chapter's title is followed by its text, not by a long heading (a pillar's action).
        var previousIsNumbered = false
        // Lines that belong to the heading just opened: a numbered title's wrapped or set-apart lines.
        var headingLinesLeft = 0
        // Under `Vraag 3` a short question is the question's text, never a heading.
        var underQuestionLabel = false
        // Tables by their first line; the line after one opens a block.
        var tables: [Int: TextTables.Found] = [:]
        for found in TextTables.find(in: lines) { tables[found.lines.lowerBound] = found }
        var afterTable = false
        // After a speaker's label (`De heer Erkens (VVD):`) what the speaker says opens a paragraph.
        var afterSpeaker = false
        // The number of the last numbered list item (`4.`), whatever headings came after it.
        var lastItemNumber: Int?
        // The number of the last question a lijst van vragen numbered with a number alone (`1`).
        var lastQuestionNumber = 0
        for index in lines.indices {
            if headingLinesLeft > 0 {
                headingLinesLeft -= 1
                continue
            }
            if let found = tables[index] {
                openings.append((index, .paragraph, nil, nil))
                previousIsHeading = false
                previousIsNumbered = false
                headingLinesLeft = found.lines.count - 1
                afterTable = true
                continue
            }
            let followsTable = afterTable, followsSpeaker = afterSpeaker
            afterTable = false
            afterSpeaker = false
            let line = lines[index].line, gap = lines[index].gap
            // A debate's speaker's label, and its head's `Voorzitter: Kops`, stand as paragraphs of
            // their own, never as headings, and never run on into the text around them.
            let speaker = speakerLine(line)
            if speaker == .label {
                openings.append((index, .paragraph, nil, nil))
                previousIsHeading = false
                previousIsNumbered = false
                underQuestionLabel = false
                afterSpeaker = true
                continue
            }
            // `1.2` alone on its line, its title on the next (set apart by a tab, or by the sidebar
            // that PDF text puts between them), perhaps wrapping onto the line after.
            if let titleLines = numberedTitleLines(at: index, in: lines, chapterLabels: ministryLayout, limit: limit) {
                openings.append((index, .heading, nil, nil))
                previousIsHeading = true
                previousIsNumbered = true
                underQuestionLabel = false
                headingLinesLeft = titleLines
                continue
            }
            // `Vraag 3`, `Antwoord op vraag 3:`: a heading wherever it stands.
            if Kamervragen.isQuestionLabel(line.text) {
                openings.append((index, .heading, nil, nil))
                previousIsHeading = true
                previousIsNumbered = false
                underQuestionLabel = true
                continue
            }
            // A lijst van vragen's number alone above its question (`1`, perhaps an empty line, then
            // `Hoeveel bedrijven … ?`), numbered on from 1: the question's label.
            if let number = questionNumber(at: index, in: lines), number == lastQuestionNumber + 1 {
                openings.append((index, .paragraph, String(number), line.content.upperBound))
                lastQuestionNumber = number
                previousIsHeading = false
                previousIsNumbered = false
                headingLinesLeft = 1
                continue
            }
            // pypdf and PyMuPDF set a list item's label on a line of its own (`1.`, then `Het
            // wetsvoorstel … bij uw`): the label opens the item, and the next line is its text where
            // that is an item's, not a title's (it ends a sentence or clause, or wraps), and does not
            // go on in lowercase with a line before that ends none (pdfminer may draw the next item's
            // bullet between an item's lines).
            // A bullet glyph alone is never a paragraph: its text may follow after an empty line
            // (pdftotext's plain text, where a sidebar stood beside the item on a new page).
            if let bare = bareListLabel(of: line), index + 1 < lines.count, case let next = lines[index + 1],
                !next.gap.isBreak || (!next.gap.pageBreak && glyphBullets.contains(bare)),
                listLabel(of: next.line) == nil, bareListLabel(of: next.line) == nil,
                next.line.endsSentence || next.line.lastScalar == ","
                    || (index + 2 < lines.count && isWrapped(next.line, before: lines[index + 2].line, limit: limit)),
                !next.line.startsLowercase || index == 0 || lines[index - 1].line.endsSentence
            {
                openings.append((index, .paragraph, bare, line.content.upperBound))
                if let number = itemNumber(bare) { lastItemNumber = number }
                previousIsHeading = false
                previousIsNumbered = false
                headingLinesLeft = 1
                continue
            }
            var label = listLabel(of: line)
            let hasNext = index + 1 < lines.count
            // In a ministry letter's layout a numbered line (`3.`) may be a chapter's title, unless
            // it is a long line numbered as the next item of a numbered list (`5.  We voeren
            // maatregelen uit van de Kaderrichtlijn Water (KRW)` after the item `4.`, its text set
            // apart by pdfminer). A short one is a chapter's title after a list that ends one short
            // of its number.
            let labelNumber = label.flatMap { itemNumber($0.label) }
            let continuesList = labelNumber != nil && lastItemNumber.map { $0 + 1 } == labelNumber && line.length * 2 >= limit
            let isNumbered = ministryLayout && labelNumber != nil && !continuesList
            if isNumbered, index + 2 < lines.count, !lines[index + 1].gap.isBreak, isWrappedHeading(line, next: lines[index + 1].line, after: lines[index + 2].line, limit: limit)
            {
                openings.append((index, .heading, nil, nil))
                previousIsHeading = true
                previousIsNumbered = true
                headingLinesLeft = 1
                continue
            }
            // A long one stands alone where a paragraph break follows it (`7. Bestuursovereenkomst
            // intenties samenwerking NOVEX Schipholregio`).
            var isNumberedHeading = false
            if isNumbered, hasNext, listLabel(of: lines[index + 1].line) == nil,
                isHeadingLine(line, next: lines[index + 1].line, long: lines[index + 1].gap.paragraphBreak, limit: limit)
            {
                label = nil
                isNumberedHeading = true
            }
            var starts = true
            // A table ends its block as a sentence does, and so does a speaker's label.
            var previousEndsSentence = followsTable || followsSpeaker
            // An older debate's report prints a turn's text on after its label (`De heer Smaling (SP): Voorzitter. …`).
            let opensTurn = label == nil && speaker == .turn
            if !previousEndsSentence, index > 0 {
                previousEndsSentence = lines[index - 1].line.endsSentence
                if !previousIsHeading {
                    let previous = lines[index - 1].line
                    starts = opensTurn || startsParagraph(line, after: previous, gap: gap, isListItem: label != nil, limit: limit)
                        // The fiches a letter brings, a line each (`Fiche 2: …`), wrapped or not.
                        || namesFiche(line) || (namesFiche(previous) && !isWrapped(previous, before: line, limit: limit))
                        || (label == nil && endsSemicolonList(before: index, in: lines, openings: openings))
                        || (ministryLayout && label != nil && previousEndsSentence)
                        // A bullet (not a dash, which may be punctuation) always opens an item.
                        || label.map { glyphBullets.contains($0.label) } == true
                }
            }
            // A title that wraps onto a second line, between paragraph breaks (`Uitvoering motie van
            // de leden Van Baarle en Dassen aanscherping` / `Uitvoeringsrichtlijn openbare agenda’s
            // bewindslieden`).
            if label == nil, !followsSpeaker, index == 0 || (gap.paragraphBreak && previousEndsSentence), index + 2 < lines.count,
                lines[index + 2].gap.paragraphBreak, !lines[index + 1].gap.isBreak,
                isWrappedTitle(line, next: lines[index + 1].line, after: lines[index + 2].line, limit: limit)
            {
                openings.append((index, .heading, nil, nil))
                previousIsHeading = true
                previousIsNumbered = false
                underQuestionLabel = false
                headingLinesLeft = 1
                continue
            }
            // After a sentence's end, a heading starts even where the previous line looks wrapped;
            // never after `luidende:`, where an amendment quotes the law's text, its inserted part's
            // label (`Da`, `Artikel 5.16c`) among it.
            let mayBeHeading = label == nil && !followsSpeaker && !opensTurn && (starts || previousEndsSentence)
                && !(index > 0 && quotesText(after: lines[index - 1].line))
            let isHeading = (!forcedHeadings.isEmpty && forcedHeadings.contains(line.text.headingKey))
                || (mayBeHeading && isNumberedHeading)
                || (mayBeHeading && isHeadingLine(
                    line, next: hasNext ? lines[index + 1].line : nil, long: starts && previousIsHeading && !previousIsNumbered && gap.isBreak,
                    limit: limit))
                || (mayBeHeading && !previousIsHeading && !underQuestionLabel && hasNext
                    && isQuestionHeading(line, next: lines[index + 1].line, limit: limit))
                || (mayBeHeading && ministryLayout && previousEndsSentence && hasNext
                    && isNumberedTitle(line, next: lines[index + 1].line))
            if isHeading { underQuestionLabel = false }
            if isHeading || starts || openings.isEmpty {
                openings.append((index, isHeading ? .heading : .paragraph, isHeading ? nil : label?.label, isHeading ? nil : label?.textStart))
                if !isHeading, let labelNumber { lastItemNumber = labelNumber }
            }
            previousIsHeading = isHeading
            previousIsNumbered = isHeading && isNumberedHeading
        }
        // Four or more short unnumbered heading lines in a row are a table's cells as pdftotext
        // writes them (`Sector`, `Energie`, `Drinkwater` …): one paragraph, no sections.
        if openings.count >= 4 {
            func isCell(_ position: Int) -> Bool {
                let opening = openings[position], line = lines[opening.index].line
                return opening.kind == .heading && line.length <= 30 && !(line.text.unicodeScalars.first?.isASCIIDigit ?? false)
            }
            var merged: [(index: Int, kind: FlowBlock.Kind, listLabel: String?, textStart: Int?)] = []
            var position = 0
            while position < openings.count {
                var end = position
                while end + 1 < openings.count, isCell(end), isCell(end + 1), openings[end + 1].index == openings[end].index + 1 { end += 1 }
                if isCell(position), end - position >= 3 {
                    merged.append((openings[position].index, .paragraph, nil, nil))
                    position = end + 1
                } else {
                    merged.append(openings[position])
                    position += 1
                }
            }
            openings = merged
        }
        var blocks: [FlowBlock] = []
        blocks.reserveCapacity(openings.count)
        var breaks = dehyphenates ? WordBreaks(lines) : nil
        for (number, opening) in openings.enumerated() {
            if let found = tables[opening.index] {
                let first = lines[opening.index].line
                blocks.append(FlowBlock(kind: .paragraph, text: LocatedText(), listLabel: nil, location: first.location(in: file), table: found.table))
                continue
            }
            let end = number + 1 < openings.count ? openings[number + 1].index : lines.count
            // Each line's text and a joining space.
            var bytes = 0
            for index in opening.index..<end { bytes += lines[index].line.text.utf8.count + 1 }
            var text = LocatedText(reservingCapacity: bytes, pieces: end - opening.index)
            let first = lines[opening.index].line
            text.appendPDFLine(first, from: opening.textStart, file: file)
            // A label alone on its line (`bareListLabel`) leaves the text to its next line.
            var labelOnly = opening.textStart == first.content.upperBound
            for index in (opening.index + 1)..<end {
                // The lines are passed in place: a copy of a line counts a reference to its bytes.
                if labelOnly {
                    text.appendPDFLine(lines[index].line, file: file)
                    labelOnly = false
                } else if breaks != nil, breaks!.joins(lines[index - 1].line, lines[index].line) {
                    text.removeLastASCII()
                    text.appendPDFLine(lines[index].line, file: file)
                } else {
                    text.appendPDFContinuation(lines[index].line, after: lines[index - 1].line, file: file)
                }
            }
            blocks.append(FlowBlock(kind: opening.kind, text: text, listLabel: opening.listLabel, location: first.location(in: file)))
        }
        return pairingBulletColumn(blocks)
    }

    /// Bullets that pdftotext gives as a column of their own, before the items' text (`•`, `•`,
    /// `•`, then three items, where a list opens a page): a run of blocks that are each a bullet
    /// alone, followed by as many paragraphs without a label, gives those paragraphs the bullets.
    static func pairingBulletColumn(_ blocks: [FlowBlock]) -> [FlowBlock] {
        func bullet(_ block: FlowBlock) -> String? {
            guard block.kind == .paragraph, block.listLabel == nil, block.table == nil, block.text.length == 1,
                let scalar = block.text.text.unicodeScalars.first, isBullet(scalar)
            else { return nil }
            return shownBullet(scalar)
        }
        guard blocks.contains(where: { bullet($0) != nil }) else { return blocks }
        var result: [FlowBlock] = []
        result.reserveCapacity(blocks.count)
        var index = 0
        while index < blocks.count {
            var end = index
            while end < blocks.count, bullet(blocks[end]) != nil { end += 1 }
            // The run's last bullet may have taken the first item's text, across an empty line.
            let firstItem = end < blocks.count && blocks[end].kind == .paragraph
                && blocks[end].listLabel.map { ["•", "▪", "●", "-", "–"].contains($0) } == true ? end + 1 : end
            let count = end - index
            guard count > 0, firstItem + count <= blocks.count,
                blocks[firstItem..<(firstItem + count)].allSatisfy({ $0.kind == .paragraph && $0.listLabel == nil && $0.table == nil && bullet($0) == nil })
            else {
                result.append(blocks[index])
                index += 1
                continue
            }
            result += blocks[end..<firstItem]
            for offset in 0..<count {
                var item = blocks[firstItem + offset]
                item.listLabel = bullet(blocks[index + offset])
                result.append(item)
            }
            index = firstItem + count
        }
        return result
    }
}

/// The breaks between two body lines.
struct LineGap: Sendable, Hashable {
    var paragraphBreak = false
    var pageBreak = false
    var isBreak: Bool { paragraphBreak || pageBreak }
}

extension String {
    /// How heading texts are compared with a sidecar outline: trimmed, spaces collapsed, lowercase.
    var headingKey: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").lowercased()
    }
}

private extension Reflower {
    static func isWrapped(_ line: PDFLine, before next: PDFLine, limit: Int) -> Bool {
        line.length + 1 + next.firstWordScalarCount > limit
    }

    /// pdfminer sets a list item's text apart from its label's line, with an empty line between
    /// (`5.  We voeren maatregelen uit van de Kaderrichtlijn Water (KRW)`, then
    /// `Stroomgebiedbeheerplannen 2022-2027, …`): after an item's full first line that ends no
    /// sentence or clause, a line that is no item goes on with it.
    static func startsParagraph(_ line: PDFLine, after previous: PDFLine, gap: LineGap, isListItem: Bool, limit: Int) -> Bool {
        let wrapped = isWrapped(previous, before: line, limit: limit)
        if gap.pageBreak { return !(wrapped || !previous.endsSentence || line.startsLowercase) }
        if gap.paragraphBreak {
            return !(wrapped && !isListItem && !previous.endsSentence && previous.lastScalar.map { ",;:".unicodeScalars.contains($0) } != true
                && listLabel(of: previous) != nil)
        }
        return !wrapped && (isListItem || previous.endsSentence)
    }

    /// `3. Gevolgen voor burgers, bedrijven en overheden (regeldruk en` / `uitvoeringslasten)`: a
    /// numbered line that wraps onto a short line ending no sentence, with a new paragraph (a
    /// capital) after it. A list item's second line ends in its sentence's punctuation, or the next
    /// item follows.
    static func isWrappedHeading(_ line: PDFLine, next: PDFLine, after: PDFLine, limit: Int) -> Bool {
        guard isWrapped(line, before: next, limit: limit), !line.endsSentence, line.lastScalar != ",",
            !next.endsSentence, next.lastScalar != ",", next.length * 2 < limit, after.startsUppercase, listLabel(of: next) == nil
        else { return false }
        return !functionWords.contains(next.text.lastWordLowercased)
    }

    /// A title without a number that wraps onto a second line: the first line full, opening with a
    /// capital, the second not (it would have taken the next word), neither ending in a sentence's or
    /// a clause's punctuation nor in a word such as `de` or `van`, and a paragraph in a capital after
    /// it. A paragraph of prose ends in its sentence's punctuation.
    static func isWrappedTitle(_ line: PDFLine, next: PDFLine, after: PDFLine, limit: Int) -> Bool {
        guard line.startsUppercase, isWrapped(line, before: next, limit: limit), !line.endsSentence, line.lastScalar != ",", !namesFiche(line),
            !next.endsSentence, next.lastScalar != ",", !isWrapped(next, before: after, limit: limit), after.startsUppercase,
            listLabel(of: next) == nil, line.length + next.length <= 160
        else { return false }
        return !functionWords.contains(next.text.lastWordLowercased)
    }

    /// A short line that ends no sentence, with a paragraph after it, is a heading; never a remark
    /// in brackets (a debate's `(Geroffel op de bankjes)`, `(Applaus)`), a letter's place and date
    /// within the text (`Den Haag, 11 juni 2004` above a letter in a verslag), nor the addressee
    /// above them (`Aan de Minister voor Medische Zorg en Sport`).
    static func isHeadingLine(_ line: PDFLine, next: PDFLine?, long: Bool, limit: Int) -> Bool {
        guard let next, line.length <= longestHeading, !line.startsLowercase, !line.endsSentence, line.lastScalar != ",",
            line.scalars[line.content].contains(where: \.isFastAlphabetic), !next.startsLowercase,
            !(line.scalars[line.content.lowerBound] == "(" && line.lastScalar == ")"), !isDateline(line), !namesFiche(line),
            !(line.scalars[line.content.lowerBound] == "A" && line.text.utf8.starts(with: "Aan ".utf8) && isDateline(next)), !isDescription(line),
            !isMeetingTime(line)
        else { return false }
        if !isWrapped(line, before: next, limit: limit) { return true }
        return long && next.startsUppercase && !functionWords.contains(line.text.lastWordLowercased)
    }

    /// `I. Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersonen`, `2.1 Kosten`:
    /// a line that opens with a chapter's roman number and point, or a section's number, then a
    /// capital, and ends no sentence nor in a word such as `de` or `van`, with a line in a capital
    /// after it. Asked after a sentence's end in a ministry's or a web page's layout, where the line
    /// is a title however long it is: text wrapped at varying widths (tweedekamer.nl's page of a
    /// paper) leaves no length to judge by. A numbered sentence wraps on (`2.1 Het aantal … is
    /// vergeleken met` / `2018 bijna verdubbeld`), and a time is no number (`20.00 Opening …`).
    static func isNumberedTitle(_ line: PDFLine, next: PDFLine) -> Bool {
        // Asked of every line after a sentence's end: most fail on their first scalar.
        let scalars = line.scalars[line.content]
        guard let first = scalars.first, first.isASCIIDigit || "IVXLC".unicodeScalars.contains(first),
            let space = scalars.prefix(9).firstIndex(of: " ")
        else { return false }
        let number = scalars[..<space], after = scalars.index(after: space)
        guard after < scalars.endIndex, scalars[after].isFastUppercase else { return false }
        let isRoman = number.count >= 2 && number.last == "." && number.dropLast().count <= 5
            && number.dropLast().allSatisfy { "IVXLC".unicodeScalars.contains($0) }
        // Each part of a section's number opens with a digit other than 0.
        guard isRoman || isSectionNumber(number) && number.split(separator: ".").allSatisfy({ $0.first != "0" }) else { return false }
        return !line.endsSentence && line.lastScalar != "," && line.length <= longestHeading && next.startsUppercase
            && !functionWords.contains(line.text.lastWordLowercased)
    }

    /// `Aanvang 16.02 uur`, `Sluiting 17.30 uur`: when a debate's report says the meeting began or
    /// ended, a line of its text.
    static func isMeetingTime(_ line: PDFLine) -> Bool {
        let text = line.text
        return text.utf8.count <= 24 && (text.utf8.starts(with: "Aanvang ".utf8) || text.utf8.starts(with: "Sluiting ".utf8))
            && text.hasSuffix(" uur")
    }

    /// `… wordt een onderdeel ingevoegd, luidende:`: what follows is the text an amendment puts in.
    static func quotesText(after line: PDFLine) -> Bool {
        line.lastScalar == ":" && line.text.utf8.count >= quoteOpening.count && line.text.utf8.suffix(quoteOpening.count).elementsEqual(quoteOpening)
    }

    static let quoteOpening = Array("luidende:".utf8)

    /// `Antwoord van Staatssecretaris … (ontvangen 25 februari 2015)`: kamervragen's describing line,
    /// without its full stop as officielebekendmakingen.nl's Aanhangsel may print it.
    static func isDescription(_ line: PDFLine) -> Bool {
        line.lastScalar == ")" && "AMNV".unicodeScalars.contains(line.scalars[line.content.lowerBound]) && Kamervragen.opensDescription(line.text)
    }

    /// `Fiche 2: Verordening …`: an item of the list of fiches a letter brings, not a heading.
    static func namesFiche(_ line: PDFLine) -> Bool {
        // Nearly every line fails on its first scalar.
        !line.content.isEmpty && line.scalars[line.content.lowerBound] == "F" && PageDumpHeaderParser.ficheTitle(line.text) != nil
    }

    /// A title is a line or two: a longer line that ends no sentence is a paragraph whose last
    /// words are no sentence's end (`… (Kamerstuk 21 501-27, nr. 9)`), as a page's text has it on
    /// one line.
    static let longestHeading = 200

    /// `Den Haag, 11 juni 2004`, `’s-Gravenhage, 3 maart 1998`: where and when a letter was signed;
    /// also after the sender's reference on the same line, as the Raad van State's advice opens
    /// (`RAADNo.W01.20.0036/I 's-Gravenhage, 17 juni 2020`).
    static func isDateline(_ line: PDFLine) -> Bool {
        let text = line.text
        if DayMonthYear.signingPlaces.contains(where: { text.utf8.starts(with: $0.utf8) }) { return true }
        guard line.length <= 80, let last = line.lastScalar, last.isASCIIDigit else { return false }
        // The reference is one word: `Rondetafel in Den Haag, 12 maart 2024` is a heading.
        guard let space = text.firstIndex(of: " ") else { return false }
        return DayMonthYear.dateline(String(text[text.index(after: space)...])) != nil
    }

    /// How many lines after a section's number alone on its line (`1.2`, `3.1.4`: numbers joined by
    /// points) hold its title: the next line when it opens with a capital and ends no sentence, and
    /// the one after when the title wraps onto it. Nil when the line is no such number.
    ///
    /// `chapterLabels`: a chapter's label (`1.`, `IV.`, `A.`) alone counts too, as a web page's
    /// text sets it above its title (`I.`, `ALGEMEEN`); such a label is a list item's as well, so
    /// its title must be short, directly under it, and not run on in lowercase.
    static func numberedTitleLines(at index: Int, in lines: [GappedLine], chapterLabels: Bool = false, limit: Int = .max) -> Int? {
        let line = lines[index].line
        guard line.length <= 8, index + 1 < lines.count else { return nil }
        let isSection = isSectionNumber(line.scalars[line.content])
        guard isSection || (chapterLabels && isChapterLabel(line.scalars[line.content])) else { return nil }
        let title = lines[index + 1].line
        guard title.startsUppercase, !title.endsSentence, listLabel(of: title) == nil else { return nil }
        if !isSection {
            guard !lines[index + 1].gap.isBreak, title.length * 10 < limit * 7,
                index + 2 >= lines.count || !lines[index + 2].line.startsLowercase
            else { return nil }
            return 1
        }
        // Text under a title opens with a capital: a line in lowercase right after it goes on with
        // it, and so does any line after a title that ends in a word such as `de` or `van`.
        guard index + 2 < lines.count, !lines[index + 2].gap.isBreak else { return 1 }
        return lines[index + 2].line.startsLowercase || functionWords.contains(title.text.lastWordLowercased) ? 2 : 1
    }

    /// `1.2`, `3.1.4`, `2.1.`: one- or two-digit numbers joined by points.
    static func isSectionNumber<Scalars: Collection<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        var digits = 0, points = 0, previousIsPoint = true
        for scalar in scalars {
            if scalar.isASCIIDigit {
                digits += 1
                guard digits <= 2 else { return false }
                previousIsPoint = false
            } else if scalar == ".", !previousIsPoint {
                points += 1
                digits = 0
                previousIsPoint = true
            } else {
                return false
            }
        }
        return points >= 1 && (points >= 2 || !previousIsPoint)
    }

    /// `Draagmoederschap of adoptie?`: a short question of a few words on a line of its own, after a
    /// paragraph and before a capital; not right under a heading or under a question's label
    /// (`Vraag 3`), where a question is a question's text.
    static func isQuestionHeading(_ line: PDFLine, next: PDFLine, limit: Int) -> Bool {
        guard line.lastScalar == "?", line.startsUppercase, next.startsUppercase, line.length * 2 < limit else { return false }
        return line.text.utf8.lazy.filter { $0 == 0x20 }.count < 8
    }

    enum SpeakerLine { case label, turn }

    /// `.label` for a debate's speaker's label alone on its line, or its head's chair or clerk;
    /// `.turn` for a line that opens with a label and goes on with the turn's text
    /// (`SpeakerLabel`). Asked of every line: most are decided by their first and last scalars.
    static func speakerLine(_ line: PDFLine) -> SpeakerLine? {
        guard let last = line.lastScalar else { return nil }
        switch line.scalars[line.content.lowerBound] {
        case "D", "M", "S":
            if last == ":" { return SpeakerLabel.isLabel(line.text) ? .label : nil }
            return line.length > 12 && SpeakerLabel.inlineLabel(line.text) != nil ? .turn : nil
        case "V", "G", "T": return last != ":" && SpeakerLabel.isMeetingRole(line.text) ? .label : nil
        default: return nil
        }
    }

    /// Whether the line at `index` opens with a capital after a list whose items end in `;` and whose
    /// open item (the last of `openings`, the one before it an item too) ends in `.` on the line
    /// before: the list's last item has ended (`– de brief … (Kamerstuk 32 813, nr. 1502).`, then `Van
    /// dit overleg …`), even where that line looks full.
    static func endsSemicolonList(
        before index: Int, in lines: [GappedLine], openings: [(index: Int, kind: FlowBlock.Kind, listLabel: String?, textStart: Int?)]
    ) -> Bool {
        // Asked of most lines: the line before and the line's first scalar decide most.
        guard lines[index - 1].line.lastScalar == ".", lines[index].line.startsUppercase, openings.count >= 2,
            openings[openings.count - 1].listLabel != nil, openings[openings.count - 2].listLabel != nil
        else { return false }
        let item = openings[openings.count - 1].index
        return item > 0 && lines[item - 1].line.lastScalar == ";"
    }

    /// The number of a line that is a number alone (1 to 999) above a question: the next line, on
    /// the same page, opens with a capital, and the first of it and the three lines after it that
    /// ends a sentence ends in a question mark.
    static func questionNumber(at index: Int, in lines: [GappedLine]) -> Int? {
        let line = lines[index].line
        guard (1...3).contains(line.length), line.scalars[line.content].allSatisfy(\.isASCIIDigit), index + 1 < lines.count,
            !lines[index + 1].gap.pageBreak, lines[index + 1].line.startsUppercase
        else { return nil }
        for next in lines[(index + 1)..<min(index + 5, lines.count)] where next.line.endsSentence {
            guard next.line.lastScalar == "?" else { return nil }
            return Int(line.text)
        }
        return nil
    }

    /// Words a heading does not end in: a line ending in one runs on.
    static let functionWords: Set<String> = [
        "de", "het", "een", "van", "voor", "en", "in", "op", "met", "aan", "te", "tot", "door", "om",
        "bij", "naar", "uit", "of", "die", "dat", "als", "over", "is", "zijn", "wordt", "worden",
    ]

}

/// A body line and what stood between it and the line before.
struct GappedLine: Sendable, Hashable {
    var line: PDFLine
    var gap: LineGap
}

/// The steps every PDF-text layout shares once the notes and furniture are off the page.
extension Reflower {
    /// The body's lines, each with the paragraph and page breaks before it.
    static func bodyLines(_ events: [PageEvent]) -> [GappedLine] {
        var result: [GappedLine] = []
        result.reserveCapacity(events.count)
        var gap = LineGap()
        for event in events {
            switch event {
            case .paragraphBreak: gap.paragraphBreak = true
            case .pageBreak: gap.pageBreak = true
            case .line(let line):
                result.append(GappedLine(line: line, gap: gap))
                gap = LineGap()
            }
        }
        return result
    }

    /// The longest a line can be and still not have been wrapped: a little under the typical full
    /// line (`fullLineLength`), since proportional fonts make lengths vary.
    static func wrapLimit(_ lines: [GappedLine]) -> Int {
        wrapLimit(fullLineLength: fullLineLength(lines))
    }

    static func wrapLimit(fullLineLength: Int) -> Int { fullLineLength * 88 / 100 }

    /// The length of a full line: the 90th percentile of line lengths, in scalars.
    static func fullLineLength(_ lines: [GappedLine]) -> Int {
        fullLineLength(lengths: lines.map { $0.line.length })
    }

    /// The 90th percentile of `lengths`, 0 when there are none; of the lengths up to a little past
    /// the run of wrapped lines (`wrapRun`) where that percentile lies beyond it. A wrapped text's
    /// full lines are of about one length; tweedekamer.nl's page of a paper joins the line with a
    /// note's marker to the next (`… Kamerbrief.2 Hierin blikte het kabinet terug …`), twice as
    /// long, and a letter that marks many notes would otherwise have no line count as wrapped.
    static func fullLineLength(lengths: [Int]) -> Int {
        let sorted = lengths.sorted()
        guard !sorted.isEmpty else { return 0 }
        let percentile = sorted[(sorted.count - 1) * 9 / 10]
        guard let run = wrapRun(sorted: sorted, percentile: percentile), percentile > run * 115 / 100 else { return percentile }
        let kept = sorted.prefix { $0 <= run * 115 / 100 }
        return kept[(kept.count - 1) * 9 / 10]
    }

    /// The length of a text's wrapped lines: the densest run of lengths (the most within a tenth
    /// below one of them) among those of a third of the 90th percentile or more (not the blank
    /// lines, headings and paragraphs' ends), where it holds five lines and half those lines;
    /// nil where none does, as in a text with a paragraph on each line.
    static func wrapRun(lengths: [Int]) -> Int? {
        let sorted = lengths.sorted()
        guard !sorted.isEmpty else { return nil }
        return wrapRun(sorted: sorted, percentile: sorted[(sorted.count - 1) * 9 / 10])
    }

    private static func wrapRun(sorted: [Int], percentile: Int) -> Int? {
        var densest = (count: 0, length: 0)
        let first = sorted.firstIndex { $0 * 3 >= percentile } ?? 0
        var low = first
        for (high, length) in sorted.enumerated().dropFirst(first) {
            while sorted[low] * 10 < length * 9 { low += 1 }
            if high - low + 1 >= densest.count { densest = (high - low + 1, length) }
        }
        return densest.count >= 5 && densest.count * 2 >= sorted.count - first ? densest.length : nil
    }

    /// The number of a numbered list item's label (`4.`), nil for any other label.
    static func itemNumber(_ label: String) -> Int? {
        label.hasSuffix(".") ? Int(label.dropLast()) : nil
    }
}

extension FootnoteMarkerMatcher {
    /// Takes the markers out of paragraph blocks, keeping each block's list label and position.
    static func attach(notes: [Footnote], toBlocks blocks: [FlowBlock]) -> (paragraphs: [Paragraph], diagnostics: [Diagnostic]) {
        let (matched, diagnostics) = attach(notes: notes, to: blocks.map(\.text))
        let paragraphs = zip(blocks, matched).map { block, paragraph in
            var paragraph = paragraph
            paragraph.listLabel = block.listLabel
            paragraph.location = block.location
            paragraph.table = block.table
            return paragraph
        }
        return (paragraphs, diagnostics)
    }
}

extension Reflower {
    /// The labels of bullets drawn as glyphs (`shownBullet`), never a sentence's punctuation as a dash may be.
    static let glyphBullets: Set<String> = ["•", "▪", "●"]

    /// `-`, `•`, `–`, `−` (a minus sign, as tweedekamer.nl's pages have it), `▪`, `●`, `*` or the
    /// private-use bullet U+F0B7 (a switch: asked of every line).
    static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "-", "•", "–", "\u{2212}", "▪", "●", "*", "\u{F0B7}": true; default: false }
    }

    /// `1)`, `1.`, `1:`, `(1)`, `a)`, `a.`, `(a)`, or a bullet, followed by white space and text.
    static func listLabel(of line: PDFLine) -> (label: String, textStart: Int)? {
        guard let (end, isBulleted) = labelEnd(of: line) else { return nil }
        let scalars = line.scalars, start = line.content.lowerBound
        var textStart = end
        while textStart < line.content.upperBound && scalars[textStart].isFastWhitespace { textStart += 1 }
        guard textStart > end, textStart < line.content.upperBound else { return nil }
        // officielebekendmakingen.nl's page shows a dashed list's dash glued to the text after its
        // bullet (`• -de aangehouden motie-Van Brenk …`): the dash is the label's, not the text's.
        if isBulleted, scalars[start] != "-", scalars[textStart] == "-", textStart + 1 < line.content.upperBound,
            scalars[textStart + 1].isFastAlphabetic
        {
            textStart += 1
        }
        return (isBulleted ? shownBullet(scalars[start]) : line.string(start..<end), textStart)
    }

    /// A list item's label alone on its line (`1.`, `a)`, `•`), as pypdf and PyMuPDF set it apart
    /// from its text on the next line; a number alone without its point or bracket is none.
    static func bareListLabel(of line: PDFLine) -> String? {
        guard line.content.count <= 4, let (end, isBulleted) = labelEnd(of: line), end == line.content.upperBound else { return nil }
        return isBulleted ? shownBullet(line.scalars[line.content.lowerBound]) : line.string(line.content)
    }

    /// Where a list item's label at the line's start ends, and whether it is a bullet.
    @inline(__always)
    private static func labelEnd(of line: PDFLine) -> (end: Int, isBulleted: Bool)? {
        guard !line.content.isEmpty else { return nil }
        let scalars = line.scalars, start = line.content.lowerBound
        var end = start, isBulleted = false
        if scalars[end] == "(" { end += 1 }
        let digitsStart = end
        while end < line.content.upperBound && end - digitsStart < 3 && scalars[end].isASCIIDigit { end += 1 }
        let digits = end - digitsStart
        if digits == 0, end == start, isBullet(scalars[start]) {
            end += 1
            isBulleted = true
        } else if digits == 0, end == start, scalars[start].isFastLowercase,
            let close = scalars.dropFirst(start + 1).first, close == ")" || close == "."
        {
            end += 2
        } else if digits == 0, end == start + 1, scalars.dropFirst(end).first?.isFastLowercase == true,
            scalars.dropFirst(end + 1).first == ")"
        {
            end += 2
        } else {
            guard (1...2).contains(digits), let close = scalars.dropFirst(end).first,
                scalars[start] == "(" ? close == ")" : (close == ")" || close == "." || close == ":")
            else { return nil }
            end += 1
        }
        return (end, isBulleted)
    }

    /// How a list item's bullet is shown: a Symbol or Wingdings bullet that PDF text gives in the
    /// private use area (U+F0B7, U+F0A7, U+F02D) is the character it draws, which a browser has
    /// without that font; any other bullet is itself.
    static func shownBullet(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{F0B7}": "•"
        case "\u{F0A7}": "▪"
        case "\u{F02D}", "\u{2212}": "-"
        default: String(scalar)
        }
    }
}

extension Reflower {
    /// `1.`, `12.`, `IV.`, `A.`: a chapter's label, one or two digits, a roman numeral or a capital, and a point.
    static func isChapterLabel<Scalars: BidirectionalCollection<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        guard scalars.count >= 2, scalars.last == "." else { return false }
        let label = scalars.dropLast()
        if label.count <= 2, label.allSatisfy(\.isASCIIDigit) { return true }
        if label.count == 1, let letter = label.first, ("A"..."Z").contains(letter) { return true }
        return label.count <= 5 && label.allSatisfy { "IVXLC".unicodeScalars.contains($0) }
    }
}
