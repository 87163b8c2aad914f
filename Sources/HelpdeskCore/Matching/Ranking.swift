/// The scorer's output, left untouched by the decision: candidates best first.
public struct Ranking: Sendable {
    /// The most candidates a scorer keeps (the `matcher.candidates` bound).
    public static let depth = 10

    /// The best candidates, best first (as many as the matcher asked for, at most `depth`).
    public var candidates: [Candidate]
    public init(candidates: [Candidate]) {
        self.candidates = candidates
    }

    public var best: Candidate? { candidates.first }
    public var runnerUp: Candidate? { candidates.count > 1 ? candidates[1] : nil }
    /// How far the best is ahead of the runner-up.
    public var margin: Double { (best?.confidence ?? 0) - (runnerUp?.confidence ?? 0) }
}
