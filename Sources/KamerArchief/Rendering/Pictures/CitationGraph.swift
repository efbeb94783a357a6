/// A dossier page's second picture: a two-layer citation graph. Left, the archive's documents
/// that cite the dossier (oldest first); right, the dossier's Kamerstukken they cite, ordered by
/// the mean position of the documents citing them (ties by number). The layout is a pure function
/// of the input: no random seeds, no iteration to convergence.
enum CitationGraph {
    struct Node: Hashable {
        var id: String
        var label: String
        var href: String
    }

    struct Edge: Hashable {
        /// Index into `citing` and into `cited`.
        var from: Int
        var to: Int
    }

    /// At most this many nodes per layer; the rest are counted in the description.
    static let maxNodes = 40
    static let nodeWidth = 300.0, nodeHeight = 22.0, rowHeight = 30.0, columnGap = 120.0, top = 28.0

    static func picture(dossier: String, citing: [Node], cited: [Node], edges: [Edge]) -> Picture? {
        let left = Array(citing.prefix(maxNodes)), right = Array(cited.prefix(maxNodes))
        let kept = edges.filter { $0.from < left.count && $0.to < right.count }
        guard !kept.isEmpty else { return nil }
        let order = rightOrder(count: right.count, edges: kept)
        var rowOfRight: [Int: Int] = [:]
        for (row, index) in order.enumerated() { rowOfRight[index] = row }
        let rightX = nodeWidth + columnGap
        let width = Int(rightX + nodeWidth + 2)
        let height = Int(top + Double(max(left.count, right.count)) * rowHeight + 4)
        func centerY(_ row: Int) -> Double { top + Double(row) * rowHeight + nodeHeight / 2 }

        var svg = SVGWriter()
        svg.element("text", [("x", "0"), ("y", "14"), ("font-weight", "bold")], text: "Documenten die aanhalen")
        svg.element("text", [("x", svgNumber(rightX)), ("y", "14"), ("font-weight", "bold")], text: "Aangehaalde Kamerstukken")
        for edge in kept.sorted(by: { ($0.from, $0.to) < ($1.from, $1.to) }) {
            guard let row = rowOfRight[edge.to] else { continue }
            svg.empty("line", [("x1", svgNumber(nodeWidth)), ("y1", svgNumber(centerY(edge.from))), ("x2", svgNumber(rightX)), ("y2", svgNumber(centerY(row))), ("stroke", "#888")])
        }
        svg.newline()
        for (row, node) in left.enumerated() { drawNode(&svg, node, x: 0, y: top + Double(row) * rowHeight) }
        for (row, index) in order.enumerated() { drawNode(&svg, right[index], x: rightX, y: top + Double(row) * rowHeight) }
        let omitted = (citing.count - left.count) + (cited.count - right.count)
        let summary = "Citatiegraaf: \(counted(left.count, "document", "documenten")) in het archief (links) en \(counted(right.count, "Kamerstuk", "Kamerstukken")) van dossier \(dossier) die ze aanhalen (rechts), "
            + "met een lijn per verwijzing" + (omitted > 0 ? "; \(omitted) knopen passen er niet in en staan alleen in de tabel." : ".")
        // Each citing document's targets, gathered in one pass over the edges: a filter of all
        // edges per document was quadratic in a dossier that thousands of documents cite.
        var targetsOf = [[Int]](repeating: [], count: citing.count)
        for edge in edges where citing.indices.contains(edge.from) { targetsOf[edge.from].append(edge.to) }
        var rows: [[PictureTable.Cell]] = []
        for (index, node) in citing.enumerated() {
            let targets = targetsOf[index].sorted().compactMap { cited.indices.contains($0) ? cited[$0].label : nil }
            rows.append([.init(text: node.label, href: node.href), .init(text: targets.joined(separator: "; "))])
        }
        let table = PictureTable(caption: "Welke documenten welke Kamerstukken van dossier \(dossier) aanhalen", headers: ["Document", "Haalt aan"], rows: rows)
        return Picture(id: "citatiegraaf", title: "Wie haalt dit dossier aan", summary: summary, width: width, height: height, body: svg.markup, table: table)
    }

    /// The right layer's order: by the mean row of the left nodes that cite each (the barycenter
    /// heuristic, one pass), ties and uncited nodes by their index.
    static func rightOrder(count: Int, edges: [Edge]) -> [Int] {
        var sums = [Int](repeating: 0, count: count), degrees = [Int](repeating: 0, count: count)
        for edge in edges {
            sums[edge.to] += edge.from
            degrees[edge.to] += 1
        }
        return (0..<count).filter { degrees[$0] > 0 }.sorted {
            let lhs = Double(sums[$0]) / Double(degrees[$0]), rhs = Double(sums[$1]) / Double(degrees[$1])
            return lhs != rhs ? lhs < rhs : $0 < $1
        }
    }
}

private extension CitationGraph {
    static func drawNode(_ svg: inout SVGWriter, _ node: Node, x: Double, y: Double) {
        svg.link(node.href, label: node.label) { svg in
            svg.empty("rect", [("x", svgNumber(x)), ("y", svgNumber(y)), ("width", svgNumber(nodeWidth)), ("height", svgNumber(nodeHeight)), ("rx", "4"), ("fill", "#eef3f8"), ("stroke", "#1f5f8b")])
            svg.element("text", [("x", svgNumber(x + 6)), ("y", svgNumber(y + 15))], text: TextMeasure.fit(node.label, maxWidth: nodeWidth - 12, fontSize: 12))
        }
        svg.newline()
    }
}
