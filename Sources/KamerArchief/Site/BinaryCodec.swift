/// A compact binary form for the build cache's large files (summaries and job state): JSON
/// coding of those was most of an incremental rebuild's time. Integers are zigzag varints,
/// strings are a length and UTF-8 bytes. Not a public format: a cache from another tool
/// version is never read (see `ToolVersion`), and anything malformed is treated as no cache.
///
/// With `sharingStrings`, a string written before in the same file is written as its number
/// (a negative length, `-1` for the first); the reader hands out the one string it made, so a
/// summary's citations share their document id, file and official URLs instead of each
/// allocating and validating its own copy (most of loading the summaries at 10,000 documents).
struct ByteWriter {
    private(set) var bytes: [UInt8] = []
    /// The strings written so far and their numbers, when strings are shared.
    private var written: [String: Int]?
    /// The names written so far and their numbers (see `name(_:)`).
    private var names: [String: Int] = [:]
    /// The name written last and its number: a document's locations name its one file, mostly
    /// as the same string, which this compares by its storage where `names` hashed every byte.
    private var lastName: (value: String, number: Int)?

    /// `capacity`: the bytes to make room for at once. A document's model is tens of kilobytes,
    /// which an empty array reached by a dozen doublings, each a copy of all before it.
    init(sharingStrings: Bool = false, capacity: Int = 0) {
        written = sharingStrings ? [:] : nil
        bytes.reserveCapacity(capacity)
    }

    mutating func int(_ value: Int) {
        var zigzag = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while zigzag >= 0x80 {
            bytes.append(UInt8(zigzag & 0x7f) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }

    mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        if let count = written?.count {
            if let number = written?[value] {
                int(-1 - number)
                return
            }
            written?[value] = count
        }
        lengthAndBytes(of: value)
    }

    /// `value`'s length in bytes, then its UTF-8 bytes.
    private mutating func lengthAndBytes(of value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// A string that recurs within a file, such as the source file of every location in a
    /// document: written once, then as its number (a negative length, as shared strings are),
    /// whether or not other strings are shared. A parsed document names its file in each of its
    /// hundred-odd locations, which was a sixth of its cache file.
    mutating func name(_ value: String) {
        if let last = lastName, last.value == value {
            int(-1 - last.number)
            return
        }
        if let number = names[value] {
            lastName = (value, number)
            int(-1 - number)
            return
        }
        let number = names.count
        names[value] = number
        lastName = (value, number)
        lengthAndBytes(of: value)
    }

    /// Bytes as they are, with no length: the reader must know how many there are.
    mutating func raw(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        int(value == nil ? 0 : 1)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout ByteWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

struct ByteReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var index = 0
    /// The strings read so far, when strings are shared (see `ByteWriter`).
    private var read: [String]?
    /// The names read so far (see `ByteWriter.name(_:)`).
    private var names: [String] = []

    init(_ bytes: [UInt8], sharingStrings: Bool = false) {
        self.bytes = bytes
        read = sharingStrings ? [] : nil
    }

    var isAtEnd: Bool { index == bytes.count }

    /// Most integers in the cache (counts, lengths, line numbers) fit in one byte: read inline.
    @inline(__always)
    mutating func int() throws -> Int {
        if index < bytes.count, bytes[index] < 0x80 {
            let value = Int(bytes[index])
            index += 1
            return (value >> 1) ^ -(value & 1)
        }
        return try longInt()
    }

    private mutating func longInt() throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard index < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[index]
            index += 1
            result |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        // Shifted as unsigned: an arithmetic shift would spread the top bit of a zigzag value of
        // 2^63 or more (an integer beyond ±2^62) over the result.
        return Int(Int64(bitPattern: (result >> 1) ^ (0 &- (result & 1))))
    }

    mutating func uint64() throws -> UInt64 {
        guard index + 8 <= bytes.count else { throw Malformed() }
        var value: UInt64 = 0
        for offset in 0..<8 { value |= UInt64(bytes[index + offset]) << (8 * UInt64(offset)) }
        index += 8
        return value
    }

    mutating func string() throws -> String {
        let count = try int()
        if count < 0, let read {
            guard -1 - count < read.count else { throw Malformed() }
            return read[-1 - count]
        }
        let string = try text(count: count)
        read?.append(string)
        return string
    }

    /// The next `count` bytes as text.
    private mutating func text(count: Int) throws -> String {
        guard count >= 0, index + count <= bytes.count else { throw Malformed() }
        defer { index += count }
        return String(decoding: bytes[index..<(index + count)], as: UTF8.self)
    }

    /// A string written with `ByteWriter.name(_:)`: one string for all its occurrences.
    mutating func name() throws -> String {
        let count = try int()
        if count < 0 {
            guard -1 - count < names.count else { throw Malformed() }
            return names[-1 - count]
        }
        let name = try text(count: count)
        names.append(name)
        return name
    }

    /// The next `count` bytes, sharing the buffer read.
    mutating func slice(count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= bytes.count - index else { throw Malformed() }
        defer { index += count }
        return bytes[index..<(index + count)]
    }

    mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
        try int() == 0 ? nil : read(&self)
    }

    mutating func array<T>(_ read: (inout ByteReader) throws -> T) throws -> [T] {
        let count = try int()
        guard count >= 0, count <= bytes.count - index else { throw Malformed() }
        var result: [T] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try read(&self)) }
        return result
    }
}

/// Types the cache stores in binary form.
protocol BinaryCodable {
    func write(to writer: inout ByteWriter)
    init(from reader: inout ByteReader) throws
}

extension ByteWriter {
    mutating func value<T: BinaryCodable>(_ value: T) { value.write(to: &self) }
    mutating func values<T: BinaryCodable>(_ values: [T]) { array(values) { $0.value($1) } }
}

extension ByteReader {
    mutating func value<T: BinaryCodable>(_ type: T.Type = T.self) throws -> T { try T(from: &self) }
    mutating func values<T: BinaryCodable>(_ type: T.Type = T.self) throws -> [T] { try array { try T(from: &$0) } }
}
