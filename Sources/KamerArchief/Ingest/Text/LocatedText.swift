/// Reflowed text that still knows where each piece came from in the source.
///
/// Parsers join source lines into one string; each joined piece leaves an anchor, so any offset
/// (in Unicode scalars) maps back to a 1-based line and column.
public struct LocatedText: Sendable, Hashable {
    public private(set) var text: String = ""
    /// Scalar count of `text`, kept to avoid recounting.
    public private(set) var length: Int = 0
    private var anchors: [Anchor] = []

    private struct Anchor: Sendable, Hashable {
        var offset: Int
        var location: SourceLocation
    }

    public init() {}

    /// Empty, with room for `bytes` of text in `pieces` pieces.
    init(reservingCapacity bytes: Int, pieces: Int) {
        text.reserveCapacity(bytes)
        anchors.reserveCapacity(pieces)
    }

    public init(_ text: Substring, at location: SourceLocation) {
        append(text, at: location)
    }

    public var isEmpty: Bool { length == 0 }

    /// Appends source text that starts at `location`.
    public mutating func append<S: StringProtocol>(_ piece: S, at location: SourceLocation) {
        anchors.append(Anchor(offset: length, location: location))
        text += piece
        length += Self.scalarCount(piece.utf8)
    }

    /// Appends source text that starts at `location` and whose scalars the caller has counted:
    /// a PDF line's segment, whose scalars are counted as it is found.
    mutating func append(_ piece: Substring, at location: SourceLocation, scalarCount: Int) {
        assert(scalarCount == Self.scalarCount(piece.utf8), "a piece's scalars were miscounted")
        anchors.append(Anchor(offset: length, location: location))
        text += piece
        length += scalarCount
    }

    /// The same for a whole string: appending a `String` takes `String`'s own path, where a
    /// `Substring` took the generic one of a sequence.
    mutating func append(_ piece: String, at location: SourceLocation, scalarCount: Int) {
        assert(scalarCount == Self.scalarCount(piece.utf8), "a piece's scalars were miscounted")
        anchors.append(Anchor(offset: length, location: location))
        text += piece
        length += scalarCount
    }

    /// Appends `other` with its anchors: each of its offsets keeps its place in the source.
    mutating func append(_ other: LocatedText) {
        anchors += other.anchors.map { Anchor(offset: $0.offset + length, location: $0.location) }
        text += other.text
        length += other.length
    }

    /// Removes the last scalar, which is ASCII (the hyphen that broke a word), and an anchor that
    /// pointed at it alone.
    mutating func removeLastASCII() {
        precondition(text.utf8.last.map { $0 < 0x80 } == true, "only an ASCII scalar is removed")
        text.removeLast()
        length -= 1
        while let last = anchors.last, last.offset >= length { anchors.removeLast() }
    }

    /// Appends text that is not in the source (a joining space, say); it maps to the preceding piece.
    public mutating func appendSynthetic(_ piece: String) {
        text += piece
        length += Self.scalarCount(piece.utf8)
    }

    /// The Unicode scalars in valid UTF-8: the bytes that are not continuation bytes (`10xxxxxx`),
    /// counted without decoding a scalar.
    static func scalarCount(_ bytes: some Sequence<UInt8>) -> Int {
        func count(_ bytes: some Sequence<UInt8>) -> Int {
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
        // A string's bytes are contiguous: counted in their buffer (`ByteWords.scalarCount`), not
        // through its iterator.
        return bytes.withContiguousStorageIfAvailable { ByteWords.scalarCount($0, from: 0, to: $0.count) } ?? count(bytes)
    }

    /// The source location of the scalar at `offset`.
    public func location(at offset: Int) -> SourceLocation {
        guard var best = anchors.first else { return SourceLocation(file: "", line: 0) }
        var low = 0, high = anchors.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if anchors[mid].offset <= offset {
                best = anchors[mid]
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        var location = best.location
        location.column += offset - best.offset
        return location
    }

    /// Where the text starts.
    public var startLocation: SourceLocation { location(at: 0) }
}
