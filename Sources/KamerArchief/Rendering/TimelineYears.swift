/// The timeline cut into years: each year's dated documents and dated statements. The timeline
/// page shows one row per year and the picture; every row of the timeline lives on its year's
/// page (`tijdlijn/2023.html`), so no page holds the whole archive's rows.
struct TimelineYears: Sendable {
    struct Year: Sendable {
        /// Four digits.
        var year: String
        /// Oldest first, then by id.
        var documents: [DocumentSummary]
        /// In the archive's order (by date, a month before the days of that month).
        var statements: [DatedStatement]
    }

    /// Every year with a dated document or a dated statement, ascending; a year without either
    /// has no page.
    let years: [Year]
    /// Documents without a usable date (no date, or one without a four-digit year), by id.
    let undated: [DocumentSummary]

    init(_ archive: Archive) {
        var documents: [String: [DocumentSummary]] = [:], statements: [String: [DatedStatement]] = [:]
        var undated: [DocumentSummary] = []
        for document in Self.oldestFirst(archive.documents) {
            if let year = document.date.flatMap(DutchDateText.year) {
                documents[year, default: []].append(document)
            } else {
                undated.append(document)
            }
        }
        for statement in archive.topics.statements {
            guard let year = DutchDateText.year(statement.date.iso) else { continue }
            statements[year, default: []].append(statement)
        }
        years = Set(documents.keys).union(statements.keys).sorted().map { year in
            Year(year: year, documents: documents[year] ?? [], statements: statements[year] ?? [])
        }
        self.undated = undated
    }

    /// `TopicLinker.documentOrder` of `newestFirst`, which is in the linker's order (newest date
    /// first, the undated last, then by id), without sorting 10,000 summaries again: its runs of
    /// one date, last run first, with the undated moved from the front to the end.
    static func oldestFirst(_ newestFirst: [DocumentSummary]) -> [DocumentSummary] {
        var runs: [ArraySlice<DocumentSummary>] = []
        var start = 0
        for index in newestFirst.indices where index + 1 == newestFirst.count || (newestFirst[index + 1].date ?? "") != (newestFirst[index].date ?? "") {
            runs.append(newestFirst[start...index])
            start = index + 1
        }
        var dated: [DocumentSummary] = [], undated: [DocumentSummary] = []
        dated.reserveCapacity(newestFirst.count)
        for run in runs.reversed() {
            for document in run {
                if document.date == nil { undated.append(document) } else { dated.append(document) }
            }
        }
        return dated + undated
    }

    /// The years that have a page, for looking one up.
    var pageYears: Set<String> { Set(years.map(\.year)) }

    /// The anchor of the first row of `date` in a year page's documents or statements table:
    /// where a cluster of the timeline picture that starts at that date leads.
    static func rowAnchor(date: String, statement: Bool) -> String {
        (statement ? "uitspraken-" : "documenten-") + date
    }
}
