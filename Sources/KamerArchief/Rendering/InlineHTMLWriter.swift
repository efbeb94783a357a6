/// What `InlineMarkdown` writes a paragraph's or a note's text into, piece by piece: its
/// CommonMark (`InlineCommonMarkWriter`), or straight away the HTML that `CommonMark.inlineFragment`
/// makes of that CommonMark (`InlineHTMLWriter`). One walk over the text's links, note references
/// and emphasis serves both, so the two cannot take the pieces apart differently.
protocol InlineTextWriter {
    /// Room for `count` more bytes, made at once.
    mutating func reserve(more count: Int)
    /// Source text, escaped as `MarkdownEscaping.escapeInline` escapes it.
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>)
    /// Source text in emphasis (as `appendText` when it is white space only).
    mutating func appendEmphasized(_ bytes: UnsafeBufferPointer<UInt8>)
    /// A link to the page's link table entry `entry`, its label escaped as `MarkdownEscaping.escape`
    /// escapes it.
    mutating func appendLink(label: String, entry: Int)
    /// A reference to note `number`.
    mutating func appendNoteRef(_ number: Int)
}

/// The CommonMark of inline text, in the archive's link forms (`ka:link/…`, `ka:ref/…`, `ka:em`).
struct InlineCommonMarkWriter: InlineTextWriter {
    var bytes: [UInt8] = []

    mutating func reserve(more count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    mutating func appendText(_ text: UnsafeBufferPointer<UInt8>) {
        MarkdownEscaping.appendEscaped(text, to: &bytes)
    }

    mutating func appendEmphasized(_ text: UnsafeBufferPointer<UInt8>) {
        var inner: [UInt8] = []
        MarkdownEscaping.appendEscaped(text, to: &inner)
        if inner.allSatisfy({ $0 == UInt8(ascii: " ") }) {
            bytes += inner
        } else {
            bytes += "[".utf8 + inner + "](ka:em)".utf8
        }
    }

    mutating func appendLink(label: String, entry: Int) {
        bytes += InlineMarkdown.link(label, destination: LinkTable.destination(ofEntry: entry)).utf8
    }

    mutating func appendNoteRef(_ number: Int) {
        bytes += "[\(number)](ka:ref/\(number))".utf8
    }
}

/// The HTML `CommonMark.inlineFragment` makes of the CommonMark `InlineCommonMarkWriter` writes
/// for the same pieces, written from the source text without that CommonMark being written and
/// read again (a paragraph's text was escaped for CommonMark and then unescaped for HTML, byte by
/// byte). That reader takes escaped text, the archive's links and note references, and line text
/// that neither starts nor ends with a space; what it does not take makes this writer fail, and
/// the fragment is then made the long way (`fragment` is nil):
/// - text: letters, digits, spaces and bytes beyond ASCII stay as they are; a byte from 0x09 to
///   0x0D (a tab, a line end, a vertical tab or a form feed, which escaping makes a space) is a
///   space; ASCII punctuation (escaped with a backslash) is itself, with `&`, `<`, `>` and `"` as
///   libcmark writes them; any other control byte fails;
/// - a label that `MarkdownEscaping.escape` trims by Characters (a combining mark after its
///   leading spaces) fails, and so does CommonMark that would end with a space;
/// - a note reference leaves a cut where the page puts its numbered markup (`ParagraphFragment`).
struct InlineHTMLWriter: InlineTextWriter {
    private let links: LinkTable
    private var html: [UInt8] = []
    private var cuts: [Int] = [], refs: [Int] = []
    private var failed = false
    /// Whether the CommonMark written for the same pieces would end with a space.
    private var endsWithSpace = false

    init(links: LinkTable, capacity: Int) {
        self.links = links
        html.reserveCapacity(capacity)
    }

    /// Room is made once, when the writer is made.
    mutating func reserve(more count: Int) {}

    /// The HTML with its cuts for note references; nil when the long way must make it.
    var fragment: ParagraphFragment? {
        failed || endsWithSpace ? nil : ParagraphFragment(html: html, cuts: cuts, refs: refs)
    }

    /// An anchor, `[](ka:anchor/id)` in CommonMark: an empty element with the id. An id with a byte
    /// that the reader does not take in a link destination fails.
    mutating func appendAnchor(_ id: String) {
        var id = id
        id.withUTF8 { id in
            guard id.allSatisfy(Self.isDestinationByte) else {
                failed = true
                return
            }
            html += "<span id=\"".utf8
            HTML.appendEscaped(utf8: id, to: &html)
            html += "\"></span>".utf8
        }
        endsWithSpace = false
    }

    /// A list item's label and the space after it.
    mutating func appendListLabel(_ label: String) {
        appendTrimmed(label)
        html.append(UInt8(ascii: " "))
        endsWithSpace = true
    }

    /// Sixteen bytes with none to change, most of a text (ASCII punctuation but for four marks
    /// stays as it is), are passed over at once, and the bytes between two changes are copied at
    /// once; the bytes of a sixteen with a change are looked at one by one.
    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.isEmpty, !failed else { return }
        var start = 0, index = 0
        while index < bytes.count {
            if index + 16 <= bytes.count, !Self.hasChanges(ByteVectors.vector(bytes, at: index)) {
                index += 16
                continue
            }
            for position in index..<min(index + 16, bytes.count) where Self.changes(bytes[position]) {
                html.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<position]))
                start = position + 1
                switch bytes[position] {
                case UInt8(ascii: "&"): html += "&amp;".utf8
                case UInt8(ascii: "<"): html += "&lt;".utf8
                case UInt8(ascii: ">"): html += "&gt;".utf8
                case UInt8(ascii: "\""): html += "&quot;".utf8
                case 0x09...0x0D: html.append(UInt8(ascii: " "))
                default:
                    failed = true
                    return
                }
            }
            index += 16
        }
        html.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        endsWithSpace = Self.isSpace(bytes[bytes.count - 1])
    }

    /// `"`, `&`, `<`, `>` (entities), and control bytes: one from 0x09 to 0x0D is a space, any
    /// other fails.
    @inline(__always)
    private static func changes(_ byte: UInt8) -> Bool {
        byte < 0x40 ? changedBelow0x40 >> UInt64(byte) & 1 == 1 : byte == 0x7F
    }

    private static let changedBelow0x40: UInt64 = 0xFFFF_FFFF | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    @inline(__always)
    private static func hasChanges(_ vector: ByteVectors.Vector) -> Bool {
        ByteVectors.any(
            ByteVectors.below(vector, 0x20) .| ByteVectors.equal(vector, 0x7F) .| ByteVectors.equal(vector, 0x22)
                .| ByteVectors.equal(vector, 0x26) .| ByteVectors.equal(vector, 0x3C) .| ByteVectors.equal(vector, 0x3E))
    }

    mutating func appendEmphasized(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !bytes.allSatisfy(Self.isSpace) else {
            appendText(bytes)
            return
        }
        html += "<em>".utf8
        appendText(bytes)
        html += "</em>".utf8
        endsWithSpace = false
    }

    mutating func appendLink(label: String, entry: Int) {
        guard let opening = links.opening(entry) else {
            failed = true
            return
        }
        html += opening
        appendTrimmed(label)
        html += "</a>".utf8
        endsWithSpace = false
    }

    mutating func appendNoteRef(_ number: Int) {
        cuts.append(html.count)
        refs.append(number)
        endsWithSpace = false
    }

    /// `text` as `MarkdownEscaping.escape` has it: without its leading white space.
    private mutating func appendTrimmed(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let start = MarkdownEscaping.trimmedStart(bytes) else {
                failed = true
                return
            }
            appendText(UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// A space, or a byte from 0x09 to 0x0D, which escaping makes one.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte &- 0x09 < 5
    }

    /// Whether the reader takes `byte` in a link destination: a letter, a digit or `-._/#:`.
    private static func isDestinationByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "#"), UInt8(ascii: ":"):
            return true
        default:
            return false
        }
    }
}
