/// What each role does when its element starts and ends.
///
/// Block roles (`al`, `li`, `tussenkop`) start a collector of their own only when none is open;
/// inside a note, a cell or a list item they are line breaks in the text being collected, so a
/// `noot.al` or an `al` in an `li` joins the note or the item instead of splitting it.
extension XMLDocumentBuilder {
    func start(_ element: inout OpenElement, attributes: XMLAttributes, at location: SourceLocation) {
        switch element.role {
        case .paragraph, .heading, .divisionHeading, .divisionSubject:
            if element.role == .heading { element.headingStyle = attributes["kopopmaak"] ?? attributes["letat"] }
            if collectors.isEmpty {
                let kind: XMLTextCollector.Kind = element.role == .paragraph ? .paragraph : element.role == .heading ? .heading : .divisionHeading
                push(kind, at: location, for: &element)
            } else {
                softBreakTop()
            }
        case .part:
            softBreakTop()
        case .division(let role, let title):
            if collectors.isEmpty { openDivision(role: role, title: title, at: location) } else { softBreakTop() }
        case .list:
            listLabels.append(Self.unnumberedLabel(attributes["type"]))
            if collectors.last?.kind == .listItem { emitListItemSoFar() } else { softBreakTop() }
        case .listItem:
            if collectors.isEmpty || collectors.last?.kind == .listItem {
                if collectors.last?.kind == .listItem { emitListItemSoFar() }
                push(.listItem, at: location, for: &element)
            } else {
                softBreakTop()
            }
        case .listLabel:
            // A label outside any item (an amendement's `<amendement-lid><lidnr>I</lidnr><al>…`)
            // labels the paragraph after it.
            if collectors.last?.kind == .listItem || collectors.isEmpty { push(.listLabel, at: location, for: &element) } else { softBreakTop() }
        case .table:
            if table == nil { table = TableInProgress(location: location) }
        case .tableGroup:
            table?.startGroup()
        case .tableColumnSpec:
            table?.addColumn(attributes: attributes)
        case .tableSpanSpec:
            table?.addSpan(attributes: attributes)
        case .tableHead:
            table?.inHead = true
            table?.startSection()
        case .tableFoot:
            table?.inFoot = true
        case .tableRow:
            table?.startRow()
        case .tableCell:
            table?.startCell(attributes: attributes)
            push(.cell, at: location, for: &element)
        case .tableCaption:
            push(.caption, at: location, for: &element)
        case .emphasis, .extref:
            if collectors.isEmpty, element.bodyText { collectors.append(XMLTextCollector(kind: .implicitParagraph, location: location, depth: elements.count)) }
            guard !collectors.isEmpty else { break }
            collectors[collectors.count - 1].flushSpace()
            element.run = (collectors.count - 1, collectors[collectors.count - 1].mark, attributes["doc"])
        case .footnote:
            element.noteID = attributes["id"]
            element.noteRef = addNoteRef(number: 0, at: location)
            push(.footnote, at: location, for: &element)
        case .footnoteNumber:
            push(.footnoteNumber, at: location, for: &element)
        case .footnoteRef:
            let refid = attributes["refid"] ?? ""
            let number = voetnootNumbers[refid]?.number ?? (voetnootNumbers.count + 1)
            if voetnootNumbers[refid] == nil { voetnootNumbers[refid] = (number, location) }
            if collectors.isEmpty, element.bodyText { collectors.append(XMLTextCollector(kind: .implicitParagraph, location: location, depth: elements.count)) }
            _ = addNoteRef(number: number, at: location)
        case .footnoteBody:
            let id = attributes["id"] ?? ""
            voetnootsSeen.insert(id)
            push(.footnote, at: location, for: &element)
            if let number = voetnootNumbers[id]?.number {
                collectors[collectors.count - 1].footnoteNumber = number
            } else {
                diagnostics.append(.warning(.unreferencedFootnote, "note '\(id)' is never referred to by a <voetref>", at: location))
            }
        case .signature:
            signatureItems = []
        case .field:
            if case .field(let field) = element.role { push(.field(field), at: location, for: &element) }
        case .reportRoot:
            reportStatus = attributes["status"].flatMap { $0.isEmpty ? nil : $0 }
        case .meeting:
            meetingKind = attributes["soort"]
            meetingHouse = attributes["kamer"].flatMap { $0.isEmpty ? nil : $0 }
        case .speaker:
            if collectors.isEmpty { push(.speaker, at: location, for: &element) } else { softBreakTop() }
        case .speakerDetail(let detail):
            // Only inside the label; elsewhere its text runs on where it stands.
            if collectors.last?.kind == .speaker { push(.speakerDetail(detail), at: location, for: &element) }
        case .meta:
            if let name = attributes["name"], let content = attributes["content"] { meta.append((name, content)) }
        case .datum:
            // The document's own date stands in its date line, not in a paragraph that mentions a date.
            let isDateLine = collectors.isEmpty || collectors.last?.kind == .field(.dateText)
            if isDateLine, let iso = attributes["isodatum"], iso.isISODate { isoDate = isoDate ?? iso }
            if collectors.isEmpty { push(.field(.dateText), at: location, for: &element) }
        case .footnoteRepeat:
            let refid = attributes["refid"] ?? ""
            guard let number = noteNumbersByID[refid] else {
                diagnostics.append(.warning(.unresolvedFootnote, "<nootref refid=\"\(refid)\"> names no note written before it; the marker is left out", at: location))
                break
            }
            if collectors.isEmpty, element.bodyText { collectors.append(XMLTextCollector(kind: .implicitParagraph, location: location, depth: elements.count)) }
            _ = addNoteRef(number: number, at: location)
        case .metaContainer, .bodyContainer, .inline, .ignored, .unknown:
            break
        }
    }

    /// The Handelingen link a motion's number and its dossier each to the paper (`Zij krijgt nr.
    /// <extref doc="kst-31311-199">199</extref> (<extref doc="kst-31311-199">31311</extref>)`):
    /// a link right after one to the same paper, with no more than a bracket or a comma between
    /// them, is the same citation, and is left out (nil).
    func repeatedLink(_ citation: Citation, in collector: Int) -> Citation? {
        guard let last = collectors[collector].citations.last, last.url == citation.url,
            let start = collectors[collector].lastLinkStart, start.scalar == last.range.offset
        else { return citation }
        let (text, _) = collectors[collector].text(since: start)
        let gap = text.unicodeScalars.dropFirst(last.range.length).dropLast(citation.range.length)
        return gap.count <= 3 && gap.allSatisfy({ " (,".unicodeScalars.contains($0) }) ? nil : citation
    }

    func end(_ element: OpenElement) {
        if let run = element.run, run.collector < collectors.count {
            let (text, range) = collectors[run.collector].text(since: run.start)
            if element.role == .emphasis, range.length > 0 {
                collectors[run.collector].emphasis.append(range)
            } else if element.role == .extref, range.length > 0, let doc = run.doc {
                if let citation = repeatedLink(ExtrefCitation.citation(doc: doc, text: text, range: range), in: run.collector) {
                    collectors[run.collector].citations.append(citation)
                    collectors[run.collector].lastLinkStart = run.start
                }
            }
        }
        if element.ownsCollector, let collector = collectors.popLast() { finish(collector, element: element) }
        switch element.role {
        case .division: closeDivision()
        case .list: listLabels.removeLast()
        case .tableHead: table?.inHead = false
        case .tableFoot: table?.inFoot = false
        case .tableRow:
            table?.endRow()
        case .table:
            table?.endRow()
            guard let done = table else { break }
            table = nil
            appendParagraph(done.paragraph())
            for paragraph in underTable { appendParagraph(paragraph) }
            underTable.removeAll()
        case .signature:
            signers += Self.pair(signatureItems)
            signatureItems = []
        default: break
        }
    }

    /// Ends a paragraph that began with loose text.
    func closeImplicitParagraph() {
        guard let top = collectors.last, top.kind == .implicitParagraph else { return }
        finish(collectors.removeLast(), element: nil)
    }
}

private extension XMLDocumentBuilder {
    func push(_ kind: XMLTextCollector.Kind, at location: SourceLocation, for element: inout OpenElement) {
        collectors.append(XMLTextCollector(kind: kind, location: location, depth: elements.count))
        element.ownsCollector = true
    }

    func softBreakTop() {
        if !collectors.isEmpty { collectors[collectors.count - 1].softBreak() }
    }

    /// A marker in the text being collected, at its current end; nil when no text is open.
    func addNoteRef(number: Int, at location: SourceLocation) -> (collector: Int, index: Int)? {
        guard let index = collectors.indices.last else { return nil }
        collectors[index].noteRefs.append(NoteRef(footnote: number, offset: collectors[index].mark.scalar, location: location))
        return (index, collectors[index].noteRefs.count - 1)
    }
}
