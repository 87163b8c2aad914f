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

    /// For an answer, the runner-up topic when it reaches `settings.alsoClose` (small talk is never one): named after
    /// the answer, so a wrong pick shows the way to the right one.
    public func alsoClose(in kb: KnowledgeBase) -> Candidate? {
        guard case .answer(let answer) = decision,
              let next = ranking.candidates.first(where: { $0.entryIndex != answer.entryIndex }),
              next.confidence >= settings.alsoClose, kb.entries.indices.contains(next.entryIndex),
              !kb.entries[next.entryIndex].isChitChat else { return nil }
        return next
    }

    /// The topics a fallback points to: the top three candidates with some confidence, without small talk
    /// ("Hello" is no lead for a question the KB doesn't cover).
    public func closestTopics(in kb: KnowledgeBase) -> [Candidate] {
        topCandidates(3).filter { $0.confidence > 0 && !(kb.entries.indices.contains($0.entryIndex) && kb.entries[$0.entryIndex].isChitChat) }
    }
}
