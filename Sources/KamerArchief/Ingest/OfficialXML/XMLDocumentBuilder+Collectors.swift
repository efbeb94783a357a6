/// What happens when a collector is complete: each kind of text goes where the model wants it.
extension XMLDocumentBuilder {
    /// A list item's text before a nested list becomes a paragraph of its own; what follows the
    /// nested list is an unlabelled continuation.
    func emitListItemSoFar() {
        let index = collectors.count - 1
        guard !collectors[index].isEmpty else { return }
        let label = collectors[index].label ?? listLabels.dropLast().last
        appendParagraph(collectors[index].paragraph(listLabel: label?.isEmpty == true ? nil : label))
        collectors[index].reset()
        collectors[index].label = ""
    }

    func finish(_ collector: XMLTextCollector, element: OpenElement?) {
        let text = collector.text
        if collector.kind == .heading || collector.kind == .divisionHeading {
            // A section title has no markers in the model; say so rather than lose the marker quietly.
            for ref in collector.noteRefs {
                diagnostics.append(.warning(
                    .unreferencedFootnote, "\(ref.footnote > 0 ? "note \(ref.footnote)" : "a note") is marked in a heading, where markers are not kept; the note is listed without it",
                    at: ref.location))
            }
        }
        switch collector.kind {
        case .paragraph, .implicitParagraph:
            if !collector.isEmpty || !collector.noteRefs.isEmpty {
                if table != nil { underTable.append(collector.paragraph()) } else { appendParagraph(collector.paragraph()) }
            }
            // The older `omschr` names other things too: only a line that opens as one describes kamervragen.
            if element?.name == "kamervraagomschrijving" || (element?.name == "omschr" && Kamervragen.opensDescription(text)),
                !collector.isEmpty
            {
                questionDescriptions.append(text)
            }
        case .heading:
            if !collector.isEmpty { openHeading(text, at: collector.location, style: element?.headingStyle) }
        case .divisionHeading:
            // A subject names only a division that nothing else has named.
            if !collector.isEmpty, !nameDivision(text), element?.role != .divisionSubject { openHeading(text, at: collector.location) }
        case .listItem:
            let label = collector.label ?? listLabels.last
            if !collector.isEmpty { appendParagraph(collector.paragraph(listLabel: label?.isEmpty == true ? nil : label)) }
        case .listLabel:
            // A defined term is printed with a colon before its definition.
            let label = element?.name == "term" && !text.isEmpty && !(text.last?.isPunctuation ?? false) ? text + ":" : text
            if let index = collectors.indices.last { collectors[index].label = label } else if !label.isEmpty { pendingLabel = label }
        case .cell, .caption:
            // Outside a table (malformed structure), a cell or caption is kept as a paragraph.
            guard table != nil else {
                if !collector.isEmpty { appendParagraph(collector.paragraph()) }
                break
            }
            if collector.kind == .caption {
                table?.caption = text
                table?.noteRefs += collector.noteRefs
            } else {
                table?.endCell(text, noteRefs: collector.noteRefs)
            }
        case .footnoteNumber:
            if let index = collectors.indices.last { collectors[index].footnoteNumber = Int(text.filter(\.isNumber)) }
        case .footnote:
            let number: Int
            if element?.role == .footnoteBody, let referenced = collector.footnoteNumber {
                // The old form's notes are numbered by their markers (`voetnootNumbers`).
                number = referenced
            } else if element?.role != .footnoteBody, let printed = collector.footnoteNumber, noteNumbers.insert(printed).inserted {
                number = printed
            } else {
                // A table's notes and an appendix's may be numbered from 1 again, some notes
                // carry a sign, not a number, and an old-form note may have no marker. In the
                // model a number names one note, and the text's own numbers should stay as
                // printed, so these get a stand-in (negative) number now and a number after the
                // highest printed one when the document is complete (`renumberNotes`).
                unnumberedNotes += 1
                number = -unnumberedNotes
            }
            highestNoteNumber = max(highestNoteNumber, number)
            if let id = element?.noteID, !id.isEmpty { noteNumbersByID[id] = number }
            footnotes.append(Footnote(number: number, text: text, location: collector.location, citations: collector.citations))
            if let ref = element?.noteRef, ref.collector < collectors.count, ref.index < collectors[ref.collector].noteRefs.count {
                collectors[ref.collector].noteRefs[ref.index].footnote = number
            }
        case .field(let field):
            switch field {
            case .signerName: signatureItems.append((true, text))
            case .signerFunction: signatureItems.append((false, text))
            case .itemTitle:
                if fields[field] == nil, !text.isEmpty { fields[field] = (text, collector.location) }
                if !text.isEmpty, !nameDivision(text) { openHeading(text, at: collector.location) }
            default: if fields[field] == nil, !text.isEmpty { fields[field] = (text, collector.location) }
            }
        case .speakerDetail(let detail):
            if !collector.isEmpty, let index = collectors.indices.last { collectors[index].speakerDetails.append((detail, text)) }
        case .speaker:
            if !collector.isEmpty { appendParagraph(Paragraph(text: Self.speakerLabel(collector), location: collector.location)) }
        }
    }
}

extension XMLDocumentBuilder {
    /// The label a `spreker` prints as: its name parts (`De heer`, `Erkens`), an office after a
    /// comma, a party in parentheses, then a colon: `De heer Erkens (VVD):`,
    /// `De heer Jetten, minister voor Klimaat en Energie:`. The party may come with its parentheses.
    ///
    /// The file may print the party's parentheses and the colon around the element (`</naam>
    /// (<politiek>VVD</politiek>):`): those, the space before the colon and an office's comma are
    /// left off the name, and written again as above.
    static func speakerLabel(_ collector: XMLTextCollector) -> String {
        var label = Substring(collector.text)
        while true {
            while label.last?.isWhitespace == true { label = label.dropLast() }
            if label.hasSuffix(":") || (!collector.speakerDetails.isEmpty && label.hasSuffix(",")) {
                label = label.dropLast()
            } else if !collector.speakerDetails.isEmpty, label.hasSuffix(")"), let open = label.lastIndex(of: "("),
                label[label.index(after: open)...].dropLast().allSatisfy(\.isWhitespace)
            {
                label = label[..<open]
            } else {
                break
            }
        }
        var name = String(label)
        for (detail, text) in collector.speakerDetails {
            switch detail {
            case .office: name += ", " + text
            case .party: name += text.hasPrefix("(") ? " " + text : " (" + text + ")"
            }
        }
        return name + ":"
    }

    /// `opsomming`-style lists print a bullet, `streep` lists a dash.
    static func unnumberedLabel(_ type: String?) -> String {
        (type ?? "").contains("streep") ? "-" : "•"
    }

    /// Signers from names and functions in source order: a function printed before a name belongs
    /// to that name; one printed right after a name without one belongs to it.
    static func pair(_ items: [(isName: Bool, text: String)]) -> [Signer] {
        var signers: [Signer] = []
        var pending: String?
        var previousWasName = false
        for item in items {
            let text = item.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !text.isEmpty else { continue }
            if item.isName {
                signers.append(Signer(naam: text, functie: pending))
                pending = nil
            } else if previousWasName, signers[signers.count - 1].functie == nil {
                signers[signers.count - 1].functie = cleanFunction(text)
            } else {
                pending = cleanFunction(text)
            }
            previousWasName = item.isName
        }
        return signers
    }

    /// `De Minister van …,` as printed, without the comma that leads to the name.
    static func cleanFunction(_ text: String) -> String {
        text.hasSuffix(",") ? String(text.dropLast()) : text
    }
}
