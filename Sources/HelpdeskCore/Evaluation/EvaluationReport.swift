/// Accuracy figures for a labelled question set, as `helpdesk eval` prints them. A ratio with nothing to count
/// (off-topic recall with no off-topic question, precision of an entry never answered) is nil, never 0.
public struct EvaluationReport: Sendable {
    public struct EntryFigures: Sendable {
        public var id: String
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        /// nil when the entry was never answered.
        public var precision: Double? { definedRatio(truePositives, truePositives + falsePositives) }
        /// nil when no question is labelled with the entry.
        public var recall: Double? { definedRatio(truePositives, truePositives + falseNegatives) }
    }

    public var total = 0
    public var inScope = 0
    /// In-scope questions answered with their own entry.
    public var inScopeCorrect = 0
    /// In-scope questions whose best-ranked entry is their own, whatever the decision.
    public var inScopeTopOne = 0
    public var outOfScope = 0
    /// Off-topic questions that fell back.
    public var outOfScopeFallback = 0
    /// All fallbacks, of any question.
    public var fallbacks = 0
    public var clarified = 0
    /// Answered (not clarified) with a wrong entry, or answered when it should have fallen back.
    public var confidentlyWrong = 0
    /// Labels that name no entry of the knowledge base.
    public var unknownLabels: Set<String> = []
    public var entries: [String: EntryFigures] = [:]
    /// (expected, got) → count, for in-scope questions answered or ranked wrongly.
    public var confusions: [String: Int] = [:]
    /// Seconds per question.
    public var latencies: [Double] = []

    public init() {}

    /// nil with no in-scope question.
    public var inScopeAccuracy: Double? { definedRatio(inScopeCorrect, inScope) }
    public var topOneAccuracy: Double? { definedRatio(inScopeTopOne, inScope) }
    /// nil with no off-topic question.
    public var outOfScopeRecall: Double? { definedRatio(outOfScopeFallback, outOfScope) }
    /// nil when nothing fell back.
    public var outOfScopePrecision: Double? { definedRatio(outOfScopeFallback, fallbacks) }
    /// nil with no question.
    public var clarifyRate: Double? { definedRatio(clarified, total) }
    public var confidentlyWrongRate: Double? { definedRatio(confidentlyWrong, total) }
    public var latencyP50: Double { Percentiles.value(50, of: latencies) }
    public var latencyP99: Double { Percentiles.value(99, of: latencies) }

    /// The most frequent confusions, most first.
    public func topConfusions(_ count: Int) -> [(expected: String, got: String, count: Int)] {
        confusions.map { key, n -> (String, String, Int) in
            let parts = key.split(separator: "\t", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "", n)
        }
        .sorted { ($0.2, $1.0, $1.1) > ($1.2, $0.0, $0.1) }
        .prefix(count).map { (expected: $0.0, got: $0.1, count: $0.2) }
    }
}

func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

/// `a / b`, or nil when `b` is 0: the ratio is undefined, not zero.
func definedRatio(_ a: Int, _ b: Int) -> Double? { b == 0 ? nil : Double(a) / Double(b) }
