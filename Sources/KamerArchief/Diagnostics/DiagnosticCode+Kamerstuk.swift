/// Codes about Kamerstukken across documents.
extension DiagnosticCode {
    /// Two sources (say a Kamerstuk's XML and its PDF) are the same Kamerstuk; one is left out.
    public static let duplicateKamerstuk = DiagnosticCode("duplicate-kamerstuk")
}
