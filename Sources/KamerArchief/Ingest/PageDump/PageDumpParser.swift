/// Reads a page dumped from a site that mirrors Tweede Kamer documents when the document on it is
/// not a fiche: a motie, an amendement, a letter, a memorie van toelichting, a verslag …
///
/// The page's own lines come first (navigation, the title, what the mirror prints under it such as
/// `Motie` or `Brief regering`, `Nummer: …, datum: …`, the dossier and zaak, related persons), read
/// as for a fiche dump (`PageDumpHeaderParser`). After `Preview document …` comes the document's
/// text as converted from its Word file: one line per paragraph, blank lines between them, and at
/// the end its notes as a pandoc list (`  1. …↩︎`, `FicheFootnoteList`). The text may open with the
/// Kamerstuk's head (`Tweede Kamer der Staten-Generaal`, `Vergaderjaar …`, the dossier, `Nr. …`,
/// `MOTIE VAN …`), read as in a Kamerstuk PDF (`KamerstukPDFHead`); the rest goes through the steps
/// shared with that reader (`KamerstukBody`, `KamerstukSigners`), with the listed notes in place of
/// page-foot notes. A letter's Word file may keep its letterhead as text (`PageDumpLetterhead`).
///
/// The kind is the head's (`MOTIE VAN HET LID …`), else what the page says the document is (its
/// lines above `Nummer:`, the last first: `Brief regering` under a title that starts `Verslag van de
/// Raad …` is a letter), else a plain Kamerstuk. A debate's item (`HandelingenItem`) is a verslag,
/// and a motie's text alone (`MotieText`) a motie.
public enum PageDumpParser {
    public static func parse(_ source: SourceText, sidecar: Sidecar?) -> (document: Document, diagnostics: [Diagnostic]) {
        let text = Array(source.text.utf8)
        var lines = TextLine.split(text)
        let stringLines = source.lines
        let (bodyStart, opening) = bodyStart(text, lines)
        let header = PageDumpHeaderParser.parse(source, lines: stringLines, end: bodyStart)
        var diagnostics: [Diagnostic] = []

        // The head is read from its first lines only: the rest is not copied. A page that shows
        // the paper under its facts without a head may still open with its addressee and date.
        var head = KamerstukPDFHead.read(text, lines: Array(lines[bodyStart...].prefix(KamerstukPDFHead.headLineLimit)), opensAtDossier: true)
        var pageFacts: KamerstukPageFacts?
        if case .kamerstukFacts(let facts)? = opening {
            pageFacts = facts
            head = head ?? KamerstukPDFHead.openingOnly(text, lines: lines[bodyStart...])
        } else if case .addressedLetter(let addressed)? = opening {
            head = head ?? addressed
        } else if case .head? = opening {
            // The facts above the head give what it may not: the vergaderjaar, the day of publication.
            pageFacts = KamerstukPageFacts.read(text, lines: lines[..<bodyStart])
        }
        let (notesStart, notes, noteDiagnostics) = listedNotes(text, lines, stringLines, from: bodyStart, source: source)
        diagnostics += noteDiagnostics
        // A head that runs into the note list (a page of little else) leaves no body.
        var bodyLines = Array(min(head?.lineRange.upperBound ?? bodyStart, notesStart)..<notesStart)
        while let last = bodyLines.last, lines[last].isBlank || isRule(text, lines[last].content) || isSiteChrome(text, lines[last].content) {
            bodyLines.removeLast()
        }
        // The links to share the page, a line each under their heading at its end.
        if let heading = bodyLines.suffix(shareBlockLines).last(where: { isShareHeading(text, lines[$0].content) }),
           bodyLines.allSatisfy({ $0 <= heading || lines[$0].content.count <= shareLinkBytes })
        {
            bodyLines.removeAll { $0 >= heading }
        }
        // What the page of the paper itself opens with: an item of the Handelingen (its number and
        // title the text's first line, under its facts where the page has them), a meeting's whole
        // report, a page of parlementairemonitor.nl (its facts above the text, page breaks within sentences).
        var handelingen: (line: Int, facts: HandelingenItem.Facts)?, plenary: PlenaryReportPage?, monitor: MonitorPage?
        var opensWithItem = false, status: String?
        var motie: (title: (String, Int)?, date: (String, Int)?)?, votes: [(label: String, value: String, line: Int)] = []
        // A motie's, an amendement's or a letter's text alone is that kind of paper.
        var aloneKind: DocumentKind?
        var questionsPage: OpenKamerQuestionPage?
        // A motie's members where the page's vote stands under them.
        var voters: [Signer] = []
        switch opening {
        case .handelingenItem(let facts)?:
            handelingen = facts
            opensWithItem = true
        case .plenaryReport(let page)?:
            plenary = page
            status = PlenaryReportPage.status(text, lines, bodyLines)
            bodyLines = PlenaryReportPage.body(text, lines, bodyLines)
        case .monitor?:
            monitor = MonitorPage.read(text, lines: lines[..<bodyStart])
            bodyLines = MonitorPage.joiningPageBreaks(text, lines, bodyLines)
            opensWithItem = head == nil
        case .motie?, .amendement?:
            if case .amendement? = opening { aloneKind = .amendement } else { aloneKind = .motie }
            motie = MotieText.head(text, lines: lines, body: bodyLines)
            bodyLines.removeAll { $0 == motie?.title?.1 || $0 == motie?.date?.1 }
            if let vote = MotieText.vote(text, lines: lines, body: bodyLines) {
                votes = vote.fields
                voters = vote.members.map { Signer(naam: text.string(lines[$0].content)) }
                bodyLines.removeAll { vote.lines.contains($0) || vote.members.contains($0) }
            }
        case .openKamerQuestions(let page)?:
            questionsPage = page
            // `• Vraag 1` heads its question as `Vraag 1` alone does: the line is read from its label.
            for index in bodyLines {
                guard let label = OpenKamerQuestionPage.labelAfterBullet(text, lines[index].content) else { continue }
                lines[index].bytes = label
                lines[index].content = label
            }
        case .addressedLetter?:
            aloneKind = .kamerbrief
        case .head?, .kamerstukFacts?, nil:
            break
        }
        if votes.isEmpty, let parts = MotieText.tweedeKamerPageParts(text, lines: lines, body: bodyLines) {
            votes = parts.fields
            bodyLines.removeAll { parts.lines.contains($0) }
        }
        var itemHeading: (number: String, title: String)?
        if opensWithItem, let first = bodyLines.first(where: { !lines[$0].isBlank }) {
            // Its number and title, or the title alone over a speaker's label.
            let line = text.string(lines[first].content)
            let titleAlone = HandelingenItem.isUnnumberedTitle(text, lines[first].content)
                && HandelingenItem.labelFollows(text, lines: lines[(first + 1)...])
            if let heading = HandelingenItem.heading(line) ?? (titleAlone ? ("", line) : nil) {
                itemHeading = heading
                bodyLines.removeAll { $0 == first }
            }
        }
        // A web page of the paper lists its notes at the end under a heading of the page's own.
        var notesUnderHeading = false
        if notes.isEmpty, let heading = bodyLines.last(where: { isNotesHeading(text, lines[$0].content) }),
            let next = bodyLines.first(where: { $0 > heading && !lines[$0].isBlank }),
            KamerstukSigners.startsNote(text, lines[next].content)
        {
            bodyLines.removeAll { $0 == heading }
            notesUnderHeading = true
        }
        // A fiche published as a Kamerstuk: its cover letter is read here, the fiche after it as a
        // fiche is, with the page's notes. Notes under a heading of the page's own are read with
        // the text they follow: such a page is read as a letter, and the fiche in it after
        // (`Ingester.readingEmbeddedFiche`).
        let ficheLines = notesUnderHeading ? [] : EmbeddedFiche.takeLines(from: &bodyLines, text: text, lines: lines, sidecar: sidecar)
        // A note the head held goes with the page's notes, after the text.
        if let noteLines = head?.noteLines, !noteLines.isEmpty { bodyLines += noteLines }
        let letterhead = head == nil ? PageDumpLetterhead.read(text, lines, body: bodyLines) : nil
        if let letterhead { bodyLines.removeAll { $0 < letterhead.salutation } }
        var signers = voters.isEmpty ? KamerstukSigners.take(from: &bodyLines, text: text, lines: lines) : voters
        // A mirror names who signed above the text (`Eerste ondertekenaar: J.F. Klaver, voorzitter van
        // …`), where the text's signature is not read.
        if signers.isEmpty { signers = header.metadata.related.compactMap(Self.mirrorSigner) }

        // A page of the paper itself: its text opens at its head or its questions, under no `Nummer:` line.
        let isPaperPage = opening != nil
        let firstBodyLine = bodyLines.first { !lines[$0].isBlank }
        let opensQuestions = head == nil && firstBodyLine.map { Self.opensQuestions(text, lines[$0].content) } == true
        // A letterhead (`Datum`, `Betreft` above `Geachte …,`) makes a letter where nothing else names the kind.
        let letterKind: DocumentKind = letterhead != nil ? .kamerbrief : .kamerstuk
        let kind = head?.heading.flatMap { KamerstukKind.classify($0) } ?? (opensQuestions || questionsPage != nil ? .kamervragen : nil)
            ?? (opening?.isDebate == true ? .verslag : nil) ?? aloneKind ?? kind(named: header.lead)
            ?? (pageFacts != nil ? head.flatMap(Self.kind(opening:)) : nil) ?? letterKind
        // Questions (and a ministry's file of answers) open with the Kamer's number for them, alone.
        var questionNumber: (text: String, line: Int)?
        if kind == .kamervragen, let first = bodyLines.first(where: { !lines[$0].isBlank }),
            case let number = text.string(lines[first].content), Kamervragen.isZaakNumber(number)
        {
            questionNumber = (number, lines[first].number)
            bodyLines.removeAll { $0 == first }
        }
        // Kamervragen's describing lines each open a paragraph (`Antwoord van …` after `(ingezonden …).`).
        var breaksBefore: (([UInt8], Range<Int>) -> Bool)?
        if kind == .kamervragen { breaksBefore = Kamervragen.opensDescription }
        // A mirror's preview is pandoc's text of the Word file, a paragraph a line: saved without
        // blank lines, each line is still a paragraph, however short.
        let previewed = lines[..<bodyStart].last(where: { !$0.isBlank }).map { text.hasPrefix("Preview document", in: $0.content) } ?? false
        let compact = previewed && !TextLine.hasBlankBetweenText(bodyLines.lazy.map { lines[$0].isBlank })
        let body = KamerstukBody.read(
            text, lines: lines, body: bodyLines, feet: [], splitsClauses: kind == .motie, notes: notes.isEmpty || !ficheLines.isEmpty ? nil : notes,
            numberedHeadings: true,
            breaksBefore: breaksBefore, linesAreParagraphs: compact, headingNote: head?.headingNote, file: source.path)
        diagnostics += body.diagnostics

        var metadata = header.metadata
        if metadata.kamerstuk == nil, let dossier = head?.dossier, let ondernummer = head?.ondernummer {
            metadata.kamerstuk = KamerstukNumber(dossier: dossier, ondernummer: ondernummer)
        }
        metadata.kamerstuk = metadata.kamerstuk ?? monitor?.kamerstuk ?? pageFacts?.kamerstuk
            ?? KamerstukPageFacts.named(text, lines: lines[..<bodyStart])
        metadata.dossierTitle = metadata.dossierTitle ?? head?.dossierTitle ?? monitor?.dossierTitle
        metadata.vergaderjaar = head?.vergaderjaar ?? pageFacts?.vergaderjaar
        metadata.ondertekening = signers
        if let addressee = head?.addressee {
            metadata.fields.append(Field(label: "Aan", value: addressee.text, location: source.location(line: addressee.line)))
        }
        if let head, let other = head.otherDossierField(at: source.location(line: head.lineRange.lowerBound + 1)) {
            metadata.fields.append(other)
        }
        if let subject = letterhead?.subject {
            metadata.fields.append(Field(label: "Betreft", value: subject.text, location: source.location(line: subject.line)))
        }
        metadata.kenmerk = letterhead?.kenmerk ?? metadata.kenmerk
        if let committee = monitor?.committee {
            metadata.fields.append(Field(label: MonitorPage.committeeLabel, value: committee, location: source.location(line: 1)))
        }
        if let plenary {
            metadata.vergaderjaar = plenary.vergaderjaar ?? metadata.vergaderjaar
            if let meeting = plenary.meeting {
                metadata.fields.append(Field(label: PlenaryReportPage.meetingLabel, value: meeting, location: source.location(line: 1)))
            }
            if let status {
                metadata.fields.append(Field(label: PlenaryReportPage.statusLabel, value: status, location: source.location(line: 1)))
            }
        }
        var meetingDate: String?
        if let (line, facts) = handelingen {
            let citation: String
            if let firstPage = facts.firstPage {
                let (pages, date) = HandelingenItem.pages(facts, firstPage: firstPage)
                meetingDate = date ?? facts.published
                citation = HandelingenItem.citation(kamer: facts.kamer, vergaderjaar: facts.vergaderjaar, meeting: facts.meeting, pages: pages)
            } else {
                let (item, date) = HandelingenItem.item(facts, heading: itemHeading.flatMap { $0.number.isEmpty ? nil : $0.number })
                meetingDate = date ?? facts.published
                citation = HandelingenItem.citation(kamer: facts.kamer, vergaderjaar: facts.vergaderjaar, meeting: facts.meeting, item: item)
            }
            metadata.vergaderjaar = facts.vergaderjaar
            metadata.fields.append(Field(label: HandelingenItem.fieldLabel, value: citation, location: source.location(line: lines[line].number)))
        }
        for vote in votes {
            metadata.fields.append(Field(label: vote.label, value: vote.value, location: source.location(line: vote.line)))
        }
        if let questionNumber {
            metadata.fields.append(Field(label: Kamervragen.numberLabel, value: questionNumber.text, location: source.location(line: questionNumber.line)))
            metadata.zaak = metadata.zaak ?? questionNumber.text
        }
        // Answered questions in the Aanhangsel: the house, the vergaderjaar and the number in it
        // from the facts above them, as the XML of kamervragen gives them.
        if kind == .kamervragen, let facts = AanhangselPageFacts.read(text, lines: lines[..<bodyStart]) {
            metadata.vergaderjaar = metadata.vergaderjaar ?? facts.vergaderjaar
            metadata.fields.append(Kamervragen.chamberField(house: facts.kamer, at: source.location(line: 1)))
            if questionNumber == nil, let number = facts.number {
                metadata.fields.append(Field(label: Kamervragen.numberLabel, value: number, location: source.location(line: 1)))
            }
        }
        if let questionsPage {
            metadata.zaak = metadata.zaak ?? questionsPage.zaak
            metadata.indieners = questionsPage.askers
            // The page's facts name who answered; the text's last lines may be a question cut short.
            if !questionsPage.answerers.isEmpty { metadata.ondertekening = questionsPage.answerers }
            if let (kamer, vergaderjaar, number) = questionsPage.aanhangsel {
                metadata.vergaderjaar = vergaderjaar
                metadata.fields.append(Kamervragen.chamberField(house: kamer, at: source.location(line: 1)))
                metadata.fields.append(Field(label: Kamervragen.numberLabel, value: number, location: source.location(line: 1)))
            }
        }
        let headTitle = head?.heading.map { KamerstukTitle.readable($0, dossierTitle: metadata.dossierTitle) }
        let questionsDate: String? = questionsPage.flatMap { $0.answered ?? $0.asked }
        var date = head?.date ?? letterhead?.date ?? metadata.datum ?? meetingDate ?? monitor?.date ?? plenary?.date ?? pageFacts?.published
            ?? motie?.date?.0 ?? questionsDate
        var title = header.lead.first ?? headTitle ?? letterhead?.subject?.text ?? "Kamerstuk \(source.id)"
        if isPaperPage {
            // A motie's text alone, by the title above it or by its members.
            let motieTitle: String? = motie.map { motie in
                motie.title?.0 ?? MotieText.title(members: signers.map(\.naam), kind: kind == .amendement ? "Amendement" : "Motie")
            }
            // An item of the Handelingen shown without its heading is named by the chair's opening.
            let chairOpening = opening?.isDebate == true && itemHeading == nil && plenary == nil
                ? body.sections.first?.paragraphs.first.flatMap { HandelingenItem.title(opening: $0.text) } : nil
            // The page's own lines above the paper are the site's (`Ga direct naar inhoud`), no title.
            let opening: [String] = opensQuestions ? (body.sections.first?.paragraphs ?? []).prefix(4).map { (paragraph: Paragraph) in paragraph.text } : []
            let descriptions = opening.filter { (line: String) in Kamervragen.opensDescription(line) }
            let pageNames: String? = plenary?.title ?? questionsPage?.title ?? itemHeading.flatMap { monitor == nil ? $0.title : nil }
                ?? monitor?.paperTitle(headTitle: headTitle) ?? pageTitle(header.lead)
            let textNames: String? = chairOpening ?? motieTitle ?? descriptions.first(where: Kamervragen.describesQuestions).map(Kamervragen.title)
            title = pageNames ?? textNames ?? headTitle ?? pageFacts.map { "Kamerstuk \($0.kamerstuk.dossier), nr. \($0.kamerstuk.ondernummer)" }
                ?? header.lead.first ?? "\(kind == .kamerbrief ? "Kamerbrief" : "Kamerstuk") \(source.id)"
            if date == nil { date = Kamervragen.date(descriptions) }
        }
        if body.sections.isEmpty {
            diagnostics.append(.warning(
                .missingSection, "the page holds no text of the document after its header", at: source.location(line: bodyStart + 1)))
        }
        let document = Document(
            id: source.id, kind: kind, format: .pageDump, title: title, date: date,
            source: source.path, metadata: metadata, sections: body.sections, footnotes: body.footnotes)
        guard let first = ficheLines.first, let last = ficheLines.last else { return (document, diagnostics.sortedAndDeduplicated()) }
        let blocks = FicheBlockReader.blocks(in: source, lines: Array(stringLines[...last]), from: first)
        let fiche = EmbeddedFiche.document(
            FicheSectionTree.build(from: blocks), notes: notes, letter: document, source: source, at: source.location(line: first + 1), sidecar: sidecar)
        return (fiche.document, (diagnostics + fiche.diagnostics).sortedAndDeduplicated())
    }

    /// The kind a paper shown without its head has by its opening: a letter is addressed (`Aan de
    /// Voorzitter …`), a committee's verslag or list of questions `Vastgesteld` on its date.
    static func kind(opening head: KamerstukPDFHead) -> DocumentKind? {
        if head.addressee != nil { return .kamerbrief }
        return head.dateOpener == "Vastgesteld" ? .verslag : nil
    }

    /// The kind the page's lines above `Nummer:` name, the last first: a mirror prints the kind of
    /// document (`Motie`, `Amendement`, `Brief regering`, `Verslag van een schriftelijk overleg`)
    /// under the title.
    static func kind(named lead: [String]) -> DocumentKind? {
        for line in lead.reversed() {
            if let kind = KamerstukKind.classify(line) { return kind }
            if line.utf8.starts(with: "Brief ".utf8) || line == "Brief" { return .kamerbrief }
        }
        return nil
    }
}

extension PageDumpParser {
    /// `Eerste ondertekenaar` or `Mede ondertekenaar`, `J.F. Klaver, voorzitter van de vaste commissie
    /// …`: the signer a mirror names, the function after the name's comma.
    static func mirrorSigner(_ field: Field) -> Signer? {
        guard field.label == "Eerste ondertekenaar" || field.label == "Mede ondertekenaar" else { return nil }
        var value = Substring(field.value)
        // The mirror's own remark on the person, `(Ooit PVV kamerlid)`, is not the function.
        if value.hasSuffix(")"), let remark = value.range(of: " (Ooit ", options: .backwards) { value = value[..<remark.lowerBound] }
        guard let comma = value.range(of: ", ") else { return Signer(naam: String(value)) }
        return Signer(naam: String(value[..<comma.lowerBound]), functie: String(value[comma.upperBound...]))
    }

    /// Where a web page of the paper itself (officielebekendmakingen.nl, tweedekamer.nl,
    /// eerstekamer.nl, parlementairemonitor.nl, a mirror without `Nummer:` lines) opens the paper
    /// under the page's own lines (`paperOpening`).
    static func paperStart(_ text: [UInt8], _ lines: [TextLine]) -> Int? {
        paperOpening(text, lines)?.start
    }

    /// What a web page of the paper itself opens the paper with, read in its first lines.
    enum PaperOpening {
        /// A whole plenary meeting's report under its title line (`PlenaryReportPage`).
        case plenaryReport(PlenaryReportPage)
        /// An item of the Handelingen: its heading, under its facts' row where the page has it (`HandelingenItem`).
        case handelingenItem(facts: (line: Int, facts: HandelingenItem.Facts)?)
        /// A page of parlementairemonitor.nl: its part `Tekst` (`MonitorPage`).
        case monitor
        /// The paper's head (`KamerstukPDFHead.webHeadStart`) or kamervragen's describing line.
        case head
        /// officielebekendmakingen.nl's facts of a Kamerstuk above a paper shown without its head.
        case kamerstukFacts(KamerstukPageFacts)
        /// A motie's text alone (`MotieText`).
        case motie
        /// An amendement's text alone (`MotieText.amendementStart`).
        case amendement
        /// openkamer.org's page of kamervragen: their number, subject and facts above them.
        case openKamerQuestions(OpenKamerQuestionPage)
        /// A letter's text alone, as a page (or a reader's copy) shows it without the paper's head:
        /// its first lines its addressee (`Aan de Voorzitter van de Tweede Kamer der
        /// Staten-Generaal`) and its place and date (`Den Haag, 2 december 2022`), read as the head's
        /// opening.
        case addressedLetter(KamerstukPDFHead)

        /// A debate's report, whatever its text names it.
        var isDebate: Bool {
            switch self {
            case .plenaryReport, .handelingenItem: true
            case .monitor, .head, .kamerstukFacts, .motie, .amendement, .openKamerQuestions, .addressedLetter: false
            }
        }
    }

    /// Where and with what the paper opens: after a meeting's title line, at an item's heading or
    /// after its facts, after a parlementairemonitor.nl page's part `Tekst`, at the paper's head, or
    /// for kamervragen at the line describing them (`Vragen van het lid … (ingezonden 20 december
    /// 2024).`).
    static func paperOpening(_ text: [UInt8], _ lines: [TextLine]) -> (start: Int, opening: PaperOpening)? {
        let window = lines.prefix(KamerstukPDFHead.webHeadWindow)
        if let (line, page) = PlenaryReportPage.opening(text, lines: window) { return (line + 1, .plenaryReport(page)) }
        if let page = HandelingenItem.tweedeKamerPage(text, lines: window) { return (page.start, .handelingenItem(facts: (page.line, page.facts))) }
        if let start = HandelingenItem.headingStart(text, lines: window) ?? HandelingenItem.openingStart(text, lines: window) {
            return (start, .handelingenItem(facts: nil))
        }
        if let found = HandelingenItem.facts(text, lines: window) { return (found.line + 1, .handelingenItem(facts: found)) }
        if let start = MonitorPage.textStart(text, lines: window) { return (start, .monitor) }
        if let head = KamerstukPDFHead.webHeadStart(text, lines: lines) { return (head, .head) }
        if let questions = window.firstIndex(where: { opensQuestions(text, $0.content) }) { return (questions, .head) }
        if let start = MotieText.start(text, lines: window) { return (start, .motie) }
        if let start = MotieText.amendementStart(text, lines: window) { return (start, .amendement) }
        if let page = OpenKamerQuestionPage.read(text, lines: window) { return (page.lastLine + 1, .openKamerQuestions(page)) }
        if let facts = KamerstukPageFacts.read(text, lines: window) { return (facts.line + 1, .kamerstukFacts(facts)) }
        return addressedLetter(text, lines).map { ($0.start, .addressedLetter($0.opening)) }
    }

    /// Where a letter's text alone opens (`PaperOpening.addressedLetter`), and its addressee and
    /// date: its first line, when that is its addressee, the Kamer's voorzitter, and its date follows.
    static func addressedLetter(_ text: [UInt8], _ lines: [TextLine]) -> (start: Int, opening: KamerstukPDFHead)? {
        guard let first = lines.firstIndex(where: { !$0.isBlank }), text.hasPrefix("Aan de Voorzitter van de ", in: lines[first].content),
            let opening = KamerstukPDFHead.openingOnly(text, lines: lines[first...]), opening.addressee != nil, opening.date != nil
        else { return nil }
        return (first, opening)
    }

    /// `Vragen van het lid … (ingezonden …)`: the line that describes kamervragen.
    static func opensQuestions(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        Kamervragen.questionOpeners.contains { text.hasPrefix($0, in: range) } && text.string(range).contains("(ingezonden")
    }
}

private extension PageDumpParser {
    /// The first line of the document's own text: the one after `Preview document …`; without that
    /// line, the first after `Nummer: …` that is none of the page's metadata lines, their items or
    /// blank; without either, where a web page of the paper itself opens it, and with what.
    static func bodyStart(_ text: [UInt8], _ lines: [TextLine]) -> (start: Int, opening: PaperOpening?) {
        if let preview = lines.firstIndex(where: { text.hasPrefix("Preview document", in: $0.content) }) { return (preview + 1, nil) }
        guard let number = lines.firstIndex(where: { text.hasPrefix("Nummer:", in: $0.content) }) else {
            return paperOpening(text, lines).map { ($0.start, $0.opening) } ?? (0, nil)
        }
        var index = number + 1
        while index < lines.count, lines[index].isBlank || isMetadataLine(text, lines[index].content) { index += 1 }
        return (index, nil)
    }

    /// The title a page of the paper gives it in its own lines: `Brief regering : Uitvoering
    /// moties …` (tweedekamer.nl) is `Uitvoering moties …`.
    static func pageTitle(_ lead: [String]) -> String? {
        // openkamer.org: `Kamerstuk 34300-VII-60`, then the paper's title above its facts (`Dossier:
        // …`), unless it names no subject (`Motie`, `Verslag van een algemeen overleg`: the head's,
        // with its dossier's, says more).
        if let named = lead.firstIndex(where: { line in
            let bytes = Array(line.utf8)
            return line.hasPrefix("Kamerstuk ") && KamerstukPageFacts.namedByLabel(bytes, 0..<bytes.count) != nil
        }), named + 1 < lead.count, case let title = lead[named + 1], !title.contains(": "),
            case let words = KamerstukTitle.wordsAndCase(title).words, words.count >= 3, !KamerstukTitle.namesNoSubject(words)
        {
            return title
        }
        for line in lead {
            let bytes = Array(line.utf8)
            guard let colon = bytes.indices.dropFirst().dropLast().first(where: {
                bytes[$0] == UInt8(ascii: ":") && bytes[$0 - 1] == 0x20 && bytes[$0 + 1] == 0x20
            }) else { continue }
            let title = bytes[(colon + 1)...].drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
            if !title.isEmpty { return String(decoding: title, as: UTF8.self) }
        }
        return nil
    }

    /// The page's own lines under the paper: links to share it, a row of links set apart by bars
    /// (`Over deze site | Contact | Privacy`), and the list of the page's links that `lynx -dump`
    /// prints at the end (`References`, `  12. https://…`).
    static func isSiteChrome(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        if siteChromeLines.contains(where: { text.equals($0, in: range) }) { return true }
        var index = range.lowerBound
        while index < range.upperBound, (0x30...0x39).contains(text[index]) { index += 1 }
        if index > range.lowerBound, index + 1 < range.upperBound, text[index] == UInt8(ascii: "."), text[index + 1] == 0x20 {
            let link = index + 2..<range.upperBound
            if ["http://", "https://", "file://", "mailto:"].contains(where: { text.hasPrefix($0, in: link) }) { return true }
        }
        var bars = 0
        for index in range where text[index] == UInt8(ascii: "|") { bars += 1 }
        return bars >= 2 && range.count <= 40 * (bars + 1)
    }

    /// `Deel deze pagina`: the heading of a page's links to share it.
    static func isShareHeading(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        shareHeadings.contains { text.equals($0, in: range) }
    }

    static let shareHeadings = ["Deel deze pagina", "Deel dit document", "Delen"]
    /// How far from the end a share heading is looked for, and how long its links' lines are at most.
    static let shareBlockLines = 16
    static let shareLinkBytes = 40

    static let siteChromeLines = [
        "Deel deze pagina", "Deel dit document", "Naar boven", "Terug naar boven", "Delen", "Print", "Printen", "References",
        "Visible links:", "Hidden links:",
    ]

    /// A metadata line of the page (`PageDumpHeaderParser.metadataPrefixes`) or an item under one.
    static let metadataLinePrefixes = PageDumpHeaderParser.metadataPrefixes + ["- ", "* ", "• "]

    static func isMetadataLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        metadataLinePrefixes.contains { text.hasPrefix($0, in: range) }
    }

    /// The pandoc note list at the end of the text: where it starts (the body's end) and its notes.
    /// Its first line is found on the bytes (the first that ends in `↩︎`); the blocks from a little
    /// before it are split as a fiche dump's are, which finds a note's number label blocks above
    /// its arrow.
    static func listedNotes(
        _ text: [UInt8], _ lines: [TextLine], _ stringLines: [Substring], from start: Int, source: SourceText
    ) -> (start: Int, notes: [Footnote], diagnostics: [Diagnostic]) {
        guard let arrow = lines[start...].firstIndex(where: { endsWithBackArrow(text, $0.content) }) else {
            return (lines.count, [], [])
        }
        // A page's text without blank lines has the list glued to the text, a note a line: it
        // starts at the first note's label.
        let blocks: [FicheBlock]
        if let label = (max(start, arrow - 40)...arrow).reversed().first(where: { FicheBlockReader.listLabel(of: stringLines[$0]) != nil }),
            label > start, !lines[label - 1].isBlank
        {
            blocks = FicheBlockReader.blocks(in: source, lines: stringLines, from: label, splitsAtLabels: true)
        } else {
            blocks = FicheBlockReader.blocks(in: source, lines: stringLines, from: max(start, arrow - 40))
        }
        let (_, noteBlocks) = FicheFootnoteList.split(blocks)
        guard let first = noteBlocks.first else { return (lines.count, [], []) }
        let (notes, diagnostics) = FicheFootnoteList.notes(from: noteBlocks)
        return (first.location.line - 1, notes, diagnostics)
    }

    /// `↩` (U+21A9), with or without a variation selector after it, ends the bytes.
    static func endsWithBackArrow(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        if range.count >= 3, text[end - 3] == 0xEF, text[end - 2] == 0xB8, text[end - 1] == 0x8E || text[end - 1] == 0x8F { end -= 3 }
        return end - range.lowerBound >= 3 && text[end - 3] == 0xE2 && text[end - 2] == 0x86 && text[end - 1] == 0xA9
    }

    /// `Noten`, `Voetnoten`, `Noot`: the heading a web page puts over the paper's notes, also with
    /// the button that closes their panel (`X Noot`, as officielebekendmakingen.nl's text has it).
    static func isNotesHeading(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        let heading = text.hasPrefix("X ", in: range) ? range.lowerBound + 2..<range.upperBound : range
        return ["Noten", "Voetnoten", "Noot"].contains { text.equals($0, in: heading) }
    }

    /// A rule (`-----`) that some dumps put above the notes.
    static func isRule(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        range.count >= 3 && text[range].allSatisfy { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "*") }
    }
}

/// A letter's letterhead where the Word file keeps it as text above the salutation: `> Retouradres
/// …`, the addressee's lines, `Datum 13 februari 2026`, `Betreft …`, `Ons kenmerk …` or `Onze referentie …` (a label's value
/// on its line or on the next). It is a letterhead when one of those labels stands within the
/// text's first lines before `Geachte …,`; its lines then leave the body, which opens with the
/// salutation, and its date, subject and kenmerk are kept.
struct PageDumpLetterhead {
    /// Index (into the text's lines) of the salutation.
    var salutation: Int
    /// `YYYY-MM-DD`.
    var date: String?
    var subject: (text: String, line: Int)?
    var kenmerk: String?

    /// How many of the body's first text lines may stand before the salutation.
    static let lineLimit = 30

    static func read(_ text: [UInt8], _ lines: [TextLine], body: [Int]) -> PageDumpLetterhead? {
        let filled = body.lazy.filter { !lines[$0].isBlank }.prefix(lineLimit)
        guard let salutation = filled.first(where: { isSalutation(text, lines[$0].content) }) else { return nil }
        var head = PageDumpLetterhead(salutation: salutation), labelled = false
        let above = Array(filled.prefix { $0 != salutation })
        for (position, index) in above.enumerated() {
            let content = lines[index].content
            // A label alone on its line has its value on the next text line.
            func value(after label: String) -> Range<Int>? {
                guard text.hasPrefix(label, in: content) else { return nil }
                let rest = text.trimmed(content.lowerBound + label.utf8.count..<content.upperBound)
                if rest.isEmpty { return position + 1 < above.count ? lines[above[position + 1]].content : nil }
                return rest.lowerBound > content.lowerBound + label.utf8.count ? rest : nil
            }
            if text.hasPrefix("> Retouradres", in: content) || text.hasPrefix("Retouradres", in: content) {
                labelled = true
            } else if let date = value(after: "Datum") {
                head.date = head.date ?? MinistryLetterhead.isoDate(text.string(date))
                labelled = true
            } else if let subject = value(after: "Betreft") {
                head.subject = head.subject ?? (text.string(subject), lines[index].number)
                labelled = true
            } else if let kenmerk = value(after: "Ons kenmerk") ?? value(after: "Onze referentie") ?? value(after: "Kenmerk") {
                head.kenmerk = head.kenmerk ?? text.string(kenmerk)
                labelled = true
            }
        }
        return labelled ? head : nil
    }

    /// `Geachte voorzitter,`, `Zeer geachte heer …,`.
    static func isSalutation(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        (text.hasPrefix("Geachte ", in: range) || text.hasPrefix("Zeer geachte ", in: range)) && text.hasSuffix(",", in: range)
    }
}
