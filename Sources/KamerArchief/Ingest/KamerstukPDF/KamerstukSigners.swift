/// The signers at the end of a Kamerstuk's body: the members under a motie or amendement
/// (`Ceder`), or a minister under a letter (`De Minister van …,` then `H.G.J. Bruins Slot`).
///
/// In a motie every line after `en gaat over tot de orde van de dag.` (up to the last page's notes)
/// is a signer, unless one of them is text (a debate that prints the motie goes on under it).
/// Elsewhere the block is read back from the body's end, or from above the last page's notes, or
/// stands between a letter and the annex it brings (`middleBlock`): function lines (`De …,`/`de
/// …,`, ending in their comma, possibly wrapped after `van` or `en`, or with the name on their line)
/// and names (short, a capital, no digits, no closing punctuation); the line before the block must
/// end a sentence (also before a glued marker) or be a closing (`Hoogachtend,`), so that the tail of
/// a wrapped paragraph is never taken for a name; under the name of a fiche that a cover letter
/// brings (`Fiche: …`, on up to three lines), the block opens at its first function. The
/// committee's signatures that a verslag prints above its text are taken wherever they stand.
enum KamerstukSigners {
    /// Removes the signer lines from `body` (indices into `lines`) and returns the signers in order.
    static func take(from body: inout [Int], text: [UInt8], lines: [TextLine]) -> [Signer] {
        let committee = takeCommittee(from: &body, text: text, lines: lines)
        let filled = body.filter { !lines[$0].isBlank }
        var block: ArraySlice<Int> = []
        // A motie's members under its closing; in a debate's report that prints a motie, the debate
        // goes on under it (`De voorzitter:`, `Deze motie is voorgesteld door …`): no names there.
        if let closing = filled.lastIndex(where: { MotieText.isClosing(text, lines[$0].content) }),
            case var members = filled[(closing + 1)...],
            members.prefix(while: { !startsNote(text, lines[$0].content) }).allSatisfy({ !isTextLine(text, lines[$0].content) })
        {
            // The last page's notes stay below the members' names.
            if let notes = members.firstIndex(where: { startsNote(text, lines[$0].content) }) { members = filled[(closing + 1)..<notes] }
            block = members
        } else {
            // The block ends the body, or stands above the notes at the last page's foot.
            let lastPage = filled.last.map { lines[$0].page }
            let noteStarts = filled.indices.suffix(16).filter { lines[filled[$0]].page == lastPage && startsNote(text, lines[filled[$0]].content) }
            for end in [filled.count] + noteStarts {
                var start = end
                while start > 0, end - start < 8, !EmbeddedFiche.isTitleLine(text, lines[filled[start - 1]].content),
                    isSignerLine(text, lines[filled[start - 1]].content) || functionAndName(text, lines[filled[start - 1]].content) != nil
                        || nameAndFunction(text, lines[filled[start - 1]].content) != nil || isOfficeLine(text, lines[filled[start - 1]].content)
                        || (start > 1 && wrapsFunction(text, lines[filled[start - 2]].content, into: lines[filled[start - 1]].content))
                {
                    start -= 1
                }
                guard start > 0, start < end, !text.hasSuffix(",", in: lines[filled[end - 1]].content) else { continue }
                let before = lines[filled[start - 1]].content
                // A koninklijke boodschap's place and date above the monarch's name alone (`’s-Gravenhage,
                // 2 september 2011` / `Beatrix`) end its text as a sentence does.
                let monarch = end - start == 1 && !text[lines[filled[start]].content].contains(0x20) && !text[lines[filled[start]].content].contains(UInt8(ascii: "."))
                if endsSentence(text, before) || isClosingFormula(text, before) || monarch && DayMonthYear.dateline(text, before) != nil {
                    // `Hoogachtend,` goes out with the signatures under it.
                    block = filled[(isClosingFormula(text, before) ? start - 1 : start)..<end]
                    break
                }
                // Under the name of the fiche a cover letter brings (`Fiche: …`, wrapped onto up to
                // two more lines, which read like names) the signature opens at its first function.
                if filled[max(start - 3, 0)..<start].contains(where: { EmbeddedFiche.isTitleLine(text, lines[$0].content) }),
                    let function = (start..<end).first(where: { opensFunction(text, lines, filled, at: $0, end: end) })
                {
                    block = filled[function..<end]
                    break
                }
            }
        }
        if block.isEmpty, let middle = middleBlock(filled, text: text, lines: lines) { block = middle }
        guard let last = block.last, !text.hasSuffix(",", in: lines[last].content) else { return committee }
        let first = block.first!
        body.removeAll { $0 >= first && $0 <= last }
        // Functions wait for the names below them: signatures set side by side (`Kröger   Flach`,
        // as `pdftotext -layout` or a table's row writes them) are columns of one line.
        var signers: [Signer] = committee, functions: [String] = [], wrapped: String?
        // The body the signers sign for, on its own line above them (`Algemene Rekenkamer`).
        var institution: String?
        var officeTaken = false
        for (position, index) in block.enumerated() {
            let content = lines[index].content
            if isClosingFormula(text, content) || officeTaken {
                officeTaken = false
                continue
            }
            // A name above its office, neither with a comma (`Heleen Herbert` / `Minister van …`).
            if position + 1 < block.count, case let office = lines[block[block.startIndex + position + 1]].content,
                namesAbove(text, content, office: office)
            {
                signers.append(Signer(naam: text.string(content), functie: text.string(office)))
                officeTaken = true
                continue
            }
            if let (name, function) = nameAndFunction(text, content) {
                let office = text.string(function)
                signers.append(Signer(naam: text.string(name), functie: institution.map { "\(office), \($0)" } ?? office))
                continue
            }
            if position + 1 < block.count, institution == nil, nameAndFunction(text, lines[block[block.startIndex + position + 1]].content) != nil,
                functionAndName(text, content) == nil, !text.hasSuffix(",", in: content)
            {
                institution = text.string(content)
                continue
            }
            if position + 1 < block.count, wrapsFunction(text, content, into: lines[block[block.startIndex + position + 1]].content) {
                wrapped = text.string(content)
                continue
            }
            for column in columns(text, content) {
                if let (function, name) = functionAndName(text, column) {
                    let part = text.string(function.lowerBound..<(function.upperBound - 1))
                    signers.append(Signer(naam: text.string(name), functie: wrapped.map { $0 + " " + part } ?? part))
                    wrapped = nil
                } else if text.hasSuffix(",", in: column) {
                    let part = text.string(column.lowerBound..<(column.upperBound - 1))
                    functions.append(wrapped.map { $0 + " " + part } ?? part)
                    wrapped = nil
                } else {
                    signers.append(Signer(naam: text.string(column), functie: functions.isEmpty ? nil : functions.removeFirst()))
                }
            }
        }
        return signers
    }

    /// A line's columns: its text split where two or more spaces stand.
    static func columns(_ text: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = [], start = range.lowerBound, index = range.lowerBound
        while index < range.upperBound {
            if text[index] == 0x20, index + 1 < range.upperBound, text[index + 1] == 0x20 {
                if index > start { result.append(start..<index) }
                while index < range.upperBound, text[index] == 0x20 { index += 1 }
                start = index
            } else {
                index += 1
            }
        }
        if range.upperBound > start { result.append(start..<range.upperBound) }
        return result
    }

    static let motieClosing = "en gaat over tot de orde van de dag."
}

private extension KamerstukSigners {
    /// Whether the line `filled[position]` is a function (`De Minister van …,`) or its first line.
    static func opensFunction(_ text: [UInt8], _ lines: [TextLine], _ filled: [Int], at position: Int, end: Int) -> Bool {
        let content = lines[filled[position]].content
        return isFunctionLine(text, content) || functionAndName(text, content) != nil
            || (position + 1 < end && wrapsFunction(text, content, into: lines[filled[position + 1]].content))
    }

    /// A letter that brings its annex in the same paper (`VERSLAG RAAD ALGEMENE ZAKEN …`) is signed
    /// between the two: functions, each with its name under it, after a sentence's end (or
    /// `Hoogachtend,`), with a heading in capitals, or a paragraph after a blank line, under them;
    /// or a function and its name on one line, whatever follows; or the Algemene Rekenkamer's name
    /// and each signer's name and office (`drs. Saskia J. Stuiveling, president`), whatever follows.
    /// The first such block in `filled` (the body's lines that are not blank); nil where none.
    static func middleBlock(_ filled: [Int], text: [UInt8], lines: [TextLine]) -> ArraySlice<Int>? {
        for start in filled.indices.dropFirst() where opensFunction(text, lines, filled, at: start, end: filled.count) {
            let before = lines[filled[start - 1]].content
            guard endsSentence(text, before) || isClosingFormula(text, before) else { continue }
            // A function (one line, or wrapped onto two), then its name; again for a second signer.
            var end = start, awaitsName = false, signed = false
            while end < filled.count, end - start < 8 {
                let content = lines[filled[end]].content
                if !awaitsName, functionAndName(text, content) != nil {
                    end += 1
                } else if !awaitsName, isFunctionLine(text, content) {
                    (end, awaitsName) = (end + 1, true)
                } else if !awaitsName, end + 1 < filled.count, wrapsFunction(text, content, into: lines[filled[end + 1]].content) {
                    (end, awaitsName) = (end + 2, true)
                } else if awaitsName, isSignerLine(text, content), !isFunctionLine(text, content) {
                    (end, awaitsName) = (end + 1, false)
                } else {
                    break
                }
                signed = !awaitsName
            }
            guard signed, end < filled.count else { continue }
            if let block = blockBeforeText(filled, start: start, end: end, text: text, lines: lines) { return block }
        }
        // Names above their offices (`Heleen Herbert` / `Minister van Economische Zaken en Klimaat`),
        // after a sentence's end or the closing: a signature whatever follows.
        for start in filled.indices.dropFirst().dropLast() where namesAbove(text, lines[filled[start]].content, office: lines[filled[start + 1]].content) {
            let before = lines[filled[start - 1]].content
            guard endsSentence(text, before) || isClosingFormula(text, before) else { continue }
            var end = start + 2
            while end + 1 < filled.count, end - start < 8, namesAbove(text, lines[filled[end]].content, office: lines[filled[end + 1]].content) { end += 2 }
            guard end < filled.count else { continue }
            return filled[(isClosingFormula(text, before) ? start - 1 : start)..<end]
        }
        // The Algemene Rekenkamer's signature: its name, then each signer's name and office.
        for start in filled.indices.dropFirst() where nameAndFunction(text, lines[filled[start]].content) != nil
            || start + 1 < filled.count && isSignerLine(text, lines[filled[start]].content) && nameAndFunction(text, lines[filled[start + 1]].content) != nil
        {
            guard endsSentence(text, lines[filled[start - 1]].content) else { continue }
            var end = nameAndFunction(text, lines[filled[start]].content) != nil ? start : start + 1
            while end < filled.count, end - start < 6, nameAndFunction(text, lines[filled[end]].content) != nil { end += 1 }
            guard end < filled.count else { continue }
            if let block = blockBeforeText(filled, start: start, end: end, text: text, lines: lines, oneLine: true) { return block }
        }
        return nil
    }

    /// The block `filled[start..<end]` where what follows it opens other text: a heading in
    /// capitals, or a paragraph in a capital after a blank line; any text after signatures on one
    /// line (`oneLine`, or a function and its name on each line).
    private static func blockBeforeText(_ filled: [Int], start: Int, end: Int, text: [UInt8], lines: [TextLine], oneLine: Bool = false) -> ArraySlice<Int>? {
        let before = lines[filled[start - 1]].content
        let after = lines[filled[end]].content
        // The body's lines need not be in order (a note the head held goes after the text).
        let isSpaced = filled[end - 1] < filled[end] && (filled[end - 1] + 1..<filled[end]).contains { lines[$0].isBlank }
        // A function and a name on one line are a signature whatever follows them.
        let isOneLine = oneLine || filled[start..<end].allSatisfy { functionAndName(text, lines[$0].content) != nil }
        guard isOneLine || KamerstukPDFHead.isCapitalLine(text, after) || (isSpaced && (0x41...0x5A).contains(text[after.lowerBound]))
        else { return nil }
        return filled[(isClosingFormula(text, before) ? start - 1 : start)..<end]
    }

    /// `De Minister van Buitenlandse Zaken, A.G. Koenders`: a function and the name under it on one
    /// line, as a web page's text may run them together (also without the space, `… voor
    /// Buitenlandse Zaken,Eijsink`); the function with its comma, and the name.
    static func functionAndName(_ text: [UInt8], _ range: Range<Int>) -> (function: Range<Int>, name: Range<Int>)? {
        guard range.count <= 160, !text.hasSuffix(",", in: range), let comma = range.last(where: { text[$0] == UInt8(ascii: ",") }),
            comma + 2 < range.upperBound, text[comma + 1] == 0x20 || (0x41...0x5A).contains(text[comma + 1])
        else { return nil }
        let function = range.lowerBound..<(comma + 1), name = (text[comma + 1] == 0x20 ? comma + 2 : comma + 1)..<range.upperBound
        guard isFunctionLine(text, function), namesOffice(text, function), isSignerLine(text, name) else { return nil }
        return (function, name)
    }

    /// Whether a function names an office (`De Minister van …`, `De voorzitter`), so that a line of
    /// prose (`Het kabinet sprak met de provincies Groningen, Friesland, …`) is never one.
    static func namesOffice(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        text[range].split(separator: 0x20).contains { word in
            officeWords.contains { office in
                word.count >= office.count && (startsWith(word, office) || word.last == 0x2C && endsWith(word.dropLast(), office))
            }
        }
    }

    /// The word's first bytes are `office`, ASCII letters compared without case.
    private static func startsWith(_ word: ArraySlice<UInt8>, _ office: [UInt8]) -> Bool {
        zip(word, office).allSatisfy { $0 | 0x20 == $1 }
    }

    /// The word's last bytes are `office`, ASCII letters compared without case.
    private static func endsWith(_ word: ArraySlice<UInt8>, _ office: [UInt8]) -> Bool {
        word.count >= office.count && zip(word.suffix(office.count), office).allSatisfy { $0 | 0x20 == $1 }
    }

    /// Lowercase ASCII, as bytes.
    static let officeWords: [[UInt8]] = [
        "minister", "staatssecretaris", "voorzitter", "griffier", "president", "vicepresident", "secretaris", "directeur",
        "commissaris", "ombudsman", "lid", "leden", "rapporteur", "informateur", "formateur",
    ].map { Array($0.utf8) }

    /// A line that is text, never a motie's member: it ends a sentence or a speaker's label, holds
    /// digits, or is longer than a name.
    static func isTextLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        range.count > 90 || endsSentence(text, range) || text.hasSuffix(":", in: range) || text[range].contains(where: KamerstukPDFHead.isDigit)
    }

    /// The committee's signatures, which a verslag van een schriftelijk overleg or a lijst van vragen
    /// prints between its introduction and its text: `De voorzitter van de commissie,` then the name,
    /// `De griffier van de commissie,` (or `De adjunct-griffier …`) then the name. Taken out of `body`.
    static func takeCommittee(from body: inout [Int], text: [UInt8], lines: [TextLine]) -> [Signer] {
        let filled = body.filter { !lines[$0].isBlank }
        var signers: [Signer] = [], taken: Set<Int> = []
        var position = 0
        while position < filled.count {
            let line = lines[filled[position]].content
            // `De voorzitter van de commissie, Thijssen` on one line, as a Word file may convert it.
            if let comma = line.last(where: { text[$0] == UInt8(ascii: ",") }), comma + 2 < line.upperBound, text[comma + 1] == 0x20,
                isCommitteeFunction(text, line.lowerBound..<(comma + 1)), isSignerLine(text, (comma + 2)..<line.upperBound)
            {
                signers.append(Signer(naam: text.string((comma + 2)..<line.upperBound), functie: text.string(line.lowerBound..<comma)))
                taken.insert(filled[position])
                position += 1
                continue
            }
            guard position + 1 < filled.count, isCommitteeFunction(text, line),
                case let name = lines[filled[position + 1]].content, isSignerLine(text, name), !text.hasSuffix(",", in: name)
            else {
                position += 1
                continue
            }
            signers.append(Signer(naam: text.string(name), functie: text.string(line.lowerBound..<(line.upperBound - 1))))
            taken.formUnion([filled[position], filled[position + 1]])
            position += 2
        }
        if !taken.isEmpty { body.removeAll { taken.contains($0) } }
        return signers
    }

    /// `De voorzitter van de commissie,`, `De fungerend griffier van de vaste commissie voor …,`.
    static func isCommitteeFunction(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        // `De voorzitter …,`, also without `De` (`Adjunct-griffier van de commissie,`).
        // A line in capitals is a heading (`BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR …,
        // WELZIJN EN SPORT` over a letter a verslag prints).
        guard range.count <= 120, let first = text[range].first, (0x41...0x5A).contains(first), text.hasSuffix(",", in: range),
            !KamerstukPDFHead.isCapitalLine(text, range)
        else { return false }
        let line = text.string(range).lowercased()
        return line.contains("commissie") && (line.contains("voorzitter") || line.contains("griffier"))
    }

    /// A function that wraps onto the next line: `De minister van Klimaat en` above `Groene Groei,`.
    static func wrapsFunction(_ text: [UInt8], _ first: Range<Int>, into next: Range<Int>) -> Bool {
        guard ["De ", "Het ", "de ", "het "].contains(where: { text.hasPrefix($0, in: first) }), !text.hasSuffix(",", in: first),
              first.count <= 90, next.count <= 60, text.hasSuffix(",", in: next), !text[first].contains(where: KamerstukPDFHead.isDigit)
        else { return false }
        let last = text[first].split(separator: 0x20).last.map { String(decoding: $0, as: UTF8.self) } ?? ""
        return ["van", "en", "voor", "de", "der", "-", "–"].contains(last)
    }

    /// `Hoogachtend,`, `Met vriendelijke groet,`, `Namens de Huishoudelijke Commissie …,`: the closing
    /// a letter's signatures stand under.
    static func isClosingFormula(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        LetterClosing.formulas.contains { text.equals($0, in: range) }
            || (range.count <= 120 && text.hasPrefix("Namens ", in: range) && text.hasSuffix(",", in: range))
    }

    /// Ends in `.;:?!)`, also before a note's marker glued on (`… in te stellen.1`).
    static func endsSentence(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, range.upperBound - end < 3, KamerstukPDFHead.isDigit(text[end - 1]) { end -= 1 }
        guard end > range.lowerBound else { return false }
        return (end == range.upperBound ? ".;:?!)" : ".;:?!").utf8.contains(text[end - 1])
    }
}

extension KamerstukSigners {
    /// A line of a signature: a function (`De Minister van …,`), or a name of at most six words,
    /// each a name's (`isNameWord`), that ends no sentence.
    static func isSignerLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        if isFunctionLine(text, range) { return true }
        guard range.count <= 90, let first = text[range].first, (0x41...0x5A).contains(first) || first >= 0xC0,
            !text[range].contains(where: KamerstukPDFHead.isDigit)
        else { return false }
        if text.hasSuffix(",", in: range) { return false }
        let words = text[range].split(separator: 0x20)
        return words.count <= 6 && !endsSentence(text, range) && !text.hasSuffix(":", in: range) && words.allSatisfy(isNameWord)
    }

    /// A word of a name: one in a capital (`Bruins`, `H.G.J.`, `Ölmez`), or a name's small word
    /// (`van`, `der`, `mr.`); not a sentence's words (`Voor de uitgaven die`, at a cut text's end).
    static func isNameWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard let first = word.first else { return true }
        if (0x41...0x5A).contains(first) || first >= 0xC0 || first == UInt8(ascii: "'") { return true }
        return nameSmallWords.contains { word.elementsEqual($0) }
    }

    /// `van`, `der`, `mr.`: the small words a name may hold, as bytes.
    static let nameSmallWords: [[UInt8]] = (MotieStructurer.tussenvoegsels.sorted() + ["mr.", "dr.", "drs.", "ir.", "prof.", "ing.", "c.s."]).map { Array($0.utf8) }

    /// `drs. Saskia J. Stuiveling, president`: a name and then its office after a comma, as the
    /// Algemene Rekenkamer signs; the name's range and the office's. The office is one or two words
    /// and names one (`namesOffice`); the name's words are a name's, its titles in lowercase allowed.
    static func nameAndFunction(_ text: [UInt8], _ range: Range<Int>) -> (name: Range<Int>, function: Range<Int>)? {
        guard range.count <= 90, let comma = range.last(where: { text[$0] == UInt8(ascii: ",") }), comma > range.lowerBound,
            comma + 2 < range.upperBound, text[comma + 1] == 0x20
        else { return nil }
        let name = range.lowerBound..<comma, function = (comma + 2)..<range.upperBound
        let officeWords = text[function].split(separator: 0x20)
        guard (1...2).contains(officeWords.count), namesOffice(text, function), !endsSentence(text, function),
            !text[range].contains(where: KamerstukPDFHead.isDigit)
        else { return nil }
        let nameWords = text[name].split(separator: 0x20)
        guard (2...7).contains(nameWords.count), nameWords.allSatisfy(isNameWord),
            nameWords.contains(where: { $0.first.map { (0x41...0x5A).contains($0) } == true })
        else { return nil }
        return (name, function)
    }

    /// `Minister van Economische Zaken en Klimaat`, `de staatssecretaris van Financiën – Fiscaliteit`:
    /// the office a name is signed above, without a comma after it. It opens with a minister's or a
    /// state secretary's title as a word of its own, holds no digit and ends no sentence.
    static func isOfficeLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count <= 120, !text.hasSuffix(",", in: range), !endsSentence(text, range), !text[range].contains(where: KamerstukPDFHead.isDigit)
        else { return false }
        var words = text[range].split(separator: 0x20)[...]
        if let article = words.first, startsWith(article, Array("de".utf8)), article.count == 2 { words = words.dropFirst() }
        guard let title = words.first, signingTitles.contains(where: { title.count == $0.count && startsWith(title, $0) }) else { return false }
        // A ministry's or a portfolio's name after it, in capitals but for its small words: a
        // sentence (`… van Financiën zegt toe de Kamer te informeren`) is no office.
        return words.dropFirst().allSatisfy { word in
            guard let first = word.first else { return true }
            return (0x41...0x5A).contains(first) || first >= 0xC0 || officeSmallWords.contains { word.elementsEqual($0) }
        }
    }

    /// The small words of a ministry's name, and the dash of a portfolio after it.
    static let officeSmallWords: [[UInt8]] = ["van", "voor", "en", "de", "het", "der", "–", "-", "&"].map { Array($0.utf8) }

    /// The titles of those who sign a government letter, lowercase ASCII.
    static let signingTitles: [[UInt8]] = ["minister", "staatssecretaris", "minister-president"].map { Array($0.utf8) }

    /// A name above its office on the next line (`isOfficeLine`), as a letter is signed without
    /// commas.
    static func namesAbove(_ text: [UInt8], _ name: Range<Int>, office: Range<Int>) -> Bool {
        isOfficeLine(text, office) && !isOfficeLine(text, name) && isSignerLine(text, name) && text[name].contains(0x20)
    }

    /// `De Minister van …,`, `de staatssecretaris van …,`, `Het lid …,`: a function, which ends in
    /// its comma.
    static func isFunctionLine(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        range.count <= 120 && text.hasSuffix(",", in: range) && !text[range].contains(where: KamerstukPDFHead.isDigit)
            && ["De ", "Het ", "de ", "het "].contains { text.hasPrefix($0, in: range) }
    }

    /// `1 Kamerstukken II …`: a note's number, a space and its text, at a page's foot; or the
    /// number alone, as a web page may set it above its note's text.
    static func startsNote(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, index - range.lowerBound < 3, KamerstukPDFHead.isDigit(text[index]) { index += 1 }
        return index > range.lowerBound && text[range.lowerBound] != 0x30
            && (index == range.upperBound || index + 1 < range.upperBound && text[index] == 0x20)
    }
}
