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
}
