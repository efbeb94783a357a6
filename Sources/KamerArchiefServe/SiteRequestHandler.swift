import FlyingFox
import Foundation

/// Answers one request: a file of the site (HTML with the reload script added), the event
/// stream, a redirect from a folder to its slash form, 404 with the site's `404.html`, or 403 for
/// a path that tries to leave the folder. Files are read whole for each request, so a build that
/// swaps the folder meanwhile gives the old file or the new one, never a mix.
struct SiteRequestHandler: HTTPHandler {
    let root: URL
    let events: BuildEvents

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            var response = Self.text(.methodNotAllowed, "Only GET and HEAD are served.\n")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        let target = request.target.path(percentEncoded: true)
        if target == ReloadScript.eventsPath {
            return eventStream(since: request.query.first { $0.name == "since" }?.value)
        }
        let response: HTTPResponse
        switch ServedPath.resolve(target, root: root) {
        case .file(let path):
            response = file(path, status: .ok) ?? Self.text(.notFound, "Not found.\n")
        case .redirect(let location):
            response = HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location, .cacheControl: "no-store"]))
        case .notFound:
            response = notFound()
        case .forbidden:
            response = Self.text(.forbidden, "Forbidden.\n")
        }
        return request.method == .HEAD ? Self.headOnly(response) : response
    }
}

private extension SiteRequestHandler {
    /// The file at `path` (a real path inside the folder) with its own content type.
    func file(_ path: String, status: HTTPStatusCode) -> HTTPResponse? {
        guard var body = FileManager.default.contents(atPath: path) else { return nil }
        let type = ContentType.of(path: path)
        if type == ContentType.html { body = ReloadScript.inject(into: body, build: events.build) }
        return HTTPResponse(
            statusCode: status,
            headers: [.contentType: type, .cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff"],
            body: body)
    }

    /// The site's own `404.html`, if it has one inside the folder.
    func notFound() -> HTTPResponse {
        guard case .file(let path) = ServedPath.resolve("/404.html", root: root), let page = file(path, status: .notFound) else {
            return Self.text(.notFound, "Not found.\n")
        }
        return page
    }

    func eventStream(since: String?) -> HTTPResponse {
        HTTPResponse(
            statusCode: .ok,
            headers: [.contentType: ContentType.eventStream, .cacheControl: "no-store"],
            body: HTTPBodySequence(from: EventBytes(events: events.subscribe(since: since))))
    }

    static func text(_ status: HTTPStatusCode, _ text: String) -> HTTPResponse {
        HTTPResponse(
            statusCode: status, headers: [.contentType: ContentType.plainText, .cacheControl: "no-store"], body: Data(text.utf8))
    }

    /// The headers of `response`, its length included, without the body.
    static func headOnly(_ response: HTTPResponse) -> HTTPResponse {
        var headers = response.headers
        if case .httpBody(let body) = response.payload, let count = body.count { headers[.contentLength] = String(count) }
        return HTTPResponse(version: response.version, statusCode: response.statusCode, headers: headers, body: Data())
    }
}
