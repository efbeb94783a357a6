import Testing
@testable import KamerArchief

@Test("relative links point at files from any page depth", arguments: [
    ("index.html", "documenten/a/index.html", "documenten/a/index.html"),
    ("documenten/a/index.html", "index.html", "../../index.html"),
    ("documenten/a/pijler-1.html", "documenten/a/index.html", "index.html"),
    ("documenten/a/pijler-1.html", "documenten/b/index.html#fn-2", "../b/index.html#fn-2"),
    ("documenten/a/index.html", "documenten/a/index.html#fn-2", "#fn-2"),
    ("dossiers/22112.html", "documenten/a/index.html", "../documenten/a/index.html"),
    ("dossiers/index.html", "dossiers/22112.html#kst-1", "22112.html#kst-1"),
    ("tijdlijn/2023.html", "tijdlijn.html#jaar-2023", "../tijdlijn.html#jaar-2023"),
    ("index.html", "tijdlijn/2023.html#uitspraken-2023-08-18", "tijdlijn/2023.html#uitspraken-2023-08-18"),
    ("documenten/a/acties/x.html", "documenten/a/index.html", "../index.html"),
    ("onderwerpen/één.html", "onderwerpen/twee.html#p-1", "twee.html#p-1"),
    ("documenten//a/index.html", "documenten/b//index.html", "../b/index.html"),
    // The same page in another normal form: an anchor on it, as String equality has it.
    ("onderwerpen/e\u{301}e\u{301}n.html", "onderwerpen/één.html#p-1", "#p-1"),
])
func relativeLinks(page: String, target: String, expected: String) {
    #expect(Permalinks.relative(target, from: page) == expected)
}

@Test("slugs fold diacritics and never contain path characters", arguments: [
    ("Financiële steun voor opschaling", "financiele-steun-voor-opschaling"),
    ("../../etc/passwd", "etc-passwd"),
    ("a/b\\c", "a-b-c"),
    ("", "document"),
    ("36410-L", "36410-l"),
    ("ÉÉN Gezamenlijke AANPAK", "een-gezamenlijke-aanpak"),
    ("ＡＢ１ — Straße", "ab1-strasse"),
    (String(repeating: "Ab-", count: 40), String(repeating: "ab-", count: 26) + "ab"),
])
func slugs(text: String, expected: String) {
    #expect(Slug.make(text) == expected)
    #expect(Slug.isSafe(Slug.make(text)))
}

@Test("the shortcut for text that is a slug already gives what folding gives, for random text near the rules")
func slugShortcut() {
    var generator = SeededGenerator(seed: 5)
    // Letters, digits and hyphens mostly, with what breaks a slug now and then.
    let pieces = ["a", "z", "0", "9", "-", "-", "m", "5", "A", " ", "_", "é", "/", "--"]
    var shortcuts = 0
    for _ in 0..<20_000 {
        let length = Int.random(in: 0...90, using: &generator)
        let text = (0..<length).map { _ in pieces[Int.random(in: 0..<(Bool.random(using: &generator) ? 8 : pieces.count), using: &generator)] }.joined()
        if Slug.isSlugAlready(text.utf8) { shortcuts += 1 }
        #expect(Slug.make(text) == Slug.folded(text, fallback: "document"), "\(text)")
    }
    #expect(shortcuts > 200)
}

@Test("natural order reads digit runs as numbers and puts numbers before text", arguments: [
    ("9", "10"), ("21501", "21501-30"), ("21501-30", "21501-31"), ("36410-4", "36410-L"), ("22112", "29826"),
    ("36600-IX", "36600-XIII"), ("07", "7"), ("a2", "a10"), ("2", "a"),
])
func naturalOrder(smaller: String, larger: String) {
    #expect(smaller.naturallyPrecedes(larger))
    #expect(!larger.naturallyPrecedes(smaller))
    #expect(!smaller.naturallyPrecedes(smaller))
}

@Test("the chrome's links of a page, shared by every folder of its kind, are the links made for the page itself")
func chromeLinksByFolderKind() {
    let pages = [
        "index.html", "search.html", "404.html", "tijdlijn.html", "dossiers/index.html", "dossiers/36750.html",
        "onderwerpen/index.html", "onderwerpen/netcongestie.html", "tijdlijn/2023.html", "assets/x.html", "assets/a/b.html",
        "documenten/a/index.html", "documenten/b/pijler-1-actie-2.html", "documenten/één/pijler-3.html",
        "dossiers/a/b/c.html", "onderwerpen/dossiers/x.html", "x/dossiers/index.html", "a/b/c/d/e.html",
        // Paths with an empty part, which no page has: made as they are, never taken for another.
        "a//b.html", "/dossiers/x.html", "documenten/a/",
    ]
    // Twice over, so that the second round reads what the first round's pages left.
    for path in pages + pages.reversed() {
        let shared = PageChrome.shared.links(forPageAt: path), own = PageChrome.links(forPageAt: path)
        #expect([shared.root, shared.stylesheet, shared.searchURL, shared.homeURL] == [own.root, own.stylesheet, own.searchURL, own.homeURL], "\(path)")
        #expect(shared.nav.map { $0[.url] as? String } == own.nav.map { $0[.url] as? String }, "\(path)")
        #expect(shared.nav.allSatisfy { $0[.isCurrent] as? Bool == false })
    }
    #expect(PageChrome.kind(ofFolderOf: "documenten/a/index.html") == PageChrome.kind(ofFolderOf: "documenten/b/pijler-1.html"))
    #expect(PageChrome.kind(ofFolderOf: "dossiers/1.html") != PageChrome.kind(ofFolderOf: "tijdlijn/2023.html"))
    #expect(PageChrome.kind(ofFolderOf: "a//b.html") == nil && PageChrome.kind(ofFolderOf: "/x.html") == nil)
}

@Test("a pillar's and an action's path is its parts with the numbers as String writes them")
func pillarAndActionPaths() {
    let numbers = [0, 1, 9, 10, 14, 99, 100, 12_345, -1, -40, Int.max, Int.min]
    for id in ["00004-fiche", "één", "a", ""] {
        for pillar in numbers {
            #expect(Permalinks.pillar(id, pillar) == "documenten/" + id + "/pijler-" + String(pillar) + ".html")
            for action in numbers {
                #expect(Permalinks.action(id, pillar, action) == "documenten/" + id + "/pijler-" + String(pillar) + "-actie-" + String(action) + ".html")
            }
        }
    }
}
