/// Last stage, decide: fall back when the question names something off topic and nothing on topic, or when the best
/// is below the threshold (the best entry's own `answer_threshold`, if it has one and the question has an on-topic word,
/// else the KB's); clarify when the top two are within the margin (a help topic within the margin of chit-chat
/// is answered: chit-chat is never a choice beside it, and between two pieces of chit-chat the better is answered);
/// otherwise answer.
public struct Decider: Sendable {
    public var settings: MatcherSettings
    /// The lexicon's `off_topic_words` and `on_topic_words`, each as its analysed terms: a phrase counts only where
    /// all its terms stand together, in order ("health insurance", not "health" alone).
    public var offTopicPhrases: [[String]]
    public var onTopicPhrases: [[String]]
    /// The chit-chat entries (greetings, thanks, "what can you do"): never offered as a choice beside a help topic.
    public var chitChat: Set<Int>
    /// Each entry's own answer threshold, by entry index, where it has one (`Entry.answerThreshold`).
    public var entryThresholds: [Int: Double]

    public init(settings: MatcherSettings, offTopicPhrases: [[String]] = [], onTopicPhrases: [[String]] = [],
                chitChat: Set<Int> = [], entryThresholds: [Int: Double] = [:]) {
        self.settings = settings
        self.offTopicPhrases = offTopicPhrases.filter { !$0.isEmpty }
        self.onTopicPhrases = onTopicPhrases.filter { !$0.isEmpty }
        self.chitChat = chitChat
        self.entryThresholds = entryThresholds
    }

    /// The confidence an entry must reach to be answered: its own threshold, else the settings'.
    public func threshold(for entryIndex: Int) -> Double {
        entryThresholds[entryIndex] ?? settings.answerThreshold
    }

    /// The confidence an entry must reach to be answered in a question with (`onTopic`) or without an on-topic word:
    /// its own lower threshold holds only with one.
    func threshold(for entryIndex: Int, onTopic: Bool) -> Double {
        let own = threshold(for: entryIndex)
        return onTopic || own >= settings.answerThreshold ? own : settings.answerThreshold
    }

    /// `threshold(for:onTopic:)` for a question of these tokens.
    func threshold(for entryIndex: Int, tokens: [Token]) -> Double {
        threshold(for: entryIndex, onTopic: entryThresholds[entryIndex] != nil && Self.firstPhrase(of: onTopicPhrases, in: tokens) != nil)
    }

    /// `whole` is the text `analysis` was cut from, if it was: off-topic and on-topic words count in all of it.
    public func decide(_ ranking: Ranking, analysis: Analysis, whole: Analysis? = nil) -> Decision {
        guard !analysis.tokens.isEmpty, let best = ranking.best else { return .fallback(.empty) }
        let tokens = whole?.tokens ?? analysis.tokens
        if !offTopicPhrases.isEmpty, let off = Self.firstPhrase(of: offTopicPhrases, in: tokens),
           Self.firstPhrase(of: onTopicPhrases, in: tokens) == nil {
            return .fallback(.offTopic(word: off))
        }
        // An entry's own lower threshold is for questions about this KB's subject: "she cant get into idme" answers the
        // triage entry, "cant log in to yahoo" falls back. Looked for once, and only in a KB that sets such thresholds.
        let onTopic = !entryThresholds.isEmpty && Self.firstPhrase(of: onTopicPhrases, in: tokens) != nil
        let bar = threshold(for: best.entryIndex, onTopic: onTopic)
        guard best.confidence >= bar else {
            if best.confidence >= threshold(for: best.entryIndex) {
                return .fallback(.ownThresholdNeedsOnTopicWord(best: best.confidence, threshold: bar))
            }
            return .fallback(.belowThreshold(best: best.confidence, threshold: bar))
        }
        var close = ranking.candidates.prefix(3).filter {
            best.confidence - $0.confidence < settings.clarifyMargin && $0.confidence >= threshold(for: $0.entryIndex, onTopic: onTopic)
        }
        // One close candidate is the answer whether it is small talk or not (most questions: no second list is made).
        if close.count == 1 { return .answer(close[0]) }
        // "Can you help me reset my password?" is about the reset, not a choice between it and "what I can do".
        let topics = close.filter { !chitChat.contains($0.entryIndex) }
        // "hey helpdesk" between a greeting and "what I can do" needs no question back: the best small talk answers.
        if topics.isEmpty, !close.isEmpty { return .answer(close[0]) }
        close = topics
        return close.count > 1 ? .clarify(close) : .answer(close.first ?? best)
    }

    /// The words as written of the first place in `tokens` where one of `phrases` stands, if any.
    static func firstPhrase(of phrases: [[String]], in tokens: [Token]) -> String? {
        let terms = tokens.lazy.map(\.text)  // read in place: this runs for every piece of every question
        for start in tokens.indices {
            let first = tokens[start].text
            for phrase in phrases where phrase[0] == first && TermRun.matches(phrase, in: terms, at: start) {
                return tokens[start..<(start + phrase.count)].map(\.surface).joined(separator: " ")
            }
        }
        return nil
    }
}
