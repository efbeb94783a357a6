/// A Word file's list numbering (`word/numbering.xml`, with the numbering its paragraph styles
/// give in `word/styles.xml`): the label each numbered paragraph shows, `1.`, `a)`, `2.3`, or `-` for
/// a bullet, counted as Word counts it.
struct WordNumbering {
    struct Level: Equatable {
        var start = 1
        /// `decimal`, `lowerLetter`, `upperLetter`, `lowerRoman`, `upperRoman`, `bullet`, `none` …
        var format = "decimal"
        /// `%1.`, `%1.%2`, `(%1)`: the label, `%N` standing for level N's number.
        var text = "%1."
    }

    /// Each abstract numbering's levels, by its id and the level (0 the outermost).
    var abstracts: [String: [Int: Level]] = [:]
    /// Each numbering (`numId`) in use: its abstract numbering and the levels it starts anew.
    var numberings: [String: (abstract: String, starts: [Int: Int])] = [:]
    /// Each paragraph style's numbering, where it has one, and the style it is based on.
    var styles: [String: (numbering: String?, level: Int?, basedOn: String?)] = [:]
    /// The numbers counted so far, by list and level: numberings of one abstract numbering count on
    /// together, as Word counts them, unless one starts anew (`startOverride`), which counts apart.
    private var counters: [String: [Int: Int]] = [:]

    /// The numbering and level a paragraph of `style` has from its style (or the styles that one
    /// is based on), where its own properties give none.
    func numbering(ofStyle style: String) -> (numbering: String, level: Int)? {
        var name: String? = style, seen = Set<String>()
        while let current = name, seen.insert(current).inserted, let found = styles[current] {
            if let numbering = found.numbering { return (numbering, found.level ?? 0) }
            name = found.basedOn
        }
        return nil
    }

    /// Counts a paragraph of numbering `id` at `level` and gives its label; nil where it shows none
    /// (numbering `0`, a format `none`, an unknown numbering).
    mutating func label(numbering id: String, level: Int) -> String? {
        guard id != "0", let numbering = numberings[id], let levels = abstracts[numbering.abstract] else { return nil }
        let definition = levels[level] ?? Level()
        guard definition.format != "none" else { return nil }
        let list = numbering.starts.isEmpty ? "abstract " + numbering.abstract : "numbering " + id
        var counted = counters[list] ?? [:]
        let start = numbering.starts[level] ?? definition.start
        counted[level] = (counted[level] ?? start - 1) + 1
        // A deeper level counts anew after this one.
        for deeper in counted.keys where deeper > level { counted[deeper] = nil }
        counters[list] = counted
        if definition.format == "bullet" { return "-" }
        var label = ""
        var characters = definition.text.makeIterator()
        while let character = characters.next() {
            guard character == "%", let digit = characters.next() else {
                label.append(character)
                continue
            }
            guard let shown = digit.wholeNumberValue, shown >= 1 else {
                label.append(character)
                label.append(digit)
                continue
            }
            let index = shown - 1
            let format = levels[index]?.format ?? "decimal"
            let value = counted[index] ?? (numbering.starts[index] ?? levels[index]?.start ?? 1)
            label += Self.formatted(value, format)
        }
        return label.isEmpty ? nil : label
    }

    static func formatted(_ value: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": return letters(value).lowercased()
        case "upperLetter": return letters(value)
        case "lowerRoman": return RomanNumeral.string(value).lowercased()
        case "upperRoman": return RomanNumeral.string(value)
        default: return String(value)
        }
    }

    /// `A` … `Z`, then `AA` … as Word writes letters past the alphabet.
    static func letters(_ value: Int) -> String {
        guard value >= 1 else { return String(value) }
        let letter = Character(UnicodeScalar(UInt8(65 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }
}

/// Reads `word/numbering.xml` and `word/styles.xml` into a `WordNumbering`.
final class WordNumberingReader: WordPartReader {
    private(set) var numbering = WordNumbering()
    private var abstract: String?, level: Int?, numberingID: String?, overrideLevel: Int?
    private var style: String?, inStyleNumbering = false

    init() { super.init(skipping: []) }

    override func start(_ name: String, _ attributes: XMLAttributes) {
        var value: String? { attributes["val"] }
        switch name {
        case "abstractNum": abstract = attributes["abstractNumId"]
        case "lvl": level = attributes["ilvl"].flatMap { Int($0) }
        case "start": if let start = value.flatMap({ Int($0) }) { updateLevel { $0.start = start } }
        case "numFmt": if let value { updateLevel { $0.format = value } }
        case "lvlText": if let value { updateLevel { $0.text = value } }
        case "num":
            numberingID = attributes["numId"]
            if let numberingID { numbering.numberings[numberingID] = ("", [:]) }
        case "abstractNumId": if let numberingID, let value { numbering.numberings[numberingID]?.abstract = value }
        case "lvlOverride": overrideLevel = attributes["ilvl"].flatMap { Int($0) }
        case "startOverride":
            if let numberingID, let overrideLevel, let start = value.flatMap({ Int($0) }) { numbering.numberings[numberingID]?.starts[overrideLevel] = start }
        case "style":
            style = attributes["type"] == "paragraph" ? attributes["styleId"] : nil
            if let style { numbering.styles[style] = (nil, nil, nil) }
        case "basedOn": if let style, let value { numbering.styles[style]?.basedOn = value }
        case "numPr": inStyleNumbering = style != nil
        case "numId": if inStyleNumbering, let style { numbering.styles[style]?.numbering = value }
        case "ilvl": if inStyleNumbering, let style { numbering.styles[style]?.level = value.flatMap { Int($0) } }
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "abstractNum": abstract = nil
        case "lvl": level = nil
        case "num": numberingID = nil
        case "lvlOverride": overrideLevel = nil
        case "style": style = nil
        case "numPr": inStyleNumbering = false
        default: break
        }
    }

    private func updateLevel(_ change: (inout WordNumbering.Level) -> Void) {
        guard let abstract, let level else { return }
        var levels = numbering.abstracts[abstract] ?? [:]
        var definition = levels[level] ?? WordNumbering.Level()
        change(&definition)
        levels[level] = definition
        numbering.abstracts[abstract] = levels
    }
}
