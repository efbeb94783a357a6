import Foundation
import Testing
@testable import KamerArchief

@Suite("Incremental builds")
struct IncrementalBuildTests {
    /// A fixture site with a cache, plus a copy of the templates the test may edit.
    struct Workspace {
        let site: SiteFixture
        let templates: URL
        var cache: URL { site.root.appendingPathComponent("cache") }

        init() throws {
            site = try SiteFixture(copying: "basic")
            templates = site.root.appendingPathComponent("Templates")
            try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Templates"), to: templates)
        }

        func options(output: URL, cached: Bool) -> BuildOptions {
            var options = site.options(output: output)
            options.templates = templates
            options.cacheDirectory = cached ? cache : nil
            return options
        }

        /// Builds incrementally into Output, then cleanly into a fresh folder, and compares the trees.
        func expectIncrementalEqualsClean(_ step: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BuildReport {
            let incremental = try SiteBuilder.build(options(output: site.output, cached: true))
            let clean = site.root.appendingPathComponent("Clean-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: clean) }
            _ = try SiteBuilder.build(options(output: clean, cached: false))
            let incrementalTree = try SiteFixture.tree(site.output), cleanTree = try SiteFixture.tree(clean)
            #expect(Set(incrementalTree.keys) == Set(cleanTree.keys), "\(step): file sets differ", sourceLocation: sourceLocation)
            let differing = cleanTree.keys.filter { incrementalTree[$0] != cleanTree[$0] }.sorted()
            #expect(differing.isEmpty, "\(step): files differ: \(differing.prefix(5))", sourceLocation: sourceLocation)
            return incremental
        }

        func text(_ name: String) throws -> String {
            try String(contentsOf: site.content.appendingPathComponent(name), encoding: .utf8)
        }
    }

    @Test("a rebuild with nothing changed is a no-op that reprints the diagnostics")
    func noOp() throws {
        let workspace = try Workspace()
        defer { workspace.site.remove() }
        let first = try workspace.expectIncrementalEqualsClean("first build")
        #expect(!first.upToDate && first.renderedJobs > 5)
        let second = try SiteBuilder.build(workspace.options(output: workspace.site.output, cached: true))
        #expect(second.upToDate)
        #expect(!second.wroteOutput)
        #expect(second.diagnostics == first.diagnostics)
    }

    @Test("add, change and delete documents: every incremental build equals a clean build")
    func contentSequence() throws {
        let workspace = try Workspace()
        defer { workspace.site.remove() }
        _ = try workspace.expectIncrementalEqualsClean("first build")

        // Add a letter that cites a paper the fiche cites: dossier pages and backlinks change.
        let letter = try workspace.text("kamerbrief-waterstof-voortgang.txt")
        try workspace.site.write("kamerbrief-tweede.txt", letter.replacingOccurrences(of: "Gasunie", with: "De netbeheerder"))
        let added = try workspace.expectIncrementalEqualsClean("add")
        #expect(added.renderedJobs < 15)
        #expect(added.parsedDocuments == 1)

        // Change a document's text only: its own pages are re-rendered, not every page.
        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "het oneens over de quota"))
        let changed = try workspace.expectIncrementalEqualsClean("change text")
        #expect(changed.renderedJobs == 1)
        #expect(changed.parsedDocuments == 1)

        // Change a citation: the backlinks on dossier pages follow.
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "Kamerstuk 32852, nr. 224", with: "Kamerstuk 32852, nr. 225"))
        _ = try workspace.expectIncrementalEqualsClean("change citation")

        // Change a sidecar: the title appears on the index and dossier pages.
        try workspace.site.write("kamerbrief-waterstof-voortgang.yml", "title: Tweede voortgangsbrief waterstof\ndate: 2025-11-21\nkamerstuk: 32813-1400\n")
        _ = try workspace.expectIncrementalEqualsClean("change sidecar")

        // Delete a document: its pages go, and nothing else refers to it.
        try FileManager.default.removeItem(at: workspace.site.content.appendingPathComponent("kamerbrief-tweede.txt"))
        _ = try workspace.expectIncrementalEqualsClean("delete")
        let tree = try SiteFixture.tree(workspace.site.output)
        #expect(!tree.keys.contains { $0.contains("kamerbrief-tweede") })
    }

    @Test("the cache gives back each document's search postings as they were made, and none from a damaged file")
    func cachedPostings() throws {
        let workspace = try Workspace()
        defer { workspace.site.remove() }
        _ = try workspace.expectIncrementalEqualsClean("first build")
        let cache = BuildCache(directory: workspace.cache)
        var checked: [UInt64] = []
        for key in try #require(cache.loadManifest()).sources.values.map(\.contentKey).sorted() {
            guard let document = cache.loadDocument(key) else { continue }
            let postings = try #require(cache.loadPostings(key))
            #expect(!postings.utf8.isEmpty)
            #expect(postings.text == SearchIndexBuilder.postings(for: document).text)
            checked.append(key)
        }
        let key = try #require(checked.first)
        // One byte of a postings file changed: its seal no longer holds.
        let file = workspace.cache.appendingPathComponent("postings/\(String(key, radix: 16)).bin")
        var bytes = try [UInt8](Data(contentsOf: file))
        bytes[bytes.count - 2] ^= 0x20
        try Data(bytes).write(to: file)
        #expect(BuildCache(directory: workspace.cache).loadPostings(key) == nil)
    }

    @Test("the cache drops the documents and postings of sources that changed or went, and an untrusted cache is swept whole")
    func cachePruning() throws {
        let workspace = try Workspace()
        defer { workspace.site.remove() }
        func cached(_ folder: String) throws -> Set<String> {
            Set(try FileManager.default.contentsOfDirectory(atPath: workspace.cache.appendingPathComponent(folder).path))
        }
        func manifestFiles() throws -> Set<String> {
            let manifest = try #require(BuildCache(directory: workspace.cache).loadManifest())
            return Set(manifest.sources.values.map { "\(String($0.contentKey, radix: 16)).bin" })
        }
        func expectOnlyManifestKeys(_ step: String) throws {
            let kept = try manifestFiles()
            for folder in ["documents", "postings"] {
                let files = try cached(folder)
                #expect(!files.isEmpty && files.isSubset(of: kept), "\(step): \(folder) holds \(files.subtracting(kept).sorted())")
            }
        }
        _ = try workspace.expectIncrementalEqualsClean("first build")
        try expectOnlyManifestKeys("first build")
        let first = try cached("documents")

        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "het oneens over de quota"))
        _ = try workspace.expectIncrementalEqualsClean("change text")
        try expectOnlyManifestKeys("change text")
        // One file went, one came: the changed source's.
        #expect(try cached("documents").subtracting(first).count == 1)
        #expect(try first.subtracting(cached("documents")).count == 1)

        try FileManager.default.removeItem(at: workspace.site.content.appendingPathComponent("fiche-3-waterstofstrategie.txt"))
        _ = try workspace.expectIncrementalEqualsClean("delete")
        try expectOnlyManifestKeys("delete")

        // A build that fails publishes nothing and saves no manifest: what it parsed is not kept.
        let broken = workspace.site.content.appendingPathComponent("kapot.txt")
        try Data([0, 1, 2]).write(to: broken)
        try workspace.site.write("kamerbrief-waterstof-voortgang.txt", try workspace.text("kamerbrief-waterstof-voortgang.txt") + "\nNieuw.\n")
        let failed = try SiteBuilder.build(workspace.options(output: workspace.site.output, cached: true))
        #expect(failed.failed && failed.parsedDocuments == 2)
        try expectOnlyManifestKeys("failed build")
        try FileManager.default.removeItem(at: broken)

        // A file no build wrote is left by a rebuild that trusts the cache, and swept by one that does not.
        let stray = workspace.cache.appendingPathComponent("documents/0.bin")
        try Data().write(to: stray)
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche)
        _ = try workspace.expectIncrementalEqualsClean("add back")
        #expect(FileManager.default.fileExists(atPath: stray.path))
        try FileManager.default.removeItem(at: workspace.cache.appendingPathComponent("manifest.bin"))
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche + "\nEen zin erbij.\n")
        _ = try workspace.expectIncrementalEqualsClean("untrusted cache")
        #expect(!FileManager.default.fileExists(atPath: stray.path))
        try expectOnlyManifestKeys("untrusted cache")
    }

    @Test("a rebuild patches the term shards only from what the last build left intact: an altered shard or lost postings merge them anew")
    func searchShardsFallBack() throws {
        let workspace = try Workspace()
        defer { workspace.site.remove() }
        _ = try workspace.expectIncrementalEqualsClean("first build")
        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")

        // A well-formed shard with a term the last build did not write, in a group the change touches.
        let shard = workspace.site.output.appendingPathComponent("assets/zoekindex/termen/he.js")
        let published = try String(contentsOf: shard, encoding: .utf8)
        try published.replacingOccurrences(of: "= {", with: "= {\"hezzz\":\"000aaaaa:1|\",").write(to: shard, atomically: false, encoding: .utf8)
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "het oneens over de quota"))
        _ = try workspace.expectIncrementalEqualsClean("altered shard")
        #expect(try !String(contentsOf: shard, encoding: .utf8).contains("hezzz"))

        // The changed document's previous postings are gone from the cache.
        try FileManager.default.removeItem(at: workspace.cache.appendingPathComponent("postings"))
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "verdeeld over het quotum"))
        _ = try workspace.expectIncrementalEqualsClean("lost postings")
    }

    @Test("a rebuild starts from the site the last rebuild replaced, kept in the cache folder and caught up; a spare that lost a file is not used")
    func spareSite() throws {
        let workspace = try Workspace()
        defer { workspace.site.remove() }
        func inode(_ url: URL) -> UInt64 {
            var info = stat()
            return stat(url.path, &info) == 0 ? UInt64(info.st_ino) : 0
        }
        let spare = workspace.cache.appendingPathComponent("site")
        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")
        _ = try workspace.expectIncrementalEqualsClean("first build")
        #expect(!FileManager.default.fileExists(atPath: spare.path), "a clean build keeps nothing")

        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "het oneens over de quota"))
        let firstSite = inode(workspace.site.output)
        _ = try workspace.expectIncrementalEqualsClean("first rebuild")
        #expect(inode(spare) == firstSite, "the replaced site is kept")

        // The next rebuild publishes the kept folder, caught up with the first rebuild's change and its own.
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "verdeeld over het quotum"))
        let secondSite = inode(workspace.site.output)
        _ = try workspace.expectIncrementalEqualsClean("second rebuild")
        #expect(inode(workspace.site.output) == firstSite, "published from the kept folder")
        #expect(inode(spare) == secondSite)

        // A kept site that lost a file (a cache pruned by age) is removed, and the rebuild links the output anew.
        // (A file no rebuild here wrote: one that a rebuild changed would be linked over anyway.)
        let lost = "assets/search.js"
        try FileManager.default.removeItem(at: spare.appendingPathComponent(lost))
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche)
        // Used, it would publish the site without that file (it is in no rebuild's changes). Its
        // folder's change time tells; the site folder's inode number alone could not, as the
        // removed folder's number is free for the new one.
        _ = try workspace.expectIncrementalEqualsClean("rebuild after the spare lost \(lost)")
        #expect(FileManager.default.fileExists(atPath: workspace.site.output.appendingPathComponent(lost).path))

        // The same for a file at the site's top, told by the top folder's entries: the spare's
        // signature is taken of the output before it is renamed, so not by that folder's change time.
        let top = "404.html"
        #expect(FileManager.default.fileExists(atPath: spare.appendingPathComponent(top).path))
        try FileManager.default.removeItem(at: spare.appendingPathComponent(top))
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche.replacingOccurrences(of: "verdeeld over de quota", with: "verdeeld over quota"))
        _ = try workspace.expectIncrementalEqualsClean("rebuild after the spare lost \(top)")
        #expect(FileManager.default.fileExists(atPath: workspace.site.output.appendingPathComponent(top).path))
    }

    @Test("a touched file with the same bytes is not parsed again")
    func touchedFile() throws {
        let workspace = try Workspace()
        defer { workspace.site.remove() }
        _ = try workspace.expectIncrementalEqualsClean("first build")
        let fiche = try workspace.text("fiche-3-waterstofstrategie.txt")
        try workspace.site.write("fiche-3-waterstofstrategie.txt", fiche)
        let touched = try workspace.expectIncrementalEqualsClean("touch")
        #expect(touched.parsedDocuments == 0)
        #expect(touched.renderedJobs == 0)
    }

    @Test("a cached summary survives the binary round trip unchanged")
    func summaryRoundTrip() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let content = try ContentLoader.load(contentDirectory: site.content, displayPrefix: "Content")
        let glossary = try Glossary.load(contentDirectory: site.content, displayPrefix: "Content")
        let matcher = TopicMatcher(glossary.topics)
        for document in Ingester.ingest(content.files).documents {
            let cached = CachedSummary(
                summary: document.summary(topics: matcher),
                diagnostics: [.warning(.missingMetadata, "ontbreekt", at: SourceLocation(file: "Content/x.txt", line: 3, column: 4))])
            var writer = ByteWriter()
            writer.value(cached)
            var reader = ByteReader(writer.bytes)
            let decoded = try reader.value(CachedSummary.self)
            #expect(reader.isAtEnd)
            #expect(decoded.summary == cached.summary)
            #expect(decoded.diagnostics == cached.diagnostics)
            #expect(decoded.summaryKey == cached.summaryKey && decoded.summaryKey == decoded.summary?.contentHash)
            #expect(!(cached.summary?.citations.isEmpty ?? true))
        }
    }

    @Test("render jobs' records keep their paths, in order, through the cache's encoding")
    func jobRecordRoundTrip() throws {
        let lists = [[], ["index.html"], ["documenten/a/index.html", "documenten/a/pijler-1.html", "data/documenten/a.json"],
                     ["documenten/café/index.html", "x"]]
        let records = lists.enumerated().map { (key: JobID("job-\($0.offset)"), value: JobRecord(key: UInt64($0.offset), files: $0.element)) }
        var writer = ByteWriter()
        JobState.write(records, to: &writer)
        var reader = ByteReader(writer.bytes)
        let decoded = try JobState.records(from: &reader)
        #expect(reader.isAtEnd)
        #expect(decoded.map(\.0) == records.map(\.key))
        #expect(decoded.map(\.1.files) == lists && decoded.map(\.1.fileCount) == lists.map(\.count))
        #expect(decoded.map(\.1.key) == records.map(\.value.key))
    }

    @Test("a fiche's pillar paragraphs, which quote its sections, are written once in the cache; one that differs is written in full")
    func quotedParagraphsWrittenOnce() throws {
        let files = try ContentLoader.load(contentDirectory: TestPaths.packageRoot.appendingPathComponent("Content"), displayPrefix: "Content").files
        let fiche = try #require(files.compactMap { Ingester.ingest($0).document }.first { $0.kind == .fiche })
        let quoted = fiche.pillars.flatMap { $0.text + $0.position }
        #expect(quoted.count >= 6)
        func encoded(_ document: Document) throws -> [UInt8] {
            var writer = ByteWriter()
            writer.value(document)
            var reader = ByteReader(writer.bytes)
            #expect(try reader.value(Document.self) == document)
            #expect(reader.isAtEnd)
            return writer.bytes
        }
        func occurrences(of text: String, in bytes: [UInt8]) -> Int {
            let needle = Array(text.utf8)
            return (0...(bytes.count - needle.count)).filter { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }.count
        }
        let bytes = try encoded(fiche)
        for paragraph in quoted { #expect(occurrences(of: paragraph.text, in: bytes) == 1, "\(paragraph.text.prefix(40))") }
        // A pillar paragraph at a section paragraph's place but with other text is its own.
        var edited = fiche
        let original = edited.pillars[0].text[0].text
        edited.pillars[0].text[0].text = original + " Dit staat alleen in de pijler."
        let editedBytes = try encoded(edited)
        #expect(occurrences(of: original, in: editedBytes) == 2)
        #expect(editedBytes.count > bytes.count + original.utf8.count)
    }

    @Test("the models kept for rendering stay within their budget of source bytes, and each is handed out once")
    func keptModels() throws {
        let files = try RealDocumentSiteTests.sources.map { try ContentLoader.loadFile(TestPaths.fixture($0), displayPath: "Content/\(($0 as NSString).lastPathComponent)") }
        let parsed = files.compactMap { file in Ingester.ingest(file).document.map { (document: $0, bytes: file.bytes.count) } }
        try #require(parsed.count >= 3)
        // Room for the first two sources and not the third.
        let budget = parsed[0].bytes + parsed[1].bytes + parsed[2].bytes - 1
        let kept = KeptModels(budget: budget)
        for (key, model) in parsed.prefix(3).enumerated() { kept.keep(model.document, key: UInt64(key), bytes: model.bytes) }
        #expect(kept.take(0) == parsed[0].document)
        #expect(kept.take(1) == parsed[1].document)
        #expect(kept.take(2) == nil)
        // Handed out once: a second job, or the search, loads it from the cache.
        #expect(kept.take(0) == nil)
        let unlimited = KeptModels(budget: .max)
        for (key, model) in parsed.enumerated() { unlimited.keep(model.document, key: UInt64(key), bytes: model.bytes) }
        #expect(parsed.indices.allSatisfy { unlimited.take(UInt64($0)) == parsed[$0].document })
    }

    @Test("a parsed document of every form survives the binary round trip of the cache unchanged")
    func documentRoundTrip() throws {
        var files = try ContentLoader.load(contentDirectory: TestPaths.packageRoot.appendingPathComponent("Content"), displayPrefix: "Content").files
        files += try (RealDocumentSiteTests.sources + ["variants/brief-lijst-tabel.xml", "xml/wetsvoorstel.xml"]).map { try ContentLoader.loadFile(TestPaths.fixture($0), displayPath: "Content/\(($0 as NSString).lastPathComponent)") }
        let documents = files.compactMap { Ingester.ingest($0).document }
        #expect(documents.count == files.count)
        for document in documents {
            var writer = ByteWriter()
            writer.value(document)
            var reader = ByteReader(writer.bytes)
            #expect(try reader.value(Document.self) == document, "\(document.source)")
            #expect(reader.isAtEnd)
            // Every location names the source file, and the file holds its path once.
            let path = Array(document.sections.first?.location.file.utf8 ?? document.source.utf8)
            let occurrences = (0...(writer.bytes.count - path.count)).filter { writer.bytes[$0..<($0 + path.count)].elementsEqual(path) }
            #expect(occurrences.count == 1, "\(document.source)")
        }
        // What the round trip covered.
        let paragraphs = documents.flatMap { $0.bodyParagraphs + $0.sections.flatMap(\.paragraphs) }
        #expect(paragraphs.contains { $0.table != nil } && paragraphs.contains { !$0.emphasis.isEmpty } && paragraphs.contains { $0.listLabel != nil })
        #expect(paragraphs.contains { !$0.noteRefs.isEmpty } && paragraphs.contains { !$0.citations.isEmpty })
        #expect(documents.contains { $0.pillars.contains { !$0.actions.isEmpty } } && documents.contains { !$0.metadata.ondertekening.isEmpty })
        #expect(documents.contains { $0.sections.contains { !$0.subsections.isEmpty } } && documents.contains { !$0.footnotes.isEmpty })
    }

    @Test("a template change re-renders the pages of that template and equals a clean build")
    func templateChange() throws {
        let workspace = try Workspace()
        defer { workspace.site.remove() }
        _ = try workspace.expectIncrementalEqualsClean("first build")
        let action = workspace.templates.appendingPathComponent("action.md")
        try (try String(contentsOf: action, encoding: .utf8) + "\nEinde van de actie.\n").write(to: action, atomically: true, encoding: .utf8)
        _ = try workspace.expectIncrementalEqualsClean("template change")
        let page = try SiteFixture.tree(workspace.site.output)["documenten/kamerbrief-waterstof-voortgang/pijler-1-actie-1.html"]
        #expect(String(decoding: try #require(page), as: UTF8.self).contains("Einde van de actie."))
    }

    @Test("a failed incremental build leaves the output untouched, and the next good build equals a clean one")
    func failureKeepsOutput() throws {
        let workspace = try Workspace()
        defer { workspace.site.remove() }
        _ = try workspace.expectIncrementalEqualsClean("first build")
        let before = try SiteFixture.tree(workspace.site.output)
        try Data([0, 1, 2]).write(to: workspace.site.content.appendingPathComponent("kapot.txt"))
        let failed = try SiteBuilder.build(workspace.options(output: workspace.site.output, cached: true))
        #expect(failed.failed && !failed.wroteOutput)
        #expect(try SiteFixture.tree(workspace.site.output) == before)
        try FileManager.default.removeItem(at: workspace.site.content.appendingPathComponent("kapot.txt"))
        _ = try workspace.expectIncrementalEqualsClean("after the failure")
    }
}
