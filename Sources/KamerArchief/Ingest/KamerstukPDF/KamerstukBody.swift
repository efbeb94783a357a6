/// The body of a Kamerstuk PDF, from its byte lines to sections and footnotes, through the PDF-text
/// steps shared with letters.
///
/// Only the breaks are translated: a blank line is a paragraph break, a page boundary (a form feed,
/// or a running foot where the form feeds were lost) two empty lines (the letter steps' page break). In a motie each clause (`constaterende dat …;`,
/// `overwegende dat …;`, `verzoekt de regering …,`) starts its own paragraph, also where no blank
/// line stands before it: the clause openers are lowercase, so reflow would join them.
///
/// The notes are taken off the pages' feet, unless the caller has read them elsewhere (`notes`).
/// `headingNote`: the note whose marker the head holds (`KamerstukPDFHead.headingNote`).
/// `linesAreParagraphs`: each line is a paragraph (a caller that knows the text's form).
/// `numberedHeadings`: a short numbered line that a paragraph follows (`1. Inleiding`) is a heading,
/// as in a ministry letter, rather than a list item; text converted from a Word file has them so.
/// `dehyphenates`: the text was typeset and hyphenated (a Kamerstuk PDF, not a Word file's text).
/// `breaksBefore`: a line it accepts starts a paragraph after a line that ends a sentence (kamervragen's
/// `Antwoord van …` after `(ingezonden …).`), where no blank line stands between them; and such a
/// line that reflow took for a heading (`Antwoord van Minister … (Natuur en Stikstof)` above
/// `(ontvangen 5 april 2024).`) opens the paragraph after it.
enum KamerstukBody {
    static func read(
        _ text: [UInt8], lines: [TextLine], body: [Int], feet: [Int], splitsClauses: Bool, notes listed: [Footnote]? = nil,
        numberedHeadings: Bool = false, breaksBefore: (([UInt8], Range<Int>) -> Bool)? = nil, dehyphenates: Bool = false,
        linesAreParagraphs: Bool = false, headingNote: Int? = nil, file: String
    ) -> (sections: [Section], footnotes: [Footnote], diagnostics: [Diagnostic]) {
        let contents = contentsLines(text, lines: lines, body: body)
        let body = contents.isEmpty ? body : body.filter { !contents.contains($0) }
        let pdfLines = pdfLines(
            text, lines: lines, body: body, feet: feet, splitsClauses: splitsClauses, breaksBefore: breaksBefore, typeset: dehyphenates,
            linesAreParagraphs: linesAreParagraphs)
        var (events, notes, noteDiagnostics) = PageFootnoteExtractor.extract(
            pdfLines, file: file, takesNotes: listed == nil, needsMarkers: true, markedAbove: headingNote)
        if let listed { notes = listed }
        var blocks = Reflower.reflow(events, file: file, ministryLayout: numberedHeadings, dehyphenates: dehyphenates)
        if let breaksBefore { blocks = openingsAsText(blocks, opens: breaksBefore) }
        let paragraphBlocks = blocks.filter { $0.kind == .paragraph }
        // The head's note has its marker there, not in the text.
        let (matched, markerDiagnostics) = FootnoteMarkerMatcher.attach(notes: notes.filter { $0.number != headingNote }, toBlocks: paragraphBlocks)
        var paragraphs = matched[...]
        var sections: [Section] = [], ids = sectionIDs()
        for block in blocks {
            if block.kind == .heading {
                var title = block.text.text
                // `Antwoord op vraag 1:` is titled without its colon.
                if title.hasSuffix(":"), Kamervragen.isQuestionLabel(title) { title.removeLast() }
                let id = ids.unique(slug(title))
                sections.append(Section(id: id, title: title, role: .other, location: block.location))
            } else if let paragraph = paragraphs.popFirst() {
                if sections.isEmpty {
                    sections.append(Section(id: "tekst", title: "Tekst", role: .other, location: paragraph.location))
                }
                sections[sections.count - 1].paragraphs.append(paragraph)
            }
        }
        return (nestedByNumber(sections), notes, noteDiagnostics + markerDiagnostics)
    }

    /// Sections nested by their headings' numbering: `I.` over `1.` over `1.1` over `1.1.1`, ranked
    /// among the styles the paper uses (a paper numbered `1.` and `1.1` only has `1.` at the top).
    /// An unnumbered heading goes under the last numbered one (a fractie's heading under its
    /// chapter, `Artikel I` under `II. ARTIKELSGEWIJS`), or at the top before any. Numbered
    /// headings after a question's label rank below the labels.
    static func nestedByNumber(_ flat: [Section]) -> [Section] {
        // After the first question's label, a numbered heading is an answer's own (`1. De
        // Gezondheidsraad adviseert …` in `Antwoord 6`): it ranks below the labels.
        var seenQuestion = false
        let ranks = flat.map { section -> Int? in
            let rank = numberingRank(section.title)
            if rank == questionRank { seenQuestion = true }
            return seenQuestion && rank != questionRank ? rank.map { questionRank + 1 + $0 } : rank
        }
        let styles = Set(ranks.compactMap { $0 }).sorted()
        guard !styles.isEmpty else { return flat }
        var levels: [Int] = [], lastNumbered = 0
        for (index, rank) in ranks.enumerated() {
            if index == 0, flat[0].id == "tekst" { levels.append(1); continue }
            if let rank {
                lastNumbered = styles.firstIndex(of: rank)! + 1
                levels.append(lastNumbered)
            } else {
                levels.append(lastNumbered + 1)
            }
        }
        // A stack of open sections; each closes into its parent when one at its level or above starts.
        var roots: [Section] = [], open: [(level: Int, section: Section)] = []
        func closeLast() {
            let closed = open.removeLast().section
            if open.isEmpty { roots.append(closed) } else { open[open.count - 1].section.subsections.append(closed) }
        }
        for (section, level) in zip(flat, levels) {
            while let last = open.last, last.level >= level { closeLast() }
            open.append((level, section))
        }
        while !open.isEmpty { closeLast() }
        return roots
    }

    /// The parts of a memorie van toelichting or a nota, as they head it without a number.
    static let partHeadings: Set<String> = [
        "algemeen deel", "artikelsgewijs deel", "artikelsgewijze toelichting",
    ]

    /// The rank of a question's or an answer's label: below every number.
    static let questionRank = 99

    /// `I. ALGEMEEN`, `II Reactie` → 0; `1. Inleiding` → 1; `2.1 Aanleiding` → 2; `2.1.3 …` → 3;
    /// `Vraag 2`, `Antwoord op vraag 2` → `questionRank`; nil for a heading without a number in front.
    static func numberingRank(_ title: String) -> Int? {
        // What follows a label untitled nests under it.
        if Kamervragen.isQuestionLabel(title) { return questionRank }
        // A memorie's parts, unnumbered over numbered chapters (`Algemeen deel`, `1. Inleiding`).
        if title.utf8.count <= 30, partHeadings.contains(title.lowercased()) { return 0 }
        let bytes = Array(title.utf8)
        var index = 0
        while index < bytes.count, "IVXLC".utf8.contains(bytes[index]) { index += 1 }
        if index > 0, index <= 5 {
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") { index += 1 }
            return index < bytes.count && bytes[index] == 0x20 ? 0 : nil
        }
        var depth = 0
        while index < bytes.count, KamerstukPDFHead.isDigit(bytes[index]) {
            let start = index
            while index < bytes.count, KamerstukPDFHead.isDigit(bytes[index]) { index += 1 }
            guard index - start <= 2 else { return nil }
            depth += 1
            guard index < bytes.count, bytes[index] == UInt8(ascii: ".") else { break }
            index += 1
        }
        return depth > 0 && index < bytes.count && bytes[index] == 0x20 ? depth : nil
    }

    /// The lines of a table of contents: `INHOUDSOPGAVE` (or `Inhoud`) on a line of its own, an
    /// optional `blz.`, then entries that end in their page number (`1. Inleiding 1`, `2.1 Kosten
    /// ........ 3`), up to the first line that does not; or, where pdftotext writes the columns one
    /// after the other, the entries' lines and then their page numbers alone. The chapters follow.
    ///
    /// Where the page numbers stand elsewhere (pdftotext, pdfminer and the PDF reader set their
    /// column after the page's first headings, or at the next page's top), the entries end where
    /// the first one comes again as the first chapter's heading (`I. ALGEMEEN`), and the page
    /// numbers are a run of as many numbers alone, in order, within the next lines; a web page's
    /// contents have none.
    static func contentsLines(_ text: [UInt8], lines: [TextLine], body: [Int]) -> Set<Int> {
        guard let start = body.firstIndex(where: { index in
            let content = lines[index].content
            return ["INHOUDSOPGAVE", "Inhoudsopgave", "INHOUD", "Inhoud"].contains { text.equals($0, in: content) }
        }) else { return [] }
        if let alternating = alternatingContents(text, lines: lines, body: body[(start + 1)...]) {
            return Set(alternating + [body[start]])
        }
        var found: Set<Int> = [body[start]], entries = 0
        var titles: [Int] = [], numbers = 0
        // Where in `body` the first entry comes again as a chapter's heading.
        var chaptersStart: Int?
        for (position, index) in body.enumerated().dropFirst(start + 1) {
            let content = lines[index].content
            if entries == 0, numbers == 0, repeatsFirstEntry(text, content, lines: lines, titles: titles) {
                chaptersStart = position
                break
            }
            if isContentsFiller(text, content) {
                found.insert(index)
                continue
            }
            if numbers == 0, endsInPageNumber(text, content) {
                found.insert(index)
                entries += 1
            } else if entries > 0, numbers == 0, mayBeContentsTitle(text, content), position + 1 < body.count,
                endsInPageNumber(text, lines[body[position + 1]].content)
            {
                // An entry's title wrapped onto a second line that ends in its page number.
                found.insert(index)
            } else if entries == 0, isPageNumber(text, content), !titles.isEmpty {
                found.insert(index)
                numbers += 1
            } else if entries == 0, numbers == 0, titles.count < 40, mayBeContentsTitle(text, content) {
                titles.append(index)
            } else {
                break
            }
        }
        if numbers >= 2 {
            found.formUnion(titles)
        } else if entries < 2 {
            guard let chaptersStart, titles.count >= 2 else { return [] }
            found.formUnion(titles)
            // A web page's contents have no page numbers: the entries up to the first chapter alone.
            if let column = pageNumberColumn(text, lines: lines, body: body[chaptersStart...].prefix(contentsColumnWindow), entries: titles.count) {
                found.formUnion(column)
            }
        }
        return found
    }

    /// Whether the line at `content` is the contents' first entry (`titles`) again, as the first
    /// chapter's heading: the same text, or, where the entry's label stood on a line of its own
    /// (`I`, then `Vragen en opmerkingen …`), the label and the title on one line.
    static func repeatsFirstEntry(_ text: [UInt8], _ content: Range<Int>, lines: [TextLine], titles: [Int]) -> Bool {
        guard let first = titles.first else { return false }
        let entry = lines[first].content
        if text[content].elementsEqual(text[entry]) { return true }
        guard titles.count > 1, isEntryLabel(text, entry) else { return false }
        let title = lines[titles[1]].content
        return content.count == entry.count + 1 + title.count && text[content].starts(with: text[entry])
            && text[content.lowerBound + entry.count] == 0x20 && text[(content.upperBound - title.count)...].starts(with: text[title])
    }

    /// A contents entry's label alone: a roman number or up to two digits, with or without its
    /// point (`I`, `II.`, `3.`), or a capital and its point (`A.`).
    static func isEntryLabel(_ text: [UInt8], _ content: Range<Int>) -> Bool {
        let pointed = content.count > 1 && text[content.upperBound - 1] == UInt8(ascii: ".")
        let label = pointed ? content.dropLast() : content
        return (1...2).contains(label.count) && text[label].allSatisfy(KamerstukPDFHead.isDigit)
            || (1...5).contains(label.count) && text[label].allSatisfy { "IVXLC".utf8.contains($0) }
            || pointed && label.count == 1 && (0x41...0x5A).contains(text[label.lowerBound])
    }

    /// A blank line or the page numbers' column heading (`blz.`, `pagina`) among a table of contents.
    static func isContentsFiller(_ text: [UInt8], _ content: Range<Int>) -> Bool {
        content.isEmpty || ["blz.", "blz", "Blz.", "pagina"].contains { text.equals($0, in: content) }
    }

    /// A line that may be a contents entry's title: `maxBytes` at most (100 unless said), not
    /// ending in `.`, `;`, `:` or `,`.
    static func mayBeContentsTitle(_ text: [UInt8], _ content: Range<Int>, maxBytes: Int = 100) -> Bool {
        content.count <= maxBytes && !".;:,".utf8.contains(text[content.upperBound - 1])
    }

    /// How long a title may be where its page number follows on its own line: the number bounds
    /// the entry, so a web page's unwrapped title (`Verlengen bevoegdheidstermijn in de WPO en WEC
    /// voor leraren in opleiding tot leraar …`, 118 bytes) is one.
    static let pairedTitleBytes = 250

    /// The lines of a table of contents as pypdf and PyMuPDF write it: each entry's title, then its
    /// page number on a line of its own (`I. ALGEMEEN`, `1`, `1. Inleiding`, `1`, …; a title may wrap
    /// onto a second line), two entries or more, up to the first entry again as the first chapter's
    /// heading or the first line that breaks the pairs. Nil where `body` (the lines after the
    /// contents' heading) has no such pairs.
    ///
    /// A web page's text sets an entry's label on a line of its own (`1.`, `I`, or a dash before a
    /// subentry), then its title. An entry whose number is missing ends where the next label starts
    /// another.
    static func alternatingContents(_ text: [UInt8], lines: [TextLine], body: ArraySlice<Int>) -> [Int]? {
        // The lines of the entry being read (its label, and a title that may wrap onto a second line).
        var found: [Int] = [], pairs = 0, entry: [Int] = [], firstEntry: [Int] = []
        for index in body {
            let content = lines[index].content
            if isContentsFiller(text, content) {
                found.append(index)
                continue
            }
            if isPageNumber(text, content) {
                guard !entry.isEmpty else { break }
                found += entry + [index]
                if firstEntry.isEmpty { firstEntry = entry }
                entry = []
                pairs += 1
                continue
            }
            if entry.isEmpty, repeatsFirstEntry(text, content, lines: lines, titles: firstEntry) { break }
            let isLabel = isEntryLabel(text, content) || isEntryDash(text, content)
            let labelled = entry.first.map { isEntryLabel(text, lines[$0].content) || isEntryDash(text, lines[$0].content) } ?? false
            // A label after a title: the entry before it had no page number.
            if isLabel, entry.count > (labelled ? 1 : 0), pairs > 0 {
                found += entry
                entry = []
            }
            guard entry.count < (labelled ? 3 : 2), mayBeContentsTitle(text, content, maxBytes: pairedTitleBytes) || (entry.isEmpty && isLabel)
            else { break }
            entry.append(index)
        }
        return pairs >= 2 ? found : nil
    }

    /// A dash alone on its line, before a subentry's title: `–`, `-`, `•`.
    static func isEntryDash(_ text: [UInt8], _ content: Range<Int>) -> Bool {
        ["–", "-", "•"].contains { text.equals($0, in: content) }
    }

    /// How many body lines after the contents their page numbers may stand in.
    static let contentsColumnWindow = 150

    /// The first run of lines holding a page number alone (blank lines between them aside), in
    /// order, as many as the contents' entries, two fewer (a page's numbers may fall apart) or one
    /// more (the page's own number above them).
    static func pageNumberColumn(_ text: [UInt8], lines: [TextLine], body: ArraySlice<Int>, entries: Int) -> [Int]? {
        var run: [Int] = [], last = 0
        func isLong(_ run: [Int]) -> Bool { run.count >= max(2, entries - 2) && run.count <= entries + 1 }
        for index in body {
            let content = lines[index].content
            if content.isEmpty { continue }
            if isPageNumber(text, content), let number = Int(text.string(content)), run.isEmpty || number >= last {
                run.append(index)
                last = number
                continue
            }
            if isLong(run) { return run }
            run = []
            if isPageNumber(text, content), let number = Int(text.string(content)) {
                run = [index]
                last = number
            }
        }
        return isLong(run) ? run : nil
    }

    /// One to three digits alone: a page number in the contents' own column.
    static func isPageNumber(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        (1...3).contains(range.count) && text[range].allSatisfy(KamerstukPDFHead.isDigit)
    }

    /// A line with words that ends in a page number of one to three digits after a space or a dot leader.
    static func endsInPageNumber(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.upperBound
        while index > range.lowerBound, KamerstukPDFHead.isDigit(text[index - 1]) { index -= 1 }
        let digits = range.upperBound - index
        guard (1...3).contains(digits), index > range.lowerBound + 2,
              text[index - 1] == 0x20 || text[index - 1] == UInt8(ascii: ".") else { return false }
        return text[range.lowerBound..<index].contains { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 >= 0xC0 }
    }

    /// `blocks` with each heading that `opens` accepts joined to the paragraph after it.
    static func openingsAsText(_ blocks: [FlowBlock], opens: ([UInt8], Range<Int>) -> Bool) -> [FlowBlock] {
        var result: [FlowBlock] = [], index = 0
        result.reserveCapacity(blocks.count)
        while index < blocks.count {
            var block = blocks[index]
            index += 1
            if block.kind == .heading, index < blocks.count, blocks[index].kind == .paragraph, blocks[index].listLabel == nil,
                opens(Array(block.text.text.utf8), 0..<block.text.text.utf8.count)
            {
                var text = block.text
                text.appendSynthetic(" ")
                text.append(blocks[index].text)
                block = FlowBlock(kind: .paragraph, text: text, listLabel: nil, location: block.location)
                index += 1
            }
            result.append(block)
        }
        return result
    }

    /// The formulas that close every act (`Lasten en bevelen dat deze in het Staatsblad …`,
    /// `Gegeven`): each opens a paragraph of its own after the last article's sentence.
    static func opensEnactingFormula(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        text.hasPrefix("Lasten en bevelen", in: range) || text.equals("Gegeven", in: range) || text.hasPrefix("Gegeven ", in: range)
    }

    /// Lowercase words that open a motie's clauses, each at the start of a line. Considerations in
    /// other participles (`erkennende dat`, `vaststellende dat`) are found by their form.
    static let clauseOpeners = [
        "gehoord de beraadslaging", "constaterende", "overwegende", "van mening", "is van mening", "van oordeel",
        "gelet op", "verzoekt", "spreekt uit", "spreekt zich uit", "roept", "draagt", "besluit", "betreurt",
        "stelt vast", "en gaat over tot de orde van de dag",
    ]
}

private extension KamerstukBody {
    static func pdfLines(
        _ text: [UInt8], lines: [TextLine], body: [Int], feet: [Int], splitsClauses: Bool, breaksBefore: (([UInt8], Range<Int>) -> Bool)?,
        typeset: Bool = true, linesAreParagraphs paragraphLines: Bool = false
    ) -> [PDFLine] {
        let empty: [Unicode.Scalar] = [], space: [Unicode.Scalar] = [" "]
        var result: [PDFLine] = []
        // A line's page: form feeds before it plus running feet before it. Where both mark one
        // boundary the count rises by two between two body lines, which is still one page break.
        var feetBefore = 0
        func pageKey(_ index: Int) -> Int {
            while feetBefore < feet.count && feet[feetBefore] < index { feetBefore += 1 }
            return lines[index].page + feetBefore
        }
        var page = body.first.map(pageKey) ?? 0
        var blank = false, previousEndsColon = false, previousEndsSentence = false, previousRunsOn = false
        // The bytes of the last text line written, and whether a marker was just glued to it.
        var previousText: ArraySlice<UInt8> = [], glued = false
        // A question's number set apart from its question (`questionNumberSetApart`), and the last
        // such number.
        var questionNumber: ArraySlice<UInt8>?, lastQuestion = 0
        let fullLine = fullLineBytes(text, lines: lines, body: body)
        // Lines longer than any typeset line (a page that gives each paragraph one line and no
        // blank line between them, as tweedekamer.nl's report of a debate does, or a page
        // converted to Markdown) are paragraphs: most of them, or the longest where most are
        // longer than a printed line still. A page's text that was not typeset (`typeset` false)
        // has them so as soon as one line is twice as long as a printed line.
        // A web page's text wrapped at a printed line's width (tweedekamer.nl's) is no such page for
        // one long line (kamervragen's describing line), where most of its lines are of that width.
        let longest = body.lazy.map { lines[$0].content.count }.max() ?? 0
        let isWrapped = { Reflower.wrapRun(lengths: body.map { lines[$0].content.count }.filter { $0 > 0 }).map { $0 <= 130 } ?? false }
        let linesAreParagraphs = paragraphLines || fullLine >= paragraphLineBytes || (fullLine >= paragraphLineBytes / 2 && longest >= paragraphLineBytes * 4 / 3)
            || (!typeset && longest >= paragraphLineBytes * 2 / 3 && !isWrapped())
        for (position, index) in body.enumerated() {
            let line = lines[index]
            let linePage = pageKey(index)
            // After a marker that pypdf set apart, a line of one space is no paragraph break, and
            // an indented line is the rest of the marker's line.
            let restOfLine = glued && !line.bytes.isEmpty && (text[line.bytes.lowerBound] == 0x20 || text[line.bytes.lowerBound] == 0x09)
            glued = false
            // A rule drawn with dots or dashes (`......`, `____`, as the Raad van State's advice sets
            // one under its head) is no text: a paragraph break.
            if line.isBlank || isRule(text, line.content) {
                if !restOfLine { blank = true }
                continue
            }
            if !restOfLine, !blank, linePage == page, !result.isEmpty,
                isMarkerSetApart(text, lines: lines, body: body, at: position, feet: feet[feetBefore...])
            {
                previousText += text[line.content]
                result[result.count - 1] = PDFLine(number: result[result.count - 1].number, utf8: previousText)
                glued = true
                continue
            }
            if !restOfLine, questionNumber == nil, KamerstukPDFHead.isDigit(text[line.content.lowerBound]),
                let number = questionNumberSetApart(text, lines: lines, body: body, at: position, after: lastQuestion)
            {
                questionNumber = text[line.content]
                lastQuestion = number
                blank = true
                continue
            }
            // pdfminer sets a list item's wrapped lines apart (`… op te nemen voor de`, a blank
            // line, `vervanging van bruggen en sluizen;`): a full line ending in a word, then a line
            // in lowercase, is one paragraph.
            if blank, previousRunsOn, (0x61...0x7A).contains(text[line.content.lowerBound]) { blank = false }
            // A line in lowercase under one that ends no sentence goes on with it, also where each
            // line is a paragraph: a page's text may keep the typeset page's break (`(Kamerstuk 21`, `nr. 473).`).
            if linesAreParagraphs, !((0x61...0x7A).contains(text[line.content.lowerBound])
                && previousText.last(where: { $0 != 0x20 && $0 != 0x09 }).map({ !".;:?!".utf8.contains($0) }) == true)
            {
                blank = true
            }
            let clause = !restOfLine && (splitsClauses && startsClause(text, line.content)
                || (previousEndsColon && startsListItem(text, line.content))
                || (previousEndsSentence && breaksBefore?(text, line.content) == true))
            if linePage != page && !clause {
                result.append(PDFLine(number: line.number, scalars: empty))
                result.append(PDFLine(number: line.number, scalars: empty))
            } else if blank || clause {
                result.append(PDFLine(number: line.number, scalars: space))
            }
            page = linePage
            blank = false
            previousEndsColon = text.hasSuffix(":", in: line.content)
            if breaksBefore != nil { previousEndsSentence = text.hasSuffix(".", in: line.content) }
            let last = text[line.content.upperBound - 1]
            previousRunsOn = line.content.count * 10 >= fullLine * 8
                && ((0x61...0x7A).contains(last | 0x20) || last == UInt8(ascii: "-") || last >= 0x80)
            if restOfLine {
                previousText += [0x20] + text[line.content]
                result[result.count - 1] = PDFLine(number: result[result.count - 1].number, utf8: previousText)
            } else if let number = questionNumber {
                previousText = number + [0x20] + text[line.content]
                result.append(PDFLine(number: line.number, utf8: previousText))
                questionNumber = nil
            } else {
                previousText = text[line.bytes]
                result.append(PDFLine(number: line.number, utf8: previousText))
            }
        }
        return result
    }

    /// The number of a lijst van vragen's question that plain `pdftotext` (and pypdf, PyMuPDF) sets
    /// apart from its question, in a column of its own (`1`, a blank line, `Hoeveel middelen …`): one to three
    /// digits alone, the number after `last`, the next text line opening with a capital, and an
    /// `Antwoord` line after it before another number alone. Nil for any other line.
    static func questionNumberSetApart(_ text: [UInt8], lines: [TextLine], body: [Int], at position: Int, after last: Int) -> Int? {
        let content = lines[body[position]].content
        guard isPageNumber(text, content), text[content.lowerBound] != UInt8(ascii: "0"),
            let number = Int(text.string(content)), number == last + 1, answerFollows(text, lines: lines, body: body[(position + 1)...])
        else { return nil }
        return number
    }

    /// Whether `body` opens with a question: a text line in a capital first, then within twelve
    /// lines an `Antwoord` line, before any number alone.
    static func answerFollows(_ text: [UInt8], lines: [TextLine], body: ArraySlice<Int>) -> Bool {
        var textLines = 0
        for later in body {
            let line = lines[later].content
            if line.isEmpty { continue }
            if textLines == 0, !(0x41...0x5A).contains(text[line.lowerBound]) { return false }
            if isPageNumber(text, line) { return false }
            if text.equals("Antwoord", in: line) || (text.hasPrefix("Antwoord ", in: line) && line.count <= 40) { return textLines > 0 }
            textLines += 1
            if textLines > 12 { return false }
        }
        return false
    }

    /// Whether the line at `position` of `body` is a note's marker that pypdf set apart from the
    /// text it stands in, on a line of its own (`… op 9 mei 2023`, `1`, `  heb ik …`; or `… zijn.`,
    /// `3`, ` `): one to three digits alone, the next line opening with white space, and the note it
    /// marks in its usual form lower on the same page (`1 Kamerstuk …`). A page's number or a
    /// contents' page number has no such note; nor has the number of a note that `pdftotext
    /// -layout` sets above its text. `feet`: the running feet from the line's own on.
    static func isMarkerSetApart(_ text: [UInt8], lines: [TextLine], body: [Int], at position: Int, feet: ArraySlice<Int>) -> Bool {
        let index = body[position], content = lines[index].content
        guard isPageNumber(text, content), text[content.lowerBound] != UInt8(ascii: "0"), position + 1 < body.count,
            case let next = lines[body[position + 1]], next.page == lines[index].page, let first = next.bytes.first,
            text[first] == 0x20 || text[first] == 0x09
        else { return false }
        let pageEnd = feet.first { $0 > index } ?? .max, number = Int(text.string(content))
        for later in body[(position + 1)...] {
            guard later < pageEnd, lines[later].page == lines[index].page else { return false }
            if PageFootnoteExtractor.usualNoteNumber(text[lines[later].content]) == number { return true }
        }
        return false
    }

    /// Ten or more dots, dashes, underscores, equals signs or asterisks, and nothing else.
    static func isRule(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        func isRuleByte(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "*")
        }
        return range.count >= 10 && isRuleByte(text[range.lowerBound]) && text[range].allSatisfy(isRuleByte)
    }

    /// The full line's length in bytes from which a text's lines are no typeset lines but paragraphs:
    /// three times a printed page's widest (about 100 characters).
    static let paragraphLineBytes = 300

    /// A full line's length in bytes: the 90th percentile of the body's lines (`Reflower.fullLineLength`).
    static func fullLineBytes(_ text: [UInt8], lines: [TextLine], body: [Int]) -> Int {
        Reflower.fullLineLength(lengths: body.map { lines[$0].content.count }.filter { $0 > 0 })
    }

    static func startsClause(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        let listed = clauseOpeners.contains { opener in
            guard text.hasPrefix(opener, in: range) else { return false }
            let after = range.lowerBound + opener.utf8.count
            return after == range.upperBound || ", .:;".utf8.contains(text[after])
        }
        return listed || startsWithParticipleDat(text, range)
    }

    /// `erkennende dat …`: a lowercase word ending in `ende`, then `dat`.
    static func startsWithParticipleDat(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var end = range.lowerBound
        while end < range.upperBound, (0x61...0x7A).contains(text[end]) { end += 1 }
        guard end - range.lowerBound > 5, text.hasSuffix("ende", in: range.lowerBound..<end) else { return false }
        return text.hasPrefix(" dat ", in: end..<range.upperBound) || text.equals(" dat", in: end..<range.upperBound)
    }

    /// `3. `, `a. `, `2) `: a list item, which after a line ending in a colon starts a paragraph
    /// even where the line before looks wrapped (an amendement's quoted `lid` or `onderdeel`).
    static func startsListItem(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 2, KamerstukPDFHead.isDigit(text[index]) { index += 1 }
        if index == range.lowerBound, index < range.upperBound, (0x61...0x7A).contains(text[index]) { index += 1 }
        guard index > range.lowerBound, index + 1 < range.upperBound else { return false }
        return (text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ")")) && text[index + 1] == 0x20
    }
}

extension KamerstukBody {
    /// The ids' keeper, with `tekst` taken: the id of the section that text before any heading opens.
    static func sectionIDs() -> SectionIDs {
        var ids = SectionIDs()
        _ = ids.unique("tekst")
        return ids
    }

    /// Lowercase ASCII letters, digits and `-`: a section's id before `SectionIDs` makes it unique.
    /// Only a space or a hyphen becomes `-` (`A/B` → `ab`); the letter reader's `OutlineBuilder.slug`
    /// also turns a tab, `/` and `&` into one. The two are kept apart so that published ids stay.
    static func slug(_ title: String) -> String {
        var slug = ""
        func append(_ scalar: Unicode.Scalar) {
            if ("a"..."z").contains(scalar) || scalar.isASCIIDigit {
                slug.unicodeScalars.append(scalar)
            } else if scalar == " " || scalar == "-", !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        // Only a scalar beyond ASCII goes through Foundation's lowercasing and decomposition (to
        // keep the letter of `é`): of the rest, only the letters and digits of ASCII are kept.
        for scalar in title.unicodeScalars {
            if scalar.isASCII {
                append(("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) + 32) : scalar)
            } else {
                String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.forEach(append)
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "sectie" : slug
    }
}
