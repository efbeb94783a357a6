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
            let folder = url.deletingLastPathComponent().path
            if !createdFolders.contains(folder) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                createdFolders.insert(folder)
            }
            if staging != nil {
                // A fresh folder that is swapped in as a whole: a plain write is enough.
                // (FileManager.createFile writes a temporary file and renames it, for every
                // file; that was half of a clean build's time.)
                try Self.writeFile(file.contents, to: url.path)
            } else {
                let temporary = "\(folder)/.\(url.lastPathComponent).tmp"
                try Self.writeFile(file.contents, to: temporary)
                guard rename(temporary, url.path) == 0 else {
                    throw BuildError.environment("\(url.path): cannot write the file: \(String(cString: strerror(errno)))")
                }
            }
        }
    }

    private var createdFolders: Set<String> = []

    /// Creates or truncates `path` and writes `text` as UTF-8.
    private static func writeFile(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildError.environment("\(path): cannot write the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var text = text
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else {
                    throw BuildError.environment("\(path): cannot write the file: \(String(cString: strerror(errno)))")
                }
                offset += written
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
