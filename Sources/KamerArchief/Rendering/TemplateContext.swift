import Mustache

/// A page's template variables in the form swift-mustache reads with the fewest dynamic casts.
///
/// swift-mustache looks a name up by casting each object on its context stack to two protocols,
/// and renders what it finds after casting it to up to five more and formatting it with
/// `String(describing:)`. A `TemplateValues` and a `String` fail most of those casts, each after a
/// lookup in the runtime's conformance cache: in the 100-document build the casts were about two
/// fifths of all template rendering. A `TemplateContext` is found by the stack's cast
/// (`MustacheParent`) and a `TemplateText` by the rendering's (`MustacheCustomRenderable`).
///
/// It wraps the dictionary the page renderer builds, and converts each value as it is looked up:
/// a string or an object costs no allocation. Values keep what templates can do with them:
/// sections, inverted sections and the transforms of strings, lists and objects render as before.
struct TemplateContext: MustacheParent, MustacheTransformable {
    private let variables: TemplateValues
    /// Variables set after the page's (its template's section outputs, the layout's `content`),
    /// found before them. Set in `variables` they copied the page's whole dictionary, which the
    /// page renderer still holds, twice a page.
    private var setKeys: [TemplateKey] = [], setValues: [Any] = []

    init(_ variables: TemplateValues) { self.variables = variables }

    func child(named name: String) -> Any? { value(TemplateKey(name)).map(Self.converted) }

    func transform(_ name: String) -> Any? {
        guard !setKeys.isEmpty else { return variables.transform(name) }
        // A section's output, or the layout's `content`, as the text it is.
        let values = setValues.map { ($0 as? TemplateBytes)?.text ?? $0 }
        return variables.merging(zip(setKeys, values), uniquingKeysWith: { _, new in new }).transform(name)
    }

    /// A variable as the page renderer set it, before any conversion.
    func value(_ key: TemplateKey) -> Any? {
        // The keys alone are compared: a pair with its value was copied, value and all, at each step.
        if let index = setKeys.firstIndex(of: key) { return setValues[index] }
        return variables[key]
    }

    /// `TemplateShape.classify(value(key), …)`, with the value copied once (see
    /// `TemplateShape.classify(_:in:…)`).
    func classify(_ key: TemplateKey, flags: inout [UInt8], texts: inout [ShapeText]) -> Bool {
        if let index = setKeys.firstIndex(of: key) {
            let value = setValues[index]
            return TemplateShape.classify(value, flags: &flags, texts: &texts)
        }
        return TemplateShape.classify(key, in: variables, flags: &flags, texts: &texts)
    }

    /// Makes room for `count` more variables set after the page's: a template's sections set one
    /// each, and the two arrays grew from empty a few times a page.
    mutating func reserveSettings(_ count: Int) {
        setKeys.reserveCapacity(setKeys.count + count)
        setValues.reserveCapacity(setValues.count + count)
    }

    /// Sets a variable, as `variables[key] = value` would have.
    mutating func set(_ key: TemplateKey, to value: Any) {
        if let index = setKeys.firstIndex(of: key) {
            setValues[index] = value
        } else {
            setKeys.append(key)
            setValues.append(value)
        }
    }

    /// Strings (and `TemplateBytes`) become `TemplateText` and objects `TemplateContext`, also
    /// inside lists, as they are looked up; every other value (numbers, flags, optionals) is
    /// left as it is, and read as swift-mustache reads it. The value's type is compared before
    /// anything is cast: a failed cast costs a lookup in the conformance cache, and a flag
    /// would fail four.
    private static func converted(_ value: Any) -> Any {
        switch ObjectIdentifier(type(of: value)) {
        case ObjectIdentifier(String.self): TemplateText(value as! String)
        case ObjectIdentifier(TemplateBytes.self): TemplateText((value as! TemplateBytes).text)
        case ObjectIdentifier(TemplateValues.self): TemplateContext(value as! TemplateValues)
        case ObjectIdentifier([TemplateValues].self): (value as! [TemplateValues]).map(TemplateContext.init)
        case ObjectIdentifier([String].self): (value as! [String]).map(TemplateText.init)
        // An optional object or list of them held as it is (swift-mustache unwraps optionals): only
        // a `TemplateContext` is an object to swift-mustache, a dictionary of `TemplateKey`s is not.
        case ObjectIdentifier(TemplateValues?.self): (value as! TemplateValues?).map(TemplateContext.init) as Any
        case ObjectIdentifier([TemplateValues]?.self): (value as! [TemplateValues]?).map { $0.map(TemplateContext.init) } as Any
        case ObjectIdentifier([Any].self): (value as! [Any]).map(converted)
        default: value
        }
    }
}

/// A string variable: rendered as its text (escaped for `{{name}}`, as it is for `{{{name}}}`),
/// with a string's transforms, and without fields of its own inside its section.
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable, Comparable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }

    static func < (lhs: TemplateText, rhs: TemplateText) -> Bool { lhs.text < rhs.text }
}
