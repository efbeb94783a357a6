/// The variables a template may use where it uses them: the top-level names of a page type, and
/// for each list or object the fields its section brings into view.
struct TemplateScope: Sendable {
    var names: [String: TemplateScope] = [:]

    /// Parses `TemplateVariables`' notation: `a, list[x, y], object{z}`, nesting freely.
    static func parse(_ text: String) -> TemplateScope {
        var bytes = Array(text.utf8)[...]
        return parseList(&bytes)
    }

    private static func parseList(_ bytes: inout ArraySlice<UInt8>) -> TemplateScope {
        var scope = TemplateScope()
        var name: [UInt8] = []
        func finish(_ children: TemplateScope = TemplateScope()) {
            let key = String(decoding: name, as: UTF8.self).trimmingCharacters(in: " ")
            if !key.isEmpty { scope.names[key, default: TemplateScope()].merge(children) }
            name = []
        }
        while let byte = bytes.popFirst() {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                finish(parseList(&bytes))
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                finish()
                return scope
            case UInt8(ascii: ","):
                finish()
            default:
                name.append(byte)
            }
        }
        finish()
        return scope
    }

    private mutating func merge(_ other: TemplateScope) {
        for (key, child) in other.names { names[key, default: TemplateScope()].merge(child) }
    }
}
