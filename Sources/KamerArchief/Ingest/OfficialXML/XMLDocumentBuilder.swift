/// Turns the SAX events of one official publication into the model, for either form: the form's
/// tag table gives each element a role, and this builder acts on roles only.
///
/// State is a stack of open elements, a stack of text collectors (the paragraph, note or cell
/// being written) and a stack of open sections. Everything is single-pass; text is kept as bytes
/// until a paragraph, note or value is complete.
final class XMLDocumentBuilder: XMLEventHandler {
    struct OpenElement {
        var name: String
        var role: XMLRole
        var location: SourceLocation
        /// Whether loose text inside is body text (a paragraph) rather than layout of metadata.
        var bodyText: Bool
        /// Whether this element pushed the top collector (and pops it when it ends).
        var ownsCollector = false
        /// A run (emphasis, citation) started in collector `collector` at `start`.
        var run: (collector: Int, start: (byte: Int, scalar: Int), doc: String?)?
        /// A footnote marker written into collector `collector` at index `index` of its refs.
        var noteRef: (collector: Int, index: Int)?
        /// A `noot`'s `id`, by which a `nootref` names it.
        var noteID: String?
        /// A `tussenkop`'s `kopopmaak` (`vet`, `cur`): how prominent a heading it is.
        var headingStyle: String?
        /// Whether this element holds quoted law text (`artikeltekst`, `wijzig-divisie`).
        var quotes = false
    }

    /// Elements whose content is law text quoted by an amendment: an article or chapter in them is
    /// text of the paper, not one of its sections.
    static let quotingElements: Set<String> = ["artikeltekst", "wijzig-divisie"]

    let form: XMLForm
    let lines: XMLLineIndex
    var elements: [OpenElement] = []
    var collectors: [XMLTextCollector] = []
    var diagnostics: [Diagnostic] = []
    var unknownNames: Set<String> = []

    // Body
    var levels: [SectionLevel] = []
    var sections: [Section] = []
    var footnotes: [Footnote] = []
    /// The printed numbers `footnotes` hold, and the highest; notes without a number of their own
    /// so far (`unnumberedNotes`) are numbered after it at the end.
    var noteNumbers: Set<Int> = []
    var highestNoteNumber = 0
    var unnumberedNotes = 0
    var listLabels: [String] = []
    var table: TableInProgress?
    /// How many quoting elements are open.
    var quotedDepth = 0
    /// A label (`lidnr`, `li.nr`) that stood outside any item: it labels the next paragraph.
    var pendingLabel: String?
    /// Text inside a table but outside its cells (a `bron` line): printed under the table.
    var underTable: [Paragraph] = []
    var signatureItems: [(isName: Bool, text: String)] = []
    var signers: [Signer] = []
    /// `voetref` targets in order of first reference: the note numbers of the old form.
    var voetnootNumbers: [String: (number: Int, location: SourceLocation)] = [:]
    var voetnootsSeen: Set<String> = []
    /// The numbers of the `noot`s read so far, by `id`: what a `nootref` points at.
    var noteNumbersByID: [String: Int] = [:]

    // Metadata
    var fields: [XMLField: (text: String, location: SourceLocation)] = [:]
    var isoDate: String?
    var meta: [(name: String, content: String)] = []
    /// Kamervragen's `kamervraagomschrijving` (older: `omschr`) lines: `Vragen van het lid … (ingezonden …).`,
    /// `Antwoord van minister … (ontvangen …).`
    var questionDescriptions: [String] = []
    /// A VLOS report's `status`, its meeting's `soort` and `kamer`.
    var reportStatus: String?
    var meetingKind: String?
    var meetingHouse: String?

    init(form: XMLForm, lines: XMLLineIndex) {
        self.form = form
        self.lines = lines
    }

    func startElement(_ name: String, attributes: XMLAttributes, at byteOffset: Int) {
        let parent = elements.last
        guard parent?.role.hidesContent != true else {
            elements.append(OpenElement(name: name, role: .ignored, location: parent!.location, bodyText: false))
            return
        }
        var role = form.role(of: name, parent: parent.map { ($0.name, $0.role) }, attributes: attributes)
        if quotedDepth > 0 {
            // Quoted law: its articles and chapters are text, their titles lines of it.
            switch role {
            case .division: role = .bodyContainer
            case .divisionHeading, .heading: role = .paragraph
            default: break
            }
        }
        let location = lines.location(ofByte: byteOffset)
        if role == .unknown, unknownNames.insert(name).inserted {
            diagnostics.append(.warning(
                .unknownXMLElement, "unknown element <\(name)> in \(form.rawValue) XML; its text is kept as it stands", at: location))
        }
        if !role.isInline { closeImplicitParagraph() }
        var element = OpenElement(name: name, role: role, location: location, bodyText: bodyText(role, parent: parent))
        if Self.quotingElements.contains(name) {
            element.quotes = true
            quotedDepth += 1
        }
        start(&element, attributes: attributes, at: location)
        elements.append(element)
    }

    func endElement() {
        if let top = collectors.last, top.kind == .implicitParagraph, top.depth >= elements.count { closeImplicitParagraph() }
        guard let element = elements.popLast() else { return }
        if element.quotes { quotedDepth -= 1 }
        end(element)
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let element = elements.last, !element.role.hidesContent else { return }
        if collectors.isEmpty, element.role == .signature, Self.joinsSigners(bytes) || continuesFunction(bytes) { return }
        if collectors.isEmpty {
            guard element.bodyText, bytes.contains(where: { $0 > 0x20 }) else { return }
            collectors.append(XMLTextCollector(kind: .implicitParagraph, location: implicitLocation(), depth: elements.count))
        }
        collectors[collectors.count - 1].append(bytes)
    }

    func entityReference(_ name: String, at byteOffset: Int) {
        diagnostics.append(.error(
            .xmlEntity, "entity &\(name); is not expanded: entities from a DTD are never loaded or substituted",
            at: lines.location(ofByte: byteOffset)))
    }
}

private extension XMLDocumentBuilder {
    /// Loose text right after a function that its comma has not ended
    /// (`<functie>De Minister</functie> van Financiën,`) runs on in it; true when taken so. Any
    /// other loose text in a signature (a name without `naam`, `en` between names) stays text.
    /// Kept as it stands (a parser may hand text over in pieces); `pair` collapses its white space.
    func continuesFunction(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = signatureItems.last, !last.isName, last.text.last(where: { !$0.isWhitespace }) != "," else { return false }
        signatureItems[signatureItems.count - 1].text = last.text + String(decoding: bytes, as: UTF8.self)
        return true
    }

    /// `en` or a comma between the signers' names: layout of the signature, not text.
    static func joinsSigners(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = bytes.filter { $0 > 0x20 }
        return word.allSatisfy { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") } || word == Array("en".utf8)
    }

    func bodyText(_ role: XMLRole, parent: OpenElement?) -> Bool {
        switch role {
        case .metaContainer: return false
        case .bodyContainer, .division, .unknown, .signature: return true
        default: return parent?.bodyText ?? false
        }
    }

    /// Where loose text starts: the element it stands in is the nearest position known.
    func implicitLocation() -> SourceLocation {
        elements.last?.location ?? SourceLocation(file: lines.path, line: 1)
    }
}
