import Foundation

/// `kamerarchief new DIR`: a working archive to start from. `Content/` with one example letter,
/// its sidecar and a topic glossary, `Templates/` (the built-in defaults), a `.gitignore` and a
/// GitHub Actions workflow; everything comes from the binary (`EmbeddedFiles`).
public enum ArchiveScaffold {
    /// Every file `create` writes, relative to the new archive, sorted.
    public static var files: [String] {
        (Array(EmbeddedFiles.scaffold.keys) + DefaultTemplates.names.map { "Templates/\($0)" }).sorted()
    }

    /// Writes the archive into `directory` (created when missing) and returns the files written.
    /// Throws `BuildError.environment` when `directory` is a file or a folder that is not empty,
    /// so that nothing of the user's is overwritten.
    @discardableResult
    public static func create(at directory: URL) throws -> [String] {
        try checkEmpty(directory)
        var contents = EmbeddedFiles.scaffold
        for name in DefaultTemplates.names { contents["Templates/\(name)"] = DefaultTemplates.text(of: name) }
        for name in contents.keys.sorted() {
            let url = directory.appendingPathComponent(name)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contents[name, default: ""].utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw BuildError.environment("\(url.path): cannot write the file (\(error.localizedDescription))")
            }
        }
        return contents.keys.sorted()
    }
}

private extension ArchiveScaffold {
    static func checkEmpty(_ directory: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw BuildError.environment("\(directory.path): exists and is not a folder; give a new or empty folder")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        guard entries.isEmpty else {
            throw BuildError.environment(
                "\(directory.path): the folder is not empty (\(entries.count) entr\(entries.count == 1 ? "y" : "ies")); "
                    + "kamerarchief new writes only into a new or empty folder")
        }
    }
}
