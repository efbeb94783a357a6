/// Paragraphs' HTML rendered once for all the pages of one document that show them (issue 14,
/// "render once, reuse"): a fiche's pillar pages quote paragraphs of its sections, which its
/// document page shows too. (A letter's pillar and action paragraphs show on their own page only,
/// and the search index reads the model's text.)
///
/// A shared paragraph's inline CommonMark (`InlineMarkdown.body`) is rendered alone, and a page
/// gets `[](ka:html/N)` in its place, which the renderer replaces with that HTML (`LinkTable.fragment`).
/// That is the HTML libcmark renders for the text where the page's template puts it: the text is
/// one line of escaped characters and the archive's link forms, starting with a link (its anchor),
/// so it is inline content that nothing around it can change, in a paragraph, a list item, a
/// table cell or a heading alike. What depends on the page is left out of it:
/// - a note reference's id counts the reference's earlier occurrences on the page, so the HTML
///   holds a mark where each one goes, and the page fills it in (`ParagraphFragment.html`);
/// - a link's address is relative to the page: all of a document's pages are in one folder, so
///   it is the same on each of them, unless it points into that folder (then it could be the page
///   itself, `#…`). A paragraph with such a link is not shared, nor one that ends with a space
///   (libcmark drops trailing spaces at a paragraph's end, not before more text on the line).
final class ParagraphFragments {
    /// Where a paragraph of the document starts. (Were two paragraphs from two files at one place,
    /// the one not shared would only be made a fragment that its one page renders as it would
    /// without.)
    private typealias Place = PlaceInFile

    /// The places of the paragraphs that show on more than one page.
    private let shared: Set<Place>
    private var made: [Place: (paragraph: Paragraph, fragment: ParagraphFragment?)] = [:]

    init(shared: Set<SourceLocation>) {
        self.shared = Set(shared.map(Place.init))
    }

    private init(sharedPlaces: Set<Place>) {
        shared = sharedPlaces
    }

    /// The paragraphs of `document` that show on its page (its sections') and on a pillar's or an
    /// action's page: a fiche's pillars quote its sections; a letter's are text of their own.
    convenience init(_ document: Document) {
        var onOtherPages = Set<Place>()
        for pillar in document.pillars {
            for paragraph in pillar.text + pillar.position { onOtherPages.insert(Place(paragraph.location)) }
            for action in pillar.actions {
                for paragraph in action.paragraphs { onOtherPages.insert(Place(paragraph.location)) }
            }
        }
        var shared = Set<Place>()
        if !onOtherPages.isEmpty {
            forEachParagraph(in: document.sections) { paragraph in
                let place = Place(paragraph.location)
                if onOtherPages.contains(place) { shared.insert(place) }
            }
        }
        self.init(sharedPlaces: shared)
    }

    /// How many fragments were made.
    var count: Int { made.values.reduce(0) { $0 + ($1.fragment == nil ? 0 : 1) } }

    /// The HTML of `paragraph`'s text as `inline` would have it rendered, when it is shared and can
    /// be: made on the first page that asks for it.
    func fragment(for paragraph: Paragraph, inline: InlineMarkdown) -> ParagraphFragment? {
        let place = Place(paragraph.location)
        guard shared.contains(place) else { return nil }
        // Keyed by place, and kept only for the same paragraph: a pillar's copy of it is.
        if let known = made[place], known.paragraph == paragraph { return known.fragment }
        let links = LinkTable()
        let own = InlineMarkdown(archive: inline.archive, page: inline.page, links: links, topicLinks: inline.topicLinks)
        let fragment: ParagraphFragment?
        if let written = own.bodyFragment(paragraph) {
            assert(written == own.markdownFragment(paragraph), "the HTML written straight differs from the CommonMark's")
            // Written straight, it is what `CommonMark.fragment` makes of the CommonMark, which
            // then does not end with a space.
            fragment = links.hrefs.allSatisfy(Self.leavesFolder) ? written : nil
        } else {
            let markdown = own.body(paragraph)
            fragment = markdown.utf8.last != UInt8(ascii: " ") && links.hrefs.allSatisfy(Self.leavesFolder)
                ? CommonMark.fragment(markdown, links: links) : nil
        }
        made[place] = (paragraph, fragment)
        return fragment
    }

    /// Whether `href` goes to another folder (`../…`) or has a scheme, and so reads the same from
    /// every page in a folder.
    static func leavesFolder(_ href: String) -> Bool {
        if href.utf8.starts(with: "../".utf8) { return true }
        for byte in href.utf8 {
            switch byte {
            case UInt8(ascii: ":"): return true
            case UInt8(ascii: "/"), UInt8(ascii: "#"), UInt8(ascii: "?"): return false
            default: continue
            }
        }
        return false
    }
}

/// A paragraph's inline HTML as UTF-8, without its note references: reference `refs[i]` goes at
/// `cuts[i]`, in order.
struct ParagraphFragment: Equatable {
    let html: [UInt8]
    let cuts: [Int]
    let refs: [Int]

    /// The HTML with each reference's markup, which `noteRef` appends, called in the order they
    /// appear.
    func html(noteRef: (Int, inout [UInt8]) -> Void) -> [UInt8] {
        guard !refs.isEmpty else { return html }
        var result: [UInt8] = []
        result.reserveCapacity(html.count + 160 * refs.count)
        var start = 0
        for (cut, number) in zip(cuts, refs) {
            result += html[start..<cut]
            noteRef(number, &result)
            start = cut
        }
        result += html[start...]
        return result
    }
}
