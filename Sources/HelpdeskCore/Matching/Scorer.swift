/// Ranks every entry of a knowledge base for an analysed question.
public protocol Scorer: Sendable {
    /// The best `depth` entries (1 to `Ranking.depth`), best first.
    func rank(_ analysis: Analysis, depth: Int) -> Ranking
    /// The question's words that count for an entry, strongest first (for explanations; not computed by `rank`).
    func supportingTerms(_ analysis: Analysis, entry: Int) -> [String]
}

extension Scorer {
    public func supportingTerms(_ analysis: Analysis, entry: Int) -> [String] { [] }
}
