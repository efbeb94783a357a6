/// Renders the whole archive into site files: the index, a page per document, pillar and action,
/// dossier pages, search, 404, the assets and the JSON export. Deterministic: output depends only
/// on the archive, the templates and the options.
public enum SiteRenderer {
    public static func render(_ archive: Archive, templates: TemplateLibrary, options: RenderOptions) -> [SiteFile] {
        let renderer = PageRenderer(archive: archive, templates: templates, options: options)
        var files: [SiteFile] = [
            renderer.indexPage(),
            renderer.dossiersPage(),
            renderer.staticPage(.search, at: Permalinks.search, title: "Zoeken"),
            renderer.staticPage(.notFound, at: Permalinks.notFound, title: "Pagina niet gevonden"),
        ]
        for document in archive.documents {
            files += renderer.documentPages(document)
        }
        for dossier in archive.dossiers {
            files.append(renderer.dossierPage(dossier))
        }
        files += renderer.topicPages()
        for (name, text) in templates.assets.sorted(by: { $0.key < $1.key }) {
            let path = name.hasPrefix("assets/") ? name : "assets/\(name)"
            files.append(SiteFile(path: path, contents: text))
        }
        files += ArchiveExport.files(archive)
        files += SearchIndexBuilder.files(archive)
        if let base = options.baseURL {
            files += PublishingExtras.files(archive, pages: files.map(\.path), baseURL: base, siteTitle: options.siteTitle)
        }
        return files.sorted { $0.path < $1.path }
    }
}
