/// The variables each page type's template gets, and the check that a template uses no others.
///
/// The lists are the reference for template authors (the README copies them). Names nest with `.`;
/// a list's items have the names after its `[`.
enum TemplateVariables {
    static let common = [
        "siteTitle", "title", "root", "stylesheet", "searchURL", "homeURL", "canonical",
        "nav[title,url,isCurrent]", "breadcrumbs[title,url,isCurrent]",
    ]
    static let documentRow = "id,title,url,kind,kindLabel,label,date,kamerstuk"
    static let documentContext = ["document{\(documentRow)}", "documentTitle", "date", "label", "ficheNumber", "jsonURL"]
    static let footnotes = ["footnotes[number,markdown]", "hasFootnotes"]
    static let pillarRow = "number,label,title,url,actionCount"
    static let actionRow = "number,title,url,summary"

    static func names(for pageType: PageType) -> [String] {
        switch pageType {
        case .layout:
            return common + ["content"]
        case .index:
            return common + ["documents[\(documentRow)]", "fiches[\(documentRow)]", "kamerbrieven[\(documentRow)]",
                             "kinds[kind,label,heading,isFiche,documents[\(documentRow)]]",
                             "documentCount", "dossierCount", "dossiersURL", "hasFiches", "hasKamerbrieven", "archiveSVG"]
        case .document:
            return common + documentContext + footnotes + [
                "metadata[label,valueMarkdown]",
                "sections[anchor,id,title,isTopLevel,isSubsection,paragraphs[markdown,isListItem]]", "hasSections",
                "kindLabel", "indieners[naam]", "hasIndieners", "ondertekening[naam,functie,hasFunctie]", "hasOndertekening",
                "considerans[markdown]", "hasConsiderans", "dictum[markdown]", "hasDictum",
                "outline[title,url,isTopLevel,isSubsection]", "hasOutline",
                "pillars[\(pillarRow),actions[\(actionRow)]]", "hasPillars",
                "overview[\(actionRow),pillarTitle,pillarURL]", "hasActions",
            ]
        case .pillar:
            return common + documentContext + footnotes + [
                pillarRow, "pillarTitle", "text[markdown]", "hasText", "position[markdown]", "hasPosition", "isFiche",
                "actions[\(actionRow)]", "hasActions", "previous{\(pillarRow)}", "next{\(pillarRow)}",
            ]
        case .action:
            return common + documentContext + footnotes + [
                actionRow, "actionTitle", "pillar{\(pillarRow)}", "paragraphs[markdown,isListItem]",
                "previous{\(actionRow)}", "next{\(actionRow)}",
            ]
        case .dossier:
            return common + [
                "number", "dossierTitle", "hasTitle", "documents[title,url]", "hasDocuments",
                "kamerstukken[anchor,label,url,isInArchive,archiveTitle,officialURL,citedBy[documentTitle,url,where],citedByCount,hasCitations]",
                "kamerstukkenSVG", "citationGraphSVG",
            ]
        case .dossiers:
            return common + ["dossiers[number,title,hasTitle,url,documentCount,kamerstukCount]"]
        case .search, .notFound:
            return common
        case .topic, .topics, .timeline:
            return common + topicNames(for: pageType)
        }
    }

    /// Every identifier a template of `pageType` may use, at any depth.
    static func identifiers(for pageType: PageType) -> Set<String> {
        let separators = Set("[]{},")
        var result: Set<String> = []
        for name in names(for: pageType) {
            for piece in name.split(whereSeparator: { separators.contains($0) }) where !piece.isEmpty {
                result.insert(String(piece))
            }
        }
        return result
    }

    /// Unknown variables in `source`, each an error at its line and column.
    static func check(_ source: TemplateSource, pageType: PageType?) -> [Diagnostic] {
        guard let pageType else { return [] }
        let known = identifiers(for: pageType)
        var diagnostics: [Diagnostic] = []
        for tag in MustacheTags.scan(source.text) {
            for identifier in tag.identifiers where !known.contains(identifier) {
                diagnostics.append(.error(
                    .templateUnknownVariable,
                    "unknown variable '\(identifier)' in a \(pageType.rawValue) template; see the README's template guide",
                    at: SourceLocation(file: source.path, line: tag.line, column: tag.column)))
            }
        }
        return diagnostics
    }
}

/// A minimal scan of `{{…}}` tags: enough to list the variable names a template uses.
enum MustacheTags {
    struct Tag {
        var line: Int
        var column: Int
        var identifiers: [String]
    }

    static func scan(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1, column = 1
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            for character in rest[..<open.lowerBound] {
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            let tagLine = line, tagColumn = column
            let body = rest[open.upperBound...]
            let closeToken = body.hasPrefix("{") ? "}}}" : "}}"
            guard let close = body.range(of: closeToken) else { break }
            let inside = body[..<close.lowerBound]
            for character in rest[open.lowerBound..<close.upperBound] {
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            tags.append(Tag(line: tagLine, column: tagColumn, identifiers: identifiers(in: inside)))
            rest = body[close.upperBound...]
        }
        return tags
    }

    /// The names in a tag's body: none for comments, pragmas and partials; `a.b` gives `a` and `b`;
    /// `first(items)` gives `items` (swift-mustache transforms).
    private static func identifiers(in body: Substring) -> [String] {
        var inside = body.trimmingCharacters(in: " ")
        guard let sigil = inside.first else { return [] }
        if "!%>=".contains(sigil) { return [] }
        if "#^/&{".contains(sigil) { inside.removeFirst() }
        inside = inside.trimmingCharacters(in: " ")
        if let open = inside.firstIndex(of: "("), let close = inside.lastIndex(of: ")"), open < close {
            inside = String(inside[inside.index(after: open)..<close])
        }
        guard inside != "." else { return [] }
        return inside.split(separator: ".").map(String.init).filter { !$0.isEmpty }
    }
}
