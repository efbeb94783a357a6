@testable import KamerArchiefParsers

/// libFuzzer entry for the citation parser and the footnote marker matcher: each input line is a
/// paragraph; citations must lie in the text, and markers must point at notes that exist.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // Text as the build gives it to the parsers: decoded, LF line ends only.
    guard let text = TextDecoder.decode(Array(UnsafeBufferPointer(start: data, count: size)), path: "fuzz.txt").text else { return 0 }
    FuzzInvariants.check(CitationParser.parse(text), in: text)

    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let blocks = lines.enumerated().map { LocatedText($0.element, at: SourceLocation(file: "fuzz.txt", line: $0.offset + 1)) }
    let notes = (1...max(1, min(lines.count, 50))).map {
        Footnote(number: $0, text: "note \($0)", location: SourceLocation(file: "fuzz.txt", line: 1_000 + $0))
    }
    let (paragraphs, _) = FootnoteMarkerMatcher.attach(notes: notes, to: blocks)
    FuzzInvariants.require(paragraphs.count == blocks.count, "one paragraph per block")
    // Markers are taken in note order: numbers strictly increase through the text.
    let chosen = paragraphs.flatMap(\.noteRefs).map(\.footnote)
    FuzzInvariants.require(zip(chosen, chosen.dropFirst()).allSatisfy { $0 < $1 }, "note refs out of order: \(chosen)")
    let document = Document(
        id: "fuzz", kind: .kamerbrief, format: .pdfText, title: "", source: "fuzz.txt",
        sections: [Section(id: "s", title: "", paragraphs: paragraphs, location: SourceLocation(file: "fuzz.txt", line: 1))],
        footnotes: notes)
    FuzzInvariants.check(CitationAnnotator.annotate(document))
    return 0
}
