/// A follow-up that any entry can answer from its own fields, whatever its authored `follow_ups` say.
///
/// The phrasings that mean each intent are knowledge-base data (`follow_up_phrasings` in the lexicon, read into
/// `Lexicon.followUpPhrasings`); an intent the knowledge base gives no phrasings for is never read. They are matched
/// the same way as authored follow-up questions (through the matcher's text pipeline), so the knowledge base's
/// synonyms and spelling fixes apply to them too. "step 2 again" and the like are read by `StepReference` instead.
public enum FollowUpIntent: String, Sendable, CaseIterable {
    /// All the entry's steps again.
    case steps
    /// The entry's contacts: phone numbers where the knowledge base gives them, and honestly none where it doesn't.
    case contacts
    /// What to do, and whom to contact, when the entry's advice doesn't work.
    case escalation
    /// Whose matter the topic is ("does the IRS handle this?", "what about the IRS?", "can the IRS help?"): the entry's
    /// escalation, which says who handles it. With no topic in focus such a line names whom it asks about, so it is
    /// matched as a question of its own (`asksForATopicAlone` is false).
    case whoHandles = "who_handles"
    /// The whole entry again, with its tips ("more", "can you explain that?"). Read only from a line that says nothing
    /// besides one of its phrasings: "what does code 846 mean" is a question of its own.
    case more
    /// What comes after the step shown last ("then what?"): the next step, or plainly that there is none once the
    /// last step or the whole answer was shown. Read only from a line that says nothing besides one of its phrasings.
    case next

    /// Whether a line that is one of the intent's phrasings word for word, with no topic in focus, only asks for a
    /// topic ("more", "what's the number?": "ask a question first"). "Can the IRS help?" is a question of its own.
    public var asksForATopicAlone: Bool { self != .whoHandles }
}
