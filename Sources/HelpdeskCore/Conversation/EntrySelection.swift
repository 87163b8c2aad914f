/// How the entry last shown was reached when no match of that line chose it, so that `:why` explains it rather
/// than an older line.
public enum EntrySelection: Sendable, Equatable {
    /// Picked from the clarify list offered for the last matched line (`Conversation.lastProblems`).
    case picked(Candidate)
    /// One of the problems answered together before (`Conversation.context`), by its number ("the second one").
    case problem(number: Int, id: String)
    /// Opened by its id (`:show ID`); no line was matched since.
    case opened(String)
    /// The other topic named after the last answer ("Not this one? Also close: ..."), asked for by "the other one".
    case otherTopic(String)
}
