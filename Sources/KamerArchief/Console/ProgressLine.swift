import Foundation

/// The one updating line a build shows on a terminal: documents read of total, pages rendered of
/// total, elapsed time and the current stage's ETA, redrawn in place with `\r`. It appears only
/// after `delay` seconds (a quick build shows none), is redrawn at most every `interval` seconds
/// (and always at a stage's last count), and is cleared when the build ends. With `verbose`, it also prints one line per document
/// (then also without a terminal, where no progress line is drawn).
///
/// The clock and the writer are injected so that tests can drive time and read what was drawn.
public final class ProgressLine: BuildObserver, @unchecked Sendable {
    /// Whether the line is drawn at all: true only when the output is a terminal.
    public let drawsLine: Bool
    public let verbose: Bool
    /// Seconds before the first drawing, and at least between two drawings.
    public let delay: Double
    public let interval: Double

    private let now: @Sendable () -> Double
    private let write: @Sendable (String) -> Void
    private let lock = NSLock()
    private var counts = ProgressCounts()
    private let started: Double
    /// When rendering started (the ETA is for the current stage), nil before.
    private var renderingStart: Double?
    private var lastDrawn: Double?
    private var shown = false

    /// `now` is a monotonic clock in seconds; `write` receives raw text for the terminal (stderr).
    public init(
        drawsLine: Bool, verbose: Bool = false, delay: Double = 1, interval: Double = 0.1,
        now: @escaping @Sendable () -> Double = ProgressLine.monotonicSeconds, write: @escaping @Sendable (String) -> Void
    ) {
        self.drawsLine = drawsLine
        self.verbose = verbose
        self.delay = delay
        self.interval = interval
        self.now = now
        self.write = write
        started = now()
    }

    public var wantsDocumentDetails: Bool { verbose }

    public func readingStarted(total: Int) {
        update { $0.documentsTotal = total }
    }

    public func documentRead(_ document: DocumentProgress) {
        update(line: verbose ? ProgressLine.verboseLine(document) : nil) { $0.documentsRead += 1 }
    }

    public func renderingStarted(total: Int) {
        lock.lock()
        renderingStart = now()
        lock.unlock()
        update { $0.pagesTotal = total }
    }

    public func pageRendered() {
        update { $0.pagesRendered += 1 }
    }

    /// Clears the line, so that the summary starts on a clean line.
    public func buildFinished() {
        lock.lock()
        defer { lock.unlock() }
        if shown { write(ProgressLine.clear) }
        shown = false
    }

    /// Seconds since some fixed moment, never going back.
    public static let monotonicSeconds: @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
}

/// How far a build has come.
public struct ProgressCounts: Sendable, Equatable {
    public var documentsRead = 0
    public var documentsTotal = 0
    public var pagesRendered = 0
    /// Zero until rendering starts.
    public var pagesTotal = 0

    public init(documentsRead: Int = 0, documentsTotal: Int = 0, pagesRendered: Int = 0, pagesTotal: Int = 0) {
        self.documentsRead = documentsRead
        self.documentsTotal = documentsTotal
        self.pagesRendered = pagesRendered
        self.pagesTotal = pagesTotal
    }
}

private extension ProgressLine {
    /// Applies `change`, prints `line` (above the progress line), and redraws when it is time.
    func update(line: String? = nil, _ change: (inout ProgressCounts) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        change(&counts)
        let time = now()
        if let line {
            write((shown ? ProgressLine.clear : "") + line + "\n")
            shown = false
        }
        guard drawsLine, time - started >= delay else { return }
        // A stage's last count is always drawn, so the line never stops short of it.
        let stageDone = counts.pagesTotal == 0 ? counts.documentsRead == counts.documentsTotal : counts.pagesRendered == counts.pagesTotal
        if shown, !stageDone, let lastDrawn, time - lastDrawn < interval { return }
        let stageStart = renderingStart ?? started
        let text = ProgressLine.text(counts, elapsed: time - started, eta: ProgressLine.eta(counts, stageElapsed: time - stageStart))
        write("\r" + text + ProgressLine.clearToEnd)
        lastDrawn = time
        shown = true
    }
}
