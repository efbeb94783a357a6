import Foundation

/// The outcome of each build, sent to every open page as Server-Sent Events: `reload` after a
/// build that succeeded, `build-failed` (a JSON object with `title` and `diagnostics`) after one
/// that failed. A page that connects is told the current state at once: the failure, if the last
/// build failed, or `reload`, if it shows an older build than the last one that succeeded.
public final class BuildEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [UUID: AsyncStream<Data>.Continuation] = [:]
    /// Names the site being served: this server's start and the count of successful builds.
    private let session = String(UInt64(Date().timeIntervalSince1970 * 1000), radix: 36)
    private var successes = 0
    private var failure: Failure?

    public struct Failure: Sendable, Equatable, Codable {
        public var title: String
        /// The diagnostics as printed on the terminal, one per line.
        public var diagnostics: String

        public init(title: String, diagnostics: String) {
            self.title = title
            self.diagnostics = diagnostics
        }
    }

    public init() {}

    /// Which successful build the served files come from, as the reload script is told.
    public var build: String {
        lock.withLock { "\(session)-\(successes)" }
    }

    /// How many pages are connected.
    public var subscriberCount: Int {
        lock.withLock { subscribers.count }
    }

    /// A build succeeded: every page reloads (and so loses any overlay).
    public func publishSuccess() {
        lock.withLock {
            successes += 1
            failure = nil
            broadcast(Self.event("reload", data: "\(session)-\(successes)"))
        }
    }

    /// A build failed: every page shows `failure` over the last good site. The same failure
    /// again (a rebuild of inputs that changed twice while the first build ran) tells nothing new.
    public func publishFailure(_ failure: Failure) {
        lock.withLock {
            guard failure != self.failure else { return }
            self.failure = failure
            broadcast(Self.event("build-failed", data: Self.json(failure)))
        }
    }

    /// A comment line that keeps idle connections open and lets closed ones be noticed.
    public func heartbeat() {
        lock.withLock { broadcast(Data(": keep-alive\n\n".utf8)) }
    }

    /// The event stream for one page that shows build `since` (nil: unknown, as for a client
    /// that is not one of the served pages).
    func subscribe(since: String?) -> AsyncStream<Data> {
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingNewest(64))
        let id = UUID()
        lock.withLock {
            // Reconnect quickly after a restart of `serve`.
            continuation.yield(Data("retry: 1000\n\n".utf8))
            if let failure {
                continuation.yield(Self.event("build-failed", data: Self.json(failure)))
            } else if let since, since != "\(session)-\(successes)" {
                continuation.yield(Self.event("reload", data: "\(session)-\(successes)"))
            }
            subscribers[id] = continuation
        }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.subscribers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Ends every stream, so that the server can stop.
    public func finishAll() {
        let open = lock.withLock {
            defer { subscribers = [:] }
            return Array(subscribers.values)
        }
        for continuation in open { continuation.finish() }
    }
}

private extension BuildEvents {
    /// Called with the lock held.
    func broadcast(_ event: Data) {
        for continuation in subscribers.values { continuation.yield(event) }
    }

    /// One event in the wire format; `data` holds no line break (JSON escapes them).
    static func event(_ name: String, data: String) -> Data {
        Data("event: \(name)\ndata: \(data)\n\n".utf8)
    }

    static func json(_ failure: Failure) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(failure)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
