import CLibXML2

/// Receives what libxml2's HTML parser reads, in document order. Element and attribute names
/// come lowercased; every element opened is closed, those the markup leaves open included.
protocol HTMLEventHandler: AnyObject {
    func startElement(_ name: String, attributes: HTMLAttributes)
    func endElement(_ name: String)
    /// A run of text (entities decoded) as UTF-8; one text may come in several runs.
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// An element's attributes, read while its start is reported (the pointers are libxml2's).
struct HTMLAttributes {
    fileprivate let pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?

    /// Whether the element has no attributes.
    var isEmpty: Bool { pairs?[0] == nil }

    /// The value of the attribute `name` (lowercase ASCII), nil when the element has none.
    /// An attribute written without a value (`hidden`) has the empty value.
    func value(_ name: StaticString) -> String? {
        guard let pairs else { return nil }
        var index = 0
        while let attribute = pairs[index] {
            if Self.equals(attribute, name) { return pairs[index + 1].map { String(cString: $0) } ?? "" }
            index += 2
        }
        return nil
    }

    /// Whether the `class` attribute holds one of `names` (lowercase ASCII) as a class, in any case.
    func hasClass(among names: [StaticString]) -> Bool {
        guard let pairs else { return false }
        var index = 0
        while let attribute = pairs[index] {
            if Self.equals(attribute, "class"), let value = pairs[index + 1] {
                var start = 0
                while value[start] != 0 {
                    var end = start
                    while value[end] != 0, !Self.isSpace(value[end]) { end += 1 }
                    if end > start, names.contains(where: { Self.equalsIgnoringCase(value + start, count: end - start, $0) }) { return true }
                    start = value[end] == 0 ? end : end + 1
                }
                return false
            }
            index += 2
        }
        return false
    }

    private static func isSpace(_ byte: xmlChar) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }

    private static func equalsIgnoringCase(_ pointer: UnsafePointer<xmlChar>, count: Int, _ name: StaticString) -> Bool {
        guard count == name.utf8CodeUnitCount else { return false }
        for index in 0..<count where pointer[index] | (pointer[index] >= 0x41 && pointer[index] <= 0x5A ? 0x20 : 0) != name.utf8Start[index] {
            return false
        }
        return true
    }

    private static func equals(_ pointer: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        let bytes = name.utf8Start
        for index in 0..<count where pointer[index] != bytes[index] { return false }
        return pointer[count] == 0
    }
}

/// The one place that calls libxml2's HTML parser: a SAX pass over a web page's bytes, as
/// forgiving as a browser (unclosed and misnested tags are mended, nothing is rejected).
///
/// Options are chosen for untrusted input: no network, no errors printed. Text that is valid
/// UTF-8 is read as UTF-8 whatever the page declares (a saved page keeps its `<meta charset>`
/// though the saving may have changed its bytes); other bytes are decoded as the page declares
/// (`windows-1252`), else as ISO-8859-1, libxml2's default for HTML.
enum HTMLSAXParser {
    /// `isUTF8`: whether the bytes are valid UTF-8, where the caller knows; else they are checked.
    static func parse(_ bytes: [UInt8], handler: HTMLEventHandler, isUTF8: Bool? = nil) {
        initialize
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return }
        let isUTF8 = isUTF8 ?? (bytes.withUnsafeBufferPointer { TextDecoder.firstInvalidUTF8Byte($0) } == nil)
        var sax = makeHandler()
        let unmanaged = Unmanaged.passRetained(Context(handler: handler))
        defer { unmanaged.release() }
        guard let parser = htmlCreatePushParserCtxt(
            &sax, unmanaged.toOpaque(), nil, 0, nil, isUTF8 ? XML_CHAR_ENCODING_UTF8 : XML_CHAR_ENCODING_NONE)
        else { return }
        defer {
            if let document = parser.pointee.myDoc { xmlFreeDoc(document) }
            htmlFreeParserCtxt(parser)
        }
        var options = HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue
        if isUTF8 { options |= HTML_PARSE_IGNORE_ENC.rawValue }
        htmlCtxtUseOptions(parser, Int32(options))
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                _ = htmlParseChunk(parser, chars, Int32(buffer.count), 1)
            }
        }
    }
}

private extension HTMLSAXParser {
    /// libxml2's global state, set up once before any thread parses.
    static let initialize: Void = { xmlInitParser() }()

    final class Context {
        let handler: HTMLEventHandler

        init(handler: HTMLEventHandler) { self.handler = handler }
    }

    static func context(_ pointer: UnsafeMutableRawPointer?) -> Context {
        Unmanaged<Context>.fromOpaque(pointer!).takeUnretainedValue()
    }

    /// The callbacks (the HTML parser calls the SAX1 ones); made per parse, since a C struct of
    /// function pointers is not `Sendable`. Comments, processing instructions and the doctype are
    /// not asked for.
    static func makeHandler() -> htmlSAXHandler {
        var sax = htmlSAXHandler()
        sax.startElement = { pointer, name, attributes in
            guard let name else { return }
            HTMLSAXParser.context(pointer).handler.startElement(String(cString: name), attributes: HTMLAttributes(pairs: attributes))
        }
        sax.endElement = { pointer, name in
            guard let name else { return }
            HTMLSAXParser.context(pointer).handler.endElement(String(cString: name))
        }
        let characters: charactersSAXFunc = { pointer, chars, length in
            guard let chars, length > 0 else { return }
            HTMLSAXParser.context(pointer).handler.text(UnsafeBufferPointer(start: chars, count: Int(length)))
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        return sax
    }
}
