import Foundation
import Testing
@testable import KamerArchief

/// Reports of debates (verslag van een commissiedebat): the speakers' labels as paragraphs of their
/// own in every form, set in emphasis, and the speakers listed.
@Suite("Debate reports: speakers' turns")
struct DebateTranscriptTests {
    /// The labels of the fixture's turns, in order.
    static let labels = [
        "De voorzitter:", "De heer Erkens (VVD):", "De voorzitter:", "Mevrouw Kröger (GroenLinks-PvdA):", "De heer Erkens (VVD):",
        "De heer Bontenbal (CDA):", "Minister Hermans:", "De heer Vermeer (BBB):", "Minister Hermans:", "De voorzitter:",
    ]

    @Test("each turn opens with its label alone, in emphasis, and the text after it; the speakers are listed", arguments: [
        "pdf/verslag-commissiedebat.pdf", "pdf/verslag-commissiedebat.txt", "pdf/verslag-commissiedebat.layout.txt",
        "variants/pagina-commissiedebat.txt", "variants/commissiedebat.xml",
    ])
    func turns(name: String) throws {
        let document = try ingestFixture(name)
        #expect(document.kind == .verslag)
        let paragraphs = document.xmlParagraphs
        let labels = paragraphs.filter { !$0.emphasis.isEmpty }
        #expect(labels.map(\.text) == Self.labels)
        for label in labels {
            #expect(label.emphasis == [TextRange(offset: 0, length: label.text.unicodeScalars.count)])
        }
        // A turn's text follows its label, in a paragraph of its own (the PDF's text ran the label of
        // a turn that follows a full line into it).
        let vermeer = try #require(paragraphs.firstIndex { $0.text == "De heer Vermeer (BBB):" })
        #expect(paragraphs[vermeer + 1].text == "Kan de minister toezeggen dat boeren met zonnepanelen niet achteraan in de rij komen?")
        #expect(paragraphs[vermeer - 1].text.hasSuffix("Ik kom daar in de brief over netcongestie op terug."))
        // The list of letters debated ends at its last item, whose line looks full.
        #expect(paragraphs.contains { $0.text == "Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit." })
        // The chair and the clerk are text, not headings over the debate.
        #expect(document.xmlSections.count == 1)
        #expect(paragraphs.contains { $0.text == "Voorzitter: Kops" } && paragraphs.contains { $0.text == "Griffier: Nijman" })
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.speakersLabel }?.value
            == "De heer Erkens (VVD); Mevrouw Kröger (GroenLinks-PvdA); De heer Bontenbal (CDA); Minister Hermans; De heer Vermeer (BBB)")
        #expect(document.metadata.ondertekening.map(\.naam) == ["Thijssen", "Reinders"])
        // The debate was held a month before the report was vastgesteld.
        #expect(document.date == "2026-03-03")
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.meetingDateLabel }?.value == "2026-02-04")
    }

    @Test("a report of a meeting is titled with its dossier", arguments: [
        "pdf/verslag-commissiedebat.pdf", "pdf/verslag-commissiedebat.txt", "variants/commissiedebat.xml",
    ])
    func title(name: String) throws {
        #expect(try ingestFixture(name).title == "Verslag van een commissiedebat – Voorzienings- en leveringszekerheid energie")
    }

    @Test("an older report's labels open their turns' paragraphs, the label alone in emphasis", arguments: [
        "pdf/verslag-algemeen-overleg.pdf", "pdf/verslag-algemeen-overleg.txt",
    ])
    func inlineLabels(name: String) throws {
        let document = try ingestFixture(name)
        #expect(document.title == "Verslag van een algemeen overleg – Duurzame ontwikkeling en beleid")
        let paragraphs = document.xmlParagraphs
        let turns = paragraphs.filter { !$0.emphasis.isEmpty }
        let labels = turns.map { turn in String(String.UnicodeScalarView(turn.text.unicodeScalars.prefix(turn.emphasis[0].length))) }
        #expect(labels == ["De voorzitter:", "De heer Smaling (SP):", "Mevrouw Van Veldhoven (D66):", "Minister Kamp:", "De voorzitter:"])
        #expect(turns.allSatisfy { $0.emphasis.count == 1 && $0.emphasis[0].offset == 0 })
        // The minister's turn after a line the width of a wrapped one was run into the turn before it.
        let minister = try #require(paragraphs.firstIndex { $0.text.hasPrefix("Minister Kamp: Voorzitter. Ik dank de leden") })
        #expect(paragraphs[minister - 1].text.hasSuffix("want daar blijft het akkoord het meest achter."))
        #expect(paragraphs[minister].text.hasSuffix("de voortgang per sector."))
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.speakersLabel }?.value
            == "De heer Smaling (SP); Mevrouw Van Veldhoven (D66); Minister Kamp")
        #expect(document.metadata.fields.first { $0.label == DebateTranscript.meetingDateLabel }?.value == "2015-02-04")
    }

    @Test("a label that the turn's text follows on its line", arguments: [
        ("De heer Smaling (SP): Voorzitter. Het Energieakkoord is nu een jaar oud.", "De heer Smaling (SP):"),
        ("Minister Kamp: Voorzitter. Ik dank de leden.", "Minister Kamp:"),
        ("Staatssecretaris Tielen: Ik kom daar schriftelijk op terug.", "Staatssecretaris Tielen:"),
        ("De voorzitter: Dank u wel.", "De voorzitter:"),
        ("De heer Smaling (SP):", nil),
        ("De minister heeft gezegd: dat kan.", nil),
        ("Mevrouw Kröger vroeg: waarom?", nil),
        ("De heer Smaling (SP):Voorzitter.", nil),
        ("Dat kan ik toezeggen: voor de zomer.", nil),
    ] as [(String, String?)])
    func inlineLabel(_ text: String, _ expected: String?) {
        #expect(SpeakerLabel.inlineLabel(text).map(String.init) == expected, "\(text)")
    }

    /// (text, whether it is a speaker's label); one row per form, a row added for every bug.
    static let labelRows: [(String, Bool)] = [
        ("De voorzitter:", true),
        ("De voorzitter (Kops):", true),
        ("De heer Erkens (VVD):", true),
        ("Mevrouw Van der Plas (BBB):", true),
        ("De heer Van der Lee (GroenLinks-PvdA):", true),
        ("Mevrouw Kröger (GroenLinks-PvdA):", true),
        ("De heer Öztürk (DENK):", true),
        ("Mevrouw A.H. Kuiken (PvdA):", true),
        ("De heer Krul (CDA) :", true),
        ("Minister Hermans:", true),
        ("Minister Van Hijum:", true),
        ("Minister-president Schoof:", true),
        ("Staatssecretaris Tielen:", true),
        ("De heer Jetten, minister voor Klimaat en Energie:", true),
        ("De minister van Financiën:", true),
        ("De heer Dijk (50PLUS):", true),
        ("Minister Hermans zei daarover het volgende:", false),
        ("De heer Erkens (VVD) vraagt het volgende:", false),
        ("Mevrouw Kröger vraagt:", false),
        ("De voorzittersrol:", false),
        ("De heer Erkens (VVD)", false),
        ("De heer:", false),
        ("Minister:", false),
        ("De minister heeft op 12 maart 2026 geschreven:", false),
        ("De motie-Erkens (Kamerstuk 29 023, nr. 500):", false),
        ("Voorzitter: Kops", false),
        ("Dat kan ik toezeggen:", false),
    ]

    @Test("a speaker's label is told from a sentence that ends in a colon", arguments: labelRows.indices)
    func label(_ index: Int) {
        let (text, expected) = Self.labelRows[index]
        #expect(SpeakerLabel.isLabel(text) == expected, "\(text)")
    }

    @Test("the chair and the clerk in a debate's head", arguments: [
        ("Voorzitter: Kops", true), ("Griffier: Nijman", true), ("Griffier: Van der Linden", true),
        ("Voorzitter: zie hieronder.", false), ("Griffier: de heer Nijman heeft het woord", false), ("Voorzitter:", false),
    ])
    func meetingRole(_ text: String, _ expected: Bool) {
        #expect(SpeakerLabel.isMeetingRole(text) == expected, "\(text)")
    }

    @Test("a letter that quotes one speaker is no debate's report")
    func oneLabelIsNoReport() {
        let location = SourceLocation(file: "Content/brief.txt", line: 1, column: 1)
        let paragraphs = ["In het debat zei de minister het volgende.", "Minister Hermans:", "Dat kan ik toezeggen."]
            .map { Paragraph(text: $0, location: location) }
        let document = Document(
            id: "brief", kind: .verslag, format: .pdfText, title: "Brief", source: "Content/brief.txt", metadata: DocumentMetadata(),
            sections: [Section(id: "tekst", title: "Tekst", paragraphs: paragraphs, location: location)])
        let structured = DebateTranscript.structure(document)
        #expect(structured == document)
    }
}
