import Foundation
import Testing
@testable import KamerArchief

@Suite("Search index")
struct SearchIndexTests {
    @Test("terms fold case and diacritics and split on everything but a-z and 0-9, as search.js does")
    func folding() {
        var folder = SearchTermFolder()
        #expect(folder.terms("Het kabinet is GEÏNFORMEERD over batterij-grondstoffen (CRMA), 2024; Straße één") == [
            "het", "kabinet", "is", "geinformeerd", "over", "batterij", "grondstoffen", "crma", "2024", "stra", "e", "een",
        ])
        #expect(folder.terms(String(repeating: "a", count: 100)) == [String(repeating: "a", count: 64)])
        #expect(folder.terms("— … ß").isEmpty)
        #expect(folder.terms("a😀b Ωmega ÅRHUS ﬁx") == ["a", "b", "mega", "arhus", "x"])
    }

    @Test("a scalar one folder folded is folded for every later folder from the process's folds, to the same bytes")
    func sharedFolds() {
        // Scalars no other test folds, so that no test running beside this one made them first.
        var first = SearchTermFolder()
        #expect(first.terms("Ǻngström Ǖber") == ["angstrom", "uber"])
        var made: [Unicode.Scalar] = []
        for (scalar, fold) in [("Ǻ", [UInt8(ascii: "a")]), ("Ǖ", [UInt8(ascii: "u")])] as [(Unicode.Scalar, [UInt8])] {
            let bytes = SharedFolds.shared.folded(scalar) { scalar in
                made.append(scalar)
                return []
            }
            #expect(bytes == fold)
        }
        #expect(made.isEmpty, "folded again: \(made)")
        var second = SearchTermFolder()
        #expect(second.terms("ǺǺ-Ǖ") == ["aa", "u"])
    }

    @Test("a growing buffer keeps every value appended past its first capacity, one at a time or in runs, and each value set in place")
    func growingBuffer() {
        let buffer = GrowingBuffer<(term: Int32, number: Int32)>(capacity: 0)
        for value in 0..<1_000 { buffer.append((Int32(value), Int32(-value))) }
        for value in stride(from: 0, to: 1_000, by: 3) { buffer[value] = (buffer[value].term, 7) }
        #expect(buffer.count == 1_000)
        buffer.withUnsafeBufferPointer { values in
            #expect(values.enumerated().allSatisfy { $1.term == Int32($0) && $1.number == ($0 % 3 == 0 ? 7 : Int32(-$0)) })
        }
        // Runs appended at once, some longer than the buffer would hold doubled.
        let bytes = GrowingBuffer<UInt8>(capacity: 0)
        var expected: [UInt8] = []
        for length in [0, 5, 40, 1, 200, 16, 1_000] {
            let run = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ length) }
            run.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
            expected += run
        }
        #expect(bytes.count == expected.count)
        bytes.withUnsafeBufferPointer { #expect(Array($0) == expected) }
    }

    @Test("terms are numbered once each and sorted in String order, also where they share their first eight bytes")
    func termOrder() {
        var generator = SeededGenerator(seed: 14)
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        // Shared prefixes of eight bytes and more, prefixes of each other, every length to past 16.
        let stems = (0..<12).map { _ in (0..<Int.random(in: 0...10, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! } }
        for size in [0, 1, 30, 3_000] {
            var numbers = TermNumbers(), terms: [String] = []
            for _ in 0..<size {
                let bytes = stems.randomElement(using: &generator)! + (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
                let (number, isNew) = bytes.withUnsafeBufferPointer { numbers.number(of: $0) }
                if isNew { terms.append(String(decoding: bytes, as: UTF8.self)) }
                #expect(number < terms.count && terms[number] == String(decoding: bytes, as: UTF8.self))
            }
            #expect(numbers.sorted().map { terms[$0] } == terms.sorted(), "\(size) terms")
        }
    }

    @Test("terms are the terms of folding scalar by scalar through String, on random text of every byte class")
    func foldingByScalars() {
        /// The folding as documented, one scalar at a time through `String`.
        func reference(_ text: String) -> [String] {
            var terms: [String] = [], current = String.UnicodeScalarView()
            func finish() {
                if !current.isEmpty { terms.append(String(String(current).prefix(SearchTermFolder.maxLength))) }
                current = String.UnicodeScalarView()
            }
            for scalar in text.unicodeScalars {
                let stripped = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
                for part in String(String.UnicodeScalarView(stripped)).lowercased().unicodeScalars {
                    if part.isASCII, ("a"..."z").contains(part) || ("0"..."9").contains(part) { current.append(part) } else { finish() }
                }
            }
            finish()
            return terms
        }
        let pieces = ["a", "z", "A", "Z", "0", "9", "m", "Q", " ", ".", ",", "-", "@", "[", "`", "{", "/", ":", "\n", "\u{7F}",
                      "é", "Ë", "ß", "ﬁ", "😀", "\u{301}", "İ", "—", String(repeating: "Lang", count: 20)]
        var generator = SeededGenerator(seed: 8)
        var folder = SearchTermFolder()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var terms: [String] = []
            folder.forEachTerm(text) { terms.append(String(decoding: $0, as: UTF8.self)) }
            #expect(terms == reference(text), "\(text.debugDescription)")
        }
    }

    @Test("postings of thousands of terms, repeated within and across entries, match a dictionary built from the terms")
    func postingsAtScale() {
        var generator = SystemRandomNumberGenerator()
        let words = (0..<3_000).map { index in "w\(index)é\(String(UnicodeScalar(UInt8(97 + index % 26))))" }
        let entries = (0..<200).map { index in
            SearchEntry(title: "", where: "", url: "a.html", text: (0..<40).map { _ in words.randomElement(using: &generator)! }.joined(separator: " "),
                        isHeading: index % 7 == 0)
        }
        var folder = SearchTermFolder()
        var expected: [String: [Int]] = [:], firstMet: [String] = []
        for (index, entry) in entries.enumerated() {
            for term in folder.terms(entry.text) {
                if expected[term] == nil { firstMet.append(term) }
                expected[term, default: []].append(2 * index + (entry.isHeading ? 1 : 0))
            }
        }
        #expect(expected.count > 2_000)
        #expect(SearchPostings(entries).text == Self.postingsText(expected, firstMet: firstMet))
    }

    /// The postings text of `numbers`: a line per term, grouped by the term's first byte in byte
    /// order and within a group in the order of `firstMet`.
    static func postingsText(_ numbers: [String: [Int]], firstMet: [String]) -> String {
        let order = firstMet.enumerated().sorted { ($0.element.utf8.first!, $0.offset) < ($1.element.utf8.first!, $1.offset) }
        return order.map { _, term in
            let numbers = numbers[term]!
            return "\(term)\t" + numbers.filter { $0 & 1 == 1 }.map(String.init).joined(separator: ",") + "|"
                + numbers.filter { $0 & 1 == 0 }.map(String.init).joined(separator: ",") + "\n"
        }.joined()
    }

    @Test("postings write entry numbers of one to six digits, a term's repeats in one entry once, headings and body apart")
    func postingsNumbersOfEveryLength() {
        var generator = SeededGenerator(seed: 31)
        let words = ["accu", "batterij", "batterijen", "batterijsector", "a", "z9", "1", "2024"]
        // 60,000 entries: numbers up to 120,000, so every length of number from one digit to six.
        let entries = (0..<60_000).map { index in
            SearchEntry(title: "", where: "", url: "a.html",
                        text: (0..<Int.random(in: 0...3, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " "),
                        isHeading: Int.random(in: 0..<5, using: &generator) == 0)
        }
        var expected: [String: [Int]] = [:], firstMet: [String] = []
        for (index, entry) in entries.enumerated() {
            var inEntry = Set<String>()
            for term in entry.text.split(separator: " ").map(String.init) where inEntry.insert(term).inserted {
                if expected[term] == nil { firstMet.append(term) }
                expected[term, default: []].append(2 * index + (entry.isHeading ? 1 : 0))
            }
        }
        #expect(expected.values.contains { $0.contains { $0 >= 100_000 } } && expected.values.contains { $0.contains { $0 < 10 } })
        #expect(SearchPostings(entries).text == Self.postingsText(expected, firstMet: firstMet))
        #expect(SearchPostings([]).text == "")
    }

    @Test("entry numbers are written as their decimal digits, from the table of small ones and past it, one after another")
    func decimalDigits() {
        let numbers: [Int32] = Array(0...1_100) + [9_999, 10_000, 99_999, 123_456, 1_000_000, Int32.max]
        let expected = numbers.map(String.init).joined(separator: ",")
        let written = [UInt8](unsafeUninitializedCapacity: expected.utf8.count + 4) { buffer, count in
            var at = 0
            for (index, number) in numbers.enumerated() {
                if index > 0 {
                    buffer[at] = UInt8(ascii: ",")
                    at += 1
                }
                at = SearchTermTable.writeDecimal(number, into: buffer, at: at)
            }
            count = at
        }
        #expect(String(decoding: written, as: UTF8.self) == expected)
        #expect(SearchTermTable.smallDecimals.count == 1_000)
    }

    @Test("each line's term, heading numbers and body numbers are what splitting it at its tab and bar gives, whatever the lengths; a line without a tab is skipped")
    func lineParts() {
        var generator = SeededGenerator(seed: 14)
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8), digits = Array("0123456789,".utf8)
        func piece(_ bytes: [UInt8], _ length: Int) -> String { String(decoding: (0..<length).map { _ in bytes.randomElement(using: &generator)! }, as: UTF8.self) }
        for _ in 0..<200 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                let term = piece(alphabet, Int.random(in: 1...20, using: &generator))
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: lines.append(term)
                case 1: lines.append("\(term)\t\(piece(digits, Int.random(in: 0...20, using: &generator)))")
                default: lines.append("\(term)\t\(piece(digits, Int.random(in: 0...20, using: &generator)))|\(piece(digits, Int.random(in: 0...20, using: &generator)))")
                }
            }
            let text = lines.joined(separator: "\n") + (Bool.random(using: &generator) ? "\n" : "")
            let expected: [[String]] = lines.compactMap { line in
                guard let tab = line.firstIndex(of: "\t") else { return nil }
                let rest = line[line.index(after: tab)...]
                guard let bar = rest.firstIndex(of: "|") else { return [String(line[..<tab]), String(rest), ""] }
                return [String(line[..<tab]), String(rest[..<bar]), String(rest[rest.index(after: bar)...])]
            }
            var found: [[String]] = []
            SearchPostings(text: text).forEachTerm { found.append([String($0), String($1), String($2)]) }
            #expect(found == expected, "\(text.debugDescription)")
        }
    }

    @Test("the lines of a run of first bytes are the lines a full walk gives for those bytes, and the passes' runs cover every byte once")
    func termRuns() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        for size in [0, 1, 2, 50, 400] {
            let terms = Set((0..<size).map { _ in String((0..<Int.random(in: 1...6, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) })
            let postings = SearchPostings(text: terms.sorted().map { "\($0)\t1|\(Int.random(in: 0...99, using: &generator))\n" }.joined())
            var all: [(String, String, String)] = []
            postings.forEachTerm { all.append((String($0), String($1), String($2))) }
            #expect(all.count == terms.count)
            for passes in [2, 3, 7, 36] {
                var covered: [UInt8] = []
                for pass in 0..<passes {
                    guard let run = SearchIndexBuilder.firstBytes(ofPass: pass, in: passes) else { Issue.record("pass \(pass) of \(passes) has no bytes"); continue }
                    covered += Array(run)
                    var some: [(String, String, String)] = []
                    postings.forEachTerm(startingWith: run) { some.append((String($0), String($1), String($2))) }
                    let expected = all.filter { run.contains($0.0.utf8.first!) }
                    #expect(some.map(\.0) == expected.map(\.0) && some.map(\.2) == expected.map(\.2))
                }
                #expect(covered == Array(0...255))
            }
        }
    }

    @Test("search.js reads a document's entries in chunks of the size the builder writes")
    func chunkSize() throws {
        let script = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Templates/assets/search.js"), encoding: .utf8)
        #expect(script.contains("var CHUNK = \(SearchIndexBuilder.entriesPerChunk);"))
        let entries = (0..<(SearchIndexBuilder.entriesPerChunk + 1)).map { SearchEntry(title: "t", where: "", url: "a.html", text: "tekst \($0)") }
        #expect(SearchIndexBuilder.chunkFiles("00000001", entries).map(\.path) == [
            SearchIndexBuilder.chunkPath("00000001", 0), SearchIndexBuilder.chunkPath("00000001", 1),
        ])
    }

    @Test("a chunk's strings are kept once each, in the order first met, told apart by their bytes")
    func distinctStrings() {
        var strings = SearchIndexBuilder.DistinctStrings()
        let texts = ["Brief", "Kamerbrief › Pijler 1", "Brief", "Caf\u{E9}", "Cafe\u{301}", "", "Kamerbrief › Pijler 1", "Cafe\u{301}", ""]
        #expect(texts.map { strings.position(of: $0) } == [0, 1, 0, 2, 3, 4, 1, 3, 4])
        #expect(strings.strings.map { Array($0.utf8) } == ["Brief", "Kamerbrief › Pijler 1", "Caf\u{E9}", "Cafe\u{301}", ""].map { Array($0.utf8) })
        // Random strings from a few pieces, against a search one by one.
        var generator = SeededGenerator(seed: 43)
        let pieces = ["a", "b", "é", "e\u{301}", " › ", "Pijler 1"]
        var random = SearchIndexBuilder.DistinctStrings(), seen: [[UInt8]] = []
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...3, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = seen.firstIndex(of: Array(text.utf8)) ?? seen.count
            if expected == seen.count { seen.append(Array(text.utf8)) }
            #expect(random.position(of: text) == expected)
        }
    }

    @Test("an entry file keeps each title and breadcrumb once and the shared folder once, and reads back as the entries")
    func compactChunk() throws {
        let folder = "documenten/brief-\u{e9}n/"
        var entries = [SearchEntry(title: "Brief \"één\"", where: "Kamerbrief", url: folder + "index.html", text: "Brief \"één\"", isHeading: true)]
        for paragraph in 0..<40 {
            let page = paragraph < 20 ? "index.html" : "pijler-1-actie-\(paragraph % 3 + 1).html"
            entries.append(SearchEntry(
                title: "Brief \"één\"", where: "Kamerbrief › Pijler \(paragraph % 2 + 1)", url: folder + page + "#p-\(paragraph)",
                text: "Alinea \(paragraph) over <script> en batterijen."))
        }
        let files = SearchIndexBuilder.chunkFiles("00000001", entries)
        #expect(files.count == 1)
        let script = try #require(files.first?.contents)
        #expect(try SearchChunk.entries(script) == entries.map { ["t": $0.title, "w": $0.where, "u": $0.url, "x": $0.text] })
        #expect(script.components(separatedBy: "Brief \\\"één\\\"").count - 1 == 1, "the title once")
        #expect(script.components(separatedBy: "Kamerbrief › Pijler 1").count - 1 == 1, "a breadcrumb once")
        #expect(script.components(separatedBy: folder).count - 1 == 1, "the folder once")
        #expect(!script.contains("<"))
        // A text that is the title only as canonically equivalent text is kept, byte for byte.
        let decomposed = SearchIndexBuilder.chunkFiles("00000002", [
            SearchEntry(title: "Caf\u{E9}", where: "Fiche", url: "documenten/c/index.html", text: "Cafe\u{301}", isHeading: true)
        ])
        #expect(Array(try #require(decomposed.first?.contents).utf8).firstRange(of: Array("Cafe\u{301}".utf8)) != nil)
        // Addresses in more than one folder share the longest folder they have in common, or none.
        #expect(SearchIndexBuilder.folderPrefix(["documenten/a/index.html", "documenten/ab/x.html"]) == "documenten/")
        #expect(SearchIndexBuilder.folderPrefix(["onderwerpen/a.html", "onderwerpen/a.html#x"]) == "onderwerpen/")
        #expect(SearchIndexBuilder.folderPrefix(["index.html", "documenten/a/index.html"]) == "")
        #expect(SearchIndexBuilder.folderPrefix([String]()) == "")
        // Random addresses against the prefix found character by character: runs of addresses that
        // share all of the prefix so far, and ones that end inside it or leave it.
        var generator = SeededGenerator(seed: 41)
        let parts = ["documenten", "d", "a", "index.html", "pijler-1.html", "é", "x#y", ""]
        for _ in 0..<2_000 {
            let base = (0..<Int.random(in: 0...3, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined(separator: "/")
            let addresses = (0..<Int.random(in: 1...6, using: &generator)).map { _ in
                Bool.random(using: &generator) ? base + "/" + parts.randomElement(using: &generator)!
                    : (0..<Int.random(in: 1...3, using: &generator)).map { _ in parts.randomElement(using: &generator)! }.joined(separator: "/")
            }
            var shared = Array(addresses[0].utf8)
            for address in addresses.dropFirst() {
                shared = Array(zip(shared, address.utf8).prefix { $0 == $1 }.map(\.0))
            }
            while let last = shared.last, last != UInt8(ascii: "/") { shared.removeLast() }
            #expect(SearchIndexBuilder.folderPrefix(addresses) == String(decoding: shared, as: UTF8.self), "\(addresses)")
        }
    }

    @Test("postings list each term once, heading entries (odd) before the bar and body entries (even) after it")
    func postings() {
        let postings = SearchPostings([
            SearchEntry(title: "Batterijen", where: "", url: "a.html", text: "Batterijen", isHeading: true),
            SearchEntry(title: "Batterijen", where: "", url: "a.html#p1", text: "Batterijen en batterijen, recycling."),
        ])
        #expect(postings.text == "batterijen\t1|2\nen\t|2\nrecycling\t|2\n")
        // Grouped by first byte in byte order, each group in the order its terms first occur; a
        // run of first bytes gives its lines in that order.
        let grouped = SearchPostings([SearchEntry(title: "", where: "", url: "a.html", text: "zink en accu, batterijen; 2024 nikkel accu 10 batterij en natrium")])
        #expect(grouped.text == "10\t|0\n2024\t|0\naccu\t|0\nbatterijen\t|0\nbatterij\t|0\nen\t|0\nnikkel\t|0\nnatrium\t|0\nzink\t|0\n")
        var run: [String] = []
        grouped.forEachTerm(startingWith: UInt8(ascii: "b")...UInt8(ascii: "n")) { term, _, _ in run.append(String(term)) }
        #expect(run == ["batterijen", "batterij", "en", "nikkel", "natrium"])
    }

    @Test("a large prefix group is split by one more character and every term lands in its longest prefix's shard")
    func splitting() throws {
        // Terms under "ba", each with a posting of about 120 bytes: twice the limit in all.
        let numbers = (0..<40).map(String.init).joined(separator: ",")
        var lines = (0..<(SearchIndexBuilder.shardByteLimit / 60)).map { "ba\(String(UnicodeScalar(UInt8(97 + $0 % 26))))\($0)\t|\(numbers)" }
        lines += ["ba\t1|", "x\t3|", "zo\t|4"]
        let postings = SearchPostings(text: lines.sorted().joined(separator: "\n") + "\n")
        let files = SearchIndexBuilder.termFiles(keys: ["00000001"]) { _ in postings }
        let list = try #require(files.last)
        #expect(list.path == "assets/search-index.js")
        let names = files.dropLast().map { $0.path.replacingOccurrences(of: "assets/zoekindex/termen/", with: "").replacingOccurrences(of: ".js", with: "") }
        #expect(names.contains("ba") && names.contains("baa") && names.contains("baz") && names.contains("x") && names.contains("zo"))
        #expect(list.contents == "window.KAMERARCHIEF_TERM_SHARDS = [\(names.map { "\"\($0)\"" }.joined(separator: ","))];\n")
        let ba = try #require(files.first { $0.path.hasSuffix("/ba.js") })
        #expect(ba.contents == "(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})[\"ba\"] = {\"ba\":\"00000001:1|\"};\n")
        let baa = try #require(files.first { $0.path.hasSuffix("/baa.js") })
        #expect(baa.contents.contains("\"baa0\":\"|00000001:\(numbers)\""))
        #expect(!baa.contents.contains("\"bab1\""))
        #expect(SearchIndexBuilder.termFiles(keys: ["00000001"]) { _ in postings } == files, "deterministic")
    }

    @Test("a term's postings are one string: heading postings, a bar, body postings, each as documents in key order with their entry numbers")
    func postingStrings() throws {
        let postings = [
            "0k3bbbbb": SearchPostings(text: "accu\t3|\nbatterij\t1|4,10\n"),
            "0a1aaaaa": SearchPostings(text: "batterij\t|2\nzink\t|6\n"),
        ]
        let files = SearchIndexBuilder.termFiles(keys: ["0k3bbbbb", "0a1aaaaa", "0zzmissing"]) { postings[$0] }
        let ba = try #require(files.first { $0.path == "assets/zoekindex/termen/ba.js" })
        #expect(ba.contents == "(window.KAMERARCHIEF_TERMS = window.KAMERARCHIEF_TERMS || {})[\"ba\"] = {\"batterij\":\"0k3bbbbb:1|0a1aaaaa:2;0k3bbbbb:4,10\"};\n")
        let ac = try #require(files.first { $0.path == "assets/zoekindex/termen/ac.js" })
        #expect(ac.contents.hasSuffix("= {\"accu\":\"0k3bbbbb:3|\"};\n"))
        let zi = try #require(files.first { $0.path == "assets/zoekindex/termen/zi.js" })
        #expect(zi.contents.hasSuffix("= {\"zink\":\"|0a1aaaaa:6\"};\n"))
    }

    /// The postings of Content's and the real documents, and of one document with terms under
    /// every first character, one of them in a group split further: what the merges in passes read.
    static func passPostings() throws -> [String: SearchPostings] {
        var files = try ContentLoader.load(contentDirectory: TestPaths.packageRoot.appendingPathComponent("Content"), displayPrefix: "Content").files
        files += try RealDocumentSiteTests.sources.map { try ContentLoader.loadFile(TestPaths.fixture($0), displayPath: "Content/\(($0 as NSString).lastPathComponent)") }
        var postings: [String: SearchPostings] = [:]
        for (index, document) in files.compactMap({ Ingester.ingest($0).document }).enumerated() {
            postings[String(format: "%08d", index)] = SearchIndexBuilder.postings(for: document)
        }
        postings["99999999"] = SearchPostings(text: (0..<(SearchIndexBuilder.shardByteLimit / 40)).map { "ba\(String(UnicodeScalar(UInt8(97 + $0 % 26))))\($0)\t|1,2,3,4,5,6,7,8,9,10" }
            .sorted().joined(separator: "\n") + "\n")
        return postings
    }

    @Test("merged in passes over runs of first characters, the shards and their list are the bytes of one merge")
    func passes() throws {
        let all = try Self.passPostings()
        let once = SearchIndexBuilder.termFiles(keys: Array(all.keys), documentsPerPass: all.count, runs: 1) { all[$0] }
        #expect(once.count > 100)
        for perPass in [1, 2, 3] {
            let passes = min(SearchIndexBuilder.firstCharacters.count, all.count / perPass)
            #expect(passes > 1)
            let merged = SearchIndexBuilder.termFiles(keys: Array(all.keys), documentsPerPass: perPass) { all[$0] }
            #expect(merged == once, "\(passes) passes")
        }
        // Read in runs of documents, one table each, joined: the bytes of one run.
        for runs in [2, 3, 5, all.count, all.count + 4] {
            #expect(SearchIndexBuilder.termFiles(keys: Array(all.keys), documentsPerPass: all.count, runs: runs) { all[$0] } == once, "\(runs) runs")
            #expect(SearchIndexBuilder.termFiles(keys: Array(all.keys), documentsPerPass: 2, runs: runs) { all[$0] } == once, "\(runs) runs, passes")
        }
        #expect((0...255).map { SearchIndexBuilder.pass(of: UInt8($0), in: 7) } == (0...255).map { SearchIndexBuilder.pass(of: UInt8($0), in: 7) }.sorted())
        // Made and handed over in batches of any size (one shard each, a few, a pass's all): the
        // same files in the same order, the shard list last and alone.
        for batchBytes in [1, 20_000, 200_000, Int.max] {
            var batches: [[SiteFile]] = []
            SearchIndexBuilder.termFiles(keys: Array(all.keys), documentsPerPass: 2, batchBytes: batchBytes, postings: { all[$0] }) { batches.append($0) }
            #expect(Array(batches.joined()) == once, "batches of \(batchBytes) bytes")
            #expect(batches.last?.map(\.path) == [SearchIndexBuilder.path])
            let shardBatches = batches.dropLast()
            #expect(shardBatches.allSatisfy { !$0.isEmpty })
            // At one byte a batch closes after its first shard with terms: only a split group's
            // empty shards (no term of their own) come before it.
            if batchBytes == 1 { #expect(shardBatches.allSatisfy { $0.dropLast().allSatisfy { $0.contents.hasSuffix("= {};\n") } }) }
            if batchBytes == Int.max { #expect(shardBatches.count <= min(SearchIndexBuilder.firstCharacters.count, all.count / 2)) }
        }
    }

    @Test("merged in passes from the cache, each document's postings are read whole once and then only the part a pass reads; the same bytes")
    func passesReadParts() throws {
        let all = try Self.passPostings()
        let once = SearchIndexBuilder.termFiles(keys: Array(all.keys), documentsPerPass: all.count, runs: 1) { all[$0] }
        let directory = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let cache = BuildCache(directory: directory)
        let contentKeys = Dictionary(uniqueKeysWithValues: all.keys.sorted().enumerated().map { ($1, UInt64($0 + 1)) })
        for (key, postings) in all { cache.savePostings(postings, key: contentKeys[key]!) }
        // No part is read from a file this build has not read whole and found sealed.
        #expect(cache.loadPostings(1, part: 0..<4) == nil)
        for perPass in [1, 2, 3] {
            let parts = PostingsParts()
            let reads = ReadCounter()
            var merged: [SiteFile] = []
            SearchIndexBuilder.termFiles(keys: Array(all.keys), documentsPerPass: perPass, passPostings: { key, firstBytes in
                let contentKey = contentKeys[key]!
                reads.count(whole: parts.part(of: contentKey, firstBytes: firstBytes) == nil)
                return cache.loadPostings(contentKey, firstBytes: firstBytes, parts: parts)
            }) { merged += $0 }
            #expect(merged == once, "\(perPass) documents a pass")
            let passes = min(SearchIndexBuilder.firstCharacters.count, all.count / perPass)
            #expect(reads.whole == all.count && reads.parts == all.count * (passes - 1), "\(passes) passes")
        }
        // A part holds every line of the pass's first bytes, and whole lines.
        let document = try #require(all.values.max { $0.utf8.count < $1.utf8.count })
        let parts = PostingsParts()
        parts.record(document, key: 1)
        for passes in [2, 5, 36] {
            for pass in 0..<passes {
                let firstBytes = try #require(SearchIndexBuilder.firstBytes(ofPass: pass, in: passes))
                let part = try #require(parts.part(of: 1, firstBytes: firstBytes))
                var wanted: [String] = [], got: [String] = []
                document.forEachTerm(startingWith: firstBytes) { term, _, _ in wanted.append(String(term)) }
                SearchPostings(utf8: Array(document.utf8[part])).forEachTerm(startingWith: firstBytes) { term, _, _ in got.append(String(term)) }
                #expect(got == wanted, "pass \(pass) of \(passes)")
                #expect(part.lowerBound == 0 || document.utf8[part.lowerBound - 1] == 0x0A)
            }
        }
    }

    /// How a merge read each document's postings: whole or a part.
    final class ReadCounter: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var whole = 0, parts = 0

        func count(whole isWhole: Bool) { lock.withLock { if isWhole { whole += 1 } else { parts += 1 } } }
    }

    @Test("patching the previous shards with changed documents gives the bytes of a full merge, also when a group starts or stops splitting")
    func patching() throws {
        let numbers = (0..<40).map(String.init).joined(separator: ",")
        // Enough terms under "ba" to push the group over the split limit when this document is in.
        let large = SearchPostings(text: (0..<(SearchIndexBuilder.shardByteLimit / 50)).map { "ba\(String(UnicodeScalar(UInt8(97 + $0 % 26))))\($0)\t|\(numbers)" }
            .sorted().joined(separator: "\n") + "\n")
        let first = SearchPostings(text: "accu\t3|\nbatterij\t1|4,10\nx\t|8\n")
        let edited = SearchPostings(text: "accu\t3|\nbatterij\t1|4,12\nnikkel\t5|\n")
        let second = SearchPostings(text: "baa1\t|2\nbatterij\t|2\nzink\t|6\n")
        func full(_ postings: [String: SearchPostings]) -> [String: String] {
            Dictionary(uniqueKeysWithValues: SearchIndexBuilder.termFiles(keys: Array(postings.keys)) { postings[$0] }.map { ($0.path, $0.contents) })
        }
        func patch(_ before: [String: SearchPostings], _ after: [String: SearchPostings]) throws -> [String: String] {
            let published = full(before)
            let changes = Set(before.keys).union(after.keys).sorted().filter { before[$0] != after[$0] }
                .map { SearchIndexBuilder.PostingsChange(key: $0, old: before[$0], new: after[$0]) }
            let shards = SearchIndexBuilder.PublishedShards(names: published.keys.compactMap(SearchIndexBuilder.termShardName(path:))) {
                published[SearchIndexBuilder.termShardPath($0)]
            }
            let patched = try #require(SearchIndexBuilder.patchedTermFiles(changes, published: shards))
            var files = Dictionary(uniqueKeysWithValues: patched.files.map { ($0.path, $0.contents) })
            for name in patched.kept { files[SearchIndexBuilder.termShardPath(name)] = published[SearchIndexBuilder.termShardPath(name)] }
            #expect(files.count < published.count + 40, "only the changed groups are rewritten")
            return files
        }
        let start = ["0a1aaaaa": first, "0k3bbbbb": second]
        let grown = ["0a1aaaaa": edited, "0k3bbbbb": second, "0b2ccccc": large]
        #expect(full(grown).keys.contains("assets/zoekindex/termen/baa.js"), "the large document splits the group")
        #expect(try patch(start, grown) == full(grown))
        let shrunk = ["0a1aaaaa": edited, "0k3bbbbb": second]
        #expect(!full(shrunk).keys.contains("assets/zoekindex/termen/baa.js"))
        #expect(try patch(grown, shrunk) == full(shrunk))
        #expect(try patch(start, ["0a1aaaaa": first]) == full(["0a1aaaaa": first]), "a removed document")
        // A shard that is not what the previous build wrote cannot be patched.
        let changes = [SearchIndexBuilder.PostingsChange(key: "0a1aaaaa", old: first, new: edited)]
        #expect(SearchIndexBuilder.patchedTermFiles(changes, published: .init(names: ["ac", "ba", "x"]) { _ in "not a shard" }) == nil)
    }

    @Test("document keys start with the day in base 36, so they sort by date, and stay put when others come")
    func keys() {
        func summary(_ id: String, _ date: String?) -> DocumentSummary {
            DocumentSummary(id: id, kind: .kamerbrief, format: .pdfText, title: id, date: date, label: id, citations: [])
        }
        let keys = SearchKeys([summary("b", "2023-12-14"), summary("a", "1970-01-02"), summary("c", nil)])
        #expect(keys["b"].hasPrefix(String(19_705, radix: 36)))  // 14 December 2023 is day 19,705
        #expect(keys["a"].hasPrefix("001") && keys["c"].hasPrefix("000"))
        #expect([keys["a"], keys["b"], keys["c"]].allSatisfy { $0.count == 8 })
        let more = SearchKeys([summary("b", "2023-12-14"), summary("d", "2024-01-01")])
        #expect(more["b"] == keys["b"])
    }

    @Test("document keys are FNV-1a of the id and the day, both in base 36, as published before; the day of the usual date form reads as the text's")
    func keysAsPublished() {
        func reference(_ id: String, _ date: String?) -> String {
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in Array(id.utf8) + [0xFF] {
                value ^= UInt64(byte)
                value &*= 0x100_0000_01b3
            }
            func base36(_ number: UInt64, _ width: Int) -> String {
                let digits = String(number, radix: 36)
                return String(repeating: "0", count: width - digits.count) + digits
            }
            let day = date.flatMap(SearchKeys.daysOfSplitText) ?? 0
            return base36(UInt64(max(0, day)), 3) + base36(value % 60_466_176, 5)
        }
        var generator = SeededGenerator(seed: 13)
        var summaries: [DocumentSummary] = []
        for index in 0..<300 {
            let date = index % 10 == 0 ? nil : String(format: "%04d-%02d-%02d", Int.random(in: 1900...2100, using: &generator), Int.random(in: 1...12, using: &generator), Int.random(in: 1...31, using: &generator))
            summaries.append(DocumentSummary(id: "doc-\(index)-\(UInt32.random(in: 0...UInt32.max, using: &generator))", kind: .fiche, format: .pageDump, title: "", date: date, label: "", citations: []))
        }
        let keys = SearchKeys(summaries)
        for summary in summaries { #expect(keys[summary.id] == reference(summary.id, summary.date)) }
        for text in ["2025-01-05", "1969-12-31", "0000-00-00", "2025-1-5", "2025-01-05-1", "2025/01/05", "20250105", "+2025-01-05", "２０２５-01-05", ""] {
            #expect(SearchKeys.days(text) == SearchKeys.daysOfSplitText(text), "\(text)")
        }
    }

    @Test("a one-document rebuild rewrites only the term shards whose postings changed")
    func incremental() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        var options = site.options(output: site.output)
        options.cacheDirectory = site.root.appendingPathComponent("cache")
        _ = try SiteBuilder.build(options)
        let before = try SiteFixture.tree(site.output)
        let shardFolder = site.output.appendingPathComponent("assets/zoekindex/termen")
        func modified() throws -> [String: Date] {
            var dates: [String: Date] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: shardFolder.path) {
                dates[name] = try FileManager.default.attributesOfItem(atPath: shardFolder.appendingPathComponent(name).path)[.modificationDate] as? Date
            }
            return dates
        }
        let datesBefore = try modified()
        Thread.sleep(forTimeInterval: 0.05)
        let fiche = try String(contentsOf: site.content.appendingPathComponent("fiche-3-waterstofstrategie.txt"), encoding: .utf8)
        try site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "verdeeld over de quotum"))
        _ = try SiteBuilder.build(options)
        let after = try SiteFixture.tree(site.output)
        let changed = after.keys.filter { $0.hasPrefix("assets/zoekindex/termen/") && after[$0] != before[$0] }.sorted()
        // "quota" leaves the paragraph and "quotum" comes in: both live in the shard of "qu".
        #expect(changed == ["assets/zoekindex/termen/qu.js"])
        let rewritten = try modified().filter { datesBefore[$0.key] != $0.value }.map(\.key)
        #expect(rewritten == ["qu.js"])
        #expect(datesBefore.count > 50)
    }
}
