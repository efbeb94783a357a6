/// Collects the text of one paragraph, heading, note, cell or metadata value as UTF-8 bytes, with
/// XML's layout white space collapsed to single spaces, and keeps the scalar offsets that note
/// markers, emphasis and citations need.
///
/// White space is held back as a pending space and written only before the next visible text, so
/// leading and trailing white space never reach the text and a marker at the end of a word gets
/// the offset right after that word.
struct XMLTextCollector {
    enum Kind: Equatable {
        case paragraph
        /// A paragraph for text that stood loose in a body element; it ends with that element.
        case implicitParagraph
        case heading
        case divisionHeading
        case listItem
        case footnote
        case footnoteNumber
        case listLabel
        case cell
        case caption
        case field(XMLField)
        case speaker
        case speakerDetail(XMLRole.SpeakerDetail)
    }

    let kind: Kind
    let location: SourceLocation
    /// How many elements were open when the collector started; an implicit paragraph ends when
    /// the element it started in does.
    let depth: Int
    private(set) var bytes: [UInt8] = []
    /// The number of Unicode scalars in `bytes`.
    private(set) var scalars = 0
    private var pendingSpace = false
    var noteRefs: [NoteRef] = []
    var emphasis: [TextRange] = []
    var citations: [Citation] = []
    /// Where the last `extref`'s text started, which a next link to the same paper may join.
    var lastLinkStart: (byte: Int, scalar: Int)?
    /// A list item's label, a footnote's number (as text), once read.
    var label: String?
    var footnoteNumber: Int?
    /// A speaker's party and office, read from their own elements inside the label.
    var speakerDetails: [(detail: XMLRole.SpeakerDetail, text: String)] = []

    init(kind: Kind, location: SourceLocation, depth: Int) {
        self.kind = kind
        self.location = location
        self.depth = depth
    }

    var isEmpty: Bool { bytes.isEmpty }
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends character data, collapsing runs of XML white space.
    mutating func append(_ chunk: UnsafeBufferPointer<UInt8>) {
        for byte in chunk {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                // After a space already written (before a citation's run, say) white space adds none.
                if let last = bytes.last, last != 0x20 { pendingSpace = true }
                continue
            }
            if pendingSpace {
                bytes.append(0x20)
                scalars += 1
                pendingSpace = false
            }
            bytes.append(byte)
            if byte & 0xC0 != 0x80 { scalars += 1 }
        }
    }

    /// Separates what comes next from what came before, as a line break in the source would.
    mutating func softBreak() {
        if let last = bytes.last, last != 0x20 { pendingSpace = true }
    }

    /// Writes a pending space now, so that a run starting here (a citation, an emphasis) starts
    /// after it.
    mutating func flushSpace() {
        guard pendingSpace, !bytes.isEmpty else { return }
        bytes.append(0x20)
        scalars += 1
        pendingSpace = false
    }

    /// The position a run starting now would have: byte and scalar offsets.
    var mark: (byte: Int, scalar: Int) { (bytes.count, scalars) }

    /// The text from `mark` to the current end.
    func text(since mark: (byte: Int, scalar: Int)) -> (text: String, range: TextRange) {
        let start = min(mark.byte, bytes.count)
        return (String(decoding: bytes[start...], as: UTF8.self), TextRange(offset: mark.scalar, length: scalars - mark.scalar))
    }

    /// Forgets the text so far (after it was emitted as a paragraph of its own), keeping the kind.
    mutating func reset() {
        bytes = []
        scalars = 0
        pendingSpace = false
        noteRefs = []
        emphasis = []
        citations = []
        label = nil
    }

    /// The collected text as a paragraph.
    func paragraph(listLabel: String? = nil) -> Paragraph {
        Paragraph(text: text, location: location, listLabel: listLabel, noteRefs: noteRefs, citations: citations, emphasis: emphasis)
    }
}
