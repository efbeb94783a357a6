/// One open section: a division (closed by its element's end) or a heading's section (closed by
/// the next heading or division at its level, or by the end of the division around it).
struct SectionLevel {
    var section: Section
    var isHeading: Bool
    var isNamed: Bool
    /// A heading's rank by its typography (`tussenkop kopopmaak`), 0 the highest: a heading of a
    /// lower rank opens a section inside it. The introduction and closing sections rank lowest.
    var rank = Int.max
    /// A division that ended empty, with only its title (`ARTIKELSGEWIJZE TOELICHTING`), and holds
    /// the text that follows it outside any division until the next division or its parent's end.
    var isHeld = false
}

/// The section tree: `divisie`/`hoofdstuk`/`artikel` nest, `tussenkop` starts a sibling section
/// inside the current division (or a section inside the heading before it, when it is set in a
/// lesser style: `cur` under `vet`), and text before any heading goes into an `inleiding` section,
/// as in the letter reader's outline.
extension XMLDocumentBuilder {
    func appendParagraph(_ paragraph: Paragraph) {
        var paragraph = paragraph
        if let label = pendingLabel {
            if paragraph.listLabel == nil { paragraph.listLabel = label }
            pendingLabel = nil
        }
        if levels.isEmpty {
            // Before any heading: the introduction. After divisions that have all closed (a
            // closing line under the last chapter): a closing section, never one of the chapters.
            let (id, title) = sections.isEmpty ? (Self.introductionID, "Inleiding") : ("slot", "Slot")
            let section = Section(id: id, title: title, role: .other, location: paragraph.location)
            levels.append(SectionLevel(section: section, isHeading: true, isNamed: true))
        }
        levels[levels.count - 1].section.paragraphs.append(paragraph)
    }

    func openHeading(_ title: String, at location: SourceLocation, style: String? = nil) {
        pendingLabel = nil
        let rank = Self.headingRank(style)
        while let top = levels.last, top.isHeading, top.rank >= rank { popLevel() }
        let section = Section(id: "", title: title, role: Self.role(forTitle: title), location: location)
        levels.append(SectionLevel(section: section, isHeading: true, isNamed: true, rank: rank))
    }

    /// `kopopmaak` from the most prominent to the least; none (or one not listed) ranks as `vet`.
    static let headingStyles = ["vet", "halfvet", "vetcur", "cur", "rom", "ondlijn"]

    static func headingRank(_ style: String?) -> Int {
        style.flatMap { headingStyles.firstIndex(of: $0) } ?? 0
    }

    func openDivision(role: SectionRole?, title: String? = nil, at location: SourceLocation) {
        closeHeadingLevel()
        if let top = levels.last, top.isHeld { popLevel() }
        let section = Section(id: "", title: title ?? "", role: role ?? .other, location: location)
        levels.append(SectionLevel(section: section, isHeading: false, isNamed: false))
    }

    /// Gives the innermost division its title from its `kop`; false when there is no unnamed
    /// division to name, and the `kop` is then an ordinary heading.
    func nameDivision(_ title: String) -> Bool {
        guard let index = levels.indices.last, !levels[index].isHeading, !levels[index].isNamed else { return false }
        // A number alone names a division that has a title of its kind (`Vraag` and `1`: `Vraag 1`).
        let given = levels[index].section.title
        levels[index].section.title = !given.isEmpty && !title.isEmpty && title.utf8.allSatisfy({ (0x30...0x39).contains($0) })
            ? given + " " + title : title
        levels[index].isNamed = true
        if levels[index].section.role == .other, let role = Self.role(forTitle: title) { levels[index].section.role = role }
        return true
    }

    func closeDivision() {
        closeHeadingLevel()
        if let top = levels.last, top.isHeld {
            popLevel()
            closeHeadingLevel()
        }
        guard let top = levels.last, !top.isHeading else { return }
        if top.isNamed, top.section.paragraphs.isEmpty, top.section.subsections.isEmpty {
            // Its text follows it, as the sibling of the division in the XML (kst-34468-3).
            levels[levels.count - 1].isHeld = true
        } else {
            popLevel()
        }
    }

    /// Closes every open section, gives each a unique id, and returns the tree.
    func finishedSections() -> [Section] {
        while !levels.isEmpty { popLevel() }
        // A letter's own first heading is often "Inleiding": the text before it (addressee, place
        // and date) is then its opening, not a second introduction.
        if sections.first?.id == Self.introductionID,
            sections.dropFirst().contains(where: { $0.hasTitle("inleiding") })
        {
            sections[0].id = "aanhef"
            sections[0].title = "Aanhef"
        }
        var ids = SectionIDs()
        return Self.nestedByNumber(Self.holdingWhatFollows(sections)).map { assignIDs($0, ids: &ids) }
    }

    /// A part that the XML gives only its title (the old form's `<tuskop letat="vet">I.
    /// ALGEMEEN</tuskop>` right before `<tuskop letat="vet">1. Inleiding</tuskop>`, or an empty
    /// `Artikel 50: Apparaat` before its `Toelichting`) holds the sections after it, up to one of
    /// its own rank or higher: `I.` and `A.` over capitals over `ARTIKEL I` and `1.1` over `1.` …
    static func holdingWhatFollows(_ sections: [Section]) -> [Section] {
        var out: [Section] = []
        var index = 0
        while index < sections.count {
            var section = sections[index]
            index += 1
            if section.paragraphs.isEmpty, section.subsections.isEmpty {
                let rank = titleRank(section.title)
                while index < sections.count, titleRank(sections[index].title) > rank {
                    section.subsections.append(sections[index])
                    index += 1
                }
            }
            section.subsections = holdingWhatFollows(section.subsections)
            out.append(section)
        }
        return out
    }

    /// How high a title stands by its form alone (0 the highest).
    static func titleRank(_ title: String) -> Int {
        let words = title.split(separator: " ", maxSplits: 1)
        guard let first = words.first else { return 5 }
        let letters = first.hasSuffix(".") ? first.dropLast() : first
        // `I.`, `II`, `IV.`: a part; `A.` (a capital and a point): a part too.
        if !letters.isEmpty, letters.count <= 4, letters.allSatisfy({ "IVXL".contains($0) }) { return 0 }
        if letters.count == 1, first.hasSuffix("."), letters.allSatisfy({ $0.isASCII && $0.isUppercase }) { return 0 }
        if let path = numberPath(title) { return 1 + path.count }
        let isCapitals = !title.contains(where: \.isLowercase) && title.contains(where: \.isLetter)
        if title.hasPrefix("ARTIKEL ") || title.hasPrefix("Artikel ") { return isCapitals ? 3 : 4 }
        return isCapitals ? 1 : 5
    }

    /// Sections whose numbers say they belong inside the section before them (`2.1` after `2.`,
    /// where the XML sets them side by side) moved there; all others as they stand.
    static func nestedByNumber(_ sections: [Section]) -> [Section] {
        var out: [Section] = []
        for var section in sections {
            section.subsections = nestedByNumber(section.subsections)
            if let path = numberPath(section.title), let last = out.indices.last, place(section, path: path, in: &out[last]) { continue }
            out.append(section)
        }
        return out
    }

    /// `2.1 Titel` → [2, 1], `2. Titel` → [2]; nil for a title that does not open with such a
    /// number and then white space. Each part is one to three digits without a leading zero, so
    /// `1.000 banen` and a date (`1 januari`, no full stop) are no section numbers. Read on the
    /// first bytes only.
    static func numberPath(_ title: String) -> [Int]? {
        var path: [Int] = [], part = 0, digits = 0, endsWithDot = false
        // A title that is the number alone ends as white space would; `§ 4.1.` is numbered `4.1`.
        let utf8 = title.hasPrefix("§ ") ? title.utf8.dropFirst(3) : title.utf8[...]
        let head = Array(utf8.prefix(24)) + (utf8.count <= 24 ? [0x20] : [])
        for (index, byte) in head.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 3, !(digits == 1 && part == 0) else { return nil }
                part = part * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                endsWithDot = false
            case UInt8(ascii: "."):
                guard digits > 0 else { return nil }
                path.append(part)
                part = 0
                digits = 0
                endsWithDot = true
            default:
                // The number ends at white space: a space, a tab or a no-break space (C2 A0).
                let isNoBreakSpace = byte == 0xC2 && index + 1 < head.count && head[index + 1] == 0xA0
                guard byte == 0x20 || byte == 0x09 || isNoBreakSpace else { return nil }
                if digits > 0 { path.append(part) }
                let isSectionNumber = path.count > 1 || (path.count == 1 && endsWithDot)
                return isSectionNumber && path.count <= 6 ? path : nil
            }
        }
        return nil
    }

    /// Puts `section` (numbered `path`) inside `parent` or the last of its subsections whose
    /// number is a proper prefix of `path`; false when `parent`'s number is not.
    private static func place(_ section: Section, path: [Int], in parent: inout Section) -> Bool {
        guard let parentPath = numberPath(parent.title), parentPath.count < path.count, Array(path.prefix(parentPath.count)) == parentPath else { return false }
        if let last = parent.subsections.indices.last, place(section, path: path, in: &parent.subsections[last]) { return true }
        parent.subsections.append(section)
        return true
    }

    static let introductionID = "inleiding"
}

private extension Section {
    /// Whether this section or one below it is titled `title` (compared in lowercase, trimmed).
    func hasTitle(_ title: String) -> Bool {
        self.title.trimmingWhitespace.lowercased() == title || subsections.contains { $0.hasTitle(title) }
    }
}

private extension XMLDocumentBuilder {
    /// Closes the heading sections open above the innermost division.
    func closeHeadingLevel() {
        while let top = levels.last, top.isHeading { popLevel() }
    }

    func popLevel() {
        let level = levels.removeLast()
        if levels.isEmpty {
            sections.append(level.section)
        } else {
            levels[levels.count - 1].section.subsections.append(level.section)
        }
    }

    /// Articles of a wetsvoorstel (`Artikel 1`, `Artikel I`) are articles however they are marked up.
    static func role(forTitle title: String) -> SectionRole? {
        title.hasPrefix("Artikel ") || title.hasPrefix("ARTIKEL ") ? .artikel : .other
    }

    func assignIDs(_ section: Section, ids: inout SectionIDs) -> Section {
        var section = section
        section.id = ids.unique(section.id.isEmpty ? Slug.make(section.title, fallback: "onderdeel") : section.id)
        section.subsections = section.subsections.map { assignIDs($0, ids: &ids) }
        return section
    }
}
