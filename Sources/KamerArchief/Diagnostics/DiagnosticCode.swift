/// A stable kebab-case name for a kind of problem. Tools may match on these, so never rename one.
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable, Codable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

extension DiagnosticCode {
    // Files and formats
    public static let unreadableFile = DiagnosticCode("unreadable-file")
    public static let invalidUTF8 = DiagnosticCode("invalid-utf8")
    public static let binaryFile = DiagnosticCode("binary-file")
    public static let emptyFile = DiagnosticCode("empty-file")
    public static let unknownFormat = DiagnosticCode("unknown-format")
    public static let duplicateID = DiagnosticCode("duplicate-id")
    // Official publication XML
    public static let xmlSyntax = DiagnosticCode("xml-syntax")
    public static let xmlEntity = DiagnosticCode("xml-entity")
    public static let unknownXMLElement = DiagnosticCode("unknown-xml-element")
    // PDF files
    public static let pdfEncrypted = DiagnosticCode("pdf-encrypted")
    public static let pdfDamaged = DiagnosticCode("pdf-damaged")
    public static let pdfNoText = DiagnosticCode("pdf-no-text")
    // Word files
    public static let wordDamaged = DiagnosticCode("docx-damaged")
    // Kamerstuk PDF layout
    public static let kamerstukMismatch = DiagnosticCode("kamerstuk-mismatch")
    // Sidecars
    public static let sidecarSyntax = DiagnosticCode("sidecar-syntax")
    public static let sidecarUnknownKey = DiagnosticCode("sidecar-unknown-key")
    public static let sidecarInvalidValue = DiagnosticCode("sidecar-invalid-value")
    public static let missingMetadata = DiagnosticCode("missing-metadata")
    // Document structure
    public static let unresolvedFootnote = DiagnosticCode("unresolved-footnote")
    public static let unreferencedFootnote = DiagnosticCode("unreferenced-footnote")
    public static let duplicateFootnote = DiagnosticCode("duplicate-footnote")
    public static let pillarCount = DiagnosticCode("pillar-count")
    public static let missingSection = DiagnosticCode("missing-section")
    /// Text a reader found outside the form's structure (before a fiche's first chapter) and left out.
    public static let unplacedText = DiagnosticCode("unplaced-text")
    public static let outlineMismatch = DiagnosticCode("outline-mismatch")
    // Templates
    public static let templateSyntax = DiagnosticCode("template-syntax")
    public static let templateUnknownVariable = DiagnosticCode("template-unknown-variable")
    public static let templateMissing = DiagnosticCode("template-missing")
}

extension DiagnosticCode {
    // Content that is not a plain readable file
    /// A symlink in the content folder whose target resolves outside it: never followed.
    public static let unsafeSymlink = DiagnosticCode("unsafe-symlink")
    // The build cache (warnings: the build goes on without it)
    public static let cacheInvalid = DiagnosticCode("cache-invalid")
    public static let cacheUnwritable = DiagnosticCode("cache-unwritable")
}

extension DiagnosticCode {
    public static let orphanSidecar = DiagnosticCode("orphan-sidecar")
}
