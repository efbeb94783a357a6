import Foundation

/// Reads a search entry file (`assets/zoekindex/documenten/<key>-<n>.js`) back into its entries,
/// each as `t` (title), `w` (where), `u` (address) and `x` (text), the way `search.js` does.
enum SearchChunk {
    static func entries(_ script: String) throws -> [[String: String]] {
        // The object after the first ` = {`, which comes before any data.
        guard let start = script.range(of: " = {")?.upperBound, let end = script.lastIndex(of: "}") else { return [] }
        let json = try JSONSerialization.jsonObject(with: Data(script[script.index(before: start)...end].utf8))
        guard let chunk = json as? [String: Any], let prefix = chunk["p"] as? String, let strings = chunk["s"] as? [String],
            let rows = chunk["e"] as? [[Any]]
        else { return [] }
        return rows.compactMap { row in
            guard row.count >= 3, let title = row[0] as? Int, let place = row[1] as? Int, let address = row[2] as? String,
                strings.indices.contains(title), strings.indices.contains(place)
            else { return nil }
            return ["t": strings[title], "w": strings[place], "u": prefix + address, "x": row.count > 3 ? row[3] as? String ?? "" : strings[title]]
        }
    }
}
