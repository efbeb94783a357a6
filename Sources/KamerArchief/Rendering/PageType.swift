/// The kinds of page, each with its template.
public enum PageType: String, Sendable, CaseIterable {
    case layout
    case index
    /// A document's own page: `<kind>.md` (`motie.md`, `fiche.md` …) when the templates have one,
    /// otherwise the generic `document.md`.
    case document
    case pillar
    case action
    case dossier
    case dossiers
    case search
    case notFound
    // Topics (see PageRenderer+Topics.swift)
    case topic
    case topics
    case timeline
    /// One year of the timeline: `timeline-year.md`.
    case timelineYear

    public var templateName: String {
        switch self {
        case .layout: return TemplateLibrary.layoutName
        case .notFound: return "404.md"
        case .timelineYear: return "timeline-year.md"
        default: return "\(rawValue).md"
        }
    }

    init?(templateName: String) {
        if DocumentKind.allCases.contains(where: { $0.templateName == templateName }) {
            self = .document
            return
        }
        guard let type = PageType.allCases.first(where: { $0.templateName == templateName }) else { return nil }
        self = type
    }
}

extension DocumentKind {
    /// The template of this kind's document page, used when present: `motie.md`, `memorie-van-toelichting.md`.
    public var templateName: String { "\(rawValue).md" }
}
