import Foundation
import Testing
@testable import KamerArchief

/// The older `kamerwrk` form, from hand-written fixtures (see the comment in `Fixtures/xml/kamerwrk.xml`).
@Suite("Official XML reader on the older kamerwrk form")
struct OfficialXMLKamerwrkTests {
    @Test("frontm, stuk and ondtek give the same metadata as the modern form")
    func metadata() throws {
        let parsed = try readXMLFixture("kamerwrk.xml")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
        let document = try #require(parsed.document)
        #expect(document.kind == .kamerbrief)
        #expect(document.format == .officielePublicatie)
        #expect(document.title == "Brief van de minister van Economische Zaken")
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "29023", ondernummer: "27"))
        #expect(document.metadata.dossierTitle == "Voorzienings- en leveringszekerheid energie")
        #expect(document.metadata.vergaderjaar == "2005-2006")
        #expect(document.date == "2006-01-12")
        #expect(document.metadata.ondertekening == [Signer(naam: "L. J. Brinkhorst", functie: "De Minister van Economische Zaken")])
    }

    @Test("tuskop starts sections, witreg is ignored, lists keep labels, Latin-1 text is decoded")
    func body() throws {
        let document = try #require(try readXMLFixture("kamerwrk.xml").document)
        #expect(document.sections.map(\.title) == ["Inleiding", "Gasvoorziening", "Vervolg"])
        #expect(document.sections[1].paragraphs.map(\.text) == [
            "De gasvoorziening is de afgelopen winter onder druk komen te staan. Ik heb de Gasunie gevraagd maatregelen te nemen.",
            "extra opslag;", "meer financiële middelen.",
        ])
        #expect(document.sections[1].paragraphs.map(\.listLabel) == [nil, "a.", "b."])
    }

    @Test("voetref markers point at the voetnoot texts after the body, numbered in order of reference")
    func footnotes() throws {
        let document = try #require(try readXMLFixture("kamerwrk.xml").document)
        #expect(document.footnotes.map(\.number) == [1, 2])
        #expect(document.footnotes.map(\.text) == ["Kamerstukken II 2004/05, 29 023, nr. 12.", "Zie de bijlage."])
        let first = try #require(document.xmlParagraph(containing: "De gasvoorziening"))
        #expect(first.textBefore(note: 1, count: 15) == "komen te staan.")
        #expect(document.footnotes[0].citations.first?.kamerstuk == KamerstukNumber(dossier: "29023", ondernummer: "12"))
    }

    @Test("signers written as plain closing paragraphs are read when there is no ondtek")
    func plainSigners() throws {
        let xml = """
            <kamerwrk><frontm><vergjaar>2001-2002</vergjaar><onderw><nummer>28 000 XIII</nummer><naam>Begroting</naam></onderw></frontm>\
            <body><stuk><nummer>5</nummer><titel>BRIEF VAN DE STAATSSECRETARISSEN VAN ECONOMISCHE ZAKEN EN VAN FINANCIËN</titel>\
            <al>Hierbij bied ik u de stukken aan.</al><al>De Staatssecretaris van Economische Zaken,</al><al>K. G. de Vries</al>\
            <al>De Staatssecretaris van Financiën,</al><al>W. Bos</al></stuk></body></kamerwrk>
            """
        let parsed = readXML(xml)
        let document = try #require(parsed.document)
        #expect(document.metadata.kamerstuk == KamerstukNumber(dossier: "28000-XIII", ondernummer: "5"))
        #expect(document.title == "Brief van de staatssecretarissen van Economische Zaken en van Financiën")
        #expect(document.metadata.ondertekening == [
            Signer(naam: "K. G. de Vries", functie: "De Staatssecretaris van Economische Zaken"),
            Signer(naam: "W. Bos", functie: "De Staatssecretaris van Financiën"),
        ])
        // The lines stay in the body too: nothing is dropped.
        #expect(document.xmlParagraphs.count == 5)
    }

    @Test("a voetref without its voetnoot and a voetnoot nobody refers to are warnings")
    func brokenNotes() throws {
        let xml = """
            <kamerwrk><body><stuk><titel>VERSLAG</titel><al>Tekst<voetref refid="x1"/>.</al></stuk></body>\
            <voetnoot id="x2"><al>Wees.</al></voetnoot></kamerwrk>
            """
        let parsed = readXML(xml)
        #expect(parsed.document != nil)
        #expect(parsed.diagnostics.count == 2)
        #expect(Set(parsed.diagnostics.map(\.code)) == [.unresolvedFootnote, .unreferencedFootnote])
        #expect(parsed.diagnostics.contains { $0.code == .unresolvedFootnote && $0.message.contains("x1") })
        #expect(parsed.diagnostics.contains { $0.code == .unreferencedFootnote && $0.message.contains("x2") })
    }

    /// Each voetref names its note; a note nobody refers to is numbered after them, wherever it stands.
    @Test("a voetnoot nobody refers to, standing first, takes no marker's number")
    func unreferencedNoteFirst() throws {
        let xml = """
            <kamerwrk><body><stuk><titel>VERSLAG</titel><al>Een<voetref refid="a"/> twee<voetref refid="b"/>.</al></stuk></body>\
            <voetnoot id="x"><al>Wees.</al></voetnoot><voetnoot id="a"><al>Noot A.</al></voetnoot><voetnoot id="b"><al>Noot B.</al></voetnoot></kamerwrk>
            """
        let document = try #require(readXML(xml).document)
        #expect(document.footnotes.map(\.number) == [1, 2, 3])
        #expect(document.footnotes.map(\.text) == ["Noot A.", "Noot B.", "Wees."])
        #expect(document.xmlParagraphs.first?.noteRefs.map(\.footnote) == [1, 2])
    }
}
