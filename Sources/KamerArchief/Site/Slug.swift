/// Turns titles and file names into safe path segments and anchors.
public enum Slug {
    /// Lowercase ASCII letters, digits and single hyphens; diacritics folded (`financiële` → `financiele`).
    /// Never empty: falls back to `fallback`.
    public static func make(_ text: String, fallback: String = "document") -> String {
        // Numbers and ids are mostly slugs already: linking makes 50,000 anchors of them.
        isSlugAlready(text.utf8) ? text : folded(text, fallback: fallback)
    }

    /// `make` without the shortcut for slugs.
    static func folded(_ text: String, fallback: String) -> String {
        let folded = TextFolding.caseDiacriticsAndWidth.fold(text)
        var slug: [UInt8] = []
        var pendingHyphen = false
        for byte in folded.utf8 {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(byte)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? fallback : String(decoding: slug.prefix(80), as: UTF8.self)
    }

    /// Whether `make` would return `utf8` as it is: 1 to 80 lowercase ASCII letters and digits,
    /// with single hyphens between them.
    static func isSlugAlready(_ utf8: String.UTF8View) -> Bool {
        guard (1...80).contains(utf8.count), utf8.first != UInt8(ascii: "-"), utf8.last != UInt8(ascii: "-") else { return false }
        var previous: UInt8 = 0
        for byte in utf8 {
            let letterOrDigit = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            guard letterOrDigit || (byte == UInt8(ascii: "-") && previous != UInt8(ascii: "-")) else { return false }
            previous = byte
        }
        return true
    }

    /// Whether `text` is already a safe slug: what `make` would return for it.
    public static func isSafe(_ text: String) -> Bool {
        !text.isEmpty && make(text, fallback: "") == text
    }
}
