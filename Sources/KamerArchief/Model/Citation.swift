/// What a citation refers to.
public enum CitationKind: String, Sendable, Codable, CaseIterable {
    case kamerstuk
    case handelingen
    case aanhangsel
    case staatsblad
    case staatscourant
    case eu
    case url
}

/// The identity of one Kamerstuk: a dossier (with its toevoeging) and an ondernummer.
public struct KamerstukNumber: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The dossier number plus `-TOEVOEGING` when there is one, without spaces: `21501-30`, `36600-XIII`.
    public var dossier: String { didSet { hashCode = Self.hashCode(dossier, ondernummer) } }
    /// The number within the dossier, as a string: `"621"`, `"A"`, `"4"`.
    public var ondernummer: String { didSet { hashCode = Self.hashCode(dossier, ondernummer) } }
    /// Both strings hashed once, when the number is made: linking looks numbers up in dictionaries
    /// some 350,000 times at 10,000 documents, and hashing two strings each time was a fifth of it.
    private var hashCode: UInt64

    public init(dossier: String, ondernummer: String) {
        self.dossier = dossier
        self.ondernummer = ondernummer
        hashCode = Self.hashCode(dossier, ondernummer)
    }

    private static func hashCode(_ dossier: String, _ ondernummer: String) -> UInt64 {
        var hash = ContentHash()
        hash.combine(dossier)
        hash.combine(ondernummer)
        return hash.value
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.hashCode == rhs.hashCode && lhs.dossier == rhs.dossier && lhs.ondernummer == rhs.ondernummer
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(hashCode) }

    private enum CodingKeys: String, CodingKey { case dossier, ondernummer }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(dossier: try container.decode(String.self, forKey: .dossier), ondernummer: try container.decode(String.self, forKey: .ondernummer))
    }

    /// `21501-30-621`: the form used in official URLs (`kst-21501-30-621`) and in anchors.
    public var key: String { "\(dossier)-\(ondernummer)" }
    public var description: String { "\(dossier) nr. \(ondernummer)" }

    /// The dossier's main number without toevoeging: `21501` for `21501-30`.
    public var dossierNumber: String { String(dossier.prefix { $0 != "-" }) }

    public static func < (lhs: KamerstukNumber, rhs: KamerstukNumber) -> Bool {
        if lhs.dossier != rhs.dossier { return lhs.dossier.naturallyPrecedes(rhs.dossier) }
        return lhs.ondernummer.naturallyPrecedes(rhs.ondernummer)
    }
}

/// A reference to a published paper, found in a footnote or in body text.
public struct Citation: Sendable, Hashable, Codable {
    public var kind: CitationKind
    /// The citation as written in the source.
    public var text: String
    /// The official publication's URL (or the URL itself for `url` citations).
    public var url: String
    /// Where `text` stands in the containing paragraph or footnote text.
    public var range: TextRange

    /// `"II"` (Tweede Kamer) or `"I"` (Eerste Kamer), when the citation says so.
    public var kamer: String?
    /// `2025/26`, when given.
    public var vergaderjaar: String?
    /// Kamerstukken: the dossier with toevoeging, e.g. `21501-30`.
    public var dossier: String?
    /// Kamerstukken: the ondernummer, e.g. `621` or `A`.
    public var ondernummer: String?
    /// Staatsblad, Staatscourant and EU journal citations: the year.
    public var year: Int?
    /// Staatsblad, Staatscourant, Handelingen, Aanhangsel and EU citations: the number.
    public var number: String?
    /// Handelingen: the item.
    public var item: String?

    public init(
        kind: CitationKind, text: String, url: String, range: TextRange, kamer: String? = nil,
        vergaderjaar: String? = nil, dossier: String? = nil, ondernummer: String? = nil,
        year: Int? = nil, number: String? = nil, item: String? = nil
    ) {
        self.kind = kind
        self.text = text
        self.url = url
        self.range = range
        self.kamer = kamer
        self.vergaderjaar = vergaderjaar
        self.dossier = dossier
        self.ondernummer = ondernummer
        self.year = year
        self.number = number
        self.item = item
    }

    /// The Kamerstuk this citation names, when it names one.
    public var kamerstuk: KamerstukNumber? {
        guard kind == .kamerstuk, let dossier, let ondernummer else { return nil }
        return KamerstukNumber(dossier: dossier, ondernummer: ondernummer)
    }

    /// The publication other than a Kamerstuk that this citation names, by its identifier on
    /// officielebekendmakingen.nl, when the archive may hold it: an Aanhangsel's kamervragen
    /// (`ah-tk-20242025-1234`) or an item of the Handelingen (`h-tk-20242025-45-12`). A citation
    /// that does not say the house names the Tweede Kamer's.
    public var publication: String? {
        guard let vergaderjaar, let number else { return nil }
        switch kind {
        case .aanhangsel: return OfficialURL.aanhangselIdentifier(kamer: kamer ?? "II", vergaderjaar: vergaderjaar, number: number)
        case .handelingen:
            guard let item else { return nil }
            return OfficialURL.handelingenIdentifier(kamer: kamer ?? "II", vergaderjaar: vergaderjaar, number: number, item: item)
        default: return nil
        }
    }
}
