/// What the assistant says to one line of a conversation.
public enum Reply: Sendable, Equatable {
    /// A whole entry, chosen by the matcher, picked from a clarify list, or asked for again ("more"); a matched
    /// answer names a close runner-up topic (`MatchResult.alsoClose`).
    case entry(Entry, alsoClose: Candidate? = nil)
    /// Several close entries: the user picks one by number or title words, or says "none".
    case clarify([Candidate])
    /// A number outside the pending clarify list; the list (these candidates) stays open.
    case choiceOutOfRange([Candidate])
    /// A line that only acknowledges ("ok", "sure") while a clarify list is open: the list (these candidates) stays
    /// open, and the user is asked to pick from it.
    case choicePending([Candidate])
    /// Nothing fits: the KB's fallback, with the closest entries.
    case fallback([Candidate])
    /// A short answer in the context of the current entry; `resumed` when a fallback or a list of choices came since
    /// the entry was last answered, so the answer names the topic it means.
    case followUp(entry: Entry, text: String, resumed: Bool = false)
    /// "none", or a bare number ("2") with no topic in focus to read it as a step of, with no list of choices open:
    /// there is nothing to pick from.
    case nothingToPick
    /// A bare follow-up ("more", "what's the number?", "step 2") with no topic in focus: ask a question first.
    case needsTopic(FollowUpIntent)
    /// Two or more distinct problems in one text, each answered in order under its own heading.
    case problems([ProblemAnswer])
    /// A line that only acknowledges ("ok", "got it", "no"): one short line; `topic` is the one still in focus, if any.
    case acknowledgement(topic: Entry?)
}
