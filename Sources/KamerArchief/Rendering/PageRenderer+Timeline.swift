/// The timeline: `tijdlijn.html` with the picture and one row per year, and a page per year
/// (`tijdlijn/2023.html`) with that year's documents and dated statements. The rows live on the
/// year pages so that the timeline page stays small however large the archive grows.
extension PageRenderer {
    /// Up to this many undated documents are listed on the timeline page; more get a sentence
    /// and a link to the index, which lists every document.
    static let undatedListLimit = 50

    func timelinePage(_ timeline: TimelineYears) -> SiteFile {
        let crumbs = [Crumb(title: "Archief", path: Permalinks.index), Crumb(title: "Tijdlijn", path: Permalinks.timeline)]
        return render(.timeline, at: Permalinks.timeline, title: "Tijdlijn", breadcrumbs: crumbs) { inline in
            let undatedListed = timeline.undated.count <= Self.undatedListLimit
            return [
                "years": timeline.years.map { year -> TemplateValues in
                    [
                        "year": year.year, "url": inline.href(.page(Permalinks.timelineYear(year.year))),
                        "documentCount": year.documents.count, "statementCount": year.statements.count,
                    ]
                },
                "hasYears": !timeline.years.isEmpty,
                "documentCount": timeline.years.reduce(0) { $0 + $1.documents.count },
                "statementCount": timeline.years.reduce(0) { $0 + $1.statements.count },
                "undated": undatedListed ? timeline.undated.map { documentRow($0, inline: inline) } : [],
                "hasUndated": !timeline.undated.isEmpty,
                "undatedCount": timeline.undated.count,
                "undatedListed": undatedListed,
                "documentsURL": inline.href(.page(Permalinks.index)),
                "topicsURL": inline.href(.page(Permalinks.topics)),
                "timelineSVG": timelinePicture(timeline, inline: inline),
            ]
        }
    }

    /// The page of `timeline.years[index]`, with links to the years before and after it that have a page.
    func timelineYearPage(_ timeline: TimelineYears, index: Int) -> SiteFile {
        let year = timeline.years[index]
        let path = Permalinks.timelineYear(year.year)
        let crumbs = [
            Crumb(title: "Archief", path: Permalinks.index), Crumb(title: "Tijdlijn", path: Permalinks.timeline),
            Crumb(title: year.year, path: path),
        ]
        return render(.timelineYear, at: path, title: "Tijdlijn \(year.year)", breadcrumbs: crumbs) { inline in
            func neighbour(_ other: Int) -> TemplateValues? {
                guard timeline.years.indices.contains(other) else { return nil }
                let year = timeline.years[other].year
                return ["year": year, "url": inline.href(.page(Permalinks.timelineYear(year)))]
            }
            let names = archive.topics.namesByID
            var context: TemplateValues = [
                "year": year.year,
                "documents": rows(year.documents, date: { $0.date ?? "" }, statement: false, inline: inline) { documentRow($0, inline: inline) },
                "hasDocuments": !year.documents.isEmpty,
                "documentCount": year.documents.count,
                "statements": rows(year.statements, date: \.date.iso, statement: true, inline: inline) {
                    statementRow($0, names: names, inline: inline)
                },
                "hasStatements": !year.statements.isEmpty,
                "statementCount": year.statements.count,
                "timelineURL": inline.href(.page(Permalinks.timeline)),
                "topicsURL": inline.href(.page(Permalinks.topics)),
            ]
            context["previous"] = neighbour(index - 1)
            context["next"] = neighbour(index + 1)
            return context
        }
    }
}

private extension PageRenderer {
    /// The rows of a year page's table, the first of each date with `anchor` (see
    /// `TimelineYears.rowAnchor`), the others with an empty one.
    func rows<Item>(
        _ items: [Item], date: (Item) -> String, statement: Bool, inline: InlineMarkdown, row: (Item) -> TemplateValues
    ) -> [TemplateValues] {
        var previous: String?
        return items.map { item in
            var values = row(item)
            let day = date(item)
            values["anchor"] = day == previous ? "" : inline.anchor(TimelineYears.rowAnchor(date: day, statement: statement))
            previous = day
            return values
        }
    }

    /// `names`: each topic's name by id.
    func statementRow(_ statement: DatedStatement, names: [String: String], inline: InlineMarkdown) -> TemplateValues {
        let document = archive.document(statement.document)
        return [
            "date": statement.date.iso,
            "dateText": statement.date.text,
            "sentence": statement.sentence,
            "url": inline.href(.page(statement.page)),
            "documentTitle": document?.title ?? statement.document,
            "documentLabel": document?.label ?? statement.document,
            "topicsMarkdown": statement.topics.map { id in
                inline.link(names[id] ?? id, to: .page(Permalinks.topic(id)))
            }.joined(separator: ", "),
        ]
    }
}
