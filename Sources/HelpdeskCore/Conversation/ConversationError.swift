/// Why a conversation could not do what it was asked.
public enum ConversationError: Error, Equatable, CustomStringConvertible {
    /// `--context` or `:show` named an entry the knowledge base does not have (echoed redacted).
    case unknownEntry(String)

    public var description: String {
        switch self {
        case .unknownEntry(let id): return "no entry '\(Redactor().redact(id))' (helpdesk topics lists the ids)"
        }
    }
}
