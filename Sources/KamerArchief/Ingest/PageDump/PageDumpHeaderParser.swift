import Foundation

/// What the page header above a mirrored document says: the metadata lines and where the
/// document's own text starts.
struct PageDumpHeader: Sendable, Hashable {
    /// The page title after `Fiche:` or `Fiche 10:`.
    var title: String?
    var ficheNumber: Int?
    /// The page's own lines above its metadata (`Nummer: …` and the rest), navigation left out: its
    /// title first, then what the mirror prints under it (the dossier's subject, the kind of
    /// document: `Motie`, `Brief regering`).
    var lead: [String] = []
    var metadata = DocumentMetadata()
    /// 0-based index into the source lines of the first body line.
    var bodyStart = 0
}

/// Reads the page chrome and metadata lines that precede a mirrored document's own text.
///
/// The header ends at `Preview document …`, or at `end` when the caller found where it ends;
/// without either, at the last `Fiche …:` title line before the first list item. Navigation lines
/// (`[overzicht] [activiteiten] …`) are skipped.
enum PageDumpHeaderParser {
    /// `lines` are `source.lines` (or their first `end`), split once by the caller.
    static func parse(_ source: SourceText, lines: [Substring], end: Int? = nil) -> PageDumpHeader {
        var header = PageDumpHeader()
        header.bodyStart = end ?? bodyStart(in: lines)
        // Without a `Preview document` line the fiche's title line may stand among the header lines,
        // so read on to the first heading.
        let headerEnd = end ?? (header.bodyStart > 0 && lines[header.bodyStart - 1].contains("Preview document")
            ? header.bodyStart : firstHeading(in: lines))
        var context: RelatedContext?
        var linkKamerstuk: KamerstukNumber?
        var leadEnded = false
        for index in 0..<headerEnd {
            let line = lines[index]
            let indent = line.unicodeScalars.prefix { $0.isFastWhitespace }.count
            let text = line.trimmingWhitespace
            guard !text.isEmpty, !isNavigation(text) else { continue }
            let location = source.location(line: index + 1, column: indent + 1)
            if !leadEnded {
                leadEnded = metadataPrefixes.contains { text.hasPrefix($0) }
                if !leadEnded { header.lead.append(text) }
            }
            if let (number, title) = PageDumpHeaderParser.ficheTitle(text) {
                if header.title == nil { header.title = title }
                header.ficheNumber = header.ficheNumber ?? number
                context = nil
            } else if text.hasPrefix("Nummer:") {
                readNumberLine(text, into: &header.metadata)
            } else if text.hasPrefix("Directe link") {
                linkKamerstuk = kstKamerstuk(in: text)
            } else if text.hasPrefix("Onderdeel van kamerstukdossier") {
                readDossierLine(text, into: &header.metadata)
            } else if text.utf8.starts(with: "Onderdeel van zaak".utf8), let zaak = zaakNumber(text) {
                header.metadata.zaak = String(zaak)
                context = .zaak
                appendGluedItem(text, context: .zaak, location: location, to: &header.metadata)
            } else if text.hasPrefix("Onderdeel van activiteiten") {
                context = .activiteiten
                appendGluedItem(text, context: .activiteiten, location: location, to: &header.metadata)
            } else if text.hasPrefix("Gerelateerde personen") {
                context = .personen
                appendGluedItem(text, context: .personen, location: location, to: &header.metadata)
            } else if text.hasPrefix("Bijlagen:") {
                context = .bijlagen
                appendGluedItem(text, context: .bijlagen, location: location, to: &header.metadata)
            } else if let field = relatedField(text, context: context, location: location) {
                header.metadata.related.append(field)
            }
        }
        if let linkKamerstuk { header.metadata.kamerstuk = linkKamerstuk }
        return header
    }

    /// How the page's metadata lines open, the first of them ending its lead (title and kind).
    static let metadataPrefixes = ["Nummer:", "Directe link", "Onderdeel van", "Gerelateerde personen", "Bijlagen:"]

    /// `Fiche 10: Title` or `Fiche: Title` → the number (when given) and the title.
    static func ficheTitle(_ text: String) -> (number: Int?, title: String)? {
        // The pattern is built anew on every call, which costs far more than matching: the bytes
        // decide when they can (`PageDumpHeaderBytes`), and nearly every text fails on its first bytes.
        guard text.utf8.starts(with: "Fiche".utf8) else { return nil }
        if let decided = PageDumpHeaderBytes.ficheTitle(text) {
            return decided.map { ($0.number, String($0.title).trimmingWhitespace) }
        }
        guard let match = text.firstMatch(of: /^Fiche\s*([0-9]{1,4})?\s*:\s*(\S.*)$/) else { return nil }
        return (match.1.flatMap { Int($0) }, String(match.2).trimmingWhitespace)
    }
}

private extension PageDumpHeaderParser {
    /// A group's first item glued to its label, as a page's text may run them together
    /// (`Gerelateerde personen:- Eerste ondertekenaar: …`): read as the group's item.
    static func appendGluedItem(_ text: String, context: RelatedContext, location: SourceLocation, to metadata: inout DocumentMetadata) {
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), case let rest = text[text.index(after: colon)...],
            rest.utf8.starts(with: "- ".utf8), let field = relatedField(String(rest), context: context, location: location)
        else { return }
        metadata.related.append(field)
    }

    /// Which header group a `- Label: value` line belongs to.
    enum RelatedContext {
        case personen, bijlagen, zaak, activiteiten

        /// The label for an item that has none of its own.
        var itemLabel: String {
            switch self {
            case .personen: "Persoon"
            case .bijlagen: "Bijlage"
            case .zaak, .activiteiten: "Activiteit"
            }
        }
    }

    static func bodyStart(in lines: [Substring]) -> Int {
        if let preview = lines.firstIndex(where: { $0.trimmingWhitespace.hasPrefix("Preview document") }) {
            return preview + 1
        }
        let titles = lines[..<firstHeading(in: lines)].indices.filter {
            ficheTitle(lines[$0].trimmingWhitespace) != nil
        }
        return titles.last ?? 0
    }

    /// Where a header without a `Preview document` line ends at the latest: the first indented list
    /// item or the first line that is a template heading.
    static func firstHeading(in lines: [Substring]) -> Int {
        lines.firstIndex { line in
            if line.first == " " && FicheBlockReader.listLabel(of: line) != nil { return true }
            let text = line.trimmingWhitespace
            return text.count <= 250 && !text.hasSuffix(".") && FicheHeading.recognise(text) != nil
        } ?? lines.count
    }

    static func isNavigation(_ text: String) -> Bool {
        text.hasPrefix("[") && text.hasSuffix("]")
    }

    /// `Nummer: 2026D07312, datum: 2026-02-13, bijgewerkt: 2026-02-20 11:37, versie: 1`.
    static func readNumberLine(_ text: String, into metadata: inout DocumentMetadata) {
        for part in text.split(separator: ",") {
            let pair = part.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let value = pair[1].trimmingWhitespace
            guard !value.isEmpty else { continue }
            switch pair[0].trimmingWhitespace.lowercased() {
            case "nummer": metadata.nummer = value
            case "datum": metadata.datum = value
            case "bijgewerkt": metadata.bijgewerkt = value
            case "versie": metadata.versie = value
            default: break
            }
        }
    }

    /// `officiële HTML versie (kst-21501-30-590)`: the last part is the ondernummer.
    static func kstKamerstuk(in text: String) -> KamerstukNumber? {
        if let decided = PageDumpHeaderBytes.kst(text) {
            return decided.map { KamerstukNumber(dossier: String($0.dossier), ondernummer: String($0.ondernummer)) }
        }
        guard let match = text.firstMatch(of: /kst-([0-9]+(?:-[A-Za-z0-9]+)*)-([A-Za-z0-9]+)/) else { return nil }
        return KamerstukNumber(dossier: String(match.1), ondernummer: String(match.2))
    }

    /// `Onderdeel van kamerstukdossier 21501 30-590 Raad voor Concurrentievermogen.`: dossier
    /// `21501`, toevoeging `30`, ondernummer `590`, then the dossier title; the toevoeging may be absent
    /// (`22112 -4277 …`).
    static func readDossierLine(_ text: String, into metadata: inout DocumentMetadata) {
        switch PageDumpHeaderBytes.dossier(text) {
        case .numbered(let dossier, let toevoeging, let ondernummer, let title)?:
            let number = toevoeging.map { "\(dossier)-\($0)" } ?? String(dossier)
            metadata.kamerstuk = KamerstukNumber(dossier: number, ondernummer: String(ondernummer))
            metadata.dossierTitle = title.map { dossierTitle($0) }
            return
        case .dossierOnly(let title)?:
            metadata.dossierTitle = title.map { dossierTitle($0) }
            return
        case .neither?:
            return
        case nil:
            break
        }
        let pattern = /^Onderdeel van kamerstukdossier\s+([0-9]+)(?:\s*([A-Z0-9]+))?\s*-\s*([A-Za-z0-9]+)(?:\s+(.*))?$/
        if let match = text.firstMatch(of: pattern) {
            let dossier = match.2.map { "\(match.1)-\($0)" } ?? String(match.1)
            metadata.kamerstuk = KamerstukNumber(dossier: dossier, ondernummer: String(match.3))
            metadata.dossierTitle = match.4.map { dossierTitle($0) }
        } else if let match = text.firstMatch(of: /^Onderdeel van kamerstukdossier\s+[0-9]+(?:\s+(.*))?$/) {
            metadata.dossierTitle = match.1.map { dossierTitle($0) }
        }
    }

    /// `^Onderdeel van zaak\s+([0-9]{4}Z[0-9]+)` → the zaak number.
    static func zaakNumber(_ text: String) -> Substring? {
        if let decided = PageDumpHeaderBytes.zaak(text) { return decided }
        return text.firstMatch(of: /^Onderdeel van zaak\s+([0-9]{4}Z[0-9]+)/).map(\.1)
    }

    static func dossierTitle(_ text: Substring) -> String {
        var title = text.trimmingWhitespace
        if title.hasSuffix(".") { title.removeLast() }
        return title
    }

    /// `- Eerste ondertekenaar: …`, `- Indiener: …`, `- 2026-03-05 Commissiedebat …` under a group.
    static func relatedField(_ text: String, context: RelatedContext?, location: SourceLocation) -> Field? {
        var item = Substring(text)
        var location = location
        let isBullet = item.hasPrefix("- ") || item.hasPrefix("* ") || item.hasPrefix("• ")
        if isBullet {
            let bullet = item.prefix { !$0.isLetter && !$0.isNumber }
            location.column += bullet.unicodeScalars.count
            item = item.dropFirst(bullet.count)
        }
        guard isBullet || context != nil else { return nil }
        if PageDumpHeaderBytes.startsWithDate(item) ?? (item.firstMatch(of: /^[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil) {
            return Field(label: (context ?? .activiteiten).itemLabel, value: String(item), location: location)
        }
        switch PageDumpHeaderBytes.labelledValue(item) {
        case let (label, value)??:
            return Field(label: String(label), value: String(value), location: location)
        case .some(nil):
            break
        case nil:
            if let match = item.firstMatch(of: /^([^:]{1,60}):\s*(\S.*)$/) {
                return Field(label: String(match.1), value: String(match.2), location: location)
            }
        }
        guard isBullet else { return nil }
        return Field(label: (context ?? .personen).itemLabel, value: String(item), location: location)
    }
}
