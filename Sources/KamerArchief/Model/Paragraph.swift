/// A paragraph of reflowed body text, with its footnote markers taken out and remembered by offset.
///
/// Offsets count Unicode scalars from the start of `text`.
///
/// Its fields live in one box that copies share (`Fields` in a `Box`): the stages and pages pass
/// paragraphs along by the thousand, and a copy of seven fields that hold references was seven
/// retains, and their release seven more (1.7% of a clean build). The box's fields are constants,
/// read without the exclusivity checks a class's variables cost; changing one makes a new box.
public struct Paragraph: Sendable, Hashable, Codable {
    /// The reflowed text, markers removed; never contains a newline.
    public var text: String {
        get { box.fields.text }
        set { change { $0.text = newValue } }
    }
    /// Where the paragraph's first character is in the source.
    public var location: SourceLocation {
        get { box.fields.location }
        set { change { $0.location = newValue } }
    }
    /// The list label as written (`1)`, `a.`, `-`) when the paragraph is a list item.
    public var listLabel: String? {
        get { box.fields.listLabel }
        set { change { $0.listLabel = newValue } }
    }
    /// Footnote markers in the order they appear.
    public var noteRefs: [NoteRef] {
        get { box.fields.noteRefs }
        set { change { $0.noteRefs = newValue } }
    }
    /// Citations found in `text`, in order; filled by `CitationAnnotator`.
    public var citations: [Citation] {
        get { box.fields.citations }
        set { change { $0.citations = newValue } }
    }
    /// Runs of `text` the source sets in emphasis (XML `nadruk`), in order, not overlapping.
    public var emphasis: [TextRange] {
        get { box.fields.emphasis }
        set { change { $0.emphasis = newValue } }
    }
    /// A table that stands in the text at this point; `text` is then its caption (possibly empty).
    public var table: Table? {
        get { box.fields.table }
        set { change { $0.table = newValue } }
    }

    private var box: Box

    public init(
        text: String, location: SourceLocation, listLabel: String? = nil,
        noteRefs: [NoteRef] = [], citations: [Citation] = [], emphasis: [TextRange] = [], table: Table? = nil
    ) {
        box = Box(Fields(
            text: text, location: location, listLabel: listLabel, noteRefs: noteRefs, citations: citations, emphasis: emphasis, table: table))
    }

    /// A new box with the fields `body` changes.
    private mutating func change(_ body: (inout Fields) -> Void) {
        var fields = box.fields
        body(&fields)
        box = Box(fields)
    }

    private struct Fields: Hashable, Codable {
        var text: String
        var location: SourceLocation
        var listLabel: String?
        var noteRefs: [NoteRef]
        var citations: [Citation]
        var emphasis: [TextRange]
        var table: Table?
    }

    private final class Box: Sendable {
        let fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    // Equality, hashing and coding: the fields', as when they were the paragraph's own.

    public static func == (lhs: Paragraph, rhs: Paragraph) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }

    public init(from decoder: any Decoder) throws { box = Box(try Fields(from: decoder)) }

    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }
}

/// A table from the source (an XML `tabel`), as plain cell texts.
public struct Table: Sendable, Hashable, Codable {
    /// Rows of cells; the first `headerRows` rows are the header. Rows may differ in length.
    public var rows: [[String]]
    public var headerRows: Int

    public init(rows: [[String]], headerRows: Int = 0) {
        self.rows = rows
        self.headerRows = headerRows
    }
}

/// A footnote marker in body text: which note, and where the marker stood.
public struct NoteRef: Sendable, Hashable, Codable {
    /// The footnote number the marker points at.
    public var footnote: Int
    /// Offset in the paragraph's `text` at which the marker stood (Unicode scalars).
    public var offset: Int
    /// The marker's own position in the source.
    public var location: SourceLocation

    public init(footnote: Int, offset: Int, location: SourceLocation) {
        self.footnote = footnote
        self.offset = offset
        self.location = location
    }
}

/// A run of text inside a string, in Unicode scalars.
public struct TextRange: Sendable, Hashable, Codable {
    public var offset: Int
    public var length: Int

    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }

    public var end: Int { offset + length }
}
