import Foundation

/// Foundation's `folding(options:locale:)`, on the UTF-8 bytes, for the scalars Dutch documents
/// are written in.
///
/// Folding a text is folding each of its scalars on its own and joining the results, as long as
/// no scalar joins the one before it (a combining mark does: `e` + U+0301 folds as `é`). The
/// blocks covered here (Latin-1 and Latin Extended, General Punctuation, currency and letterlike
/// symbols, arrows, mathematical operators, geometric shapes) hold no such scalar, and the tests
/// compare this with Foundation on every covered scalar and on random texts of them. So each
/// covered scalar's folding is asked of Foundation once, when the table is made, and a text of
/// covered scalars is folded by copying ASCII bytes (lowercased) and looking up the rest; a text
/// with any other scalar is folded by Foundation, as before.
struct TextFolding: Sendable {
    /// Case and diacritics: `Financiële` → `financiele`.
    static let caseAndDiacritics = TextFolding([.caseInsensitive, .diacriticInsensitive])
    /// Case, diacritics and width (full-width forms as their ASCII letters).
    static let caseDiacriticsAndWidth = TextFolding([.caseInsensitive, .diacriticInsensitive, .widthInsensitive])

    /// The covered scalars beyond ASCII, in table order.
    private static let blocks: [ClosedRange<UInt32>] = [0x80...0x24F, 0x2000...0x214F, 0x2190...0x22FF, 0x25A0...0x25FF]

    let options: String.CompareOptions
    /// Per covered scalar (by `slot`), where its folded UTF-8 is in `folded`; nil for a scalar of
    /// the blocks that is not covered.
    private let entries: [Range<Int32>?]
    private let folded: [UInt8]

    private init(_ options: String.CompareOptions) {
        self.options = options
        var entries: [Range<Int32>?] = [], folded: [UInt8] = []
        for block in Self.blocks {
            for value in block {
                // ZWNJ, ZWJ and the marks for symbols join the Character before them.
                let joins = value == 0x200C || value == 0x200D || (0x20D0...0x20FF).contains(value)
                guard let scalar = Unicode.Scalar(value), !joins else {
                    entries.append(nil)
                    continue
                }
                let result = String(scalar).folding(options: options, locale: nil).utf8
                // At most twice as long as the scalar's own bytes: `fold` reserves that much.
                guard result.count <= 2 * String(scalar).utf8.count else {
                    entries.append(nil)
                    continue
                }
                entries.append(Int32(folded.count)..<Int32(folded.count + result.count))
                folded.append(contentsOf: result)
            }
        }
        self.entries = entries
        self.folded = folded
    }

    /// `text.folding(options: options, locale: nil)`.
    func fold<Text: StringProtocol>(_ text: Text) -> String {
        if let result = text.utf8.withContiguousStorageIfAvailable({ fold(bytes: $0) }), let result { return result }
        return text.folding(options: options, locale: nil)
    }

    /// The folded text of well-formed UTF-8 `bytes`, or nil when a scalar in it is not covered.
    func fold(bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var covered = true
        // ASCII folds to as many bytes; a short word then stays a small string, with no allocation.
        let capacity = ByteWords.firstNonASCII(bytes) == bytes.count ? bytes.count : 2 * bytes.count
        let result = String(unsafeUninitializedCapacity: capacity) { output in
            var at = 0, index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    output[at] = CharacterBytes.lowercasedASCII(lead)
                    at += 1
                    index += 1
                    continue
                }
                let scalar = Unicode.Scalar.decoding(lead: lead) {
                    index += 1
                    return index < bytes.count ? bytes[index] : 0x80
                }
                index += 1
                guard let range = entry(scalar) else {
                    covered = false
                    return 0
                }
                for offset in range {
                    output[at] = folded[offset]
                    at += 1
                }
            }
            return at
        }
        return covered ? result : nil
    }

    /// Where `scalar`'s folding is in `folded`, or nil when it is not covered.
    @inline(__always)
    func entry(_ scalar: Unicode.Scalar) -> Range<Int>? {
        guard let slot = Self.slot(scalar.value), let entry = entries[slot] else { return nil }
        return Int(entry.lowerBound)..<Int(entry.upperBound)
    }

    /// The folded bytes of the covered scalar whose entry is `range`.
    func folded(_ range: Range<Int>) -> ArraySlice<UInt8> { folded[range] }

    /// The scalar's place in the table, or nil outside the covered blocks.
    @inline(__always)
    private static func slot(_ value: UInt32) -> Int? {
        var base = 0
        for block in blocks {
            if block.contains(value) { return base + Int(value - block.lowerBound) }
            base += block.count
        }
        return nil
    }
}
