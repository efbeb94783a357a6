@testable import KamerArchiefParsers

/// libFuzzer entry for the letter parsers (double-spaced and ministry layout): decode → parse →
/// annotate citations → check invariants.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = "Content/fuzz.txt"
    guard let text = decodedInput(data, size, path: path), !text.isEmpty else { return 0 }
    _ = FormatDetector.detect(text)
    let source = SourceText(path: path, id: "fuzz", text: text)
    let (parsed, _) = KamerbriefParser.parse(source, sidecar: outlineSidecar(text, path: path))
    FuzzInvariants.check(CitationAnnotator.annotate(parsed))
    let (letter, _) = MinistryLetterParser.parse(source, sidecar: outlineSidecar(text, path: path))
    FuzzInvariants.check(CitationAnnotator.annotate(letter))
    return 0
}
