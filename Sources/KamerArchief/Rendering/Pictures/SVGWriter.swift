/// Builds SVG markup by appending elements; every attribute value and text is HTML-escaped here,
/// so no source value can become markup.
///
/// Coordinates are in SVG user units (CSS pixels at 100 % zoom), written with at most one decimal
/// so the output is the same on every machine.
struct SVGWriter {
    /// The markup's UTF-8, appended to in place: joining strings for each element made several
    /// temporary strings of it, for every element of every picture.
    private var bytes: [UInt8] = []

    var markup: String { String(decoding: bytes, as: UTF8.self) }

    var utf8: [UInt8] { bytes }

    /// `<name a="v" …>`; attribute order is the order given, for deterministic output.
    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        bytes.append(UInt8(ascii: "<"))
        bytes += name.utf8
        appendAttributes(attributes)
        bytes.append(UInt8(ascii: ">"))
    }

    mutating func close(_ name: String) {
        bytes += "</".utf8
        bytes += name.utf8
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<name a="v" …/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)]) {
        bytes.append(UInt8(ascii: "<"))
        bytes += name.utf8
        appendAttributes(attributes)
        bytes += "/>".utf8
    }

    /// `<name …>text</name>` with `text` escaped.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        HTML.appendEscaped(text, to: &bytes)
        close(name)
    }

    /// A link around what `body` writes, with a tooltip `<title>` (the link's accessible name).
    mutating func link(_ href: String, label: String, _ body: (inout SVGWriter) -> Void) {
        open("a", [("href", href)])
        element("title", text: label)
        body(&self)
        close("a")
    }

    mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    /// ` a="v"` for each attribute, its value escaped.
    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes += name.utf8
            bytes += "=\"".utf8
            HTML.appendEscaped(value, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
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
