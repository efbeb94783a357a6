/// `data/archive.json`: documents, Kamerstukken with backlinks, dossiers and topics. Every list is
/// sorted, so the export is deterministic. (Each document's own JSON is written by its render job.)
///
/// It is a render job of its own (`RenderJob.Kind.export`). At 10,000 documents the file is 30 MB,
/// and a rebuild whose documents' summaries are the same as before (an edit of a document's text)
/// does not write it again: its key is made of the summaries' `contentHash`es (`SiteRenderer.jobs`).
enum ArchiveExport {
    static let archivePath = "data/archive.json"

    static func files(_ archive: Archive) -> [SiteFile] {
        var json = JSONWriter(capacity: 256 * archive.documents.count + 4096)
        json.archive(archive)
        return [SiteFile(path: archivePath, utf8: json.finish())]
    }
}

/// What `ArchiveExport` writes: each object's keys in byte order, optional fields as `null`.
private extension JSONWriter {
    mutating func archive(_ archive: Archive) {
        object { json in
            json.key("documents")
            json.array(archive.documentsByID) { json, document in
                json.object { json in
                    json.field("date", document.date)
                    json.field("id", document.id)
                    json.field("kind", document.kind.rawValue)
                    json.field("page", Permalinks.document(document.id))
                    json.field("title", document.title)
                }
            }
            json.key("dossiers")
            json.array(archive.dossiers) { json, dossier in
                json.object { json in
                    json.field("documents", dossier.documents)
                    json.field("kamerstukken", dossier.kamerstukken.map(\.ondernummer))
                    json.field("number", dossier.number)
                    json.field("page", dossier.page)
                    json.field("title", dossier.title)
                }
            }
            json.key("kamerstukken")
            json.array(archive.kamerstukken) { json, entry in
                json.object { json in
                    json.key("citedBy")
                    json.array(entry.citedBy) { json, place in
                        json.object { json in
                            json.field("document", place.document)
                            json.field("footnote", place.footnote)
                            json.field("page", place.page)
                        }
                    }
                    json.field("document", entry.document)
                    json.field("dossier", entry.number.dossier)
                    json.field("officialUrl", entry.officialURL)
                    json.field("ondernummer", entry.number.ondernummer)
                    json.field("page", entry.page)
                }
            }
            json.key("topics")
            json.array(archive.topics.entries) { $0.topic($1) }
        }
    }

    /// One glossary topic with its mentions and amounts.
    mutating func topic(_ entry: TopicEntry) {
        let topic = entry.topic
        object { json in
            json.field("aliases", topic.aliases)
            json.key("amounts")
            json.array(entry.amounts) { json, amount in
                json.object { json in
                    json.field("document", amount.document)
                    json.field("euros", amount.euros)
                    json.field("page", amount.page)
                    json.field("text", amount.text)
                }
            }
            json.field("description", topic.description)
            json.field("id", topic.id)
            json.field("kind", topic.kind.rawValue)
            json.key("mentions")
            json.array(entry.mentions) { json, mention in
                json.object { json in
                    json.field("document", mention.document)
                    json.field("page", mention.page)
                    json.field("snippet", mention.snippet)
                }
            }
            json.field("name", topic.name)
            json.field("page", Permalinks.topic(topic.id))
            json.field("url", topic.url)
        }
    }
}
