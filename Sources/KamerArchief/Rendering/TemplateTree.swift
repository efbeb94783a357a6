/// A template as a tree of text, tags and sections, built in one pass from `TemplateTag.scan`,
/// for `TemplateSplitter`. Text is cut after every newline, so that a node list can be split at
/// the start of any line.
indirect enum TemplateNode {
    case text(Range<Int>)
    case tag(TemplateTag)
    case section(open: TemplateTag, body: [TemplateNode], close: TemplateTag)

    /// The bytes of the source the node covers.
    var bytes: Range<Int> {
        switch self {
        case .text(let bytes): return bytes
        case .tag(let tag): return tag.bytes
        case .section(let open, _, let close): return open.bytes.lowerBound..<close.bytes.upperBound
        }
    }
}

enum TemplateTree {
    struct Error: Swift.Error, Equatable {
        let message: String
        let line: Int
        let column: Int
    }

    /// The template's nodes, or the first structural error: a tag that is never closed, a
    /// section closed by another name or never closed, a close without a section, or sections
    /// nested deeper than `TemplateChecker.maximumDepth`.
    static func build(_ source: [UInt8]) -> Result<[TemplateNode], Error> {
        var open: [(tag: TemplateTag, nodes: [TemplateNode])] = [(TemplateTag.root, [])]
        var cursor = 0
        var failure: Error?
        func addText(upTo end: Int) {
            while cursor < end {
                let lineEnd = source[cursor..<end].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? end
                open[open.count - 1].nodes.append(.text(cursor..<lineEnd))
                cursor = lineEnd
            }
        }
        let unclosed = TemplateTag.scan(source) { tag in
            addText(upTo: tag.bytes.lowerBound)
            cursor = tag.bytes.upperBound
            if tag.opens {
                guard open.count <= TemplateChecker.maximumDepth else {
                    failure = Error(message: "sections are nested more than \(TemplateChecker.maximumDepth) deep", line: tag.line, column: tag.column)
                    return false
                }
                open.append((tag, []))
            } else if tag.kind == .close {
                guard open.count > 1 else {
                    failure = Error(message: "'{{\(String(decoding: source[tag.content], as: UTF8.self))}}' closes no section", line: tag.line, column: tag.column)
                    return false
                }
                let section = open.removeLast()
                guard section.tag.name(in: source) == tag.name(in: source) else {
                    failure = Error(message: "'{{\(String(decoding: source[tag.content], as: UTF8.self))}}' closes the section opened at line \(section.tag.line) by another name",
                                    line: tag.line, column: tag.column)
                    return false
                }
                open[open.count - 1].nodes.append(.section(open: section.tag, body: section.nodes, close: tag))
            } else {
                open[open.count - 1].nodes.append(.tag(tag))
            }
            return true
        }
        if let failure { return .failure(failure) }
        if let unclosed { return .failure(Error(message: "a tag opened here is never closed with }}", line: unclosed.line, column: unclosed.column)) }
        if open.count > 1, let section = open.last {
            return .failure(Error(message: "the section opened here is never closed", line: section.tag.line, column: section.tag.column))
        }
        addText(upTo: source.count)
        return .success(open[0].nodes)
    }
}

private extension TemplateTag {
    /// Stands for the template itself at the bottom of the stack of open sections.
    static let root = TemplateTag(kind: .section, bytes: 0..<0, content: 0..<0, line: 1, column: 1)
}

/// Where swift-mustache's parser stands at a line start, which decides whether a tag there is
/// standalone: what `TemplateSplitter` may cut and `TemplateSections` may take out of the layout.
struct TemplateLines {
    let source: [UInt8]

    /// For each node, whether the parser is surely at the start of a line (nothing but spaces
    /// before it on its line) when it reaches the node. swift-mustache continues after a section
    /// as the section's opening tag left it: at a line start when that tag stood alone on its line.
    func lineStarts(_ nodes: ArraySlice<TemplateNode>, startsLine: Bool) -> [Bool] {
        var starts = [startsLine]
        for index in (nodes.startIndex + 1)..<max(nodes.endIndex, nodes.startIndex + 1) {
            guard case .text(let bytes) = nodes[index - 1] else {
                starts.append(false)
                continue
            }
            let blank = source[bytes].allSatisfy(Self.isSpace)
            if source[bytes.upperBound - 1] != UInt8(ascii: "\n") {
                starts.append(blank && starts[starts.count - 1])
            } else if blank, index - 2 >= nodes.startIndex, case .section(let open, _, _) = nodes[index - 2] {
                // The closing tag may have taken this line end as its own.
                starts.append(standsAlone(open, atLineStart: starts[starts.count - 2]))
            } else {
                starts.append(true)
            }
        }
        return Array(starts.prefix(nodes.count))
    }

    /// Whether a section's opening tag surely stands alone on its line, which makes the parser
    /// start the section at a line start and continue after it at one.
    func standsAlone(_ open: TemplateTag, atLineStart: Bool) -> Bool {
        guard atLineStart else { return false }
        var index = open.bytes.upperBound
        while index < source.count, source[index] == UInt8(ascii: " ") || source[index] == UInt8(ascii: "\t") { index += 1 }
        if index < source.count, source[index] == UInt8(ascii: "\n") { return true }
        return index + 1 < source.count && source[index] == UInt8(ascii: "\r") && source[index + 1] == UInt8(ascii: "\n")
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
