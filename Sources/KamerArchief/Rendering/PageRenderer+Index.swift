extension PageRenderer {
    func indexPage() -> SiteFile {
        render(.index, at: Permalinks.index, title: "Archief", breadcrumbs: [Crumb(title: "Archief", path: Permalinks.index)]) { inline in
            let rows = archive.documents.map { documentSummary($0, inline: inline) }
            return [
                "documents": rows,
                "fiches": rows.filter { $0["kind"] as? String == DocumentKind.fiche.rawValue },
                "kamerbrieven": rows.filter { $0["kind"] as? String == DocumentKind.kamerbrief.rawValue },
                "hasFiches": archive.documents.contains { $0.kind == .fiche },
                "hasKamerbrieven": archive.documents.contains { $0.kind == .kamerbrief },
                "kinds": DocumentKind.allCases.compactMap { kind -> TemplateValues? in
                    let documents = rows.filter { $0["kind"] as? String == kind.rawValue }
                    guard !documents.isEmpty else { return nil }
                    return ["kind": kind.rawValue, "label": kind.label, "heading": kind.pluralLabel, "isFiche": kind == .fiche, "documents": documents]
                },
                "documentCount": archive.documents.count,
                "dossierCount": archive.dossiers.count,
                "dossiersURL": inline.href(.page(Permalinks.dossiers)),
                "archiveSVG": archivePicture(inline: inline),
            ]
        }
    }

    func dossiersPage() -> SiteFile {
        let crumbs = [Crumb(title: "Archief", path: Permalinks.index), Crumb(title: "Dossiers", path: Permalinks.dossiers)]
        return render(.dossiers, at: Permalinks.dossiers, title: "Dossiers", breadcrumbs: crumbs) { inline in
            ["dossiers": archive.dossiers.map { dossier -> TemplateValues in
                [
                    "number": dossier.number,
                    "title": dossier.title ?? "",
                    "hasTitle": dossier.title != nil,
                    "url": inline.href(.page(dossier.page)),
                    "documentCount": dossier.documents.count,
                    "kamerstukCount": dossier.kamerstukken.count,
                ]
            }]
        }
    }

    func dossierPage(_ dossier: DossierEntry) -> SiteFile {
        let title = "Dossier \(dossier.number)"
        let crumbs = [
            Crumb(title: "Archief", path: Permalinks.index), Crumb(title: "Dossiers", path: Permalinks.dossiers),
            Crumb(title: title, path: dossier.page),
        ]
        return render(.dossier, at: dossier.page, title: title, breadcrumbs: crumbs) { inline in
            let documents = dossier.documents.compactMap { archive.document($0) }
            return [
                "number": dossier.number,
                "dossierTitle": dossier.title ?? "",
                "hasTitle": dossier.title != nil,
                "documents": documents.map { ["title": $0.title, "url": inline.href(.page(Permalinks.document($0.id)))] as TemplateValues },
                "hasDocuments": !documents.isEmpty,
                "kamerstukken": dossier.kamerstukken.compactMap { archive.entry(for: $0) }.map { kamerstuk($0, inline: inline) },
                "kamerstukkenSVG": kamerstukPicture(dossier, inline: inline),
                "citationGraphSVG": citationGraphPicture(dossier, inline: inline),
            ]
        }
    }

    func staticPage(_ type: PageType, at path: String, title: String) -> SiteFile {
        render(type, at: path, title: title, breadcrumbs: [Crumb(title: "Archief", path: Permalinks.index), Crumb(title: title, path: path)]) { _ in [:] }
    }

    /// A document as a row of the index.
    func documentSummary(_ document: DocumentSummary, inline: InlineMarkdown) -> TemplateValues {
        [
            "id": document.id,
            "title": document.title,
            "url": inline.href(.page(Permalinks.document(document.id))),
            "kind": document.kind.rawValue,
            "kindLabel": document.kind.label,
            "label": document.label,
            "date": document.date ?? "",
            "kamerstuk": document.kamerstuk?.description ?? "",
        ]
    }

    private func kamerstuk(_ entry: KamerstukEntry, inline: InlineMarkdown) -> TemplateValues {
        let holder = entry.document.flatMap { archive.document($0) }
        return [
            "anchor": inline.anchor(Permalinks.kamerstukAnchor(entry.number)),
            "label": "Kamerstuk \(entry.number.description)",
            "url": holder.map { inline.href(.page(Permalinks.document($0.id))) } ?? entry.officialURL,
            "isInArchive": holder != nil,
            "archiveTitle": holder?.title ?? "",
            "officialURL": entry.officialURL,
            "citedBy": entry.citedBy.map { place -> TemplateValues in
                [
                    "documentTitle": archive.document(place.document)?.title ?? place.document,
                    "url": inline.href(.page(place.page)),
                    "where": place.footnote.map { "voetnoot \($0)" } ?? "in de tekst",
                ]
            },
            "citedByCount": entry.citedBy.count,
            "hasCitations": !entry.citedBy.isEmpty,
        ]
    }
}

extension DocumentKind {
    /// The Dutch name shown to readers.
    public var label: String {
        switch self {
        case .fiche: return "BNC-fiche"
        case .kamerbrief: return "Kamerbrief"
        case .motie: return "Motie"
        case .amendement: return "Amendement"
        case .memorieVanToelichting: return "Memorie van toelichting"
        case .memorieVanAntwoord: return "Memorie van antwoord"
        case .verslag: return "Verslag"
        case .nota: return "Nota"
        case .wetsvoorstel: return "Wetsvoorstel"
        case .advies: return "Advies Raad van State"
        case .kamervragen: return "Kamervragen"
        case .kamerstuk: return "Kamerstuk"
        }
    }
}

extension DocumentKind {
    /// The heading over a list of documents of this kind.
    public var pluralLabel: String {
        switch self {
        case .fiche: return "BNC-fiches"
        case .kamerbrief: return "Kamerbrieven"
        case .motie: return "Moties"
        case .amendement: return "Amendementen"
        case .memorieVanToelichting: return "Memories van toelichting"
        case .memorieVanAntwoord: return "Memories van antwoord"
        case .verslag: return "Verslagen"
        case .nota: return "Nota's"
        case .wetsvoorstel: return "Wetsvoorstellen"
        case .advies: return "Adviezen Raad van State"
        case .kamervragen: return "Kamervragen"
        case .kamerstuk: return "Overige Kamerstukken"
        }
    }
}

extension Document {
    /// A short label: "Fiche 10", or the kind's name.
    public var label: String {
        if let number = metadata.ficheNumber { return "Fiche \(number)" }
        return kind.label
    }
}
