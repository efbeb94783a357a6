/// The index page's picture: documents per year, stacked by kind; each year's bar links to that
/// year on the timeline.
enum ArchiveYearsChart {
    struct Input {
        /// Every document's kind and `YYYY-MM-DD` date (nil when undated).
        var documents: [(kind: DocumentKind, date: String?)]
        /// The timeline's address for a year (`tijdlijn.html#jaar-2023`, relative to the page).
        var yearHref: (String) -> String
    }

    static let slot = 56.0, barWidth = 34.0, plotHeight = 180.0, left = 40.0, top = 24.0

    static func picture(_ input: Input) -> Picture? {
        var counts: [String: [DocumentKind: Int]] = [:]
        for document in input.documents {
            guard let year = document.date.flatMap(DutchDateText.year) else { continue }
            counts[year, default: [:]][document.kind, default: 0] += 1
        }
        guard let first = counts.keys.min().flatMap({ Int($0) }), let last = counts.keys.max().flatMap({ Int($0) }) else { return nil }
        let years = (first...last).map(String.init)
        let kinds = DocumentKind.allCases.filter { kind in counts.values.contains { $0[kind] != nil } }
        let highest = years.map { counts[$0]?.values.reduce(0, +) ?? 0 }.max() ?? 1
        let scale = plotHeight / Double(highest)
        let baseline = top + plotHeight
        let legendWidth = left + 18 + (kinds.map { TextMeasure.width($0.pluralLabel, fontSize: 12) }.max() ?? 0) + 8
        let width = Int(max(left + Double(years.count) * slot + 16, legendWidth))
        let legendTop = baseline + 40
        let height = Int(legendTop + Double(kinds.count) * 20 + 4)

        var svg = SVGWriter()
        axis(&svg, highest: highest, scale: scale, baseline: baseline, right: Double(width) - 8)
        for (index, year) in years.enumerated() {
            let x = left + Double(index) * slot + (slot - barWidth) / 2
            let yearCounts = counts[year] ?? [:]
            let total = yearCounts.values.reduce(0, +)
            let parts = kinds.compactMap { kind in yearCounts[kind].map { "\($0) \($0 == 1 ? kind.label.lowercased() : kind.pluralLabel.lowercased())" } }
            let label = total == 0 ? "\(year): geen documenten" : "\(year): \(total) \(total == 1 ? "document" : "documenten") (\(parts.joined(separator: ", ")))"
            svg.link(input.yearHref(year), label: label) { svg in
                var y = baseline
                for kind in kinds {
                    guard let count = yearCounts[kind] else { continue }
                    let height = Double(count) * scale
                    y -= height
                    svg.empty("rect", [("x", svgNumber(x)), ("y", svgNumber(y)), ("width", svgNumber(barWidth)), ("height", svgNumber(height)), ("fill", KindPalette.fill(kind))])
                }
                if total > 0 {
                    svg.element("text", [("x", svgNumber(x + barWidth / 2)), ("y", svgNumber(y - 5)), ("text-anchor", "middle")], text: String(total))
                }
                svg.element("text", [("x", svgNumber(x + barWidth / 2)), ("y", svgNumber(baseline + 17)), ("text-anchor", "middle")], text: year)
            }
            svg.newline()
        }
        for (index, kind) in kinds.enumerated() {
            let y = legendTop + Double(index) * 20
            svg.empty("rect", [("x", svgNumber(left)), ("y", svgNumber(y - 11)), ("width", "12"), ("height", "12"), ("fill", KindPalette.fill(kind))])
            svg.element("text", [("x", svgNumber(left + 18)), ("y", svgNumber(y))], text: kind.pluralLabel)
        }
        let undated = input.documents.filter { $0.date.flatMap(DutchDateText.year) == nil }.count
        let dated = input.documents.count - undated
        let span = first == last ? "in \(first)" : "per jaar van \(first) tot en met \(last)"
        var summary = "Staafdiagram: \(counted(dated, "gedateerd document", "gedateerde documenten")) \(span), per soort gestapeld"
        summary += undated > 0 ? "; \(counted(undated, "document", "documenten")) zonder datum \(undated == 1 ? "staat" : "staan") er niet in." : "."
        let table = PictureTable(
            caption: "Documenten per jaar en soort",
            headers: ["Jaar", "Totaal"] + kinds.map(\.pluralLabel),
            rows: years.map { year in
                let yearCounts = counts[year] ?? [:]
                return [PictureTable.Cell(text: year, href: input.yearHref(year)), PictureTable.Cell(text: String(yearCounts.values.reduce(0, +)))]
                    + kinds.map { PictureTable.Cell(text: String(yearCounts[$0] ?? 0)) }
            })
        return Picture(id: "archief-per-jaar", title: "Documenten per jaar", summary: summary, width: width, height: height, body: svg.markup, table: table)
    }
}

private extension ArchiveYearsChart {
    /// The value axis: a baseline and up to four labelled grid lines at whole counts.
    static func axis(_ svg: inout SVGWriter, highest: Int, scale: Double, baseline: Double, right: Double) {
        let step = max(1, Int((Double(highest) / 4).rounded(.up)))
        for value in stride(from: 0, through: highest, by: step) {
            let y = baseline - Double(value) * scale
            svg.empty("line", [("x1", svgNumber(left - 4)), ("y1", svgNumber(y)), ("x2", svgNumber(right)), ("y2", svgNumber(y)), ("stroke", value == 0 ? "#444" : "#ddd")])
            svg.element("text", [("x", svgNumber(left - 8)), ("y", svgNumber(y + 4)), ("text-anchor", "end"), ("fill", "#555")], text: String(value))
        }
        svg.newline()
    }
}
