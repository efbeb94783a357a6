/// One build-time chart: a `<figure>` with an inline SVG, its title and description, followed (after
/// the figure, since HTML allows a caption only first or last) by the same data as a table; all
/// HTML built here with every source value escaped.
///
/// The SVG has `role="img"` and is labelled by its `<title>` and `<desc>`; it has a fixed size in
/// CSS pixels and scrolls sideways in its own box on a narrow screen, so its text stays legible.
struct Picture {
    /// The figure's id, unique on its page; the title, description and table ids derive from it.
    var id: String
    var title: String
    /// A sentence or two that says what the picture shows, for readers who cannot see it.
    var summary: String
    /// In CSS pixels.
    var width: Int
    var height: Int
    /// The SVG's children, from `SVGWriter`.
    var body: String
    var table: PictureTable

    /// The figure and its table as UTF-8, appended piece by piece: joined as strings, a dossier's
    /// two pictures cost more than the rest of its page's list.
    var utf8: [UInt8] {
        var svg = SVGWriter()
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "picture-svg"), ("role", "img"),
            ("aria-labelledby", "\(id)-titel \(id)-beschrijving"), ("width", String(width)), ("height", String(height)),
            ("viewBox", "0 0 \(width) \(height)"), ("font-size", "12"),
        ])
        svg.element("title", [("id", "\(id)-titel")], text: title)
        svg.element("desc", [("id", "\(id)-beschrijving")], text: summary)
        svg.newline()
        var html: [UInt8] = []
        html.reserveCapacity(svg.utf8.count + body.utf8.count + 64 * (table.rows.count + 8))
        html += "<figure class=\"picture\" id=\"".utf8
        HTML.appendEscaped(id, to: &html)
        html += "\">\n<div class=\"picture-scroll\">".utf8
        html += svg.utf8
        html += body.utf8
        html += "</svg></div>\n<figcaption>".utf8
        HTML.appendEscaped(title, to: &html)
        html += " <a href=\"#".utf8
        HTML.appendEscaped(id, to: &html)
        html += "-tabel\">(als tabel)</a></figcaption>\n</figure>\n".utf8
        table.appendHTML(id: "\(id)-tabel", to: &html)
        return html
    }
}

/// The data of a picture as an HTML table: a header row, then rows whose cells may link.
struct PictureTable {
    struct Cell {
        var text: String
        var href: String? = nil
    }

    var caption: String
    var headers: [String]
    var rows: [[Cell]]
    /// Per row, an id for the row (a year the index links to), or nil.
    var rowIDs: [String?] = []

    /// The table, its id `id`, appended to `html`: every value escaped.
    func appendHTML(id: String, to html: inout [UInt8]) {
        html += "<div class=\"table-wrap picture-data\" id=\"".utf8
        HTML.appendEscaped(id, to: &html)
        html += "\"><table>\n<caption>".utf8
        HTML.appendEscaped(caption, to: &html)
        html += "</caption>\n<thead><tr>".utf8
        for header in headers {
            html += "<th scope=\"col\">".utf8
            HTML.appendEscaped(header, to: &html)
            html += "</th>".utf8
        }
        html += "</tr></thead>\n<tbody>\n".utf8
        for (index, row) in rows.enumerated() {
            html += "<tr".utf8
            if rowIDs.indices.contains(index), let rowID = rowIDs[index] {
                html += " id=\"".utf8
                HTML.appendEscaped(rowID, to: &html)
                html.append(UInt8(ascii: "\""))
            }
            html.append(UInt8(ascii: ">"))
            for cell in row {
                html += "<td>".utf8
                if let href = cell.href {
                    html += "<a href=\"".utf8
                    HTML.appendEscaped(href, to: &html)
                    html += "\">".utf8
                    HTML.appendEscaped(cell.text, to: &html)
                    html += "</a>".utf8
                } else {
                    HTML.appendEscaped(cell.text, to: &html)
                }
                html += "</td>".utf8
            }
            html += "</tr>\n".utf8
        }
        html += "</tbody>\n</table></div>\n".utf8
    }
}

/// Rough text widths for layout, without font metrics: an upper bound for the site's sans-serif
/// faces (most glyphs are narrower than 0.62 em), so labels placed by it do not touch.
enum TextMeasure {
    /// Width in CSS pixels of `text` at `fontSize` pixels.
    static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.62
    }

    /// `text` cut to at most `maxWidth` pixels at `fontSize`, with `…` when cut. Text of printable
    /// ASCII (0x20 to 0x7E), most labels, is counted, cut and trimmed on its bytes, each of which
    /// is a Character; other text by Characters.
    static func fit(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        let limit = Int(maxWidth / (fontSize * 0.62))
        var copy = text
        let isPrintableASCII = copy.withUTF8 { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        guard (isPrintableASCII ? text.utf8.count : text.count) > limit, limit > 1 else { return text }
        guard isPrintableASCII else { return String(text.prefix(limit - 1)).trimmingCharacters(in: " ") + "…" }
        let utf8 = text.utf8
        var lower = utf8.startIndex, upper = utf8.index(lower, offsetBy: limit - 1)
        while lower < upper, utf8[lower] == 0x20 { lower = utf8.index(after: lower) }
        while upper > lower, utf8[utf8.index(before: upper)] == 0x20 { upper = utf8.index(before: upper) }
        return String(text[lower..<upper]) + "…"
    }
}

/// `1 document`, `3 documenten`: a count with the Dutch singular or plural.
func counted(_ count: Int, _ singular: String, _ plural: String) -> String {
    "\(count) \(count == 1 ? singular : plural)"
}

/// Dutch dates for labels: `2023-08-18` → `18 augustus 2023`, `2023-05` → `mei 2023`.
enum DutchDateText {
    static func string(_ iso: String) -> String {
        let parts = iso.split(separator: "-").map(String.init)
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return iso }
        let monthYear = DutchDate.months[month - 1] + " " + parts[0]
        guard parts.count >= 3, let day = Int(parts[2]) else { return monthYear }
        return "\(day) " + monthYear
    }

    /// The year of `iso`, as 4 digits, or nil.
    static func year(_ iso: String) -> String? {
        let year = String(iso.prefix(4))
        return year.count == 4 && year.allSatisfy(\.isNumber) ? year : nil
    }
}
