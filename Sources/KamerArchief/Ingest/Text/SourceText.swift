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
    ///
    /// Cut at LF bytes: the decoder has made every line end LF, and an LF is always a Character
    /// of its own then, so these are the lines a split on `"\n"` Characters gives, found without
    /// walking Characters. Computed on each call: a reader takes it once.
    public var lines: [Substring] { Self.lines(of: text) }

    /// The lines of `text` cut at LF bytes, as `lines` describes; only the first `limit` of them.
    static func lines(of text: String, limit: Int = .max) -> [Substring] {
        var copy = text
        return copy.withUTF8 { bytes in
            // Line feeds are found in the bytes; only each line's ends become string indices.
            let utf8 = text.utf8
            var lines: [Substring] = []
            var start = utf8.startIndex
            var offset = 0
            while let feed = UnsafeBufferPointer(rebasing: bytes[offset...]).firstIndex(of: 0x0A) {
                let end = utf8.index(start, offsetBy: feed)
                lines.append(text[start..<end])
                if lines.count == limit { return lines }
                start = utf8.index(after: end)
                offset += feed + 1
            }
            lines.append(text[start...])
            return lines
        }
    }

    /// The location of column `column` (1-based, Unicode scalars) on line `line` (1-based).
    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column)
    }

    /// The whole file, for diagnostics that have no finer position.
    public var fileLocation: SourceLocation { SourceLocation(file: path, line: 0, column: 0) }
}
