/// Links documents into an `Archive`: which Kamerstukken the archive holds, who cites what, and
/// which dossiers exist. Pure and deterministic: every list it builds is sorted.
public enum Linker {
    public static func link(summaries documents: [DocumentSummary]) -> Archive {
        // Indices are sorted rather than the summaries themselves: moving a summary is a dozen
        // reference counts, and at 10,000 documents a rebuild links them all.
        let ids = documents.map(\.id), dates = documents.map { $0.date ?? "" }
        let byID = documents.indices.sorted { ids[$0] < ids[$1] }
        let dateOrder = documents.indices.sorted { (dates[$0], ids[$1]) > (dates[$1], ids[$0]) }
        let sorted = dateOrder.map { documents[$0] }
        // Each input document's place in `sorted`.
        var positions = [Int](repeating: 0, count: documents.count)
        for (position, index) in dateOrder.enumerated() { positions[index] = position }
        var holders: [KamerstukNumber: String] = [:]
        holders.reserveCapacity(documents.count)
        for index in byID {
            if let number = documents[index].kamerstuk, holders[number] == nil { holders[number] = ids[index] }
        }
        // Gathered in id order, so each list below is nearly in its final order already. Citations
        // are read field by field: a copy of each would count references to all of them.
        var cited: [KamerstukNumber: CitedBy] = [:]
        cited.reserveCapacity(2 * documents.count)
        for index in byID {
            let citations = documents[index].citations, position = positions[index]
            for citation in citations.indices {
                cited[citations[citation].number, default: CitedBy()].add(citations[citation].place, from: position, url: citations[citation].url)
            }
        }
        let numbers = inNaturalOrder(Set(holders.keys).union(cited.keys))
        func precedes(_ lhs: (place: CitingPlace, document: Int), _ rhs: (place: CitingPlace, document: Int)) -> Bool {
            (lhs.place.document, lhs.place.location) < (rhs.place.document, rhs.place.location)
        }
        let kamerstukken = numbers.map { number in
            let citedBy = cited[number]
            // Gathered in id order, the places are almost always in order already: checked in one
            // pass, sorted (stably, so as if always sorted) only when they are not.
            var places = citedBy?.places ?? []
            if places.indices.dropFirst().contains(where: { precedes(places[$0], places[$0 - 1]) }) {
                places.sort(by: precedes)
            }
            return KamerstukEntry(
                number: number,
                officialURL: citedBy?.url ?? OfficialURL.kamerstuk(dossier: number.dossier, ondernummer: number.ondernummer),
                document: holders[number],
                page: Permalinks.dossier(number.dossier) + "#" + Permalinks.kamerstukAnchor(number),
                citedBy: places.map(\.place), citingDocuments: places.map(\.document))
        }
        var archive = Archive(documents: sorted, kamerstukken: kamerstukken, dossiers: dossiers(documents, order: byID, kamerstukken: kamerstukken))
        archive.kamerstukIndex.reserveCapacity(kamerstukken.count)
        for (index, entry) in kamerstukken.enumerated() { archive.kamerstukIndex[entry.number] = index }
        archive.documentIndex.reserveCapacity(sorted.count)
        for (index, document) in sorted.enumerated() { archive.documentIndex[document.id] = index }
        archive.idOrder = byID.map { positions[$0] }
        archive.documentIDsByKamerstuk = holders
        return archive
    }

    /// Every citation of `document` with the place that shows it.
    public static func citations(in document: Document, placement: Placement) -> [(Citation, CitingPlace)] {
        var result: [(Citation, CitingPlace)] = []
        for paragraph in document.bodyParagraphs {
            let page = placement.page(of: paragraph) + "#" + Permalinks.paragraphAnchor(paragraph)
            for citation in paragraph.citations {
                result.append((citation, CitingPlace(
                    document: document.id, footnote: nil, page: page, text: citation.text, location: paragraph.location)))
            }
        }
        for note in document.footnotes {
            let page = placement.page(ofFootnote: note.number) + "#" + Permalinks.footnoteAnchor(note.number)
            for citation in note.citations {
                result.append((citation, CitingPlace(
                    document: document.id, footnote: note.number, page: page, text: citation.text, location: note.location)))
            }
        }
        return result
    }
}

extension Linker {
    /// `numbers` in the order of `KamerstukNumber.<`, sorted on ranks: the distinct dossiers and the
    /// distinct ondernummers are each put in natural order once, and then every comparison compares
    /// two integers instead of reading two pairs of strings (at 10,000 documents, a quarter of
    /// linking was that sort).
    static func inNaturalOrder(_ numbers: Set<KamerstukNumber>) -> [KamerstukNumber] {
        func ranks(_ values: Set<String>) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: values.naturallySorted().enumerated().map { ($1, $0) })
        }
        let numbers = Array(numbers)
        let dossiers = ranks(Set(numbers.map(\.dossier))), ondernummers = ranks(Set(numbers.map(\.ondernummer)))
        // Both ranks in one integer, so the sort compares integers and moves no strings.
        let ranked = numbers.map { dossiers[$0.dossier]! << 32 | ondernummers[$0.ondernummer]! }
        return numbers.indices.sorted { ranked[$0] < ranked[$1] }.map { numbers[$0] }
    }
}

/// What the linker gathers of a cited Kamerstuk: every place citing it, with the citing document's
/// position in the archive's date order, and the address its citations give, from the newest
/// document citing it (the first such citation in that document).
private struct CitedBy {
    var places: [(place: CitingPlace, document: Int)] = []
    var url: String?
    private var urlFrom = Int.max

    mutating func add(_ place: CitingPlace, from document: Int, url: @autoclosure () -> String) {
        places.append((place, document))
        if document < urlFrom {
            self.url = url()
            urlFrom = document
        }
    }
}

private extension Linker {
    /// `order` is the indices of `documents` sorted by id.
    static func dossiers(_ documents: [DocumentSummary], order: [Int], kamerstukken: [KamerstukEntry]) -> [DossierEntry] {
        var titles: [String: String] = [:]
        var members: [String: [String]] = [:]
        for document in order.lazy.map({ documents[$0] }) {
            guard let number = document.kamerstuk else { continue }
            members[number.dossier, default: []].append(document.id)
            if let title = document.dossierTitle, titles[number.dossier] == nil { titles[number.dossier] = title }
        }
        // `kamerstukken` is in natural order, so each dossier's list is too.
        let cited = Dictionary(grouping: kamerstukken.map(\.number), by: \.dossier)
        let numbers = Set(members.keys).union(cited.keys).naturallySorted()
        return numbers.map { number in
            DossierEntry(
                number: number, title: titles[number], page: Permalinks.dossier(number),
                documents: members[number] ?? [], kamerstukken: cited[number] ?? [])
        }
    }
}
