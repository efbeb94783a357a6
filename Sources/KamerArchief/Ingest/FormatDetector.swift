import Foundation

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
        ("Kamerstuk page dump", "any other mirrored Tweede Kamer document page (motie, amendement, brief …): 'Nummer: …, datum: …', "
            + "'Onderdeel van kamerstukdossier …', 'Preview document', notes ending in '↩︎'"),
        ("fiche in the official PDF layout", "text extracted from the PDF: 'Fiche N: …', '1. Algemene gegevens', 'a) Titel voorstel', '2. Essentie voorstel', page-foot notes"),
        ("ministry letter", "text extracted from a Rijksoverheid letter PDF: 'Datum 25 november 2022', 'Betreft …', 'Geachte …,', a sidebar on every page"),
        ("kamerbrief", "text extracted from a PDF letter: double-spaced lines with trailing spaces, page-bottom footnotes"),
        ("kamerstuk", "a Kamerstuk PDF (motie, amendement, brief …) or its text: 'Tweede Kamer der Staten-Generaal', "
            + "'Vergaderjaar …', 'Nr. …', a heading such as 'MOTIE VAN HET LID …', a 'kst-…' line; or kamervragen in the "
            + "Aanhangsel: 'Aanhangsel van de Handelingen', 'Vragen van het lid …', 'Vraag 1', an 'ah-tk-…' line"),
        ("official publication XML", "a .xml file with root element <officiele-publicatie> or <kamerwrk>"),
        ("meeting report XML", "a .xml file with root element <vlosCoreDocument>: a Tweede Kamer report from its open data"),
    ]

    /// The page dump's landmarks and PDF text's line shapes are looked for in this many first lines.
    static let linesRead = 5_000

    public static func detect(_ text: String) -> TextLayout? {
        // A fiche published as a Kamerstuk has the Kamerstuk's head and furniture (in its PDF, on its
        // web page): the Kamerstuk's reader reads them, and the fiche in it as a fiche after
        // (`EmbeddedFiche`, `KamerstukPDFParser.fiche`).
        if FichePDFLayout.matches(text) {
            if KamerstukPDFHead.isKamerstukLayout(text) { return .kamerstukPDF }
            return opensWebPageOfKamerstuk(text, lettersAlone: false) ? .pageDumpKamerstuk : .pdfTextFiche
        }
        if KamerstukPDFHead.isKamerstukLayout(text) { return .kamerstukPDF }
        let shape = LineShape(text)
        if shape.isFicheDump {
            // A mirror's preview of a fiche published as a Kamerstuk opens with the cover letter's
            // head: the Kamerstuk's reader reads the letter, and the fiche after it.
            let opensHead = shape.isMirrorPage ? previewOpensKamerstukHead(text) : opensWebPageOfKamerstuk(text)
            return opensHead ? .pageDumpKamerstuk : .pageDumpFiche
        }
        if shape.isPageDump || opensWebPageOfKamerstuk(text, lettersAlone: !shape.looksLikePDFText) { return .pageDumpKamerstuk }
        if isMinistryLetter(text) { return .ministryLetter }
        if shape.looksLikePDFText { return .pdfTextLetter }
        return nil
    }
}

/// The layouts of text documents, each with its own reader.
public enum TextLayout: Sendable, Hashable {
    /// A BNC-fiche page dumped from a mirror site.
    case pageDumpFiche
    /// Any other Kamerstuk's page dumped from a mirror site (motie, amendement, letter …).
    case pageDumpKamerstuk
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
    /// the text has that layout's head, as a page dump when it has a mirror's page lines, else as
    /// PDF text, in the ministry letter layout when the text has its letterhead.
    init(forcedKind kind: DocumentKind, text: String) {
        if kind == .fiche {
            self = FichePDFLayout.matches(text) ? .pdfTextFiche : .pageDumpFiche
        } else {
            if KamerstukPDFHead.isKamerstukLayout(text) {
                self = .kamerstukPDF
            } else if LineShape(text).isPageDump || FormatDetector.opensWebPageOfKamerstuk(text) {
                self = .pageDumpKamerstuk
            } else {
                self = FormatDetector.isMinistryLetter(text) ? .ministryLetter : .pdfTextLetter
            }
        }
    }
}

extension FormatDetector {
    /// A web page's text of a Kamerstuk: its head (`34 700 Kabinetsformatie 2017`, `Nr. 19 BRIEF
    /// VAN …`) or its questions' describing line within the first lines, under the page's own
    /// (`PageDumpParser.paperStart`).
    /// `lettersAlone`: whether a letter's text alone (`PageDumpParser.PaperOpening.addressedLetter`)
    /// counts, which text extracted from a PDF (a cover letter above a fiche, a letter's double-spaced
    /// lines) has too.
    static func opensWebPageOfKamerstuk(_ string: String, lettersAlone: Bool = true) -> Bool {
        var string = string
        // The head stands within the first 80 lines: 8 KB of them, as every text not yet placed is asked.
        let text = string.withUTF8 { Array(UnsafeBufferPointer(rebasing: $0.prefix(8_192))) }
        guard let opening = PageDumpParser.paperOpening(text, TextLine.split(text))?.opening else { return false }
        if case .addressedLetter = opening { return lettersAlone }
        return true
    }

    /// Whether a mirror's `Preview document` line, within the first 8 KB, has a Kamerstuk's head
    /// under it (`Tweede Kamer der Staten-Generaal`, `Vergaderjaar …`, or the dossier and `Nr. …`).
    static func previewOpensKamerstukHead(_ string: String) -> Bool {
        var string = string
        // Only the lines under the preview's line are split: the head stands in its first 2 KB.
        let text: [UInt8]? = string.withUTF8 { bytes in
            let prefix = UnsafeBufferPointer(rebasing: bytes.prefix(8_192))
            guard let preview = CharacterBytes.firstIndex(of: "\nPreview document".utf8, in: prefix, from: 0),
                let lineEnd = lineFeed(in: prefix, from: preview + 1)
            else { return nil }
            return Array(bytes[(lineEnd + 1)..<min(bytes.count, lineEnd + 1 + 2_048)])
        }
        guard let text else { return false }
        let lines = TextLine.split(text)
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { return false }
        return KamerstukPDFHead.opensWebHead(text, lines: lines, at: first)
    }

    /// The offset of the first line feed at or after `start`, nil when there is none: most lines
    /// need nothing but their end found (`ByteWords.first`).
    static func lineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        ByteWords.first(0x0A, in: bytes, from: start, to: bytes.count)
    }

    /// The letterhead within the first 16 KB: a salutation (`Geachte …,`) after a `Datum` or
    /// `Betreft` line (value on the line or set apart), or after a `> Retouradres` line; or, in a
    /// letter without a salutation, a `> Retouradres` line, a `Datum` line and a `Betreft`,
    /// `Onderwerp` or `Ons kenmerk` line.
    static func isMinistryLetter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { all in
            let bytes = UnsafeBufferPointer(rebasing: all.prefix(16_384))
            var hasHead = false
            // Older letters have no salutation: their return address, date and subject or reference.
            var returnAddress = false, datum = false, subject = false
            var lineStart = 0
            while lineStart < bytes.count {
                // The line ends before `index`, also at the window's end (its last byte is left out).
                let index = lineFeed(in: bytes, from: lineStart) ?? bytes.count - 1
                var start = lineStart
                lineStart = index + 1
                while start < index, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0C { start += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<index])
                let label = line.prefix { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }
                let isHeadLabel = switch label.first {
                case UInt8(ascii: "D"): label.elementsEqual("Datum".utf8)
                case UInt8(ascii: "B"): label.elementsEqual("Betreft".utf8)
                case UInt8(ascii: "R"): label.elementsEqual("Retouradres".utf8)
                case UInt8(ascii: ">"): label.count == 1
                default: false
                }
                if isHeadLabel {
                    hasHead = true
                    returnAddress = returnAddress || line.starts(with: "> Retouradres".utf8)
                    datum = datum || label.elementsEqual("Datum".utf8)
                    subject = subject || label.elementsEqual("Betreft".utf8)
                } else if hasHead, line.starts(with: "Geachte ".utf8) || line.starts(with: "Zeer geachte ".utf8) {
                    return true
                } else if line.starts(with: "Onderwerp".utf8) || line.starts(with: "Ons kenmerk".utf8) {
                    subject = true
                }
                if returnAddress, datum, subject { return true }
            }
            return false
        }
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
}

/// What detection asks of the first `FormatDetector.linesRead` lines, in one pass over their bytes:
/// the page dump's landmarks, and how many lines are empty or end in a space.
///
/// Each landmark is tested on a line's bytes first; only a line that can pass is made a `Substring`
/// for the exact test on Characters, which the byte test never rejects a match of.
struct LineShape {
    /// The page dump's landmarks found: the page's (`nummer`, `dossier`, `preview`, `pandoc-notes`)
    /// and the fiche's (`fiche`, `algemeen`, `essentie`).
    private(set) var ficheSigns = Set<String>()
    private(set) var lines = 0, nonEmpty = 0, trailingSpace = 0

    init(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            var start = 0
            while lines < FormatDetector.linesRead {
                let end = FormatDetector.lineFeed(in: bytes, from: start) ?? bytes.count
                read(UnsafeBufferPointer(rebasing: bytes[start..<end]), of: text, from: start)
                lines += 1
                if end == bytes.count { break }
                start = end + 1
            }
        }
    }

    /// A fiche's page: two landmarks, one of them a chapter of the fiche's own. A `Fiche …:` line
    /// alone is not enough: the letter that brings a batch of fiches lists them so.
    var isFicheDump: Bool {
        ficheSigns.count >= 2 && !ficheSigns.isDisjoint(with: ["algemeen", "essentie"])
    }

    /// A mirrored page of any document: two of the page's landmarks (its `Nummer: …, datum: …`
    /// line, its dossier line, its `Preview document` line, a pandoc note list). Schriftelijke
    /// vragen and other documents outside a dossier have no dossier line.
    var isPageDump: Bool {
        ficheSigns.intersection(["nummer", "dossier", "preview", "pandoc-notes"]).count >= 2
    }

    /// A mirror's page (its `Nummer: …, datum: …` or `Preview document` line), which shows a paper's
    /// Word text, not the paper's own page with its head.
    var isMirrorPage: Bool {
        !ficheSigns.isDisjoint(with: ["nummer", "preview"])
    }

    /// PDF extraction leaves most lines ending in a space, or every other line empty.
    var looksLikePDFText: Bool {
        guard nonEmpty >= 3 else { return false }
        let emptyRatio = Double(lines - nonEmpty) / Double(lines)
        return Double(trailingSpace) / Double(nonEmpty) >= 0.4 || emptyRatio >= 0.35
    }

    private mutating func read(_ line: UnsafeBufferPointer<UInt8>, of text: String, from offset: Int) {
        guard let last = line.last else { return }
        nonEmpty += 1
        if last == 0x20, line.count < 2 || line[line.count - 2] < 0x80 || FormatDetector.endsInSpace(substring(of: text, offset, line.count)) {
            trailingSpace += 1
        }
        var lower = 0, upper = line.count
        while lower < upper, line[lower] == 0x20 || line[lower] == 0x09 { lower += 1 }
        while upper > lower, line[upper - 1] == 0x20 || line[upper - 1] == 0x09 { upper -= 1 }
        let trimmed = UnsafeBufferPointer(rebasing: line[lower..<upper])
        guard mayBeLandmark(trimmed) else { return }
        let exact = FormatDetector.trimmingSpaces(substring(of: text, offset, line.count))
        if exact.hasPrefix("Nummer:") && exact.contains("datum:") { ficheSigns.insert("nummer") }
        if exact.hasPrefix("Onderdeel van kamerstukdossier") { ficheSigns.insert("dossier") }
        if exact.hasPrefix("Preview document") { ficheSigns.insert("preview") }
        if exact.hasPrefix("Fiche") && exact.contains(":") && exact.count < 300 { ficheSigns.insert("fiche") }
        // Lowercasing a whole line (a paragraph of a page dump is one) only where its bytes end
        // like the landmark.
        if Self.ends(trimmed, with: "algemene gegevens"), exact.lowercased().hasSuffix("algemene gegevens") { ficheSigns.insert("algemeen") }
        if Self.ends(trimmed, with: "essentie voorstel"), exact.lowercased().hasSuffix("essentie voorstel") { ficheSigns.insert("essentie") }
        if exact.hasSuffix("↩︎") { ficheSigns.insert("pandoc-notes") }
    }

    /// Whether the trimmed bytes open with a landmark's first word or end like one (ASCII case
    /// ignored: no other letter lowercases to these bytes).
    private func mayBeLandmark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        // The first and last bytes rule out nearly every line before any word is compared.
        switch first {
        case UInt8(ascii: "N") where bytes.starts(with: "Nummer:".utf8): return true
        case UInt8(ascii: "O") where bytes.starts(with: "Onderdeel van kamerstukdossier".utf8): return true
        case UInt8(ascii: "F") where bytes.starts(with: "Fiche".utf8): return true
        case UInt8(ascii: "P") where bytes.starts(with: "Preview document".utf8): return true
        default: break
        }
        if last == 0x8E { return bytes.reversed().starts(with: "↩︎".utf8.reversed()) }  // the last byte of ↩︎
        switch last | 0x20 {
        case UInt8(ascii: "s"): return Self.ends(bytes, with: "algemene gegevens")
        case UInt8(ascii: "l"): return Self.ends(bytes, with: "essentie voorstel")
        default: return false
        }
    }

    private static func ends(_ bytes: UnsafeBufferPointer<UInt8>, with suffix: StaticString) -> Bool {
        guard bytes.count >= suffix.utf8CodeUnitCount else { return false }
        return suffix.withUTF8Buffer { wanted in
            zip(bytes.suffix(wanted.count), wanted).allSatisfy { byte, want in
                byte == want || ((0x41...0x5A).contains(byte) && byte | 0x20 == want)
            }
        }
    }

    private func substring(of text: String, _ offset: Int, _ count: Int) -> Substring {
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return text[start..<text.utf8.index(start, offsetBy: count)]
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
