/// Byte-level answers to Character questions, for scans that walk a text's UTF-8 instead of its
/// Characters (grapheme breaking costs far more than the scans' own work).
///
/// Between two ASCII bytes there is always a Character boundary (CR LF aside, which the decoder
/// has made LF), and the marks that join a scalar to the one before (Extend, SpacingMark, ZWJ) are
/// never ASCII. So an ASCII byte followed by an ASCII byte, or by the end of the text, is a
/// Character of its own when a Character starts at it. (A Prepend scalar before it, such as an
/// Arabic number sign, would join it to the previous Character; such scalars do not occur in the
/// documents' Latin text.) Everything else is asked of the Character itself.
enum CharacterBytes {
    /// Where `needle` first occurs in `bytes`, at or after `start`.
    static func firstIndex<Bytes: Collection<UInt8>>(of needle: some Collection<UInt8>, in bytes: Bytes, from start: Bytes.Index) -> Bytes.Index? {
        guard let first = needle.first else { return start }
        var index = start
        while let found = bytes[index...].firstIndex(of: first) {
            if bytes[found...].starts(with: needle) { return found }
            index = bytes.index(after: found)
        }
        return nil
    }

    /// The byte at `index` when it is a whole Character by the rule above, else nil.
    @inline(__always)
    static func loneASCII(_ bytes: Substring.UTF8View, at index: String.Index) -> UInt8? {
        let byte = bytes[index]
        guard byte < 0x80 else { return nil }
        let next = bytes.index(after: index)
        return next == bytes.endIndex || bytes[next] < 0x80 ? byte : nil
    }

    /// `range` of `bytes` without the spaces at either end, as trimming `" "` Characters leaves it;
    /// nil where a trimmed space touches a byte beyond ASCII, which may be a mark that joins the
    /// space into a Character that is no space (or a prepended one before it): Characters decide.
    static func trimmingSpaces(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
        if lower > range.lowerBound && lower < upper && bytes[lower] >= 0x80 || upper < range.upperBound && upper > lower && bytes[upper - 1] >= 0x80 {
            return nil
        }
        return lower..<upper
    }

    /// Whether an ASCII byte is a letter (A–Z, a–z) or a digit: `Character.isLetter || isNumber`
    /// for an ASCII Character.
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
    }

    /// Whether an ASCII byte is a letter (A–Z, a–z): `Character.isLetter` for an ASCII Character.
    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// An ASCII capital as its small letter; any other byte as it is.
    @inline(__always)
    static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
