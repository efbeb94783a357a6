/// A web page saved as HTML (officielebekendmakingen.nl's, tweedekamer.nl's, a mirror's): read
/// into the text its reader sees (`HTMLPageText`), which then goes to the reader of that page's
/// text as if it had been saved as text, with what the page's metadata tell beside it.
struct HTMLPage {
    /// The page's text, in the form of a page dump. Diagnostics and the document's places name its
    /// lines, as a PDF's name the lines of its extracted text (`kamerarchief parse --text` prints it).
    var text: String
    var meta: [(name: String, content: String)]

    /// Whether a file is a web page: its name ends in `.html`, `.htm` or `.xhtml`, or its bytes
    /// open (after a byte order mark, white space and comments such as a browser's `<!-- saved
    /// from url=… -->`) with `<!DOCTYPE html` or `<html`.
    static func isHTML(_ bytes: [UInt8], path: String) -> Bool {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || lowered.hasSuffix(".xhtml") { return true }
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let limit = min(bytes.count, 4096)
        while index < limit {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                index += 1
            } else if opens(bytes, at: index, with: "<!--") {
                guard let end = CharacterBytes.firstIndex(of: "-->".utf8, in: bytes[..<limit], from: index + 4) else { return false }
                index = end + 3
            } else {
                return opens(bytes, at: index, with: "<!doctype html") || opens(bytes, at: index, with: "<html")
            }
        }
        return false
    }

    /// The page read from its bytes; `isUTF8` where the caller has checked them already.
    static func read(_ bytes: [UInt8], isUTF8: Bool? = nil) -> HTMLPage {
        let writer = HTMLPageText(readsMainOnly: marksMain(bytes))
        HTMLSAXParser.parse(bytes, handler: writer, isUTF8: isUTF8)
        writer.finish()
        return HTMLPage(text: String(decoding: writer.text, as: UTF8.self), meta: writer.meta)
    }

    /// What the page's metadata add to the document read from its text, where the text leaves it
    /// out: the Kamerstuk or the item of the Handelingen the page publishes (`DC.identifier`
    /// `kst-34700-19`, `h-tk-20252026-58-9`, as officielebekendmakingen.nl writes it) and a date
    /// (`DCTERMS.issued`, `DC.date`).
    func filling(_ document: Document) -> Document {
        var document = document
        let identifier = metaValue("DC.identifier")
        if let item = identifier.flatMap(KamerstukIdentifier.handelingenItem(fromDocument:)) {
            if !document.metadata.fields.contains(where: { $0.label == HandelingenItem.fieldLabel }) {
                document.metadata.vergaderjaar = document.metadata.vergaderjaar ?? item.vergaderjaar
                document.metadata.fields.insert(Field(
                    label: HandelingenItem.fieldLabel,
                    value: HandelingenItem.citation(kamer: item.kamer, vergaderjaar: item.vergaderjaar, meeting: item.meeting, item: item.item),
                    location: SourceLocation(file: document.source, line: 0, column: 0)), at: 0)
            }
        } else if document.metadata.kamerstuk == nil, let kamerstuk = identifier.flatMap(KamerstukIdentifier.kamerstuk(fromDocument:)) {
            document.metadata.kamerstuk = kamerstuk
        }
        if document.date == nil {
            let dates = Self.dateMeta.compactMap { name in metaValue(name).map { String($0.prefix(10)) } }
            document.date = dates.first { $0.isISODate }
        }
        return document
    }

    static let dateMeta = ["DCTERMS.issued", "DCTERMS.available", "DC.date", "article:published_time"]

    func metaValue(_ name: String) -> String? {
        meta.first { $0.name == name && !$0.content.isEmpty }?.content.trimmingWhitespace
    }
}

private extension HTMLPage {
    /// Whether the page has a `<main>` element or an element of the role `main`, by a scan of its
    /// bytes (the element may come after much of the page).
    static func marksMain(_ bytes: [UInt8]) -> Bool {
        let hasElement = bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while let found = ByteWords.first(UInt8(ascii: "<"), in: buffer, from: index, to: buffer.count) {
                if opens(bytes, at: found, with: "<main"), found + 5 < bytes.count, [0x20, 0x3E, 0x0A, 0x09, 0x0D].contains(bytes[found + 5]) {
                    return true
                }
                index = found + 1
            }
            return false
        }
        return hasElement || CharacterBytes.firstIndex(of: "role=\"main\"".utf8, in: bytes, from: 0) != nil
    }

    /// Whether the bytes at `index` are `prefix`, ASCII letters in either case.
    static func opens(_ bytes: [UInt8], at index: Int, with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where CharacterBytes.lowercasedASCII(bytes[index + offset]) != prefix.utf8Start[offset] { return false }
        return true
    }
}
