import Foundation
import Mustache

/// A template's output for values with one combination of flags: its bytes, cut where each text
/// goes (issue 14, "render once, reuse").
///
/// Made by rendering the template once with swift-mustache, with a marker in each text
/// (`markerText(_:)`: private-use characters around the text's number and characters that every
/// escaping changes), and finding each marker in the output as it is (an unescaped tag) or
/// escaped. Values with the same flags then give that output with their texts in the markers'
/// places, escaped by the template's own content type where the marker came out escaped: what
/// swift-mustache renders from them, as long as the template reads only plain names (no
/// transforms, no lambdas), so that a text's characters cannot change which parts show.
///
/// A class: sections pass shapes along item by item (`TemplateSections.filled`), and a struct of
/// three arrays was three retains and releases at every copy.
final class TemplateShape: Sendable {
    /// The text between the values, one piece after the other: one more piece than `slots`,
    /// piece `i` ending at `pieceEnds[i]`.
    let bytes: [UInt8]
    let pieceEnds: [Int]
    /// For each place a text goes, which text (by name) and whether it is escaped.
    let slots: [(text: Int, escaped: Bool)]

    /// A value's kind, one byte per name: a flag's value, a text (or a number, which renders as
    /// its text), or no value.
    static let falseFlag: UInt8 = 0, trueFlag: UInt8 = 1, text: UInt8 = 2, absent: UInt8 = 3

    static let markerStart: [UInt8] = Array("\u{E000}".utf8)

    /// The marker a shape is rendered with for text `index`: private-use characters around its
    /// number and characters that both content types escape.
    static func markerText(_ index: Int) -> String { "\u{E000}\(index)<&*_`\\\u{E001}" }

    static func hasMarkerBytes(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.indices.contains { bytes[$0...].starts(with: markerStart) }
    }

    /// Adds `value`'s kind to `flags` and its text to `texts` (empty for a flag or no value);
    /// false for any other value (a list, an object, a fraction), which no shape renders.
    static func classify(_ value: Any?, flags: inout [UInt8], texts: inout [ShapeText]) -> Bool {
        guard let value else {
            flags.append(absent)
            texts.append(.none)
            return true
        }
        return classify(opened: value, flags: &flags, texts: &texts)
    }

    /// The same for a value that is there.
    static func classify(_ value: Any, flags: inout [UInt8], texts: inout [ShapeText]) -> Bool {
        classify(opened: value, flags: &flags, texts: &texts)
    }

    /// `classify(object[key], …)`, with the value copied out of the dictionary once: as an
    /// `Any?`, it was copied again to be unwrapped and opened. With `absentFails`, false when
    /// `object` has no `key`.
    static func classify(
        _ key: TemplateKey, in object: TemplateValues, absentFails: Bool = false, flags: inout [UInt8], texts: inout [ShapeText]
    ) -> Bool {
        guard let index = object.index(forKey: key) else { return !absentFails && classify(nil, flags: &flags, texts: &texts) }
        // A value of its own to be opened: a subscript's result is passed as `Any`.
        let value = object.values[index]
        return classify(opened: value, flags: &flags, texts: &texts)
    }

    /// The same for a value opened as its own type, which is compared with the four a shape
    /// takes and then read as it is: a cast from `Any` (`as!`) was about 250 instructions a value,
    /// and every field of every item of every page comes through here.
    private static func classify<Value>(opened value: Value, flags: inout [UInt8], texts: inout [ShapeText]) -> Bool {
        if Value.self == String.self {
            flags.append(text)
            texts.append(.string(unsafeBitCast(value, to: String.self)))
        } else if Value.self == Int.self {
            // swift-mustache renders a number as its description, and a section of one as it
            // does a text's: always, with nothing to read inside.
            flags.append(text)
            texts.append(.string(String(unsafeBitCast(value, to: Int.self))))
        } else if Value.self == Bool.self {
            flags.append(unsafeBitCast(value, to: Bool.self) ? trueFlag : falseFlag)
            texts.append(.none)
        } else if Value.self == TemplateBytes.self {
            // A section's output or the layout's `content`: a text as its bytes.
            flags.append(text)
            texts.append(.bytes(unsafeBitCast(value, to: TemplateBytes.self).utf8))
        } else {
            return false
        }
        return true
    }

    /// Renders with `render` a sample holding, for each of `names` (plain, or `object.field`),
    /// its marker, its flag or nothing, as `flags` say. Nil when the output holds a marker neither
    /// as it is nor escaped, or when escaping does not change the markers (the two could not be
    /// told apart).
    init?(names: [String], flags: [UInt8], escape: TemplateEscape, render: (TemplateValues) -> String) {
        var sample: TemplateValues = [:]
        for (index, name) in names.enumerated() {
            let value: Any
            switch flags[index] {
            case Self.text: value = Self.markerText(index)
            case Self.absent: continue
            default: value = flags[index] == Self.trueFlag
            }
            if let dot = name.firstIndex(of: ".") {
                let objectKey = TemplateKey(String(name[..<dot]))
                var object = sample[objectKey] as? TemplateValues ?? [:]
                object[TemplateKey(String(name[name.index(after: dot)...]))] = value
                sample[objectKey] = object
            } else {
                sample[TemplateKey(name)] = value
            }
        }
        let markers = names.indices.map { Array(Self.markerText($0).utf8) }
        let escaped = names.indices.map { index in
            var bytes: [UInt8] = []
            escape(Self.markerText(index), &bytes)
            return bytes
        }
        guard !markers.isEmpty, markers[0] != escaped[0], escaped.allSatisfy({ $0.starts(with: Self.markerStart) }) else { return nil }
        let output = Array(render(sample).utf8)
        var bytes: [UInt8] = [], pieceEnds: [Int] = [], slots: [(text: Int, escaped: Bool)] = []
        var pieceStart = 0, offset = 0
        while offset < output.count {
            guard output[offset...].starts(with: Self.markerStart) else {
                offset += 1
                continue
            }
            var number = 0, digit = offset + Self.markerStart.count
            while digit < output.count, (0x30...0x39).contains(output[digit]), number < markers.count {
                number = number * 10 + Int(output[digit] - 0x30)
                digit += 1
            }
            guard number < markers.count else { return nil }
            let asIs = output[offset...].starts(with: markers[number]), isEscaped = output[offset...].starts(with: escaped[number])
            guard asIs || isEscaped, flags[number] == Self.text else { return nil }
            bytes += output[pieceStart..<offset]
            pieceEnds.append(bytes.count)
            slots.append((number, isEscaped))
            offset += isEscaped ? escaped[number].count : markers[number].count
            pieceStart = offset
        }
        bytes += output[pieceStart...]
        pieceEnds.append(bytes.count)
        self.bytes = bytes
        self.pieceEnds = pieceEnds
        self.slots = slots
    }

    /// Appends the output for values with these flags and `texts`, as bytes: appending a string
    /// to a string cost about 340 instructions a time under callgrind, and an escaped text was a
    /// string of its own before it was appended.
    func fill(_ texts: ArraySlice<ShapeText>, escape: TemplateEscape, into output: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            for (index, slot) in slots.enumerated() {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pieceEnds[index]]))
                start = pieceEnds[index]
                switch texts[texts.startIndex + slot.text] {
                case .string(var text):
                    if slot.escaped {
                        escape(text, &output)
                    } else {
                        text.withUTF8 { output.append(contentsOf: $0) }
                    }
                case .bytes(let text):
                    // A section's output goes in unescaped (its partial is `{{{…}}}`); escaped,
                    // it is escaped as its text.
                    if slot.escaped {
                        escape(String(decoding: text, as: UTF8.self), &output)
                    } else {
                        output += text
                    }
                case .none:
                    break
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// How many bytes the pieces hold, to reserve room for them.
    var pieceBytes: Int { bytes.count }
}

/// A content type's escaping of a value, appended to a page's bytes.
typealias TemplateEscape = @Sendable (String, inout [UInt8]) -> Void

/// A value's text as a shape splices it: a string, bytes (a section's output or the layout's
/// `content`, see `TemplateBytes`), or nothing (a flag, or no value).
enum ShapeText {
    case string(String)
    case bytes([UInt8])
    case none

    var byteCount: Int {
        switch self {
        case .string(let text): text.utf8.count
        case .bytes(let bytes): bytes.count
        case .none: 0
        }
    }
}

/// Text as the UTF-8 bytes it was made in, as a value of the page's context: a template section's
/// output, filled into shapes, and the layout's `content`, the page's HTML as libcmark wrote it. A
/// root shape splices the bytes as they are (a string made of them cost a check of their UTF-8, for
/// every section of every page); swift-mustache reads them as a text (`TemplateContext`). They are
/// well formed: pieces of a template's output and whole strings, or libcmark's output.
struct TemplateBytes {
    let utf8: [UInt8]

    var text: String { String(decoding: utf8, as: UTF8.self) }
}

/// The shapes of one template or section made so far, by flags, shared by the pages rendered on
/// every core; and how many times values were filled into one or rendered by swift-mustache.
final class TemplateShapes: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [[UInt8]: TemplateShape?] = [:]
    private var counted: (shaped: Int, inPlace: Int) = (0, 0)

    /// The shape for `flags`, made once; nil when it cannot be made.
    func shape(flags: [UInt8], make: () -> TemplateShape?) -> TemplateShape? {
        if let known = lock.withLock({ made[flags] }) { return known }
        // Made outside the lock: two cores may each make it once, and get the same shape.
        let shape = make()
        lock.withLock { made[flags] = shape }
        return shape
    }

    func count(shaped: Int, inPlace: Int) {
        lock.withLock {
            counted.shaped += shaped
            counted.inPlace += inPlace
        }
    }

    var counts: (shaped: Int, inPlace: Int) { lock.withLock { counted } }
}

/// A whole template filled into shapes: every page's values are its names' values, and pages
/// with the same flags share a shape. A template qualifies when every tag in it is a plain name
/// or one field of an object (`pillar.title`: a variable, a section or an inverted one), a
/// comment, or the partial of one of its sections (`TemplateSections`, whose output is a text),
/// and no section in it is of a list or an object of the page type. At the top of a template the
/// page's values are the only object on swift-mustache's stack, and a flag's or a text's section
/// puts none on it that holds a name, so each name has the one value looked up here.
struct RootShape: Sendable {
    /// Each name read, once: plain, or `object.field`.
    let names: [String]
    /// Each name as the object it is looked up in (nil for the page) and the name there.
    private let lookups: [(object: TemplateKey?, name: TemplateKey)]
    let template: MustacheTemplate
    let parts: MustacheLibrary?
    private let escape: TemplateEscape
    private let shapes = TemplateShapes()

    /// Nil when `text` (the template as parsed, its sections' partials in it) does not qualify.
    init?(
        text: String, sectionVariables: Set<String>, scope: TemplateScope, template: MustacheTemplate, parts: MustacheLibrary?,
        escape: @escaping TemplateEscape
    ) {
        let source = Array(text.utf8)
        guard !TemplateShape.hasMarkerBytes(source[...]), case .success(let nodes) = TemplateTree.build(source),
            // No section of a list or an object of the page type: its items would be on the stack.
            let names = TemplateSections.names(nodes, in: source, partials: sectionVariables, accepts: { tag, opensSection in
                Self.qualifiedName(tag, in: source).flatMap { name in !opensSection || scope.names[name]?.names.isEmpty ?? true ? name : nil }
            }), !names.isEmpty
        else { return nil }
        self.names = Array(Set(names)).sorted()
        lookups = self.names.map { name in
            let parts = name.split(separator: ".")
            return parts.count == 2 ? (TemplateKey(String(parts[0])), TemplateKey(String(parts[1]))) : (nil, TemplateKey(name))
        }
        self.template = template
        self.parts = parts
        self.escape = escape
    }

    /// How many pages were filled into a shape, and how many rendered by swift-mustache.
    var pageCounts: (shaped: Int, inPlace: Int) { shapes.counts }

    /// The template filled with `context`; nil when a value is neither text, number, flag nor
    /// absent (or `object` of `object.field` is not an object), or no shape can be made.
    func render(_ context: TemplateContext) -> [UInt8]? {
        var flags: [UInt8] = [], texts: [ShapeText] = []
        flags.reserveCapacity(names.count)
        texts.reserveCapacity(names.count)
        for lookup in lookups {
            let classified: Bool
            if let object = lookup.object {
                switch context.value(object) {
                case nil: classified = TemplateShape.classify(nil, flags: &flags, texts: &texts)
                case let object as TemplateValues: classified = TemplateShape.classify(lookup.name, in: object, flags: &flags, texts: &texts)
                default: classified = false
                }
            } else {
                classified = context.classify(lookup.name, flags: &flags, texts: &texts)
            }
            guard classified else {
                shapes.count(shaped: 0, inPlace: 1)
                return nil
            }
        }
        let shape = shapes.shape(flags: flags) {
            TemplateShape(names: names, flags: flags, escape: escape) { sample in template.render(TemplateContext(sample), library: parts) }
        }
        guard let shape else {
            shapes.count(shaped: 0, inPlace: 1)
            return nil
        }
        var output: [UInt8] = []
        // Room for the texts as they are, and an eighth more for what escaping adds.
        let capacity = shape.pieceBytes + texts.reduce(0) { $0 + $1.byteCount }
        output.reserveCapacity(capacity + capacity / 8)
        shape.fill(texts[...], escape: escape, into: &output)
        shapes.count(shaped: 1, inPlace: 0)
        return output
    }

    /// A plain name, or a plain name, a dot and a plain name.
    private static func qualifiedName(_ tag: TemplateTag, in source: [UInt8]) -> String? {
        let name = tag.name(in: source)
        let parts = name.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy(TemplateSections.isPlain) else { return nil }
        return String(decoding: name, as: UTF8.self)
    }
}
