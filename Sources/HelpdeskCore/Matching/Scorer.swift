/// Ranks every entry of a knowledge base for an analysed question.
public protocol Scorer: Sendable {
    func rank(_ analysis: Analysis) -> Ranking
}
