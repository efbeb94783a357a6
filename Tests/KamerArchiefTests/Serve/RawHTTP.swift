import Foundation

/// A minimal HTTP/1.1 client over a plain socket, so tests send request targets exactly as
/// written (URLSession and curl normalise `..` away before sending). Blocking calls run on a
/// thread of their own, never on the concurrency pool the server needs.
struct RawResponse: Sendable {
    var status: Int
    /// Header names in lower case.
    var headers: [String: String]
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
}

enum RawHTTP {
    /// Sends one request for `target` and reads the whole response (the connection is closed after it).
    static func request(port: UInt16, _ target: String, method: String = "GET") async throws -> RawResponse {
        try await offPool {
            let socket = try connect(port: port)
            defer { close(socket) }
            try send(socket, "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            var received = Data()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = recv(socket, &buffer, buffer.count, 0)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                received.append(contentsOf: buffer[0..<count])
            }
            return try parse(received, method: method)
        }
    }

    /// A connected TCP socket to 127.0.0.1:`port`, with a generous read timeout so a broken
    /// server fails the test instead of hanging it.
    static func connect(port: UInt16) throws -> Int32 {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw RawHTTPError("socket: errno \(errno)") }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw RawHTTPError("connect to port \(port): errno \(errno)")
        }
        return socket
    }

    static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Foundation.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw RawHTTPError("send: errno \(errno)") }
            sent += count
        }
    }

    /// Status line, headers, and a body by `Content-Length` or chunked transfer coding.
    static func parse(_ data: Data, method: String) throws -> RawResponse {
        let bytes = [UInt8](data)
        guard let end = find([13, 10, 13, 10], in: bytes, from: 0) else { throw RawHTTPError("no complete header in \(bytes.count) bytes") }
        let lines = String(decoding: bytes[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw RawHTTPError("bad status line \(lines[0])") }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(bytes[(end + 4)...])
        if method == "HEAD" {
            body = []
        } else if headers["transfer-encoding"] == "chunked" {
            body = try dechunk(body)
        } else if let length = headers["content-length"].flatMap(Int.init) {
            guard body.count >= length else { throw RawHTTPError("body has \(body.count) of \(length) bytes") }
            body = Array(body.prefix(length))
        }
        return RawResponse(status: status, headers: headers, body: Data(body))
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        for offset in start...(bytes.count - needle.count) where Array(bytes[offset..<(offset + needle.count)]) == needle { return offset }
        return nil
    }

    static func dechunk(_ bytes: [UInt8]) throws -> [UInt8] {
        var result: [UInt8] = [], offset = 0
        while let lineEnd = find([13, 10], in: bytes, from: offset) {
            guard let size = Int(String(decoding: bytes[offset..<lineEnd], as: UTF8.self), radix: 16) else { throw RawHTTPError("bad chunk size") }
            if size == 0 { return result }
            result += bytes[(lineEnd + 2)..<(lineEnd + 2 + size)]
            offset = lineEnd + 2 + size + 2
        }
        return result
    }
}

struct RawHTTPError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Runs blocking work on a new thread and waits for it without blocking the concurrency pool.
func offPool<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
