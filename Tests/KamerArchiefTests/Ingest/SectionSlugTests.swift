import Testing
@testable import KamerArchief

@Suite("Section slugs")
struct SectionSlugTests {
    @Test("a heading's slug keeps a-z and 0-9, folds case and diacritics, joins words with one hyphen", arguments: [
        ("Water en Bodem", "water-en-bodem"),
        ("3.1 Laagveengebieden", "31-laagveengebieden"),
        ("  - Een  / twee & DRIE -  ", "een-twee-drie"),
        ("Één café, één reünie", "een-cafe-een-reunie"),
        ("Ærø", "r"),
        ("— …", "sectie"),
        ("", "sectie"),
    ])
    func slug(title: String, expected: String) {
        #expect(OutlineBuilder.uniqueSlug(title, taken: Set<String>()) == expected)
    }

    @Test("a taken slug gets the first free number from 2")
    func unique() {
        #expect(OutlineBuilder.uniqueSlug("Inleiding", taken: ["inleiding", "inleiding-2"]) == "inleiding-3")
        #expect(OutlineBuilder.uniqueSlug("Inleiding", taken: ["inleiding-2"]) == "inleiding")
    }
}
