/// The inline HTML the renderer writes itself for text that can hold no CommonMark syntax but the
/// renderer's own links: what libcmark would render for it, without parsing it as a document.
extension CommonMark {
    /// Appends the inline HTML libcmark renders for the CommonMark `utf8` (valid UTF-8) and
    /// returns true when it is text this reader takes, else leaves `html` as it was and returns
    /// false. It takes text that can hold no syntax at all: nothing but ASCII letters, digits and
    /// spaces, bytes beyond ASCII, and ASCII punctuation each escaped with a backslash (as
    /// `MarkdownEscaping` writes source text), neither starting nor ending with a space; its HTML
    /// is the text unescaped, with `&`, `<`, `>` and `"` as libcmark writes them. Most table cells
    /// and many notes are such text, and parsing each on its own cost more than the rest of a
    /// table. With `link`, it also takes links between, `[text](destination)`, whose text is such
    /// text too and whose destination is letters, digits and `-._/#:`: `link` gives the markup
    /// that stands for a link to a destination (unescaped), nil when the link must go to libcmark;
    /// without `link`, any link does.
    ///
    /// With `literalPunctuation`, for a whole line of a template's own text (`RenderState.divParagraphsHTML`),
    /// ASCII punctuation that CommonMark reads as itself inside a line may also stand unescaped
    /// (`isLiteralPunctuation`), but for the line's first byte and for a `.` or `)` after nothing
    /// but digits, which would open a block.
    static func appendInlineHTML(
        utf8: UnsafeBufferPointer<UInt8>, to html: inout [UInt8], link: ((String) -> LinkMarkup?)?, literalPunctuation: Bool = false
    ) -> Bool {
        let start = html.count
        let plain = { () -> Bool in
            guard utf8.first != UInt8(ascii: " "), utf8.last != UInt8(ascii: " ") else { return false }
            var escaped = false
            // Where the HTML of the open link's text starts, while a link is open.
            var linkText: Int?
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                index += 1
                switch byte {
                case _ where isPlainText(byte):
                    guard !escaped else { return false }
                    // The run from here of such bytes and of punctuation escaped with a backslash
                    // that the HTML writes as it is, copied a stretch at a time (without the
                    // backslashes).
                    var from = index - 1, end = index
                    while end < utf8.count {
                        end = plainRun(utf8, from: end)
                        guard end + 1 < utf8.count, utf8[end] == UInt8(ascii: "\\"), isVerbatimPunctuation(utf8[end + 1]) else { break }
                        html.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[from..<end]))
                        from = end + 1
                        end += 2
                    }
                    html.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[from..<end]))
                    index = end
                case UInt8(ascii: "\\") where !escaped:
                    escaped = true
                case UInt8(ascii: "[") where !escaped:
                    guard link != nil, linkText == nil else { return false }
                    linkText = html.count
                case UInt8(ascii: "]") where !escaped:
                    guard let text = linkText, let link, let destination = Self.destination(in: utf8, from: index),
                        let markup = link(destination.url)
                    else { return false }
                    if markup.keepsText {
                        html.insert(contentsOf: markup.opening, at: text)
                    } else {
                        html.replaceSubrange(text..., with: markup.opening)
                    }
                    html += markup.closing.utf8
                    linkText = nil
                    index = destination.end
                case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
                    guard escaped || literalPunctuation && index > 1 && isLiteralPunctuation(byte)
                        && !((byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")) && utf8[..<(index - 1)].allSatisfy { (0x30...0x39).contains($0) })
                    else { return false }
                    escaped = false
                    switch byte {
                    case UInt8(ascii: "&"): html += "&amp;".utf8
                    case UInt8(ascii: "<"): html += "&lt;".utf8
                    case UInt8(ascii: ">"): html += "&gt;".utf8
                    case UInt8(ascii: "\""): html += "&quot;".utf8
                    default: html.append(byte)
                    }
                default:
                    return false
                }
            }
            return !escaped && linkText == nil
        }()
        if !plain { html.removeSubrange(start...) }
        return plain
    }

    /// Whether `byte` is copied as it is: a letter, a digit, a space or a byte of a non-ASCII
    /// character. One test of a bit: this runs for nearly every byte of every paragraph.
    @inline(__always)
    static func isPlainText(_ byte: UInt8) -> Bool {
        // Bit `b` of the word for bytes 0–63 and 64–127 is set for byte `b` (and `64 + b`).
        let low: UInt64 = 1 << 0x20 | 0x3FF << 0x30, high: UInt64 = 0x3FF_FFFF << 1 | 0x3FF_FFFF << 33
        return byte >= 0x80 || (byte < 0x40 ? low : high) >> (byte & 63) & 1 == 1
    }

    /// Where the run of bytes `isPlainText` copies that starts at `index` ends: sixteen bytes at a
    /// time while all are (`isPlain`), then eight at a time while eight are left (`nonPlainBytes`),
    /// then one at a time.
    @inline(__always)
    static func plainRun(_ utf8: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while end + 16 <= utf8.count, isPlain(ByteVectors.vector(utf8, at: end)) { end += 16 }
        while end + 8 <= utf8.count {
            let others = nonPlainBytes(ByteWords.word(utf8, at: end))
            if others != 0 { return end + others.trailingZeroBitCount / 8 }
            end += 8
        }
        while end < utf8.count, isPlainText(utf8[end]) { end += 1 }
        return end
    }

    /// Whether each of the sixteen bytes of `vector` is one `isPlainText` copies: beyond ASCII, a
    /// letter, a digit or a space.
    @inline(__always)
    static func isPlain(_ vector: ByteVectors.Vector) -> Bool {
        let folded = vector | ByteVectors.Vector(repeating: 0x20)
        return ByteVectors.all(
            ByteVectors.within(folded, UInt8(ascii: "a"), UInt8(ascii: "z")) .| ByteVectors.within(vector, UInt8(ascii: "0"), UInt8(ascii: "9"))
                .| ByteVectors.within(vector, 0x80, 0xFF) .| ByteVectors.equal(vector, UInt8(ascii: " ")))
    }

    /// The high bit of each byte of `word` that `isPlainText` does not copy, the others zero: not
    /// beyond ASCII, a letter, a digit or a space (each exact per byte, see `ByteWords`).
    static func nonPlainBytes(_ word: UInt64) -> UInt64 {
        let plain = word & ByteWords.highs | ByteWords.asciiLetters(word) | ByteWords.digits(word)
            | ByteWords.equalBytes(word, UInt8(ascii: " "))
        return ~plain & ByteWords.highs
    }

    /// Whether `byte` is ASCII punctuation that CommonMark reads as itself inside a line of text:
    /// all but `!`, `&`, `*`, `<`, `[`, `\`, `]`, `_` and `` ` ``, which may start an image, an
    /// entity, emphasis, an autolink or raw HTML, a link, an escape or code. (No smart punctuation,
    /// strikethrough or autolinks without `<` in libcmark.)
    @inline(__always)
    private static func isLiteralPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "<"), UInt8(ascii: "["), UInt8(ascii: "\\"),
            UInt8(ascii: "]"), UInt8(ascii: "_"), UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    /// Whether `byte` is ASCII punctuation that, escaped with a backslash, the HTML writes as it is
    /// (all but `&`, `<`, `>` and `"`).
    @inline(__always)
    private static func isVerbatimPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""): return false
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: return true
        default: return false
        }
    }

    /// The destination of a link whose `]` is just before `start`: `(destination)` of letters,
    /// digits and `-._/#:` (any of those five may be backslash-escaped), unescaped, and the index
    /// after its `)`. Nil for any other destination, which libcmark must read (a title, spaces,
    /// `<…>`, other characters, an empty one).
    private static func destination(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> (url: String, end: Int)? {
        guard start < utf8.count, utf8[start] == UInt8(ascii: "(") else { return nil }
        var index = start + 1, escaped = false, hasEscapes = false
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            switch byte {
            case UInt8(ascii: ")") where !escaped:
                // Read in place; a backslash here is always an escape, dropped.
                let url = UnsafeBufferPointer(rebasing: utf8[(start + 1)..<(index - 1)])
                guard !url.isEmpty else { return nil }
                guard hasEscapes else { return (String(decoding: url, as: UTF8.self), index) }
                // The bytes less the backslashes, written straight into the string.
                let unescaped = String(unsafeUninitializedCapacity: url.count) { out in
                    var count = 0
                    for byte in url where byte != UInt8(ascii: "\\") {
                        out[count] = byte
                        count += 1
                    }
                    return count
                }
                return (unescaped, index)
            case UInt8(ascii: "\\") where !escaped:
                escaped = true
                hasEscapes = true
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "#"), UInt8(ascii: ":"):
                escaped = false
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard !escaped else { return nil }
            default:
                return nil
            }
        }
        return nil
    }
}
