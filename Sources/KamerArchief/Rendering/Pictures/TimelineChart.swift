/// The timeline page's picture: documents and dated statements on one time axis, one lane per
/// dossier or topic. Marks closer than a mark's width are drawn as one cluster with a count, so
/// dense years stay legible and the SVG stays small however many entries there are.
///
/// A single mark links to its document or paragraph; a cluster links to its first entry's row in
/// the full list (the year page), where all its entries follow in date order; a year's axis label
/// and its row in the table link to the year's list.
enum TimelineChart {
    struct Entry {
        /// The lane's name (`Dossier 21501-30`, a topic's name); `rank` orders lanes: dossiers, then topics.
        var lane: String
        var rank: Int
        /// `YYYY-MM-DD` or `YYYY-MM`.
        var date: String
        /// What the mark's tooltip says.
        var label: String
        /// The paragraph or page the mark links to, relative to the timeline page.
        var href: String
        /// The entry's row in the full list (on its year's page), relative to the timeline page:
        /// where a cluster that starts with this entry links. Nil: the cluster links to `href`.
        var rowHref: String? = nil
    }

    /// Lanes beyond this many (the fullest are kept) share one last lane, `Overige`.
    static let maxLanes = 12
    static let laneHeight = 30.0, labelWidth = 220.0, top = 12.0, markRadius = 5.0, gap = 3.0

    /// `yearHref` gives a year's list (`tijdlijn/2023.html`), or nil for a year without one.
    static func picture(_ entries: [Entry], yearHref: (String) -> String? = { _ in nil }) -> Picture? {
        let dated = entries.filter { DutchDateText.year($0.date) != nil }
        guard let first = dated.map(\.date).min().flatMap(DutchDateText.year).flatMap(Int.init),
              let last = dated.map(\.date).max().flatMap(DutchDateText.year).flatMap(Int.init) else { return nil }
        let lanes = self.lanes(dated)
        let years = last - first + 1
        let yearWidth = max(48, min(160, 1000 / Double(years)))
        let plotLeft = labelWidth + 10
        let width = Int(plotLeft + Double(years) * yearWidth + 44)
        let axisY = top + Double(lanes.count) * laneHeight
        let height = Int(axisY + 28)
        func x(_ date: String) -> Double { plotLeft + (yearFraction(date) - Double(first)) * yearWidth }

        var svg = SVGWriter()
        for year in first...(last + 1) {
            let lineX = plotLeft + Double(year - first) * yearWidth
            svg.empty("line", [("x1", svgNumber(lineX)), ("y1", svgNumber(top)), ("x2", svgNumber(lineX)), ("y2", svgNumber(axisY + 4)), ("stroke", "#ccc")])
            if year <= last {
                let drawYear: (inout SVGWriter) -> Void = { svg in
                    svg.element("text", [("x", svgNumber(lineX + yearWidth / 2)), ("y", svgNumber(axisY + 20)), ("text-anchor", "middle")], text: String(year))
                }
                if let href = yearHref(String(year)) {
                    svg.link(href, label: "\(year): alle documenten en gedateerde uitspraken", drawYear)
                } else {
                    drawYear(&svg)
                }
            }
        }
        svg.newline()
        for (index, lane) in lanes.enumerated() {
            let y = top + Double(index) * laneHeight + laneHeight / 2
            svg.empty("line", [("x1", svgNumber(plotLeft)), ("y1", svgNumber(y)), ("x2", svgNumber(plotLeft + Double(years) * yearWidth)), ("y2", svgNumber(y)), ("stroke", "#888")])
            svg.element("text", [("x", "0"), ("y", svgNumber(y + 4))], text: TextMeasure.fit(lane.name, maxWidth: labelWidth, fontSize: 12))
            for cluster in clusters(lane.entries, x: x) {
                drawCluster(&svg, cluster, y: y)
            }
            svg.newline()
        }
        let span = first == last ? "in \(first)" : "van \(first) tot en met \(last)"
        let summary = "Tijdlijn \(span): \(counted(dated.count, "vermelding", "vermeldingen")) van documenten en gedateerde uitspraken in \(counted(lanes.count, "baan", "banen")), een per dossier of onderwerp. "
            + "Vermeldingen die dicht op elkaar staan zijn samengenomen tot één merk met hun aantal; elk merk linkt naar de alinea of het document."
        return Picture(id: "tijdlijn-beeld", title: "Tijdlijn per dossier en onderwerp", summary: summary,
                       width: width, height: height, body: svg.markup,
                       table: table(dated, lanes: lanes, first: first, last: last, yearHref: yearHref))
    }

    /// A run of marks in one lane, drawn as one mark at `x` (the first's position) spanning `width`.
    struct Cluster {
        var entries: [Entry]
        var x: Double
        var width: Double
    }

    /// Groups a lane's entries from left to right: an entry joins the open cluster when its mark
    /// would touch the cluster's mark. A cluster's width grows with its count's digits; the next
    /// cluster starts only past the final width plus `gap`, so no two marks or counts overlap.
    static func clusters(_ entries: [Entry], x: (String) -> Double) -> [Cluster] {
        var result: [Cluster] = []
        for entry in entries.sorted(by: { ($0.date, $0.href) < ($1.date, $1.href) }) {
            let position = x(entry.date)
            if var open = result.last, position - markRadius < open.x - markRadius + open.width + gap {
                open.entries.append(entry)
                open.width = markWidth(count: open.entries.count)
                result[result.count - 1] = open
            } else {
                result.append(Cluster(entries: [entry], x: position, width: markWidth(count: 1)))
            }
        }
        return result
    }

    /// A single mark is a dot; a cluster is a pill wide enough for its count (11 px digits).
    static func markWidth(count: Int) -> Double {
        count == 1 ? 2 * markRadius : max(2 * markRadius, Double(String(count).count) * 7 + 10)
    }
}

private extension TimelineChart {
    struct Lane {
        var name: String
        var rank: Int
        var entries: [Entry]
    }

    /// Lanes in order of rank and name; past `maxLanes` the smallest lanes merge into `Overige`.
    static func lanes(_ entries: [Entry]) -> [Lane] {
        var byName: [String: Lane] = [:]
        for entry in entries { byName[entry.lane, default: Lane(name: entry.lane, rank: entry.rank, entries: [])].entries.append(entry) }
        var lanes = byName.values.sorted { ($0.rank, $0.name) < ($1.rank, $1.name) }
        guard lanes.count > maxLanes else { return lanes }
        let kept = Set(lanes.sorted { ($1.entries.count, $0.name) < ($0.entries.count, $1.name) }.prefix(maxLanes - 1).map(\.name))
        let rest = lanes.filter { !kept.contains($0.name) }
        lanes = lanes.filter { kept.contains($0.name) }
        lanes.append(Lane(name: "Overige (\(rest.count) banen)", rank: Int.max, entries: rest.flatMap(\.entries)))
        return lanes
    }

    /// The year as a number with the date's place in it: `2023-07-01` → about 2023.5.
    static func yearFraction(_ date: String) -> Double {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { return 0 }
        let month = parts.count > 1 ? Double(min(max(parts[1], 1), 12)) : 7
        let day = parts.count > 2 ? Double(min(max(parts[2], 1), 31)) : 15
        return Double(year) + (month - 1 + (day - 1) / 31) / 12
    }

    static func drawCluster(_ svg: inout SVGWriter, _ cluster: Cluster, y: Double) {
        guard let first = cluster.entries.first, let lastEntry = cluster.entries.last else { return }
        if cluster.entries.count == 1 {
            svg.link(first.href, label: "\(DutchDateText.string(first.date)): \(first.label)") { svg in
                svg.empty("circle", [("cx", svgNumber(cluster.x)), ("cy", svgNumber(y)), ("r", svgNumber(markRadius)), ("fill", "#1f5f8b")])
            }
            return
        }
        let span = first.date == lastEntry.date ? DutchDateText.string(first.date)
            : "\(DutchDateText.string(first.date)) tot \(DutchDateText.string(lastEntry.date))"
        let target = first.rowHref.map { _ in "de lijst van \(first.date.prefix(4)), vanaf de eerste" } ?? "de eerste"
        let label = "\(cluster.entries.count) vermeldingen, \(span); de link gaat naar \(target): \(first.label)"
        svg.link(first.rowHref ?? first.href, label: label) { svg in
            let left = cluster.x - markRadius
            svg.empty("rect", [("x", svgNumber(left)), ("y", svgNumber(y - 8)), ("width", svgNumber(cluster.width)), ("height", "16"), ("rx", "8"), ("fill", "#b34d00")])
            svg.element("text", [("x", svgNumber(left + cluster.width / 2)), ("y", svgNumber(y + 4)), ("text-anchor", "middle"), ("fill", "#fff"), ("font-size", "11")],
                        text: String(cluster.entries.count))
        }
    }

    /// Per year: how many entries each lane has; the row of a year has the id `jaar-YYYY` (the
    /// index page's year bars link there) and its year links to the year's list.
    static func table(_ entries: [Entry], lanes: [Lane], first: Int, last: Int, yearHref: (String) -> String?) -> PictureTable {
        var rows: [[PictureTable.Cell]] = [], ids: [String?] = []
        for year in first...last {
            let prefix = String(year)
            let perLane = lanes.compactMap { lane -> String? in
                let count = lane.entries.filter { $0.date.hasPrefix(prefix) }.count
                return count == 0 ? nil : "\(lane.name): \(count)"
            }
            let total = entries.filter { $0.date.hasPrefix(prefix) }.count
            rows.append([.init(text: prefix, href: yearHref(prefix)), .init(text: String(total)), .init(text: perLane.isEmpty ? "–" : perLane.joined(separator: "; "))])
            ids.append("jaar-\(year)")
        }
        return PictureTable(caption: "Vermeldingen per jaar en baan", headers: ["Jaar", "Aantal", "Per dossier of onderwerp"], rows: rows, rowIDs: ids)
    }
}
