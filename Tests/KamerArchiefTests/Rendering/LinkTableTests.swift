import Testing
@testable import KamerArchief

@Suite("A page's link entries")
struct LinkTableTests {
    /// A page's entries are found by a scan while it has few and through a dictionary after: each
    /// address with its class is one entry either way, numbered in the order first met, and
    /// `hrefs` lists each once.
    @Test func entriesAreNumberedOnceAcrossTheScanAndTheDictionary() {
        let table = LinkTable()
        let count = 3 * LinkTable.scannedEntries
        func address(_ index: Int) -> String { "../documenten/\(index)/index.html" }
        for index in 0..<count {
            #expect(table.entry(address(index)) == 2 * index)
            // The same address with a class is an entry of its own.
            #expect(table.entry(address(index), cssClass: "citation") == 2 * index + 1)
            // Every address met before finds its entry again, with or without its class.
            for earlier in 0...index {
                #expect(table.entry(address(earlier)) == 2 * earlier)
                #expect(table.entry(address(earlier), cssClass: "citation") == 2 * earlier + 1)
            }
        }
        #expect(table.hrefs.count == 2 * count)
        #expect(Set(table.hrefs) == Set((0..<count).map(address)))
        #expect(table.opening(1) == Array("<a href=\"../documenten/0/index.html\" class=\"citation\">".utf8))
        #expect(table.opening(2 * count) == nil)
    }
}
