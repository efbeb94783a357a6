/// The kinds of page, each with its template.
public enum PageType: String, Sendable, CaseIterable {
    case layout
    case index
    case fiche
    case kamerbrief
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

    public var templateName: String {
        switch self {
        case .layout: return TemplateLibrary.layoutName
        case .notFound: return "404.md"
        default: return "\(rawValue).md"
        }
    }

    init?(templateName: String) {
        guard let type = PageType.allCases.first(where: { $0.templateName == templateName }) else { return nil }
        self = type
    }
}
