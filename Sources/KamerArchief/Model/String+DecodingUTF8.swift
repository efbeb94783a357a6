extension String {
    /// The string `String(decoding: bytes, as: UTF8.self)` makes (ill-formed sequences replaced
    /// with U+FFFD in the same way), made in less time from text that is mostly ASCII.
    ///
    /// The standard library checks a buffer eight bytes at a time only when every byte is ASCII;
    /// one byte beyond ASCII, one `é` in a letter of 40 KB, and it checks every byte on its own,
    /// some ten instructions each. Here each run of at least `asciiPieceLength` ASCII bytes is
    /// decoded apart, which takes that fast path, and so is each stretch between those runs. The
    /// pieces join at ASCII bytes, which no UTF-8 sequence holds and which end any ill-formed one,
    /// so decoding them apart gives the same scalars as decoding the whole.
    init(decodingUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        let firstNonASCII = ByteWords.firstNonASCII(bytes)
        guard firstNonASCII < bytes.count, bytes.count >= 2 * Self.asciiPieceLength else {
            self = String(decoding: bytes, as: UTF8.self)
            return
        }
        var text = ""
        text.reserveCapacity(bytes.count)
        func append(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            text.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
        }
        // The stretch not yet appended starts at `pending`; `index` starts an ASCII run.
        var pending = 0, index = 0
        while index < bytes.count {
            let runEnd = index == 0 ? firstNonASCII : ByteWords.firstNonASCII(bytes, from: index)
            if runEnd - index >= Self.asciiPieceLength {
                append(pending..<index)
                append(index..<runEnd)
                pending = runEnd
            }
            index = runEnd
            while index < bytes.count, bytes[index] >= 0x80 { index += 1 }
        }
        append(pending..<bytes.count)
        self = text
    }

    /// The same for an array's bytes.
    init(decodingUTF8 bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { String(decodingUTF8: $0) }
    }

    /// The shortest run of ASCII that `init(decodingUTF8:)` decodes as a piece of its own: each
    /// piece is a `String` made and appended, a few hundred instructions, which a run of this
    /// length repays.
    static let asciiPieceLength = 128
}
