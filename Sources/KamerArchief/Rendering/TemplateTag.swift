/// One Mustache tag of a template, found by `TemplateTag.scan`: `{{name}}`, `{{{name}}}`,
/// `{{#name}}` and the like, as byte offsets into the template's UTF-8.
///
/// The template checker and the template splitter read tags through this one scanner, so both
/// see the same tags where swift-mustache will: a tag ends at the first `}}` (`}}}` for a triple).
struct TemplateTag {
    enum Kind: Equatable {
        case variable, section, invertedSection, close, comment, pragma, partial, delimiters
        /// `{{<name}}` and `{{$name}}`: inheritance, which has a section's shape.
        case block
    }

    let kind: Kind
    /// The whole tag, delimiters included.
    let bytes: Range<Int>
    /// What lies between the delimiters.
    let content: Range<Int>
    /// 1-based line and column (in Unicode scalars) of the tag's first `{`.
    let line: Int
    let column: Int

    /// Whether the tag opens something a `{{/name}}` closes.
    var opens: Bool { kind == .section || kind == .invertedSection || kind == .block }

    /// The tag's name: its content without sigil and surrounding spaces.
    func name(in source: [UInt8]) -> ArraySlice<UInt8> {
        var start = content.lowerBound, end = content.upperBound
        while start < end, source[start] == UInt8(ascii: " ") { start += 1 }
        if kind != .variable || (start < end && source[start] == UInt8(ascii: "&")), start < end { start += 1 }
        while start < end, source[start] == UInt8(ascii: " ") || source[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, source[end - 1] == UInt8(ascii: " ") || source[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return source[start..<end]
    }

    /// Calls `visit` with every tag of `source` in order, in one pass, until it returns false.
    /// Returns the position of a `{{` that no `}}` closes, if there is one; scanning stops there,
    /// as the parser does.
    @discardableResult
    static func scan(_ source: [UInt8], visit: (TemplateTag) -> Bool) -> (line: Int, column: Int)? {
        var line = 1, column = 1, index = 0
        func advance(to end: Int) {
            while index < end {
                let byte = source[index]
                if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
        }
        while let open = find(source, UInt8(ascii: "{"), count: 2, from: index) {
            advance(to: open)
            let triple = open + 2 < source.count && source[open + 2] == UInt8(ascii: "{")
            let delimiter = triple ? 3 : 2
            guard let close = find(source, UInt8(ascii: "}"), count: delimiter, from: open + 2) else {
                return (line, column)
            }
            let content = (open + delimiter)..<close
            guard visit(TemplateTag(kind: triple ? .variable : kind(of: source, content), bytes: open..<(close + delimiter),
                                    content: content, line: line, column: column)) else { return nil }
            advance(to: close + delimiter)
        }
        return nil
    }
}

private extension TemplateTag {
    static func kind(of source: [UInt8], _ content: Range<Int>) -> Kind {
        guard let sigil = source[content].first(where: { $0 != UInt8(ascii: " ") }) else { return .variable }
        switch sigil {
        case UInt8(ascii: "#"): return .section
        case UInt8(ascii: "^"): return .invertedSection
        case UInt8(ascii: "/"): return .close
        case UInt8(ascii: "!"): return .comment
        case UInt8(ascii: "%"): return .pragma
        case UInt8(ascii: ">"): return .partial
        case UInt8(ascii: "="): return .delimiters
        case UInt8(ascii: "<"), UInt8(ascii: "$"): return .block
        default: return .variable
        }
    }

    /// The first index at or after `start` where `count` copies of `byte` follow each other.
    static func find(_ source: [UInt8], _ byte: UInt8, count: Int, from start: Int) -> Int? {
        var index = start
        while index + count <= source.count {
            if source[index] == byte && (1..<count).allSatisfy({ source[index + $0] == byte }) { return index }
            index += 1
        }
        return nil
    }
}
