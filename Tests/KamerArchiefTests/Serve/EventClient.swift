import Foundation

/// One Server-Sent Event as a page receives it.
struct ServerEvent: Sendable, Equatable {
    var name: String
    var data: String
}

/// A page's event stream, read on a thread of its own: connects to `/__kamerarchief/events`,
/// undoes the chunked transfer coding and collects the events as they arrive. Tests wait for an
/// event with a generous timeout and never measure how long it took.
final class EventClient: @unchecked Sendable {
    private let socket: Int32
    private let condition = NSCondition()
    private var events: [ServerEvent] = []
    private var consumed = 0
    private var closed = false
    private(set) var status = 0

    init(port: UInt16, since: String?) throws {
        socket = try RawHTTP.connect(port: port)
        let query = since.map { "?since=\($0)" } ?? ""
        try RawHTTP.send(socket, "GET /__kamerarchief/events\(query) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        Thread { [self] in read() }.start()
    }

    /// The next event not returned before, which must be named `name` (events named `skipping`
    /// before it are passed over); waits up to `timeout` seconds.
    func next(_ name: String, skipping: String? = nil, timeout: TimeInterval = 120) async throws -> ServerEvent {
        try await offPool { [self] in
            condition.lock()
            defer { condition.unlock() }
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                while consumed == events.count {
                    guard !closed else { throw RawHTTPError("the event stream closed while waiting for '\(name)'") }
                    guard condition.wait(until: deadline) else { throw RawHTTPError("no '\(name)' event within \(Int(timeout)) s; had \(events)") }
                }
                let event = events[consumed]
                consumed += 1
                if event.name == name { return event }
                guard event.name == skipping else { throw RawHTTPError("expected '\(name)', got \(event)") }
            }
        }
    }

    /// Whether the server has ended the stream (waits up to `timeout` seconds).
    func waitUntilClosed(timeout: TimeInterval = 120) async throws -> Bool {
        try await offPool { [self] in
            condition.lock()
            defer { condition.unlock() }
            let deadline = Date().addingTimeInterval(timeout)
            while !closed { if !condition.wait(until: deadline) { break } }
            return closed
        }
    }

    func close() { shutdown(socket, Int32(SHUT_RDWR)) }
}

private extension EventClient {
    func read() {
        var raw: [UInt8] = [], text: [UInt8] = [], headerDone = false
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            raw += buffer[0..<count]
            if !headerDone, let end = RawHTTP.find([13, 10, 13, 10], in: raw, from: 0) {
                let statusLine = String(decoding: raw[0..<end], as: UTF8.self).split(separator: " ")
                condition.withLock { status = statusLine.count > 1 ? Int(statusLine[1]) ?? 0 : 0 }
                raw.removeFirst(end + 4)
                headerDone = true
            }
            guard headerDone else { continue }
            // Whole chunks only: "<hex size>\r\n<bytes>\r\n".
            while let lineEnd = RawHTTP.find([13, 10], in: raw, from: 0),
                let size = Int(String(decoding: raw[0..<lineEnd], as: UTF8.self), radix: 16),
                raw.count >= lineEnd + 2 + size + 2
            {
                text += raw[(lineEnd + 2)..<(lineEnd + 2 + size)]
                raw.removeFirst(lineEnd + 2 + size + 2)
            }
            while let end = RawHTTP.find([10, 10], in: text, from: 0) {
                let block = String(decoding: text[0..<end], as: UTF8.self)
                text.removeFirst(end + 2)
                if let event = Self.event(block) { condition.withLock { events.append(event); condition.broadcast() } }
            }
        }
        condition.withLock { closed = true; condition.broadcast() }
        Foundation.close(socket)
    }

    /// An event block; comments and `retry:` alone are no event.
    static func event(_ block: String) -> ServerEvent? {
        var name: String?, data: [String] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
            if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
        }
        return name.map { ServerEvent(name: $0, data: data.joined(separator: "\n")) }
    }
}
