/// How the structure reader tells headings from body text: numbering in sequence, heading shape,
/// and when a heading's line runs on to the next.
extension FichePDFStructure.Builder {
    /// Whether the PDF broke `line` because the next word did not fit: the line and that word, in
    /// scalars, exceed the wrap limit.
    func isWrapped(_ line: PDFLine, before next: PDFLine) -> Bool {
        line.length + 1 + next.firstWordScalarCount > limit
    }

    /// Whether `next` carries on the heading that ends with `line`: it opens in lowercase, or
    /// `line` filled its width and stops where no heading stops (a comma, a hyphen, `en`, `van` …).
    /// A heading that merely fills its line is followed by a paragraph that opens with a capital.
    func continues(_ line: PDFLine, with next: PDFLine) -> Bool {
        // A web address is recognised on the first word's bytes.
        let firstWord = next.firstWord.utf8
        guard !line.endsSentence, CharacterBytes.firstIndex(of: "://".utf8, in: firstWord, from: firstWord.startIndex) == nil,
            !firstWord.starts(with: "www.".utf8)
        else { return false }
        if next.startsLowercase { return true }
        return endsOpen(line, before: next)
    }

    /// Whether `line` was broken before `next` where no heading stops: it is full, and ends in a
    /// comma, a hyphen or a word such as `en`, `van`, `voor`.
    func endsOpen(_ line: PDFLine, before next: PDFLine) -> Bool {
        guard isWrapped(line, before: next), let last = line.lastScalar else { return false }
        if ",-–(/".unicodeScalars.contains(last) { return true }
        return Self.openEndings.contains(line.text.lastWordLowercased)
    }

    /// A label of the template (`Titel voorstel`, `EUR-Lex` …) is complete on its line, so that a value
    /// in lowercase (`n.v.t.`) stays a value; unless the line ends open, as a long label wrapped in
    /// a narrow column does (`e) Nr. impact assessment Commissie en Opinie Raad voor` /
    /// `Regelgevingstoetsing`).
    func isKnownFieldLabel(_ heading: FichePDFStructure.PendingHeading) -> Bool {
        heading.kind == .fieldLabel && FicheHeading.isFieldLabel(heading.text.text)
    }

    static let openEndings: Set<String> = [
        "de", "het", "een", "van", "voor", "en", "in", "op", "met", "aan", "te", "tot", "door", "om", "bij",
        "naar", "uit", "of", "en/of", "die", "dat", "als", "over", "ten", "inzake", "betreffende",
    ]

    /// `N. Title` where N is the next chapter (or the one after, for a recognised heading when a
    /// chapter is left out), with a title that reads like a heading. The next item of a numbered
    /// list in the chapter (`3. Een verplichting …` after `2.`) is a chapter only where it is named.
    func chapterHeading(_ line: PDFLine) -> (number: Int, textStart: Int)? {
        guard let label = FichePDFLayout.numberLabel(of: line), label.number == chapter + 1 || label.number == chapter + 2,
            label.separator == ".", !line.endsSentence, line.length <= 250,
            line.scalars[label.textStart].isFastUppercase
        else { return nil }
        if label.number == chapter + 2 || label.number == (listNumber ?? -1) + 1 {
            guard FicheHeading.recognise(line.string(label.textStart..<line.content.upperBound)) != nil else { return nil }
        }
        return (label.number, label.textStart)
    }

    /// `x) Title` where x is the next letter of the current chapter, reading like a heading; in the
    /// Algemene gegevens a template label may skip letters (a fiche leaves out a field it lacks).
    /// `afterNext` is the line after `next` in the same paragraph, nil after a break.
    func subsectionHeading(_ line: PDFLine, next: PDFLine?, afterNext: PDFLine?) -> (letter: Unicode.Scalar, textStart: Int)? {
        let expected = letter.flatMap { Unicode.Scalar($0.value + 1) } ?? "a"
        guard let label = FichePDFLayout.letterLabel(of: line), label.letter.value >= expected.value, !line.endsSentence
        else { return nil }
        let title = line.string(label.textStart..<line.content.upperBound)
        if inGegevens {
            let isInSequence = label.letter == expected || FicheHeading.isFieldLabel(title)
            return isInSequence && title.unicodeScalars.count <= 150 ? (label.letter, label.textStart) : nil
        }
        guard label.letter == expected else { return nil }
        guard line.scalars[label.textStart].isFastUppercase || line.scalars[label.textStart].isASCIIDigit,
            title.unicodeScalars.count <= 200
        else { return nil }
        let standsAlone = next.map { !continues(line, with: $0) } ?? true
        // A heading wrapped onto a second line that ends no sentence and no clause, where the line
        // is short (`a) Consequenties voor … (inclusief` / `toepassing van de lex silencio positivo)`)
        // or ends before a break or a new sentence that would have fitted on it (`c) … datum` /
        // `inwerkingtreding (…) met commentaar t.a.v. haalbaarheid` / `De inwerkingtreding …`). A list
        // item's second line ends in `.`, `;`, `,` or `:`, or fills the line as its text runs on.
        let isWrappedHeading = !standsAlone && next.map { second in
            guard !second.endsSentence, let last = second.lastScalar, !",;:".unicodeScalars.contains(last) else { return false }
            if second.length * 3 < line.length * 2 { return true }
            guard let after = afterNext else { return true }
            // Measured against a full line: the wrap limit leans towards `wrapped`, the safe side for
            // a paragraph's lines and not for a heading's.
            return after.startsUppercase && second.length + 1 + after.firstWordScalarCount <= fullLineLength
        } == true
        return FicheHeading.recognise(title) != nil || standsAlone || isWrappedHeading ? (label.letter, label.textStart) : nil
    }

    /// A heading without the colon some fiches put after it.
    func trimmedTitle(_ text: String) -> String {
        var title = Substring(text)
        while let last = title.last, last == ":" || last == " " { title = title.dropLast() }
        return String(title)
    }
}
