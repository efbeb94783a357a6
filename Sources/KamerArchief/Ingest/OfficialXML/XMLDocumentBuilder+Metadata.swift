import Foundation

/// The document's facts, from what the XML states: the `kamerstukkop`, `dossier` and `stuk`
/// elements first, the `metadata/meta` records where those are missing.
extension XMLDocumentBuilder {
    func document(id: String) -> (document: Document, diagnostics: [Diagnostic]) {
        var body = finishedSections()
        if unnumberedNotes > 0 { renumberNotes(in: &body) }
        var diagnostics = self.diagnostics
        for (refid, target) in voetnootNumbers.sorted(by: { $0.value.number < $1.value.number }) where !voetnootsSeen.contains(refid) {
            diagnostics.append(.warning(.unresolvedFootnote, "<voetref refid=\"\(refid)\"> has no <voetnoot id=\"\(refid)\">", at: target.location))
        }
        footnotes.sort { $0.number < $1.number }
        if form == .vlos {
            let report = meetingReport(id: id, sections: body)
            if !report.sections.contains(where: { !$0.allParagraphs.isEmpty }) {
                diagnostics.append(.warning(
                    .missingSection, "the report holds no text\(reportStatus.map { " (status \($0))" } ?? ""): its meeting's outline only, before the report is written",
                    at: SourceLocation(file: lines.path, line: 0, column: 0)))
            }
            return (report, diagnostics)
        }

        var metadata = DocumentMetadata()
        let printedDossier = fields[.dossierNumber].map { number in
            guard let chapter = fields[.budgetChapter]?.text, !number.text.hasSuffix(chapter) else { return number.text }
            return number.text + " " + chapter
        }
        let dossier = (printedDossier ?? metaValue("OVERHEIDop.dossiernummer")).flatMap(KamerstukIdentifier.dossier)
        let ondernummer = (fields[.ondernummer]?.text ?? metaValue("OVERHEIDop.ondernummer"))?.filter { !$0.isWhitespace }
        if let dossier, let ondernummer, !ondernummer.isEmpty {
            metadata.kamerstuk = KamerstukNumber(dossier: dossier, ondernummer: ondernummer)
        } else if let identifier = metaValue("DC.identifier") {
            metadata.kamerstuk = KamerstukIdentifier.kamerstuk(fromDocument: identifier)
        }
        metadata.dossierTitle = fields[.dossierTitle]?.text ?? metaValue("OVERHEIDop.dossiertitel")
        metadata.vergaderjaar = (fields[.vergaderjaar]?.text).flatMap(KamerstukIdentifier.vergaderjaar)
            ?? metaValue("OVERHEIDop.vergaderjaar").flatMap(KamerstukIdentifier.vergaderjaar)
        if let kamer = fields[.kamer] { metadata.fields.append(Field(label: "Kamer", value: kamer.text, location: kamer.location)) }
        // An item of the Handelingen is named by its publication (`h-tk-20252026-58-9`), which the
        // metadata's link to its record holds (or its identifier, where the file has its record's).
        let item = meta.lazy.filter { Self.identifyingMeta.contains($0.name) }.compactMap { Self.handelingenItem(in: $0.content) }.first
        if let item {
            metadata.vergaderjaar = metadata.vergaderjaar ?? item.vergaderjaar
            metadata.fields.append(Field(
                label: HandelingenItem.fieldLabel,
                value: HandelingenItem.citation(kamer: item.kamer, vergaderjaar: item.vergaderjaar, meeting: item.meeting, item: item.item),
                location: SourceLocation(file: lines.path, line: 0, column: 0)))
        }
        if let number = fields[.questionNumber] {
            // Questions not yet answered are numbered by their zaak (`2024Z14567`).
            if Kamervragen.isZaakNumber(number.text) { metadata.zaak = number.text }
            metadata.fields.append(Field(label: Kamervragen.numberLabel, value: number.text, location: number.location))
        }
        metadata.indieners = meta.filter { $0.name == "OVERHEIDop.indiener" && !$0.content.isEmpty }.map(\.content)
        metadata.ondertekening = signers.isEmpty ? Self.signersWrittenAsText(body) : signers
        // Members sign their own papers (an initiative bill's memorie, an amendement) by name alone,
        // as the last paragraphs.
        let byMembers = [fields[.stukTitle]?.text, fields[.dossierTitle]?.text].contains { title in
            guard let title = title?.lowercased() else { return false }
            return title.contains("van het lid ") || title.contains("van de leden ") || title.hasPrefix("amendement")
                || title.hasPrefix("gewijzigd amendement") || title.hasPrefix("nader gewijzigd amendement")
        }
        if metadata.ondertekening.isEmpty, byMembers { metadata.ondertekening = Self.takeMemberNames(&body) }
        let date = isoDate ?? fields[.dateText].flatMap { Self.fullDate(in: $0.text) }
            ?? Kamervragen.date(questionDescriptions) ?? Self.dateLine(in: body)
            // The meeting's day where a record of the Handelingen gives it (day first in some).
            ?? ["OVERHEIDop.datumVergadering", "DCTERMS.issued"].lazy.compactMap { self.metaValue($0) }
                .compactMap { $0.isISODate ? $0 : $0.isoFromDayMonthYear }.first
        metadata.datum = date
        if date == nil, item != nil {
            diagnostics.append(.warning(
                .missingMetadata, "the item of the Handelingen has no date: its XML names the meeting's day only in its record (metadata.xml); give 'date:' in a sidecar",
                at: SourceLocation(file: lines.path, line: 0, column: 0)))
        }

        let stukTitle = fields[.stukTitle]?.text
        let questionTitle = questionDescriptions.first.map(Kamervragen.title)
        let itemTitle = fields[.itemTitle]?.text
        if stukTitle == nil, questionTitle == nil, itemTitle == nil, item == nil {
            diagnostics.append(.warning(
                .missingMetadata, "the XML has no <titel> in <stuk>; the title is taken from the dossier", at: SourceLocation(file: lines.path, line: 0, column: 0)))
        }
        let kind = stukTitle.flatMap(KamerstukKind.classify)
            ?? (questionTitle != nil ? .kamervragen : itemTitle != nil || item != nil ? .verslag : .kamerstuk)
        let title = stukTitle.map { KamerstukTitle.extended(KamerstukTitle.readable($0, dossierTitle: metadata.dossierTitle), by: metaValue("OVERHEIDop.documenttitel")) }
            ?? questionTitle ?? itemTitle ?? metadata.dossierTitle ?? metaValue("DC.title")
            ?? metadata.fields.first { $0.label == HandelingenItem.fieldLabel }?.value ?? id
        let document = Document(
            id: id, kind: kind, format: .officielePublicatie, title: title, date: date, source: lines.path,
            metadata: metadata, sections: body, footnotes: footnotes)
        return (document, diagnostics)
    }
}

private extension XMLDocumentBuilder {
    /// Gives the notes that had a stand-in number (`-1`, `-2`, … in the order read) the numbers
    /// after the highest printed one, in their notes and in every marker that points at them.
    func renumberNotes(in sections: inout [Section]) {
        let base = max(highestNoteNumber, 0)
        func renumbered(_ number: Int) -> Int { number < 0 ? base - number : number }
        for index in footnotes.indices { footnotes[index].number = renumbered(footnotes[index].number) }
        func visit(_ section: inout Section) {
            for index in section.paragraphs.indices where section.paragraphs[index].noteRefs.contains(where: { $0.footnote < 0 }) {
                section.paragraphs[index].noteRefs = section.paragraphs[index].noteRefs.map {
                    NoteRef(footnote: renumbered($0.footnote), offset: $0.offset, location: $0.location)
                }
            }
            for index in section.subsections.indices { visit(&section.subsections[index]) }
        }
        for index in sections.indices { visit(&sections[index]) }
    }

    func metaValue(_ name: String) -> String? {
        meta.first { $0.name == name && !$0.content.isEmpty }?.content
    }

    /// The metadata that name the publication itself.
    static let identifyingMeta: Set<String> = ["OVERHEIDop.externMetadataRecord", "DC.identifier"]

    /// The item of the Handelingen a metadata value names: the publication `h-tk-20252026-58-9` as
    /// it stands, or as a part of the path of a link to its record
    /// (`https://zoek.officielebekendmakingen.nl/h-tk-20252026-58-9/metadata.xml`).
    static func handelingenItem(in content: String) -> KamerstukIdentifier.HandelingenItemName? {
        content.split(separator: "/").lazy.compactMap { KamerstukIdentifier.handelingenItem(fromDocument: String($0)) }.first
    }

    /// The first full date (day, month, year) in `text`, as `YYYY-MM-DD`.
    static func fullDate(in text: String) -> String? {
        DutchDate.find(in: text).first { $0.iso.count == 10 }?.iso
    }

    /// A letter's `Den Haag, 7 juli 2023` line (or a motie's `Voorgesteld …`) among the opening paragraphs.
    static func dateLine(in sections: [Section]) -> String? {
        let opening = sections.first.map { $0.paragraphs.prefix(4) } ?? []
        return opening.lazy.compactMap { DutchDateLine.date(in: $0.text) }.first
    }

    /// Members' names printed as the last paragraphs of the last section (`Van Ardenne-van der
    /// Hoeven`, `Reitsma`), taken out of it as the signers.
    static func takeMemberNames(_ sections: inout [Section]) -> [Signer] {
        guard let last = sections.indices.last else { return [] }
        // The last text is the last subsection's, when there are subsections.
        if !sections[last].subsections.isEmpty { return takeMemberNames(&sections[last].subsections) }
        let paragraphs = sections[last].paragraphs
        let names = paragraphs.reversed().prefix { $0.listLabel == nil && $0.table == nil && MotieStructurer.isMemberName($0.text) }
        guard !names.isEmpty, names.count <= 8 else { return [] }
        sections[last].paragraphs.removeLast(names.count)
        // A closing section that held only the names goes.
        if sections[last].paragraphs.isEmpty { sections.removeLast() }
        return names.reversed().map { Signer(naam: $0.text.trimmingWhitespace, functie: nil) }
    }

    /// Signers printed as the last paragraphs (`De Minister van …,` then the name), as the old
    /// form often has them instead of an `ondtek`.
    static func signersWrittenAsText(_ sections: [Section]) -> [Signer] {
        var last = sections.last
        while let section = last, section.paragraphs.isEmpty || !section.subsections.isEmpty, let child = section.subsections.last { last = child }
        let tail = Array((last?.paragraphs ?? []).suffix(6))
        var signers: [Signer] = []
        var index = 0
        while index + 1 < tail.count {
            let function = tail[index].text
            let name = tail[index + 1].text
            if DutchDateLine.isSignerFunction(function), name.unicodeScalars.count <= 60, !name.hasSuffix(",") {
                signers.append(Signer(naam: name, functie: String(function.dropLast())))
                index += 2
            } else {
                index += 1
            }
        }
        return signers
    }
}

/// Small tests on whole lines of letter furniture.
enum DutchDateLine {
    /// The date of a date line: `Den Haag, 7 juli 2023` (a short place name and a comma) or
    /// `Voorgesteld 10 april 2025` (one word), then a full date that ends the line.
    static func date(in line: String) -> String? {
        let dates = DutchDate.find(in: line)
        guard dates.count == 1, let date = dates.first, date.iso.count == 10,
              date.range.end == line.unicodeScalars.count, date.range.offset <= 40 else { return nil }
        let lead = String(scalars: line.unicodeScalars.prefix(date.range.offset))
            .trimmingWhitespace
        let isPlace = lead.hasSuffix(",")
        let isOneWord = !lead.isEmpty && !lead.contains(" ") && lead.first?.isUppercase == true
        return isPlace || isOneWord ? date.iso : nil
    }

    /// `De Minister van Economische Zaken,`, `De Staatssecretaris voor …,`.
    static func isSignerFunction(_ line: String) -> Bool {
        let lowered = line.lowercased()
        return line.hasSuffix(",") && line.unicodeScalars.count <= 120
            && ["de minister", "de staatssecretaris"].contains { lowered.hasPrefix($0) }
    }
}
