@testable import KamerArchiefParsers

/// libFuzzer entry for the page-dump readers (a fiche's page and any other Kamerstuk's) and the
/// fiche's official PDF layout: decode → parse → annotate citations → check invariants.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let path = "Content/fuzz.txt"
    guard let text = decodedInput(data, size, path: path), !text.isEmpty else { return 0 }
    _ = FormatDetector.detect(text)
    let source = SourceText(path: path, id: "fuzz", text: text)
    let sidecar = outlineSidecar(text, path: path)
    let (parsed, _) = FicheParser.parse(source, sidecar: sidecar)
    FuzzInvariants.check(CitationAnnotator.annotate(parsed))
    let (pdf, _) = FichePDFParser.parse(source, sidecar: sidecar)
    FuzzInvariants.check(CitationAnnotator.annotate(pdf))
    let (page, _) = PageDumpParser.parse(source, sidecar: sidecar)
    FuzzInvariants.check(CitationAnnotator.annotate(page))
    return 0
}
