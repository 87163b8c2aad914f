/// A reply whose writer asks nothing of their own ("Please see below and advise.") is about the message it quotes.
extension Matcher {
    /// The problems of the message that the pasted text `dictated` quotes (`ReplyTrimmer.quotedMessage(in:)`), trimmed
    /// as a paste of its own, when they answer a real entry; nil otherwise. `redacted` is the whole text as redacted,
    /// which every result asks; `leftOut` is what trimming the whole text left out, kept for explanations with
    /// `quotedMessageRead` set.
    func quotedProblems(_ dictated: String, redacted: String, leftOut: ReplyTrimmer.LeftOut) -> ProblemMatches? {
        guard let quoted = trimmer.quotedMessage(in: dictated) else { return nil }
        let (text, _) = trimmingSignOffs(quoted)
        var matches = matchProblems(redacted, trimmed: text, clean: false)
        guard matches.primary.answersRealEntry(in: knowledgeBase) else { return nil }
        matches.leftOut = leftOut
        matches.leftOut.quotedMessageRead = true
        return matches
    }
}
