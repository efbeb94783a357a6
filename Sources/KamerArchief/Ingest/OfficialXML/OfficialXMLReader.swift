/// Reads an official publication XML file (`kst-….xml`) into a document with
/// `format: .officielePublicatie`, for both the modern `officiele-publicatie` form and the older
/// `kamerwrk` form.
///
/// libxml2 parses (SAX2, in one pass); the form's tag table gives each element a role; one builder
/// turns roles into sections, paragraphs, notes, citations and metadata. A document that is not
/// well-formed XML, or that uses entities, is rejected with errors at `file:line:col`.
public enum OfficialXMLReader {
    public static func read(_ bytes: [UInt8], path: String, id: String) -> (document: Document?, diagnostics: [Diagnostic]) {
        let lines = XMLLineIndex(bytes: bytes, path: path)
        guard let root = rootElement(bytes), let form = XMLForm(root: root) else {
            let found = rootElement(bytes).map { "<\($0)>" } ?? "no root element"
            return (nil, [.error(
                .unknownFormat, "XML with \(found); known roots are <officiele-publicatie>, <kamerwrk> and <vlosCoreDocument>",
                at: SourceLocation(file: path, line: 0, column: 0))])
        }
        let builder = XMLDocumentBuilder(form: form, lines: lines)
        let problems = XMLSAXParser.parse(bytes, handler: builder)
        let syntax = problems.map { problem in
            Diagnostic(
                problem.isError ? .error : .warning, problem.isUndefinedEntity ? .xmlEntity : .xmlSyntax,
                problem.isUndefinedEntity ? problem.message + "; entities declared in a DTD are never loaded or expanded" : problem.message,
                at: SourceLocation(file: path, line: problem.line, column: problem.column))
        }
        // libxml2 and the builder may both report one undefined entity; say it once.
        let own = builder.diagnostics.filter { diagnostic in
            !(diagnostic.code == .xmlEntity && syntax.contains { $0.code == .xmlEntity && $0.location == diagnostic.location })
        }
        guard !problems.contains(where: \.isError), own.errorCount == 0 else { return (nil, syntax + own) }
        let built = builder.document(id: id)
        return (built.document, syntax + built.diagnostics)
    }

    /// The name of the root element when `bytes` look like XML (after an optional BOM and white
    /// space, a `<`), skipping the XML declaration, comments, processing instructions and a
    /// DOCTYPE; nil for anything else.
    public static func rootElement(_ bytes: [UInt8]) -> String? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while true {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
            guard index + 1 < bytes.count, bytes[index] == 0x3C else { return nil }
            let next = bytes[index + 1]
            if next == 0x3F {
                guard let end = find([0x3F, 0x3E], in: bytes, from: index + 2) else { return nil }
                index = end + 2
            } else if bytes[index...].starts(with: Array("<!--".utf8)) {
                guard let end = find(Array("-->".utf8), in: bytes, from: index + 4) else { return nil }
                index = end + 3
            } else if next == 0x21 {
                guard let end = endOfDeclaration(bytes, from: index + 2) else { return nil }
                index = end + 1
            } else {
                var end = index + 1
                while end < bytes.count, !([0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F] as [UInt8]).contains(bytes[end]) { end += 1 }
                guard end > index + 1 else { return nil }
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                // A namespace prefix is not part of the form's name.
                return name.split(separator: ":").last.map(String.init)
            }
        }
    }
}

private extension OfficialXMLReader {
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return CharacterBytes.firstIndex(of: needle, in: bytes, from: start)
    }

    /// The `>` that ends a `<!DOCTYPE …>`, past an internal subset in brackets.
    static func endOfDeclaration(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var quote: UInt8?
        for index in start..<bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x5B {
                depth += 1
            } else if byte == 0x5D {
                depth -= 1
            } else if byte == 0x3E, depth <= 0 {
                return index
            }
        }
        return nil
    }
}
