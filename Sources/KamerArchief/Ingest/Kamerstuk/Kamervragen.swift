/// Kamervragen as the Aanhangsel van de Handelingen prints them, in its XML and in its PDF: first
/// the lines that describe the questions and the answer (`Vragen van het lid … aan de Minister van
/// … over … (ingezonden 12 mei 2025).`, `Antwoord van Minister … (ontvangen 2 juni 2025).`), then the
/// numbered questions and answers. The title and the date are read from the describing lines.
enum Kamervragen {
    /// How a describing line opens: the questions, further questions, the answer, a later answer,
    /// or the notice that the answer is late.
    static let descriptionOpeners = [
        "Vragen van ", "Vraag van ", "Nadere vragen van ", "Antwoord van ", "Nader antwoord van ", "Mededeling van ",
    ]

    /// Whether the bytes in `range` open a describing line.
    static func opensDescription(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        descriptionOpeners.contains { text.hasPrefix($0, in: range) }
    }

    /// Whether `text` describes the questions themselves (not their answer): where the title is.
    static func describesQuestions(_ text: String) -> Bool {
        text.hasPrefix("Vragen van ") || text.hasPrefix("Vraag van ") || text.hasPrefix("Nadere vragen van ")
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

    /// The latest of the describing lines' last full dates: the answer's `(ontvangen …)` when
    /// there is one, after any date the subject names.
    static func date(_ descriptions: [String]) -> String? {
        descriptions.compactMap { fullDates(Array($0.utf8)[...]).last }.max()
    }

    /// The full dates written out in `bytes` (`12 mei 2025`), in order, as `YYYY-MM-DD`.
    static func fullDates(_ bytes: ArraySlice<UInt8>) -> [String] {
        // Words are cut at spaces and at the punctuation around a date: `(ingezonden 1 mei 2025).`
        var words: [Range<Int>] = [], start: Int?
        for index in bytes.indices {
            if " (),.;".utf8.contains(bytes[index]) {
                if let first = start { words.append(first..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let first = start { words.append(first..<bytes.endIndex) }
        let text = Array(bytes), base = bytes.startIndex
        return words.indices.dropLast(2).compactMap { index in
            let span = words[index].lowerBound - base..<words[index + 2].upperBound - base
            return DayMonthYear.iso(text, span)
        }
    }

    /// `2024Z14567`: a year, `Z`, five digits, the zaak that numbers questions not yet answered.
    static func isZaakNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 10 && bytes[4] == UInt8(ascii: "Z")
            && bytes.enumerated().allSatisfy { $0.offset == 4 || (0x30...0x39).contains($0.element) }
    }
}
