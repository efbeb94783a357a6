import Foundation
import KamerArchief

extension SiteOptions {
    static let defaultTemplates = BuildOptions.defaultTemplates

    /// The build's options for these folders. Without a `Templates` folder (and no other
    /// `--templates`), the templates built into the binary are used, so the binary alone builds.
    func buildOptions(output: String, baseURL: String? = nil) -> BuildOptions {
        var options = BuildOptions(content: content, templates: templates, output: output, baseURL: baseURL)
        options.strict = strict
        options.useBuiltInTemplatesWhenNoFolder()
        return options
    }
}
