/// Kamervragen as the Aanhangsel van de Handelingen prints them, in its XML and in its PDF: first
/// the lines that describe the questions and the answer (`Vragen van het lid … aan de Minister van
/// … over … (ingezonden 12 mei 2025).`, `Antwoord van Minister … (ontvangen 2 juni 2025).`), then the
/// numbered questions and answers. The title and the date are read from the describing lines.
enum Kamervragen {
    /// How a line describing the questions opens, and one describing the answer, a later answer
    /// or the notice that the answer is late.
    static let questionOpeners = ["Vragen van ", "Vraag van ", "Nadere vragen van "]
    static let descriptionOpeners = questionOpeners + ["Antwoord van ", "Nader antwoord van ", "Mededeling van "]

    /// The fields kamervragen have in every form: the house whose Aanhangsel holds them
    /// (`Tweede Kamer der Staten-Generaal`), and their number in it (`1234`).
    static let chamberLabel = "Kamer", numberLabel = "Vraagnummer"

    /// Whether the bytes in `range` open a describing line.
    static func opensDescription(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        descriptionOpeners.contains { text.hasPrefix($0, in: range) }
    }

    /// Whether a paragraph or an element's text opens a describing line.
    static func opensDescription(_ text: String) -> Bool {
        descriptionOpeners.contains { text.hasPrefix($0) }
    }

    /// Whether `text` describes the questions themselves (not their answer): where the title is.
    static func describesQuestions(_ text: String) -> Bool {
        questionOpeners.contains { text.hasPrefix($0) }
    }

    /// Whether a letter's subject says it answers kamervragen: `Antwoorden Kamervragen over …`,
    /// `Beantwoording vragen van het lid …`, `Antwoord op schriftelijke vragen …`.
    static func answersQuestions(_ subject: String) -> Bool {
        let words = subject.lowercased().split(separator: " ").prefix(6).map(String.init)
        guard let first = words.first, ["antwoord", "antwoorden", "beantwoording"].contains(first) else { return false }
        // `op`, `van` and `schriftelijke` may stand between the answer and the questions.
        let rest = words.dropFirst().drop { ["op", "van", "de", "schriftelijke"].contains($0) }
        return rest.first.map { $0 == "kamervragen" || $0 == "vragen" } ?? false
    }

    /// `Vragen van het lid … over … (ingezonden 1 oktober 2024).` without the date it was sent
    /// and the full stop: the questions' title.
    static func title(_ description: String) -> String {
        var bytes = Array(description.utf8)
        if bytes.last == UInt8(ascii: ".") { bytes.removeLast() }
        if bytes.last == UInt8(ascii: ")"), let open = bytes.lastIndex(of: UInt8(ascii: "(")),
           !fullDates(bytes[open...]).isEmpty {
            bytes.removeSubrange(open...)
        }
        return String(decoding: bytes[bytes.trimmed(0..<bytes.count)], as: UTF8.self)
    }

    /// The members who ask, from the line that describes the questions: `Vragen van het lid Kröger
    /// (GroenLinks-PvdA) aan de Minister …` is `Kröger`; `Vragen van de leden Omtzigt (CDA),
    /// Gesthuizen (SP) en Schouw (D66) aan …` the three. Empty where the line names no members.
    static func askers(_ description: String) -> [String] {
        guard let opener = ["van het lid ", "van de leden "].lazy.compactMap({ description.range(of: $0) }).first,
            description[..<opener.lowerBound].split(separator: " ").count <= 2
        else { return [] }
        // The names run to ` aan ` outside brackets; each ends at `, ` or ` en ` outside them.
        var names: [String] = [], name = "", depth = 0
        var rest = description[opener.upperBound...]
        while let character = rest.first {
            if depth == 0, rest.hasPrefix(" aan ") { break }
            if depth == 0, rest.hasPrefix(", ") || rest.hasPrefix(" en ") {
                names.append(name)
                name = ""
                rest = rest.dropFirst(rest.hasPrefix(", ") ? 2 : 4)
                continue
            }
            if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 { name.append(character) }
            rest = rest.dropFirst()
        }
        guard rest.hasPrefix(" aan ") else { return [] }
        names.append(name)
        let trimmed = names.map { $0.trimmingCharacters(in: .whitespaces) }
        // A name's words are a name's: `Kröger (GroenLinks-PvdA) over thuisbatterijen aan …` names none.
        return trimmed.allSatisfy({ name in
            let words = name.split(separator: " ")
            return !words.isEmpty && words.count <= 5 && words.allSatisfy { KamerstukSigners.isNameWord(Array($0.utf8)[...]) }
        }) ? trimmed : []
    }

    /// Who answers, from the line that describes the answer: `Antwoord van Minister Hermans (Klimaat
    /// en Groene Groei) (ontvangen …)` is Hermans, `Minister (Klimaat en Groene Groei)`. Nil where the
    /// line names no minister or staatssecretaris.
    static func answerer(_ description: String) -> Signer? {
        guard let opener = ["Antwoord van ", "Nader antwoord van "].first(where: description.hasPrefix) else { return nil }
        let words = description.dropFirst(opener.count).split(separator: " ", maxSplits: 1)
        guard words.count == 2, case let office = words[0], answeringOffices.contains(office.lowercased()),
            let open = words[1].firstIndex(of: "("), let close = words[1][open...].firstIndex(of: ")")
        else { return nil }
        let name = words[1][..<open].trimmingCharacters(in: .whitespaces)
        let ministry = words[1][words[1].index(after: open)..<close]
        guard !name.isEmpty, name.split(separator: " ").count <= 5, !ministry.isEmpty, fullDates(Array(ministry.utf8)[...]).isEmpty
        else { return nil }
        return Signer(naam: name, functie: "\(office) (\(ministry))")
    }

    /// The offices that answer, lowercased.
    static let answeringOffices: Set<String> = ["minister", "staatssecretaris", "minister-president"]

    /// The latest of the describing lines' last full dates: the answer's `(ontvangen …)` when
    /// there is one, after any date the subject names.
    static func date(_ descriptions: [String]) -> String? {
        descriptions.compactMap { fullDates(Array($0.utf8)[...]).last }.max()
    }

    /// The full dates written out in `bytes` (`12 mei 2025`), in order, as `YYYY-MM-DD`.
    static func fullDates(_ bytes: ArraySlice<UInt8>) -> [String] {
        // Words are cut at white space (a no-break space too, C2 A0) and at the punctuation around
        // a date: `(ingezonden 1 mei 2025).`
        var words: [ArraySlice<UInt8>] = [], start: Int?, index = bytes.startIndex
        while index < bytes.endIndex {
            let width = bytes[index] == 0xC2 && index + 1 < bytes.endIndex && bytes[index + 1] == 0xA0 ? 2 : 1
            if width == 2 || " \t\n(),.;".utf8.contains(bytes[index]) {
                if let first = start { words.append(bytes[first..<index]) }
                start = nil
            } else if start == nil {
                start = index
            }
            index += width
        }
        if let first = start { words.append(bytes[first..<bytes.endIndex]) }
        return words.indices.dropLast(2).compactMap { index in
            let date = Array(words[index]) + [0x20] + Array(words[index + 1]) + [0x20] + Array(words[index + 2])
            return DayMonthYear.iso(date, 0..<date.count)
        }
    }

    /// `Vraag 1`, `Vragen 3 en 4`, `Antwoord`, `Antwoord 2:`, `Antwoord op vraag 1:`, `Antwoord op
    /// vragen 3, 4 en 5`: a line that only labels a question or its answer, as kamervragen, a lijst van
    /// vragen en antwoorden and a letter of answers print them. In every text form it is a heading,
    /// also where it follows a question that fills its line. `text` is the line, trimmed.
    static func isQuestionLabel(_ text: String) -> Bool {
        // Asked of every line of a text: most are decided by their first byte and length.
        guard let first = text.utf8.first, first == UInt8(ascii: "V") || first == UInt8(ascii: "A"), text.utf8.count <= 48 else { return false }
        var rest = Substring(text)
        if rest.hasSuffix(":") || rest.hasSuffix(".") { rest = rest.dropLast() }
        var words = rest.split(separator: " ")[...]
        guard let label = words.popFirst(), ["Vraag", "Vragen", "Antwoord", "Antwoorden", "VRAAG", "ANTWOORD"].contains(label) else { return false }
        if label.first == "A", words.first == "op", ["vraag", "vragen"].contains(words.dropFirst().first) {
            words = words.dropFirst(2)
            guard !words.isEmpty else { return false }
        }
        // What is left numbers them: `1`, `12a`, `3, 4 en 5`, `3 t/m 5`, `3-5`.
        var expectsNumber = true
        for word in words {
            if expectsNumber {
                let number = word.hasSuffix(",") ? word.dropLast() : word
                let digits = number.utf8.prefix { (0x30...0x39).contains($0) }.count
                guard (1...3).contains(digits), number.utf8.dropFirst(digits).allSatisfy({ $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) }),
                    number.utf8.count - digits <= 4
                else { return false }
                expectsNumber = word.hasSuffix(",")
            } else {
                guard ["en", "t/m", "tot"].contains(word) else { return false }
                expectsNumber = true
            }
        }
        return !expectsNumber || words.isEmpty
    }

    /// The field naming the house whose Aanhangsel holds the questions: `II` (or anything but `I`)
    /// is the Tweede Kamer.
    static func chamberField(house kamer: String, at location: SourceLocation) -> Field {
        let chamber = kamer == "I" ? "Eerste Kamer der Staten-Generaal" : "Tweede Kamer der Staten-Generaal"
        return Field(label: chamberLabel, value: chamber, location: location)
    }

    /// `2024Z14567`: a year, `Z`, five digits, the zaak that numbers questions not yet answered.
    static func isZaakNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 10 && bytes[4] == UInt8(ascii: "Z")
            && bytes.enumerated().allSatisfy { $0.offset == 4 || (0x30...0x39).contains($0.element) }
    }
}

extension Document {
    /// The Aanhangsel publication that kamervragen are (`ah-tk-20242025-1234`): the house, the
    /// vergaderjaar and the number in the Aanhangsel (`Vraagnummer`), when all are known. Questions
    /// not yet answered, numbered by their zaak, are in no Aanhangsel.
    var aanhangsel: String? {
        guard kind == .kamervragen, let vergaderjaar = metadata.vergaderjaar, vergaderjaar.utf8.count == 9,
              let number = metadata.fields.first(where: { $0.label == Kamervragen.numberLabel })?.value,
              (1...5).contains(number.utf8.count), number.utf8.allSatisfy({ (0x30...0x39).contains($0) })
        else { return nil }
        let chamber = metadata.fields.first { $0.label == Kamervragen.chamberLabel }?.value
        let house = chamber?.hasPrefix("Eerste") == true ? "I" : "II"
        let short = String(vergaderjaar.prefix(4)) + "/" + String(vergaderjaar.suffix(2))
        return OfficialURL.aanhangselIdentifier(kamer: house, vergaderjaar: short, number: number)
    }
}

extension Kamervragen {
    /// The members who ask and the minister who answers, from the describing lines among the first
    /// paragraphs (or the title), where the reader found none.
    static func readPeople(into document: inout Document) {
        let opening = document.sections.lazy.flatMap(\.allParagraphs).prefix(6).map(\.text).filter(opensDescription)
        if document.metadata.indieners.isEmpty {
            let description = opening.first(where: describesQuestions) ?? (describesQuestions(document.title) ? document.title : nil)
            document.metadata.indieners = description.map(askers) ?? []
        }
        if document.metadata.ondertekening.isEmpty, let answerer = opening.lazy.compactMap(answerer).first {
            document.metadata.ondertekening = [answerer]
        }
    }
}
