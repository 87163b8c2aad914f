/// The thresholds that turn a ranking into a decision; defaults chosen on data, overridable per KB and per command.
public struct MatcherSettings: Sendable, Equatable {
    /// Below this confidence the best candidate is not good enough: fall back.
    /// Chosen on CLINC150 validation data (the highest in-scope accuracy with out-of-scope recall of about 85%).
    public var answerThreshold: Double = 0.67
    /// When the runner-up is within this confidence of the best, ask which one was meant.
    /// Chosen on the same data: 0.05 asks about 2% of questions; 0.1 asks 3.5% and answers one point fewer right.
    public var clarifyMargin: Double = 0.05
    /// How many candidates a result lists.
    public var candidateCount: Int = 3
    /// An answer whose runner-up topic reaches this confidence names it after the answer ("Not this one? Also close:
    /// ..."); 1 names none. On the shipped KB's development sets, 0.3 names one under about 19% of answers, and names the
    /// right entry under a quarter of the wrong ones (16 of 68).
    public var alsoClose: Double = 0.3

    public init() {}

    /// The keys a `matcher:` block may hold, in the order documented.
    public static let keys = ["answer_threshold", "clarify_margin", "candidates", "also_close"]

    /// What a threshold, margin or `alsoClose` may be.
    static let fractions: ClosedRange<Double> = 0...1
    /// What `candidateCount` may be: the scorer keeps `Ranking.depth` candidates, so more could be asked for but never listed.
    static let candidateCounts = 1...Ranking.depth

    /// Whether every value is one a `matcher:` block may give (a snapshot read back holds no others).
    var isInRange: Bool {
        [answerThreshold, clarifyMargin, alsoClose].allSatisfy(Self.fractions.contains) && Self.candidateCounts.contains(candidateCount)
    }
}
