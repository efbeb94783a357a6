import FlyingFox
import FlyingSocks
import Foundation
import KamerArchief

/// Serves a built site over HTTP (FlyingFox) with the live-reload event stream. It only reads:
/// whatever the folder holds at the moment of a request is what is sent.
public actor SiteServer {
    public nonisolated let root: URL
    public nonisolated let events: BuildEvents
    private let server: HTTPServer
    private let display: String
    private var running: Task<Void, Never>?
    private var failure: (any Error)?
    /// The address the server listens on, once started (`127.0.0.1`, `::1`…).
    public private(set) var boundHost: String?

    /// A server for the site in `root` on `host` (an IPv4 or IPv6 address, or `localhost`) and
    /// `port` (0: any free port). Throws `BuildError.environment` for a host it cannot bind to.
    public init(root: URL, host: String, port: UInt16, events: BuildEvents) throws {
        self.root = root
        self.events = events
        display = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        let handler = SiteRequestHandler(root: root, events: events)
        let address = try Self.address(host: host, port: port)
        server = HTTPServer(config: HTTPServer.Configuration(address: address, logger: .disabled), handler: handler)
    }

    /// Starts listening and returns the port (the one chosen when 0 was asked for).
    public func start() async throws -> UInt16 {
        let server = server
        running = Task {
            do { try await server.run() } catch { self.record(error) }
        }
        while await !server.isListening {
            if let failure {
                throw BuildError.environment("cannot listen on \(display): \(Self.describe(failure))")
            }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        switch await server.listeningAddress {
        case .ip4(let host, let port), .ip6(let host, let port):
            boundHost = host
            return port
        default:
            throw BuildError.environment("cannot listen on \(display): no port")
        }
    }

    /// Ends every event stream and stops listening.
    public func stop() async {
        events.finishAll()
        await server.stop(timeout: 1)
        running?.cancel()
        running = nil
    }
}

private extension SiteServer {
    func record(_ error: any Error) {
        failure = error
    }

    static func address(host: String, port: UInt16) throws -> any SocketAddress {
        do {
            if host == "localhost" { return try sockaddr_in.inet(ip4: "127.0.0.1", port: port) }
            if host.contains(":") { return try sockaddr_in6.inet6(ip6: host, port: port) }
            return try sockaddr_in.inet(ip4: host, port: port)
        } catch {
            throw BuildError.environment("cannot listen on \(host): give an IPv4 or IPv6 address, or localhost")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? SocketError, case .failed(_, let errno, let message) = error {
            return "\(message) (errno \(errno))"
        }
        return "\(error)"
    }
}
