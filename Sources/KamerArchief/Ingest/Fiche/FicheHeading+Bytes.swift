/// Recognising a template heading on the first bytes of a text, without folding it into a new string.
///
/// `recogniseByFolding` folds the first 200 Characters (case, diacritics, white space runs), drops a
/// leading label and compares the start with every known prefix. Folding is local to each scalar
/// that `TextFolding` covers, and each such scalar is a Character of its own, so those scalars are
/// folded on the fly into a small buffer (an ASCII byte by lowercasing it, white space runs as one
/// space) until a scalar it does not cover, the 200th Character or the end; the answer is nil (fold
/// the slow way) when it depends on what comes after. Before a scalar that is not covered, the
/// Character before it is left out of what is folded so far: a combining mark may join it.
extension FicheHeading {
    /// The folded bytes that always suffice: a label of a few bytes and the longest prefix.
    private static let foldedLimit = 96

    /// `recognise`'s answer when the first bytes decide it (`.some(nil)`: no known heading), nil
    /// when a scalar `TextFolding` does not cover comes before the answer.
    static func decideOnFirstBytes(_ text: String) -> FicheHeading?? {
        var text = text
        let folding = TextFolding.caseAndDiacritics
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: foldedLimit) { folded in
                var count = 0, spaceBefore = false, complete = true
                var index = 0, characters = 0
                // Where the folding of the last Character that is not white space starts, and
                // whether the Character being folded has written any of it yet.
                var lastStart = 0, characterStarted = false
                // Appends one folded scalar's bytes; false when the buffer is full.
                func append(_ bytes: some Collection<UInt8>, isWhitespace: Bool) -> Bool {
                    if isWhitespace {
                        spaceBefore = count > 0
                        return true
                    }
                    if spaceBefore { folded[count] = 0x20; count += 1 }
                    spaceBefore = false
                    guard count + bytes.count <= foldedLimit else { return false }
                    if !characterStarted { lastStart = count }
                    characterStarted = true
                    for byte in bytes {
                        folded[count] = byte
                        count += 1
                    }
                    return true
                }
                while index < bytes.count {
                    // Past 200 Characters the folded text is no longer that of the first 200.
                    guard characters < 200, count < foldedLimit else { complete = false; break }
                    characters += 1
                    characterStarted = false
                    let lead = bytes[index]
                    if lead < 0x80 {
                        index += 1
                        // Unicode White_Space in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
                        let isWhitespace = lead == 0x20 || (0x09...0x0D).contains(lead)
                        guard append(CollectionOfOne((0x41...0x5A).contains(lead) ? lead | 0x20 : lead), isWhitespace: isWhitespace)
                        else { complete = false; break }
                        continue
                    }
                    let scalar = Unicode.Scalar.decoding(lead: lead) {
                        index += 1
                        return index < bytes.count ? bytes[index] : 0x80
                    }
                    index += 1
                    guard let entry = folding.entry(scalar) else {
                        // The Character before this scalar may take a mark from it.
                        if !spaceBefore { count = min(count, lastStart) }
                        complete = false
                        break
                    }
                    // Each scalar of the folding is white space or text, as `normalize` splits it.
                    if !appendFolded(folding.folded(entry), append: append) { complete = false; break }
                }
                return decide(UnsafeBufferPointer(rebasing: folded[..<count]), complete: complete)
            }
        }
    }

    /// Appends the scalars of a folded entry one by one, each as white space or as its bytes.
    private static func appendFolded(_ bytes: ArraySlice<UInt8>, append: (ArraySlice<UInt8>, _ isWhitespace: Bool) -> Bool) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let start = index
            let scalar = Unicode.Scalar.decoding(lead: bytes[index]) {
                index += 1
                return index < bytes.endIndex ? bytes[index] : 0x80
            }
            index += 1
            guard append(bytes[start..<index], scalar.properties.isWhitespace) else { return false }
        }
        return true
    }
}

private extension FicheHeading {
    /// The first known heading whose prefix starts `folded` after its label; nil when bytes beyond
    /// `folded` (there are more unless `complete`) could change that.
    static func decide(_ folded: UnsafeBufferPointer<UInt8>, complete: Bool) -> FicheHeading?? {
        guard let label = labelLength(folded, complete: complete) else { return nil }
        let rest = UnsafeBufferPointer(rebasing: folded[label...])
        for heading in known {
            for prefix in heading.prefixes {
                switch starts(rest, with: prefix, complete: complete) {
                case true?: return .some(heading)
                case false?: continue
                case nil: return nil
                }
            }
        }
        return .some(nil)
    }

    /// Whether `bytes` start with `prefix`; nil when `bytes` end first and more may follow.
    static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: String, complete: Bool) -> Bool? {
        var index = 0
        for byte in prefix.utf8 {
            guard index < bytes.count else { return complete ? false : nil }
            guard bytes[index] == byte else { return false }
            index += 1
        }
        return true
    }

    /// The length of a leading `3. `, `3a) `, `b. ` or `iv. ` label in folded bytes, else 0, as
    /// `normalize` finds it; nil when the label may run past the bytes.
    static func labelLength(_ bytes: UnsafeBufferPointer<UInt8>, complete: Bool) -> Int? {
        var undecided = false
        func byte(_ index: Int) -> UInt8? {
            guard index < bytes.count else { undecided = undecided || !complete; return nil }
            return bytes[index]
        }
        func isLetter(_ index: Int) -> Bool { byte(index).map { (0x61...0x7A).contains($0) } ?? false }
        func closes(_ index: Int) -> Int? {
            guard let mark = byte(index), mark == UInt8(ascii: ".") || mark == UInt8(ascii: ")"),
                byte(index + 1) == 0x20 else { return nil }
            return index + 2
        }
        func length() -> Int {
            var digits = 0
            while let digit = byte(digits), (0x30...0x39).contains(digit) { digits += 1 }
            if digits > 0 {
                if isLetter(digits), let end = closes(digits + 1) { return end }
                return closes(digits) ?? 0
            }
            if isLetter(0), let end = closes(1) { return end }
            var roman = 0
            while let letter = byte(roman), [UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x")].contains(letter) { roman += 1 }
            return roman > 0 ? closes(roman) ?? 0 : 0
        }
        let found = length()
        return undecided ? nil : found
    }
}
