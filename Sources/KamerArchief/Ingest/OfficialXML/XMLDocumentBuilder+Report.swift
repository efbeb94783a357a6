/// The facts of a VLOS report of a meeting, from its meeting's elements and attributes: a
/// plenary meeting is titled as the Tweede Kamer titles its report (`Tweede Kamer, 58e vergadering,
/// 12 maart 2026`), a committee's by its first activity (the debate it held); the day it met, its
/// number, the house and the report's status (`Ongecorrigeerd`) as fields, as a report's web page
/// gives them.
extension XMLDocumentBuilder {
    func meetingReport(id: String, sections: [Section]) -> Document {
        var metadata = DocumentMetadata()
        metadata.vergaderjaar = fields[.vergaderjaar].flatMap { KamerstukIdentifier.vergaderjaar($0.text) }
        let head = SourceLocation(file: lines.path, line: 0, column: 0)
        if let house = meetingHouse { metadata.fields.append(Field(label: "Kamer", value: house, location: head)) }
        let meetingTitle = fields[.meetingTitle]
        // `58e vergadering` → `58e`, as the report's web page names it; else its number.
        if let title = meetingTitle, let number = PlenaryReportPage.meeting(title.text) {
            metadata.fields.append(Field(label: PlenaryReportPage.meetingLabel, value: number, location: title.location))
        } else if let number = fields[.meetingNumber], number.text != "0" {
            // A committee's meeting has no number: the report writes `0`.
            metadata.fields.append(Field(label: PlenaryReportPage.meetingLabel, value: number.text, location: number.location))
        }
        if let status = reportStatus { metadata.fields.append(Field(label: PlenaryReportPage.statusLabel, value: status, location: head)) }
        // `2026-03-12T00:00:00`: the day the meeting was held.
        let date = fields[.meetingDate].map { String($0.text.prefix(10)) }.flatMap { $0.isISODate ? $0 : nil }
        let body = Self.mergingRepeatedTitles(sections)
        let title: String
        if meetingKind == "Plenair", let meetingTitle {
            title = ([meetingHouse, meetingTitle.text] + [date.map(DutchDateText.string)]).compactMap { $0 }.joined(separator: ", ")
        } else {
            // The chair's opening and closing are activities of their own, before and after the debate.
            title = body.first { $0.id != Self.introductionID && !$0.title.isEmpty && !Self.proceduralActivities.contains($0.title) }?.title
                ?? meetingTitle?.text ?? id
        }
        return Document(
            id: id, kind: .verslag, format: .vlos, title: title, date: date, source: lines.path, metadata: metadata, sections: body)
    }

    /// The activities that open and close a meeting, which name no debate.
    static let proceduralActivities: Set<String> = ["Opening", "Sluiting", "Mededelingen", "Einde vergadering"]

    /// A part whose title its activity's repeats (the one `activiteithoofd` of a committee's debate,
    /// titled as the debate is) is no section of its own: its text and parts are its activity's.
    static func mergingRepeatedTitles(_ sections: [Section]) -> [Section] {
        sections.map { section in
            var section = section
            var subsections: [Section] = []
            for child in mergingRepeatedTitles(section.subsections) {
                if child.title == section.title, subsections.isEmpty {
                    section.paragraphs += child.paragraphs
                    subsections += child.subsections
                } else {
                    subsections.append(child)
                }
            }
            section.subsections = subsections
            return section
        }
    }
}
