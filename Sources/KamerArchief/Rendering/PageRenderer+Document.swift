extension PageRenderer {
    /// The label of the row among a document's facts that says where the archive cites it.
    static let citedInLabel = "Aangehaald in"

    /// The document's page, and a page per pillar and per action.
    func documentPages(_ document: Document) -> [SiteFile] {
        let topicLinks = archive.topics.matcher.map { TopicLinker.links(in: document, matcher: $0) } ?? [:]
        // Each action's summary shows on the document page twice, on its pillar's page and on up to
        // three action pages: made once here.
        let summaries = document.pillars.map { pillar in pillar.actions.map { $0.paragraphs.first.map { $0.text.summary } ?? "" } }
        // A fiche's pillar pages show paragraphs of its page: their HTML is made once.
        let fragments = ParagraphFragments(document)
        // The variables every page of the document has. Its pages are in one folder, so the links
        // among them are the same from each: made once, from the document page.
        let shared = documentContext(document, inline: InlineMarkdown(
            archive: archive, page: Permalinks.document(document.id), links: LinkTable(), topicLinks: [:], fragments: nil))
        var files = [documentPage(document, shared: shared, summaries: summaries, topicLinks: topicLinks, fragments: fragments)]
        for (index, pillar) in document.pillars.enumerated() {
            files.append(pillarPage(
                document, shared: shared, index: index, summaries: summaries[index], topicLinks: topicLinks, fragments: fragments))
            for actionIndex in pillar.actions.indices {
                files.append(actionPage(
                    document, shared: shared, pillar: pillar, index: actionIndex, summaries: summaries[index], topicLinks: topicLinks,
                    fragments: fragments))
            }
        }
        return files
    }

    private func documentPage(
        _ document: Document, shared: TemplateValues, summaries: [[String]], topicLinks: [SourceLocation: [TopicMatch]],
        fragments: ParagraphFragments
    ) -> SiteFile {
        let path = Permalinks.document(document.id)
        let template = templates.documentTemplate(for: document.kind)
        return render(
            .document, template: template, at: path, title: document.title, breadcrumbs: crumbs(document), topicLinks: topicLinks, fragments: fragments
        ) { inline in
            let placement = Placement(document)
            let shownHere = document.footnotes.filter { placement.page(ofFootnote: $0.number) == path }
            var context = shared
            context["metadata"] = metadataRows(document, inline: inline)
            let body = document.sections.filter { $0.role != .considerans && $0.role != .dictum }
            context["sections"] = flatSections(body, depth: 0, inline: inline)
            context["hasSections"] = !body.isEmpty
            context.merge(kamerstukParts(document, inline: inline)) { _, new in new }
            context["pillars"] = zip(document.pillars, summaries).map { pillar, summaries -> TemplateValues in
                var row = pillarSummary(document, pillar, inline: inline)
                row["actions"] = zip(pillar.actions, summaries).map { actionSummary(document, pillar, $0, summary: $1, inline: inline) }
                return row
            }
            context["hasPillars"] = !document.pillars.isEmpty
            context["overview"] = zip(document.pillars, summaries).flatMap { pillar, summaries in
                zip(pillar.actions, summaries).map { action, summary -> TemplateValues in
                    var row = actionSummary(document, pillar, action, summary: summary, inline: inline)
                    row["pillarTitle"] = pillar.title
                    row["pillarURL"] = inline.href(.page(Permalinks.pillar(document.id, pillar.number)))
                    return row
                }
            }
            context[.hasActions] = document.pillars.contains { !$0.actions.isEmpty }
            context.merge(footnotes(shownHere, inline: inline)) { _, new in new }
            return context
        }
    }

    private func pillarPage(
        _ document: Document, shared: TemplateValues, index: Int, summaries: [String], topicLinks: [SourceLocation: [TopicMatch]],
        fragments: ParagraphFragments
    ) -> SiteFile {
        let pillar = document.pillars[index]
        let path = Permalinks.pillar(document.id, pillar.number)
        let title = "\(pillar.displayLabel(in: document)): \(pillar.title)"
        let crumbs = crumbs(document) + [Crumb(title: pillar.displayLabel(in: document), path: path)]
        return render(.pillar, at: path, title: title, breadcrumbs: crumbs, topicLinks: topicLinks, fragments: fragments) { inline in
            var context = shared
            context.merge(pillarSummary(document, pillar, inline: inline)) { _, new in new }
            context[.pillarTitle] = pillar.title
            context[.text] = pillar.text.map { [.markdown: inline.paragraph($0)] as TemplateValues }
            context[.hasText] = !pillar.text.isEmpty
            context[.position] = pillar.position.map { [.markdown: inline.paragraph($0)] as TemplateValues }
            context[.hasPosition] = !pillar.position.isEmpty
            context[.isFiche] = document.kind == .fiche
            context[.actions] = zip(pillar.actions, summaries).map { actionSummary(document, pillar, $0, summary: $1, inline: inline) }
            context[.hasActions] = !pillar.actions.isEmpty
            context[.previous] = index > 0 ? pillarSummary(document, document.pillars[index - 1], inline: inline) : nil
            context[.next] = index + 1 < document.pillars.count ? pillarSummary(document, document.pillars[index + 1], inline: inline) : nil
            let referenced = Set((pillar.text + pillar.position).flatMap(\.noteRefs).map(\.footnote))
            context.merge(footnotes(document.footnotes.filter { referenced.contains($0.number) }, inline: inline)) { _, new in new }
            return context
        }
    }

    private func actionPage(
        _ document: Document, shared: TemplateValues, pillar: Pillar, index: Int, summaries: [String], topicLinks: [SourceLocation: [TopicMatch]],
        fragments: ParagraphFragments
    ) -> SiteFile {
        let action = pillar.actions[index]
        let path = Permalinks.action(document.id, pillar.number, action.number)
        let crumbs = crumbs(document) + [
            Crumb(title: pillar.displayLabel(in: document), path: Permalinks.pillar(document.id, pillar.number)),
            Crumb(title: action.title, path: path),
        ]
        return render(.action, at: path, title: action.title, breadcrumbs: crumbs, topicLinks: topicLinks, fragments: fragments) { inline in
            var context = shared
            context.merge(actionSummary(document, pillar, action, summary: summaries[index], inline: inline)) { _, new in new }
            context[.actionTitle] = action.title
            context[.pillar] = pillarSummary(document, pillar, inline: inline)
            context[.paragraphs] = action.paragraphs.map { [.markdown: inline.paragraph($0), .isListItem: $0.listLabel != nil] as TemplateValues }
            context[.previous] = index > 0 ? actionSummary(document, pillar, pillar.actions[index - 1], summary: summaries[index - 1], inline: inline) : nil
            context[.next] = index + 1 < pillar.actions.count
                ? actionSummary(document, pillar, pillar.actions[index + 1], summary: summaries[index + 1], inline: inline) : nil
            let referenced = Set(action.paragraphs.flatMap(\.noteRefs).map(\.footnote))
            context.merge(footnotes(document.footnotes.filter { referenced.contains($0.number) }, inline: inline)) { _, new in new }
            return context
        }
    }
}

private extension PageRenderer {
    func crumbs(_ document: Document) -> [Crumb] {
        [Crumb(title: "Archief", path: Permalinks.index), Crumb(title: document.label, path: Permalinks.document(document.id))]
    }

    /// With room for the variables each page of the document adds (a document page's thirty-odd),
    /// so that the table is made once: each growth hashes every name again.
    func documentContext(_ document: Document, inline: InlineMarkdown) -> TemplateValues {
        var context = TemplateValues(minimumCapacity: 40)
        context["document"] = documentSummary(document.summaryRow, inline: inline)
        context["documentTitle"] = document.title
        context["date"] = document.date ?? ""
        context["hasDate"] = document.date != nil
        context[.label] = document.label
        context["ficheNumber"] = document.metadata.ficheNumber.map(String.init) ?? ""
        context["jsonURL"] = inline.href(.page(Permalinks.documentJSON(document.id)))
        return context
    }

    func pillarSummary(_ document: Document, _ pillar: Pillar, inline: InlineMarkdown) -> TemplateValues {
        [
            .number: pillar.number,
            .label: pillar.displayLabel(in: document),
            .title: pillar.title,
            .url: inline.href(.page(Permalinks.pillar(document.id, pillar.number))),
            .actionCount: pillar.actions.count,
        ]
    }

    /// An action's row; `summary` is the first sentence of its first paragraph (`String.summary`).
    func actionSummary(_ document: Document, _ pillar: Pillar, _ action: Action, summary: String, inline: InlineMarkdown) -> TemplateValues {
        [
            .number: action.number,
            .title: action.title,
            .url: inline.href(.page(Permalinks.action(document.id, pillar.number, action.number))),
            .summary: summary,
        ]
    }

    /// Sections depth first, each with its depth so templates can pick a heading level
    /// (`isTopLevel`, `isLevel2`, `isLevel3`, `isDeeper`; `isSubsection` is any level under the top). A section
    /// with no text at all (a fiche's Algemene gegevens, whose fields are in the metadata table) is left out.
    func flatSections(_ sections: [Section], depth: Int, inline: InlineMarkdown) -> [TemplateValues] {
        sections.filter { !$0.paragraphs.isEmpty || !$0.subsections.isEmpty }.flatMap { section -> [TemplateValues] in
            let row: TemplateValues = [
                "anchor": inline.anchor(section.id),
                "id": section.id,
                .title: section.title,
                "isTopLevel": depth == 0,
                "isSubsection": depth > 0,
                "isLevel2": depth == 1, "isLevel3": depth == 2, "isDeeper": depth > 2,
                .paragraphs: section.paragraphs.map { [.markdown: inline.paragraph($0), .isListItem: $0.listLabel != nil] as TemplateValues },
            ]
            return [row] + flatSections(section.subsections, depth: depth + 1, inline: inline)
        }
    }

    /// What sets a Kamerstuk's page apart by kind: who submits and signs it, a motie's considerations
    /// and dictum, and an outline of the sections (a memorie van toelichting's chapters).
    func kamerstukParts(_ document: Document, inline: InlineMarkdown) -> TemplateValues {
        let m = document.metadata
        let paragraphs = { (role: SectionRole) -> [TemplateValues] in
            document.sections.filter { $0.role == role }.flatMap(\.allParagraphs).map { [.markdown: inline.paragraph($0)] as TemplateValues }
        }
        let considerans = paragraphs(.considerans), dictum = paragraphs(.dictum)
        let outline = outlineRows(document.sections.filter { $0.role != .considerans && $0.role != .dictum }, depth: 0, inline: inline)
        return [
            "kindLabel": document.kind.label,
            "indieners": m.indieners.map { ["naam": $0] as TemplateValues },
            "hasIndieners": !m.indieners.isEmpty,
            "ondertekening": m.ondertekening.map { ["naam": $0.naam, "functie": $0.functie ?? "", "hasFunctie": $0.functie != nil] as TemplateValues },
            "hasOndertekening": !m.ondertekening.isEmpty,
            "ondertekeningAnchor": m.ondertekening.isEmpty ? "" : inline.anchor(Permalinks.signersAnchor(document)),
            "considerans": considerans, "hasConsiderans": !considerans.isEmpty,
            "dictum": dictum, "hasDictum": !dictum.isEmpty,
            "outline": outline, "hasOutline": outline.count > 1,
        ]
    }

    /// Sections with text as links to their anchors, depth first.
    func outlineRows(_ sections: [Section], depth: Int, inline: InlineMarkdown) -> [TemplateValues] {
        sections.filter { !$0.allParagraphs.isEmpty }.flatMap { section -> [TemplateValues] in
            let row: TemplateValues = [
                .title: section.title, .url: "#" + section.id, "isTopLevel": depth == 0, "isSubsection": depth > 0,
                "isLevel2": depth == 1, "isLevel3": depth == 2, "isDeeper": depth > 2,
            ]
            return [row] + outlineRows(section.subsections, depth: depth + 1, inline: inline)
        }
    }

    func metadataRows(_ document: Document, inline: InlineMarkdown) -> [TemplateValues] {
        let m = document.metadata
        var rows: [(String, String)] = []
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { rows.append((label, MarkdownEscaping.escape(value))) }
        }
        add("Soort", document.kind.label)
        add("Fiche", m.ficheNumber.map(String.init))
        add("Datum", document.date)
        add("Nummer", m.nummer)
        add("Bijgewerkt", m.bijgewerkt)
        add("Versie", m.versie)
        if let kamerstuk = m.kamerstuk {
            rows.append(("Kamerstuk", inline.link(kamerstuk.description, to: .page(Permalinks.dossier(kamerstuk.dossier) + "#" + Permalinks.kamerstukAnchor(kamerstuk)))))
            let dossierLabel = m.dossierTitle.map { "\(kamerstuk.dossier) \($0)" } ?? kamerstuk.dossier
            rows.append(("Dossier", inline.link(dossierLabel, to: .page(Permalinks.dossier(kamerstuk.dossier)))))
        }
        add("Zaak", m.zaak)
        add("Vergaderjaar", m.vergaderjaar)
        add("Ministerie", m.ministerie)
        add("Kenmerk", m.kenmerk)
        add(m.indieners.count > 1 ? "Indieners" : "Indiener", m.indieners.isEmpty ? nil : m.indieners.joined(separator: ", "))
        add("Ondertekening", m.ondertekening.isEmpty ? nil : m.ondertekening.map { signer in
            signer.functie.map { "\(signer.naam) (\($0))" } ?? signer.naam
        }.joined(separator: "; "))
        for field in m.fields + m.related {
            // A debate's speakers, each a link to their first turn.
            if field.label == DebateTranscript.speakersLabel, case let turns = DebateTranscript.firstTurns(document.sections), !turns.isEmpty {
                let page = Permalinks.document(document.id)
                rows.append((field.label, turns.map { turn in
                    inline.link(turn.speaker, to: .page(String(joining: page, "#", Permalinks.paragraphAnchor(turn.paragraph))))
                }.joined(separator: "; ")))
                continue
            }
            // What a field names is linked: a fiche's Commission document, its EUR-Lex address.
            rows.append((field.label, inline.citing(field.value)))
        }
        if let citedIn = citedIn(document, inline: inline) { rows.append((Self.citedInLabel, citedIn)) }
        return rows.map { [.label: $0.0, "valueMarkdown": $0.1] as TemplateValues }
    }

    /// Where the archive cites the document, other than in itself: a Kamerstuk's places and
    /// documents as a link to its entry on its dossier's page, which lists them; a publication's
    /// citing documents (a debate's, kamervragen's: they have no dossier page) each as a link, the
    /// newest first. Nil where nothing cites it.
    func citedIn(_ document: Document, inline: InlineMarkdown) -> String? {
        if let number = document.metadata.kamerstuk, let entry = archive.entry(for: number),
            let counts = archive.citations(of: number, outside: document.id)
        {
            guard counts.places > 0 else { return nil }
            return inline.link(
                "\(counted(counts.places, "plaats", "plaatsen")) in \(counted(counts.documents, "document", "documenten"))", to: .page(entry.page))
        }
        let citing = archive.citingDocuments(ofPublication: document.publication)
        guard !citing.isEmpty else { return nil }
        return citing.map { position in
            let citer = archive.documents[position]
            return inline.link(citer.date.map { "\(citer.title) (\($0))" } ?? citer.title, to: .page(Permalinks.document(citer.id)))
        }.joined(separator: "; ")
    }

    func footnotes(_ notes: [Footnote], inline: InlineMarkdown) -> TemplateValues {
        [
            .footnotes: notes.map { note -> TemplateValues in
                let backlinks = note.citations.compactMap(\.kamerstuk).compactMap { number -> InlineBacklink? in
                    guard let entry = archive.entry(for: number), entry.citedBy.count > 1 else { return nil }
                    return InlineBacklink(label: "(\(entry.citedBy.count)× aangehaald in het archief)", target: .page(entry.page), cssClass: "backlinks")
                }
                return [.number: note.number, .markdown: inline.footnote(note, backlinks: backlinks)]
            },
            .hasFootnotes: !notes.isEmpty,
        ]
    }
}

extension Pillar {
    /// "Pijler III" for fiches, which number pillars in roman numerals; "Pijler 3" for letters.
    func displayLabel(in document: Document) -> String {
        document.kind == .fiche ? "Pijler \(RomanNumeral.string(number))" : "Pijler \(number)"
    }
}

extension String {
    /// The first sentence, cut at a word boundary to at most 200 characters.
    var summary: String { scalarSummary ?? characterSummary }

    /// `characterSummary` read on the UTF-8 bytes, for text whose every scalar up to the end of
    /// its first sentence is a Character of its own (`isCharacterOfItsOwn`), which Dutch text
    /// almost always is; nil for any other, which is read by Character. Walking Characters
    /// cost 33,000 instructions a summary (an action page's description).
    var scalarSummary: String? {
        var text = self
        return text.withUTF8 { bytes -> String? in
            /// The scalar starting at byte `start` and the byte after it; nil when it is not a
            /// Character of its own.
            func scalar(at start: Int) -> (value: UInt32, end: Int)? {
                let lead = bytes[start]
                if lead < 0x80 { return lead == 0x0D ? nil : (UInt32(lead), start + 1) }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (0xFF >> (length + 1))
                for offset in 1..<length { value = value << 6 | UInt32(bytes[start + offset] & 0x3F) }
                return Self.isCharacterOfItsOwn(value) ? (value, start + length) : nil
            }
            var sentenceEnd = bytes.count, characters = 0, index = 0
            // The byte where the 200th character ends, once there are that many.
            var cutEnd: Int?
            while index < bytes.count {
                guard let (value, next) = scalar(at: index) else { return nil }
                if characters > 20 && (value == 0x2E || value == 0x21 || value == 0x3F) {
                    if next == bytes.count {
                        sentenceEnd = next
                        characters += 1
                        if characters == 200 { cutEnd = next }
                        break
                    }
                    // A space is the Character " " only when the scalar after it is one of its own.
                    if bytes[next] == 0x20 {
                        guard next + 1 == bytes.count || scalar(at: next + 1) != nil else { return nil }
                        sentenceEnd = next
                        characters += 1
                        if characters == 200 { cutEnd = next }
                        break
                    }
                }
                characters += 1
                if characters == 200 { cutEnd = next }
                index = next
            }
            guard characters > 200, let cutEnd else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<sentenceEnd]), as: UTF8.self) }
            let cut = UnsafeBufferPointer(rebasing: bytes[..<cutEnd])
            let end = cut.lastIndex(of: 0x20) ?? cutEnd
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self) + " …"
        }
    }

    /// Whether a scalar is a Character of its own wherever it stands: it neither joins the scalar
    /// before it nor the one after it into one grapheme cluster. Below U+0300 all but CR (which
    /// joins a following LF), and the general punctuation and currency signs of U+2010 to U+20BF
    /// but for the joiners, format and space characters among them; others are not claimed.
    static func isCharacterOfItsOwn(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D: false
        case ..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF: true
        default: false
        }
    }

    /// The same, walking Characters.
    var characterSummary: String {
        var sentenceEnd = endIndex
        var index = startIndex
        var offset = 0  // characters before `index`; counting them again at each step made this quadratic
        let utf8 = self.utf8
        /// Whether the Character at `start`, which ends at `end`, is the one byte `byte`: read on
        /// the bytes, without making the Character or searching a string for it.
        func isByte(_ start: Index, _ end: Index, _ byte: (UInt8) -> Bool) -> Bool {
            byte(utf8[start]) && utf8.index(after: start) == end
        }
        while index < endIndex {
            let next = self.index(after: index)
            if offset > 20 && isByte(index, next, { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") })
                && (next == endIndex || isByte(next, self.index(after: next), { $0 == UInt8(ascii: " ") })) {
                sentenceEnd = next
                break
            }
            index = next
            offset += 1
        }
        let sentence = String(self[..<sentenceEnd])
        guard sentence.count > 200 else { return sentence }
        let cut = sentence.prefix(200)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + " …"
    }
}
