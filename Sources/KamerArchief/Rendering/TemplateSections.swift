import Foundation
import Mustache

/// Sections of the layout that render the same for many pages, rendered once per distinct input
/// and reused (issue 14, "render once, reuse").
///
/// The layout is filled for every page, and its navigation (`{{#nav}}…{{/nav}}`: five links of
/// three names each) was a fifth of all template rendering, while it comes out the same for every
/// page at the same depth in the same part of the site. swift-mustache renders what it is given,
/// so the reuse is arranged around it: a top-level section qualifies when
/// - its open and close tags each stand alone on their line, so the section is whole lines, and
///   the parser surely reaches the open tag at a line start (see `TemplateLines`);
/// - every tag inside it is a plain name (a variable, a section or an inverted one, no dots,
///   transforms, partials or delimiter changes).
///
/// The layout is then parsed with each such section's lines replaced by a line `{{>__sectionN}}`,
/// a partial that is `{{{__sectionN}}}`, and the section's own lines parsed as a template of their
/// own, which renders exactly what the lines rendered in place (a standalone line is dropped the
/// same way at the start of a template, and the partial's line is dropped as the section's were).
/// Before the layout is filled, each section's output is put together item by item: when the
/// section's list is a list of objects that each hold every name read inside it, as text or a
/// flag, an item's values are all its part of the output can depend on (a name is looked up in the
/// innermost object first, and a plain name cannot read the item's position), so each item's part
/// is rendered once per distinct item and reused. The breadcrumbs end with the page itself, but
/// their other items repeat. Any other value renders the section with the page's variables.
///
/// A section whose items rarely repeat stops being kept after `trial` lookups: keeping its parts
/// would only cost memory.
struct TemplateSections: Sendable {
    struct Section: Sendable {
        /// The variable that stands for the section in the rewritten template.
        let variable: String
        /// The section's name: the list it iterates.
        let list: String
        /// Every name read inside the section, once each.
        let names: [String]
        let template: MustacheTemplate
    }

    let sections: [Section]
    private let outputs: Outputs

    /// The template text with each qualifying section's lines replaced by a line with the partial
    /// of its variable, and the sections' texts; nil when no section qualifies.
    static func extract(_ text: String) -> (root: String, sections: [(variable: String, list: String, names: [String], text: String)])? {
        let source = Array(text.utf8)
        guard case .success(let nodes) = TemplateTree.build(source) else { return nil }
        var root: [UInt8] = [], found: [(variable: String, list: String, names: [String], text: String)] = []
        var copied = 0
        // The escaping pragma shares the layout's first line, so it does not start at a line start.
        let lines = TemplateLines(source: source)
        let lineStarts = lines.lineStarts(nodes[...], startsLine: false)
        for (index, node) in nodes.enumerated() {
            guard case .section(let open, let body, let close) = node, open.kind == .section,
                lines.standsAlone(open, atLineStart: lineStarts[index]),
                let list = plainName(open, in: source), var names = bodyNames(body, in: source),
                let start = standaloneLineStart(of: open.bytes, in: source), let end = standaloneLineEnd(of: close.bytes, in: source)
            else { continue }
            names = Array(Set(names)).sorted()
            let variable = "__section\(found.count)"
            root += source[copied..<start]
            // A partial on a line of its own takes the line's place, and the line after it starts a
            // line as before; a variable would join it to that line.
            root += Array("{{>\(variable)}}\(source[end - 1] == 0x0A ? "\n" : "")".utf8)
            copied = end
            found.append((variable, list, names, String(decoding: source[start..<end], as: UTF8.self)))
        }
        guard !found.isEmpty else { return nil }
        root += source[copied...]
        return (String(decoding: root, as: UTF8.self), found)
    }

    init(_ sections: [Section]) {
        self.sections = sections
        outputs = Outputs(count: sections.count)
    }

    /// How many parts were taken from earlier pages, per section.
    var reusedParts: [Int] { sections.indices.map(outputs.hitCount) }

    /// Sets each section's variable in `context` to the section's output for it.
    func fill(_ context: inout TemplateContext) {
        for (index, section) in sections.enumerated() {
            context.set(section.variable, to: output(of: section, index, in: context))
        }
    }

    /// The section's output: each item's part kept from earlier pages or rendered and kept, or,
    /// when an item does not hold every name the section reads as text or a flag, the whole
    /// section rendered with the page's variables.
    private func output(of section: Section, _ index: Int, in context: TemplateContext) -> String {
        guard outputs.isKept(index), let keys = Self.itemKeys(of: section, in: context) else {
            return section.template.render(context)
        }
        var output = ""
        for key in keys {
            if let part = outputs.part(index, key) {
                output += part
                continue
            }
            let part = section.template.render(TemplateContext([section.list: [key.item]]))
            outputs.keep(part, index, key)
            output += part
        }
        return output
    }
}

private extension TemplateSections {
    /// How many item lookups tell whether a section's parts repeat enough to be kept.
    static let trial = 2_048
    /// The most parts kept per section; when it is reached, the section's parts start over.
    static let capacity = 4_096

    /// Each item of the section's list with the values its part depends on; nil when the list
    /// is not a list of objects that each hold every name the section reads as text or a flag.
    static func itemKeys(of section: Section, in context: TemplateContext) -> [Key]? {
        guard let value = context.value(section.list),
            ObjectIdentifier(type(of: value)) == ObjectIdentifier([[String: Any]].self)
        else { return nil }
        var keys: [Key] = []
        for item in value as! [[String: Any]] {
            guard let key = key(of: item, names: section.names) else { return nil }
            keys.append(key)
        }
        return keys
    }

    /// The values an item's part depends on, as bytes: each text after its length, each flag as
    /// one byte, in the order of the section's names.
    static func key(of item: [String: Any], names: [String]) -> Key? {
        var values: [UInt8] = []
        values.reserveCapacity(128)
        for name in names {
            guard let field = item[name] else { return nil }
            switch ObjectIdentifier(type(of: field)) {
            case ObjectIdentifier(String.self):
                let text = field as! String
                withUnsafeBytes(of: UInt32(truncatingIfNeeded: text.utf8.count)) { values.append(contentsOf: $0) }
                values.append(contentsOf: text.utf8)
            case ObjectIdentifier(Bool.self):
                values.append(field as! Bool ? 1 : 0)
            default:
                return nil
            }
        }
        return Key(values: values, item: item)
    }

    /// An item and the values its part depends on, hashed and compared as one run of bytes.
    struct Key: Hashable, @unchecked Sendable {
        let values: [UInt8]
        /// The item itself, to render its part when none is kept.
        let item: [String: Any]

        static func == (lhs: Key, rhs: Key) -> Bool { lhs.values == rhs.values }

        func hash(into hasher: inout Hasher) {
            values.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// The kept parts, shared by the pages rendered on every core.
    final class Outputs: @unchecked Sendable {
        private let lock = NSLock()
        private var kept: [[Key: String]]
        private var lookups: [Int]
        private var hits: [Int]

        init(count: Int) {
            kept = Array(repeating: [:], count: count)
            lookups = Array(repeating: 0, count: count)
            hits = Array(repeating: 0, count: count)
        }

        /// Whether parts of `section` are still looked up and kept: not after a trial in which
        /// fewer than half of them were found.
        func isKept(_ section: Int) -> Bool { lock.withLock { keeps(section) } }

        /// How many parts of `section` were found kept.
        func hitCount(_ section: Int) -> Int { lock.withLock { hits[section] } }

        /// The part kept for `key`, counted as a hit or a miss.
        func part(_ section: Int, _ key: Key) -> String? {
            lock.withLock {
                lookups[section] += 1
                let part = kept[section][key]
                if part != nil { hits[section] += 1 }
                if !keeps(section) { kept[section] = [:] }
                return part
            }
        }

        func keep(_ part: String, _ section: Int, _ key: Key) {
            lock.withLock {
                guard keeps(section) else { return }
                if kept[section].count >= TemplateSections.capacity { kept[section] = [:] }
                kept[section][key] = part
            }
        }

        private func keeps(_ section: Int) -> Bool {
            lookups[section] < TemplateSections.trial || 2 * hits[section] >= lookups[section]
        }
    }

    static func isPlain(_ name: ArraySlice<UInt8>) -> Bool {
        !name.isEmpty && name.allSatisfy { CharacterBytes.isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "_") }
    }

    static func plainName(_ tag: TemplateTag, in source: [UInt8]) -> String? {
        let name = tag.name(in: source)
        return isPlain(name) ? String(decoding: name, as: UTF8.self) : nil
    }

    /// The names read in `nodes`, when every tag among them is a plain variable, section or
    /// inverted section, or a comment; nil otherwise.
    static func bodyNames(_ nodes: [TemplateNode], in source: [UInt8]) -> [String]? {
        var names: [String] = []
        for node in nodes {
            switch node {
            case .text:
                continue
            case .tag(let tag):
                if tag.kind == .comment { continue }
                guard tag.kind == .variable, let name = plainName(tag, in: source) else { return nil }
                names.append(name)
            case .section(let open, let body, _):
                guard open.kind == .section || open.kind == .invertedSection, let name = plainName(open, in: source),
                    let inner = bodyNames(body, in: source)
                else { return nil }
                names.append(name)
                names += inner
            }
        }
        return names
    }

    /// Where the line of a tag that stands alone on it starts: only spaces and tabs before the tag
    /// on its line, and after it up to the line end.
    static func standaloneLineStart(of tag: Range<Int>, in source: [UInt8]) -> Int? {
        var start = tag.lowerBound
        while start > 0, source[start - 1] == 0x20 || source[start - 1] == 0x09 { start -= 1 }
        guard start == 0 || source[start - 1] == 0x0A, lineEnd(after: tag.upperBound, in: source) != nil else { return nil }
        return start
    }

    /// Where the line of a tag that stands alone on it ends, its line feed included.
    static func standaloneLineEnd(of tag: Range<Int>, in source: [UInt8]) -> Int? {
        guard standaloneLineStart(of: tag, in: source) != nil else { return nil }
        return lineEnd(after: tag.upperBound, in: source)
    }

    /// The end of the line (after its line feed, or the text's end) when only spaces, tabs and a
    /// carriage return come after `offset` on it.
    static func lineEnd(after offset: Int, in source: [UInt8]) -> Int? {
        var end = offset
        while end < source.count, source[end] == 0x20 || source[end] == 0x09 || source[end] == 0x0D { end += 1 }
        if end == source.count { return end }
        return source[end] == 0x0A ? end + 1 : nil
    }
}
