import Foundation

/// The only reader of the file system: lists `Content/`, reads documents, sidecars and templates.
///
/// Everything it returns is plain data; decoding problems become diagnostics, and only a missing
/// or unreadable folder is thrown, since then there is nothing to build.
public enum ContentLoader {
    /// Reads every document (with its sidecar) in `contentDirectory`, sorted by file name.
    ///
    /// `displayPrefix` is how paths are shown in diagnostics, e.g. `Content`.
    public static func load(contentDirectory: URL, displayPrefix: String) throws -> LoadedContent {
        let scan = try scan(contentDirectory: contentDirectory, displayPrefix: displayPrefix)
        return LoadedContent(files: try scan.documents.map(read), diagnostics: scan.diagnostics)
    }

    /// Lists the documents in `contentDirectory` with their sidecars, sizes and times, reading no
    /// file: enough to tell which sources changed since the last build. One `lstat` per entry, on
    /// paths made as strings: at 10,000 documents this is most of a rebuild with nothing changed.
    public static func scan(contentDirectory: URL, displayPrefix: String) throws -> ContentScan {
        let listed = try listNames(contentDirectory, what: "content folder")
        let folder = contentDirectory.path
        let display: @Sendable (String) -> String = { name in displayPrefix.isEmpty ? name : "\(displayPrefix)/\(name)" }
        // What is not a plain readable file, or a link leading out of the folder, is an error
        // naming it, and is never opened (a FIFO would block the build).
        let checked = ContentEntry.check(listed, in: folder, display: display)
        var diagnostics = checked.diagnostics
        let documentFiles = checked.files.filter { !$0.isSidecar }
        guard !documentFiles.isEmpty || !diagnostics.isEmpty else {
            throw BuildError.environment("\(displayPrefix): the content folder holds no documents")
        }
        // Names are compared after NFC normalisation (Swift's own string comparison would also
        // match them, but silently and for several documents at once): a sidecar written in
        // NFD belongs to its NFC document, and of two documents whose names differ only in
        // normalisation, the second is an error and reads no sidecar. Of two sidecars of one
        // document, the last by name is taken.
        var sidecarsByStem: [ContentEntry.NameKey: ContentEntry.File] = [:]
        for file in checked.files where file.isSidecar {
            sidecarsByStem[file.normalisedStem] = file
        }
        func entry(_ file: ContentEntry.File) -> ScannedFile {
            ScannedFile(folder: folder, name: file.name, path: display(file.name), signature: file.signature)
        }
        let (unique, clashes) = ContentEntry.normalisationClashes(documentFiles, display: display)
        var documents: [ScannedDocument] = []
        documents.reserveCapacity(unique.count)
        for file in unique {
            documents.append(ScannedDocument(stem: file.stem, file: entry(file), sidecar: sidecarsByStem[file.normalisedStem].map(entry)))
        }
        diagnostics += clashes
        let stems = Set(documentFiles.map(\.normalisedStem))
        for (stem, sidecar) in sidecarsByStem.sorted(by: { $0.value.name < $1.value.name }) where !stems.contains(stem) {
            guard !reservedDataFiles.contains(sidecar.stem) else { continue }
            diagnostics.append(.warning(
                .orphanSidecar, "sidecar has no document named \(sidecar.stem).* beside it", at: SourceLocation(file: display(sidecar.name), line: 0, column: 0)))
        }
        return ContentScan(documents: documents, diagnostics: diagnostics)
    }

    /// Reads a scanned document and its sidecar.
    public static func read(_ document: ScannedDocument) throws -> ContentFile {
        let bytes = try readDocumentBytes(document.file.systemPath, display: document.file.path)
        let sidecar = try document.sidecar.map {
            ContentFile.SidecarFile(path: $0.path, bytes: try readDocumentBytes($0.systemPath, display: $0.path))
        }
        return ContentFile(path: document.file.path, stem: document.stem, bytes: bytes, sidecar: sidecar)
    }

    /// Reads one document file and the sidecar beside it (`name.yml` or `name.yaml`), for `parse`.
    public static func loadFile(_ url: URL, displayPath: String) throws -> ContentFile {
        let bytes = try readBytes(url, display: displayPath)
        let stem = url.deletingPathExtension().lastPathComponent
        var sidecar: ContentFile.SidecarFile?
        for ext in ["yml", "yaml"] {
            let sidecarURL = url.deletingPathExtension().appendingPathExtension(ext)
            guard FileManager.default.fileExists(atPath: sidecarURL.path), sidecarURL != url else { continue }
            let sidecarPath = (displayPath as NSString).deletingPathExtension + ".\(ext)"
            sidecar = ContentFile.SidecarFile(path: sidecarPath, bytes: try readBytes(sidecarURL, display: sidecarPath))
            break
        }
        return ContentFile(path: displayPath, stem: stem, bytes: bytes, sidecar: sidecar)
    }

    /// Reads every file in the templates folder (and its `assets/` subfolder) as text.
    public static func loadTemplates(directory: URL, displayPrefix: String) throws -> [String: TemplateSource] {
        var result: [String: TemplateSource] = [:]
        for name in try listFiles(directory, what: "templates folder") {
            let path = "\(displayPrefix)/\(name)"
            let bytes = try readBytes(directory.appendingPathComponent(name), display: path)
            result[name] = TemplateSource(name: name, path: path, text: String(decoding: bytes, as: UTF8.self))
        }
        let assets = directory.appendingPathComponent("assets")
        if FileManager.default.fileExists(atPath: assets.path) {
            for name in try listFiles(assets, what: "templates assets folder") {
                let path = "\(displayPrefix)/assets/\(name)"
                let bytes = try readBytes(assets.appendingPathComponent(name), display: path)
                result["assets/\(name)"] = TemplateSource(name: "assets/\(name)", path: path, text: String(decoding: bytes, as: UTF8.self))
            }
        }
        return result
    }

    /// The topic glossary, `topics.yml` (or `topics.yaml`) in `contentDirectory`, as text; nil when there is none.
    public static func loadGlossary(contentDirectory: URL, displayPrefix: String) throws -> (text: GlossaryText?, diagnostics: [Diagnostic]) {
        for ext in ["yml", "yaml"] {
            let name = "topics.\(ext)"
            let url = contentDirectory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let path = displayPrefix.isEmpty ? name : "\(displayPrefix)/\(name)"
            let decoded = TextDecoder.decode(try readBytes(url, display: path), path: path)
            return (decoded.text.map { GlossaryText(path: path, text: $0) }, decoded.diagnostics)
        }
        return (nil, [])
    }

    /// Data files in `Content/` that are not sidecars of a document.
    static let reservedDataFiles: Set<String> = ["topics"]
}

/// A document or sidecar that could not be read: an `unreadable-file` error, not a failed build.
public struct UnreadableFile: Error, Sendable {
    public var path: String
    public var reason: String

    public var diagnostic: Diagnostic {
        .error(.unreadableFile, "cannot read the file: \(reason)", at: SourceLocation(file: path, line: 1, column: 1))
    }
}

/// The documents in the content folder, not yet read.
public struct ContentScan: Sendable {
    public var documents: [ScannedDocument]
    /// Sidecars without a document.
    public var diagnostics: [Diagnostic]
}

/// A document file and its sidecar, as listed.
public struct ScannedDocument: Sendable, Hashable {
    public var stem: String
    public var file: ScannedFile
    public var sidecar: ScannedFile?
}

/// A file's place, display path, and what tells whether it changed.
public struct ScannedFile: Sendable, Hashable {
    /// The content folder's path, as the file system knows it.
    var folder: String
    /// The file's name in it.
    var name: String
    /// The path the file system knows it by; made when the file is read (a rebuild reads few).
    public var systemPath: String { folder + "/" + name }
    /// The display path, e.g. `Content/fiche-10.txt`.
    public var path: String
    public var signature: FileSignature
}

/// What `ContentLoader.load` found.
public struct LoadedContent: Sendable {
    public var files: [ContentFile]
    public var diagnostics: [Diagnostic]
}

/// One document file as read from disk, before decoding.
public struct ContentFile: Sendable, Hashable {
    /// The display path, e.g. `Content/fiche-10.txt`.
    public var path: String
    /// The file name without its extension.
    public var stem: String
    public var bytes: [UInt8]
    public var sidecar: SidecarFile?

    /// A sidecar as read; like its document, it is decoded when ingested.
    public struct SidecarFile: Sendable, Hashable {
        public var path: String
        public var bytes: [UInt8]
    }

    public init(path: String, stem: String, bytes: [UInt8], sidecar: SidecarFile? = nil) {
        self.path = path
        self.stem = stem
        self.bytes = bytes
        self.sidecar = sidecar
    }
}

/// The glossary file's text and display path, e.g. `Content/topics.yml`.
public struct GlossaryText: Sendable, Hashable {
    public var path: String
    public var text: String
}

/// A template or asset file.
public struct TemplateSource: Sendable, Hashable {
    /// The name relative to the templates folder, e.g. `fiche.md` or `assets/search.js`.
    public var name: String
    /// The display path, e.g. `Templates/fiche.md`.
    public var path: String
    public var text: String
}

private extension ContentLoader {
    /// The names in `directory` that are not hidden and not folders (or links to folders), sorted.
    static func listFiles(_ directory: URL, what: String) throws -> [String] {
        try listNames(directory, what: what).filter { name in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }
    }

    /// The names in `directory` that are not hidden, sorted, folders among them.
    static func listNames(_ directory: URL, what: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw BuildError.environment("\(directory.path): the \(what) does not exist")
        }
        guard isDirectory.boolValue else {
            throw BuildError.environment("\(directory.path): the \(what) is not a folder")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw BuildError.environment("\(directory.path): cannot read the \(what): \(error.localizedDescription)")
        }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func readBytes(_ url: URL, display: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BuildError.environment("\(display): cannot read the file")
        }
        return [UInt8](data)
    }

    /// A document's or sidecar's bytes; opened without blocking and checked to be a regular file,
    /// in case it was swapped for a FIFO or a device after the scan.
    static func readDocumentBytes(_ path: String, display: String) throws -> [UInt8] {
        let failure = { UnreadableFile(path: display, reason: String(cString: strerror(errno))) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure() }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw UnreadableFile(path: display, reason: "not a regular file")
        }
        guard let bytes = readAll(descriptor, size: Int(info.st_size)) else { throw failure() }
        return bytes
    }
}

extension ContentLoader {
    /// Everything left to read from `descriptor`, read straight into one buffer of the file's
    /// `size` (and more, should it grow meanwhile); nil on a read error. `atMost` reads only the
    /// next `size` bytes, fewer at the end of the file.
    static func readAll(_ descriptor: Int32, size: Int, atMost: Bool = false) -> [UInt8]? {
        var bytes: [UInt8] = []
        var capacity = max(size, 0) + (atMost ? 0 : 1)
        while true {
            let start = bytes.count
            var failed = false
            // One more byte than the size, so that reaching the end needs no second buffer.
            bytes.append(contentsOf: repeatElement(0, count: capacity - start))
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                var filled = start
                while filled < buffer.count {
                    let count = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                    if count < 0 && errno == EINTR { continue }
                    if count < 0 { failed = true }
                    if count <= 0 { break }
                    filled += count
                }
                return filled
            }
            if failed { return nil }
            if count < capacity || atMost {
                bytes.removeSubrange(count...)
                return bytes
            }
            capacity *= 2
        }
    }
}
