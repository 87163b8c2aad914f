/// Everything the matcher found for one question: the analysis, the untouched ranking and the decision.
public struct MatchResult: Sendable {
    public let question: String
    public let analysis: Analysis
    public let ranking: Ranking
    public let decision: Decision
    public let settings: MatcherSettings

    /// The chosen entry: the answer, or the top candidate when clarifying; nil on fallback.
    public var chosen: Candidate? {
        switch decision {
        case .answer(let candidate): return candidate
        case .clarify(let candidates): return candidates.first
        case .fallback: return nil
        }
    }

    public func topCandidates(_ count: Int) -> [Candidate] { Array(ranking.candidates.prefix(count)) }

    /// The topics a fallback points to: the top three candidates with some confidence, without small talk
    /// ("Hello" is no lead for a question the KB doesn't cover).
    public func closestTopics(in kb: KnowledgeBase) -> [Candidate] {
        topCandidates(3).filter { $0.confidence > 0 && !(kb.entries.indices.contains($0.entryIndex) && kb.entries[$0.entryIndex].isChitChat) }
    }
}
