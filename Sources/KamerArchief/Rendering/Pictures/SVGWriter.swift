/// Builds SVG markup by appending elements; every attribute value and text is HTML-escaped here,
/// so no source value can become markup.
///
/// Coordinates are in SVG user units (CSS pixels at 100 % zoom), written with at most one decimal
/// so the output is the same on every machine.
struct SVGWriter {
    private(set) var markup = ""

    /// `<name a="v" …>`; attribute order is the order given, for deterministic output.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        markup += "<" + name + Self.attributes(attributes) + ">"
    }

    mutating func close(_ name: String) {
        markup += "</" + name + ">"
    }

    /// `<name a="v" …/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        markup += "<" + name + Self.attributes(attributes) + "/>"
    }

    /// `<name …>text</name>` with `text` escaped.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        markup += HTML.escape(text)
        close(name)
    }

    /// A link around what `body` writes, with a tooltip `<title>` (the link's accessible name).
    mutating func link(_ href: String, label: String, _ body: (inout SVGWriter) -> Void) {
        open("a", [("href", href)])
        element("title", text: label)
        body(&self)
        close("a")
    }

    mutating func newline() { markup += "\n" }

    static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(HTML.escape($0.1))\"" }.joined()
    }
}

/// A coordinate or length in user units, rounded to one decimal; `12.0` prints as `12`.
func svgNumber(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = tenths.magnitude
    return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
}

func svgNumber(_ value: Int) -> String { String(value) }
