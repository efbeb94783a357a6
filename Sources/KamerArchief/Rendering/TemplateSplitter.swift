/// Splits a large template into small parts that include each other as Mustache partials, so
/// that loading it takes time linear in its size.
///
/// swift-mustache's parser measures the distance to the end of its text at every tag, which makes
/// parsing quadratic: 100 KB of tags take seconds, 10 MB would take hours. Parsed in parts of
/// about `partSize` bytes, with at most `fanOut` partials in any part, the same template costs a
/// constant per byte. The parts render exactly what the whole template renders: they are cut
/// only where the parser's state at the cut is the one a new template starts in (see `Cut`).
///
/// User templates cannot contain partials (`TemplateChecker` rejects them), so the parts' own
/// names cannot clash with anything a template says.
struct TemplateSplitter {
    /// A part: its name in the template's partial library, its text, and where in the source its
    /// first byte lies when the text is a contiguous slice of the source (for error locations).
    struct Part {
        let name: String
        let text: String
        let origin: Int
        let isContiguous: Bool
    }

    /// Bytes of template text per part, and partial tags per part: small enough that the
    /// parser's work per part stays constant, large enough that rendering is not all partials.
    private let partSize: Int
    private let fanOut: Int
    private let source: [UInt8]
    /// Written at the start of every part with text, which partials do not inherit from their
    /// includer: swift-mustache renders every partial with the HTML content type.
    private let prelude: [UInt8]
    private(set) var parts: [Part] = []

    /// The root template's text and the parts it includes, or an error at a line and column.
    /// `startsLine`: whether the root's first byte is at a line start for the parser; not when
    /// the root is given a pragma on its first line.
    static func split(_ text: String, prelude: String, startsLine: Bool = true, partSize: Int = 512, fanOut: Int = 32)
        -> Result<(root: String, parts: [Part]), TemplateTree.Error> {
        let source = Array(text.utf8)
        switch TemplateTree.build(source) {
        case .failure(let error):
            return .failure(error)
        case .success(let nodes):
            var splitter = TemplateSplitter(partSize: partSize, fanOut: fanOut, source: source, prelude: Array(prelude.utf8))
            var root: [UInt8] = []
            splitter.write(nodes[...], startsLine: startsLine, into: &root)
            return .success((String(decoding: root, as: UTF8.self), splitter.parts))
        }
    }
}

private extension TemplateSplitter {
    /// Where a list of nodes may be cut. `line`: after a newline, where the parser is surely at
    /// the start of a line, just as in a new template. `inline`: between something after which the
    /// parser is mid-line with no spaces held back (`endsInline`) and something that parses the
    /// same at a line start as mid-line (`startsInline`). A part that starts mid-line must also
    /// end mid-line, since its partial tag in the including template cannot put the parser back
    /// at the start of a line.
    enum Cut: Equatable { case line, inline }

    init(partSize: Int, fanOut: Int, source: [UInt8], prelude: [UInt8]) {
        self.partSize = partSize
        self.fanOut = fanOut
        self.source = source
        self.prelude = prelude
    }

    /// Writes `nodes` as template text, moving runs of them into parts when they are large.
    /// `startsLine`: whether the parser is surely at the start of a line before the first node.
    mutating func write(_ nodes: ArraySlice<TemplateNode>, startsLine: Bool, into output: inout [UInt8]) {
        let lineStarts = TemplateLines(source: source).lineStarts(nodes, startsLine: startsLine)
        let start = nodes.startIndex
        let size = nodes.reduce(0) { $0 + $1.bytes.count }
        let cuts = size > 2 * partSize ? self.cuts(in: nodes, lineStarts: lineStarts) : []
        guard cuts.count >= 2 else {
            for index in nodes.indices { writeWhole(nodes[index], atLineStart: lineStarts[index - start], into: &output) }
            return
        }
        for index in start..<cuts[0].index { writeWhole(nodes[index], atLineStart: lineStarts[index - start], into: &output) }
        var pieces: [(ref: String, start: Cut, end: Cut)] = []
        for (from, to) in zip(cuts, cuts.dropFirst()) {
            let before = parts.count
            var text = prelude
            // A part starts at a line start, or mid-line before a node whose parse is the same there.
            write(nodes[from.index..<to.index], startsLine: true, into: &text)
            let name = "part.\(parts.count)"
            parts.append(Part(name: name, text: String(decoding: text, as: UTF8.self),
                              origin: nodes[from.index].bytes.lowerBound, isContiguous: parts.count == before))
            pieces.append((name, from.cut, to.cut))
        }
        output += Array(references(pieces[...]).utf8)
        for index in cuts[cuts.count - 1].index..<nodes.endIndex {
            writeWhole(nodes[index], atLineStart: lineStarts[index - start], into: &output)
        }
    }

    mutating func writeWhole(_ node: TemplateNode, atLineStart: Bool, into output: inout [UInt8]) {
        switch node {
        case .text(let bytes):
            output += source[bytes]
        case .tag(let tag):
            output += source[tag.bytes]
        case .section(let open, let body, let close):
            output += source[open.bytes]
            if open.kind == .block {
                for node in body { writeWhole(node, atLineStart: false, into: &output) }
            } else {
                write(body[...], startsLine: TemplateLines(source: source).standsAlone(open, atLineStart: atLineStart), into: &output)
            }
            output += source[close.bytes]
        }
    }

    /// The cuts `write` makes in `nodes`: one about every `partSize` bytes, at the start of a line
    /// when one comes within twice that, and never a line cut after an inline one.
    func cuts(in nodes: ArraySlice<TemplateNode>, lineStarts: [Bool]) -> [(index: Int, cut: Cut)] {
        let start = nodes.startIndex
        var kinds: [Cut?] = [nil]
        for index in (start + 1)..<nodes.endIndex {
            if case .text(let bytes) = nodes[index - 1], source[bytes.upperBound - 1] == UInt8(ascii: "\n") {
                kinds.append(lineStarts[index - start] ? .line : nil)
            } else {
                kinds.append(endsInline(nodes[index - 1]) && startsInline(index, in: nodes) ? .inline : nil)
            }
        }
        // The next line cut at or after each index, for looking ahead in constant time.
        var nextLine = [Int?](repeating: nil, count: kinds.count + 1)
        for offset in kinds.indices.reversed() { nextLine[offset] = kinds[offset] == .line ? start + offset : nextLine[offset + 1] }

        var cuts: [(index: Int, cut: Cut)] = []
        var from = nodes[start].bytes.lowerBound
        for index in (start + 1)..<nodes.endIndex {
            guard let cut = kinds[index - start] else { continue }
            if cuts.last?.cut == .inline, cut == .line { continue }
            let offset = nodes[index].bytes.lowerBound
            guard cuts.isEmpty || offset - from >= partSize else { continue }
            if cut == .inline, cuts.last?.cut != .inline, let line = nextLine[index - start],
               nodes[line].bytes.lowerBound - from < 2 * partSize { continue }
            cuts.append((index, cut))
            from = offset
        }
        return cuts
    }

    /// Partial tags for `pieces`, in a tree of at most `fanOut` tags per part. A piece that ends at
    /// the start of a line is a standalone tag (`{{>name}}` and a newline), which renders the
    /// partial and nothing else; one that ends mid-line is a bare tag.
    mutating func references(_ pieces: ArraySlice<(ref: String, start: Cut, end: Cut)>) -> String {
        guard pieces.count > fanOut else {
            return pieces.map { "{{>\($0.ref)}}" + ($0.end == .line ? "\n" : "") }.joined()
        }
        var groups: [(ref: String, start: Cut, end: Cut)] = []
        var start = pieces.startIndex
        while start < pieces.endIndex {
            let end = min(start + (pieces.count + fanOut - 1) / fanOut, pieces.endIndex)
            let text = references(pieces[start..<end])
            let name = "part.\(parts.count)"
            parts.append(Part(name: name, text: text, origin: 0, isContiguous: false))
            groups.append((name, pieces[start].start, pieces[end - 1].end))
            start = end
        }
        return references(groups[...])
    }

    /// Whether the parser, after `node`, is mid-line with no white space held back: after a
    /// variable, text with more than spaces in it (spaces are held back only at a line start),
    /// or a section that ends that way inside.
    func endsInline(_ node: TemplateNode) -> Bool {
        switch node {
        case .text(let bytes):
            let last = source[bytes.upperBound - 1]
            return last != UInt8(ascii: "\n") && last != UInt8(ascii: "\r") && !source[bytes].allSatisfy(Self.isSpace)
        case .tag(let tag): return tag.kind == .variable
        case .section(let open, let body, _): return open.kind != .block && body.last.map(endsInline) == true
        }
    }

    /// Whether `nodes[index]` parses the same at a line start as mid-line: a variable, text that
    /// starts with more than a space, a section tag that is not the last thing on its line, or
    /// spaces before a variable or such a section tag (which then writes them out as text).
    func startsInline(_ index: Int, in nodes: ArraySlice<TemplateNode>) -> Bool {
        switch nodes[index] {
        case .text(let bytes):
            if !Self.isSpace(source[bytes.lowerBound]) { return true }
            guard source[bytes].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }), index + 1 < nodes.endIndex else { return false }
            if case .text = nodes[index + 1] { return false }
            return startsInline(index + 1, in: nodes)
        case .tag(let tag): return tag.kind == .variable
        case .section(let open, _, _):
            // A section tag followed by the end of its line would be standalone in a new template.
            let after = open.bytes.upperBound
            return open.kind != .block && after < source.count && source[after] < 0x80
                && !Self.isSpace(source[after]) && source[after] != 0x0B && source[after] != 0x0C
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { TemplateLines.isSpace(byte) }
}
