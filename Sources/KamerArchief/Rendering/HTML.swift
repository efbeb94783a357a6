/// Escaping for text and attribute values in HTML built by code (custom nodes, the layout).
public enum HTML {
    /// `&`, `<`, `>`, `"` and `'` as entities, the five Mustache's HTML escaping replaces. On the
    /// UTF-8 bytes, so a mark joined to `<` cannot hide it; text with none of them is returned as
    /// it is, without a copy.
    public static func escape(_ text: String) -> String {
        // Read in place: `firstIndex(where:)` over a `UTF8View` steps its indices one by one,
        // several times the work of a loop over the bytes, for every value of every page.
        var text = text
        guard text.withUTF8({ $0.contains(where: needsEntity) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `escape(text)` appended to `bytes`.
    static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendEscaped(utf8: $0, to: &bytes) }
    }

    /// The same for text as UTF-8 bytes.
    static func appendEscaped(utf8: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var start = 0, index = 0
        while index < utf8.count {
            // Sixteen bytes without one to replace, most of text, are passed over at once; the
            // others are looked at one by one.
            if index + 16 <= utf8.count, !hasEntityBytes(ByteVectors.vector(utf8, at: index)) {
                index += 16
                continue
            }
            for position in index..<min(index + 16, utf8.count) where needsEntity(utf8[position]) {
                guard let entity = entity(for: utf8[position]) else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<position]))
                bytes.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = position + 1
            }
            index += 16
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }

    /// Whether any of the sixteen bytes of `vector` is one `needsEntity` finds.
    @inline(__always)
    private static func hasEntityBytes(_ vector: ByteVectors.Vector) -> Bool {
        ByteVectors.any(
            ByteVectors.equal(vector, 0x22) .| ByteVectors.equal(vector, 0x26) .| ByteVectors.equal(vector, 0x27)
                .| ByteVectors.equal(vector, 0x3C) .| ByteVectors.equal(vector, 0x3E))
    }

    /// `"`, `&`, `'`, `<` and `>` as bits of their byte values (all below 0x40).
    private static let entityBytes: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E

    @inline(__always)
    private static func needsEntity(_ byte: UInt8) -> Bool {
        byte < 0x40 && entityBytes & (1 << UInt64(byte)) != 0
    }

    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
