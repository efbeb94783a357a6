extension TemplateLibrary {
    /// The page file: the layout filled with `context` around the page's `html` (`content`), ending
    /// in a newline as `String.withFinalNewline` ends a text.
    ///
    /// The HTML is the value of `content` as its bytes (`TemplateBytes`): a layout filled into
    /// shapes (`RootShape`, the shipped one) splices them where `{{{content}}}` stands, so the page's
    /// HTML is neither checked again as a `String` nor copied into a text first; escaped, or read by
    /// swift-mustache (a layout that transforms `content` or tests it in a section), it is its text.
    func layoutPage(_ context: TemplateContext, html: [UInt8]) -> [UInt8] {
        var context = context
        context.set(Self.contentKey, to: TemplateBytes(utf8: html))
        var page = renderUTF8(.layout, context)
        // A String ends with "\n" when its last Character is "\n", and "\r\n" is one Character.
        let count = page.count
        if count == 0 || page[count - 1] != UInt8(ascii: "\n") || count > 1 && page[count - 2] == UInt8(ascii: "\r") {
            page.append(UInt8(ascii: "\n"))
        }
        return page
    }

    private static let contentKey: TemplateKey = "content"
}
