/// Recognising a template heading on the first bytes of a text, without folding it into a new string.
///
/// `recogniseByFolding` folds the first 200 Characters (case, diacritics, white space runs), drops a
/// leading label and compares the start with every known prefix. On ASCII bytes folding is
/// lowercasing and joining white space runs into one space, so those bytes are folded on the fly
/// into a small buffer until a byte beyond ASCII, the 200th byte or the end; the answer is nil (fold
/// the slow way) when it depends on what comes after. Folding is local to
/// each Character, so what is folded so far is the start of the folded text, except the last
/// Character before a byte beyond ASCII (a combining mark may join it): that one is left out.
extension FicheHeading {
    /// The folded bytes that always suffice: a label of a few bytes and the longest prefix.
    private static let foldedLimit = 96

    /// `recognise`'s answer when the first bytes decide it (`.some(nil)`: no known heading), nil
    /// when a byte beyond ASCII comes before the answer.
    static func decideOnFirstBytes(_ text: String) -> FicheHeading?? {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: foldedLimit) { folded in
                var count = 0, spaceBefore = false, complete = true
                for (offset, byte) in bytes.enumerated() {
                    // Past 200 bytes the folded text is no longer certain to be that of 200 Characters.
                    guard offset < 200, count < foldedLimit else { complete = false; break }
                    guard byte < 0x80 else {
                        // The Character before this byte may take a mark from it.
                        if !spaceBefore, count > 0 { count -= 1 }
                        complete = false
                        break
                    }
                    if byte == 0x20 || (0x09...0x0D).contains(byte) {
                        spaceBefore = count > 0
                        continue
                    }
                    if spaceBefore { folded[count] = 0x20; count += 1 }
                    spaceBefore = false
                    guard count < foldedLimit else { complete = false; break }
                    folded[count] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                    count += 1
                }
                return decide(UnsafeBufferPointer(rebasing: folded[..<count]), complete: complete)
            }
        }
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
