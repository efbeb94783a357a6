/// The variables of the topic pages, the list of topics and the timeline (the README copies them).
extension TemplateVariables {
    static let topicRow = "id,name,url,kind,kindLabel,description,mentionCount,documentCount"

    static func topicNames(for pageType: PageType) -> [String] {
        switch pageType {
        case .topic:
            return [
                "topic{\(topicRow)}", "name", "kindLabel", "description", "officialURL", "hasOfficialURL",
                "aliases", "hasAliases", "mentionCount", "documentCount", "hasMentions",
                "documents[title,url,label,date,mentionCount,mentions[snippetMarkdown,url,scope]]",
                "amounts[title,url,label,date,amountsMarkdown]", "hasAmounts", "amountsSVG",
                "feedURL", "hasFeed", "topicsURL", "timelineURL",
            ]
        case .topics:
            return ["kinds[kind,label,topics[\(topicRow)]]", "hasTopics", "topicCount", "timelineURL"]
        case .timeline:
            return [
                "documents[title,url,label,date]", "hasDocuments", "undated[title,url,label,date]", "hasUndated",
                "statements[date,dateText,sentence,url,documentTitle,documentLabel,topicsMarkdown]", "hasStatements",
                "topicsURL", "timelineSVG",
            ]
        default:
            return []
        }
    }
}
