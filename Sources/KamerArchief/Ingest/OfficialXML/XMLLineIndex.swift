/// Turns byte offsets into `file:line:column` positions, columns counted in Unicode scalars.
///
/// The parser asks for positions in document order, so the index keeps a cursor and only scans
/// the bytes between the previous position and the next one: all look-ups of one document cost
/// one pass over it together, even when the whole document is one line. A position before the
/// cursor (rare) scans again from the start.
final class XMLLineIndex {
    let path: String
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8], path: String) {
        self.path = path
        self.bytes = bytes
    }

    func location(ofByte target: Int) -> SourceLocation {
        let target = min(max(target, 0), bytes.count)
        if target < offset { (offset, line, column) = (0, 1, 1) }
        // Locals, not properties, in the loop: no exclusivity checks per byte.
        var (position, line, column) = (offset, self.line, self.column)
        bytes.withUnsafeBufferPointer { buffer in
            while position < target {
                let byte = buffer[position]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                position += 1
            }
        }
        (offset, self.line, self.column) = (position, line, column)
        return SourceLocation(file: path, line: line, column: column)
    }
}
