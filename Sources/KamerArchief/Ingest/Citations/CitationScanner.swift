/// A cursor over Unicode scalars with the small readers that citation patterns are built from.
///
/// Every reader either consumes what it read and returns it, or returns nil and leaves `position`
/// unchanged. Each reads a bounded number of scalars (URLs excepted, which cost their own length
/// once), so trying a pattern at a trigger word is O(1) and parsing a text stays linear.
struct CitationScanner {
    let scalars: [Unicode.Scalar]
    /// The next scalar to read, as an offset into `scalars`.
    var position: Int
    /// Where the citation being read starts: the first scalar of its trigger word, or where its
    /// reader moves it (a citation that leaves its trigger out).
    var start: Int
    /// Where the last Kamerstuk of a list of moties ended (`readListedKamerstuk`): the next one
    /// after `; ` there is one too.
    var listEnd = -1

    init(_ scalars: [Unicode.Scalar], position: Int = 0) {
        self.scalars = scalars
        self.position = position
        self.start = position
    }

    func scalar(at offset: Int) -> Unicode.Scalar? {
        offset >= 0 && offset < scalars.count ? scalars[offset] : nil
    }

    var next: Unicode.Scalar? { scalar(at: position) }

    /// The scalars from `start` up to `position`, as a string.
    var readSoFar: String { String(scalars: scalars[start..<position]) }

    /// Runs `body` and, when it gives nil, puts the cursor back where it was.
    mutating func attempt<T>(_ body: (inout CitationScanner) -> T?) -> T? {
        let saved = position
        if let value = body(&self) { return value }
        position = saved
        return nil
    }

    /// One to four white-space scalars; extracted PDF text often doubles spaces, but never more.
    mutating func spaces() -> Bool {
        var count = 0
        while count < 4, let scalar = next, scalar.isFastWhitespace {
            position += 1
            count += 1
        }
        guard count > 0, !(next?.isFastWhitespace ?? false) else {
            position -= count
            return false
        }
        return true
    }

    mutating func optionalSpaces() { _ = spaces() }

    /// `,` followed by white space, or white space alone: how citation parts are separated.
    mutating func separator() -> Bool {
        attempt { scanner in
            if scanner.next == "," { scanner.position += 1 }
            return scanner.spaces() ? true : nil
        } ?? false
    }

    /// `,` with optional white space after it.
    mutating func comma() -> Bool {
        guard next == "," else { return false }
        position += 1
        optionalSpaces()
        return true
    }

    /// Exactly these scalars, case and all.
    mutating func literal(_ text: String) -> Bool {
        var offset = position
        for expected in text.unicodeScalars {
            guard scalar(at: offset) == expected else { return false }
            offset += 1
        }
        position = offset
        return true
    }

    /// One of `words`, as a whole word: not followed by another letter or digit.
    mutating func word(_ words: String...) -> String? {
        for word in words {
            let saved = position
            if literal(word), !isAlphanumeric(next) { return word }
            position = saved
        }
        return nil
    }

    /// A run of ASCII digits whose length lies in `lengths`, not followed by another digit.
    mutating func digits(_ lengths: ClosedRange<Int>) -> String? {
        run(lengths) { $0.isASCIIDigit }
    }

    /// A run of ASCII capitals whose length lies in `lengths`, not followed by another capital.
    mutating func capitals(_ lengths: ClosedRange<Int>) -> String? {
        run(lengths) { ("A"..."Z").contains($0) }
    }

    /// Whether the cursor stands before something that ends a word: the end, a space or punctuation.
    var atWordEnd: Bool { !isAlphanumeric(next) }

    func isAlphanumeric(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar.isASCIIDigit || scalar.isFastAlphabetic
    }
}

private extension CitationScanner {
    /// Reads at most `lengths.upperBound + 1` scalars, so an endless run costs no more than a short one.
    mutating func run(_ lengths: ClosedRange<Int>, where matches: (Unicode.Scalar) -> Bool) -> String? {
        var end = position
        while end - position <= lengths.upperBound, let scalar = scalar(at: end), matches(scalar) { end += 1 }
        guard lengths.contains(end - position) else { return nil }
        let text = String(scalars: scalars[position..<end])
        position = end
        return text
    }
}
