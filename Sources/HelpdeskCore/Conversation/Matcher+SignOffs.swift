/// Sign-offs in pasted text ("Sent from my iPhone", the lexicon's `sign_offs`) are no problems, whatever their words
/// name: not on a line of their own, nor after the last sentence, nor as the whole text.
extension Matcher {
    /// `trimmer.trimming(_:keepingAgentLines:)`, and then the sign-off after the last sentence or clause of the text
    /// left (`ReplyTrimmer.closingSignOff(_:)`: "My account is locked. Sent from my iPhone") left out as a signature
    /// line, unless it answers small talk ("Hi. Thanks", "hi, thanks"), which the pieces read as such.
    func trimmingSignOffs(_ text: String, keepingAgentLines: Bool = false) -> (text: String, leftOut: ReplyTrimmer.LeftOut) {
        var (trimmed, leftOut) = trimmer.trimming(text, keepingAgentLines: keepingAgentLines)
        guard let (head, signOff) = trimmer.closingSignOff(trimmed), !redactedMatch(signOff).answersChitChat(in: knowledgeBase) else {
            return (trimmed, leftOut)
        }
        (trimmed, leftOut.signatureLines) = (head, leftOut.signatureLines + 1)
        return (trimmed, leftOut)
    }

    /// `matches` for a text that is only sign-offs and their signature: its small talk ("Thanks," / "Jane"), if it
    /// answers one; otherwise a fallback (`.signOffOnly`), so "Sent from my iPhone" alone is no MFA problem.
    func signOffOnly(_ matches: ProblemMatches) -> ProblemMatches {
        let only = matches.primary
        guard !only.answersChitChat(in: knowledgeBase) else { return matches }
        var fallback = ProblemMatches(primary: MatchResult(question: only.question, analysis: only.analysis, ranking: only.ranking,
                                                           decision: .fallback(.signOffOnly), settings: only.settings))
        fallback.leftOut = matches.leftOut
        return fallback
    }
}
