/// A page's template variables: each name's value, as the page renderer builds them.
typealias TemplateValues = [TemplateKey: Any]

/// The name of a template variable, as the key of a page's values.
///
/// A page's values are inserted and looked up about 360,000 times in the 100-document build
/// (literals, the template's sections and shapes, swift-mustache's lookups). With `String` keys
/// each of those hashed the name through `Hasher` (SipHash), some 250 of the 600 instructions a
/// lookup took under callgrind. A key hashes its bytes once, when it is made (FNV-1a, a
/// multiplication a byte: names are short), and a dictionary gets that word mixed with its seed.
/// Keys made once (the names a shape or a section reads) are then hashed for nothing.
struct TemplateKey: Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible, Sendable {
    let name: String
    private let word: UInt64

    init(_ name: String) {
        self.name = name
        var name = name
        word = name.withUTF8 { bytes in
            var word: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { word = (word ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return word
        }
    }

    init(stringLiteral name: String) { self.init(name) }

    /// The name: a key renders as its name (swift-mustache's `enumerated` and `sorted` transforms
    /// of an object show its keys).
    var description: String { name }

    static func == (lhs: TemplateKey, rhs: TemplateKey) -> Bool { lhs.word == rhs.word && lhs.name == rhs.name }

    static func < (lhs: TemplateKey, rhs: TemplateKey) -> Bool { lhs.name < rhs.name }

    func hash(into hasher: inout Hasher) { hasher.combine(word) }

    /// What a dictionary hashes a key with: the word, mixed with the dictionary's `seed` so that
    /// keys spread over its buckets as `Hasher` would spread them (every bit of the result
    /// depends on every bit of both), without `Hasher`'s rounds.
    func _rawHashValue(seed: Int) -> Int {
        Int(truncatingIfNeeded: ContentHash.scrambled(ContentHash.scrambled(word ^ UInt64(UInt(bitPattern: seed)))))
    }
}

extension TemplateKey {
    /// `dictionary` with its names as keys, and so every object in it, in its lists and in
    /// optionals of them: the form the public `TemplateLibrary.render` takes values in.
    static func values(_ dictionary: [String: Any]) -> TemplateValues {
        var values = TemplateValues(minimumCapacity: dictionary.count)
        for (name, value) in dictionary { values[TemplateKey(name)] = converted(value) }
        return values
    }

    private static func converted(_ value: Any) -> Any {
        switch value {
        case let object as [String: Any]: values(object)
        case let objects as [[String: Any]]: objects.map(values)
        default: value
        }
    }
}

/// Names the page renderer sets on every page and in the items of its lists, made once each: a key
/// written as a literal hashes its name each time it is made (some 120 instructions), and pages set
/// these some 70 times each.
extension TemplateKey {
    static let siteTitle: TemplateKey = "siteTitle"
    static let title: TemplateKey = "title"
    static let root: TemplateKey = "root"
    static let stylesheet: TemplateKey = "stylesheet"
    static let searchURL: TemplateKey = "searchURL"
    static let homeURL: TemplateKey = "homeURL"
    static let nav: TemplateKey = "nav"
    static let breadcrumbs: TemplateKey = "breadcrumbs"
    static let canonical: TemplateKey = "canonical"
    static let url: TemplateKey = "url"
    static let isCurrent: TemplateKey = "isCurrent"
    static let actionTitle: TemplateKey = "actionTitle"
    static let pillar: TemplateKey = "pillar"
    static let paragraphs: TemplateKey = "paragraphs"
    static let markdown: TemplateKey = "markdown"
    static let isListItem: TemplateKey = "isListItem"
    static let previous: TemplateKey = "previous"
    static let next: TemplateKey = "next"
    static let number: TemplateKey = "number"
    static let label: TemplateKey = "label"
    static let actionCount: TemplateKey = "actionCount"
    static let summary: TemplateKey = "summary"
    static let pillarTitle: TemplateKey = "pillarTitle"
    static let text: TemplateKey = "text"
    static let hasText: TemplateKey = "hasText"
    static let position: TemplateKey = "position"
    static let hasPosition: TemplateKey = "hasPosition"
    static let isFiche: TemplateKey = "isFiche"
    static let actions: TemplateKey = "actions"
    static let hasActions: TemplateKey = "hasActions"
    static let footnotes: TemplateKey = "footnotes"
    static let hasFootnotes: TemplateKey = "hasFootnotes"
}
