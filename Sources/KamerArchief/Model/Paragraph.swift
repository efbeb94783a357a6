/// A paragraph of reflowed body text, with its footnote markers taken out and remembered by offset.
///
/// Offsets count Unicode scalars from the start of `text`.
public struct Paragraph: Sendable, Hashable, Codable {
    /// The reflowed text, markers removed; never contains a newline.
    public var text: String
    /// Where the paragraph's first character is in the source.
    public var location: SourceLocation
    /// The list label as written (`1)`, `a.`, `-`) when the paragraph is a list item.
    public var listLabel: String?
    /// Footnote markers in the order they appear.
    public var noteRefs: [NoteRef]
    /// Citations found in `text`, in order; filled by `CitationAnnotator`.
    public var citations: [Citation]
    /// Runs of `text` the source sets in emphasis (XML `nadruk`), in order, not overlapping.
    public var emphasis: [TextRange]
    /// A table that stands in the text at this point; `text` is then its caption (possibly empty).
    public var table: Table?

    public init(
        text: String, location: SourceLocation, listLabel: String? = nil,
        noteRefs: [NoteRef] = [], citations: [Citation] = [], emphasis: [TextRange] = [], table: Table? = nil
    ) {
        self.text = text
        self.location = location
        self.listLabel = listLabel
        self.noteRefs = noteRefs
        self.citations = citations
        self.emphasis = emphasis
        self.table = table
    }
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
