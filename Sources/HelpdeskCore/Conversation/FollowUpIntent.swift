/// A follow-up that any entry can answer from its own fields, whatever its authored `follow_ups` say.
///
/// The example phrasings are matched the same way as authored follow-up questions (through the matcher's text
/// pipeline), so the knowledge base's synonyms and spelling fixes apply to them too. "step 2 again" and the like are
/// read by `StepReference` instead.
public enum FollowUpIntent: String, Sendable, CaseIterable {
    /// All the entry's steps again.
    case steps
    /// The entry's contacts: phone numbers where the knowledge base gives them, and honestly none where it doesn't.
    case contacts
    /// What to do, and whom to contact, when the entry's advice doesn't work.
    case escalation
    /// The whole entry again, with its tips.
    case more

    /// Phrasings that mean this intent in the context of an answer.
    public var examples: [String] {
        switch self {
        case .steps:
            return ["what are the steps", "steps again", "show me the steps", "what were the steps", "list the steps",
                    "what do I do", "what do I do again", "how do I do that", "walk me through it"]
        case .contacts:
            return ["what's the number", "what's their number", "phone number", "is there a number", "what number do I call",
                    "who do I call", "who do I contact", "how do I contact them", "contact details", "number?",
                    "can I call them", "who can help", "is there a phone number for them"]
        case .escalation:
            return ["who do I contact if that fails", "what if that doesn't work", "what if it fails", "and if that fails",
                    "it didn't work", "that didn't work", "still not working", "didn't help", "what next if that fails",
                    "who do I escalate to", "where do I go if that doesn't work", "what if it still doesn't work"]
        case .more:
            return ["more", "tell me more", "more info", "more details", "more information", "anything else",
                    "go on", "full answer", "show everything", "say that again", "repeat that", "again please",
                    "the whole answer", "any tips"]
        }
    }
}
