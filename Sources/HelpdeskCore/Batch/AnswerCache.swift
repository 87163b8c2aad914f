/// Every entry's answer rendered once: an answered record's text depends only on its entry.
public struct AnswerCache: Sendable {
    public let renderer: AnswerRenderer
    /// Rendered answer per entry index.
    public let texts: [String]

    public init(knowledgeBase kb: KnowledgeBase, renderer: AnswerRenderer = AnswerRenderer()) {
        self.renderer = renderer
        self.texts = kb.entries.map { renderer.render($0) }
    }

    /// The answer text for a match: cached for an answer, rendered for clarify and fallback.
    public func answer(for result: MatchResult, in kb: KnowledgeBase) -> String {
        if case .answer(let candidate) = result.decision, texts.indices.contains(candidate.entryIndex) {
            return texts[candidate.entryIndex]
        }
        return renderer.render(result, in: kb)
    }
}
