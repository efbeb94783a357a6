import Foundation
import Testing
@testable import KamerArchief

/// One fixture under `Fixtures/variants/` through the whole ingest stage, as a build reads it.
private func ingestVariant(_ name: String) throws -> (document: Document?, diagnostics: [Diagnostic]) {
    let bytes = try [UInt8](Data(contentsOf: TestPaths.fixture("variants/\(name)")))
    let stem = String(name.prefix { $0 != "." })
    return Ingester.ingest(ContentFile(path: "Content/\(name)", stem: stem, bytes: bytes))
}

@Suite("Variants: a Rijksoverheid letter with a sidebar on every page, as PDF and as pdftotext text")
struct MinistryLetterVariantTests {
    /// `pdftotext -layout` prints the sidebar beside the body; the sentence that runs from page 1
    /// to page 2 must still be one paragraph, with no sidebar value inside it.
    @Test("the -layout text keeps a sentence across the page break whole and the sidebar out of it")
    func layoutSentenceAcrossPages() throws {
        let document = try #require(try ingestVariant("ministry-letter.layout.txt").document)
        let paragraph = try #require(document.sectionParagraphs.first { $0.text.hasPrefix("Met elke provincie is een woondeal gesloten.") })
        #expect(paragraph.text.contains("De eerste rapportage is als bijlage bij deze brief gevoegd."))
        #expect(!paragraph.text.contains("2024Z01234") && !paragraph.text.contains("Den Haag"))
        let next = try #require(document.sectionParagraphs.first { $0.text.hasPrefix("Ik heb met de gedeputeerden") })
        #expect(next.text.hasSuffix("de voorwaarden worden vooraf met de VNG en het IPO besproken."))
        #expect(!next.text.contains("2024-0000123456"))
    }

    /// Read from the letter itself (`make-ministry-letter.py`): its Betreft, its four headings
    /// (the first part has none), four page-foot notes, the signer under the closing.
    @Test("the PDF and its pdftotext text read as the letter: subject, date, kenmerk, ministry, headings, notes, signer",
          arguments: ["ministry-letter.pdf", "ministry-letter.txt", "ministry-letter.layout.txt"])
    func readsTheLetter(name: String) throws {
        let document = try #require(try ingestVariant(name).document)
        #expect(document.kind == .kamerbrief)
        #expect(document.title == "Voortgang Woningbouwimpuls en de afspraken in de regionale woondeals met de provincies")
        #expect(document.date == "2024-03-12")
        #expect(document.metadata.kenmerk == "2024-0000123456")
        #expect(document.metadata.ministerie == "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
        #expect(document.allSections.map(\.title) == ["Inleiding", "Stand van de woningbouw", "Afspraken met de provincies", "Vervolg"])
        #expect(document.footnotes.map(\.number) == [1, 2, 3, 4])
        #expect(document.footnotes.last?.text == "Het commissiedebat is gepland op 18 april 2024.")
        #expect(document.metadata.ondertekening.map(\.naam) == ["Hugo de Jonge"])
        // `Uw kenmerk 2024Z01234`: the letter answers the Kamer's zaak.
        #expect(document.metadata.zaak == "2024Z01234")
        let text = document.sectionParagraphs.map(\.text).joined(separator: "\n")
        for furniture in ["Directoraat-generaal", "Datum", "12 maart 2024", "Kenmerk", "Pagina", "Uw kenmerk", "2024Z01234"] {
            #expect(!text.contains(furniture), "sidebar text \(furniture) in the body")
        }
        let lastParagraph = try #require(document.allSections.last?.paragraphs.first)
        #expect(lastParagraph.text.hasPrefix("Ik informeer uw Kamer voor het commissiedebat Woningbouw"))
        #expect(lastParagraph.noteRefs.map(\.footnote) == [4])
    }
}

@Suite("Variants: a ministry letter that answers kamervragen")
struct MinistryLetterAnswerTests {
    @Test("a subject that says it answers kamervragen lists the letter with them; another reference is no zaak")
    func answerLetter() throws {
        let text = try String(contentsOf: TestPaths.fixture("variants/ministry-letter.txt"), encoding: .utf8)
        let answer = text.replacingOccurrences(of: "Voortgang Woningbouwimpuls en de afspraken in de regionale\nwoondeals met de provincies",
                                               with: "Antwoorden Kamervragen over de Woningbouwimpuls")
        let (document, diagnostics) = Ingester.ingest(ContentFile(path: "Content/antwoord.txt", stem: "antwoord", bytes: Array(answer.utf8)))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document?.kind == .kamervragen && document?.title == "Antwoorden Kamervragen over de Woningbouwimpuls")
        #expect(document?.metadata.zaak == "2024Z01234")
        let other = text.replacingOccurrences(of: "\n2024Z01234\n", with: "\nBZK-2024-17\n")
        let (letter, _) = Ingester.ingest(ContentFile(path: "Content/brief.txt", stem: "brief", bytes: Array(other.utf8)))
        #expect(letter?.kind == .kamerbrief && letter?.metadata.zaak == nil)
    }

    @Test("the subjects of answers, and subjects that only mention questions", arguments: [
        ("Antwoorden Kamervragen over het bericht X", true), ("Beantwoording vragen van het lid Kops over X", true),
        ("Antwoord op schriftelijke vragen over X", true), ("Beantwoording van de schriftelijke vragen over X", true),
        ("Antwoord van de minister op het verzoek", false), ("Vragen over de batterijstrategie", false),
        ("Kamervragen over X", false), ("Antwoorden", false),
    ])
    func subjects(subject: String, answers: Bool) {
        #expect(Kamervragen.answersQuestions(subject) == answers)
    }
}

@Suite("Variants: official XML of kinds beyond the fixtures")
struct OfficialXMLVariantTests {
    @Test("an amendement with <wijziging>, <wijzig-artikel>, <toelichting> keeps every change, the toelichting and both indieners")
    func amendement() throws {
        let (read, diagnostics) = try ingestVariant("amendement-wijziging.xml")
        let document = try #require(read)
        #expect(document.kind == .amendement)
        #expect(document.metadata.kamerstuk?.key == "36496-54")
        #expect(document.metadata.indieners == ["De Hoop", "Grinwis"])
        let texts = document.sectionParagraphs.map(\.text)
        #expect(texts.contains("Artikel II vervalt."))
        #expect(texts.contains { $0.hasPrefix("Bij algemene maatregel van bestuur worden regels gesteld") })
        #expect(document.allSections.map(\.title).contains("Toelichting"))
        #expect(document.footnotes.map(\.text) == ["Kamerstuk 32 847, nr. 1100."])
        #expect(!diagnostics.contains { $0.severity == .error })
    }

    @Test("a brief with <lijst>, <tabel>, <bijlage> and an unknown <sluiting>: the table's rows, the annex, one warning")
    func briefWithListTableAnnex() throws {
        let (read, diagnostics) = try ingestVariant("brief-lijst-tabel.xml")
        let document = try #require(read)
        #expect(document.metadata.ondertekening.first?.naam == "M.L.J. Paul")
        let table = try #require(document.sectionParagraphs.compactMap(\.table).first)
        #expect(table.rows == [["Regio", "Tekort"], ["G5", "1.900"], ["Overig", "7.700"]])
        #expect(document.sectionParagraphs.filter { $0.listLabel != nil }.map(\.text) == ["het lerarentekort;", "de basisvaardigheden;", "de bekostiging."])
        #expect(document.sectionParagraphs.contains { $0.text == "Tot zover de bijlage." })
        #expect(diagnostics.filter { $0.code == .unknownXMLElement }.count == 1)
    }

    /// The heading names only `Van Kent c.s.`; the ondertekening lists all three members.
    @Test("a gewijzigde motie of `het lid Van Kent c.s.` has the three members who sign as indieners, and its dictum")
    func motieCS() throws {
        let document = try #require(try ingestVariant("motie-gewijzigd.xml").document)
        #expect(document.kind == .motie)
        #expect(document.metadata.kamerstuk?.key == "36600-XV-45")
        #expect(document.metadata.indieners == ["Van Kent", "De Kort", "L. Flach"])
        let dictum = try #require(document.sections.first { $0.role == .dictum })
        #expect(dictum.paragraphs.first?.text == "verzoekt de regering, de vroegsignalering wettelijk te verankeren,")
    }

    @Test("a nota naar aanleiding van het verslag with <vraag>/<antwoord> keeps questions and answers in order")
    func nota() throws {
        let document = try #require(try ingestVariant("nota-vraag-antwoord.xml").document)
        #expect(document.kind == .nota)
        #expect(document.metadata.kamerstuk?.key == "36600-XIV-9")
        #expect(document.sectionParagraphs.map(\.text).suffix(4) == [
            "Hoeveel geld is er beschikbaar voor de Nationale Aanpak?", "Voor 2025 is € 12 miljoen beschikbaar.",
            "Wanneer ontvangt de Kamer de evaluatie?", "Voor de zomer van 2025.",
        ])
    }
}

/// `advies-nader-rapport.xml`: the vocabulary of a long Kamerstuk beyond letters and moties, in
/// the file as served (a byte-order mark, CRLF lines, a processing instruction inside a word).
@Suite("Variants: official XML of an advies with nader rapport, a CALS table with spans, notes in a table and repeated")
struct OfficialXMLVocabularyTests {
    @Test("every element is known: no warnings; the table of contents and the picture leave no text")
    func noWarnings() throws {
        let (read, diagnostics) = try ingestVariant("advies-nader-rapport.xml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let document = try #require(read)
        #expect(document.metadata.kamerstuk?.key == "36612-4")
        #expect(document.kind == .advies)
        let text = document.sectionParagraphs.map(\.text).joined(separator: "\n")
        #expect(!text.contains("........") && !text.contains(".png"))
        #expect(text.contains("over de opslaginstallaties ter overweging"))
        #expect(document.allSections.map(\.title).contains("1. Inhoud van het voorstel en de aanleiding"))
    }

    @Test("an amendement's own containers (amendement, amendement-lid, artikeltekst, voorstel-sluiting) are known: no warnings, text kept")
    func amendementContainers() throws {
        let xml = modernXML(title: "AMENDEMENT VAN HET LID KRÖGER", body: "<al>Inleiding.</al>").replacingOccurrences(
            of: "</algemeen>", with: "</algemeen><amendement><amendement-lid><wijziging><wat>I</wat><artikeltekst><al>Artikel 2 vervalt.</al>"
                + "</artikeltekst></wijziging></amendement-lid><toelichting><al>Toelichting.</al></toelichting></amendement>"
                + "<voorstel-sluiting><al>Slot.</al></voorstel-sluiting>")
        let (document, diagnostics) = readXML(xml)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document?.kind == .amendement)
        #expect(document?.sectionParagraphs.map(\.text) == ["Inleiding.", "I", "Artikel 2 vervalt.", "Toelichting.", "Slot."])
    }

    @Test("kamervragen in the older Aanhangsel's names: kind, title, the answer's date, Vraagnummer, no warnings")
    func olderKamervragen() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <officiele-publicatie><vragen><vraagnummer>2345</vraagnummer>\
            <omschr>Vragen van het lid Vendrik (GroenLinks) aan de minister van Financiën over <ondw>de accijns</ondw> (ingezonden 3 maart 2008).</omschr>\
            <omschr>Antwoord van minister Bos (Financiën) (ontvangen 2 april 2008).</omschr>\
            <vraag><nr>1</nr><al>Kent u het bericht?</al></vraag><antwoord><nr>1</nr><al>Ja.</al></antwoord>\
            <toelicht>Toelichting: deze vragen zijn een aanvulling op eerdere vragen.</toelicht></vragen></officiele-publicatie>
            """
        let (document, diagnostics) = readXML(xml)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(document?.kind == .kamervragen)
        #expect(document?.title == "Vragen van het lid Vendrik (GroenLinks) aan de minister van Financiën over de accijns")
        #expect(document?.date == "2008-04-02")
        #expect(document?.metadata.fields.map { "\($0.label): \($0.value)" } == ["Vraagnummer: 2345"])
        #expect(document?.sectionParagraphs.map(\.text).last == "Toelichting: deze vragen zijn een aanvulling op eerdere vragen.")
        // Each question and answer is a section, its bare number titled by its kind.
        let asked = document?.sections.filter { $0.title.hasPrefix("Vraag") || $0.title.hasPrefix("Antwoord") } ?? []
        #expect(asked.map { "\($0.title): \($0.paragraphs.map(\.text).joined())" } == ["Vraag 1: Kent u het bericht?", "Antwoord 1: Ja."])
    }

    @Test("an omschr that describes no questions leaves the document a Kamerstuk, undated")
    func omschrElsewhere() throws {
        let xml = "<?xml version=\"1.0\"?><officiele-publicatie><kamerstuk><stuk><algemeen><vrije-tekst><tekst>"
            + "<omschr>Rapport Commissie X, verschenen 3 mei 2024</omschr><al>Tekst.</al></tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>"
        let document = try #require(readXML(xml).document)
        #expect(document.kind == .kamerstuk && document.date == nil)
        #expect(document.sectionParagraphs.map(\.text) == ["Rapport Commissie X, verschenen 3 mei 2024", "Tekst."])
    }

    @Test("the advice and the nader rapport are sections of their own, the advice's chapters inside it")
    func adviceAndReply() throws {
        let document = try #require(try ingestVariant("advies-nader-rapport.xml").document)
        #expect(document.sections.map(\.title) == ["Advies Raad van State", "Nader rapport", "Bijlage bij punt 1"])
        #expect(document.sections[0].paragraphs.first?.text.hasPrefix("Bij Kabinetsmissive van 4 november 2024") == true)
        #expect(document.sections[0].subsections.map(\.title) == ["1. Inhoud van het voorstel en de aanleiding"])
        #expect(document.sections[1].paragraphs.map(\.text) == ["Het advies geeft aanleiding tot de volgende opmerkingen."])
        // A kop directly in the advice names it instead.
        let named = modernXML(body: "<adviesrvs><kop><titel>Advies W04.24.0001/IV</titel></kop><al>Tekst.</al></adviesrvs>")
        #expect(try #require(readXML(named).document).sections.map(\.title) == ["Advies W04.24.0001/IV"])
    }

    @Test("CALS columns: a cell spanning columns and one reaching into the row below leave their cells empty")
    func tableGrid() throws {
        let document = try #require(try ingestVariant("advies-nader-rapport.xml").document)
        let paragraph = try #require(document.sectionParagraphs.first { $0.table != nil })
        #expect(paragraph.text == "Aangevraagde opslagcapaciteit")
        let table = try #require(paragraph.table)
        #expect(table.headerRows == 2)
        #expect(table.rows == [
            ["Regio", "Capaciteit", ""],
            ["", "2024", "2025"],
            ["Noord", "", "40"],
            ["Totaal zonder Zuid", "", "95"],
        ])
    }

    /// The table's note is numbered 1 in the source, as the title's note is; the model names a
    /// note by its number, so it becomes 3, and its marker stands after the caption.
    @Test("notes: a table's own numbering goes on after the text's, a nootref marks its note again, the title's note is kept")
    func notes() throws {
        let document = try #require(try ingestVariant("advies-nader-rapport.xml").document)
        #expect(document.footnotes.map(\.number) == [1, 2, 3])
        #expect(document.footnotes.map(\.text) == [
            "Het advies is hier in zijn geheel opgenomen.", "Kamerstukken II 2023/24, 29 023, nr. 500.", "In megawatt.",
        ])
        let repeated = try #require(document.sectionParagraphs.first { $0.text.hasPrefix("Het voorstel verplicht") })
        #expect(repeated.noteRefs.map(\.footnote) == [2, 2])
        #expect(repeated.noteRefs.map { repeated.text.textBefore(offset: $0.offset, count: 7) } == ["luiten.", "regels."])
        let table = try #require(document.sectionParagraphs.first { $0.table != nil })
        #expect(table.noteRefs.map(\.footnote) == [3])
        #expect(table.noteRefs.first?.offset == table.text.unicodeScalars.count)
    }

    @Test("a definition list's terms (and a colon) label their definitions; a box and a quotation stay paragraphs; the function runs on after <functie>")
    func blocksAndSigner() throws {
        let document = try #require(try ingestVariant("advies-nader-rapport.xml").document)
        let terms = document.sectionParagraphs.filter { $0.listLabel != nil }
        #expect(terms.map(\.listLabel) == ["opslaginstallatie:", "netbeheerder:"])
        #expect(terms.first?.text == "installatie die elektriciteit opneemt en later weer afgeeft;")
        let texts = document.sectionParagraphs.map(\.text)
        #expect(texts.contains("Kader: in 2030 is 9 gigawatt opslag nodig."))
        #expect(texts.contains("\"Een aansluiting wordt binnen redelijke termijn gerealiseerd.\""))
        #expect(texts.contains("Het advies geeft aanleiding tot de volgende opmerkingen."))
        #expect(document.metadata.ondertekening == [Signer(naam: "S.T.M. Hermans", functie: "De Minister van Klimaat en Groene Groei")])
    }

    /// Renumbering must not shift the text's own notes: a table's note 1 comes after note 3.
    @Test("the text's notes keep their printed numbers around a table's own note 1")
    func printedNumbersStay() throws {
        let xml = modernXML(body: """
            <al>Een.<noot id="a"><noot.nr>1</noot.nr><noot.al>Noot een.</noot.al></noot></al>\
            <table><tgroup cols="1"><tbody><row><entry>x<noot id="t" type="tabel"><noot.nr>1</noot.nr><noot.al>Tabelnoot.</noot.al></noot></entry></row>\
            </tbody></tgroup></table><al>Twee.<noot id="b"><noot.nr>2</noot.nr><noot.al>Noot twee.</noot.al></noot></al>\
            <al>Nog eens.<nootref refid="t"/></al>
            """)
        let document = try #require(readXML(xml).document)
        #expect(document.footnotes.map(\.number) == [1, 2, 3])
        #expect(document.footnotes.map(\.text) == ["Noot een.", "Noot twee.", "Tabelnoot."])
        #expect(document.xmlParagraphs.map { $0.noteRefs.map(\.footnote) } == [[1], [3], [2], [3]])
    }

    @Test("CALS: a colspec without a colname still counts, header rows count only at the top, an empty row stays empty, each group's tfoot comes after its body")
    func tableEdges() throws {
        let xml = modernXML(body: """
            <table><tgroup cols="3"><colspec colname="a"/><colspec colwidth="1*"/><colspec colname="c"/>\
            <thead><row><entry colname="a">A</entry><entry colname="c">C</entry></row></thead><tbody><row/><row><entry>x</entry></row></tbody></tgroup>\
            <tgroup cols="2"><thead><row><entry>H</entry><entry>I</entry></row></thead><tfoot><row><entry>Totaal</entry><entry>9</entry></row></tfoot>\
            <tbody><row><entry>a</entry><entry>b</entry></row></tbody></tgroup>\
            <tgroup cols="2"><tfoot><row><entry>Totaal 2</entry><entry>8</entry></row></tfoot><tbody><row><entry>c</entry><entry>d</entry></row></tbody></tgroup></table>
            """)
        let document = try #require(readXML(xml).document)
        let table = try #require(document.xmlParagraphs.first?.table)
        #expect(table.headerRows == 1)
        #expect(table.rows == [["A", "", "C"], [], ["x", "", ""], ["H", "I", ""], ["a", "b", ""], ["Totaal", "9", ""], ["c", "d", ""], ["Totaal 2", "8", ""]])
    }

    @Test("loose text in a signature other than a function's continuation stays text; 'en' and commas between signers go", arguments: [
        ("<ondertekening>De Minister van Financiën,<br/>A. Jansen</ondertekening>", [Signer](), ["De Minister van Financiën, A. Jansen"]),
        ("<ondertekening><functie>De Minister van Financiën,</functie> <naam>A. Jansen</naam> en <naam>B. Pietersen</naam></ondertekening>",
         [Signer(naam: "A. Jansen", functie: "De Minister van Financiën"), Signer(naam: "B. Pietersen")], []),
        ("<ondertekening><naam>A. Jansen</naam>, <functie>Minister van Financiën</functie></ondertekening>",
         [Signer(naam: "A. Jansen", functie: "Minister van Financiën")], []),
        ("<ondertekening><naam>A. Jansen</naam>, <functie>De minister van X</functie> en <naam>B. Pietersen</naam>, <functie>De minister van Y</functie></ondertekening>",
         [Signer(naam: "A. Jansen", functie: "De minister van X"), Signer(naam: "B. Pietersen", functie: "De minister van Y")], []),
        ("<ondertekening><naam>A. Jansen</naam> namens <naam>B. Pietersen</naam></ondertekening>",
         [Signer(naam: "A. Jansen"), Signer(naam: "B. Pietersen")], ["namens"]),
    ])
    func signatureText(signature: String, signers: [Signer], texts: [String]) throws {
        let xml = modernXML(body: "<al>Tekst.</al></tekst></vrije-tekst><tekst-sluiting>\(signature)</tekst-sluiting><vrije-tekst><tekst>")
        let document = try #require(readXML(xml).document)
        #expect(document.metadata.ondertekening == signers)
        #expect(Array(document.xmlParagraphs.map(\.text).dropFirst()) == texts)
    }

    @Test("a nootref naming no note before it is a warning at the nootref, and the text is kept")
    func unresolvedNootref() throws {
        let xml = modernXML(body: "<al>Zie eerder.<nootref refid=\"elders\"/> Verder.</al>")
        let (read, diagnostics) = readXML(xml)
        let document = try #require(read)
        #expect(diagnostics.map(\.code) == [.unresolvedFootnote])
        let lines = xml.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("<nootref") })
        let column = try #require(lines[line].range(of: "<nootref")).lowerBound.utf16Offset(in: lines[line]) + 1
        #expect(diagnostics.first.map { [$0.location.line, $0.location.column] } == [line + 1, column])
        #expect(document.xmlParagraphs.map(\.text) == ["Zie eerder. Verder."])
        #expect(document.xmlParagraphs.first?.noteRefs.isEmpty == true)
    }
}

/// `kamervragen-antwoord.xml`: written questions and their answer (`ah-tk-…`), which stand in no
/// dossier; the `kamervraagomschrijving` lines say who asks whom about what, and when.
@Suite("Variants: official XML of kamervragen with their answer")
struct OfficialXMLKamervragenTests {
    @Test("kind, title from the question's description without its date, the answer's date, number and vergaderjaar")
    func metadata() throws {
        let (read, diagnostics) = try ingestVariant("kamervragen-antwoord.xml")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let document = try #require(read)
        #expect(document.kind == .kamervragen)
        #expect(document.title == "Vragen van het lid Kröger (GroenLinks-PvdA) aan de Minister van Klimaat en Groene Groei over de brandveiligheid van buurtbatterijen")
        #expect(document.date == "2025-06-02")
        #expect(document.metadata.vergaderjaar == "2024-2025" && document.metadata.kamerstuk == nil)
        #expect(document.metadata.fields.first { $0.label == "Vraagnummer" }?.value == "1234")
        #expect(document.metadata.zaak == nil)
    }

    @Test("the descriptions, then each question and answer under its own label, the answer's note at its marker")
    func questionsAndAnswers() throws {
        let document = try #require(try ingestVariant("kamervragen-antwoord.xml").document)
        let paragraphs = document.sectionParagraphs
        // As the PDF and the web page print them: each question and answer a section under its label.
        #expect(document.sections.map(\.title) == ["Inleiding", "Vraag 1", "Antwoord 1", "Vraag 2", "Antwoord 2"])
        #expect(paragraphs.map(\.listLabel) == [nil, nil, nil, nil, nil, nil])
        #expect(paragraphs[1].text == "Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 2 juni 2025).")
        #expect(paragraphs[3].text == "Ja.")
        #expect(paragraphs[5].textBefore(note: 1, count: 9) == "gezonden.")
        #expect(document.footnotes.first?.citations.first?.dossier == "29023")
    }

    @Test("the date in the closing brackets, not one the subject names")
    func dateInSubject() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <officiele-publicatie><kamervragen><kamervraagomschrijving>Vragen van het lid Kröger over de brand van 3 september 2024 \
            in Rotterdam (ingezonden 10 september 2024).</kamervraagomschrijving><vraag><nr>1</nr><al>Klopt het?</al></vraag></kamervragen></officiele-publicatie>
            """
        let document = try #require(readXML(xml).document)
        #expect(document.date == "2024-09-10")
        #expect(document.title == "Vragen van het lid Kröger over de brand van 3 september 2024 in Rotterdam")
    }

    @Test("questions not yet answered are dated by when they were sent")
    func unanswered() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <officiele-publicatie><kamervragen><kamervraagnummer>2025Z09999</kamervraagnummer>
            <kamervraagomschrijving>Vragen van de leden Kröger en Thijssen aan de Minister van Klimaat en Groene Groei over buurtbatterijen (ingezonden 12 mei 2025).</kamervraagomschrijving>
            <vraag><nr>1</nr><al>Bent u bekend met het bericht?</al></vraag></kamervragen></officiele-publicatie>
            """
        let (read, diagnostics) = readXML(xml)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let document = try #require(read)
        #expect(document.kind == .kamervragen && document.date == "2025-05-12")
        #expect(document.metadata.zaak == "2025Z09999")
        #expect(document.title == "Vragen van de leden Kröger en Thijssen aan de Minister van Klimaat en Groene Groei over buurtbatterijen")
    }
}

@Suite("Variants: Kamerstuk PDF text with wrapped headings and a two-line footnote")
struct KamerstukPDFVariantTests {
    @Test("an amendement whose heading wraps over three lines: the whole heading is the title, three indieners from page 2")
    func amendementHeading() throws {
        let document = try #require(try ingestVariant("amendement-kop-drie-regels.txt").document)
        #expect(document.kind == .amendement)
        #expect(document.title == "Gewijzigd amendement van de leden Van Kent, De Kort en Flach ter vervanging van dat gedrukt onder nr. 18")
        #expect(document.metadata.kamerstuk?.key == "36600-XV-31")
        #expect(document.metadata.indieners == ["Van Kent", "De Kort", "Flach"])
        #expect(!document.sectionParagraphs.contains { $0.text.contains("kst-36600") || $0.text.contains("ISSN") })
    }

    @Test("a brief with a footnote of two lines on page 1 and a heading over two lines")
    func briefFootnote() throws {
        let document = try #require(try ingestVariant("brief-voetnoot-kop-twee-regels.txt").document)
        #expect(document.title == "Brief van de minister van Binnenlandse Zaken en Koninkrijksrelaties")
        #expect(document.footnotes.map(\.text) == [
            "Kamerstuk 32 847, nr. 1100; zie ook de brief over de woondeals van 13 oktober 2022 (Kamerstuk 32 847, nr. 966).",
            "CBS, Statline, Voorraad woningen en niet-woningen; mutaties, 2023.",
        ])
        #expect(document.sectionParagraphs.contains {
            $0.text.hasSuffix("blijft achter bij de afspraken in de regionale woondeals.") && $0.noteRefs.map(\.footnote) == [2]
        })
        #expect(document.metadata.ondertekening.first?.naam == "H.M. de Jonge")
    }
}

@Suite("Variants: a BNC-fiche in the official PDF layout, title wrapped elsewhere, without form feeds, and as -layout text")
struct FichePDFVariantTests {
    /// Both are `fiches-pdf/fiche-2-batterijenverordening.txt` re-laid out (see the variants README):
    /// the same fiche must come out with the same title, chapters and notes.
    @Test("each variant reads as the fiche it was made from", arguments: ["fiche-titel-zonder-formfeed.txt", "fiche-layout.txt"])
    func sameFiche(name: String) throws {
        let document = try #require(try ingestVariant(name).document)
        #expect(document.kind == .fiche)
        #expect(document.title == "Verordening inzake batterijen en afgedankte batterijen en tot intrekking van Richtlijn 2006/66/EG")
        #expect(document.sections.map(\.title).prefix(3) == ["Algemene gegevens", "Essentie voorstel", "Nederlandse positie ten aanzien van het voorstel"])
        #expect(document.footnotes.first?.text == "Kamerstuk 22112, nr. 2838")
        #expect(document.footnotes.count == 5)
        #expect(!document.sectionParagraphs.contains { $0.text == "1" || $0.text == "2" })
    }
}
