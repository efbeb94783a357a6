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
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: foldedLimit) { buffer in
                var folded = FoldedPrefix(buffer: buffer)
                var index = 0, characters = 0, complete = true
                reading: while index < bytes.count {
                    // Past 200 Characters the folded text is no longer that of the first 200.
                    guard characters < 200, folded.count < foldedLimit else { complete = false; break }
                    characters += 1
                    folded.characterStarted = false
                    let lead = bytes[index]
                    if lead < 0x80 {
                        index += 1
                        // Unicode White_Space in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
                        let isWhitespace = lead == 0x20 || (0x09...0x0D).contains(lead)
                        guard folded.append(CollectionOfOne(CharacterBytes.lowercasedASCII(lead)), isWhitespace: isWhitespace)
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
                        if !folded.spaceBefore { folded.count = min(folded.count, folded.lastStart) }
                        complete = false
                        break
                    }
                    // Each scalar of the folding is white space or text, as `normalize` splits it.
                    let entryBytes = folding.folded(entry)
                    var at = entryBytes.startIndex
                    while at < entryBytes.endIndex {
                        let start = at
                        let foldedScalar = Unicode.Scalar.decoding(lead: entryBytes[at]) {
                            at += 1
                            return at < entryBytes.endIndex ? entryBytes[at] : 0x80
                        }
                        at += 1
                        guard folded.append(entryBytes[start..<at], isWhitespace: foldedScalar.properties.isWhitespace) else {
                            complete = false
                            break reading
                        }
                    }
                }
                return decide(UnsafeBufferPointer(rebasing: buffer[..<folded.count]), complete: complete)
            }
        }
    }
}

/// The folded first bytes of a text, as `decideOnFirstBytes` writes them: white-space runs as one
/// space, and where the last Character that is not white space starts.
private struct FoldedPrefix {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    var count = 0
    /// Whether white space came since the last byte written.
    var spaceBefore = false
    /// Where the folding of the last Character that is not white space starts, and whether the
    /// Character being folded has written any of it yet.
    var lastStart = 0, characterStarted = false

    init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    /// Appends one folded scalar's bytes; false when the buffer is full.
    mutating func append(_ bytes: some Collection<UInt8>, isWhitespace: Bool) -> Bool {
        if isWhitespace {
            spaceBefore = count > 0
            return true
        }
        guard count + (spaceBefore ? 1 : 0) + bytes.count <= buffer.count else { return false }
        if spaceBefore {
            buffer[count] = 0x20
            count += 1
        }
        spaceBefore = false
        if !characterStarted { lastStart = count }
        characterStarted = true
        for byte in bytes {
            buffer[count] = byte
            count += 1
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
        for prefix in knownPrefixes {
            switch starts(rest, with: prefix.bytes, complete: complete) {
            case true?: return .some(known[prefix.heading])
            case false?: continue
            case nil: return nil
            }
        }
        return .some(nil)
    }

    /// Every known heading's prefixes in `known`'s order, as bytes, with the heading's index.
    static let knownPrefixes: [(heading: Int, bytes: [UInt8])] = known.indices.flatMap { heading in
        known[heading].prefixes.map { (heading, Array($0.utf8)) }
    }

    /// Whether `bytes` start with `prefix`; nil when `bytes` end first and more may follow.
    static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with prefix: [UInt8], complete: Bool) -> Bool? {
        prefix.withUnsafeBufferPointer { prefix in
            var index = 0
            while index < prefix.count {
                guard index < bytes.count else { return complete ? false : nil }
                guard bytes[index] == prefix[index] else { return false }
                index += 1
            }
            return true
        }
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
