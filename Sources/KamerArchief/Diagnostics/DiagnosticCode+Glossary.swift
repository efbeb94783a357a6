extension DiagnosticCode {
    // The topic glossary (`Content/topics.yml`)
    public static let glossarySyntax = DiagnosticCode("glossary-syntax")
    public static let glossaryUnknownKey = DiagnosticCode("glossary-unknown-key")
    public static let glossaryMissingField = DiagnosticCode("glossary-missing-field")
    public static let glossaryInvalidValue = DiagnosticCode("glossary-invalid-value")
    public static let glossaryDuplicate = DiagnosticCode("glossary-duplicate")
}
