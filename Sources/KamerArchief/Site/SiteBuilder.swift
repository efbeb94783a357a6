import Foundation

/// Runs the stages: load → ingest → link → render → write. Only the first and last touch the disk.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions) throws -> BuildReport {
        let content = try ContentLoader.load(contentDirectory: options.content, displayPrefix: options.contentDisplay)
        let templateSources = try ContentLoader.loadTemplates(directory: options.templates, displayPrefix: options.templatesDisplay)
        let ingested = Ingester.ingest(content.files)
        let glossary = try Glossary.load(contentDirectory: options.content, displayPrefix: options.contentDisplay)
        let (templates, templateDiagnostics) = TemplateLibrary.load(templateSources)
        let diagnostics = (content.diagnostics + ingested.diagnostics + templateDiagnostics + glossary.diagnostics).sortedAndDeduplicated()

        let failing = diagnostics.contains { $0.severity == .error || (options.strict && $0.severity == .warning) }
        let templatesBroken = templateDiagnostics.contains { $0.severity == .error }
        let documents = options.keepGoing ? ingested.healthyDocuments : ingested.documents
        var report = BuildReport(diagnostics: diagnostics, failed: failing, documentCount: documents.count)
        guard options.writesOutput, !templatesBroken, !failing || options.keepGoing else { return report }

        var archive = Linker.link(documents)
        archive.topics = TopicLinker.link(glossary.topics, archive: archive)
        let files = SiteRenderer.render(archive, templates: templates, options: RenderOptions(baseURL: options.baseURL))
        try OutputWriter.write(files, to: options.output)
        report.wroteOutput = true
        report.fileCount = files.count
        return report
    }
}

/// What `build` and `check` are asked to do.
public struct BuildOptions: Sendable {
    public var content: URL
    public var templates: URL
    public var output: URL
    /// How the content and template folders are named in diagnostics.
    public var contentDisplay: String
    public var templatesDisplay: String
    public var baseURL: String?
    public var strict = false
    /// Write the site without the documents that have errors (and still fail).
    public var keepGoing = false
    /// False for `check`: parse and link, print diagnostics, write nothing.
    public var writesOutput = true

    public init(content: String, templates: String, output: String, baseURL: String? = nil) {
        self.content = URL(fileURLWithPath: content)
        self.templates = URL(fileURLWithPath: templates)
        self.output = URL(fileURLWithPath: output)
        contentDisplay = content.hasSuffix("/") ? String(content.dropLast()) : content
        templatesDisplay = templates.hasSuffix("/") ? String(templates.dropLast()) : templates
        self.baseURL = baseURL
    }
}

/// The outcome of a build, for the CLI to print.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Errors were found (or warnings, with `--strict`): exit code 1.
    public var failed: Bool
    public var documentCount: Int
    public var wroteOutput = false
    public var fileCount = 0

    /// "2 errors, 1 warning".
    public var summary: String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
