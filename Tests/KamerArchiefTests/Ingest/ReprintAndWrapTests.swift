import Foundation
import Testing
@testable import KamerArchief

/// A reprinted paper (`Nr. 7 HERDRUK1`, the heading on the next line) and tweedekamer.nl's text of
/// a paper, whose lines with a note's marker run on into the next.
@Suite("A reprint's number line, and wrapped lines beside the lines a page joined")
struct ReprintAndWrapTests {
    /// tweedekamer.nl's page of a letter: lines wrapped at about 85 characters; a line with a note's
    /// marker is joined to the next, and longer.
    static let page = """
        Brief regering : Voortgang van de batterijstrategie
        36 000 Batterijen en grondstoffen
        Nr. 7 HERDRUK1
        BRIEF VAN DE MINISTER VAN KLIMAAT EN GROENE GROEI
        Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
        Den Haag, 20 september 2025
        Op 28 april jl. ontving uw Kamer de brief over de nationale batterijstrategie.2 Hierin blikte het kabinet terug op
        de ontwikkelingen van het afgelopen jaar en presenteerde het kabinet zijn plannen voor de
        komende jaren. De vaste commissie verzocht op 7 juni jl. om een actualisatie van de
        strategie in aanloop naar het commissiedebat. In deze brief wordt aan dit verzoek voldaan.
        Grondstoffen
        Op 14 september jl. publiceerde de Europese Commissie haar voorstellen voor de
        winning van grondstoffen in Europa.3 Daarin was veel aandacht voor de recycling van batterijen en de
        opslag van energie. Verder was er aandacht voor de financiering van nieuwe fabrieken en
        het versterken van de Europese weerbaarheid.
        Circulariteit
        Het kabinet wil dat batterijen vaker worden hergebruikt. Daartoe werkt het kabinet aan
        een regeling voor de inzameling van gebruikte batterijen bij bedrijven en huishoudens.
        """

    func read(_ text: String, name: String = "brief.txt") -> Document? {
        Ingester.ingest(ContentFile(path: "Content/\(name)", stem: "brief", bytes: Array(text.utf8))).document
    }

    @Test("a web page's reprint (`Nr. 7 HERDRUK1`, its heading under it) is the paper, read as the same paper's first print is")
    func reprintPage() throws {
        #expect(FormatDetector.detect(Self.page) == .pageDumpKamerstuk)
        let reprint = try #require(read(Self.page))
        let first = try #require(read(Self.page.replacingOccurrences(of: "Nr. 7 HERDRUK1\nBRIEF", with: "Nr. 7 BRIEF")))
        #expect(reprint.kind == .kamerbrief)
        #expect(reprint.metadata.kamerstuk == KamerstukNumber(dossier: "36000", ondernummer: "7"))
        #expect(reprint.title == first.title)
        #expect(reprint.allTexts == first.allTexts)
    }

    @Test("the page's lines joined at a note's marker leave the other lines wrapped: headings stay headings, paragraphs whole")
    func joinedLines() throws {
        let letter = try #require(read(Self.page))
        #expect(letter.sections.map(\.title) == ["Tekst", "Grondstoffen", "Circulariteit"])
        #expect(letter.sections.map(\.paragraphs.count) == [1, 1, 1])
    }

    @Test("a sentence's end with the note's marker a space after it (`… het commissiedebat. 4`) ends its paragraph")
    func markerAfterSpace() throws {
        let text = Self.page.replacingOccurrences(
            of: "strategie in aanloop naar het commissiedebat. In deze brief wordt aan dit verzoek voldaan.\nGrondstoffen\n",
            with: "strategie in aanloop naar het commissiedebat. 4\nIn deze brief wordt aan dit verzoek voldaan, zo kort als het gaat.\nGrondstoffen\n")
        let letter = try #require(read(text))
        let paragraphs = try #require(letter.sections.first).paragraphs
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.text.hasSuffix("in aanloop naar het commissiedebat. 4") == true)
        #expect(paragraphs.last?.text.hasPrefix("In deze brief wordt") == true)
    }

    @Test("a full line's length: the lengths of most lines, not the few a page joined; a text of one paragraph a line keeps its longest")
    func fullLineLength() {
        let wrapped = [84, 86, 87, 85, 88, 83, 150, 118, 137, 40, 12, 0, 0]
        // The 90th percentile of the lengths up to 88 × 1.15, not of all (137).
        #expect(Reflower.fullLineLength(lengths: wrapped) == 87)
        let paragraphs = [80, 91, 99, 128, 134, 142, 210, 218, 269, 0, 0, 19]
        // No run holds half the long lines: the 90th percentile of all, as before.
        #expect(Reflower.fullLineLength(lengths: paragraphs) == 210)
    }

    @Test("a Kamerstuk PDF's reprint: the mark on its own line between the number and the heading is neither heading nor text")
    func reprintPDFText() throws {
        let (reprint, _) = try ingestPDFFixture("brief-kamerstuk.txt", replacing: ("Nr. 87\n\n", "Nr. 87\n\nHERDRUK\n\n"))
        let (first, _) = try ingestPDFFixture("brief-kamerstuk.txt")
        let letter = try #require(reprint)
        #expect(letter.kind == .kamerbrief)
        #expect(letter.metadata.kamerstuk?.ondernummer == "87")
        #expect(letter.allTexts == (try #require(first)).allTexts)
    }
}
