import Foundation
import Testing
@testable import KamerArchief

@Suite("PDF text extraction with poppler")
struct PDFTextExtractorTests {
    func extract(_ name: String) throws -> (text: String?, diagnostics: [Diagnostic]) {
        let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture("pdf/\(name)")))
        return PDFTextExtractor.extract(bytes, path: "Content/\(name)")
    }

    @Test("the real motie's text has its head, body and colophon lines, with the columns on lines of their own")
    func realMotie() throws {
        let (text, diagnostics) = try extract("kst-21501-02-3121.pdf")
        #expect(diagnostics.isEmpty)
        let lines = try #require(text).split(separator: "\n").map(String.init)
        #expect(lines.first == "Tweede Kamer der Staten-Generaal")
        // The dossier number and its title, and `Nr.` and the heading, share a baseline in two columns.
        for line in ["21 501-02", "Raad Algemene Zaken en Raad Buitenlandse", "Nr. 3121", "MOTIE VAN HET LID CEDER",
                     "Voorgesteld 10 april 2025", "en gaat over tot de orde van de dag.", "Ceder", "kst-21501-02-3121"] {
            #expect(lines.contains(line), "missing line \(line)")
        }
        #expect(!(text ?? "").contains("\u{0C}"), "a one-page PDF has no page boundary")
    }

    @Test("a two-page PDF gets one form feed, at the start of the second page's first line")
    func pageBoundary() throws {
        let text = try #require(try extract("brief-kamerstuk.pdf").text)
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count == 2)
        #expect(pages[0].hasSuffix("Tweede Kamer, vergaderjaar 2022–2023, 36 200 XIV, nr. 87\n"))
        #expect(pages[1].hasPrefix("natuur, water en klimaat. Een aantal programma's vraagt om aanvulling, met\n"))
    }

    @Test("a wide vertical gap becomes an empty line, as between paragraphs")
    func paragraphGap() throws {
        let text = try #require(try extract("brief-kamerstuk.pdf").text)
        #expect(text.contains("daarvoor beschikbaar komen.\n\nDe provincies hebben"))
        #expect(text.contains("de lange termijn betreft.\nMet de betrokken"), "lines of one paragraph stay together")
    }

    @Test("an encrypted PDF is an error naming the file")
    func encrypted() throws {
        let (text, diagnostics) = try extract("encrypted.pdf")
        #expect(text == nil)
        #expect(diagnostics.map(\.description) == [
            "Content/encrypted.pdf: error: [pdf-encrypted] encrypted PDF: it needs a password to be read; publish an unencrypted copy",
        ])
    }

    @Test("a truncated PDF and one with garbage after the signature are damaged")
    func damaged() throws {
        for name in ["truncated.pdf", "garbage.pdf"] {
            let (text, diagnostics) = try extract(name)
            #expect(text == nil)
            #expect(diagnostics.map(\.code) == [.pdfDamaged] && diagnostics.allSatisfy { $0.severity == .error })
            #expect(diagnostics.first?.location == SourceLocation(file: "Content/\(name)", line: 0, column: 0))
        }
    }

    @Test("a PDF of drawings without a text layer is an error, not an empty document")
    func noText() throws {
        let (text, diagnostics) = try extract("image-only.pdf")
        #expect(text == nil)
        #expect(diagnostics.map(\.description) == [
            "Content/image-only.pdf: error: [pdf-no-text] PDF without a text layer (1 page of images or drawings); "
                + "run OCR on it or add its text as a .txt file",
        ])
    }
}
