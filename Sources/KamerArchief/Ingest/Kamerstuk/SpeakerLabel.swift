/// The label that opens a speaker's turn in the report of a debate (a verslag van een
/// commissiedebat, notaoverleg, wetgevingsoverleg or algemeen overleg), on a line or paragraph of
/// its own: `De voorzitter:`, `De heer Erkens (VVD):`, `Mevrouw Van der Plas (BBB):`, `Minister
/// Hermans:`, `Staatssecretaris Tielen:`, `De heer Jetten, minister voor Klimaat en Energie:`.
///
/// A label opens with the chair, a member's form of address or a member of government's office and
/// ends in a colon. Before the colon stand a name (capitalised words, tussenvoegsels and initials)
/// with perhaps a party in parentheses, or, after a comma, an office in any case: a sentence that
/// ends in a colon (`Minister Hermans zei daarover het volgende:`) has a lowercase word where a name
/// stands, and is no label. Older reports (a verslag van een algemeen overleg) print the turn's text
/// on after its label (`De heer Smaling (SP): Voorzitter. Het is …`): `inlineLabel`. The report's
/// head names the chair and the clerk on lines of their own (`Voorzitter: Kops`, `Griffier:
/// Nijman`): `isMeetingRole`.
enum SpeakerLabel {
    /// Whether `text`, a line or a paragraph without white space at either end, is a speaker's label.
    static func isLabel(_ text: String) -> Bool {
        // Asked of every line of a PDF's text: most are decided by their length, last byte and first.
        let utf8 = text.utf8
        guard (8...140).contains(utf8.count), utf8.last == UInt8(ascii: ":"), let first = utf8.first,
            first == UInt8(ascii: "D") || first == UInt8(ascii: "M") || first == UInt8(ascii: "S"),
            let name = nameAfterOpening(text.dropLast())
        else { return false }
        return isName(name)
    }

    /// The label that opens `text` where the turn's text follows it on the same line (`De heer
    /// Smaling (SP): Voorzitter. Het is …`): the text up to and with its first colon, when that is a
    /// label and a space and more text follow it; nil otherwise.
    static func inlineLabel(_ text: String) -> Substring? {
        var text = text
        // Asked of every line of a PDF's text that opens with a label's first letter: its opening is
        // compared on its bytes, and the colon looked for in the bytes a label may take.
        let colon = text.withUTF8 { bytes -> Int? in
            guard bytes.count > 12, opensWithOpening(bytes),
                let colon = ByteWords.first(UInt8(ascii: ":"), in: bytes, from: 0, to: min(bytes.count, 141)),
                colon + 2 < bytes.count, bytes[colon + 1] == 0x20
            else { return nil }
            return colon
        }
        guard let colon else { return nil }
        let label = text[..<text.utf8.index(text.utf8.startIndex, offsetBy: colon + 1)]
        return isLabel(String(label)) ? label : nil
    }

    /// `Voorzitter: Kops`, `Griffier: Nijman`, `Tijdelijke voorzitter: Backer`: the chair's or the
    /// clerk's name in a debate's head.
    static func isMeetingRole(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard (10...80).contains(utf8.count), let first = utf8.first,
            first == UInt8(ascii: "V") || first == UInt8(ascii: "G") || first == UInt8(ascii: "T")
        else { return false }
        for role in ["Voorzitter: ", "Griffier: ", "Tijdelijke voorzitter: "] where utf8.starts(with: role.utf8) {
            let name = text.dropFirst(role.count)
            return !name.isEmpty && !name.hasSuffix(".") && isName(name)
        }
        return false
    }

    /// The label without its colon, as a list of speakers names it: `De heer Erkens (VVD)`.
    static func speaker(_ label: some StringProtocol) -> String {
        var text = label.trimmingWhitespace
        if text.hasSuffix(":") { text.removeLast() }
        return text.trimmingWhitespace
    }

    /// Whether the speaker is the debate's chair (`De voorzitter`, `De voorzitter (Kops)`).
    static func isChair(_ speaker: some StringProtocol) -> Bool {
        speaker.hasPrefix("De voorzitter") || speaker.hasPrefix("De tijdelijke voorzitter")
    }
}

private extension SpeakerLabel {
    /// The openings, each with whether a name must follow it (`De heer` does, `De voorzitter` may).
    static let openings: [(text: String, needsName: Bool)] = [
        ("De voorzitter", false), ("De heer ", true), ("Mevrouw ", true), ("Minister-president ", true), ("Minister ", true),
        ("Staatssecretaris ", true), ("De minister", false), ("De staatssecretaris", false), ("De minister-president", false),
        // The Eerste Kamer's first meeting after an election is chaired by its oldest member.
        ("De tijdelijke voorzitter", false),
    ]

    /// Whether the bytes start with one of the openings.
    static func opensWithOpening(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // `De h…`, `De v…`, `De m…`, `De s…`, `De t…`, `Me…`, `Mi…`, `St…` first, on four bytes at most.
        guard bytes.count > 8 else { return false }
        switch (bytes[0], bytes[1]) {
        case (UInt8(ascii: "D"), UInt8(ascii: "e")):
            guard bytes[2] == 0x20, "hvmst".utf8.contains(bytes[3]) else { return false }
        case (UInt8(ascii: "M"), UInt8(ascii: "e")), (UInt8(ascii: "M"), UInt8(ascii: "i")), (UInt8(ascii: "S"), UInt8(ascii: "t")): break
        default: return false
        }
        return openingBytes.contains { opening in
            bytes.count >= opening.count && opening.indices.allSatisfy { bytes[$0] == opening[$0] }
        }
    }

    static let openingBytes: [[UInt8]] = openings.map { Array($0.text.utf8) }

    /// Tussenvoegsels and the small words of an office (`minister van Buitenlandse Zaken`), lowercase
    /// inside a name.
    static let smallWords: Set<Substring> = [
        "van", "der", "den", "de", "het", "ter", "ten", "te", "in", "op", "'t", "’t", "voor", "en", "la", "le", "du", "da", "di", "dos", "von",
    ]

    /// What follows the label's opening in the label without its colon, a space or a comma before
    /// it; nil when it has no opening, or none of the name an opening needs.
    static func nameAfterOpening(_ label: Substring) -> Substring? {
        for opening in openings where label.hasPrefix(opening.text) {
            let rest = label.dropFirst(opening.text.count)
            if opening.needsName { return rest.isEmpty ? nil : rest }
            guard let first = rest.first else { return rest }
            // `De voorzitter (Kops)`, `De minister van Financiën`, not `De voorzittersrol`.
            return first == " " || first == "," ? rest : nil
        }
        return nil
    }

    /// A name, perhaps a party in parentheses after it, perhaps an office after a comma: each word
    /// before a comma capitalised, a tussenvoegsel, or initials; no digits or sentence punctuation
    /// outside the parentheses, and nothing after them.
    static func isName(_ text: Substring) -> Bool {
        var name = text.trimmingWhitespace[...]
        if name.hasSuffix(")") {
            guard let open = name.lastIndex(of: "("), name.distance(from: open, to: name.endIndex) <= 48,
                !name[name.index(after: open)...].dropLast().contains(where: { $0 == "(" || $0 == ")" })
            else { return false }
            name = name[..<open].trimmingWhitespace[...]
        }
        guard !name.contains(where: { $0 == "(" || $0 == ")" }) else { return false }
        var office = false
        for word in name.split(separator: " ") {
            guard !word.contains(where: { !($0.isLetter || $0 == "-" || $0 == "." || $0 == "'" || $0 == "’" || $0 == ",") }) else { return false }
            if !office, let first = word.first, !first.isUppercase, !smallWords.contains(word) { return false }
            if word.hasSuffix(",") { office = true }
        }
        return true
    }
}
