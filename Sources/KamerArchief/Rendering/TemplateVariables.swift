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
    static let documentContext = ["document{\(documentRow)}", "documentTitle", "date", "hasDate", "label", "ficheNumber", "jsonURL"]
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
                "sections[anchor,id,title,isTopLevel,isSubsection,isLevel2,isLevel3,isDeeper,paragraphs[markdown,isListItem]]", "hasSections",
                "kindLabel", "indieners[naam]", "hasIndieners", "ondertekening[naam,functie,hasFunctie]", "hasOndertekening", "ondertekeningAnchor",
                "considerans[markdown]", "hasConsiderans", "dictum[markdown]", "hasDictum",
                "outline[title,url,isTopLevel,isSubsection,isLevel2,isLevel3,isDeeper]", "hasOutline",
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
        case .topic, .topics, .timeline, .timelineYear:
            return common + topicNames(for: pageType)
        }
    }

    /// The names a template of `pageType` may use, as a tree: a list's or object's fields are
    /// its children, visible only inside its section.
    static func scope(for pageType: PageType) -> TemplateScope {
        TemplateScope.parse(names(for: pageType).joined(separator: ","))
    }

    /// Unknown variables, variables used outside the section that provides them, partials and
    /// delimiter changes in `source`, each an error at its line and column. One pass over the
    /// bytes: linear in the template's size.
    static func check(_ source: TemplateSource, pageType: PageType?) -> [Diagnostic] {
        guard let pageType else { return [] }
        return TemplateChecker(source: source, pageType: pageType, scope: scope(for: pageType)).check()
    }
}
