import Foundation
import Testing
@testable import KamerArchief

@Suite("the linker's order of Kamerstukken")
struct LinkerSortTests {
    @Test("Kamerstuk numbers sorted on ranks come out as KamerstukNumber.< sorts them")
    func ranksKeepTheNaturalOrder() {
        let dossiers = ["21501-30", "21501-2", "21501-02", "36600-XIV", "36600-IV", "32813", "7", "007", "29826", "2025Z01234", "é1"]
        let ondernummers = ["1", "2", "10", "12", "010", "10a", "3121", "277"]
        var state: UInt64 = 20_261_201
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            let numbers = Set((0..<(1 + next(60))).map { _ in
                KamerstukNumber(dossier: dossiers[next(dossiers.count)], ondernummer: ondernummers[next(ondernummers.count)])
            })
            let order = NaturalNumberOrder(Array(numbers))
            #expect(order.numbers == numbers.sorted())
            // Each number's dossier, found through the distinct dossiers in natural order.
            #expect(order.numbers.indices.allSatisfy { order.dossiers[order.dossierOfNumber[$0]] == order.numbers[$0].dossier })
            #expect(order.dossiers == Set(numbers.map(\.dossier)).naturallySorted())
        }
    }

    @Test("the archive's documents are newest first, by id among one date's, equal ids in the order given")
    func documentsNewestFirst() {
        var generator = SeededGenerator(seed: 41)
        // Dates shared and missing, ids shared, prefixes of others, and not ASCII.
        let dates: [String?] = ["2024-01-01", "2024-01-02", "2023-12-31", nil, ""]
        let ids = ["a", "a-1", "a-10", "a-2", "b", "e\u{301}", "\u{E9}", "f", "kst-36750-3", "kst-36750-30"]
        for _ in 0..<300 {
            let summaries = (0..<Int.random(in: 0..<30, using: &generator)).map { index in
                DocumentSummary(
                    id: ids.randomElement(using: &generator)!, kind: .kamerbrief, format: .pdfText, title: "\(index)",
                    date: dates.randomElement(using: &generator)!, label: "", citations: [])
            }
            // Swift's sort is stable: summaries equal in date and id keep their order given.
            let expected = summaries.sorted { ($0.date ?? "", $1.id) > ($1.date ?? "", $0.id) }
            #expect(Linker.link(summaries: summaries).documents.map(\.title) == expected.map(\.title))
        }
    }

    @Test("a Kamerstuk's citing places come out by document and place, whatever order the summaries list them in; its address is the newest citing document's")
    func citingPlacesInOrder() {
        var generator = SeededGenerator(seed: 12)
        let numbers = (1...4).map { KamerstukNumber(dossier: "29826", ondernummer: String($0)) }
        for _ in 0..<50 {
            let ids = (0..<Int.random(in: 1..<8, using: &generator)).map { "doc-\($0)" }.shuffled(using: &generator)
            let summaries = ids.map { id in
                // Places in any order, some twice (one paragraph citing a paper twice).
                let citations = (0..<Int.random(in: 0..<6, using: &generator)).map { index in
                    CitedKamerstuk(
                        number: numbers.randomElement(using: &generator)!, url: "https://example.org/\(id)/\(index)",
                        place: CitingPlace(
                            document: id, footnote: nil, page: "documenten/\(id)/", text: "Kamerstuk",
                            location: SourceLocation(file: "Content/\(id).txt", line: Int.random(in: 1..<4, using: &generator), column: 1)))
                }
                let date = ["2024-01-02", "2025-03-04", nil].randomElement(using: &generator)!
                return DocumentSummary(id: id, kind: .kamerbrief, format: .pdfText, title: id, date: date, label: id, citations: citations)
            }
            let archive = Linker.link(summaries: summaries)
            for entry in archive.kamerstukken {
                // Every place citing the number, gathered in id order and sorted stably.
                let gathered = summaries.sorted { $0.id < $1.id }.flatMap { $0.citations.filter { $0.number == entry.number }.map(\.place) }
                let expected = gathered.enumerated().sorted {
                    ($0.element.document, $0.element.location, $0.offset) < ($1.element.document, $1.element.location, $1.offset)
                }.map(\.element)
                #expect(entry.citedBy == expected)
                #expect(entry.citingDocuments.map { archive.documents[$0].id } == expected.map(\.document))
                // The archive's documents are newest first.
                let newest = archive.documents.lazy.compactMap { $0.citations.first { $0.number == entry.number } }.first
                #expect(entry.officialURL == newest?.url)
            }
            // Each document's cited Kamerstukken for its job key: in the entries' order, each once.
            let cited = CitedKamerstukken(archive)
            for position in archive.documents.indices {
                let expected = archive.kamerstukken.indices.filter { archive.kamerstukken[$0].citingDocuments.contains(position) }
                #expect(Array(cited[position]) == expected)
            }
        }
    }

    @Test("citing places that name another document than the one holding them are ordered by the id they name")
    func placesNamingOtherDocuments() {
        var generator = SeededGenerator(seed: 33)
        let number = KamerstukNumber(dossier: "29826", ondernummer: "1")
        let named = ["doc-0", "doc-3", "doc-30", "a", "doc-", "zz", "doc-1"]
        for _ in 0..<100 {
            let summaries = (0..<Int.random(in: 1..<6, using: &generator)).map { index in
                DocumentSummary(
                    id: "doc-\(index)", kind: .kamerbrief, format: .pdfText, title: "", label: "",
                    citations: (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                        CitedKamerstuk(number: number, url: "https://example.org/", place: CitingPlace(
                            document: named.randomElement(using: &generator)!, footnote: nil, page: "p", text: "t",
                            location: SourceLocation(file: "f", line: Int.random(in: 1..<3, using: &generator), column: 1)))
                    })
            }
            let gathered = summaries.sorted { $0.id < $1.id }.flatMap { $0.citations.map(\.place) }
            let expected = gathered.enumerated().sorted {
                ($0.element.document, $0.element.location, $0.offset) < ($1.element.document, $1.element.location, $1.offset)
            }.map(\.element)
            #expect(Linker.link(summaries: summaries).kamerstukken.first?.citedBy ?? [] == expected)
        }
    }

    @Test("dossiers, Kamerstuk pages and addresses are what their definitions give, for numbers that are slugs and numbers that are not")
    func dossiersAndPages() {
        var generator = SeededGenerator(seed: 31)
        let dossiers = ["21501-30", "21501-2", "36600-XIII", "36600-xiii", "29826", "é1", "A B", "7"]
        let ondernummers = ["1", "2", "10", "A", "3121", "x y", "é"]
        func number() -> KamerstukNumber {
            KamerstukNumber(dossier: dossiers.randomElement(using: &generator)!, ondernummer: ondernummers.randomElement(using: &generator)!)
        }
        for _ in 0..<100 {
            let summaries = (0..<Int.random(in: 1..<12, using: &generator)).map { index in
                let id = "doc-\(index)"
                let citations = (0..<Int.random(in: 0..<5, using: &generator)).map { _ in
                    CitedKamerstuk(
                        number: number(), url: "https://example.org/\(id)",
                        place: CitingPlace(document: id, footnote: nil, page: "documenten/\(id)/", text: "Kamerstuk",
                                           location: SourceLocation(file: "Content/\(id).txt", line: 1, column: 1)))
                }
                return DocumentSummary(
                    id: id, kind: .kamerbrief, format: .pdfText, title: id, date: "2024-01-02", label: id,
                    kamerstuk: Bool.random(using: &generator) ? number() : nil,
                    dossierTitle: Bool.random(using: &generator) ? "Titel \(index)" : nil, citations: citations)
            }
            let archive = Linker.link(summaries: summaries)
            for entry in archive.kamerstukken {
                #expect(entry.page == Permalinks.dossier(entry.number.dossier) + "#" + Permalinks.kamerstukAnchor(entry.number))
                if !summaries.contains(where: { $0.citations.contains { $0.number == entry.number } }) {
                    #expect(entry.officialURL == OfficialURL.kamerstuk(dossier: entry.number.dossier, ondernummer: entry.number.ondernummer))
                }
            }
            // The dossiers as the linker made them before it grouped Kamerstukken by their order.
            let byID = summaries.sorted { $0.id < $1.id }
            var members: [String: [String]] = [:], titles: [String: String] = [:]
            for summary in byID {
                guard let number = summary.kamerstuk else { continue }
                members[number.dossier, default: []].append(summary.id)
                if let title = summary.dossierTitle, titles[number.dossier] == nil { titles[number.dossier] = title }
            }
            let cited = Dictionary(grouping: archive.kamerstukken.map(\.number), by: \.dossier)
            let expected = Set(members.keys).union(cited.keys).naturallySorted().map { number in
                DossierEntry(number: number, title: titles[number], page: Permalinks.dossier(number),
                             documents: members[number] ?? [], kamerstukken: cited[number] ?? [])
            }
            #expect(archive.dossiers == expected)
        }
    }

    @Test("official addresses percent-encode what is not allowed in them, and keep what is")
    func officialAddresses() {
        var generator = SeededGenerator(seed: 32)
        let pieces = ["21501", "-", "XIII", "a", " ", "é", "/", "(", "]", "<", "%", "~", "\u{1F600}", "?", "#"]
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'*+,;=%".utf8)
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0..<6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.utf8.map { allowed.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
            #expect(OfficialURL.encoded(text) == expected)
        }
    }

    @Test("a Kamerstuk number made, changed or decoded is equal to, and hashes as, the one made with the same strings")
    func numbersHashByTheirStrings() throws {
        let made = KamerstukNumber(dossier: "21501-30", ondernummer: "621")
        var changed = KamerstukNumber(dossier: "36600-XIII", ondernummer: "1")
        changed.dossier = "21501-30"
        #expect(changed != made)
        changed.ondernummer = "621"
        let decoded = try JSONDecoder().decode(KamerstukNumber.self, from: JSONEncoder().encode(made))
        let json = String(decoding: try JSONEncoder().encode(made), as: UTF8.self)
        #expect(!json.contains("hash"))
        for number in [changed, decoded] {
            #expect(number == made)
            #expect(number.hashValue == made.hashValue)
            #expect(Set([made, number]).count == 1)
        }
        // The same bytes in other places are other numbers.
        #expect(KamerstukNumber(dossier: "21501-3", ondernummer: "0621") != made)
        #expect(KamerstukNumber(dossier: "21501-306", ondernummer: "21") != made)
    }

    @Test("strings sorted on natural sort keys come out as naturallyPrecedes sorts them")
    func naturalSortKeys() {
        var generator = SeededGenerator(seed: 21)
        let pieces = ["0", "00", "1", "7", "07", "10", "9", "99", "a", "A", "-", "\u{E9}", "e\u{301}", " ", "Z", "\u{0}", "\u{1}", "/", "XIII", "\u{F4}"]
        for _ in 0..<300 {
            let strings = Set((0..<Int.random(in: 0..<30, using: &generator)).map { _ in
                (0..<Int.random(in: 0..<5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            })
            #expect(strings.naturallySorted() == strings.sorted { $0.naturallyPrecedes($1) })
        }
    }

    @Test("the timeline's oldest-first order, taken from the linker's newest-first order, is the topic pages' sorted order")
    func oldestFirst() {
        var generator = SeededGenerator(seed: 17)
        let dates: [String?] = ["2024-01-01", "2023-05-05", "2024-01-02", "1999-12-31", nil, ""]
        for _ in 0..<200 {
            let summaries = (0..<Int.random(in: 0..<40, using: &generator)).map { index in
                DocumentSummary(
                    id: "d\(Int.random(in: 0..<1000, using: &generator))-\(index)", kind: .kamerbrief, format: .pdfText, title: "",
                    date: dates.randomElement(using: &generator)!, label: "", citations: [])
            }
            let archive = Linker.link(summaries: summaries)
            #expect(TimelineYears.oldestFirst(archive.documents).map(\.id) == TopicLinker.documentOrder(archive.documents).map(\.id))
        }
    }
}
