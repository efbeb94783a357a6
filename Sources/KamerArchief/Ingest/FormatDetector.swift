/// Decides which parser a text belongs to, from what the text looks like.
///
/// Each known format has a few tell-tale signs; a format is chosen when enough of its signs are present.
/// A sidecar's `kind:` overrides detection.
public enum FormatDetector {
    /// What the build knows, for error messages.
    public static let knownFormats =
        forms.map { "\($0.name) (\($0.looksLike))" }.joined(separator: "; ")

    /// Every form the build reads, as the unknown-format error lists them.
    static let forms: [(name: String, looksLike: String)] = [
        ("fiche page dump", "a mirrored BNC-fiche page: 'Nummer: …, datum: …', 'Algemene gegevens', 'Essentie voorstel', notes ending in '↩︎'"),
        ("fiche in the official PDF layout", "text extracted from the PDF: 'Fiche N: …', '1. Algemene gegevens', 'a) Titel voorstel', '2. Essentie voorstel', page-foot notes"),
        ("ministry letter", "text extracted from a Rijksoverheid letter PDF: 'Datum 25 november 2022', 'Betreft …', 'Geachte …,', a sidebar on every page"),
        ("kamerbrief", "text extracted from a PDF letter: double-spaced lines with trailing spaces, page-bottom footnotes"),
        ("kamerstuk", "a Kamerstuk PDF (motie, amendement, brief …) or its text: 'Tweede Kamer der Staten-Generaal', "
            + "'Vergaderjaar …', 'Nr. …', a heading such as 'MOTIE VAN HET LID …', a 'kst-…' line"),
        ("official publication XML", "a .xml file with root element <officiele-publicatie> or <kamerwrk>"),
    ]

    /// The page dump's landmarks and PDF text's line shapes are looked for in this many first lines.
    static let linesRead = 5_000

    public static func detect(_ text: String) -> TextLayout? {
        if FichePDFLayout.matches(text) { return .pdfTextFiche }
        if KamerstukPDFHead.isKamerstukLayout(text) { return .kamerstukPDF }
        let lines = SourceText.lines(of: text, limit: linesRead)
        if ficheSigns(lines) >= 2 { return .pageDumpFiche }
        if isMinistryLetter(text) { return .ministryLetter }
        if looksLikePDFText(lines) { return .pdfTextLetter }
        return nil
    }
}

/// The layouts of text documents, each with its own reader.
public enum TextLayout: Sendable, Hashable {
    /// A BNC-fiche page dumped from a mirror site.
    case pageDumpFiche
    /// A BNC-fiche in the official PDF layout, as text extracted from the PDF.
    case pdfTextFiche
    /// A letter (or annex) as text extracted from a PDF.
    case pdfTextLetter
    /// A ministry letter in the Rijksoverheid layout (letterhead, sidebar) as text extracted from its PDF.
    case ministryLetter
    /// A Kamerstuk as published by the Tweede Kamer (motie, amendement, brief, nota …), from its PDF.
    case kamerstukPDF

    /// A sidecar's `kind:` chooses the reader without full detection: a fiche is read in the PDF
    /// layout when `text` has it, else as a page dump; anything else in the Kamerstuk layout when
    /// the text has that layout's head, else as PDF text, in the ministry letter layout when the
    /// text has its letterhead.
    init(forcedKind kind: DocumentKind, text: String) {
        if kind == .fiche {
            self = FichePDFLayout.matches(text) ? .pdfTextFiche : .pageDumpFiche
        } else {
            if KamerstukPDFHead.isKamerstukLayout(text) {
                self = .kamerstukPDF
            } else {
                self = FormatDetector.isMinistryLetter(text) ? .ministryLetter : .pdfTextLetter
            }
        }
    }
}

extension FormatDetector {
    /// The letterhead within the first 16 KB: a salutation (`Geachte …,`) after a `Datum` or
    /// `Betreft` line (value on the line or set apart), or after a `> Retouradres` line.
    static func isMinistryLetter(_ text: String) -> Bool {
        var hasHead = false
        var lineStart = text.utf8.startIndex
        let end = text.utf8.index(lineStart, offsetBy: 16_384, limitedBy: text.utf8.endIndex) ?? text.utf8.endIndex
        var index = lineStart
        while index < end {
            guard text.utf8[index] == 0x0A || text.utf8.index(after: index) == end else { index = text.utf8.index(after: index); continue }
            let line = text.utf8[lineStart..<index].drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
            let label = line.prefix { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }
            if ["Datum", "Betreft", "Retouradres", ">"].contains(where: { label.elementsEqual($0.utf8) }) {
                hasHead = true
            } else if hasHead, line.starts(with: "Geachte ".utf8) || line.starts(with: "Zeer geachte ".utf8) {
                return true
            }
            index = text.utf8.index(after: index)
            lineStart = index
        }
        return false
    }
}

extension FormatDetector {
    /// Whether the last Character of `line` is a space, on its last bytes: a space after an ASCII
    /// byte is a Character of its own; after anything else the Character is asked.
    static func endsInSpace(_ line: Substring) -> Bool {
        let bytes = line.utf8
        guard let last = bytes.last, last == 0x20 else { return false }
        let before = bytes.index(before: bytes.endIndex)
        guard before > bytes.startIndex, bytes[bytes.index(before: before)] >= 0x80 else { return true }
        return line.last == " "
    }
}

private extension FormatDetector {
    /// How many of the page dump's landmarks the text has.
    static func ficheSigns(_ lines: [Substring]) -> Int {
        var signs = Set<String>()
        // Each Character test is asked only of a line whose bytes can pass it.
        for line in lines {
            let trimmed = trimmingSpaces(line)
            let bytes = trimmed.utf8
            if bytes.starts(with: "Nummer:".utf8), trimmed.hasPrefix("Nummer:") && trimmed.contains("datum:") { signs.insert("nummer") }
            if bytes.starts(with: "Onderdeel van kamerstukdossier".utf8), trimmed.hasPrefix("Onderdeel van kamerstukdossier") {
                signs.insert("dossier")
            }
            if bytes.starts(with: "Fiche".utf8), trimmed.hasPrefix("Fiche") && trimmed.contains(":") && trimmed.count < 300 {
                signs.insert("fiche")
            }
            if mayEnd(trimmed, with: "algemene gegevens"), trimmed.lowercased().hasSuffix("algemene gegevens") { signs.insert("algemeen") }
            if mayEnd(trimmed, with: "essentie voorstel"), trimmed.lowercased().hasSuffix("essentie voorstel") { signs.insert("essentie") }
            if bytes.reversed().starts(with: "↩︎".utf8.reversed()), trimmed.hasSuffix("↩︎") { signs.insert("pandoc-notes") }
        }
        return signs.count
    }

    /// Whether `line` can end in the lowercase ASCII `suffix` once lowercased: its last bytes equal
    /// `suffix` ignoring ASCII case. A cheap test before the exact one, which lowercases a copy;
    /// when it fails the exact test fails too (no other letter lowercases to these ASCII bytes).
    static func mayEnd(_ line: Substring, with suffix: StaticString) -> Bool {
        let bytes = line.utf8
        guard bytes.count >= suffix.utf8CodeUnitCount else { return false }
        return suffix.withUTF8Buffer { wanted in
            zip(bytes.suffix(wanted.count), wanted).allSatisfy { byte, want in
                byte == want || ((0x41...0x5A).contains(byte) && byte | 0x20 == want)
            }
        }
    }

    /// `line.trimmingSpaces` on bytes: spaces and tabs are cut off both ends; when a byte beyond
    /// ASCII follows the leading ones (a mark may join the last of them), the Characters are asked.
    static func trimmingSpaces(_ line: Substring) -> Substring {
        let bytes = line.utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        if start > bytes.startIndex, start < end, bytes[start] >= 0x80 { return line.trimmingSpaces }
        while end > start, bytes[bytes.index(before: end)] == 0x20 || bytes[bytes.index(before: end)] == 0x09 {
            end = bytes.index(before: end)
        }
        return line[start..<end]
    }

    /// PDF extraction leaves most lines ending in a space, or every other line empty.
    static func looksLikePDFText(_ lines: [Substring]) -> Bool {
        var nonEmpty = 0, trailingSpace = 0
        for line in lines where !line.utf8.isEmpty {
            nonEmpty += 1
            if endsInSpace(line) { trailingSpace += 1 }
        }
        guard nonEmpty >= 3 else { return false }
        let emptyRatio = Double(lines.count - nonEmpty) / Double(lines.count)
        return Double(trailingSpace) / Double(nonEmpty) >= 0.4 || emptyRatio >= 0.35
    }

}

extension Substring {
    var trimmingSpaces: Substring {
        var slice = self
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return slice
    }
}
