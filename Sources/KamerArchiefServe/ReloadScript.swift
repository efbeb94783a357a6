import Foundation

/// The script `serve` adds to every HTML page it sends (never to the files on disk). It listens
/// to the build events: `reload` reloads the page; `build-failed` shows the diagnostics over the
/// page, which keeps the last good text below; the next successful build reloads it, which
/// removes the overlay. The diagnostics are set as `textContent`, never parsed as HTML.
///
/// The page says which build it shows (`since`): a page that was loaded just before a build
/// finished is told to reload as soon as it connects, so no build is missed.
enum ReloadScript {
    /// The path of the event stream; below a folder name no build writes (it starts with `__`).
    static let eventsPath = "/__kamerarchief/events"
    /// The `id` of the script element, for tests and for anyone reading a served page's source.
    static let elementID = "kamerarchief-live-reload"
    static let overlayID = "kamerarchief-overlay"

    /// `html` with the script inserted before its last `</body>` (at the end when it has none).
    static func inject(into html: Data, build: String) -> Data {
        let script = Data(text(build: build).utf8)
        guard let closing = lastBodyEnd(in: html) else { return html + script }
        var result = Data(html[html.startIndex..<closing])
        result.append(script)
        result.append(html[closing...])
        return result
    }

    static func text(build: String) -> String {
        """
        <script id="\(elementID)">
        (() => {
          const events = new EventSource("\(eventsPath)?since=" + encodeURIComponent("\(build)"));
          let overlay = null;
          // For tests, and anyone checking in the console: the page is listening.
          events.addEventListener("open", () => { window.kamerarchiefLiveReload = "open"; });
          const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
          events.addEventListener("reload", () => { hide(); location.reload(); });
          events.addEventListener("build-failed", (event) => {
            const failure = JSON.parse(event.data);
            hide();
            overlay = document.createElement("div");
            overlay.id = "\(overlayID)";
            overlay.setAttribute("role", "alert");
            overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;" +
              "margin:0;padding:1em;background:#fff4f4;color:#5c0000;border-top:4px solid #b00020;font:14px/1.4 monospace;";
            const heading = document.createElement("strong");
            heading.textContent = failure.title;
            const text = document.createElement("pre");
            text.style.cssText = "white-space:pre-wrap;margin:0.5em 0 0;";
            text.textContent = failure.diagnostics;
            overlay.append(heading, text);
            document.body.append(overlay);
          });
        })();
        </script>

        """
    }
}

private extension ReloadScript {
    /// The offset of the last `</body` (any case) in `html`.
    static func lastBodyEnd(in html: Data) -> Data.Index? {
        let tag = Array("</body".utf8)
        return html.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Data.Index? in
            guard bytes.count >= tag.count else { return nil }
            var offset = bytes.count - tag.count
            while offset >= 0 {
                var matches = true
                for (index, expected) in tag.enumerated() where bytes[offset + index] | (index > 1 ? 0x20 : 0) != expected {
                    matches = false
                    break
                }
                if matches { return html.startIndex + offset }
                offset -= 1
            }
            return nil
        }
    }
}
