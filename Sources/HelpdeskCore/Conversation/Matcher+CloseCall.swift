/// Close calls between two topics in pasted text, cut at the lexicon's `close_call_connectors` into one problem each.
extension Matcher {
    /// When `whole` is a close call, the parts of `text` cut at the close-call connectors that answer distinct topics
    /// among its choices, as problems, if there are two or more; nil otherwise.
    /// An answer whose runner-up reaches the answer threshold too ("she forgot her password and her new phone doesn't
    /// get the code") is tried as well, between those two topics that are no chit-chat, but each part must answer one
    /// of them and leave the other below `alsoClose`: "a new iphone and the code goes to the old one" is one problem.
    /// The answer's topic then comes first ("forgot my password and the reset email never came" is about the email).
    func closeCallProblems(_ text: String, whole: MatchResult) -> ProblemMatches? {
        let options: Set<String>
        var top: String?
        switch whole.decision {
        case .clarify(let choices): options = Set(choices.map(\.id))
        case .answer(let chosen):
            // The answer and its runner-up, both sure and neither small talk. Most runners-up fall short of the
            // threshold, and are told so before any entry is read (which copied the entry: about 700 instructions).
            let close = whole.ranking.candidates.prefix(2)
            guard close.count == 2, close.allSatisfy({ $0.confidence >= settings.answerThreshold }),
                  !close.contains(where: { knowledgeBase.entries[$0.entryIndex].isChitChat }) else { return nil }
            options = Set(close.map(\.id))
            top = chosen.id
        case .fallback: return nil
        }
        let parts = closeCallSplitter.split(text)
        guard parts.count > 1 else { return nil }
        var answered: [MatchResult] = []
        var anyBackground = false
        for part in parts {
            // "I reset my password and it worked": a step done is no problem of its own.
            if backgroundMarkers.mark(part) { anyBackground = true; continue }
            let result = redactedMatch(part)
            // "my id.me is locked. How do we fix it?": a part of one word besides question words raises nothing.
            guard case .answer(let candidate) = result.decision, options.contains(candidate.id), saysEnough(result.analysis),
                  !answered.contains(where: { $0.chosen?.id == candidate.id }) else { continue }
            if top != nil, result.ranking.candidates.contains(where: {
                $0.id != candidate.id && options.contains($0.id) && $0.confidence >= settings.alsoClose
            }) { continue }
            answered.append(result)
        }
        if answered.count == 1, anyBackground { return ProblemMatches(primary: answered[0].asking(whole.question)) }
        guard answered.count > 1 else { return nil }
        if let top, let first = answered.firstIndex(where: { $0.chosen?.id == top }) {
            answered.insert(answered.remove(at: first), at: 0)
        }
        return ProblemMatches(primary: answered[0].asking(whole.question), also: Array(answered.dropFirst()),
                              excerpts: answered.map(\.question))
    }
}
