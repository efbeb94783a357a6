import Foundation

/// The only writer of the site. A clean build writes into a fresh folder beside the output and
/// swaps it in at the end, so a failed build leaves the previous output exactly as it was. An
/// incremental build (which starts only after every content check passed) replaces changed files
/// one by one, each through a temporary file and a rename, so no file is ever half-written.
/// Every path is checked to stay inside the output folder.
public final class OutputWriter {
    private let output: URL
    private let root: URL
    private let staging: URL?
    private let retired: URL

    /// Starts a clean build (`incremental: false`) or an in-place update of an existing output.
    public init(output: URL, incremental: Bool) throws {
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
        self.output = output
        retired = parent.appendingPathComponent(".\(output.lastPathComponent).previous")
        if incremental && isDirectory.boolValue {
            staging = nil
            root = output
        } else {
            let building = parent.appendingPathComponent(".\(output.lastPathComponent).building")
            try? manager.removeItem(at: building)
            do {
                try manager.createDirectory(at: building, withIntermediateDirectories: false)
            } catch {
                throw BuildError.environment("\(building.path): cannot create the folder for the new site: \(error.localizedDescription)")
            }
            staging = building
            root = building
        }
    }

    /// Whether this writer replaces the output as a whole.
    public var isClean: Bool { staging != nil }

    public func write(_ files: [SiteFile]) throws {
        for file in files {
            let url = root.appendingPathComponent(try Self.safeRelativePath(file.path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let data = Data(file.contents.utf8)
            if staging != nil {
                guard FileManager.default.createFile(atPath: url.path, contents: data) else {
                    throw BuildError.environment("\(url.path): cannot write the file")
                }
            } else {
                let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
                guard FileManager.default.createFile(atPath: temporary.path, contents: data),
                    rename(temporary.path, url.path) == 0
                else {
                    throw BuildError.environment("\(url.path): cannot write the file")
                }
            }
        }
    }

    /// Removes files of the previous build that the new one does not have (incremental builds).
    public func remove(_ paths: [String]) throws {
        for path in paths {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(try Self.safeRelativePath(path)))
        }
    }

    /// Finishes: a clean build's folder takes the output's place.
    public func commit() throws {
        guard let staging else { return }
        let manager = FileManager.default
        try? manager.removeItem(at: retired)
        let hadOutput = manager.fileExists(atPath: output.path)
        if hadOutput, rename(output.path, retired.path) != 0 {
            abandon()
            throw BuildError.environment("\(output.path): cannot replace the output folder: \(String(cString: strerror(errno)))")
        }
        if rename(staging.path, output.path) != 0 {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(retired.path, output.path) }
            abandon()
            throw BuildError.environment("\(output.path): cannot move the new site into place: \(reason)")
        }
        try? manager.removeItem(at: retired)
    }

    /// Gives up a clean build: its folder is removed and the output is untouched.
    public func abandon() {
        if let staging { try? FileManager.default.removeItem(at: staging) }
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
