/// A glyph's box on a PDF page, in points from the page's top left corner.
struct PDFGlyphBox: Sendable, Hashable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    var height: Double { bottom - top }
}

/// Rebuilds a page's lines from poppler's text and the box of each of its characters.
///
/// Poppler joins text that shares a baseline even when it stands in separate columns
/// (`21 501-02Raad Algemene Zaken`, `Nr. 3121MOTIE VAN HET LID`), and it marks no paragraph
/// breaks. Both are read from the geometry: a horizontal gap wider than twice the line's height
/// starts a new line, and a line whose baseline lies more than 1.8 line heights below the previous
/// one is preceded by an empty line (body text is set at about 1.3 line heights). Single pass over
/// the UTF-8 bytes; `boxes` has one entry per character (scalar). When the counts differ the text
/// is copied as it is.
enum PDFPageLines {
    /// A horizontal gap of more than this many line heights separates columns.
    static let columnGap = 2.0
    /// A baseline step of more than this many line heights is a paragraph (or block) break.
    static let paragraphStep = 1.8

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, boxes: [PDFGlyphBox], to output: inout [UInt8]) {
        guard boxes.count == scalarCount(bytes) else {
            output.append(contentsOf: bytes)
            return
        }
        var line: (last: PDFGlyphBox, bottom: Double, height: Double)?
        var previousLine: (bottom: Double, height: Double)?
        var pendingBreak = false
        var glyph = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = sequenceLength(byte)
            let box = boxes[glyph]
            glyph += 1
            defer { index += length }
            if byte == 0x0A {
                if let current = line { previousLine = (current.bottom, current.height) }
                line = nil
                pendingBreak = true
                continue
            }
            if byte == 0x20 || byte == 0x09 {
                if !pendingBreak { output.append(byte) }
                continue
            }
            if let current = line, let height = usableHeight(current.height, box.height),
                box.left - current.last.right > columnGap * height
            {
                output.append(0x0A)
                line = nil
            } else if pendingBreak {
                output.append(0x0A)
                if let previous = previousLine, let height = usableHeight(previous.height, box.height),
                    box.bottom - previous.bottom > paragraphStep * height
                {
                    output.append(0x0A)
                }
            }
            pendingBreak = false
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<min(index + length, bytes.count)]))
            if let current = line {
                line = (box, max(current.bottom, box.bottom), max(current.height, box.height))
            } else {
                line = (box, box.bottom, box.height)
            }
        }
    }
}

private extension PDFPageLines {
    /// The larger of two glyph heights, or nil when both are degenerate (invisible text, some
    /// Type 3 fonts): then the geometry says nothing and poppler's own line breaks stand.
    static func usableHeight(_ first: Double, _ second: Double) -> Double? {
        let height = max(first, second)
        return height > 0.5 ? height : nil
    }

    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }

    /// Scalars in the bytes: every byte that is not a continuation byte starts one.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
