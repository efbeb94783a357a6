import Foundation
import KamerArchief

/// The build side of `serve`: builds the site, then watches the inputs as `build --watch` does
/// (the cheap `SiteBuilder.inputSignature`, polled), rebuilds incrementally when they change and
/// tells every open page through `events`. Each build takes the output lock only while it runs,
/// like any build, so a `build` started meanwhile waits for it and is waited for in turn.
///
/// A failed build writes nothing (the output is replaced only by a build that succeeds), so the
/// pages keep showing the last good site, with the diagnostics over it.
public final class SiteWatcher: @unchecked Sendable {
    public let options: BuildOptions
    public let events: BuildEvents
    /// Seconds between two looks at the inputs.
    public let interval: TimeInterval
    private let onBuild: @Sendable (Outcome) -> Void
    private let state = NSCondition()
    private var stopping = false
    private var building = false
    /// The inputs' signature when the last build started.
    private var signature: UInt64?

    /// What one build came to, for the command to print.
    public enum Outcome: Sendable {
        /// The build ran; `seconds` of wall time.
        case built(BuildReport, seconds: Double)
        /// The environment failed it (a folder missing or unwritable).
        case environmentFailed(BuildError)
    }

    public init(options: BuildOptions, events: BuildEvents, interval: TimeInterval = 0.3, onBuild: @escaping @Sendable (Outcome) -> Void = { _ in }) {
        self.options = options
        self.events = events
        self.interval = interval
        self.onBuild = onBuild
    }

    /// Builds once now and tells the pages; returns what the build came to, or nil when the
    /// watcher is stopping.
    @discardableResult
    public func build() -> Outcome? {
        let inputs = SiteBuilder.inputSignature(options)
        let starts = state.withLock { () -> Bool in
            guard !stopping else { return false }
            building = true
            signature = inputs
            return true
        }
        guard starts else { return nil }
        defer {
            state.withLock {
                building = false
                state.broadcast()
            }
        }
        let started = Date()
        let outcome: Outcome
        do {
            outcome = .built(try SiteBuilder.build(options), seconds: Date().timeIntervalSince(started))
        } catch let error as BuildError {
            outcome = .environmentFailed(error)
        } catch {
            outcome = .environmentFailed(.environment("\(error)"))
        }
        publish(outcome)
        onBuild(outcome)
        return outcome
    }

    /// Watches the inputs on a thread of its own and rebuilds when they differ from what the
    /// last build saw (everything, when nothing was built yet).
    public func start() {
        let thread = Thread { [self] in watch() }
        thread.name = "kamerarchief-serve-watch"
        thread.start()
    }

    /// Stops watching; waits for a build that is running to finish (it keeps the output whole
    /// either way, but then leaves no staging folder behind).
    public func stop() {
        state.withLock {
            stopping = true
            while building { state.wait() }
        }
    }
}

private extension SiteWatcher {
    func watch() {
        var sinceHeartbeat: TimeInterval = 0
        while true {
            let stop = state.withLock { () -> Bool in
                if !stopping { _ = state.wait(until: Date().addingTimeInterval(interval)) }
                return stopping
            }
            if stop { return }
            let current = SiteBuilder.inputSignature(options)
            if state.withLock({ current != signature }) { build() }
            sinceHeartbeat += interval
            if sinceHeartbeat >= 15 {
                sinceHeartbeat = 0
                events.heartbeat()
            }
        }
    }

    func publish(_ outcome: Outcome) {
        switch outcome {
        case .built(let report, _) where !report.failed:
            events.publishSuccess()
        case .built(let report, _):
            let lines = report.diagnostics.map { "\($0)" } + [report.summary]
            let title = report.wroteOutput
                ? "The build failed; the documents without errors were written (--keep-going)."
                : "The build failed; this is the last site that built."
            events.publishFailure(.init(title: title, diagnostics: lines.joined(separator: "\n")))
        case .environmentFailed(let error):
            events.publishFailure(.init(title: "The build could not run; this is the last site that built.", diagnostics: "\(error)"))
        }
    }
}
