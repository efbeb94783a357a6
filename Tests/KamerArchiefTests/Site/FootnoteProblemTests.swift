import Foundation
import Testing
@testable import KamerArchief

/// Footnote problems in both source formats, through a whole build: each is a warning at the
/// marker's or the note's `file:line:col`, and the site is still written.
@Suite("Footnote problems through a build")
struct FootnoteProblemTests {
    static let fiche = "fiche-3-waterstofstrategie.txt"
    static let letter = "kamerbrief-waterstof-voortgang.txt"

    /// Builds the basic site with `name` edited; returns the diagnostics (as text) and the document's pages, joined.
    func build(editing name: String, _ edits: [(String, String)]) throws -> (diagnostics: [String], page: String, text: String) {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        var text = try String(contentsOf: site.content.appendingPathComponent(name), encoding: .utf8)
        for (old, new) in edits {
            #expect(text.contains(old), "fixture lacks \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        try site.write(name, text)
        let report = try site.build()
        #expect(!report.failed && report.wroteOutput, "warnings must not fail the build")
        let id = (name as NSString).deletingPathExtension
        let pages = try SiteFixture.tree(site.output).filter { $0.key.hasPrefix("documenten/\(id)/") }.sorted { $0.key < $1.key }
        #expect(!pages.isEmpty)
        return (report.diagnostics.map(\.description), pages.map { String(decoding: $0.value, as: UTF8.self) }.joined(), text)
    }

    /// `line:column` (1-based, scalars) of the first occurrence of `needle`, plus `offset` columns.
    func position(of needle: String, in text: String, offset: Int = 0) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = lines.firstIndex(where: { $0.contains(needle) }) else { return "?" }
        let column = lines[index].unicodeScalars.distance(from: lines[index].startIndex, to: lines[index].range(of: needle)!.lowerBound)
        return "\(index + 1):\(column + 1 + offset)"
    }

    @Test("fiche: a marker with no note is a warning at the marker")
    func ficheMarkerWithoutNote() throws {
        let (diagnostics, page, text) = try build(editing: Self.fiche, [("verdeeld over de quota.", "verdeeld over de quota.4")])
        let at = position(of: "quota.4", in: text, offset: 6)
        #expect(diagnostics == ["Content/\(Self.fiche):\(at): warning: [unresolved-footnote] marker 4 has no note"])
        #expect(page.contains("verdeeld over de quota.4"))
    }

    @Test("fiche: a note with no marker is a warning at the note")
    func ficheNoteWithoutMarker() throws {
        let (diagnostics, page, text) = try build(editing: Self.fiche, [("grondstoffenstrategie.1", "grondstoffenstrategie.")])
        let at = position(of: "1. Kamerstukken II 2022/23", in: text)
        #expect(diagnostics == ["Content/\(Self.fiche):\(at): warning: [unreferenced-footnote] footnote 1 has no marker in the text"])
        #expect(page.contains("Kamerstukken II 2022/23, 32852, nr. 224"))
    }

    @Test("fiche: a repeated note number is a warning where it repeats; the first note is kept")
    func ficheDuplicateNote() throws {
        let (diagnostics, page, text) = try build(editing: Self.fiche, [("  3. Kamerstuk 36410-L-4↩︎", "  2. Kamerstuk 36410-L-4↩︎")])
        let first = position(of: "2. Kamerstukken II 2023/24", in: text), repeated = position(of: "2. Kamerstuk 36410-L-4", in: text)
        #expect(diagnostics.contains(
            "Content/\(Self.fiche):\(repeated): warning: [duplicate-footnote] footnote 2 is listed twice (first at \(first)); the first is kept"))
        #expect(diagnostics.filter { $0.contains("duplicate-footnote") }.count == 1)
        #expect(page.contains("29826, nr. 190") && !page.contains("36410-L-4"))
    }

    @Test("letter: a marker with no note is a warning at the marker")
    func letterMarkerWithoutNote() throws {
        let (diagnostics, page, text) = try build(editing: Self.letter, [("in Rotterdam is aangesloten.", "in Rotterdam is aangesloten.3")])
        let at = position(of: "aangesloten.3", in: text, offset: 12)
        #expect(diagnostics == ["Content/\(Self.letter):\(at): warning: [unresolved-footnote] marker 3 has no note"])
        #expect(page.contains("aangesloten.3"))
    }

    @Test("letter: a note with no marker is a warning at the note")
    func letterNoteWithoutMarker() throws {
        let (diagnostics, page, text) = try build(editing: Self.letter, [("In december 20231 is", "In december 2023 is")])
        let at = position(of: "1 Kamerstuk 31209", in: text)
        #expect(diagnostics == ["Content/\(Self.letter):\(at): warning: [unreferenced-footnote] footnote 1 has no marker in the text"])
        #expect(page.contains("Kamerstuk 31209 nr. 239"))
    }

    @Test("letter: a repeated note number is a warning where it repeats; the first note is kept, not read as body text")
    func letterDuplicateNote() throws {
        let (diagnostics, page, text) = try build(editing: Self.letter, [
            ("2 Kamerstuk 29023, nr. 447. \n", "2 Kamerstuk 29023, nr. 447. \n2 Kamerstuk 29023, nr. 448. \n"),
        ])
        let first = position(of: "2 Kamerstuk 29023, nr. 447", in: text), repeated = position(of: "2 Kamerstuk 29023, nr. 448", in: text)
        #expect(diagnostics == [
            "Content/\(Self.letter):\(repeated): warning: [duplicate-footnote] footnote 2 is listed twice (first at \(first)); the first is kept",
        ])
        #expect(page.contains("29023, nr. 447") && !page.contains("29023, nr. 448"))
    }
}
