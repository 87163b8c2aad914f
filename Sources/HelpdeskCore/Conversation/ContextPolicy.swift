/// Decides whether a line continues the current topic (a follow-up) or is a question of its own, so that context
/// helps with "what's the number?" but never hijacks a new, clearly different question.
///
/// A follow-up is taken when it matches well enough (`followUpThreshold`) and the line raises no second problem, and
/// - the line alone gets no confident answer (fallback, clarify, chit-chat, or below `confidentAnswer`), or
/// - the line alone is answered by the current topic itself, unless the follow-up is a generic intent matched loosely
///   by a line that names more than its phrasing (`isLooseGenericReading`: then the whole answer), or
/// - the line alone is answered by a different entry, but the follow-up matches one of its phrasings exactly
///   ("what's the number?"), or closely (`overrideThreshold`) with a word that points back ("it", "that", "again": the lexicon's `pointing_words`)
///   and nothing the phrasing does not name besides (`namesMore` false: "can the irs help with that transcript" names a
///   transcript, and is a question of its own).
/// So "what's the e-help desk number" after MFA recovery switches topic, and "what's the number?" does not.
public struct ContextPolicy: Sendable {
    /// The least follow-up score that counts at all.
    public var followUpThreshold = 0.5
    /// The follow-up score needed to override a confident answer about a different entry.
    public var overrideThreshold = 0.75
    /// A fresh answer at or above this confidence is a confident one.
    public var confidentAnswer = 0.6

    /// Lowercase words that point back at what was just said (the lexicon's `pointing_words`); with none, a follow-up
    /// overrides a confident answer about a different entry only when it is one of its phrasings word for word.
    public var pointingWords: Set<String>

    public init(pointingWords: [String] = []) {
        self.pointingWords = Set(pointingWords.map { $0.lowercased() })
    }

    public init(lexicon: Lexicon) {
        self.init(pointingWords: lexicon.pointingWords)
    }

    public func prefersFollowUp(_ followUp: FollowUpMatch, over fresh: ProblemMatches, text: String,
                                context: [Entry], in kb: KnowledgeBase, namesMore: Bool = false) -> Bool {
        guard followUp.score >= followUpThreshold, fresh.also.isEmpty else { return false }
        guard case .answer(let candidate) = fresh.primary.decision else { return true }
        let answered = kb.entries[candidate.entryIndex]
        if answered.isChitChat || candidate.confidence < confidentAnswer { return true }
        if context.contains(where: { $0.id == answered.id }) { return !isLooseGenericReading(followUp, namesMore: namesMore) }
        return followUp.score >= exactMatch || (pointsBack(text) && followUp.score >= overrideThreshold && !namesMore)
    }

    /// Whether `followUp` is a generic intent matched loosely (below `overrideThreshold`) by a line that names more
    /// than its phrasing: "what happens to our e-file if the responsible official can't get in" shares "what if ...
    /// can't" with "what if that doesn't work", and asks the topic's own question, which the whole answer answers.
    func isLooseGenericReading(_ followUp: FollowUpMatch, namesMore: Bool) -> Bool {
        guard case .intent = followUp.kind else { return false }
        return namesMore && followUp.score < overrideThreshold
    }

    /// A score this high means the line is one of the follow-up's phrasings, word for word (after the text pipeline).
    let exactMatch = FollowUpMatch.exactScore

    /// Whether the line has a word that points back at what was just said ("it", "that", "again", "step"...: one of
    /// `pointingWords`).
    public func pointsBack(_ text: String) -> Bool {
        StepReference.words(text).contains { pointingWords.contains($0) }
    }
}
