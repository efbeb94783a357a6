/// The end of a letter: the closing formula and the signers under it.
///
/// The body ends at the last `Hoogachtend,` (or `Met vriendelijke groet,`, `Met de meeste
/// hoogachting,`), or, without one, at a function line ending in a comma near the end. Under it each signer is either a function in capitals ending in a comma
/// (`DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,`, possibly wrapped) or in ordinary case
/// (`De Minister voor Klimaat en Energie,`) followed by a name, or a
/// name followed by a function in ordinary case (`Minister van Economische Zaken en Klimaat`).
enum LetterClosing {
    /// `closing` is the position in `lines` of the closing formula, when there is one.
    static func read(_ pages: PDFTextPages, lines: [Int]) -> (closing: Int?, signers: [Signer]) {
        let formulas = ["hoogachtend,", "metvriendelijkegroet,", "metvriendelijkegroeten,", "metdemeestehoogachting,", "methoogachting,"]
        if let closing = lines.lastIndex(where: { index in formulas.contains { pages.keyEquals(pages.lines[index].content, $0) } }) {
            let texts = lines[(closing + 1)...].map { pages.text(pages.lines[$0]) }.filter { !$0.isEmpty }
            return (closing, signers(texts))
        }
        // No formula: the signature starts at a function line ending in a comma among the last lines.
        // Counted in text lines: `pdftotext -layout` leaves runs of blank lines around a signature.
        let tail = lines.filter { !pages.lines[$0].content.isEmpty }.suffix(12)
        guard let first = tail.first(where: { index in
            let text = pages.text(pages.lines[index])
            return text.hasSuffix(",") && (isFunction(text) || (isCapitals(text) && text.uppercased().contains("MINISTER")))
        }), let position = lines.firstIndex(of: first) else { return (nil, []) }
        let found = signers(lines[position...].map { pages.text(pages.lines[$0]) }.filter { !$0.isEmpty })
        return found.isEmpty ? (nil, []) : (position, found)
    }
}

private extension LetterClosing {
    static func signers(_ texts: [String]) -> [Signer] {
        var signers: [Signer] = []
        var function: String?
        var index = 0
        while index < texts.count {
            let text = texts[index]
            if isCapitals(text) || (function == nil && isFunction(text) && text.hasSuffix(",")) {
                function = function.map { $0 + " " + text } ?? text
            } else if let pending = function {
                let bare = String(pending.dropLast(pending.hasSuffix(",") ? 1 : 0))
                signers.append(Signer(naam: text, functie: isCapitals(bare) ? titleCased(bare) : bare))
                function = nil
            } else if index + 1 < texts.count, isFunction(texts[index + 1]) {
                signers.append(Signer(naam: text, functie: texts[index + 1]))
                index += 1
            }
            index += 1
        }
        return signers
    }

    /// Every letter is a capital, and there are at least four.
    static func isCapitals(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter(\.isFastAlphabetic)
        return letters.count >= 4 && letters.allSatisfy(\.isFastUppercase)
    }

    static func isFunction(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["minister", "staatssecretaris", "de minister", "de staatssecretaris", "minister-president"]
            .contains { lower.hasPrefix($0) }
    }

    /// `DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT` → `De Minister van Infrastructuur en Waterstaat`.
    static func titleCased(_ text: String) -> String {
        let small: Set<String> = ["van", "en", "voor", "de", "het", "der", "op", "in", "met"]
        return text.split(separator: " ").enumerated().map { position, word in
            let lower = word.lowercased()
            if position > 0 && small.contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }
}
