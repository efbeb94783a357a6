/// The cache's binary forms of the summary types, field by field in declaration order.
extension SourceLocation: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.name(file)
        writer.int(line)
        writer.int(column)
    }

    init(from reader: inout ByteReader) throws {
        self.init(file: try reader.name(), line: try reader.int(), column: try reader.int())
    }
}

extension TextRange: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.int(offset)
        writer.int(length)
    }

    init(from reader: inout ByteReader) throws {
        self.init(offset: try reader.int(), length: try reader.int())
    }
}

extension KamerstukNumber: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(dossier)
        writer.string(ondernummer)
    }

    init(from reader: inout ByteReader) throws {
        self.init(dossier: try reader.string(), ondernummer: try reader.string())
    }
}

/// A place's page and text are written as two lengths and their bytes, never shared with other
/// strings, so that a place read back keeps them as bytes (`CitingPlace.Words`).
extension CitingPlace: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(document)
        writer.optional(footnote) { $0.int($1) }
        switch words {
        case .strings(var page, var text):
            page.withUTF8 { page in
                text.withUTF8 { text in
                    writer.int(page.count)
                    writer.int(text.count)
                    writer.raw(page)
                    writer.raw(text)
                }
            }
        case .utf8(let bytes, let pageCount):
            writer.int(pageCount)
            writer.int(bytes.count - pageCount)
            bytes.withUnsafeBufferPointer { writer.raw($0) }
        }
        writer.value(location)
    }

    init(from reader: inout ByteReader) throws {
        let document = try reader.string(), footnote = try reader.optional { try $0.int() }
        let pageCount = try reader.int(), textCount = try reader.int()
        let (count, overflow) = pageCount.addingReportingOverflow(textCount)
        guard pageCount >= 0, textCount >= 0, !overflow else { throw ByteReader.Malformed() }
        let words = try reader.slice(count: count)
        self.init(document: document, footnote: footnote, words: .utf8(words, pageCount: pageCount), location: try reader.value())
    }
}

extension CitedKamerstuk: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.value(number)
        writer.string(url)
        writer.value(place)
    }

    init(from reader: inout ByteReader) throws {
        self.init(number: try reader.value(), url: try reader.string(), place: try reader.value())
    }
}

extension TopicMention: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        for text in [topic, document, page, scope, text, snippet] { writer.string(text) }
        writer.value(snippetRange)
        writer.value(location)
        writer.int(offset)
    }

    init(from reader: inout ByteReader) throws {
        self.init(
            topic: try reader.string(), document: try reader.string(), page: try reader.string(), scope: try reader.string(),
            text: try reader.string(), snippet: try reader.string(), snippetRange: try reader.value(),
            location: try reader.value(), offset: try reader.int())
    }
}

extension TopicAmount: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        for text in [topic, document, page, text] { writer.string(text) }
        writer.int(euros)
        writer.string(sentence)
        writer.value(location)
        writer.int(offset)
    }

    init(from reader: inout ByteReader) throws {
        self.init(
            topic: try reader.string(), document: try reader.string(), page: try reader.string(), text: try reader.string(),
            euros: try reader.int(), sentence: try reader.string(), location: try reader.value(), offset: try reader.int())
    }
}

extension DutchDate: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(iso)
        writer.string(text)
        writer.value(range)
    }

    init(from reader: inout ByteReader) throws {
        self.init(iso: try reader.string(), text: try reader.string(), range: try reader.value())
    }
}

extension DatedStatement: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.value(date)
        for text in [document, page, sentence] { writer.string(text) }
        writer.array(topics) { $0.string($1) }
        writer.value(location)
    }

    init(from reader: inout ByteReader) throws {
        self.init(
            date: try reader.value(), document: try reader.string(), page: try reader.string(), sentence: try reader.string(),
            topics: try reader.array { try $0.string() }, location: try reader.value())
    }
}

extension DocumentTopics: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.values(mentions)
        writer.values(amounts)
        writer.values(statements)
    }

    init(from reader: inout ByteReader) throws {
        self.init()
        mentions = try reader.values()
        amounts = try reader.values()
        statements = try reader.values()
    }
}

extension DocumentSummary: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(id)
        writer.string(kind.rawValue)
        writer.string(format.rawValue)
        writer.string(title)
        writer.optional(date) { $0.string($1) }
        writer.string(label)
        writer.optional(kamerstuk) { $0.value($1) }
        writer.optional(dossierTitle) { $0.string($1) }
        writer.values(citations)
        writer.array(pillarPages) { writer, pillar in
            writer.int(pillar.number)
            writer.array(pillar.actions) { $0.int($1) }
        }
        writer.value(topics)
        writer.optional(publication) { $0.string($1) }
        writer.array(citedPublications) { $0.string($1) }
    }

    init(from reader: inout ByteReader) throws {
        let id = try reader.string()
        guard let kind = DocumentKind(rawValue: try reader.string()),
            let format = SourceFormat(rawValue: try reader.string())
        else { throw ByteReader.Malformed() }
        self.init(
            id: id, kind: kind, format: format, title: try reader.string(), date: try reader.optional { try $0.string() },
            label: try reader.string(), kamerstuk: try reader.optional { try $0.value() },
            dossierTitle: try reader.optional { try $0.string() }, citations: try reader.values(),
            pillarPages: try reader.array { reader in PillarPages(number: try reader.int(), actions: try reader.array { try $0.int() }) },
            topics: try reader.value(), publication: try reader.optional { try $0.string() }, citedPublications: try reader.array { try $0.string() })
    }
}

extension DocumentSummary {
    /// A hash of every field: of the summary's bytes as the build cache stores it. What render
    /// jobs that show other documents' summaries are keyed on (`SiteRenderer.jobs`).
    var contentHash: UInt64 {
        var writer = ByteWriter()
        writer.value(self)
        var hash = ContentHash()
        hash.combine(bytes: writer.bytes)
        return hash.value
    }
}

extension Diagnostic: BinaryCodable {
    func write(to writer: inout ByteWriter) {
        writer.string(severity.rawValue)
        writer.string(code.rawValue)
        writer.string(message)
        writer.value(location)
    }

    init(from reader: inout ByteReader) throws {
        guard let severity = Severity(rawValue: try reader.string()) else { throw ByteReader.Malformed() }
        self.init(severity, DiagnosticCode(try reader.string()), try reader.string(), at: try reader.value())
    }
}
