/// `data/archive.json`: documents, Kamerstukken with backlinks, dossiers. Every list is sorted, so
/// the export is deterministic. (Each document's own JSON is written by its render job.)
enum ArchiveExport {
    static let archivePath = "data/archive.json"

    static func files(_ archive: Archive) -> [SiteFile] {
        [SiteFile(path: archivePath, contents: JSONOutput.string(ArchivePayload(archive)))]
    }
}

private struct ArchivePayload: Encodable {
    let documents: [DocumentRow]
    let kamerstukken: [KamerstukRow]
    let dossiers: [DossierRow]
    let topics: [TopicRow]

    init(_ archive: Archive) {
        topics = archive.topics.entries.map(TopicRow.init)
        documents = archive.documents.sorted { $0.id < $1.id }.map {
            DocumentRow(id: $0.id, kind: $0.kind.rawValue, title: $0.title, date: $0.date, page: Permalinks.document($0.id))
        }
        kamerstukken = archive.kamerstukken.map { entry in
            KamerstukRow(
                dossier: entry.number.dossier, ondernummer: entry.number.ondernummer, officialUrl: entry.officialURL,
                page: entry.page, document: entry.document,
                citedBy: entry.citedBy.map { CitedByRow(document: $0.document, footnote: $0.footnote, page: $0.page) })
        }
        dossiers = archive.dossiers.map {
            DossierRow(number: $0.number, title: $0.title, page: $0.page, documents: $0.documents, kamerstukken: $0.kamerstukken.map(\.ondernummer))
        }
    }
}

private struct DocumentRow: Encodable {
    let id, kind, title: String
    let date: String?
    let page: String

    enum Keys: String, CodingKey { case id, kind, title, date, page }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id); try c.encode(kind, forKey: .kind); try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date); try c.encode(page, forKey: .page)
    }
}

private struct KamerstukRow: Encodable {
    let dossier, ondernummer, officialUrl, page: String
    let document: String?
    let citedBy: [CitedByRow]

    enum Keys: String, CodingKey { case dossier, ondernummer, officialUrl, page, document, citedBy }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(dossier, forKey: .dossier); try c.encode(ondernummer, forKey: .ondernummer)
        try c.encode(officialUrl, forKey: .officialUrl); try c.encode(page, forKey: .page)
        try c.encode(document, forKey: .document); try c.encode(citedBy, forKey: .citedBy)
    }
}

private struct CitedByRow: Encodable {
    let document: String
    let footnote: Int?
    let page: String

    enum Keys: String, CodingKey { case document, footnote, page }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(document, forKey: .document); try c.encode(footnote, forKey: .footnote); try c.encode(page, forKey: .page)
    }
}

private struct DossierRow: Encodable {
    let number: String
    let title: String?
    let page: String
    let documents: [String]
    let kamerstukken: [String]

    enum Keys: String, CodingKey { case number, title, page, documents, kamerstukken }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(number, forKey: .number); try c.encode(title, forKey: .title); try c.encode(page, forKey: .page)
        try c.encode(documents, forKey: .documents); try c.encode(kamerstukken, forKey: .kamerstukken)
    }
}
