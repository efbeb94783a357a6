import Foundation

/// The public JSON form of one document (`kamerarchief parse FILE --json` and
/// `data/documenten/<id>.json`). Field names are a contract documented in the README.
public enum DocumentJSON {
    /// `pretty` indents it, for people reading `parse --json` in a terminal.
    public static func encode(_ document: Document, pretty: Bool = false) -> String {
        var json = JSONWriter(pretty: pretty, capacity: 4096)
        json.document(document)
        return json.text
    }

    /// `data/documenten/<id>.json`.
    static func file(_ document: Document) -> SiteFile {
        var json = JSONWriter(capacity: Document.encodedSizeHint)
        json.document(document)
        return SiteFile(path: Permalinks.documentJSON(document.id), utf8: json.finish())
    }
}

/// The writer of `DocumentJSON`: each object's keys in byte order, optional fields as `null`
/// unless noted ("left out when …").
private extension JSONWriter {
    mutating func document(_ document: Document) {
        object { json in
            let paragraphs = document.bodyParagraphs
            json.key("citations")
            json.array(paragraphs.lazy.flatMap(\.citations)) { $0.citation($1) }
            json.field("date", document.date)
            json.key("footnotes")
            json.array(document.footnotes) { json, note in
                json.object { json in
                    json.key("citations")
                    json.array(note.citations) { $0.citation($1) }
                    json.field("number", note.number)
                    json.field("text", note.text)
                }
            }
            json.field("format", document.format.rawValue)
            json.field("id", document.id)
            json.field("kind", document.kind.rawValue)
            json.key("metadata")
            json.metadata(document.metadata)
            json.key("noteRefs")
            json.array(paragraphs) { json, paragraph in
                for (ref, before) in zip(paragraph.noteRefs, paragraph.textBeforeNoteRefs()) {
                    json.object { json in
                        json.field("before", before)
                        json.field("column", ref.location.column)
                        json.field("footnote", ref.footnote)
                        json.field("line", ref.location.line)
                    }
                }
            }
            json.key("pillars")
            json.array(document.pillars) { json, pillar in
                json.object { json in
                    json.key("actions")
                    json.array(pillar.actions) { json, action in
                        json.object { json in
                            json.field("number", action.number)
                            json.field("text", action.paragraphs.joinedText)
                            json.field("title", action.title)
                        }
                    }
                    json.field("number", pillar.number)
                    json.field("position", pillar.position.joinedText)
                    json.field("text", pillar.text.joinedText)
                    json.field("title", pillar.title)
                }
            }
            json.key("sections")
            json.array(document.sections) { $0.section($1) }
            json.field("source", document.source)
            json.field("title", document.title)
        }
    }

    mutating func metadata(_ m: DocumentMetadata) {
        object { json in
            json.field("bijgewerkt", m.bijgewerkt)
            json.field("datum", m.datum)
            json.field("dossier", m.kamerstuk?.dossier)
            json.field("dossierTitle", m.dossierTitle)
            json.field("ficheNumber", m.ficheNumber)
            json.key("fields")
            json.fields(m.fields)
            json.field("indieners", m.indieners)
            json.field("kenmerk", m.kenmerk)
            json.field("ministerie", m.ministerie)
            json.field("nummer", m.nummer)
            json.field("ondernummer", m.kamerstuk?.ondernummer)
            json.key("ondertekening")
            json.array(m.ondertekening) { json, signer in
                json.object { json in
                    // Left out when not printed.
                    if let functie = signer.functie { json.field("functie", functie) }
                    json.field("naam", signer.naam)
                }
            }
            json.key("related")
            json.fields(m.related)
            json.field("vergaderjaar", m.vergaderjaar)
            json.field("versie", m.versie)
            json.field("zaak", m.zaak)
        }
    }

    mutating func fields(_ fields: [Field]) {
        array(fields) { json, field in
            json.object { json in
                json.field("label", field.label)
                json.field("value", field.value)
            }
        }
    }

    /// A section; its `role` is left out when it has none.
    mutating func section(_ section: Section) {
        object { json in
            json.field("id", section.id)
            json.key("paragraphs")
            json.array(section.paragraphs) { $0.paragraph($1) }
            if let role = section.role { json.field("role", role.rawValue) }
            json.key("subsections")
            json.array(section.subsections) { $0.section($1) }
            json.field("title", section.title)
        }
    }

    /// A paragraph; `emphasis`, `listLabel` and `table` are left out when it has none.
    mutating func paragraph(_ paragraph: Paragraph) {
        object { json in
            json.field("column", paragraph.location.column)
            if !paragraph.emphasis.isEmpty {
                json.key("emphasis")
                json.array(paragraph.emphasis) { json, range in
                    json.object { json in
                        json.field("length", range.length)
                        json.field("offset", range.offset)
                    }
                }
            }
            json.field("line", paragraph.location.line)
            if let label = paragraph.listLabel { json.field("listLabel", label) }
            if let table = paragraph.table {
                json.key("table")
                json.object { json in
                    json.field("headerRows", table.headerRows)
                    json.key("rows")
                    json.array(table.rows) { $0.strings($1) }
                }
            }
            json.field("text", paragraph.text)
        }
    }
}

extension JSONWriter {
    /// A citation with every identity field present (null when it does not apply).
    mutating func citation(_ citation: Citation) {
        object { json in
            json.field("dossier", citation.dossier)
            json.field("item", citation.item)
            json.field("kamer", citation.kamer)
            json.field("kind", citation.kind.rawValue)
            json.field("number", citation.number)
            json.field("ondernummer", citation.ondernummer)
            json.field("text", citation.text)
            json.field("url", citation.url)
            json.field("vergaderjaar", citation.vergaderjaar)
            json.field("year", citation.year)
        }
    }
}

extension [Paragraph] {
    /// Paragraph texts separated by a blank line; list items keep their label.
    var joinedText: String {
        map { paragraph in paragraph.listLabel.map { "\($0) \(paragraph.text)" } ?? paragraph.text }.joined(separator: "\n\n")
    }
}
