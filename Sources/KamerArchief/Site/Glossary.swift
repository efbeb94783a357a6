import Foundation

/// The topic glossary of a content folder: loaded by `ContentLoader`, parsed by `GlossaryParser`.
public struct Glossary: Sendable {
    public var topics: [Topic] = []
    public var diagnostics: [Diagnostic] = []
    /// The file's text, so that a changed glossary invalidates cached topic mentions.
    public var text = ""

    public init(topics: [Topic] = [], diagnostics: [Diagnostic] = [], text: String = "") {
        self.topics = topics
        self.diagnostics = diagnostics
        self.text = text
    }

    /// Reads and parses `topics.yml` in `contentDirectory`; no file gives an empty glossary.
    public static func load(contentDirectory: URL, displayPrefix: String) throws -> Glossary {
        let loaded = try ContentLoader.loadGlossary(contentDirectory: contentDirectory, displayPrefix: displayPrefix)
        guard let file = loaded.text else { return Glossary(diagnostics: loaded.diagnostics) }
        let parsed = GlossaryParser.parse(file.text, path: file.path)
        return Glossary(topics: parsed.topics, diagnostics: loaded.diagnostics + parsed.diagnostics, text: file.text)
    }
}
