/// Links documents into an `Archive`: which Kamerstukken the archive holds, who cites what, and
/// which dossiers exist. Pure and deterministic: every list it builds is sorted.
public enum Linker {
    /// How many Kamerstuk entries one core makes at a time.
    static let entriesPerRun = 2048

    public static func link(summaries documents: [DocumentSummary]) -> Archive {
        // Indices are sorted rather than the summaries themselves: moving a summary is a dozen
        // reference counts, and at 10,000 documents a rebuild links them all.
        let ids = documents.map(\.id), dates = documents.map { $0.date ?? "" }
        let byID = documents.indices.sorted { ids[$0] < ids[$1] }
        // Documents and the places citing them are ordered by id as ranks, even integers that
        // order as the ids do (equal ids, equal ranks). A place names the document that holds it;
        // one that names another id is ranked by the gap it falls in among the documents' ids.
        var idRanks = [Int](repeating: 0, count: documents.count)
        for (rank, index) in byID.enumerated() where rank > 0 {
            idRanks[index] = ids[index] == ids[byID[rank - 1]] ? idRanks[byID[rank - 1]] : 2 * rank
        }
        // Newest first, and by id among documents of one date: their ranks compared where the ids
        // were (at 10,000 documents many share a date). Equal ids keep their order: the sort is
        // stable.
        let dateOrder = documents.indices.sorted { dates[$0] != dates[$1] ? dates[$0] > dates[$1] : idRanks[$0] < idRanks[$1] }
        let sorted = dateOrder.map { documents[$0] }
        // Each input document's place in `sorted`.
        var positions = [Int](repeating: 0, count: documents.count)
        for (position, index) in dateOrder.enumerated() { positions[index] = position }
        var holders: [KamerstukNumber: String] = [:]
        holders.reserveCapacity(documents.count)
        for index in byID {
            if let number = documents[index].kamerstuk, holders[number] == nil { holders[number] = ids[index] }
        }
        func idRank(of id: String) -> Int {
            var low = 0, high = byID.count
            while low < high {
                let middle = (low + high) / 2
                if ids[byID[middle]] < id { low = middle + 1 } else { high = middle }
            }
            return low < byID.count && ids[byID[low]] == id ? idRanks[byID[low]] : 2 * low - 1
        }
        // Gathered in id order, so each list below is nearly in its final order already. Citations
        // are read field by field: a copy of each would count references to all of them.
        var cited: [KamerstukNumber: CitedBy] = [:]
        cited.reserveCapacity(2 * documents.count)
        for index in byID {
            let citations = documents[index].citations, position = positions[index], id = ids[index], rank = idRanks[index]
            for citation in citations.indices {
                let place = citations[citation].place
                cited[citations[citation].number, default: CitedBy()].add(
                    place, from: position, idRank: place.document == id ? rank : idRank(of: place.document), url: citations[citation].url)
            }
        }
        // Each number once: every cited one, and each held one that is not cited.
        var distinct = Array(cited.keys)
        distinct.reserveCapacity(cited.count + holders.count)
        for number in holders.keys where cited[number] == nil { distinct.append(number) }
        let order = NaturalNumberOrder(distinct)
        let numbers = order.numbers
        // `dossier` makes a slug of the number: once per dossier, not once per Kamerstuk.
        let dossierPages = order.dossiers.map(Permalinks.dossier)
        // Made on all cores, in runs of numbers: at 10,000 documents they are 25,000 entries with
        // 110,000 citing places, the larger part of linking.
        let runs = stride(from: 0, to: numbers.count, by: entriesPerRun).map { $0..<min($0 + entriesPerRun, numbers.count) }
        let kamerstukken = Parallel.map(runs) { [cited, holders] run in
            run.map { position in
                let number = numbers[position]
                // Gathered in id order, the places are almost always in order already: then the
                // entry takes the lists as they are, without a reference count per place.
                let citedBy = cited[number]?.sorted
                return KamerstukEntry(
                    number: number,
                    officialURL: citedBy?.url ?? OfficialURL.kamerstuk(dossier: number.dossier, ondernummer: number.ondernummer),
                    document: holders[number],
                    page: Permalinks.kamerstuk(number, onDossierPage: dossierPages[order.dossierOfNumber[position]]),
                    citedBy: citedBy?.places ?? [], citingDocuments: citedBy?.documents ?? [])
            }
        }.flatMap { $0 }
        var archive = Archive(
            documents: sorted, kamerstukken: kamerstukken,
            dossiers: dossiers(documents, order: byID, kamerstukken: kamerstukken, numbers: order, pages: dossierPages))
        archive.kamerstukIndex.reserveCapacity(kamerstukken.count)
        // By index: an entry copied out would count references to each of its fields.
        for index in kamerstukken.indices { archive.kamerstukIndex[kamerstukken[index].number] = index }
        archive.documentIndex.reserveCapacity(sorted.count)
        for (index, document) in sorted.enumerated() { archive.documentIndex[document.id] = index }
        archive.idOrder = byID.map { positions[$0] }
        archive.documentIDsByKamerstuk = holders
        for index in byID {
            if let publication = documents[index].publication, archive.documentIDsByPublication[publication] == nil {
                archive.documentIDsByPublication[publication] = ids[index]
            }
        }
        // Who cites the publications the archive holds: each citing document once (its summary
        // lists each publication once), newest first.
        for index in byID {
            for publication in documents[index].citedPublications
            where publication != documents[index].publication && archive.documentIDsByPublication[publication] != nil {
                archive.citingDocumentsByPublication[publication, default: []].append(positions[index])
            }
        }
        for publication in archive.citingDocumentsByPublication.keys { archive.citingDocumentsByPublication[publication]!.sort() }
        return archive
    }

    /// Every citation of `document` with the place that shows it.
    public static func citations(in document: Document, placement: Placement) -> [(Citation, CitingPlace)] {
        var result: [(Citation, CitingPlace)] = []
        // The page and anchor only where there is a citation: most paragraphs and notes have none.
        for paragraph in document.bodyParagraphs where !paragraph.citations.isEmpty {
            let page = placement.page(of: paragraph) + "#" + Permalinks.paragraphAnchor(paragraph)
            for citation in paragraph.citations {
                result.append((citation, CitingPlace(
                    document: document.id, footnote: nil, page: page, text: citation.text, location: paragraph.location)))
            }
        }
        for note in document.footnotes where !note.citations.isEmpty {
            let page = placement.page(ofFootnote: note.number) + "#" + Permalinks.footnoteAnchor(note.number)
            for citation in note.citations {
                result.append((citation, CitingPlace(
                    document: document.id, footnote: note.number, page: page, text: citation.text, location: note.location)))
            }
        }
        return result
    }
}

/// Kamerstuk numbers in the order of `KamerstukNumber.<`, sorted on ranks: the distinct dossiers
/// and the distinct ondernummers are each put in natural order once, and then every comparison
/// compares two integers instead of reading two pairs of strings (at 10,000 documents, a quarter
/// of linking was that sort). The numbers of one dossier come out side by side.
struct NaturalNumberOrder {
    /// The numbers, sorted.
    let numbers: [KamerstukNumber]
    /// Their distinct dossiers, in natural order.
    let dossiers: [String]
    /// For each of `numbers`, its dossier's index in `dossiers`.
    let dossierOfNumber: [Int]

    /// `numbers` holds each number once, in any order.
    init(_ numbers: [KamerstukNumber]) {
        // The dossiers on one core, the ondernummers on another: each distinct one, sorted, and its rank.
        let parts = Parallel.map([true, false]) { dossier in
            let sorted = Set(numbers.lazy.map { dossier ? $0.dossier : $0.ondernummer }).naturallySorted()
            return (sorted: sorted, ranks: Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) }))
        }
        let dossiers = parts[0].sorted, dossierRanks = parts[0].ranks, ondernummerRanks = parts[1].ranks
        // Both ranks in one integer, so the sort compares integers and moves no strings.
        let ranked = numbers.map { dossierRanks[$0.dossier]! << 32 | ondernummerRanks[$0.ondernummer]! }
        let order = numbers.indices.sorted { ranked[$0] < ranked[$1] }
        self.numbers = order.map { numbers[$0] }
        self.dossiers = dossiers
        dossierOfNumber = order.map { ranked[$0] >> 32 }
    }
}

/// What the linker gathers of a cited Kamerstuk: every place citing it, with the citing document's
/// position in the archive's date order (`documents`) and the rank of its id (`idRanks`), and the
/// address its citations give, from the newest document citing it (the first such citation in
/// that document). Three lists side by side, so that an entry takes the places and positions as
/// lists, not place by place.
private struct CitedBy: Sendable {
    var places: [CitingPlace] = []
    var documents: [Int] = []
    var idRanks: [Int] = []
    var url: String?
    private var urlFrom = Int.max

    /// Whether place `lhs` comes before place `rhs`: by citing document, in id order, then by
    /// place in it. Ids that are no document's share the odd rank of the gap they fall in, and are
    /// compared as strings.
    func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
        if idRanks[lhs] != idRanks[rhs] { return idRanks[lhs] < idRanks[rhs] }
        if idRanks[lhs] & 1 != 0, places[lhs].document != places[rhs].document { return places[lhs].document < places[rhs].document }
        return places[lhs].location < places[rhs].location
    }

    /// The places in that order (a stable sort: places that compare equal keep their order),
    /// checked in one pass and sorted only when they are not.
    var sorted: CitedBy {
        guard places.indices.dropFirst().contains(where: { precedes($0, $0 - 1) }) else { return self }
        var order = Array(places.indices)
        // Stable: ties broken by the gathered order.
        order.sort { precedes($0, $1) || !precedes($1, $0) && $0 < $1 }
        var result = self
        result.places = order.map { places[$0] }
        result.documents = order.map { documents[$0] }
        result.idRanks = order.map { idRanks[$0] }
        return result
    }

    mutating func add(_ place: CitingPlace, from document: Int, idRank: Int, url: @autoclosure () -> String) {
        places.append(place)
        documents.append(document)
        idRanks.append(idRank)
        if document < urlFrom {
            self.url = url()
            urlFrom = document
        }
    }
}

private extension Linker {
    /// `order` is the indices of `documents` sorted by id; `numbers` the order of `kamerstukken`,
    /// whose dossiers are every dossier the archive holds a document of or cites, with their `pages`.
    static func dossiers(
        _ documents: [DocumentSummary], order: [Int], kamerstukken: [KamerstukEntry], numbers: NaturalNumberOrder, pages: [String]
    ) -> [DossierEntry] {
        var titles: [String: String] = [:]
        var members: [String: [String]] = [:]
        for document in order.lazy.map({ documents[$0] }) {
            guard let number = document.kamerstuk else { continue }
            members[number.dossier, default: []].append(document.id)
            if let title = document.dossierTitle, titles[number.dossier] == nil { titles[number.dossier] = title }
        }
        // `kamerstukken` is in natural order, so a dossier's Kamerstukken are side by side, in order.
        var dossiers: [DossierEntry] = []
        dossiers.reserveCapacity(numbers.dossiers.count)
        var start = 0
        while start < kamerstukken.count {
            let dossier = numbers.dossierOfNumber[start]
            var end = start + 1
            while end < kamerstukken.count, numbers.dossierOfNumber[end] == dossier { end += 1 }
            let number = numbers.dossiers[dossier]
            dossiers.append(DossierEntry(
                number: number, title: titles[number], page: pages[dossier],
                documents: members[number] ?? [], kamerstukken: kamerstukken[start..<end].map(\.number)))
            start = end
        }
        return dossiers
    }
}
