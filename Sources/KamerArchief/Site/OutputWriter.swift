import Foundation

/// The only writer: puts the site into a fresh folder beside the output, then swaps it in.
///
/// A build that fails before the swap leaves the previous output exactly as it was. Every path is
/// checked to stay inside the output folder.
public enum OutputWriter {
    public static func write(_ files: [SiteFile], to output: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw BuildError.environment("\(output.path): the output path is a file, not a folder")
        }
        let parent = output.deletingLastPathComponent()
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw BuildError.environment("\(parent.path): cannot create the folder for the output: \(error.localizedDescription)")
        }
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building")
        let retired = parent.appendingPathComponent(".\(output.lastPathComponent).previous")
        try? manager.removeItem(at: staging)
        try? manager.removeItem(at: retired)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            for file in files {
                let url = staging.appendingPathComponent(try safeRelativePath(file.path))
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard manager.createFile(atPath: url.path, contents: Data(file.contents.utf8)) else {
                    throw BuildError.environment("\(url.path): cannot write the file")
                }
            }
        } catch {
            try? manager.removeItem(at: staging)
            if let buildError = error as? BuildError { throw buildError }
            throw BuildError.environment("\(staging.path): cannot write the site: \(error.localizedDescription)")
        }
        try swap(staging, into: output, retiring: retired)
    }

    /// `path` as a relative path that cannot leave the output folder.
    static func safeRelativePath(_ path: String) throws -> String {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\\") }) else {
            throw BuildError.environment("refusing to write '\(path)': it would leave the output folder")
        }
        return path
    }
}

private extension OutputWriter {
    static func swap(_ staging: URL, into output: URL, retiring retired: URL) throws {
        let manager = FileManager.default
        let hadOutput = manager.fileExists(atPath: output.path)
        if hadOutput, rename(output.path, retired.path) != 0 {
            try? manager.removeItem(at: staging)
            throw BuildError.environment("\(output.path): cannot replace the output folder: \(String(cString: strerror(errno)))")
        }
        if rename(staging.path, output.path) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(retired.path, output.path) }
            try? manager.removeItem(at: staging)
            throw BuildError.environment("\(output.path): cannot move the new site into place: \(reason)")
        }
        try? manager.removeItem(at: retired)
    }
}
