/// Every entry's answer rendered once: an answered record's text depends only on its entry.
public struct AnswerCache: Sendable {
    public let renderer: AnswerRenderer
    /// Rendered answer per entry index.
    public let texts: [String]
    /// Each entry's id and title, by entry index.
    public let headings: [(id: String, title: String)]
    /// The fallback's blocks around its closest topics, rendered once.
    public let fallback: (before: [String], after: [String])

    /// `forPeople`: the answers of batch text and Markdown, small talk without its footer (`AnswerRenderer.answer`);
    /// otherwise every entry in full, as JSON Lines and CSV carry it.
    public init(knowledgeBase kb: KnowledgeBase, renderer: AnswerRenderer = AnswerRenderer(), forPeople: Bool = false) {
        self.renderer = renderer
        self.texts = kb.entries.map { forPeople ? renderer.answer($0) : renderer.render($0) }
        self.headings = kb.entries.map { ($0.id, $0.title) }
        self.fallback = renderer.fallbackBlocks(kb.fallback)
    }

    /// The answer text for a match (cached for an answer, the fallback from its cached blocks, rendered for clarify),
    /// and for a fallback the only part of it that depends on the question: its "Closest topics" block ("" when there
    /// is none), so writers can reuse the rest (`fallback`).
    public func answerParts(for result: MatchResult, in kb: KnowledgeBase) -> (text: String, fallbackTopics: String?) {
        switch result.decision {
        case .answer(let candidate) where texts.indices.contains(candidate.entryIndex): return (texts[candidate.entryIndex], nil)
        case .fallback:
            let topics = renderer.closestTopics(result.closestTopics(in: kb))
            return (renderer.render(fallback, closestTopics: topics), topics ?? "")
        default: return (renderer.render(result, in: kb), nil)
        }
    }
}
