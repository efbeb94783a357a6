/// The default templates, built into the binary (`EmbeddedFiles`, generated from `Templates/`), so
/// that the executable alone can build a site and start a new archive.
public enum DefaultTemplates {
    /// The names relative to the templates folder, sorted: `404.md` … `assets/style.css`.
    public static var names: [String] { EmbeddedFiles.templates.keys.sorted() }

    /// The text of one default template, by its name relative to the templates folder.
    public static func text(of name: String) -> String? { EmbeddedFiles.templates[name] }

    /// The built-in templates as `ContentLoader.loadTemplates` would read them from a folder,
    /// each shown as `displayPrefix/name` in diagnostics.
    static func sources(displayPrefix: String) -> [String: TemplateSource] {
        Dictionary(uniqueKeysWithValues: EmbeddedFiles.templates.map { name, text in
            (name, TemplateSource(name: name, path: "\(displayPrefix)/\(name)", text: text))
        })
    }
}
