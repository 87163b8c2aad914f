/// The scorer's output, left untouched by the decision: candidates best first, and how strongly the question looks off-topic.
public struct Ranking: Sendable {
    /// How many candidates a scorer keeps: enough for clarify lists, explanations and batch output.
    public static let depth = 10

    /// The best candidates, best first (at most `depth`).
    public var candidates: [Candidate]
    /// Confidence in [0, 1] that the question is one of the KB's known off-topic phrasings.
    public var outOfScope: Double

    public init(candidates: [Candidate], outOfScope: Double = 0) {
        self.candidates = candidates
        self.outOfScope = outOfScope
    }

    public var best: Candidate? { candidates.first }
    public var runnerUp: Candidate? { candidates.count > 1 ? candidates[1] : nil }
    /// How far the best is ahead of the runner-up.
    public var margin: Double { (best?.confidence ?? 0) - (runnerUp?.confidence ?? 0) }
}
