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
    static let formatVersion: UInt32 = 4
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
    static func open(_ sealed: consuming [UInt8]) throws -> [UInt8] {
        var bytes = sealed
        guard bytes.count >= headerSize, Array(bytes[0..<4]) == magic else { throw Failure.notACacheFile }
        let version = UInt32(truncatingIfNeeded: littleEndian(bytes, at: 4, width: 4))
        guard version == formatVersion else { throw Failure.otherFormat(version) }
        guard littleEndian(bytes, at: 8, width: 8) == UInt64(bytes.count - headerSize) else { throw Failure.wrongLength }
        guard littleEndian(bytes, at: 16, width: 8) == checksum(bytes[headerSize...]) else { throw Failure.wrongChecksum }
        // In place: the caller's array is usually its only reference, so nothing is copied.
        bytes.removeSubrange(0..<headerSize)
        return bytes
    }
}

extension CacheEnvelope {
    private static func littleEndian(_ bytes: [UInt8], at offset: Int, width: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<width { value |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        return value
    }

    /// Eight bytes a step (FNV-1a went a byte a step, the most of loading a large cache file):
    /// each step is one-to-one in the word and in the hash so far, so a changed word always
    /// changes the result.
    static func checksum(_ payload: ArraySlice<UInt8>) -> UInt64 {
        payload.withUnsafeBytes { buffer in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            let words = buffer.count / 8
            for index in 0..<words {
                hash = (hash ^ UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
            }
            for byte in buffer[(words * 8)...] {
                hash = (hash ^ UInt64(byte)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
            }
            return hash
        }
    }
}
