/// Where topic pages, the timeline (and its year pages) and the subject feeds live.
extension Permalinks {
    public static let topics = "onderwerpen/index.html"
    public static let timeline = "tijdlijn.html"

    /// One year of the timeline, every document and dated statement of it: `tijdlijn/2023.html`.
    public static func timelineYear(_ year: String) -> String { "tijdlijn/\(year).html" }
    public static func topic(_ id: String) -> String { "onderwerpen/\(id).html" }
    public static func topicFeed(_ id: String) -> String { "onderwerpen/\(id).xml" }
    public static func dossierFeed(_ number: String) -> String { "dossiers/\(Slug.make(number, fallback: "dossier")).xml" }
}
