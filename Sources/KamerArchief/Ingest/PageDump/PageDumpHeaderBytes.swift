/// The header line patterns of a fiche dump, matched on UTF-8 bytes.
///
/// `PageDumpHeaderParser` states each pattern as a regex literal, but a literal is parsed anew every
/// time it is evaluated, which cost more than the rest of the header together. These matchers give
/// the regex's answer whenever the bytes they decide on are ASCII; when one of those bytes is not
/// (where a Character may be more than its first byte) or the text holds a line break the regex's
/// `.` stops at, they answer nil and the caller asks the regex.
enum PageDumpHeaderBytes {
    /// `^Fiche\s*([0-9]{1,4})?\s*:\s*(\S.*)$` → the number and the text from `\S` on.
    static func ficheTitle(_ text: String) -> (number: Int?, title: Substring)?? {
        var line = Line(text)
        guard line.literal("Fiche") else { return .some(nil) }
        line.spaces()
        let digits = line.run(upTo: 4, where: isDigit)
        line.spaces()
        guard line.literal(":") else { return line.sawNonASCII ? nil : .some(nil) }
        line.spaces()
        guard line.peek().map({ !isSpace($0) }) ?? false else { return line.sawNonASCII ? nil : .some(nil) }
        guard !line.sawNonASCII, !line.restHasLineBreak() else { return nil }
        return .some((digits.isEmpty ? nil : Int(digits), line.rest))
    }

    /// `^Onderdeel van zaak\s+([0-9]{4}Z[0-9]+)` → the zaak number.
    static func zaak(_ text: String) -> Substring?? {
        var line = Line(text)
        guard line.literal("Onderdeel van zaak"), line.spaces() > 0 else { return line.sawNonASCII ? nil : .some(nil) }
        let start = line.position
        guard line.run(upTo: 4, where: isDigit).count == 4, line.literal("Z"), !line.run(where: isDigit).isEmpty else {
            return line.sawNonASCII ? nil : .some(nil)
        }
        // A mark after the last digit would make it another Character.
        guard !line.sawNonASCII, line.peek().map({ $0 < 0x80 }) ?? true else { return nil }
        return .some(line.text[start..<line.position])
    }

    /// The dossier line's parts: `Onderdeel van kamerstukdossier 21501 30-590 Titel`.
    enum Dossier: Equatable {
        /// `^Onderdeel van kamerstukdossier\s+([0-9]+)(?:\s*([A-Z0-9]+))?\s*-\s*([A-Za-z0-9]+)(?:\s+(.*))?$`
        case numbered(dossier: Substring, toevoeging: Substring?, ondernummer: Substring, title: Substring?)
        /// `^Onderdeel van kamerstukdossier\s+[0-9]+(?:\s+(.*))?$`
        case dossierOnly(title: Substring?)
        case neither
    }

    static func dossier(_ text: String) -> Dossier? {
        var line = Line(text)
        guard line.literal("Onderdeel van kamerstukdossier"), line.spaces() > 0 else { return line.sawNonASCII ? nil : .neither }
        let dossier = line.run(where: isDigit)
        guard !dossier.isEmpty else { return line.sawNonASCII ? nil : .neither }
        let afterDossier = line
        // The greedy reading is the regex's: a shorter run leaves a letter or digit where `-` must follow.
        line.spaces()
        var toevoeging: Substring? = line.run(where: isCapitalOrDigit)
        if toevoeging!.isEmpty {
            let sawNonASCII = line.sawNonASCII
            (toevoeging, line) = (nil, afterDossier)
            line.sawNonASCII = sawNonASCII
        }
        line.spaces()
        if line.literal("-") {
            line.spaces()
            let ondernummer = line.run(where: isLetterOrDigit)
            if !ondernummer.isEmpty, let title = titleAfterSpaces(&line) {
                guard !line.sawNonASCII, !line.restHasLineBreak() else { return nil }
                return .numbered(dossier: dossier, toevoeging: toevoeging, ondernummer: ondernummer, title: title)
            }
        }
        // Where the first pattern met a byte beyond ASCII, the regex may have read it otherwise.
        guard !line.sawNonASCII else { return nil }
        line = afterDossier
        guard let title = titleAfterSpaces(&line) else { return line.sawNonASCII ? nil : .neither }
        guard !line.sawNonASCII, !line.restHasLineBreak() else { return nil }
        return .dossierOnly(title: title)
    }

    /// `kst-([0-9]+(?:-[A-Za-z0-9]+)*)-([A-Za-z0-9]+)`, first match → the dossier part and the last part.
    static func kst(_ text: String) -> (dossier: Substring, ondernummer: Substring)?? {
        var line = Line(text)
        while !line.atEnd {
            line.sawNonASCII = false
            guard line.literal("kst-") else { line.advance(); continue }
            let start = line.position
            let numbers = line.run(where: isDigit)
            var parts: [(start: String.Index, end: String.Index)] = []
            while !numbers.isEmpty, line.peek() == UInt8(ascii: "-") {
                let dash = line
                line.advance()
                let part = line.run(where: isLetterOrDigit)
                guard !part.isEmpty else { line = dash; break }
                parts.append((part.startIndex, part.endIndex))
            }
            // A mark after a run would make its last byte another Character.
            guard !line.sawNonASCII, line.peek().map({ $0 < 0x80 }) ?? true else { return nil }
            if let last = parts.last {
                let dossierEnd = parts.count > 1 ? parts[parts.count - 2].end : numbers.endIndex
                return .some((line.text[start..<dossierEnd], line.text[last.start..<last.end]))
            }
            line.position = start
        }
        return .some(nil)
    }

    /// `^([^:]{1,60}):\s*(\S.*)$` → the label and the value.
    static func labelledValue(_ text: Substring) -> (label: Substring, value: Substring)?? {
        guard text.utf8.contains(UInt8(ascii: ":")) else { return .some(nil) }
        var line = Line(text)
        let label = line.run(upTo: 61) { $0 != UInt8(ascii: ":") }
        guard !line.sawNonASCII else { return nil }
        guard (1...60).contains(label.utf8.count), line.literal(":") else { return .some(nil) }
        line.spaces()
        guard let first = line.peek() else { return .some(nil) }
        guard first < 0x80, !line.restHasLineBreak() else { return nil }
        return isSpace(first) ? .some(nil) : .some((label, line.rest))
    }

    /// `^[0-9]{4}-[0-9]{2}-[0-9]{2}`.
    static func startsWithDate(_ text: Substring) -> Bool? {
        var line = Line(text)
        let matches = line.run(upTo: 4, where: isDigit).count == 4 && line.literal("-")
            && line.run(upTo: 2, where: isDigit).count == 2 && line.literal("-") && line.run(upTo: 2, where: isDigit).count == 2
        if line.sawNonASCII || (matches && (line.peek().map { $0 >= 0x80 } ?? false)) { return nil }
        return matches
    }
}

private extension PageDumpHeaderBytes {
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    static func isCapitalOrDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (0x41...0x5A).contains(byte) }
    static func isLetterOrDigit(_ byte: UInt8) -> Bool { isCapitalOrDigit(byte) || (0x61...0x7A).contains(byte) }

    /// `(?:\s+(.*))?$` after a run: the end (no title), or white space and the rest (the title).
    static func titleAfterSpaces(_ line: inout Line) -> Substring?? {
        if line.atEnd { return .some(nil) }
        guard line.spaces() > 0 else { return nil }
        return .some(line.rest)
    }

    /// A cursor over a line's bytes. Each step that meets a byte beyond ASCII where it decides
    /// records it in `sawNonASCII` (the regex would see a whole Character there).
    struct Line {
        let text: Substring
        var position: String.Index
        var sawNonASCII = false

        init(_ text: some StringProtocol) {
            self.text = Substring(text)
            position = self.text.startIndex
        }

        var atEnd: Bool { position == text.endIndex }
        var rest: Substring { text[position...] }

        func peek() -> UInt8? { atEnd ? nil : text.utf8[position] }

        mutating func advance() { position = text.utf8.index(after: position) }

        mutating func literal(_ expected: StaticString) -> Bool {
            let saved = position
            let matched = expected.withUTF8Buffer { wanted in
                wanted.allSatisfy { byte in
                    guard let next = peek() else { return false }
                    if next >= 0x80 { sawNonASCII = true }
                    guard next == byte else { return false }
                    advance()
                    return true
                }
            }
            if !matched { position = saved }
            return matched
        }

        /// Skips ASCII white space; a byte beyond ASCII after it is recorded (it may be white space too).
        @discardableResult
        mutating func spaces() -> Int {
            var count = 0
            while let byte = peek(), PageDumpHeaderBytes.isSpace(byte) { advance(); count += 1 }
            if let byte = peek(), byte >= 0x80 { sawNonASCII = true }
            return count
        }

        /// The longest run (at most `limit` bytes) of bytes that `matches`; a byte beyond ASCII in or
        /// after it is recorded.
        mutating func run(upTo limit: Int = .max, where matches: (UInt8) -> Bool) -> Substring {
            let start = position
            var count = 0
            while count < limit, let byte = peek(), matches(byte) {
                if byte >= 0x80 { sawNonASCII = true }
                advance()
                count += 1
            }
            if let byte = peek(), byte >= 0x80 { sawNonASCII = true }
            return text[start..<position]
        }

        /// Whether the rest holds a line break, which the regex's `.` does not match.
        /// (`Character.isNewline`: U+000A–U+000D, U+0085, U+2028, U+2029.)
        func restHasLineBreak() -> Bool {
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in rest.utf8 {
                if (0x0A...0x0D).contains(byte) || (previous.1 == 0xC2 && byte == 0x85)
                    || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9))
                {
                    return true
                }
                previous = (previous.1, byte)
            }
            return false
        }
    }
}
