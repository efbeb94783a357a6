/// The variables of the topic pages, the list of topics, the timeline and its year pages (the README copies them).
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
                "years[year,url,documentCount,statementCount]", "hasYears", "documentCount", "statementCount",
                "undated[title,url,label,date]", "hasUndated", "undatedCount", "undatedListed", "documentsURL",
                "topicsURL", "timelineSVG",
            ]
        case .timelineYear:
            return [
                "year", "documents[title,url,label,date,anchor]", "hasDocuments", "documentCount",
                "statements[date,dateText,sentence,url,documentTitle,documentLabel,topicsMarkdown,anchor]", "hasStatements",
                "statementCount", "previous{year,url}", "next{year,url}", "timelineURL", "topicsURL",
            ]
        default:
            return []
        }
    }
}
