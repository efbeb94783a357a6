extension TemplateLibrary {
    /// The page file: the layout filled with `context` around the page's `html` (`content`), ending
    /// in a newline.
    ///
    /// When the layout shows `content` only as it is (`layoutSplicesContent`), it is filled with a
    /// placeholder for it, which is then replaced by the bytes libcmark wrote: the page's HTML is
    /// neither validated again as a `String` nor copied into the layout's text. Any other layout
    /// (one that escapes `content`, transforms it or tests it in a section) is filled with the HTML
    /// as text.
    func layoutPage(_ context: TemplateContext, html: [UInt8]) -> [UInt8] {
        var context = context
        if layoutSplicesContent {
            context.set("content", to: LayoutPlaceholder.text)
            if let page = LayoutPlaceholder.replace(in: renderUTF8(.layout, context), with: html) { return page }
        }
        context.set("content", to: String(decoding: html, as: UTF8.self))
        return Array(render(.layout, context).withFinalNewline.utf8)
    }
}

/// What the layout is filled with for `content` before the page's HTML replaces it.
enum LayoutPlaceholder {
    /// Unique to this process, so that no source text can hold it, and with a `<`, which escaping
    /// changes, so that it is found only where the layout shows `content` unescaped.
    static let text = "<kamerarchief-content-\(UInt64.random(in: 0...UInt64.max))>"

    /// Whether every tag of `layout` that names `content` (any tag whose name holds the word, as
    /// a variable, a section, a transform's argument or a dotted name) is `{{{content}}}` or
    /// `{{& content}}`: then the placeholder shows up only where the page's HTML goes, unchanged.
    /// The layout has no partials (the template check forbids them) to read it elsewhere.
    static func showsContentAsIs(_ layout: String) -> Bool {
        let source = Array(layout.utf8), word = Array("content".utf8)
        var asIs = true
        TemplateTag.scan(source) { tag in
            let name = tag.name(in: source)
            guard name.count >= word.count, (0...(name.count - word.count)).contains(where: { name.dropFirst($0).starts(with: word) })
            else { return true }
            let unescaped = source[tag.bytes].starts(with: "{{{".utf8) || source[tag.content].first { $0 != UInt8(ascii: " ") } == UInt8(ascii: "&")
            asIs = tag.kind == .variable && unescaped && name.elementsEqual(word)
            return asIs
        }
        return asIs
    }

    /// `page` (UTF-8) with every placeholder replaced by `html`, ending in a newline as
    /// `String.withFinalNewline` would end it; nil when `page` holds no placeholder.
    static func replace(in page: [UInt8], with html: [UInt8]) -> [UInt8]? {
        var text = text
        return page.withUnsafeBufferPointer { page in
            text.withUTF8 { placeholder -> [UInt8]? in
                var bytes: [UInt8] = []
                var start = 0
                while let match = ByteWords.firstMatch(of: placeholder, in: page, from: start) {
                    if bytes.isEmpty { bytes.reserveCapacity(page.count + html.count + 1) }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: page[start..<match]))
                    bytes.append(contentsOf: html)
                    start = match + placeholder.count
                }
                guard start > 0 else { return nil }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: page[start...]))
                // A String ends with "\n" when its last Character is "\n", and "\r\n" is one Character.
                let count = bytes.count
                if count == 0 || bytes[count - 1] != UInt8(ascii: "\n") || count > 1 && bytes[count - 2] == UInt8(ascii: "\r") {
                    bytes.append(UInt8(ascii: "\n"))
                }
                return bytes
            }
        }
    }
}
