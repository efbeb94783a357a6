/// Sets a motie's parts apart, whatever form it was read from: the opening (`De Kamer,`,
/// `gehoord de beraadslaging,`), the considerations (`constaterende dat …`, `overwegende dat …`) and
/// the dictum (`verzoekt de regering …`, `spreekt uit dat …`, up to `en gaat over tot de orde van de
/// dag.`).
///
/// Readers give a motie's clauses as paragraphs in reading order; this stage regroups them into
/// sections with the roles `.considerans` and `.dictum`. A clause is recognised by its first word, not
/// by a list of phrases: considerations open with a present participle (`constaterende`,
/// `overwegende`, `verzoekende`…, the Dutch `-ende`/`-end` form) or `van mening`/`van oordeel`/
/// `gelet op`; the dictum opens with the first other lowercase clause after them (`verzoekt`,
/// `spreekt uit`, `roept … op`, `draagt … op`). A motie in which neither is found is left as it was.
public enum MotieStructurer {
    public static func structure(_ document: Document) -> Document {
        guard document.kind == .motie else { return document }
        let paragraphs = document.sections.flatMap(\.allParagraphs)
        let roles = paragraphs.map { clauseRole($0.text) }
        guard let firstConsideration = roles.firstIndex(of: .consideration) else { return document }
        var opening: [Paragraph] = [], considerans: [Paragraph] = [], dictum: [Paragraph] = [], closing: [Paragraph] = []
        var inDictum = false, dictumClosed = false
        for (index, paragraph) in paragraphs.enumerated() {
            if index < firstConsideration {
                opening.append(paragraph)
            } else if dictumClosed {
                closing.append(paragraph)
            } else if !inDictum, roles[index] == .consideration || roles[index] == .continuation {
                considerans.append(paragraph)
            } else {
                inDictum = true
                dictum.append(paragraph)
                dictumClosed = isClosingFormula(paragraph.text)
            }
        }
        guard !dictum.isEmpty else { return document }
        var structured = document
        if dictumClosed, structured.metadata.ondertekening.isEmpty, !closing.isEmpty, closing.allSatisfy({ isMemberName($0.text) }) {
            // The members' names printed as paragraphs after the closing formula (official XML
            // writes them as an `al-groep` when it has no `ondertekening`).
            structured.metadata.ondertekening = closing.map { Signer(naam: $0.text.trimmingWhitespace, functie: nil) }
        }
        let signers = Set(structured.metadata.ondertekening.map { $0.naam.lowercased() })
        closing.removeAll { signers.contains($0.text.trimmingWhitespace.lowercased()) }

        let location = paragraphs[firstConsideration].location
        structured.sections = [
            opening.isEmpty ? nil : Section(id: "aanhef", title: "Aanhef", paragraphs: opening, location: opening[0].location),
            Section(id: "overwegingen", title: "Overwegingen", role: .considerans, paragraphs: considerans, location: location),
            Section(id: "dictum", title: "Dictum", role: .dictum, paragraphs: dictum, location: dictum[0].location),
            closing.isEmpty ? nil : Section(id: "slot", title: "Slot", paragraphs: closing, location: closing[0].location),
        ].compactMap { $0 }
        return structured
    }
}

extension MotieStructurer {
    /// `Van der Graaf`, `Kröger`, `Bontenbal`: a short line of capitalised words and tussenvoegsels
    /// (`van der`, `de`, `ter`), with no digits and no sentence punctuation.
    static func isMemberName(_ text: String) -> Bool {
        let words = text.trimmingWhitespace.split(separator: " ")
        guard (1...5).contains(words.count), text.unicodeScalars.count <= 40,
              !text.unicodeScalars.contains(where: { $0.properties.numericType != nil || ".,;:?!".unicodeScalars.contains($0) })
        else { return false }
        return words.enumerated().allSatisfy { position, word in
            word.unicodeScalars.first?.properties.isUppercase == true
                || (position < words.count - 1 && tussenvoegsels.contains(word.lowercased()))
        }
    }

    static let tussenvoegsels: Set<String> = ["van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "'t", "’t", "la", "le", "von", "du", "da", "dos"]
}

extension MotieStructurer {
    enum ClauseRole { case consideration, continuation, other }

    static func clauseRole(_ text: String) -> ClauseRole {
        // The first three words alone, lowercased, without the punctuation around them.
        var words = text.split(separator: " ", maxSplits: 3).prefix(3).map(clauseWord)
        guard let initial = words.first?.unicodeScalars.first, initial.properties.isLowercase else { return .other }
        // `voorts van mening dat …`, `tevens overwegende dat …`: the clause after the adverb.
        if words.count > 1, ["voorts", "tevens", "mede", "eveneens", "bovendien", "daarnaast", "ook"].contains(words[0]) { words.removeFirst() }
        let first = words[0]
        let second = words.dropFirst().first ?? ""
        if first.hasSuffix("ende") || first.hasSuffix("end") { return .consideration }
        if first == "van" && ["mening", "oordeel"].contains(second) { return .consideration }
        if first == "gelet" && second == "op" { return .consideration }
        // A clause that goes on a consideration (`en dat …`, `dat …`) rather than opening the dictum.
        if first == "dat" || (first == "en" && second == "dat") { return .continuation }
        return .other
    }

    /// A clause's word lowercased, without the punctuation around it (`mening,` → `mening`): on its
    /// bytes where they are ASCII, as nearly every word is.
    static func clauseWord(_ word: Substring) -> String {
        // ASCII's punctuation as `CharacterSet.punctuationCharacters` has it: `!"#%&'()*,-./:;?@[\]_{}`.
        func isPunctuation(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: true
            default: false
            }
        }
        var bytes = word.utf8[...]
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return word.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        while let first = bytes.first, isPunctuation(first) { bytes = bytes.dropFirst() }
        while let last = bytes.last, isPunctuation(last) { bytes = bytes.dropLast() }
        return String(decoding: bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static func isClosingFormula(_ text: String) -> Bool {
        text.lowercased().contains("gaat over tot de orde van de dag")
    }
}

extension Section {
    /// The section's paragraphs and those of its subsections, depth first.
    var allParagraphs: [Paragraph] {
        paragraphs + subsections.flatMap(\.allParagraphs)
    }
}
