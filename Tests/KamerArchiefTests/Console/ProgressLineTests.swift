import Foundation
import Testing
@testable import KamerArchief

/// The progress line's text, its ETA, when it is drawn (by an injected clock) and `--verbose`'s lines.
@Suite("Progress line")
struct ProgressLineTests {
    /// A clock the test moves by hand, and everything the line wrote.
    final class Terminal: @unchecked Sendable {
        private let lock = NSLock()
        private var time = 0.0
        private var written: [String] = []

        func set(_ seconds: Double) { lock.withLock { time = seconds } }
        var now: Double { lock.withLock { time } }
        func write(_ text: String) { lock.withLock { written.append(text) } }
        var writes: [String] { lock.withLock { written } }

        func line(drawsLine: Bool = true, verbose: Bool = false) -> ProgressLine {
            ProgressLine(drawsLine: drawsLine, verbose: verbose, delay: 1, interval: 0.1, now: { self.now }, write: { self.write($0) })
        }
    }

    let clearLine = "\r\u{1B}[K"

    @Test("the line shows documents read of total, pages rendered of total, elapsed time and the ETA")
    func lineText() {
        let counts = ProgressCounts(documentsRead: 250, documentsTotal: 1000, pagesRendered: 0, pagesTotal: 0)
        #expect(ProgressLine.text(counts, elapsed: 5, eta: 15) == "documents 250/1000 · pages 0/0 · 0:05 · ETA 0:15")
        let rendering = ProgressCounts(documentsRead: 1000, documentsTotal: 1000, pagesRendered: 1200, pagesTotal: 3400)
        #expect(ProgressLine.text(rendering, elapsed: 754, eta: nil) == "documents 1000/1000 · pages 1200/3400 · 12:34")
    }

    @Test("the ETA is the current stage's time per item times the items left, and unknown before the first item")
    func eta() {
        #expect(ProgressLine.eta(ProgressCounts(documentsRead: 250, documentsTotal: 1000), stageElapsed: 5) == 15)
        #expect(ProgressLine.eta(ProgressCounts(documentsRead: 0, documentsTotal: 1000), stageElapsed: 5) == nil)
        // Once rendering has started, the pages count, not the documents.
        let rendering = ProgressCounts(documentsRead: 1000, documentsTotal: 1000, pagesRendered: 30, pagesTotal: 120)
        #expect(ProgressLine.eta(rendering, stageElapsed: 3) == 9)
        #expect(ProgressLine.eta(ProgressCounts(documentsRead: 10, documentsTotal: 10, pagesRendered: 0, pagesTotal: 40), stageElapsed: 1) == nil)
    }

    @Test("durations read minutes:seconds, hours when needed; elapsed time rounds down, an ETA up")
    func durations() {
        #expect(ProgressLine.duration(0) == "0:00")
        #expect(ProgressLine.duration(0.2) == "0:00")
        #expect(ProgressLine.duration(0.2, rounding: .up) == "0:01")
        #expect(ProgressLine.duration(59.2, rounding: .up) == "1:00")
        #expect(ProgressLine.duration(3725.9) == "1:02:05")
    }

    @Test("nothing is drawn in the first second; then at most every 0.1 s; the end clears the line")
    func throttling() {
        let terminal = Terminal()
        let progress = terminal.line()
        progress.readingStarted(total: 10)
        terminal.set(0.5)
        progress.documentRead(DocumentProgress(path: "Content/a.txt", parsed: true))
        #expect(terminal.writes.isEmpty)
        terminal.set(1.0)
        progress.documentRead(DocumentProgress(path: "Content/b.txt", parsed: true))
        terminal.set(1.05)
        progress.documentRead(DocumentProgress(path: "Content/c.txt", parsed: true))
        terminal.set(1.2)
        progress.documentRead(DocumentProgress(path: "Content/d.txt", parsed: true))
        terminal.set(2.0)
        progress.renderingStarted(total: 4)
        terminal.set(3.0)
        progress.pageRendered()
        progress.buildFinished()
        // 2 documents in 1 s, 8 left: 4 s; then 4 in 1.2 s, 6 left: 1.8 s; rendering: 1 page in 1 s, 3 left.
        #expect(terminal.writes == [
            "\rdocuments 2/10 · pages 0/0 · 0:01 · ETA 0:04\u{1B}[K",
            "\rdocuments 4/10 · pages 0/0 · 0:01 · ETA 0:02\u{1B}[K",
            "\rdocuments 4/10 · pages 0/4 · 0:02\u{1B}[K",
            "\rdocuments 4/10 · pages 1/4 · 0:03 · ETA 0:03\u{1B}[K",
            clearLine,
        ])
    }

    @Test("a stage's last count is drawn even within 0.1 s of the previous drawing")
    func stageEnd() {
        let terminal = Terminal()
        let progress = terminal.line()
        progress.readingStarted(total: 2)
        terminal.set(1.0)
        progress.documentRead(DocumentProgress(path: "Content/a.txt", parsed: true))
        terminal.set(1.01)
        progress.documentRead(DocumentProgress(path: "Content/b.txt", parsed: true))
        progress.renderingStarted(total: 1)
        terminal.set(1.02)
        progress.pageRendered()
        progress.buildFinished()
        // "pages 0/1" at 1.01 s is skipped: within 0.1 s, and not the end of a stage.
        #expect(terminal.writes == [
            "\rdocuments 1/2 · pages 0/0 · 0:01 · ETA 0:01\u{1B}[K",
            "\rdocuments 2/2 · pages 0/0 · 0:01 · ETA 0:00\u{1B}[K",
            "\rdocuments 2/2 · pages 1/1 · 0:01 · ETA 0:00\u{1B}[K",
            clearLine,
        ])
    }

    @Test("a build that ends within the first second draws nothing and clears nothing")
    func quickBuild() {
        let terminal = Terminal()
        let progress = terminal.line()
        progress.readingStarted(total: 1)
        terminal.set(0.3)
        progress.documentRead(DocumentProgress(path: "Content/a.txt", parsed: true))
        progress.buildFinished()
        #expect(terminal.writes.isEmpty)
    }

    @Test("without a terminal no line is drawn, and --verbose prints plain document lines without a carriage return")
    func withoutTerminal() {
        let terminal = Terminal()
        let progress = terminal.line(drawsLine: false, verbose: true)
        progress.readingStarted(total: 2)
        terminal.set(5)
        progress.documentRead(DocumentProgress(
            path: "Content/fiche-10.txt", id: "fiche-10", kind: .fiche, format: .pageDump, sections: 12, footnotes: 8, parsed: true))
        progress.documentRead(DocumentProgress(path: "Content/kapot.txt", parsed: true))
        progress.pageRendered()
        progress.buildFinished()
        #expect(terminal.writes == [
            "fiche-10 · fiche · page-dump · 12 sections · 8 footnotes\n",
            "Content/kapot.txt · no document\n",
        ])
        #expect(!terminal.writes.joined().contains("\r"))
    }

    @Test("on a terminal a --verbose line first clears the progress line, which is drawn again after it")
    func verboseOnTerminal() {
        let terminal = Terminal()
        let progress = terminal.line(verbose: true)
        progress.readingStarted(total: 2)
        terminal.set(1.5)
        progress.documentRead(DocumentProgress(
            path: "Content/brief.txt", id: "brief", kind: .kamerbrief, format: .pdfText, sections: 1, footnotes: 1, parsed: false))
        #expect(terminal.writes == [
            "brief · kamerbrief · pdf-text · 1 section · 1 footnote · (cached)\n",
            "\rdocuments 1/2 · pages 0/0 · 0:01 · ETA 0:02\u{1B}[K",
        ])
        terminal.set(1.6)
        progress.documentRead(DocumentProgress(path: "Content/b.txt", id: "b", kind: .motie, format: .pdf, parsed: true))
        #expect(terminal.writes.suffix(2) == [clearLine + "b · motie · pdf\n", "\rdocuments 2/2 · pages 0/0 · 0:01 · ETA 0:00\u{1B}[K"])
    }

    @Test("a build reports every document read and every page rendered to its observer")
    func buildReportsCounts() throws {
        let site = try SiteFixture(copying: "basic")
        defer { site.remove() }
        let terminal = Terminal()
        let progress = ProgressLine(drawsLine: true, verbose: true, delay: 0, interval: 0, now: { terminal.now }, write: { terminal.write($0) })
        var options = site.options()
        options.observer = progress
        let report = try SiteBuilder.build(options)
        #expect(!report.failed)
        let lines = terminal.writes.filter { $0.hasSuffix("\n") }.map { $0.hasPrefix(clearLine) ? String($0.dropFirst(clearLine.count)) : $0 }
        #expect(lines.count == report.documentCount)
        let lastDrawn = try #require(terminal.writes.last { $0.hasPrefix("\rdocuments") })
        #expect(lastDrawn.hasPrefix("\rdocuments \(report.documentCount)/\(report.documentCount) · pages \(report.renderedJobs)/\(report.renderedJobs) · "))
        #expect(terminal.writes.last == clearLine)
    }
}
