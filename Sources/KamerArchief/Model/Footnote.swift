/// A numbered note, from a pandoc-style list (fiches) or the bottom of a PDF page (letters).
public struct Footnote: Sendable, Hashable, Codable {
    public var number: Int
    /// The note's text with its lines joined, without the number and without the `↩︎` back-arrow.
    public var text: String
    public var location: SourceLocation
    /// Citations found in `text`; filled by `CitationAnnotator`.
    public var citations: [Citation]

    public init(number: Int, text: String, location: SourceLocation, citations: [Citation] = []) {
        self.number = number
        self.text = text
        self.location = location
        self.citations = citations
    }
}
