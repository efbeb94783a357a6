/// The pictures of the index, timeline, topic and dossier pages, as template values: each is a
/// `picture` block (see `CommonMark`) or empty when there is nothing to draw.
extension PageRenderer {
    func archivePicture(inline: InlineMarkdown) -> String {
        inline.picture(ArchiveYearsChart.picture(.init(
            documents: archive.documents.map { ($0.kind, $0.date) },
            yearHref: { inline.href(.page(Permalinks.timeline + "#jaar-\($0)")) })))
    }

    /// Marks link to their document or paragraph, clusters and years to the year pages of `timeline`.
    func timelinePicture(_ timeline: TimelineYears, inline: InlineMarkdown) -> String {
        let names = archive.topics.namesByID
        let documents = Dictionary(uniqueKeysWithValues: archive.documents.map { ($0.id, $0) })
        let pageYears = timeline.pageYears
        func rowHref(_ date: String, statement: Bool) -> String? {
            guard let year = DutchDateText.year(date), pageYears.contains(year) else { return nil }
            return inline.href(.page(Permalinks.timelineYear(year) + "#" + TimelineYears.rowAnchor(date: date, statement: statement)))
        }
        var entries: [TimelineChart.Entry] = archive.documents.compactMap { document in
            guard let date = document.date else { return nil }
            return TimelineChart.Entry(
                lane: document.kamerstuk.map { "Dossier \($0.dossier)" } ?? "Zonder dossier", rank: document.kamerstuk == nil ? 1 : 0,
                date: date, label: "\(document.label): \(document.title)", href: inline.href(.page(Permalinks.document(document.id))),
                rowHref: rowHref(date, statement: false))
        }
        for statement in archive.topics.statements {
            let source = documents[statement.document]?.label ?? statement.document
            let label = "\(source): " + TextMeasure.fit(statement.sentence, maxWidth: 1200, fontSize: 12)
            let row = rowHref(statement.date.iso, statement: true)
            for topic in statement.topics {
                entries.append(TimelineChart.Entry(
                    lane: names[topic] ?? topic, rank: 2, date: statement.date.iso, label: label, href: inline.href(.page(statement.page)),
                    rowHref: row))
            }
        }
        return inline.picture(TimelineChart.picture(entries) { year in
            pageYears.contains(year) ? inline.href(.page(Permalinks.timelineYear(year))) : nil
        })
    }

    func amountPicture(_ entry: TopicEntry, inline: InlineMarkdown) -> String {
        let bars = entry.amounts.map { amount in
            let document = archive.document(amount.document)
            return AmountChart.Bar(
                document: document?.label ?? amount.document, date: document?.date, text: amount.text, euros: amount.euros,
                href: inline.href(.page(amount.page)))
        }
        return inline.picture(AmountChart.picture(topic: entry.topic.name, bars: bars))
    }

    func kamerstukPicture(_ dossier: DossierEntry, inline: InlineMarkdown) -> String {
        let rows = dossier.kamerstukken.compactMap { archive.entry(for: $0) }.map { entry in
            let holder = entry.document.flatMap { archive.document($0) }
            return KamerstukChart.Row(
                label: "nr. \(entry.number.ondernummer)", date: holder?.date, citations: entry.citedBy.count,
                href: inline.href(.page(holder.map { Permalinks.document($0.id) } ?? entry.page)))
        }
        return inline.picture(KamerstukChart.picture(dossier: dossier.number, rows: rows))
    }

    func citationGraphPicture(_ dossier: DossierEntry, inline: InlineMarkdown) -> String {
        let entries = dossier.kamerstukken.compactMap { archive.entry(for: $0) }.filter { !$0.citedBy.isEmpty }
        let citingIDs = Set(entries.flatMap { $0.citedBy.map(\.document) })
        let citing = TopicLinker.documentOrder(citingIDs.compactMap { archive.document($0) })
        let rowOfDocument = Dictionary(uniqueKeysWithValues: citing.enumerated().map { ($1.id, $0) })
        var edges: Set<CitationGraph.Edge> = []
        for (index, entry) in entries.enumerated() {
            for place in entry.citedBy {
                if let row = rowOfDocument[place.document] { edges.insert(CitationGraph.Edge(from: row, to: index)) }
            }
        }
        let citingNodes = citing.map { document in
            CitationGraph.Node(id: document.id, label: "\(document.label): \(document.title)", href: inline.href(.page(Permalinks.document(document.id))))
        }
        let citedNodes = entries.map { entry in
            let holder = entry.document.flatMap { archive.document($0) }
            return CitationGraph.Node(
                id: entry.number.key, label: "Kamerstuk \(entry.number.description)",
                href: inline.href(.page(holder.map { Permalinks.document($0.id) } ?? entry.page)))
        }
        return inline.picture(CitationGraph.picture(
            dossier: dossier.number, citing: citingNodes, cited: citedNodes, edges: edges.sorted { ($0.from, $0.to) < ($1.from, $1.to) }))
    }
}

extension InlineMarkdown {
    /// The page-level block for `picture`, or nothing.
    func picture(_ picture: Picture?) -> String {
        picture.map { links.picture(utf8: $0.utf8) } ?? ""
    }
}
