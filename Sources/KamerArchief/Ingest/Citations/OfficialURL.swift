/// The addresses citations link to: officielebekendmakingen.nl for Dutch papers, EUR-Lex for EU ones.
///
/// Every URL built here is safe to put in a Markdown link destination as is: no white space, no
/// brackets, no `<`, `>` or backslash, and no non-ASCII; anything else is percent-encoded.
public enum OfficialURL {
    public static let bekendmakingen = "https://zoek.officielebekendmakingen.nl/"
    public static let eurLex = "https://eur-lex.europa.eu/"

    /// `kst-21501-30-621.html`; Eerste Kamer letter papers follow the same pattern (`kst-36123-A.html`).
    public static func kamerstuk(dossier: String, ondernummer: String) -> String {
        bekendmakingen + "kst-\(encoded(dossier))-\(encoded(ondernummer)).html"
    }

    /// A dossier's overview of all its papers: `dossier/36600-XXIII` (no `.html`).
    public static func dossier(_ number: String) -> String {
        bekendmakingen + "dossier/" + encoded(number)
    }

    /// Any publication by its identifier, as an `<extref doc="…">` names it: `kst-28844-266.html`,
    /// `h-tk-20222023-84-12.html`, `stb-2023-45.html`; the same form as the builders above.
    public static func publication(_ identifier: String) -> String {
        bekendmakingen + encoded(identifier) + ".html"
    }

    /// `h-tk-20242025-45-12.html` for the Tweede Kamer, `h-ek-…` for the Eerste Kamer.
    public static func handelingen(kamer: String, vergaderjaar: String, number: String, item: String) -> String {
        bekendmakingen + handelingenIdentifier(kamer: kamer, vergaderjaar: vergaderjaar, number: number, item: item) + ".html"
    }

    /// `h-tk-20242025-45-12`: one item of the Handelingen, by house, vergaderjaar (`2024/25`), the
    /// meeting's number and the item's.
    public static func handelingenIdentifier(kamer: String, vergaderjaar: String, number: String, item: String) -> String {
        "h-\(house(kamer))-\(compact(vergaderjaar))-\(encoded(number))-\(encoded(item))"
    }

    /// `ah-tk-20242025-1234.html` for the Tweede Kamer, `ah-ek-…` for the Eerste Kamer.
    public static func aanhangsel(kamer: String, vergaderjaar: String, number: String) -> String {
        bekendmakingen + aanhangselIdentifier(kamer: kamer, vergaderjaar: vergaderjaar, number: number) + ".html"
    }

    /// `ah-tk-20242025-1234`: the Aanhangsel's publication, by house, vergaderjaar (`2024/25`) and number.
    public static func aanhangselIdentifier(kamer: String, vergaderjaar: String, number: String) -> String {
        "ah-\(house(kamer))-\(compact(vergaderjaar))-\(encoded(number))"
    }

    public static func staatsblad(year: Int, number: String) -> String {
        bekendmakingen + "stb-\(year)-\(encoded(number)).html"
    }

    public static func staatscourant(year: Int, number: String) -> String {
        bekendmakingen + "stcrt-\(year)-\(encoded(number)).html"
    }

    /// The Dutch text of an act on EUR-Lex, by CELEX number.
    public static func celex(_ celex: String) -> String {
        eurLex + "legal-content/NL/TXT/?uri=CELEX:\(encoded(celex))"
    }

    /// A Commission document on EUR-Lex by its series, year and number (`COM(2016) 761` →
    /// `uri=COM:2016:761:FIN`): the address finds it whether it is a proposal or a communication.
    public static func commissionDocument(series: String, year: Int, number: Int) -> String {
        eurLex + "legal-content/NL/TXT/?uri=\(encoded(series)):\(year):\(number):FIN"
    }

    /// An EUR-Lex quick search, for documents whose CELEX number cannot be derived (`C(2025) 8950`).
    public static func eurLexSearch(_ text: String) -> String {
        eurLex + "search.html?type=quick&text=\(encoded(text))"
    }

    /// The table of contents of one Official Journal issue, e.g. `uri=OJ:L:2023:191:TOC`.
    public static func officialJournal(series: String, year: Int, number: String) -> String {
        eurLex + "legal-content/NL/TXT/?uri=OJ:\(encoded(series)):\(year):\(encoded(number)):TOC"
    }

    /// A URL as written in the text; `www.…` gets `https://` in front.
    public static func web(_ written: String) -> String {
        encoded(written.hasPrefix("www.") ? "https://" + written : written)
    }

    /// `2024/25` → `20242025`, the form the Handelingen URLs use; other text is returned encoded.
    static func compact(_ vergaderjaar: String) -> String {
        let parts = vergaderjaar.split(separator: "/")
        guard parts.count == 2, let first = Int(parts[0]), parts[0].count == 4 else { return encoded(vergaderjaar) }
        return "\(first)\(first + 1)"
    }

    /// `tk` for the Tweede Kamer (`II`), `ek` for the Eerste Kamer (`I`).
    static func house(_ kamer: String) -> String {
        kamer == "I" ? "ek" : "tk"
    }

    /// `text` with every scalar outside the URL characters that need no escaping in Markdown
    /// percent-encoded as UTF-8; an existing `%` is kept, assuming it already starts an escape.
    static func encoded(_ text: String) -> String {
        // Numbers and identifiers are nearly always encoded as they are already.
        if text.utf8.allSatisfy({ isAllowed[Int($0)] }) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, allowed.contains(UInt8(scalar.value)) {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { result += "%" + hex(byte) }
            }
        }
        return result
    }
}

private extension OfficialURL {
    /// RFC 3986's unreserved and reserved characters, less the brackets, which Markdown would
    /// take as the end of a link destination or of its text.
    static let allowed: Set<UInt8> = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'*+,;=%".utf8)

    /// `allowed` as a table by byte.
    static let isAllowed: [Bool] = (0..<256).map { allowed.contains(UInt8($0)) }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
