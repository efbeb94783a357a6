import Foundation

/// Turns titles and file names into safe path segments and anchors.
public enum Slug {
    /// Lowercase ASCII letters, digits and single hyphens; diacritics folded (`financiële` → `financiele`).
    /// Never empty: falls back to `fallback`.
    public static func make(_ text: String, fallback: String = "document") -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? fallback : String(slug.prefix(80))
    }

    /// Whether `text` is already a safe slug: what `make` would return for it.
    public static func isSafe(_ text: String) -> Bool {
        !text.isEmpty && make(text, fallback: "") == text
    }
}
