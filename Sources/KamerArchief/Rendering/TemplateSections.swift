import Foundation
import Mustache

/// Sections of a template whose items are filled into a shape rendered once, instead of being
/// rendered by swift-mustache one by one (issue 14, "render once, reuse").
///
/// swift-mustache looks every name up anew, for every item of every list on every page, at about
/// 11,000 instructions a lookup under callgrind (it splits the name at dots and casts each object
/// on its stack to several protocols), while an item's output depends only on its values. So the
/// rendering is arranged around it: a section qualifies when
/// - it is at the top of the template, or inside sections of the page's flags and texts (its
///   `guards`: they put nothing on swift-mustache's stack that holds a name);
/// - its open and close tags each stand alone on their line, so the section is whole lines, and
///   the parser surely reaches the open tag at a line start (see `TemplateLines`);
/// - the page type gives a list or an object by the section's name (`TemplateVariables`), and
///   every tag inside it is one of its items' plain fields (a variable, a section or an inverted
///   one: no dots, transforms, partials or delimiter changes), or a list of its items' own with
///   plain fields on whole lines (`nested`: a document's sections and their paragraphs);
/// - its text holds no private-use marker (see `TemplateShape`).
///
/// The template is then parsed with each such section's lines replaced by a line `{{>__sectionN}}`,
/// a partial that is `{{{__sectionN}}}`, and the section's own lines parsed as a template of their
/// own, which renders exactly what the lines rendered in place (a standalone line is dropped the
/// same way at the start of a template, and the partial's line is dropped as the section's were);
/// an item's own lists are cut out of it the same way. Before the template is filled, each
/// section's output is put together item by item. When the section's value is a list of objects
/// (or one object) that each hold every name read inside it as text, number or flag, and each of
/// its lists as such a list, an item's output depends only on those values: a name is looked up
/// in the innermost object first, and a plain name cannot read the item's position. Its flags
/// decide which parts show, and its texts (numbers render as their text, its lists as their
/// output) are spliced in. So each item is filled into the `TemplateShape` of its flags. Any other
/// value renders the section as written, with the page's variables, as in place; and when a guard
/// holds an object or a list of objects, whose names could hide the page's, the template is
/// rendered whole.
struct TemplateSections: Sendable {
    /// A class: a page's fill passes each section along, and a struct of ten fields was copied,
    /// a retain and a release of each, at every step.
    final class Section: Sendable {
        /// The variable that stands for the section in the rewritten template.
        let variable: String
        /// The section's name: the list it iterates.
        let list: String
        /// Every name read inside the section, once each (its lists' names not among them).
        let names: [String]
        /// The keys of `variable`, `list` and `names`, made once.
        let variableKey: TemplateKey, listKey: TemplateKey, nameKeys: [TemplateKey]
        /// The flag or text sections it is inside (see `Extracted`).
        let guards: [Guard]
        /// The section with a partial line in place of each of its lists, which `parts` holds.
        let template: MustacheTemplate
        let parts: MustacheLibrary?
        /// The section as written, to render in place.
        let original: MustacheTemplate
        /// The lists in its items (`sections[paragraphs[…]]`), each filled into shapes of its own.
        let nested: [Section]
        let shapes = TemplateShapes()
        let recent = RecentOutputs()

        init(
            variable: String, list: String, names: [String], guards: [Guard], template: MustacheTemplate, parts: MustacheLibrary?,
            original: MustacheTemplate, nested: [Section]
        ) {
            self.variable = variable
            self.list = list
            self.names = names
            self.guards = guards
            self.template = template
            self.parts = parts
            self.original = original
            self.nested = nested
            variableKey = TemplateKey(variable)
            listKey = TemplateKey(list)
            nameKeys = names.map { TemplateKey($0) }
        }

        /// The texts of an item's shape: its names, then the variables of its lists, whose
        /// outputs are texts of each item.
        var shapeNames: [String] { names + nested.map(\.variable) }
    }

    let sections: [Section]
    /// The template's escaping of values (its content type's `escapeText`, appended as bytes).
    private let escape: TemplateEscape

    /// A flag's or a text's section (or inverted section) that a qualifying section is inside.
    struct Guard: Equatable, Sendable {
        let name: String
        let inverted: Bool
        /// `name`'s key, made once.
        let key: TemplateKey

        init(name: String, inverted: Bool) {
            self.name = name
            self.inverted = inverted
            key = TemplateKey(name)
        }

        /// Whether the section surely does not show for `value` (then neither does the one inside).
        func hides(_ value: Any?) -> Bool {
            switch value {
            case nil: return !inverted
            case let flag as Bool: return flag == inverted
            case is String, is TemplateBytes: return inverted
            default: return false
            }
        }
    }

    /// A qualifying section found in a template's text.
    struct Extracted: Equatable {
        var variable: String
        var list: String
        /// The names read inside it, once each (those of `nested` not among them).
        var names: [String]
        /// Its lines, with a partial line in place of each of `nested`.
        var text: String
        /// Its lines as written.
        var original: String
        /// The flag or text sections it is inside, outermost first.
        var guards: [Guard] = []
        /// The lists of its items' own (a field of each item that is a list of objects with
        /// plain fields), each on whole lines, directly in it or in its items' flags' sections.
        var nested: [Extracted] = []
    }

    /// The template text with each qualifying section's lines replaced by a line with the partial
    /// of its variable, and the sections' texts; nil when no section qualifies. `scope` holds the
    /// variables of the template's page type. A qualifying section may be inside sections of the
    /// page's flags and texts (`{{#hasFootnotes}}`), which do not change where a name is looked
    /// up as long as their values are not objects: its `guards`.
    static func extract(_ text: String, scope: TemplateScope) -> (root: String, sections: [Extracted])? {
        let source = Array(text.utf8)
        guard case .success(let nodes) = TemplateTree.build(source) else { return nil }
        var search = Search(source: source, scope: scope, lines: TemplateLines(source: source))
        // The escaping pragma shares the template's first line, so it does not start at a line start.
        search.visit(nodes[...], startsLine: false, guards: [])
        guard !search.found.isEmpty else { return nil }
        search.root += source[search.copied...]
        return (String(decoding: search.root, as: UTF8.self), search.found)
    }

    /// The walk of `extract`, in the order of the text: the root is copied up to each section found.
    private struct Search {
        let source: [UInt8]
        let scope: TemplateScope
        let lines: TemplateLines
        var root: [UInt8] = []
        var copied = 0
        var found: [Extracted] = []

        /// The names an item of a list with `fields` reads in `nodes`, when each is one of its plain
        /// fields, or a section of one, or a list of its own (`nested`, on whole lines, read as a
        /// list with plain fields); nil otherwise.
        func itemNames(
            _ nodes: ArraySlice<TemplateNode>, startsLine: Bool, fields: [String: TemplateScope], nested: inout [(lines: Range<Int>, section: Extracted)]
        ) -> [String]? {
            var names: [String] = []
            let lineStarts = lines.lineStarts(nodes, startsLine: startsLine)
            for (offset, node) in nodes.enumerated() {
                switch node {
                case .text:
                    continue
                case .tag(let tag):
                    if tag.kind == .comment { continue }
                    guard tag.kind == .variable, let name = plainName(tag, in: source), fields[name]?.names.isEmpty == true else { return nil }
                    names.append(name)
                case .section(let open, let body, let close):
                    guard open.kind == .section || open.kind == .invertedSection, let name = plainName(open, in: source),
                        let field = fields[name]
                    else { return nil }
                    let standsAlone = lines.standsAlone(open, atLineStart: lineStarts[offset])
                    if field.names.isEmpty {
                        guard let inner = itemNames(body[...], startsLine: standsAlone, fields: fields, nested: &nested) else { return nil }
                        names.append(name)
                        names += inner
                        continue
                    }
                    guard open.kind == .section, standsAlone, let inner = bodyNames(body, in: source),
                        inner.allSatisfy({ field.names[$0]?.names.isEmpty == true }),
                        let start = standaloneLineStart(of: open.bytes, in: source), let end = standaloneLineEnd(of: close.bytes, in: source)
                    else { return nil }
                    let text = String(decoding: source[start..<end], as: UTF8.self)
                    nested.append((start..<end, Extracted(
                        variable: "__list\(nested.count)", list: name, names: Array(Set(inner)).sorted(), text: text, original: text)))
                }
            }
            return names
        }

        mutating func visit(_ nodes: ArraySlice<TemplateNode>, startsLine: Bool, guards: [Guard]) {
            let lineStarts = lines.lineStarts(nodes, startsLine: startsLine)
            for (offset, node) in nodes.enumerated() {
                guard case .section(let open, let body, let close) = node, let name = plainName(open, in: source) else { continue }
                let standsAlone = lines.standsAlone(open, atLineStart: lineStarts[offset])
                var nested: [(lines: Range<Int>, section: Extracted)] = []
                if open.kind == .section, standsAlone, let fields = scope.names[name]?.names, !fields.isEmpty,
                    let names = itemNames(body[...], startsLine: true, fields: fields, nested: &nested),
                    let start = standaloneLineStart(of: open.bytes, in: source), let end = standaloneLineEnd(of: close.bytes, in: source),
                    !TemplateShape.hasMarkerBytes(source[start..<end]) {
                    let variable = "__section\(found.count)"
                    root += source[copied..<start] + TemplateSections.partialLine(variable, replacing: start..<end, in: source)
                    copied = end
                    // The section's text with a partial line in each list's place.
                    var text: [UInt8] = [], at = start
                    for list in nested {
                        text += source[at..<list.lines.lowerBound] + TemplateSections.partialLine(list.section.variable, replacing: list.lines, in: source)
                        at = list.lines.upperBound
                    }
                    text += source[at..<end]
                    found.append(Extracted(
                        variable: variable, list: name, names: Array(Set(names)).sorted(),
                        text: String(decoding: text, as: UTF8.self), original: String(decoding: source[start..<end], as: UTF8.self),
                        guards: guards, nested: nested.map(\.section)))
                } else if scope.names[name]?.names.isEmpty == true {
                    // A flag's or a text's section: its body starts a line when its tag stands alone.
                    visit(body[...], startsLine: standsAlone, guards: guards + [Guard(name: name, inverted: open.kind == .invertedSection)])
                }
            }
        }
    }

    init(_ sections: [Section], escape: @escaping TemplateEscape) {
        self.sections = sections
        self.escape = escape
    }

    /// Per section, how many items were filled into a shape and how many rendered in place.
    var itemCounts: [(shaped: Int, inPlace: Int)] { sections.map { $0.shapes.counts } }

    /// Per section, how many outputs were those of a list it was filled with a moment before.
    var recentHits: [Int] { sections.map { $0.recent.hits } }

    /// Sets each section's variable in `context` to the section's output for it; false, with
    /// `context` as it was, when a section is inside one whose value is an object or a list of
    /// them: a name inside it could be that object's, and the template must be rendered whole.
    /// A section inside one that does not show is not filled: its partial is never reached.
    func fill(_ context: inout TemplateContext) -> Bool {
        var shown = [Bool](repeating: true, count: sections.count)
        for (index, section) in sections.enumerated() {
            for sectionGuard in section.guards {
                let value = context.value(sectionGuard.key)
                if let value, case let kind = ObjectIdentifier(type(of: value)),
                    kind == ObjectIdentifier(TemplateValues.self) || kind == ObjectIdentifier([TemplateValues].self) {
                    return false
                }
                if sectionGuard.hides(value) { shown[index] = false }
            }
        }
        context.reserveSettings(sections.count)
        for (index, section) in sections.enumerated() where shown[index] {
            // A section of nothing shows nothing: at the top of the template, or inside flags' and
            // texts' sections, the page is the only object a name can be found in.
            let value = context.value(section.listKey)
            let output = value == nil ? [] : sharedOutput(of: section, value: value) ?? {
                // Not a list of items that hold every name the section reads as text or a flag:
                // the section as written, with the page's variables.
                section.shapes.count(shaped: 0, inPlace: 1)
                return Array(section.original.render(context).utf8)
            }()
            context.set(section.variableKey, to: TemplateBytes(utf8: output))
        }
        return true
    }

    /// `output(of:value:)`, for a list the section was filled with a moment ago taken from then:
    /// the navigation of a document's twenty-odd pages is one list (`PageChrome`).
    private func sharedOutput(of section: Section, value: Any?) -> [UInt8]? {
        guard let value, ObjectIdentifier(type(of: value)) == ObjectIdentifier([TemplateValues].self) else {
            return output(of: section, value: value)
        }
        let list = value as! [TemplateValues]
        // A long list, or one with lists in its items, is a page's own (the index's ten thousand
        // rows, a document's sections): held here it would only take memory.
        guard list.count <= RecentOutputs.maxItems, section.nested.isEmpty else { return output(of: section, value: value) }
        if let known = section.recent.output(for: list) {
            section.shapes.count(shaped: list.count - known.inPlace, inPlace: known.inPlace)
            return known.output
        }
        guard let made = filled(section, value: value) else { return nil }
        section.recent.remember(made, for: list)
        return made.output
    }

    /// The section's output for its list `value`: each item filled into the shape of its flags;
    /// nil when `value` is not a list of objects (or one object) that each hold every name the
    /// section reads as text or a flag, and each of its lists as such a list.
    private func output(of section: Section, value: Any?) -> [UInt8]? {
        filled(section, value: value)?.output
    }

    /// `output(of:value:)`, and how many of the items were rendered as written, not into a shape.
    /// The items' shapes are found first (an item mostly has the flags of the one before it, whose
    /// shape it takes without a lookup), so that the output is sized once for all of them.
    private func filled(_ section: Section, value: Any?) -> (output: [UInt8], inPlace: Int)? {
        guard let items = items(of: section, value: value) else { return nil }
        var shapes: [TemplateShape?] = []
        shapes.reserveCapacity(items.count)
        var previous: (flags: ArraySlice<UInt8>, shape: TemplateShape?)?
        var capacity = 0
        for item in 0..<items.count {
            let flags = items.flags(of: item)
            let shape: TemplateShape?
            if let previous, previous.flags == flags {
                shape = previous.shape
            } else {
                let key = Array(flags)
                shape = section.shapes.shape(flags: key) {
                    TemplateShape(names: section.shapeNames, flags: key, escape: escape) { sample in
                        section.template.render(TemplateContext([section.listKey: [sample]]), library: section.parts)
                    }
                }
                previous = (flags, shape)
            }
            shapes.append(shape)
            if let shape { capacity += shape.pieceBytes + items.texts(of: item).reduce(0) { $0 + $1.byteCount } }
        }
        // Room for the texts as they are, and an eighth more for what escaping adds.
        var output: [UInt8] = []
        output.reserveCapacity(capacity + capacity / 8)
        var inPlace = 0
        for (item, shape) in shapes.enumerated() {
            if let shape {
                shape.fill(items.texts(of: item), escape: escape, into: &output)
            } else {
                output += section.original.render(TemplateContext([section.listKey: [items.objects[item]]])).utf8
                inPlace += 1
            }
        }
        section.shapes.count(shaped: items.count - inPlace, inPlace: inPlace)
        return (output, inPlace)
    }
}

/// The outputs a section was last filled with, by the list each was made of. An item's output
/// depends only on the item (`TemplateSections.filled`), and a list's storage is that list's,
/// unchanged, for as long as it is held here: a list with the same storage has the same output.
final class RecentOutputs: @unchecked Sendable {
    private let lock = NSLock()
    /// At most `capacity`, replaced in turn from `oldest` on. Which one a list finds does not
    /// matter: two threads may keep one list twice, with the same output.
    private var entries: [(list: [TemplateValues], output: [UInt8], inPlace: Int)] = []
    private var oldest = 0
    private var found = 0
    /// A few: the pages of one document, rendered on each core at a time, share a list each.
    static let capacity = 4
    /// The longest list kept: the navigation has five items.
    static let maxItems = 16

    func output(for list: [TemplateValues]) -> (output: [UInt8], inPlace: Int)? {
        let storage = Self.storage(of: list)
        return lock.withLock {
            let known = entries.last { $0.list.count == list.count && Self.storage(of: $0.list) == storage }
            if known != nil { found += 1 }
            return known.map { ($0.output, $0.inPlace) }
        }
    }

    /// How many outputs were taken from here.
    var hits: Int { lock.withLock { found } }

    func remember(_ made: (output: [UInt8], inPlace: Int), for list: [TemplateValues]) {
        lock.withLock {
            // `removeFirst` and `append` moved the entries through a generic `replaceSubrange`.
            if entries.count < Self.capacity {
                entries.append((list, made.output, made.inPlace))
            } else {
                entries[oldest] = (list, made.output, made.inPlace)
                oldest = (oldest + 1) % Self.capacity
            }
        }
    }

    private static func storage(of list: [TemplateValues]) -> UnsafeRawPointer? {
        list.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }
}

private extension TemplateSections {
    /// The items of a section's list: each item's flags (`TemplateShape.classify`) and texts (in
    /// the order of the section's `shapeNames`, empty for a flag), `stride` of each, one after the
    /// other in one array each; and the items themselves.
    struct Items {
        let stride: Int
        var flags: [UInt8] = []
        var texts: [ShapeText] = []
        var objects: [TemplateValues] = []

        var count: Int { objects.count }

        func flags(of item: Int) -> ArraySlice<UInt8> { flags[(item * stride)..<((item + 1) * stride)] }

        func texts(of item: Int) -> ArraySlice<ShapeText> { texts[(item * stride)..<((item + 1) * stride)] }
    }

    /// The section's items, when its value is a list of objects, or one object, that each hold
    /// every name the section reads as text or a flag, and each of its lists; nil otherwise. An
    /// item's texts end with its lists' outputs.
    func items(of section: Section, value: Any?) -> Items? {
        guard let value else { return nil }
        let objects: [TemplateValues]
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier([TemplateValues].self): objects = value as! [TemplateValues]
        case ObjectIdentifier(TemplateValues.self): objects = [value as! TemplateValues]
        default: return nil
        }
        var items = Items(stride: section.names.count + section.nested.count, objects: objects)
        items.flags.reserveCapacity(items.stride * objects.count)
        items.texts.reserveCapacity(items.stride * objects.count)
        for object in objects {
            for key in section.nameKeys {
                // A name an item lacks is looked up outside it.
                guard TemplateShape.classify(key, in: object, absentFails: true, flags: &items.flags, texts: &items.texts) else { return nil }
            }
            for list in section.nested {
                guard let field = object[list.listKey], let output = output(of: list, value: field) else { return nil }
                items.flags.append(TemplateShape.text)
                items.texts.append(.bytes(output))
            }
        }
        return items
    }
}

extension TemplateSections {
    /// A line with the partial of `variable` in place of the whole lines `lines`. On a line of its
    /// own, the partial takes the line's place, and the line after it starts a line as before; a
    /// variable would join it to that line.
    static func partialLine(_ variable: String, replacing lines: Range<Int>, in source: [UInt8]) -> [UInt8] {
        Array("{{>\(variable)}}\(source[lines.upperBound - 1] == 0x0A ? "\n" : "")".utf8)
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
        names(nodes, in: source) { tag, _ in plainName(tag, in: source) }
    }

    /// The names read in `nodes`, when every tag among them is a variable, a section or an
    /// inverted section whose name `accepts` gives (told whether the tag opens a section), a
    /// comment, or the partial of one of `partials`; nil otherwise.
    static func names(
        _ nodes: [TemplateNode], in source: [UInt8], partials: Set<String> = [], accepts: (TemplateTag, _ opensSection: Bool) -> String?
    ) -> [String]? {
        var names: [String] = []
        for node in nodes {
            switch node {
            case .text:
                continue
            case .tag(let tag):
                if tag.kind == .comment { continue }
                if tag.kind == .partial, case let name = String(decoding: tag.name(in: source), as: UTF8.self), partials.contains(name) {
                    names.append(name)
                    continue
                }
                guard tag.kind == .variable, let name = accepts(tag, false) else { return nil }
                names.append(name)
            case .section(let open, let body, _):
                guard open.kind == .section || open.kind == .invertedSection, let name = accepts(open, true),
                    let inner = Self.names(body, in: source, partials: partials, accepts: accepts)
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
