/// The seal on every cache file: a magic word, the cache format version, the payload's length
/// and a checksum of it, then the payload. A file cut short, padded, edited in place or written by
/// another format fails `open`, so the cache is never read as something it is not.
///
/// Layout (little-endian): `KACH` (4 bytes), format version (UInt32), payload length in bytes
/// (UInt64), checksum of the payload (UInt64, see `checksum`), payload.
enum CacheEnvelope {
    /// Raised by `open`; its description says why, for the `cache-invalid` warning.
    enum Failure: Error, CustomStringConvertible {
        case notACacheFile, otherFormat(UInt32), wrongLength, wrongChecksum

        var description: String {
            switch self {
            case .notACacheFile: return "not a cache file"
            case .otherFormat(let version): return "cache format \(version), expected \(CacheEnvelope.formatVersion)"
            case .wrongLength: return "wrong length"
            case .wrongChecksum: return "checksum mismatch"
            }
        }
    }

    /// Raised whenever the layout of any cached value changes.
    static let formatVersion: UInt32 = 12
    static let magic: [UInt8] = Array("KACH".utf8)
    static let headerSize = 24

    static func seal(_ payload: [UInt8]) -> [UInt8] {
        header(of: payload) + payload
    }

    /// What goes before `payload` in its sealed file (written apart, so a large payload is not copied).
    static func header(of payload: [UInt8], checksum: UInt64? = nil) -> [UInt8] {
        var bytes = magic
        withUnsafeBytes(of: formatVersion.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt64(payload.count).littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: (checksum ?? Self.checksum(payload[...])).littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// The payload of a sealed file, or the reason it is not one.
    static func open(_ sealed: [UInt8]) throws -> [UInt8] {
        let header = sealed.prefix(headerSize), payload = Array(sealed.dropFirst(headerSize))
        _ = try checksum(header: header, payload: payload)
        return payload
    }

    /// The checksum of `payload` (verified, so a caller need not compute it again), given the
    /// `header` read before it: a file is read as the two, so the payload is never moved.
    static func checksum(header: ArraySlice<UInt8>, payload: [UInt8]) throws -> UInt64 {
        guard header.count == headerSize, header.prefix(4).elementsEqual(magic) else { throw Failure.notACacheFile }
        let version = UInt32(truncatingIfNeeded: littleEndian(header, at: 4, width: 4))
        guard version == formatVersion else { throw Failure.otherFormat(version) }
        guard littleEndian(header, at: 8, width: 8) == UInt64(payload.count) else { throw Failure.wrongLength }
        let checksum = checksum(payload[...])
        guard littleEndian(header, at: 16, width: 8) == checksum else { throw Failure.wrongChecksum }
        return checksum
    }
}

extension CacheEnvelope {
    private static func littleEndian(_ bytes: ArraySlice<UInt8>, at offset: Int, width: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<width { value |= UInt64(bytes[bytes.startIndex + offset + index]) << (8 * UInt64(index)) }
        return value
    }

    /// `ContentHash` of the payload, eight bytes a step (FNV-1a went a byte a step, the most of
    /// loading a large cache file): a changed word always changes it.
    static func checksum(_ payload: ArraySlice<UInt8>) -> UInt64 {
        var hash = ContentHash()
        hash.combine(bytes: payload)
        return hash.value
    }
}
