/// What the assistant says to one line of a conversation.
public enum Reply: Sendable {
    /// A whole entry, chosen by the matcher or picked from a clarify list.
    case entry(Entry)
    /// Several close entries: the user picks one by number.
    case clarify([Candidate])
    /// Nothing fits: the KB's fallback, with the closest entries.
    case fallback([Candidate])
    /// A short answer in the context of the current entry.
    case followUp(entry: Entry, text: String)
}
