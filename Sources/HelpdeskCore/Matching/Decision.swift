/// What to do with a ranking: answer with one entry, ask which of a few was meant, or fall back.
public enum Decision: Sendable, Equatable {
    case answer(Candidate)
    case clarify([Candidate])
    case fallback(FallbackReason)

    public var status: String {
        switch self {
        case .answer: return "answered"
        case .clarify: return "clarify"
        case .fallback: return "fallback"
        }
    }
}

/// Why no entry was chosen.
public enum FallbackReason: Sendable, Equatable, CustomStringConvertible {
    case empty
    case belowThreshold(best: Double, threshold: Double)
    /// The best reached its entry's own, lower threshold but not the KB's, and no on-topic word says the question is
    /// about this knowledge base's subject ("cant log in to yahoo" is not the triage entry's).
    case ownThresholdNeedsOnTopicWord(best: Double, threshold: Double)
    /// The question holds one of the lexicon's `off_topic_words` (as written) and none of its `on_topic_words`.
    case offTopic(word: String)
    /// The pasted text is only sign-offs and their signature ("Sent from my iPhone", lexicon `sign_offs`), and it
    /// answered no small talk: it asks about nothing, whatever its words name ("phone").
    case signOffOnly

    public var description: String {
        switch self {
        case .empty: return "the question has no words to match"
        case let .belowThreshold(best, threshold):
            return "the best confidence \(Format.fixed(best)) is below the answer threshold \(Format.fixed(threshold))"
        case let .ownThresholdNeedsOnTopicWord(best, threshold):
            return "the best confidence \(Format.fixed(best)) is below the answer threshold \(Format.fixed(threshold)); "
                + "its entry's own lower threshold applies only with a word that is on topic (lexicon on_topic_words)"
        case let .offTopic(word):
            return "'\(word)' is outside this knowledge base (lexicon off_topic_words), and nothing in the question is on topic"
        case .signOffOnly: return "the text is only a sign-off (lexicon sign_offs), which asks about nothing"
        }
    }
}
