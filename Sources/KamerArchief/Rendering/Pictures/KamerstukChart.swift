/// A dossier page's first picture: its Kamerstukken in order of ondernummer (the order in which
/// they appeared), each with a bar for how often the archive cites it. A row links to the paper's
/// page in the archive, or to its entry on the dossier page.
enum KamerstukChart {
    struct Row {
        /// `nr. 5`.
        var label: String
        /// `YYYY-MM-DD` when the archive holds the paper and knows its date.
        var date: String?
        var citations: Int
        var href: String
    }

    static let labelWidth = 200.0, barArea = 300.0, rowHeight = 24.0, top = 8.0, unit = 28.0

    static func picture(dossier: String, rows: [Row]) -> Picture? {
        guard !rows.isEmpty else { return nil }
        let highest = max(1, rows.map(\.citations).max() ?? 1)
        let step = min(unit, barArea / Double(highest))
        let width = Int(labelWidth + Double(highest) * step + 120)
        let height = Int(top + Double(rows.count) * rowHeight + 8)
        var svg = SVGWriter()
        svg.empty("line", [("x1", svgNumber(labelWidth)), ("y1", svgNumber(top)), ("x2", svgNumber(labelWidth)), ("y2", svgNumber(Double(height) - 8)), ("stroke", "#444")])
        for (index, row) in rows.enumerated() {
            let y = top + Double(index) * rowHeight
            let label = rowLabel(row)
            let count = countText(row.citations)
            svg.link(row.href, label: "Kamerstuk \(dossier) \(label): \(count)") { svg in
                svg.element("text", [("x", svgNumber(labelWidth - 8)), ("y", svgNumber(y + 16)), ("text-anchor", "end")],
                            text: TextMeasure.fit(label, maxWidth: labelWidth - 12, fontSize: 12))
                let length = Double(row.citations) * step
                if row.citations > 0 {
                    svg.empty("rect", [("x", svgNumber(labelWidth)), ("y", svgNumber(y + 5)), ("width", svgNumber(length)), ("height", "14"), ("fill", "#2e7d32")])
                }
                svg.element("text", [("x", svgNumber(labelWidth + length + 6)), ("y", svgNumber(y + 16)), ("fill", "#333")], text: count)
            }
            svg.newline()
        }
        let cited = rows.filter { $0.citations > 0 }.count
        let most = rows.map(\.citations).max() ?? 0
        let summary = "Staafdiagram: \(counted(rows.count, "Kamerstuk", "Kamerstukken")) van dossier \(dossier) op volgorde van ondernummer, met hoe vaak het archief ze aanhaalt; "
            + (cited == 0 ? "geen ervan wordt aangehaald." : "\(cited) van de \(rows.count) \(cited == 1 ? "wordt" : "worden") aangehaald, het vaakst \(counted(most, "keer", "keer")).")
        let table = PictureTable(
            caption: "Kamerstukken van dossier \(dossier) en hoe vaak ze worden aangehaald", headers: ["Kamerstuk", "Datum", "Aangehaald"],
            rows: rows.map { [.init(text: $0.label, href: $0.href), .init(text: $0.date.map(DutchDateText.string) ?? "onbekend"), .init(text: String($0.citations))] })
        return Picture(id: "kamerstukken-beeld", title: "Kamerstukken en hoe vaak ze worden aangehaald", summary: summary,
                       width: width, height: height, body: svg.markup, table: table)
    }
}

private extension KamerstukChart {
    static func rowLabel(_ row: Row) -> String {
        row.date.map { "\(row.label), \(DutchDateText.string($0))" } ?? row.label
    }

    static func countText(_ count: Int) -> String {
        count == 0 ? "niet aangehaald" : "\(count)× aangehaald"
    }
}
