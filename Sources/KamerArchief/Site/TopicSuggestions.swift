import Foundation

extension TopicSuggester {
    /// Loads and ingests `content` and its glossary, then suggests topics: `kamerarchief suggest-topics`.
    public static func suggest(contentDirectory: URL, displayPrefix: String) throws -> (suggestions: [TopicSuggestion], diagnostics: [Diagnostic]) {
        let content = try ContentLoader.load(contentDirectory: contentDirectory, displayPrefix: displayPrefix)
        let ingested = Ingester.ingest(content.files)
        let glossary = try Glossary.load(contentDirectory: contentDirectory, displayPrefix: displayPrefix)
        let diagnostics = (content.diagnostics + ingested.diagnostics + glossary.diagnostics).sortedAndDeduplicated()
        return (suggest(ingested.documents, glossary: glossary.topics), diagnostics)
    }
}
