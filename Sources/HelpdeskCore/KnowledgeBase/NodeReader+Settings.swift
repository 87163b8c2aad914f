import Yams

extension NodeReader {
    static let fallbackKeys = ["title", "summary", "steps", "contacts", "escalation"]

    func fallback(_ node: Node) -> FallbackAnswer? {
        guard let map = mapping(node, path: "fallback", allowed: Self.fallbackKeys) else { return nil }
        guard let titleNode = map["title"], let summaryNode = map["summary"] else {
            error("fallback needs 'title' and 'summary'", at: node)
            return nil
        }
        guard let title = string(titleNode, path: "fallback.title"),
              let summary = string(summaryNode, path: "fallback.summary") else { return nil }
        var fallback = FallbackAnswer(title: title, summary: summary)
        fallback.steps = map["steps"].flatMap { strings($0, path: "fallback.steps") } ?? []
        fallback.contacts = map["contacts"].flatMap { contactList($0, path: "fallback.contacts") } ?? []
        fallback.escalation = map["escalation"].flatMap { string($0, path: "fallback.escalation") }
        return fallback
    }

    func matcherSettings(_ node: Node) -> MatcherSettings? {
        guard let map = mapping(node, path: "matcher", allowed: MatcherSettings.keys) else { return nil }
        var settings = MatcherSettings()
        func fraction(_ key: String) -> Double? {
            guard let value = map[key].flatMap({ number($0, path: "matcher.\(key)") }) else { return nil }
            guard MatcherSettings.fractions.contains(value) else {
                error("matcher.\(key) must be between 0 and 1, found \(value)", at: map[key]!)
                return nil
            }
            return value
        }
        if let value = fraction("answer_threshold") { settings.answerThreshold = value }
        if let value = fraction("clarify_margin") { settings.clarifyMargin = value }
        if let value = fraction("also_close") { settings.alsoClose = value }
        if let node = map["candidates"], let count = integer(node, path: "matcher.candidates") {
            if MatcherSettings.candidateCounts.contains(count) {
                settings.candidateCount = count
            } else {
                error("matcher.candidates must be 1 to \(Ranking.depth)", at: node)
            }
        }
        return settings
    }
}
