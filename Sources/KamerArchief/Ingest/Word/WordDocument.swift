/// A Word file (`.docx`), as the Tweede Kamer and the ministries publish their papers beside the
/// PDF: read into the text a reader of it sees, in the form of the page dumps the readers know
/// (`PageTextWriter`), a mirror's page being that same Word file converted.
///
/// `word/document.xml` is read in one SAX pass: a paragraph (`w:p`) a block, a numbered one a list
/// item labelled as Word shows it (`WordNumbering`: `1.`, `a)`, `-` for a bullet), a table's rows
/// and cells, a line break (`w:br`) a line break and a tab a space; a footnote's or an endnote's
/// reference is its number, counted as Word numbers them, glued to the word before it, and the
/// notes' text (`word/footnotes.xml`, `word/endnotes.xml`) follows as the pandoc note list.
/// Left out: deleted text and field codes (not `w:t`), drawings, text boxes and the fallback
/// copy of alternate content, and the headers and footers, which are the page's, not the paper's.
enum WordDocument {
    /// The parts read.
    static let documentPart = "word/document.xml"
    static let parts = [documentPart, "word/footnotes.xml", "word/endnotes.xml", "word/numbering.xml", "word/styles.xml"]

    /// Whether a file is a Word file: named `.docx` (or `.docm`, `.dotx`), whatever its bytes, so
    /// that one that is no zip archive is a `docx-damaged` error rather than text.
    static func isWord(path: String) -> Bool {
        let lowered = path.lowercased()
        return [".docx", ".docm", ".dotx"].contains { lowered.hasSuffix($0) }
    }

    /// The Word file's text, or a `docx-damaged` error.
    static func read(_ bytes: [UInt8], path: String) -> (text: String?, diagnostics: [Diagnostic]) {
        let file = SourceLocation(file: path, line: 0, column: 0)
        let archive: WordArchive
        switch WordArchive.read(bytes, parts: parts) {
        case .success(let read): archive = read
        case .failure(let failure): return (nil, [.error(.wordDamaged, "damaged Word file: \(failure.message)", at: file)])
        }
        guard let document = archive.parts[documentPart] else {
            return (nil, [.error(.wordDamaged, "not a Word file: the zip archive has no \(documentPart)", at: file)])
        }
        let numbering = WordNumberingReader()
        for part in ["word/numbering.xml", "word/styles.xml"] {
            if let bytes = archive.parts[part] { _ = XMLSAXParser.parse(bytes, handler: numbering) }
        }
        let notes = WordNotesReader()
        for part in ["word/footnotes.xml", "word/endnotes.xml"] {
            if let bytes = archive.parts[part] { _ = XMLSAXParser.parse(bytes, handler: notes) }
        }
        let reader = WordDocumentReader(numbering: numbering.numbering)
        if let problem = XMLSAXParser.parse(document, handler: reader).first(where: \.isError) {
            return (nil, [.error(.wordDamaged, "damaged Word file: its \(documentPart) is not well-formed XML at line \(problem.line): \(problem.message)", at: file)])
        }
        return (String(decoding: reader.finish(notes: notes.notes), as: UTF8.self), [])
    }
}

/// What the readers of a Word file's parts share: the names of the open elements (the SAX
/// parser's end gives none) and the elements whose content is not the paper's text, skipped whole.
class WordPartReader: XMLEventHandler {
    /// Drawings, embedded objects, the fallback copy of alternate content, deleted text and field codes.
    static let notText: Set<String> = ["drawing", "pict", "object", "Fallback", "instrText", "delText"]

    private let skipped: Set<String>
    /// The length of the shortest name skipped: most of a part's elements (`p`, `r`, `t`, `rPr`)
    /// are shorter and need no look-up.
    private let shortestSkipped: Int
    private var skipping = 0
    /// The open elements' names, the innermost last.
    private(set) var open: [String] = []

    init(skipping skipped: Set<String>) {
        self.skipped = skipped
        shortestSkipped = skipped.map(\.utf8.count).min() ?? .max
    }

    final func startElement(_ name: String, attributes: XMLAttributes, at byteOffset: Int) {
        open.append(name)
        if skipping > 0 || (name.utf8.count >= shortestSkipped && skipped.contains(name)) {
            skipping += 1
            return
        }
        start(name, attributes)
    }

    final func endElement() {
        guard let name = open.popLast() else { return }
        if skipping > 0 {
            skipping -= 1
            return
        }
        end(name)
    }

    final func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if skipping == 0 { characters(bytes) }
    }

    final func entityReference(_ name: String, at byteOffset: Int) {}

    /// Diagnostics of a Word file name the file, not a place in its parts.
    final var readsOffsets: Bool { false }

    /// An element that is read begins, or ends; text outside skipped elements.
    func start(_ name: String, _ attributes: XMLAttributes) {}
    func end(_ name: String) {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// Reads `word/document.xml` into the page text.
final class WordDocumentReader: WordPartReader {
    private var writer = PageTextWriter()
    private var numbering: WordNumbering
    private var inText = false
    /// The paragraph being read: its style and numbering, and whether its block has begun.
    private var paragraph: (style: String?, numbering: String?, level: Int?, begun: Bool, isItem: Bool)?
    /// The notes referred to, by their part's id, in the order of their numbers.
    private var references: [(kind: String, id: String, number: Int)] = []

    init(numbering: WordNumbering) {
        self.numbering = numbering
        // Text boxes and the notes' own number marks are not the paragraph's text either.
        super.init(skipping: Self.notText.union(["txbxContent", "footnoteRef", "endnoteRef"]))
    }

    override func start(_ name: String, _ attributes: XMLAttributes) {
        switch name {
        case "p": paragraph = (nil, nil, nil, false, false)
        case "pStyle": if open.dropLast().last == "pPr" { paragraph?.style = attributes["val"] }
        case "numId": if open.contains("pPr") { paragraph?.numbering = attributes["val"] }
        case "ilvl": if open.contains("pPr") { paragraph?.level = attributes["val"].flatMap { Int($0) } }
        case "r", "hyperlink", "fldSimple", "smartTag", "ins": beginParagraph()
        case "t": inText = true
        case "tab": appendText(" ")
        case "br", "cr": writer.lineBreak()
        case "noBreakHyphen": appendText("-")
        case "footnoteReference", "endnoteReference":
            beginParagraph()
            guard let id = attributes["id"] else { break }
            let number = references.count + 1
            references.append((name, id, number))
            if attributes["customMarkFollows"] != "1", attributes["customMarkFollows"] != "true" { appendText(String(number)) }
        case "tbl": writer.beginTable()
        case "tr": writer.beginRow()
        case "tc": writer.beginCell()
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "t": inText = false
        case "pPr": beginParagraph()
        case "p":
            beginParagraph()
            if paragraph?.isItem == true { writer.endItem() } else { writer.endBlock() }
            paragraph = nil
        case "tc": writer.endCell()
        case "tr": writer.endRow()
        case "tbl": writer.endTable()
        default: break
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText { writer.text(bytes) }
    }

    /// The text with the notes referred to, each under its number.
    func finish(notes: [String: [UInt8]]) -> [UInt8] {
        writer.endBlock()
        for reference in references {
            guard let text = notes[WordNotesReader.key(reference.kind == "endnoteReference" ? "endnote" : "footnote", reference.id)] else { continue }
            writer.beginNote(number: reference.number, inline: false)
            text.withUnsafeBufferPointer { writer.text($0) }
            writer.endNote()
        }
        writer.finish()
        return writer.text
    }
}

private extension WordDocumentReader {
    /// The paragraph's block begins once its properties are read: a numbered paragraph is a list item.
    func beginParagraph() {
        guard var current = paragraph, !current.begun else { return }
        current.begun = true
        var numberingID = current.numbering, level = current.level
        if numberingID == nil, let style = current.style, let styled = numbering.numbering(ofStyle: style) {
            numberingID = styled.numbering
            level = level ?? styled.level
        }
        if let numberingID, let label = numbering.label(numbering: numberingID, level: level ?? 0) {
            writer.beginItem(label: label, level: level ?? 0, list: Int(numberingID) ?? 0)
            current.isItem = true
        } else {
            writer.endBlock()
        }
        paragraph = current
    }

    func appendText(_ string: String) {
        var bytes = Array(string.utf8)
        bytes.withUnsafeMutableBufferPointer { writer.text(UnsafeBufferPointer($0)) }
    }
}

/// Reads the notes of `word/footnotes.xml` and `word/endnotes.xml`: each note's text, its
/// paragraphs joined, by its kind and id.
final class WordNotesReader: WordPartReader {
    private(set) var notes: [String: [UInt8]] = [:]
    private var current: (key: String, text: [UInt8])?
    private var inText = false

    init() { super.init(skipping: Self.notText) }

    static func key(_ kind: String, _ id: String) -> String { kind + ":" + id }

    override func start(_ name: String, _ attributes: XMLAttributes) {
        switch name {
        case "footnote", "endnote":
            if let id = attributes["id"], attributes["type"] == nil || attributes["type"] == "normal" { current = (Self.key(name, id), []) }
        case "t": inText = true
        case "tab", "p", "br": current?.text.append(0x20)
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "t": inText = false
        case "footnote", "endnote":
            if let current { notes[current.key] = current.text }
            current = nil
        default: break
        }
    }

    override func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inText { current?.text += bytes }
    }
}
