/// What an entry is for: a help topic, or small talk (greetings, thanks) that never outranks a real problem in a longer message.
public enum EntryKind: String, Sendable, CaseIterable {
    case topic
    case smalltalk
}
