/// Turns a file's bytes into text the parsers can trust: UTF-8, no BOM, LF line ends.
///
/// Problems become diagnostics: NUL bytes or a PDF signature are errors (the file is not text);
/// invalid UTF-8 is replaced with U+FFFD and reported at the first bad byte; an empty file is a warning.
/// pdfminer's unmapped bullets (`(cid:127)`) become blanks or bullets (`UnmappedGlyphs`).
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], path: String) -> (text: String?, diagnostics: [Diagnostic]) {
        let file = SourceLocation(file: path, line: 0, column: 0)
        if bytes.starts(with: Array("%PDF-".utf8)) {
            return (nil, [.error(.binaryFile, "this is a PDF file, not text; extract its text first (for example with pdftotext)", at: file)])
        }
        let survey = ByteSurvey(bytes)
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let bad = survey.firstNUL == nil && !survey.isASCII ? firstInvalidUTF8Byte(body) : nil
        if let binary = binaryFile(bytes, firstNUL: survey.firstNUL, isUTF8: bad == nil, path: path) { return (nil, [binary]) }
        var diagnostics: [Diagnostic] = []
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            diagnostics.append(.warning(.emptyFile, "the file is empty; it is skipped", at: file))
            return ("", diagnostics)
        }
        if let bad {
            let location = position(ofByte: bad, in: bytes, path: path)
            diagnostics.append(.warning(
                .invalidUTF8, "invalid UTF-8 at byte offset \(bad); bad bytes were replaced with U+FFFD", at: location))
        }
        // A CR is never part of an invalid sequence, so line ends can be made LF before decoding.
        if body.withUnsafeBufferPointer(UnmappedGlyphs.occur) {
            return (String(decodingUTF8: UnmappedGlyphs.cleaned(survey.hasCR ? lineFeedsOnly(body) : Array(body))), diagnostics)
        }
        let text = survey.hasCR ? String(decodingUTF8: lineFeedsOnly(body)) : body.withUnsafeBufferPointer { String(decodingUTF8: $0) }
        return (text, diagnostics)
    }
}

private extension TextDecoder {
    /// What the decoder needs to know of a file's bytes first: where the first NUL is, whether
    /// every byte is ASCII, and whether any line ends in CR. Each is a scan that reads many bytes
    /// at a time: `memchr` for the NUL and the CR, eight bytes a step for a byte beyond ASCII.
    /// After a NUL the file is not text, and the other two are not asked.
    struct ByteSurvey {
        var firstNUL: Int?
        var isASCII = true
        var hasCR = false

        init(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { bytes in
                firstNUL = ByteWords.first(0x00, in: bytes, from: 0, to: bytes.count)
                guard firstNUL == nil else { return }
                hasCR = ByteWords.first(0x0D, in: bytes, from: 0, to: bytes.count) != nil
                isASCII = ByteWords.firstNonASCII(bytes) == bytes.count
            }
        }
    }

    /// `bytes` with `\r\n` and lone `\r` made `\n`.
    static func lineFeedsOnly(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard byte == 0x0D else { result.append(byte); continue }
            result.append(0x0A)
            if index < bytes.endIndex, bytes[index] == 0x0A { index += 1 }
        }
        return result
    }

    /// The index (into the full byte array) of the first byte that does not start a valid UTF-8 sequence.
    static func firstInvalidUTF8Byte(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8Byte($0) }.map { bytes.startIndex + $0 }
    }
}

extension TextDecoder {
    /// The offset of the first byte of `bytes` that does not start a valid UTF-8 sequence; ASCII is
    /// skipped eight bytes at a time. `CommonMark.parseOptions` spares libcmark its own check by it.
    static func firstInvalidUTF8Byte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            index = ByteWords.firstNonASCII(bytes, from: index)
            guard index < bytes.count else { break }
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            let second = bytes[index + 1]
            let secondRange: ClosedRange<UInt8> =
                lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F
                : lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
            guard secondRange.contains(second) else { return index }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return index }
            index += length
        }
        return nil
    }

    /// The error for bytes that are no text in UTF-8 or an 8-bit encoding: a NUL byte, or, in
    /// bytes that are no valid UTF-8, control bytes other than tab, line and page ends (and Word's
    /// marks) in more than one in a hundred of the first 8 KB, as random or compressed bytes have
    /// (one in eleven) and no text does. The caller has looked for the first NUL and checked the
    /// bytes as UTF-8, which its reader asks as well.
    static func binaryFile(_ bytes: [UInt8], firstNUL: Int?, isUTF8: Bool, path: String) -> Diagnostic? {
        if let nul = firstNUL {
            return .error(.binaryFile, "binary file: NUL byte at byte offset \(nul); only text documents can be built",
                          at: position(ofByte: nul, in: bytes, path: path))
        }
        guard !isUTF8 else { return nil }
        let read = bytes.prefix(8_192)
        // Tab, line and page ends, and what Word's text keeps of its own marks: a cell's end (0x07),
        // a soft return (0x0B), a hard and a soft hyphen (0x1E, 0x1F).
        let isControl = { (byte: UInt8) in byte < 0x20 && ![0x07, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1E, 0x1F].contains(byte) }
        let controls = read.lazy.filter(isControl).count
        guard controls > max(4, read.count / 100), let first = read.firstIndex(where: isControl) else { return nil }
        return .error(.binaryFile, "binary file: \(controls) control bytes in its first \(read.count), the first at byte offset \(first); "
            + "only text documents can be built", at: position(ofByte: first, in: bytes, path: path))
    }

    /// The 1-based line and column (in decoded scalars) of byte `offset`.
    static func position(ofByte offset: Int, in bytes: [UInt8], path: String) -> SourceLocation {
        let before = bytes[..<offset]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(file: path, line: line, column: column)
    }
}
