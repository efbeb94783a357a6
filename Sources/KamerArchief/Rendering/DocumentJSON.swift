import Foundation

/// The public JSON form of one document (`kamerarchief parse FILE --json` and
/// `data/documenten/<id>.json`). Field names are a contract documented in the README.
public enum DocumentJSON {
    /// `pretty` indents it, for people reading `parse --json` in a terminal.
    public static func encode(_ document: Document, pretty: Bool = false) -> String {
        JSONOutput.string(DocumentPayload(document), pretty: pretty)
    }
}

/// Deterministic JSON: sorted keys, no escaped slashes, no indentation, final newline. The data
/// files are read by programs; indentation made them about a third larger (`jq .` shows them
/// indented).
enum JSONOutput {
    static func string<T: Encodable>(_ value: T, pretty: Bool = false) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

private struct DocumentPayload: Encodable {
    let document: Document

    init(_ document: Document) { self.document = document }

    enum Keys: String, CodingKey {
        case kind, format, id, title, date, source, metadata, sections, pillars, footnotes, noteRefs, citations
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(document.kind.rawValue, forKey: .kind)
        try container.encode(document.format.rawValue, forKey: .format)
        try container.encode(document.id, forKey: .id)
        try container.encode(document.title, forKey: .title)
        try container.encode(document.date, forKey: .date)
        try container.encode(document.source, forKey: .source)
        try container.encode(MetadataPayload(document.metadata), forKey: .metadata)
        try container.encode(document.sections.map(SectionPayload.init), forKey: .sections)
        try container.encode(document.pillars.map(PillarPayload.init), forKey: .pillars)
        try container.encode(document.footnotes.map(FootnotePayload.init), forKey: .footnotes)
        let paragraphs = document.bodyParagraphs
        try container.encode(paragraphs.flatMap { paragraph in
            zip(paragraph.noteRefs, paragraph.textBeforeNoteRefs()).map { NoteRefPayload(ref: $0, before: $1) }
        }, forKey: .noteRefs)
        try container.encode(paragraphs.flatMap { paragraph in paragraph.citations.map { CitationPayload($0) } }, forKey: .citations)
    }
}

private struct MetadataPayload: Encodable {
    let nummer, datum, bijgewerkt, versie, zaak, dossier, ondernummer, dossierTitle: String?
    let ficheNumber: Int?
    let fields, related: [FieldPayload]
    let vergaderjaar, kenmerk, ministerie: String?
    let ondertekening: [Signer]
    let indieners: [String]

    init(_ m: DocumentMetadata) {
        nummer = m.nummer; datum = m.datum; bijgewerkt = m.bijgewerkt; versie = m.versie; zaak = m.zaak
        dossier = m.kamerstuk?.dossier; ondernummer = m.kamerstuk?.ondernummer; dossierTitle = m.dossierTitle
        ficheNumber = m.ficheNumber
        fields = m.fields.map(FieldPayload.init); related = m.related.map(FieldPayload.init)
        vergaderjaar = m.vergaderjaar; kenmerk = m.kenmerk; ministerie = m.ministerie
        ondertekening = m.ondertekening; indieners = m.indieners
    }

    enum Keys: String, CodingKey {
        case nummer, datum, bijgewerkt, versie, zaak, dossier, ondernummer, dossierTitle, ficheNumber, fields, related
        case vergaderjaar, kenmerk, ministerie, ondertekening, indieners
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(nummer, forKey: .nummer); try c.encode(datum, forKey: .datum)
        try c.encode(bijgewerkt, forKey: .bijgewerkt); try c.encode(versie, forKey: .versie)
        try c.encode(zaak, forKey: .zaak); try c.encode(dossier, forKey: .dossier)
        try c.encode(ondernummer, forKey: .ondernummer); try c.encode(dossierTitle, forKey: .dossierTitle)
        try c.encode(ficheNumber, forKey: .ficheNumber)
        try c.encode(fields, forKey: .fields); try c.encode(related, forKey: .related)
        try c.encode(vergaderjaar, forKey: .vergaderjaar); try c.encode(kenmerk, forKey: .kenmerk)
        try c.encode(ministerie, forKey: .ministerie)
        try c.encode(ondertekening, forKey: .ondertekening); try c.encode(indieners, forKey: .indieners)
    }
}

private struct FieldPayload: Encodable {
    let label, value: String
    init(_ field: Field) { label = field.label; value = field.value }
}

private struct ParagraphPayload: Encodable {
    let text: String
    let line, column: Int
    let listLabel: String?
    /// Left out when the paragraph has none, like `listLabel`.
    let emphasis: [TextRange]?
    let table: Table?

    init(_ paragraph: Paragraph) {
        text = paragraph.text; line = paragraph.location.line; column = paragraph.location.column
        listLabel = paragraph.listLabel
        emphasis = paragraph.emphasis.isEmpty ? nil : paragraph.emphasis
        table = paragraph.table
    }
}

private struct SectionPayload: Encodable {
    let id, title: String
    let role: String?
    let paragraphs: [ParagraphPayload]
    let subsections: [SectionPayload]

    init(_ section: Section) {
        id = section.id; title = section.title; role = section.role?.rawValue
        paragraphs = section.paragraphs.map(ParagraphPayload.init)
        subsections = section.subsections.map(SectionPayload.init)
    }
}

private struct PillarPayload: Encodable {
    let number: Int
    let title, text, position: String
    let actions: [ActionPayload]

    init(_ pillar: Pillar) {
        number = pillar.number; title = pillar.title
        text = pillar.text.joinedText; position = pillar.position.joinedText
        actions = pillar.actions.map(ActionPayload.init)
    }
}

private struct ActionPayload: Encodable {
    let number: Int
    let title, text: String

    init(_ action: Action) { number = action.number; title = action.title; text = action.paragraphs.joinedText }
}

private struct FootnotePayload: Encodable {
    let number: Int
    let text: String
    let citations: [CitationPayload]

    init(_ note: Footnote) { number = note.number; text = note.text; citations = note.citations.map(CitationPayload.init) }
}

private struct NoteRefPayload: Encodable {
    let footnote: Int
    let before: String
    let line, column: Int

    init(ref: NoteRef, before: String) {
        footnote = ref.footnote; self.before = before; line = ref.location.line; column = ref.location.column
    }
}

/// A citation with every identity field present (null when it does not apply).
struct CitationPayload: Encodable {
    let citation: Citation

    init(_ citation: Citation) { self.citation = citation }

    enum Keys: String, CodingKey { case kind, text, url, kamer, vergaderjaar, dossier, ondernummer, year, number, item }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(citation.kind.rawValue, forKey: .kind); try c.encode(citation.text, forKey: .text)
        try c.encode(citation.url, forKey: .url); try c.encode(citation.kamer, forKey: .kamer)
        try c.encode(citation.vergaderjaar, forKey: .vergaderjaar); try c.encode(citation.dossier, forKey: .dossier)
        try c.encode(citation.ondernummer, forKey: .ondernummer); try c.encode(citation.year, forKey: .year)
        try c.encode(citation.number, forKey: .number); try c.encode(citation.item, forKey: .item)
    }
}

extension [Paragraph] {
    /// Paragraph texts separated by a blank line; list items keep their label.
    var joinedText: String {
        map { paragraph in paragraph.listLabel.map { "\($0) \(paragraph.text)" } ?? paragraph.text }.joined(separator: "\n\n")
    }
}
