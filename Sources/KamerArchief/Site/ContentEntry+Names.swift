import Foundation

/// A file name's parts, as the scan compares them. Almost every name in a content folder is
/// ASCII: such a name is already in NFC and its extension is found on its bytes; any other name
/// goes through Foundation, so that both give the same answer for every name.
extension ContentEntry {
    /// The name without and with its extension, exactly as `NSString.deletingPathExtension` and
    /// `NSString.pathExtension` give them for a name without `/`.
    static func split(_ name: String) -> (stem: String, pathExtension: String) {
        guard isASCII(name) else {
            let text = name as NSString
            return (text.deletingPathExtension, text.pathExtension)
        }
        let bytes = name.utf8
        // A leading dot starts a hidden name, not an extension; `..` has none either.
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex, name != ".." else { return (name, "") }
        return (String(name[..<dot]), String(name[bytes.index(after: dot)...]))
    }

    /// `text`'s UTF-8 bytes in NFC.
    static func normalised(_ text: String) -> [UInt8] {
        isASCII(text) ? Array(text.utf8) : Array(text.precomposedStringWithCanonicalMapping.utf8)
    }

    /// A name compared by the bytes of its NFC form (and hashed in one call over them: hashing
    /// an `[UInt8]` feeds the hasher byte by byte, a tenth of the scan at 10,000 documents).
    struct NameKey: Hashable {
        let bytes: [UInt8]

        init(_ name: String) { bytes = ContentEntry.normalised(name) }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}

extension ContentEntry {
    /// Read in place: a scan asks this of every name in the content folder twice, and a walk over
    /// `String.UTF8View` costs several times as much per byte.
    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in utf8.allSatisfy { $0 < 0x80 } }
    }
}
