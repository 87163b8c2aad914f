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
        // The cheap tests first: most answers have no runner-up this close.
        guard case .answer(let answer) = decision else { return nil }
        let candidates = ranking.candidates
        let next = candidates.count > 1 && candidates[0].entryIndex == answer.entryIndex ? 1 : 0
        guard next < candidates.count, candidates[next].confidence >= settings.alsoClose,
              candidates[next].entryIndex != answer.entryIndex, kb.entries.indices.contains(candidates[next].entryIndex),
              kb.entries[candidates[next].entryIndex].kind == .topic else { return nil }
        return candidates[next]
    }

    /// The topics a fallback points to: the top three candidates with some confidence, without small talk
    /// ("Hello" is no lead for a question the KB doesn't cover).
    public func closestTopics(in kb: KnowledgeBase) -> [Candidate] {
        topCandidates(3).filter { $0.confidence > 0 && !(kb.entries.indices.contains($0.entryIndex) && kb.entries[$0.entryIndex].isChitChat) }
    }
}
