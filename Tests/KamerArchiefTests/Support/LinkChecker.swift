import Foundation

/// Checks every `href` and `src` in a built site: relative links must name an existing file (never
/// a bare folder) and an existing `id` when they carry a fragment; nothing may load from the network.
enum LinkChecker {
    struct Problem: CustomStringConvertible {
        var page: String
        var link: String
        var reason: String
        var description: String { "\(page): \(link): \(reason)" }
    }

    static func check(_ site: URL) throws -> (problems: [Problem], checked: Int) {
        let tree = try SiteFixture.tree(site)
        var ids: [String: Set<String>] = [:]
        for (path, data) in tree where path.hasSuffix(".html") {
            ids[path] = Set(matches(of: #" id="([^"]*)""#, in: String(decoding: data, as: UTF8.self)))
        }
        var problems: [Problem] = []
        var checked = 0
        for (page, data) in tree.sorted(by: { $0.key < $1.key }) where page.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let links = matches(of: #"(?:href|src)="([^"]*)""#, in: html)
            for link in links {
                checked += 1
                let decoded = link.replacingOccurrences(of: "&amp;", with: "&")
                if decoded.hasPrefix("https://") || decoded.hasPrefix("http://") {
                    if html.range(of: "<script src=\"\(link)\"") != nil || html.range(of: "<link rel=\"stylesheet\" href=\"\(link)\"") != nil {
                        problems.append(Problem(page: page, link: link, reason: "loads a resource from the network"))
                    }
                    continue
                }
                if decoded.hasPrefix("mailto:") { continue }
                let parts = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0]), fragment = parts.count > 1 ? String(parts[1]) : nil
                let target: String
                if path.isEmpty {
                    target = page
                } else {
                    let base = URL(fileURLWithPath: "/" + page).deletingLastPathComponent()
                    target = String(URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path.dropFirst())
                }
                if path.hasSuffix("/") || (!path.isEmpty && tree[target] == nil) {
                    problems.append(Problem(page: page, link: link, reason: "no such file \(target)"))
                } else if let fragment, !fragment.isEmpty, target.hasSuffix(".html"), !(ids[target]?.contains(fragment) ?? false) {
                    problems.append(Problem(page: page, link: link, reason: "no id '\(fragment)' in \(target)"))
                }
            }
        }
        return (problems, checked)
    }

    /// Checks every result address in the search index (the entry files under
    /// `assets/zoekindex/documenten/`) the same way, and that every term shard listed by
    /// `assets/search-index.js` exists and points only at entries that exist.
    static func checkSearchIndex(_ site: URL) throws -> (problems: [Problem], checked: Int) {
        let tree = try SiteFixture.tree(site)
        func value(_ path: String, after marker: String, closing: Character) throws -> Any? {
            let script = String(decoding: tree[path] ?? Data(), as: UTF8.self)
            // The value after the first marker, which comes before any data: `…)["id"] = [`.
            guard let assignment = script.range(of: marker), let end = script.lastIndex(of: closing) else { return nil }
            return try JSONSerialization.jsonObject(with: Data(script[script.index(before: assignment.upperBound)...end].utf8))
        }
        var problems: [Problem] = []
        var checked = 0
        var entryCounts: [String: Int] = [:]
        for path in tree.keys.sorted() where path.hasPrefix("assets/zoekindex/documenten/") {
            let name = String(path.dropFirst("assets/zoekindex/documenten/".count).dropLast(3))
            guard let dash = name.lastIndex(of: "-"), Int(name[name.index(after: dash)...]) != nil else {
                problems.append(Problem(page: path, link: name, reason: "not <key>-<chunk>.js"))
                continue
            }
            let entries = try SearchChunk.entries(String(decoding: tree[path] ?? Data(), as: UTF8.self))
            entryCounts[String(name[..<dash]), default: 0] += entries.count
            for entry in entries {
                checked += 1
                let url = entry["u"] ?? ""
                let parts = url.split(separator: "#", maxSplits: 1).map(String.init)
                let html = String(decoding: tree[parts[0]] ?? Data(), as: UTF8.self)
                if tree[parts[0]] == nil {
                    problems.append(Problem(page: path, link: url, reason: "no such file"))
                } else if parts.count > 1, !html.contains(" id=\"\(parts[1])\"") {
                    problems.append(Problem(page: path, link: url, reason: "no such anchor"))
                }
            }
        }
        let shards = try value("assets/search-index.js", after: " = [", closing: "]") as? [String] ?? []
        if shards.isEmpty { problems.append(Problem(page: "assets/search-index.js", link: "", reason: "no term shards")) }
        for shard in shards {
            let path = "assets/zoekindex/termen/\(shard).js"
            guard let terms = try value(path, after: "] = {", closing: "}") as? [String: String] else {
                problems.append(Problem(page: "assets/search-index.js", link: path, reason: "no such shard"))
                continue
            }
            for (term, postings) in terms {
                if !term.hasPrefix(shard) { problems.append(Problem(page: path, link: term, reason: "term outside its shard")) }
                for (key, numbers) in postingsByKey(postings) where numbers.contains(where: { $0 / 2 >= entryCounts[key] ?? 0 }) {
                    problems.append(Problem(page: path, link: "\(term) \(key)", reason: "posting to a missing entry"))
                }
            }
        }
        return (problems, checked)
    }

    /// A term's postings string (`key:3;key:1|key:8,10;key:4`: headings, then body) as document
    /// key → entry numbers.
    static func postingsByKey(_ postings: String) -> [(key: String, numbers: [Int])] {
        postings.split(whereSeparator: { $0 == ";" || $0 == "|" }).map { part in
            let halves = part.split(separator: ":", maxSplits: 1)
            return (String(halves[0]), halves.count > 1 ? halves[1].split(separator: ",").compactMap { Int($0) } : [])
        }
    }

    private static func matches(of pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
