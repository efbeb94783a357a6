/// The exact citation an `<extref doc="…">` makes: its target is the publication identifier in
/// `doc`, so nothing is guessed from the text, which may be as short as `84, item 12`.
enum ExtrefCitation {
    /// A citation of `text` at `range` (scalars, in the paragraph or note text) pointing at `doc`.
    static func citation(doc: String, text: String, range: TextRange) -> Citation {
        var identifier = doc.trimmingASCIIWhitespace
        // A link to a publication's page on officielebekendmakingen.nl names the publication.
        if let publication = publicationPath(identifier) {
            identifier = publication
        } else if identifier.hasPrefix("http://") || identifier.hasPrefix("https://") || identifier.hasPrefix("www.") {
            return Citation(kind: .url, text: text, url: OfficialURL.web(identifier), range: range)
        }
        if identifier.hasPrefix("jci1") {
            // A juriconnect reference to an act or one of its articles (`jci1.3:c:BWBR0003245&artikel=9.5.1`).
            return Citation(kind: .url, text: text, url: OfficialURL.web("https://wetten.overheid.nl/" + identifier), range: range)
        }
        let bare = identifier.contains("#") ? identifier.split(separator: "#").first.map(String.init) ?? identifier : identifier
        let name = bare.hasSuffix(".html") ? String(bare.dropLast(5)) : bare
        if name.hasPrefix("dossier/") {
            return Citation(kind: .url, text: text, url: OfficialURL.dossier(String(name.dropFirst("dossier/".count))), range: range)
        }
        let url = OfficialURL.publication(name)
        if let kamerstuk = KamerstukIdentifier.kamerstuk(fromDocument: name) {
            return Citation(kind: .kamerstuk, text: text, url: url, range: range, dossier: kamerstuk.dossier, ondernummer: kamerstuk.ondernummer)
        }
        let parts = name.split(separator: "-").map(String.init)
        switch parts.first {
        case "h" where parts.count == 5:
            // h-tk-20222023-84-12: Handelingen of a house, vergaderjaar, number, item.
            return Citation(
                kind: .handelingen, text: text, url: url, range: range, kamer: house(parts[1]),
                vergaderjaar: vergaderjaar(parts[2]), number: parts[3], item: parts[4])
        case "ah" where parts.count == 4:
            return Citation(kind: .aanhangsel, text: text, url: url, range: range, kamer: house(parts[1]), vergaderjaar: vergaderjaar(parts[2]), number: parts[3])
        case "stb" where parts.count == 3:
            return Citation(kind: .staatsblad, text: text, url: url, range: range, year: Int(parts[1]), number: parts[2])
        case "stcrt" where parts.count == 3:
            return Citation(kind: .staatscourant, text: text, url: url, range: range, year: Int(parts[1]), number: parts[2])
        default:
            // Any other publication of officielebekendmakingen.nl (blg-…, trb-…): linked as it is named.
            return Citation(kind: .url, text: text, url: url, range: range)
        }
    }
}

private extension ExtrefCitation {
    /// `https://zoek.officielebekendmakingen.nl/kst-36600-XIV-67.html` → `kst-36600-XIV-67.html`:
    /// the path of a link to one publication (or a dossier) on the site that serves them.
    static func publicationPath(_ url: String) -> String? {
        for scheme in ["https://", "http://", ""] {
            for host in ["zoek.officielebekendmakingen.nl/", "www.officielebekendmakingen.nl/", "officielebekendmakingen.nl/"] {
                let prefix = scheme + host
                guard url.hasPrefix(prefix) else { continue }
                let path = String(url.dropFirst(prefix.count))
                guard !path.contains("?") else { return nil }
                let name = path.split(separator: "#").first.map(String.init) ?? ""
                // One publication's page (`….html` or no extension), not a file or a search.
                let bare = name.hasSuffix(".html") ? name.dropLast(5) : Substring(name)
                guard !bare.isEmpty, !bare.contains("."), !bare.dropFirst(bare.hasPrefix("dossier/") ? 8 : 0).contains("/") else { return nil }
                return name
            }
        }
        return nil
    }

    /// `tk` → `II`, `ek` → `I`, as the citation parser writes the house.
    static func house(_ code: String) -> String? {
        switch code {
        case "tk": return "II"
        case "ek": return "I"
        default: return nil
        }
    }

    /// `20222023` → `2022/23`, the form the citation parser gives.
    static func vergaderjaar(_ compact: String) -> String? {
        guard compact.count == 8, let first = Int(compact.prefix(4)) else { return nil }
        return "\(first)/\(String(compact.suffix(2)))"
    }
}

private extension String {
    var trimmingASCIIWhitespace: String {
        guard let first = utf8.first, let last = utf8.last, first <= 0x20 || last <= 0x20 else { return self }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
