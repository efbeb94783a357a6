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
        let tailTexts = tail.map { pages.text(pages.lines[$0]) }
        guard let start = tailTexts.indices.first(where: { position in
            let text = tailTexts[position]
            guard isFunction(text) || (isCapitals(text) && text.uppercased().contains("MINISTER")) else { return false }
            // The function's comma, on its own line or on a line it wraps onto.
            var function = text, next = position + 1
            while runsOn(function), next < tailTexts.count, next - position < 3 {
                function += " " + tailTexts[next]
                next += 1
            }
            return function.hasSuffix(",")
        }), let position = lines.firstIndex(of: tail[tail.startIndex + start]) else { return (nil, []) }
        let found = signers(lines[position...].map { pages.text(pages.lines[$0]) }.filter { !$0.isEmpty })
        return found.isEmpty ? (nil, []) : (position, found)
    }
}

private extension LetterClosing {
    /// Functions are queued until names come: pdftotext writes two signatures side by side as both
    /// functions, then both names. A function wraps onto the next line until a line ends in its
    /// comma (`De minister van Klimaat en` / `Groene Groei,`), or, without one, while a line ends in
    /// a word such as `en` or `van` or a dash; one in capitals runs on over capital lines.
    static func signers(_ texts: [String]) -> [Signer] {
        var signers: [Signer] = []
        var functions: [String] = [], wrapping: String?
        var index = 0
        while index < texts.count {
            let text = texts[index]
            index += 1
            if let open = wrapping {
                if isCapitals(open) && !isCapitals(text) {
                    functions.append(open)
                    wrapping = nil
                } else {
                    let joined = open + " " + text
                    if runsOn(joined) { wrapping = joined } else { functions.append(joined); wrapping = nil }
                    continue
                }
            }
            if isCapitals(text) || isFunction(text) {
                if runsOn(text) || (isCapitals(text) && !text.hasSuffix(",")) { wrapping = text } else { functions.append(text) }
            } else if !functions.isEmpty {
                signers.append(Signer(naam: text, functie: cleaned(functions.removeFirst())))
            } else if index < texts.count, isFunction(texts[index]) {
                // A name above its function (`S.T.M. Hermans` / `Minister van …`).
                var function = texts[index]
                index += 1
                while runsOn(function), index < texts.count, !isFunction(texts[index]) {
                    function += " " + texts[index]
                    index += 1
                }
                signers.append(Signer(naam: text, functie: cleaned(function)))
            }
        }
        return signers
    }

    /// Whether a function goes on over the next line: it has not reached its comma yet and breaks
    /// off after a word that needs more (`… van Klimaat en`).
    static func runsOn(_ function: String) -> Bool {
        guard !function.hasSuffix(",") else { return false }
        // `De staatssecretaris van Financiën –` / `Fiscaliteit en Belastingdienst,`.
        return ["van", "en", "voor", "de", "der", "het"].contains(function.lastWordLowercased) || function.hasSuffix(" -") || function.hasSuffix(" –")
    }

    /// The function without its comma, a capitals one in ordinary case.
    static func cleaned(_ function: String) -> String {
        let bare = String(function.dropLast(function.hasSuffix(",") ? 1 : 0))
        return isCapitals(bare) ? titleCased(bare) : bare
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
