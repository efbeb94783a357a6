/// A topic page's picture: each amount named for the topic as a bar, in document order (oldest
/// first), labelled with the amount as written and linking to its paragraph. Amounts of different
/// documents stand side by side, so `EUR 291 miljoen` and `€ 296 miljoen` can be compared.
enum AmountChart {
    struct Bar {
        /// The document's short label and `YYYY-MM-DD` date (or nil).
        var document: String
        var date: String?
        /// As written in the source.
        var text: String
        var euros: Int
        /// The paragraph, relative to the topic page.
        var href: String
    }

    static let labelWidth = 230.0, barArea = 320.0, rowHeight = 26.0, top = 8.0, fontSize = 12.0

    static func picture(topic: String, bars: [Bar]) -> Picture? {
        guard !bars.isEmpty else { return nil }
        let highest = max(1, bars.map { max($0.euros, 0) }.max() ?? 1)
        let amountWidth = bars.map { TextMeasure.width(amountLabel($0), fontSize: fontSize) }.max() ?? 0
        let width = Int(labelWidth + barArea + 12 + amountWidth + 8)
        let height = Int(top + Double(bars.count) * rowHeight + 8)
        var svg = SVGWriter()
        svg.empty("line", [("x1", svgNumber(labelWidth)), ("y1", svgNumber(top)), ("x2", svgNumber(labelWidth)), ("y2", svgNumber(Double(height) - 8)), ("stroke", "#444")])
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let length = max(2, barArea * Double(max(bar.euros, 0)) / Double(highest))
            let label = documentLabel(bar)
            svg.link(bar.href, label: "\(label): \(bar.text) (\(EuroFormat.string(bar.euros)))") { svg in
                svg.element("text", [("x", svgNumber(labelWidth - 8)), ("y", svgNumber(y + 17)), ("text-anchor", "end")],
                            text: TextMeasure.fit(label, maxWidth: labelWidth - 12, fontSize: fontSize))
                svg.empty("rect", [("x", svgNumber(labelWidth)), ("y", svgNumber(y + 5)), ("width", svgNumber(length)), ("height", "16"), ("fill", "#1f5f8b")])
                svg.element("text", [("x", svgNumber(labelWidth + length + 6)), ("y", svgNumber(y + 17))], text: amountLabel(bar))
            }
            svg.newline()
        }
        let summary = "Staafdiagram: \(counted(bars.count, "bedrag", "bedragen")) bij \(topic), per document van oud naar nieuw; "
            + "de langste staaf is \(EuroFormat.string(highest)). Elke staaf draagt het bedrag zoals het in de tekst staat."
        let table = PictureTable(
            caption: "Bedragen bij \(topic)", headers: ["Document", "Datum", "Bedrag zoals geschreven", "In euro"],
            rows: bars.map { bar in
                [.init(text: bar.document), .init(text: bar.date.map(DutchDateText.string) ?? "zonder datum"),
                 .init(text: bar.text, href: bar.href), .init(text: EuroFormat.string(bar.euros))]
            })
        return Picture(id: "bedragen-beeld", title: "Bedragen per document", summary: summary, width: width, height: height, body: svg.markup, table: table)
    }
}

private extension AmountChart {
    static func documentLabel(_ bar: Bar) -> String {
        bar.date.map { "\(bar.document), \(DutchDateText.string($0))" } ?? bar.document
    }

    static func amountLabel(_ bar: Bar) -> String { bar.text }
}
