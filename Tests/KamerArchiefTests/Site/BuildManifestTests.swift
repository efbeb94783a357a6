import Foundation
import Testing
@testable import KamerArchief

/// The cache manifest, the one file a rebuild with nothing changed reads, is binary and sealed:
/// it comes back as it was saved, and anything else in its place is a `cache-invalid` warning.
@Suite("Build manifest")
struct BuildManifestTests {
    @Test("a manifest comes back from the binary codec as it was written: sources by path, file and sidecar signatures, content keys and diagnostics")
    func roundTrip() throws {
        let letter = SourceStamp(
            file: FileSignature(size: 4_213, modified: 1_764_547_200_123_456_789, changed: 1_764_547_201_000_000_001, inode: 9_876_543_210),
            sidecar: FileSignature(size: 61, modified: 1_700_000_000_000_000_000, changed: 1_700_000_000_000_000_000, inode: 12),
            contentKey: 0xfeed_beef_0123_4567)
        let unreadable = SourceStamp(file: FileSignature(size: -1, modified: -1, changed: -1, inode: 0), sidecar: nil, contentKey: UInt64.max)
        let manifest = BuildManifest(
            version: "0.4.0|18716704|1764543000.5", output: "2049:131:1764547300.42", settingsKey: 0x0123_4567_89ab_cdef,
            sources: ["Content/kamerbrief-waterstof.txt": letter, "Content/caf\u{E9}.txt": unreadable],
            diagnostics: [
                .warning(.orphanSidecar, "sidecar has no document named weg.* beside it", at: SourceLocation(file: "Content/weg.yml", line: 0, column: 0)),
                .error(.unreadableFile, "cannot read the file: Permission denied", at: SourceLocation(file: "Content/caf\u{E9}.txt", line: 1, column: 1)),
            ])
        var writer = ByteWriter()
        writer.value(manifest)
        var reader = ByteReader(writer.bytes)
        let decoded = try reader.value(BuildManifest.self)
        #expect(reader.isAtEnd)
        #expect(decoded == manifest)
        #expect(decoded.sources["Content/caf\u{E9}.txt"]?.sidecar == nil)
        #expect(decoded.sources["Content/kamerbrief-waterstof.txt"]?.sidecar?.inode == 12)
    }

    @Test("shared strings: a repeated string is written once, read back equal, and a number past those read is malformed")
    func sharedStrings() throws {
        let strings = ["fiche-10", "", "Content/fiche-10.txt", "fiche-10", "caf\u{E9}", "Content/fiche-10.txt", "", "caf\u{E9}", "fiche-10"]
        var shared = ByteWriter(sharingStrings: true), plain = ByteWriter()
        for string in strings {
            shared.string(string)
            plain.string(string)
        }
        var reader = ByteReader(shared.bytes, sharingStrings: true)
        #expect(try strings.map { _ in try reader.string() } == strings)
        #expect(reader.isAtEnd)
        // Each repeat is one byte instead of its length and bytes: it saves its bytes.
        let repeats = ["fiche-10", "Content/fiche-10.txt", "", "caf\u{E9}", "fiche-10"]
        #expect(shared.bytes.count == plain.bytes.count - repeats.map(\.utf8.count).reduce(0, +))
        // A reference to the fourth string when three were read, and a reference in a file read without sharing.
        var ahead = ByteWriter()
        for string in ["a", "b", "c"] { ahead.string(string) }
        ahead.int(-4)
        var aheadReader = ByteReader(ahead.bytes, sharingStrings: true)
        for _ in 0..<3 { _ = try aheadReader.string() }
        #expect(throws: ByteReader.Malformed.self) { try aheadReader.string() }
        var unshared = ByteReader(shared.bytes)
        #expect(throws: ByteReader.Malformed.self) { for _ in strings { _ = try unshared.string() } }
    }

    @Test("names: a repeated name is written once whether or not strings are shared, apart from the shared strings' numbers")
    func names() throws {
        for sharing in [false, true] {
            var writer = ByteWriter(sharingStrings: sharing)
            writer.string("Content/a.txt")
            for name in ["Content/a.txt", "Content/b.txt", "Content/a.txt", "", "Content/b.txt", ""] { writer.name(name) }
            writer.string("Content/a.txt")
            var reader = ByteReader(writer.bytes, sharingStrings: sharing)
            #expect(try reader.string() == "Content/a.txt")
            #expect(try (0..<6).map { _ in try reader.name() } == ["Content/a.txt", "Content/b.txt", "Content/a.txt", "", "Content/b.txt", ""])
            #expect(try reader.string() == "Content/a.txt")
            #expect(reader.isAtEnd)
            // Two names' lengths and bytes, the empty name's length and three one-byte numbers; the
            // second string is a number only when strings are shared.
            let strings = 2 * 14 - (sharing ? 13 : 0)
            #expect(writer.bytes.count == strings + 2 * 14 + 1 + 3)
        }
        var ahead = ByteWriter()
        ahead.name("a")
        ahead.int(-2)
        var reader = ByteReader(ahead.bytes)
        #expect(try reader.name() == "a")
        #expect(throws: ByteReader.Malformed.self) { try reader.name() }
    }

    @Test("names: the name written last, again in a row or as another string of the same bytes, is written as its number")
    func repeatedNames() throws {
        let long = "Content/" + String(repeating: "voortgangsbrief-", count: 3) + "1.txt"
        // The same bytes in a storage of their own, which the writer compares by content.
        let copy = String(decoding: Array(long.utf8), as: UTF8.self)
        var writer = ByteWriter()
        for name in [long, long, copy, "Content/b.txt", copy, long, long] { writer.name(name) }
        var reader = ByteReader(writer.bytes)
        #expect(try (0..<7).map { _ in try reader.name() } == [long, long, long, "Content/b.txt", long, long, long])
        #expect(reader.isAtEnd)
        // Each of the two names' length and bytes once, then five one-byte numbers.
        #expect(writer.bytes.count == 1 + long.utf8.count + 1 + 13 + 5)
    }

    @Test("a citing place read back keeps its page and text as the file's bytes, reads them as written, and writes the same bytes again")
    func citingPlaceBytes() throws {
        let places = [
            CitingPlace(document: "fiche-10", footnote: 3, page: "documenten/fiche-10/index.html#fn-3", text: "Kamerstukken II 2025/26, 29826, nr. 277",
                        location: SourceLocation(file: "Content/fiche-10.txt", line: 412, column: 5)),
            CitingPlace(document: "fiche-10", footnote: nil, page: "", text: "", location: SourceLocation(file: "Content/fiche-10.txt", line: 1, column: 1)),
            CitingPlace(document: "caf\u{E9}", footnote: 1_000, page: "documenten/caf\u{E9}/pijler-2.html#p-3", text: "motie-Bontenbal (36 600, nr. 1)\u{2009}\u{E9}",
                        location: SourceLocation(file: "Content/caf\u{E9}.txt", line: 200_000, column: 70)),
        ]
        for sharing in [false, true] {
            var writer = ByteWriter(sharingStrings: sharing)
            writer.values(places)
            var reader = ByteReader(writer.bytes, sharingStrings: sharing)
            let decoded = try reader.values(CitingPlace.self)
            #expect(reader.isAtEnd)
            for (place, read) in zip(places, decoded) {
                guard case .utf8 = read.words else {
                    Issue.record("a place read back holds strings")
                    continue
                }
                #expect(read.page == place.page && read.text == place.text)
                #expect(read.document == place.document && read.footnote == place.footnote && read.location == place.location)
                #expect(read == place && read.hashValue == place.hashValue)
            }
            var again = ByteWriter(sharingStrings: sharing)
            again.values(decoded)
            #expect(again.bytes == writer.bytes)
        }
        // A length that runs past the file, below zero or past the largest integer is malformed.
        for (pageCount, textCount) in [(5, 5), (-1, 0), (Int.max, Int.max)] {
            var bad = ByteWriter()
            bad.string("a")
            bad.int(0)
            bad.int(pageCount)
            bad.int(textCount)
            var reader = ByteReader(bad.bytes)
            #expect(throws: ByteReader.Malformed.self, "\(pageCount), \(textCount)") { try reader.value(CitingPlace.self) }
        }
    }

    @Test("integers of one byte and of ten come back as written")
    func integers() throws {
        let values = [0, 1, -1, 63, -64, 64, -65, 127, 128, 300, -300, Int.max, Int.min, 1 << 40, -(1 << 40)]
        var writer = ByteWriter()
        for value in values { writer.int(value) }
        var reader = ByteReader(writer.bytes)
        #expect(try values.map { _ in try reader.int() } == values)
        #expect(reader.isAtEnd)
        #expect(throws: ByteReader.Malformed.self) { try reader.int() }
    }

    @Test("two entries for one source path are not a manifest")
    func duplicatePath() {
        let stamp = SourceStamp(file: FileSignature(size: 1, modified: 2, changed: 3, inode: 4), sidecar: nil, contentKey: 5)
        var writer = ByteWriter()
        writer.string("versie")
        writer.string("")
        writer.uint64(7)
        writer.array([("Content/a.txt", stamp), ("Content/a.txt", stamp)]) { writer, entry in
            writer.string(entry.0)
            writer.value(entry.1)
        }
        writer.values([Diagnostic]())
        var reader = ByteReader(writer.bytes)
        #expect(throws: ByteReader.Malformed.self) { try reader.value(BuildManifest.self) }
    }

    @Test("after a build, manifest.bin holds a sealed binary manifest with every source's own signature, and a rebuild with nothing changed reads it")
    func savedAfterBuild() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        _ = try workspace.build()
        let sealed = [UInt8](try Data(contentsOf: workspace.cache.appendingPathComponent("manifest.bin")))
        var reader = ByteReader(try CacheEnvelope.open(sealed))
        let manifest = try reader.value(BuildManifest.self)
        #expect(reader.isAtEnd)
        #expect(manifest.version == ToolVersion.fingerprint)
        #expect(manifest.output == BuildCache.identity(of: workspace.output))
        #expect(manifest.sources.keys.sorted() == ["Content/fiche-3-waterstofstrategie.txt", "Content/kamerbrief-waterstof-voortgang.txt"])
        let letter = try #require(manifest.sources["Content/kamerbrief-waterstof-voortgang.txt"])
        let content = workspace.site.content
        #expect(letter.file == FileSignature(path: content.appendingPathComponent("kamerbrief-waterstof-voortgang.txt").path))
        #expect(letter.sidecar == FileSignature(path: content.appendingPathComponent("kamerbrief-waterstof-voortgang.yml").path))
        #expect(manifest.sources["Content/fiche-3-waterstofstrategie.txt"]?.sidecar == nil)

        let again = try workspace.build()
        #expect(again.upToDate)
        #expect(!again.diagnostics.contains { $0.code == .cacheInvalid })
    }

    @Test("a manifest.bin whose seal holds but whose payload is the JSON an older tool wrote is a cache-invalid warning, and the build is a clean build")
    func olderJSONManifest() throws {
        let workspace = try SafetyWorkspace()
        defer { workspace.remove() }
        _ = try workspace.build()
        let path = workspace.cache.appendingPathComponent("manifest.bin")
        let json = #"{"version":"\#(ToolVersion.fingerprint)","output":"\#(BuildCache.identity(of: workspace.output))","settingsKey":1,"sources":{},"diagnostics":[]}"#
        try Data(CacheEnvelope.seal(Array(json.utf8))).write(to: path)

        let report = try workspace.build()
        let warnings = report.diagnostics.filter { $0.code == .cacheInvalid }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location.file == path.path)
        #expect(warnings.first?.message == "cache file discarded (it does not decode); building without it")
        #expect(!report.upToDate)
        #expect(report.parsedDocuments == 2)
        #expect(try SiteFixture.tree(workspace.output) == (try workspace.cleanTree()))
        let next = try workspace.build()
        #expect(next.upToDate)
        #expect(!next.diagnostics.contains { $0.code == .cacheInvalid })
    }
}
