/// Attribute values as libxml2's SAX2 interface hands them over without entity substitution:
/// `&` is passed on as `&#38;` and character references are left in place, so they are decoded here.
enum XMLAttributeValue {
    /// The value with character references (`&#38;`, `&#x26;`) and the five predefined entities
    /// decoded; anything else is kept as written.
    static func decode(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        guard raw.contains(0x26) else { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            guard raw[index] == 0x26, let semicolon = raw[index...].prefix(12).firstIndex(of: 0x3B),
                  let scalar = reference(raw[(index + 1)..<semicolon]) else {
                out.append(raw[index])
                index += 1
                continue
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
            index = semicolon + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

private extension XMLAttributeValue {
    static let predefined: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    /// The scalar a reference body (`#38`, `#x26`, `amp`) names.
    static func reference(_ body: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        let name = String(decoding: body, as: UTF8.self)
        if let scalar = predefined[name] { return scalar }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }
}
