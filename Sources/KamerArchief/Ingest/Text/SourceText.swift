/// A content file as the parsers see it: decoded, with a BOM removed and line ends made LF.
///
/// Line numbers are those of the file on disk: CRLF and lone CR both count as one line end.
public struct SourceText: Sendable, Hashable {
    /// The path used in diagnostics, e.g. `Content/fiche-10.txt`.
    public var path: String
    /// The document id the loader derived (from the sidecar or the file name).
    public var id: String
    public var text: String

    public init(path: String, id: String, text: String) {
        self.path = path
        self.id = id
        self.text = text
    }

    /// The lines of `text`, without their line ends; line `n` (1-based) is `lines[n - 1]`.
    public var lines: [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The location of column `column` (1-based, Unicode scalars) on line `line` (1-based).
    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }

    /// The whole file, for diagnostics that have no finer position.
    public var fileLocation: SourceLocation { SourceLocation(file: path, line: 0, column: 0) }
}
