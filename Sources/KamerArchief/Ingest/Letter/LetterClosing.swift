/// The end of a letter: the closing formula and the signers under it.
///
/// The body ends at the last `Hoogachtend,` (or `Met vriendelijke groet,`, `Met de meeste
/// hoogachting,`), or, without one, at a function line ending in a comma near the end (or a name
/// above a function without one). Under it each signer is either a function in capitals ending in
/// a comma (`DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,`, possibly wrapped) or in ordinary case
/// (`De Minister voor Klimaat en Energie,`) followed by a name, or a name followed by a function in
/// ordinary case (`Minister van Economische Zaken en Klimaat`).
enum LetterClosing {
    /// `closing` is the position in `lines` of the closing formula (or of the first function line),
    /// `end` the position of the last line the signatures take; text after it (answers to
    /// kamervragen printed after the cover letter) is the body's again.
    static func read(_ pages: PDFTextPages, lines: [Int]) -> (closing: Int?, end: Int?, signers: [Signer]) {
        func texts(from start: Int) -> [(position: Int, text: String)] {
            lines.indices[start...].map { ($0, pages.text(pages.lines[lines[$0]])) }.filter { !$0.text.isEmpty }
        }
        if let closing = lines.lastIndex(where: { index in formulaKeys.contains { pages.keyEquals(pages.lines[index].content, $0) } }) {
            // Without a signer read, everything under the formula is the signature's, as printed.
            let (signers, end) = signers(texts(from: closing + 1))
            return (closing, end ?? lines.count - 1, signers)
        }
        // No formula: the signature starts at a function line ending in a comma among the last lines.
        // Counted in text lines: `pdftotext -layout` leaves runs of blank lines around a signature.
        let tail = lines.filter { !pages.lines[$0].content.isEmpty }.suffix(12)
        let tailTexts = tail.map { pages.text(pages.lines[$0]) }
        let functionStart = tailTexts.indices.first { position in
            let text = tailTexts[position]
            guard isFunction(text) || (isCapitals(text) && text.uppercased().contains("MINISTER")) else { return false }
            // The function's comma, on its own line or on a line it wraps onto.
            var function = text, next = position + 1
            while runsOn(function), next < tailTexts.count, next - position < 3 {
                function += " " + tailTexts[next]
                next += 1
            }
            return function.hasSuffix(",")
        }
        // Or a name above its function, neither with a comma (`M.A.M. Adriaansens` / `Minister van
        // Economische Zaken en Klimaat`).
        let nameStart = functionStart == nil ? tailTexts.indices.dropLast().first { position in
            let function = tailTexts[position + 1]
            return isSignatureName(tailTexts[position]) && isFunction(function) && function.count <= 90
                && !function.hasSuffix(".") && !function.hasSuffix(",")
        } : nil
        guard let start = functionStart ?? nameStart, let position = lines.firstIndex(of: tail[tail.startIndex + start]) else {
            return (nil, nil, [])
        }
        let (found, end) = signers(texts(from: position))
        return found.isEmpty ? (nil, nil, []) : (position, end, found)
    }

    /// A person's name as a signature prints it: two to six words, each capitalised, a particle
    /// (`van`, `de`, `der` …) or a title (`drs.`, `mr.`): `M.A.M. Adriaansens`, `drs. V.L.W.A. Heijnen`.
    static func isSignatureName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...6).contains(words.count), text.count <= 40, let last = text.unicodeScalars.last, last.isFastAlphabetic,
            words.last?.first?.isUppercase == true
        else { return false }
        let particles: Set<String> = ["van", "de", "der", "den", "ten", "ter", "het", "'t", "in", "la", "le"]
        return words.allSatisfy { word in
            word.first?.isUppercase == true || particles.contains(String(word)) || (word.hasSuffix(".") && word.count <= 6)
        }
    }
}

extension LetterClosing {
    /// The closing formulas a letter's signatures stand under, as printed.
    static let formulas = ["Hoogachtend,", "Met vriendelijke groet,", "Met vriendelijke groeten,", "Met de meeste hoogachting,", "Met hoogachting,"]

    /// The formulas as `PDFTextPages` keys (spaces left out, lowercase): matched however spaced.
    static let formulaKeys = formulas.map { String($0.lowercased().filter { $0 != " " }) }
}

private extension LetterClosing {
    /// Functions are queued until names come: pdftotext writes two signatures side by side as both
    /// functions, then both names. A function wraps onto the next line until a line ends in its
    /// comma (`De minister van Klimaat en` / `Groene Groei,`), or, without one, while a line ends in
    /// a word such as `en` or `van` or a dash; one in capitals runs on over capital lines; and a
    /// ministry's name with a comma in it goes on over a line that ends in one (`de minister van
    /// Landbouw, Visserij,` / `Voedselzekerheid en Natuur,`): a name never ends in a comma. Returns
    /// the signers and the position of the last line they take.
    static func signers(_ texts: [(position: Int, text: String)]) -> (signers: [Signer], end: Int?) {
        var signers: [Signer] = []
        var functions: [String] = [], wrapping: String?
        var end: Int?, previousWasFunction = false
        var index = 0
        while index < texts.count {
            let (position, text) = texts[index]
            index += 1
            if let open = wrapping {
                if isCapitals(open) && !isCapitals(text) {
                    functions.append(open)
                    wrapping = nil
                } else {
                    let joined = open + " " + text
                    if runsOn(joined) { wrapping = joined } else { functions.append(joined); wrapping = nil }
                    end = position
                    previousWasFunction = true
                    continue
                }
            }
            if isCapitals(text) || isFunction(text) {
                if runsOn(text) || (isCapitals(text) && !text.hasSuffix(",")) { wrapping = text } else { functions.append(text) }
                previousWasFunction = true
            } else if previousWasFunction, !functions.isEmpty, text.hasSuffix(",") {
                functions[functions.count - 1] += " " + text
            } else if !functions.isEmpty {
                signers.append(Signer(naam: text, functie: cleaned(functions.removeFirst())))
                previousWasFunction = false
            } else if index < texts.count, isFunction(texts[index].text) {
                // A name above its function (`S.T.M. Hermans` / `Minister van …`).
                var function = texts[index].text
                index += 1
                while runsOn(function), index < texts.count, !isFunction(texts[index].text) {
                    function += " " + texts[index].text
                    index += 1
                }
                signers.append(Signer(naam: text, functie: cleaned(function)))
                end = texts[index - 1].position
                continue
            } else {
                // Neither a function nor the name one waits for: the signatures have ended.
                break
            }
            end = position
        }
        return (signers, signers.isEmpty ? nil : end)
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
