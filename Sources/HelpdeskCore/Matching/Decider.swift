/// Last stage, decide: fall back when the best is below the threshold, clarify when the top two are within the margin, otherwise answer.
public struct Decider: Sendable {
    public var settings: MatcherSettings

    public init(settings: MatcherSettings) {
        self.settings = settings
    }

    public func decide(_ ranking: Ranking, analysis: Analysis) -> Decision {
        guard !analysis.tokens.isEmpty, let best = ranking.best else { return .fallback(.empty) }
        guard best.confidence >= settings.answerThreshold else {
            return .fallback(.belowThreshold(best: best.confidence, threshold: settings.answerThreshold))
        }
        let close = ranking.candidates.prefix(3).filter {
            best.confidence - $0.confidence < settings.clarifyMargin && $0.confidence >= settings.answerThreshold
        }
        return close.count > 1 ? .clarify(close) : .answer(best)
    }
}
