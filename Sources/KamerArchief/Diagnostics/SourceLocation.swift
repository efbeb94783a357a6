/// A position in a source file, as editors and CI annotators expect it.
///
/// `line` and `column` are 1-based; the column is counted in Unicode scalars
/// from the start of the line. `file` is the path as the user gave it
/// (for example `Content/fiche-10.txt`), never an absolute path.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// Where a paragraph of a document starts, without the file: all of one document's paragraphs are
/// from its file, and hashing the path was most of a lookup by place (`ParagraphFragments`, the
/// cache's `QuotedParagraphs`).
struct PlaceInFile: Hashable {
    let line: Int, column: Int

    init(_ location: SourceLocation) {
        line = location.line
        column = location.column
    }
}
