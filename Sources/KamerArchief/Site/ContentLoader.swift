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
    /// file: enough to tell which sources changed since the last build.
    public static func scan(contentDirectory: URL, displayPrefix: String) throws -> ContentScan {
        let names = try listFiles(contentDirectory, what: "content folder")
        let sidecarExtensions: Set<String> = ["yml", "yaml"]
        let isSidecar = { (name: String) in sidecarExtensions.contains((name as NSString).pathExtension.lowercased()) }
        let documentNames = names.filter { !isSidecar($0) }
        guard !documentNames.isEmpty else {
            throw BuildError.environment("\(displayPrefix): the content folder holds no documents")
        }
        var sidecarsByStem: [String: String] = [:]
        for name in names where isSidecar(name) {
            sidecarsByStem[(name as NSString).deletingPathExtension, default: name] = name
        }
        func entry(_ name: String) -> ScannedFile {
            let url = contentDirectory.appendingPathComponent(name)
            // stat(2) directly: FileManager's attribute dictionaries were a tenth of a rebuild.
            var info = stat()
            let found = stat(url.path, &info) == 0
            return ScannedFile(
                url: url, path: displayPrefix.isEmpty ? name : "\(displayPrefix)/\(name)",
                size: found ? Int(info.st_size) : -1,
                modified: found ? Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9 : -1)
        }
        var documents: [ScannedDocument] = []
        for name in documentNames {
            let stem = (name as NSString).deletingPathExtension
            documents.append(ScannedDocument(stem: stem, file: entry(name), sidecar: sidecarsByStem[stem].map(entry)))
        }
        let stems = Set(documentNames.map { ($0 as NSString).deletingPathExtension })
        var diagnostics: [Diagnostic] = []
        for (stem, name) in sidecarsByStem.sorted(by: { $0.key < $1.key }) where !stems.contains(stem) && !reservedDataFiles.contains(stem) {
            let path = displayPrefix.isEmpty ? name : "\(displayPrefix)/\(name)"
            diagnostics.append(.warning(
                .orphanSidecar, "sidecar has no document named \(stem).* beside it", at: SourceLocation(file: path, line: 0, column: 0)))
        }
        return ContentScan(documents: documents, diagnostics: diagnostics)
    }

    /// Reads a scanned document and its sidecar.
    public static func read(_ document: ScannedDocument) throws -> ContentFile {
        let bytes = try readBytes(document.file.url, display: document.file.path)
        let sidecar = try document.sidecar.map {
            ContentFile.SidecarFile(path: $0.path, bytes: try readBytes($0.url, display: $0.path))
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

/// A file's place, display path, size and modification time.
public struct ScannedFile: Sendable, Hashable {
    public var url: URL
    public var path: String
    public var size: Int
    /// Seconds since 1970.
    public var modified: Double
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
    static func listFiles(_ directory: URL, what: String) throws -> [String] {
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
        return names.filter { name in
            guard !name.hasPrefix(".") else { return false }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }.sorted()
    }

    static func readBytes(_ url: URL, display: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BuildError.environment("\(display): cannot read the file")
        }
        return [UInt8](data)
    }
}
