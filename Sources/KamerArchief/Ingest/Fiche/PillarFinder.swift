/// A body paragraph with the block it came from, so offsets in its text map back to the source.
struct FicheParagraph: Sendable {
    var paragraph: Paragraph
    var source: LocatedText

    var text: String { paragraph.text }

    /// The source location of the scalar at `offset` in `paragraph.text` (markers already removed).
    func location(atTextOffset offset: Int) -> SourceLocation {
        var sourceOffset = offset
        for ref in paragraph.noteRefs where ref.offset <= offset { sourceOffset += String(ref.footnote).count }
        return source.location(at: sourceOffset)
    }

    func location(of sentence: Substring) -> SourceLocation {
        location(atTextOffset: text.unicodeScalars.distance(from: text.startIndex, to: sentence.startIndex))
    }
}

/// Finds the Commission's pillars in Essentie voorstel and the cabinet's position on each in
/// Beoordeling + inzet.
///
/// Essentie voorstel: a paragraph whose first sentence names a pillar (`De tweede pijler ziet toe op`,
/// `pijler III`, `Pijler 2:`, or an opener such as `Ten derde` when the section speaks of pillars)
/// starts that pillar's text, which runs until the next such paragraph. A paragraph that introduces
/// two or more pillars sentence by sentence is the enumeration: it gives titles, not text.
/// Beoordeling + inzet: a paragraph whose first sentence names a pillar starts that pillar's
/// position, which runs until another pillar is named or a paragraph opens with a concluding phrase
/// (`Concluderend`, `In de conclusie`, `Al met al` …).
enum PillarFinder {
    static func find(
        essentie: [FicheParagraph], beoordeling: [FicheParagraph], outline: [OutlinePillar]?
    ) -> (pillars: [Pillar], diagnostics: [Diagnostic]) {
        guard essentie.contains(where: { PillarReferences.mentionsPillars(Substring($0.text)) }) else { return ([], []) }
        let stated = statedCount(in: essentie)
        var drafts = describe(essentie, statedCount: stated?.count)
        let last = drafts.keys.max() ?? 0
        var current: [Int] = []
        for paragraph in beoordeling {
            let lead = PillarTitle.sentences(in: paragraph.text, limit: 1).first ?? Substring(paragraph.text)
            let named = PillarReferences.explicit(in: lead).flatMap(\.numbers).map { $0 ?? last }
                .filter { drafts[$0] != nil }
            if !named.isEmpty {
                current = named.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
            } else if isConcluding(paragraph.text) {
                current = []
            }
            for number in current { drafts[number]!.position.append(paragraph.paragraph) }
        }

        let pillars = drafts.keys.sorted().map { number -> Pillar in
            let draft = drafts[number]!
            let hinted = outline.flatMap { number <= $0.count ? $0[number - 1].title : nil }.flatMap { $0.isEmpty ? nil : $0 }
            let title = hinted ?? draft.enumerationTitle ?? draft.descriptionTitle ?? "pijler \(number)"
            return Pillar(number: number, title: title, text: draft.text, position: draft.position, location: draft.location)
        }
        var diagnostics: [Diagnostic] = []
        if let stated, stated.count != pillars.count {
            let found = pillars.map { String($0.number) }.joined(separator: ", ")
            diagnostics.append(.warning(
                .pillarCount, "the text names \(stated.count) pillars but \(pillars.count) were found (\(found.isEmpty ? "none" : found))",
                at: stated.location))
        }
        return (pillars, diagnostics)
    }
}

private extension PillarFinder {
    struct Draft {
        var enumerationTitle: String?
        var descriptionTitle: String?
        var text: [Paragraph] = []
        var position: [Paragraph] = []
        var location: SourceLocation
    }

    /// A sentence that introduces a pillar, with the pillar's number resolved.
    struct Introduction {
        var number: Int
        var sentence: Substring
        var reference: PillarReference
        /// Whether the naming stands at the sentence start, as in an enumeration.
        var isLeading: Bool
    }

    static let concludingOpeners = [
        "concluderend", "samenvattend", "al met al", "alles overziend", "alles overwegende", "in de conclusie",
        "in conclusie", "tot besluit", "ter afsluiting", "afsluitend", "kortom",
    ]

    /// Each opener followed by a space and by a comma: `isConcluding` runs for every paragraph,
    /// and put together there, they were two strings an opener each time.
    static let concludingPrefixes = concludingOpeners.flatMap { [$0 + " ", $0 + ","] }

    static func statedCount(in paragraphs: [FicheParagraph]) -> (count: Int, location: SourceLocation)? {
        for paragraph in paragraphs {
            if let (count, range) = PillarReferences.statedCount(in: Substring(paragraph.text)) {
                return (count, paragraph.location(of: paragraph.text[range]))
            }
        }
        return nil
    }

    static func describe(_ paragraphs: [FicheParagraph], statedCount: Int?) -> [Int: Draft] {
        var drafts: [Int: Draft] = [:]
        var current: Int?
        for paragraph in paragraphs {
            let sentences = PillarTitle.sentences(in: paragraph.text)
            // Without a stated count, "the last" is the one after the highest seen so far.
            var highest = drafts.keys.max() ?? 0
            let introductions = sentences.compactMap { sentence -> Introduction? in
                guard let intro = introduction(in: sentence, last: statedCount ?? highest + 1) else { return nil }
                highest = max(highest, intro.number)
                return intro
            }
            let enumerated = introductions.filter(\.isLeading)
            if isEnumeration(enumerated.map(\.number)) {
                for intro in enumerated {
                    var draft = drafts[intro.number] ?? Draft(location: paragraph.location(of: intro.sentence))
                    draft.enumerationTitle = draft.enumerationTitle ?? PillarTitle.title(from: intro.sentence, after: intro.reference)
                    drafts[intro.number] = draft
                }
                current = nil
                continue
            }
            let lead = sentences.first { PillarReferences.statedCount(in: $0) == nil || introduction(in: $0, last: 0) != nil }
            let leadIntro = introductions.first { $0.sentence.startIndex == lead?.startIndex }
            // `Tot slot …` inside the last pillar's text does not introduce it a second time.
            let isRepeatedOpener = leadIntro.map { $0.reference.isOpener && !(drafts[$0.number]?.text.isEmpty ?? true) } ?? false
            if let intro = leadIntro, !isRepeatedOpener {
                var draft = drafts[intro.number] ?? Draft(location: paragraph.paragraph.location)
                if draft.text.isEmpty { draft.location = paragraph.paragraph.location }
                draft.descriptionTitle = draft.descriptionTitle ?? PillarTitle.title(from: intro.sentence, after: intro.reference)
                draft.text.append(paragraph.paragraph)
                drafts[intro.number] = draft
                current = intro.number
            } else if isConcluding(paragraph.text) {
                current = nil
            } else if let current {
                drafts[current]!.text.append(paragraph.paragraph)
            }
        }
        return drafts
    }

    /// Whether sentence-leading namings form an enumeration: two or more, counting up from the first pillar.
    static func isEnumeration(_ numbers: [Int]) -> Bool {
        numbers.count >= 2 && numbers.first == 1 && zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    /// The pillar `sentence` introduces: by an opener at its start, else by its first explicit naming.
    static func introduction(in sentence: Substring, last: Int) -> Introduction? {
        if let opener = PillarReferences.opener(of: sentence), let first = opener.numbers.first {
            return Introduction(number: first ?? last, sentence: sentence, reference: opener, isLeading: true)
        }
        guard let reference = PillarReferences.explicit(in: sentence).first, let first = reference.numbers.first else {
            return nil
        }
        // `De derde pijler …` and `Pijler 3 …` lead; `Als onderdeel van de zesde pijler` does not.
        let wordsBefore = PillarReferences.words(in: sentence[..<reference.end]).count
        return Introduction(number: first ?? last, sentence: sentence, reference: reference, isLeading: wordsBefore <= 3)
    }

    static func isConcluding(_ text: String) -> Bool {
        let folded = PillarReferences.fold(Substring(text.prefix(40)))
        return concludingPrefixes.contains { folded.hasPrefix($0) }
    }
}
