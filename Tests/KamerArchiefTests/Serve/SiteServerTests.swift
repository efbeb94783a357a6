import Foundation
import Testing
@testable import KamerArchiefServe

/// The HTTP side of `serve` over a hand-made site folder, with real requests on a free port.
@Suite("Serving a site folder over HTTP")
struct SiteServerTests {
    /// A site folder with one file of each kind, a folder with and one without `index.html`,
    /// symlinks that stay inside and that point out of it, and a secret file beside it.
    final class ServedFolder: Sendable {
        let base: URL
        var root: URL { base.appendingPathComponent("site") }
        var secret: URL { base.appendingPathComponent("secret.txt") }

        init() throws {
            base = try CommandRunner.temporaryDirectory()
            let files: [String: String] = [
                "index.html": "<!DOCTYPE html>\n<html><head><title>Home</title></head><body><h1>Archief</h1></body></html>\n",
                "404.html": "<!DOCTYPE html>\n<html><body><p>Pagina niet gevonden</p></BODY></html>\n",
                "assets/style.css": "body { color: black; }\n",
                "assets/search.js": "console.log('zoek');\n",
                "picture.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n",
                "data.json": "{\"documents\": []}\n",
                "feed.xml": "<?xml version=\"1.0\"?><feed/>\n",
                "notes.txt": "aantekeningen\n",
                "documenten/brief/index.html": "<html><body><p>Brief</p></body></html>\n",
                "assets/empty/.keep": "",
                "outside/secret.txt": "",
            ]
            for (path, text) in files {
                let url = root.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            // The first bytes of a PNG file (its signature and the IHDR length and type).
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).write(to: root.appendingPathComponent("logo.png"))
            try Data("SECRET beside the site\n".utf8).write(to: secret)
            try FileManager.default.removeItem(at: root.appendingPathComponent("outside"))
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("outside").path, withDestinationPath: base.path)
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("secret-link.txt").path, withDestinationPath: secret.path)
            try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("stijl.css").path, withDestinationPath: "assets/style.css")
        }

        func serve() async throws -> (SiteServer, UInt16) {
            let server = try SiteServer(root: root, host: "127.0.0.1", port: 0, events: BuildEvents())
            return (server, try await server.start())
        }

        deinit { try? FileManager.default.removeItem(at: base) }
    }

    @Test("each file is served with its own content type and exact bytes")
    func contentTypes() async throws {
        let folder = try ServedFolder()
        let (server, port) = try await folder.serve()
        defer { Task { await server.stop() } }
        let expected = [
            "/assets/style.css": "text/css; charset=utf-8",
            "/assets/search.js": "text/javascript; charset=utf-8",
            "/picture.svg": "image/svg+xml",
            "/data.json": "application/json",
            "/feed.xml": "application/xml",
            "/notes.txt": "text/plain; charset=utf-8",
            "/logo.png": "image/png",
        ]
        for (path, type) in expected.sorted(by: { $0.key < $1.key }) {
            let response = try await RawHTTP.request(port: port, path)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["content-type"] == type, "\(path)")
            #expect(response.headers["x-content-type-options"] == "nosniff", "\(path)")
            #expect(response.body == FileManager.default.contents(atPath: folder.root.path + path), "\(path) is sent unchanged")
        }
        let page = try await RawHTTP.request(port: port, "/index.html")
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
    }

    @Test("a missing path gets status 404 with the body of 404.html")
    func notFound() async throws {
        let folder = try ServedFolder()
        let (server, port) = try await folder.serve()
        defer { Task { await server.stop() } }
        for path in ["/bestaat-niet.html", "/documenten/anders/", "/assets/style.css/"] {
            let response = try await RawHTTP.request(port: port, path)
            #expect(response.status == 404, "\(path)")
            #expect(response.headers["content-type"] == "text/html; charset=utf-8")
            #expect(response.text.contains("<p>Pagina niet gevonden</p>"), "\(path)")
        }
    }

    @Test("a folder serves its index.html, redirects to its slash form, and is never listed")
    func folders() async throws {
        let folder = try ServedFolder()
        let (server, port) = try await folder.serve()
        defer { Task { await server.stop() } }
        let root = try await RawHTTP.request(port: port, "/")
        #expect(root.status == 200)
        #expect(root.text.contains("<h1>Archief</h1>"))
        let document = try await RawHTTP.request(port: port, "/documenten/brief/")
        #expect(document.status == 200)
        #expect(document.text.contains("<p>Brief</p>"))
        let withoutSlash = try await RawHTTP.request(port: port, "/documenten/brief")
        #expect(withoutSlash.status == 301)
        #expect(withoutSlash.headers["location"] == "/documenten/brief/")
        // Folders without an index.html: the 404 page, not a listing of their files.
        let notFoundPage = try await RawHTTP.request(port: port, "/bestaat-niet")
        #expect(notFoundPage.text.contains("<p>Pagina niet gevonden</p>"))
        for path in ["/assets/", "/assets", "/documenten/", "/assets/empty/"] {
            let response = try await RawHTTP.request(port: port, path)
            #expect(response.status == 404, "\(path)")
            #expect(response.body == notFoundPage.body, "\(path)")
        }
    }

    @Test("every form of path traversal is refused with 403 and sends nothing from outside the folder")
    func traversal() async throws {
        let folder = try ServedFolder()
        let (server, port) = try await folder.serve()
        defer { Task { await server.stop() } }
        let secretPath = folder.secret.path
        let refused = [
            "/../secret.txt",
            "/documenten/../../secret.txt",
            "/documenten/brief/../../../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/.%2e/secret.txt",
            "/%2e./secret.txt",
            "/documenten/%2e%2e/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "/..%2Fsecret.txt",
            "/documenten%2f..%2f..%2fsecret.txt",
            "/..%5csecret.txt",
            "/..\\secret.txt",
            "/./index.html",
            "//etc/passwd",
            "/" + secretPath,
            "/%2F" + secretPath.dropFirst().replacingOccurrences(of: "/", with: "%2F"),
            "http://127.0.0.1/../secret.txt",
            "secret.txt",
            "/secret.txt%00.html",
        ]
        for target in refused {
            let response = try await RawHTTP.request(port: port, target)
            #expect(response.status == 403, "\(target) gave \(response.status)")
            #expect(!response.text.contains("SECRET"), "\(target)")
        }
        // An absolute file path written as a path of the site names a file inside it: not there.
        let absolute = try await RawHTTP.request(port: port, "/etc/passwd")
        #expect(absolute.status == 404)
        #expect(!absolute.text.contains("root:"))
        // Encoded twice: the name `%2e%2e` is looked up as it is, and is not there.
        let twice = try await RawHTTP.request(port: port, "/%252e%252e/secret.txt")
        #expect(twice.status == 404)
        #expect(!twice.text.contains("SECRET"))
    }

    @Test("a symlink inside the folder that points out of it is refused; one that stays inside is served")
    func symlinks() async throws {
        let folder = try ServedFolder()
        let (server, port) = try await folder.serve()
        defer { Task { await server.stop() } }
        for target in ["/secret-link.txt", "/outside/secret.txt", "/outside/", "/outside"] {
            let response = try await RawHTTP.request(port: port, target)
            #expect(response.status == 403, "\(target) gave \(response.status)")
            #expect(!response.text.contains("SECRET"), "\(target)")
        }
        let inside = try await RawHTTP.request(port: port, "/stijl.css")
        #expect(inside.status == 200)
        #expect(inside.headers["content-type"] == "text/css; charset=utf-8")
        #expect(inside.text == "body { color: black; }\n")
    }

    @Test("served HTML pages carry the reload script before </body>; the files on disk and other files do not")
    func injection() async throws {
        let folder = try ServedFolder()
        let (server, port) = try await folder.serve()
        defer { Task { await server.stop() } }
        let onDisk = try String(contentsOf: folder.root.appendingPathComponent("index.html"), encoding: .utf8)
        let page = try await RawHTTP.request(port: port, "/index.html")
        #expect(page.text.hasPrefix("<!DOCTYPE html>\n<html><head><title>Home</title></head><body><h1>Archief</h1><script id=\"kamerarchief-live-reload\">"))
        #expect(page.text.hasSuffix("</script>\n</body></html>\n"))
        #expect(page.text.contains("new EventSource(\"/__kamerarchief/events?since="))
        #expect(Int(page.headers["content-length"] ?? "") == page.body.count)
        #expect(!onDisk.contains("kamerarchief-live-reload"))
        // The 404 page is HTML too (its </BODY> in capitals).
        let missing = try await RawHTTP.request(port: port, "/weg")
        #expect(missing.text.contains("<p>Pagina niet gevonden</p><script id=\"kamerarchief-live-reload\">"))
        #expect(missing.text.hasSuffix("</script>\n</BODY></html>\n"))
        let style = try await RawHTTP.request(port: port, "/assets/style.css")
        #expect(!style.text.contains("kamerarchief-live-reload"))
        // The overlay sets the diagnostics as text, never as HTML.
        #expect(page.text.contains("text.textContent = failure.diagnostics;"))
        #expect(!page.text.contains("innerHTML"))
    }

    @Test("HEAD gives the headers of GET without a body, other methods get 405")
    func methods() async throws {
        let folder = try ServedFolder()
        let (server, port) = try await folder.serve()
        defer { Task { await server.stop() } }
        let get = try await RawHTTP.request(port: port, "/data.json")
        let head = try await RawHTTP.request(port: port, "/data.json", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == get.headers["content-length"])
        #expect(head.headers["content-type"] == "application/json")
        let post = try await RawHTTP.request(port: port, "/data.json", method: "POST")
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET, HEAD")
    }

    @Test("the server listens on loopback only and refuses a host that is not an address")
    func binding() async throws {
        let folder = try ServedFolder()
        let (server, _) = try await folder.serve()
        defer { Task { await server.stop() } }
        #expect(await server.boundHost == "127.0.0.1")
        #expect(throws: (any Error).self) { try SiteServer(root: folder.root, host: "example.org", port: 0, events: BuildEvents()) }
    }
}
