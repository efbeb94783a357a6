import CLibXML2

/// Receives what the SAX parser reads, in document order.
///
/// Positions are byte offsets into the parsed bytes: an element's offset is that of its `<`.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: String, attributes: XMLAttributes, at byteOffset: Int)
    func endElement()
    /// A run of character data (entities already decoded), as UTF-8; one text may come in several runs.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// A reference to an entity that is not predefined and was not expanded.
    func entityReference(_ name: String, at byteOffset: Int)
    /// Whether the handler reads the byte offsets (finding one walks back from where libxml2 is);
    /// a handler that does not is given 0.
    var readsOffsets: Bool { get }
}

extension XMLEventHandler {
    var readsOffsets: Bool { true }
}

/// An element's attributes as libxml2's SAX2 interface hands them over, read only while its start
/// is reported: a value is decoded (`XMLAttributeValue`) when it is asked for, so that an element
/// whose attributes nobody reads costs no String and no dictionary.
struct XMLAttributes {
    /// Five pointers an attribute: local name, prefix, URI, value start, value end.
    fileprivate let pointers: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    fileprivate let count: Int

    /// The value of the attribute whose local name is `name`, nil when the element has none.
    subscript(name: String) -> String? {
        guard let pointers else { return nil }
        for index in 0..<count {
            let base = index * 5
            guard let local = pointers[base], let start = pointers[base + 3], let end = pointers[base + 4],
                  Self.equals(local, name) else { continue }
            return XMLAttributeValue.decode(UnsafeBufferPointer(start: start, count: end - start))
        }
        return nil
    }

    private static func equals(_ pointer: UnsafePointer<xmlChar>, _ name: String) -> Bool {
        var index = 0
        for byte in name.utf8 {
            guard pointer[index] == byte else { return false }
            index += 1
        }
        return pointer[index] == 0
    }
}

/// A problem libxml2 reported: a warning, or an error that makes the document not well-formed.
struct XMLParseProblem: Sendable, Hashable {
    var isError: Bool
    /// An entity that no declaration the parser may read defines (all but the predefined five).
    var isUndefinedEntity = false
    var message: String
    /// 1-based line and column (libxml2 counts columns in characters).
    var line: Int
    var column: Int
}

/// The one place that calls libxml2: a SAX2 parse of a byte buffer.
///
/// Options are chosen for untrusted input: `XML_PARSE_NONET` (no network), no `XML_PARSE_NOENT`
/// (entities are never substituted), no `XML_PARSE_DTDLOAD` or `XML_PARSE_DTDATTR` (an external DTD
/// is never read), and no `XML_PARSE_HUGE`, so libxml2's limits stay on (256 levels of nesting, 10 MB
/// per text node). The handler resolves no entity (`getEntity` answers none), so an entity
/// declared in an internal subset is "not defined" when used: billion-laughs and external-entity
/// documents fail with an error instead of expanding.
enum XMLSAXParser {
    /// Parses `bytes`, calling `handler`; returns libxml2's problems. Any error means the document
    /// is not well-formed and must be rejected.
    static func parse(_ bytes: [UInt8], handler: XMLEventHandler) -> [XMLParseProblem] {
        initialize
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else {
            return [XMLParseProblem(isError: true, message: "the document is empty or larger than 2 GB", line: 1, column: 1)]
        }
        let context = Context(handler: handler, bytes: bytes)
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                guard let parser = xmlCreateMemoryParserCtxt(chars, Int32(buffer.count)) else {
                    return [XMLParseProblem(isError: true, message: "libxml2 could not create a parser", line: 1, column: 1)]
                }
                defer {
                    if let document = parser.pointee.myDoc { xmlFreeDoc(document) }
                    xmlFreeParserCtxt(parser)
                }
                xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue))
                parser.pointee.sax.pointee = makeHandler()
                let unmanaged = Unmanaged.passRetained(context)
                defer { unmanaged.release() }
                parser.pointee.userData = unmanaged.toOpaque()
                context.parser = parser
                xmlParseDocument(parser)
                if parser.pointee.wellFormed == 0, !context.problems.contains(where: \.isError) {
                    context.problems.append(XMLParseProblem(isError: true, message: "the document is not well-formed XML", line: 1, column: 1))
                }
                return context.problems
            }
        }
    }
}

private extension XMLSAXParser {
    /// libxml2's global state, set up once before any thread parses.
    static let initialize: Void = { xmlInitParser() }()

    final class Context {
        let handler: XMLEventHandler
        let bytes: [UInt8]
        let readsOffsets: Bool
        var parser: xmlParserCtxtPtr?
        var problems: [XMLParseProblem] = []

        init(handler: XMLEventHandler, bytes: [UInt8]) {
            self.handler = handler
            self.bytes = bytes
            readsOffsets = handler.readsOffsets
        }

        /// The offset of the `<` (or `&`) that opened the construct the parser has just read:
        /// libxml2 reports the position after it, and `<` cannot occur inside a tag, so walking
        /// back finds it. The walk is bounded, so that a long text never makes it quadratic.
        var tagStart: Int {
            guard readsOffsets, let parser else { return 0 }
            let end = min(Int(xmlByteConsumed(parser)), bytes.count - 1)
            var offset = end
            while offset > 0, end - offset < 65_536, bytes[offset] != 0x3C, bytes[offset] != 0x26 { offset -= 1 }
            return max(offset, 0)
        }
    }

    static func context(_ pointer: UnsafeMutableRawPointer?) -> Context {
        Unmanaged<Context>.fromOpaque(pointer!).takeUnretainedValue()
    }

    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// The callbacks; made per parse, since a C struct of function pointers is not `Sendable`.
    static func makeHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = XML_SAX2_MAGIC
        sax.getEntity = { _, _ in nil }
        sax.startElementNs = { pointer, localName, _, _, _, _, attributeCount, _, attributes in
            let context = XMLSAXParser.context(pointer)
            let values = XMLAttributes(pointers: attributes, count: max(Int(attributeCount), 0))
            context.handler.startElement(XMLSAXParser.string(localName), attributes: values, at: context.tagStart)
        }
        sax.endElementNs = { pointer, _, _, _ in
            XMLSAXParser.context(pointer).handler.endElement()
        }
        let characters: charactersSAXFunc = { pointer, chars, length in
            guard let chars, length > 0 else { return }
            XMLSAXParser.context(pointer).handler.text(UnsafeBufferPointer(start: chars, count: Int(length)))
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.reference = { pointer, name in
            let context = XMLSAXParser.context(pointer)
            context.handler.entityReference(XMLSAXParser.string(name), at: context.tagStart)
        }
        sax.serror = { pointer, error in
            guard let pointer, let error else { return }
            let context = XMLSAXParser.context(pointer)
            let level = error.pointee.level
            let message = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
            let code = error.pointee.code
            context.problems.append(XMLParseProblem(
                isError: level != XML_ERR_WARNING && level != XML_ERR_NONE,
                isUndefinedEntity: code == Int32(XML_ERR_UNDECLARED_ENTITY.rawValue) || code == Int32(XML_WAR_UNDECLARED_ENTITY.rawValue),
                message: message.trimmingWhitespace, line: max(1, Int(error.pointee.line)),
                column: max(1, Int(error.pointee.int2))))
        }
        return sax
    }
}

private extension String {
    /// One line: libxml2 messages end in a newline.
    var trimmingWhitespace: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
