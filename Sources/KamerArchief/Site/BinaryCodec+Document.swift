/// The cache's binary form of a parsed document (`documents/<key>.bin`), field by field in
/// declaration order. A clean build writes one per source, so its coding must cost little next to
/// parsing; a rebuild reads one per document it renders again.
extension Document: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(id)
        writer.string(kind.rawValue)
        writer.string(format.rawValue)
        writer.string(title)
        writer.optionalString(date)
        // The path every location names again.
        writer.name(source)
        writer.value(metadata)
        writer.values(sections)
        let quotes = QuotedParagraphs(sections: sections, indexed: !pillars.isEmpty)
        writer.array(pillars) { $1.write(to: &$0, quotes: quotes) }
        writer.values(footnotes)
    }

    init(from reader: inout ByteReader) throws {
        let id = try reader.string(), kind: DocumentKind = try reader.raw(), format: SourceFormat = try reader.raw()
        let title = try reader.string(), date = try reader.optionalString(), source = try reader.name()
        let metadata: DocumentMetadata = try reader.value(), sections: [Section] = try reader.values()
        let quotes = QuotedParagraphs(sections: sections, indexed: false)
        self.init(
            id: id, kind: kind, format: format, title: title, date: date, source: source, metadata: metadata, sections: sections,
            pillars: try reader.array { try Pillar(from: &$0, quotes: quotes) }, footnotes: try reader.values())
    }
}

/// A fiche's pillars quote its sections' paragraphs (`ParagraphFragments`), a third of its file
/// written twice. A pillar's or action's paragraph equal to one of the sections' is written as
/// that paragraph's number in reading order (from 1), any other as 0 and the paragraph; read
/// back, a quote is the section's paragraph itself, shared as parsing left it.
struct QuotedParagraphs {
    /// The sections' paragraphs in reading order (`forEachParagraph`).
    private var paragraphs: [Paragraph] = []
    /// Each paragraph's index by where it starts, when writing (a paragraph at another's place
    /// with other content is written in full).
    private var places: [PlaceInFile: Int] = [:]

    /// `indexed` when paragraphs will be written (their places are needed only then).
    init(sections: [Section], indexed: Bool) {
        forEachParagraph(in: sections) { paragraphs.append($0) }
        guard indexed else { return }
        places.reserveCapacity(paragraphs.count)
        for (index, paragraph) in paragraphs.enumerated() { places[PlaceInFile(paragraph.location)] = index }
    }

    func write(_ list: [Paragraph], to writer: inout ByteWriter) {
        writer.array(list) { writer, paragraph in
            if let index = places[PlaceInFile(paragraph.location)], paragraphs[index] == paragraph {
                writer.int(index + 1)
            } else {
                writer.int(0)
                writer.value(paragraph)
            }
        }
    }

    func read(from reader: inout ByteReader) throws -> [Paragraph] {
        try reader.array { reader in
            let number = try reader.int()
            if number == 0 { return try reader.value() }
            guard number > 0, number <= paragraphs.count else { throw ByteReader.Malformed() }
            return paragraphs[number - 1]
        }
    }
}

extension DocumentMetadata: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        for text in [nummer, datum, bijgewerkt, versie, zaak] { writer.optionalString(text) }
        writer.optional(kamerstuk) { $0.value($1) }
        writer.optionalString(dossierTitle)
        writer.optional(ficheNumber) { $0.int($1) }
        writer.values(fields)
        writer.values(related)
        writer.optionalString(vergaderjaar)
        writer.values(ondertekening)
        writer.array(indieners) { $0.string($1) }
        writer.optionalString(kenmerk)
        writer.optionalString(ministerie)
    }

    init(from reader: inout ByteReader) throws {
        self.init(
            nummer: try reader.optionalString(), datum: try reader.optionalString(), bijgewerkt: try reader.optionalString(),
            versie: try reader.optionalString(), zaak: try reader.optionalString(), kamerstuk: try reader.optional { try $0.value() },
            dossierTitle: try reader.optionalString(), ficheNumber: try reader.optional { try $0.int() }, fields: try reader.values(),
            related: try reader.values(), vergaderjaar: try reader.optionalString(), ondertekening: try reader.values(),
            indieners: try reader.array { try $0.string() }, kenmerk: try reader.optionalString(), ministerie: try reader.optionalString())
    }
}

extension Field: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(label)
        writer.string(value)
        writer.value(location)
    }

    init(from reader: inout ByteReader) throws {
        self.init(label: try reader.string(), value: try reader.string(), location: try reader.value())
    }
}

extension Signer: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(naam)
        writer.optionalString(functie)
    }

    init(from reader: inout ByteReader) throws {
        self.init(naam: try reader.string(), functie: try reader.optionalString())
    }
}

extension Section: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(id)
        writer.string(title)
        writer.optionalString(role?.rawValue)
        writer.values(paragraphs)
        writer.values(subsections)
        writer.value(location)
    }

    init(from reader: inout ByteReader) throws {
        self.init(
            id: try reader.string(), title: try reader.string(), role: try reader.optional { try $0.raw() },
            paragraphs: try reader.values(), subsections: try reader.values(), location: try reader.value())
    }
}

extension Paragraph: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(text)
        writer.value(location)
        writer.optionalString(listLabel)
        writer.values(noteRefs)
        writer.values(citations)
        writer.values(emphasis)
        writer.optional(table) { $0.value($1) }
    }

    init(from reader: inout ByteReader) throws {
        self.init(
            text: try reader.string(), location: try reader.value(), listLabel: try reader.optionalString(),
            noteRefs: try reader.values(), citations: try reader.values(), emphasis: try reader.values(),
            table: try reader.optional { try $0.value() })
    }
}

extension Table: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.array(rows) { writer, row in writer.array(row) { $0.string($1) } }
        writer.int(headerRows)
    }

    init(from reader: inout ByteReader) throws {
        self.init(rows: try reader.array { try $0.array { try $0.string() } }, headerRows: try reader.int())
    }
}

extension NoteRef: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.int(footnote)
        writer.int(offset)
        writer.value(location)
    }

    init(from reader: inout ByteReader) throws {
        self.init(footnote: try reader.int(), offset: try reader.int(), location: try reader.value())
    }
}

extension Pillar {
    func write(to writer: inout ByteWriter, quotes: QuotedParagraphs) {
        writer.int(number)
        writer.string(title)
        quotes.write(text, to: &writer)
        quotes.write(position, to: &writer)
        writer.array(actions) { $1.write(to: &$0, quotes: quotes) }
        writer.value(location)
    }

    init(from reader: inout ByteReader, quotes: QuotedParagraphs) throws {
        self.init(
            number: try reader.int(), title: try reader.string(), text: try quotes.read(from: &reader),
            position: try quotes.read(from: &reader), actions: try reader.array { try Action(from: &$0, quotes: quotes) },
            location: try reader.value())
    }
}

extension Action {
    func write(to writer: inout ByteWriter, quotes: QuotedParagraphs) {
        writer.int(number)
        writer.string(title)
        quotes.write(paragraphs, to: &writer)
        writer.value(location)
    }

    init(from reader: inout ByteReader, quotes: QuotedParagraphs) throws {
        self.init(number: try reader.int(), title: try reader.string(), paragraphs: try quotes.read(from: &reader), location: try reader.value())
    }
}

extension Footnote: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.int(number)
        writer.string(text)
        writer.value(location)
        writer.values(citations)
    }

    init(from reader: inout ByteReader) throws {
        self.init(number: try reader.int(), text: try reader.string(), location: try reader.value(), citations: try reader.values())
    }
}

extension Citation: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(kind.rawValue)
        writer.string(text)
        writer.string(url)
        writer.value(range)
        for part in [kamer, vergaderjaar, dossier, ondernummer] { writer.optionalString(part) }
        writer.optional(year) { $0.int($1) }
        writer.optionalString(number)
        writer.optionalString(item)
    }

    init(from reader: inout ByteReader) throws {
        self.init(
            kind: try reader.raw(), text: try reader.string(), url: try reader.string(), range: try reader.value(),
            kamer: try reader.optionalString(), vergaderjaar: try reader.optionalString(), dossier: try reader.optionalString(),
            ondernummer: try reader.optionalString(), year: try reader.optional { try $0.int() }, number: try reader.optionalString(),
            item: try reader.optionalString())
    }
}

extension ByteWriter {
    mutating func optionalString(_ value: String?) { optional(value) { $0.string($1) } }
}

extension ByteReader {
    mutating func optionalString() throws -> String? { try optional { try $0.string() } }

    /// A value of a `String`-backed enum; an unknown raw value is malformed.
    mutating func raw<T: RawRepresentable>(_ type: T.Type = T.self) throws -> T where T.RawValue == String {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }
}
