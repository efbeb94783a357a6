/// Turns byte offsets into `file:line:column` positions, columns counted in Unicode scalars.
///
/// Built in one pass over the bytes (the offsets of line starts); each look-up is a binary search
/// plus a count of the scalars between the line start and the offset.
struct XMLLineIndex {
    let path: String
    private let bytes: [UInt8]
    /// Byte offset of the first byte of each line; line 1 starts at 0.
    private let lineStarts: [Int]

    init(bytes: [UInt8], path: String) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    func location(ofByte offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for byte in bytes[lineStarts[low]..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return SourceLocation(file: path, line: low + 1, column: column)
    }
}
