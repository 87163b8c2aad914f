/// Last stage, decide: fall back when the question names something off topic and nothing on topic, or when the best
/// is below the threshold; clarify when the top two are within the margin; otherwise answer.
public struct Decider: Sendable {
    public var settings: MatcherSettings
    /// Analysed terms of the lexicon's `off_topic_words` and `on_topic_words`.
    public var offTopicTerms: Set<String>
    public var onTopicTerms: Set<String>

    public init(settings: MatcherSettings, offTopicTerms: Set<String> = [], onTopicTerms: Set<String> = []) {
        self.settings = settings
        self.offTopicTerms = offTopicTerms
        self.onTopicTerms = onTopicTerms
    }

    /// `whole` is the text `analysis` was cut from, if it was: off-topic and on-topic words count in all of it.
    public func decide(_ ranking: Ranking, analysis: Analysis, whole: Analysis? = nil) -> Decision {
        guard !analysis.tokens.isEmpty, let best = ranking.best else { return .fallback(.empty) }
        let tokens = whole?.tokens ?? analysis.tokens
        if !offTopicTerms.isEmpty, let off = tokens.first(where: { offTopicTerms.contains($0.text) }),
           !tokens.contains(where: { onTopicTerms.contains($0.text) }) {
            return .fallback(.offTopic(word: off.surface))
        }
        guard best.confidence >= settings.answerThreshold else {
            return .fallback(.belowThreshold(best: best.confidence, threshold: settings.answerThreshold))
        }
        let close = ranking.candidates.prefix(3).filter {
            best.confidence - $0.confidence < settings.clarifyMargin && $0.confidence >= settings.answerThreshold
        }
        return close.count > 1 ? .clarify(close) : .answer(best)
    }
}
