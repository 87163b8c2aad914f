/// What the assistant says when no entry fits: what it can help with and whom to contact.
public struct FallbackAnswer: Sendable, Equatable {
    public var title: String
    public var summary: String
    public var steps: [String] = []
    public var contacts: [Contact] = []
    public var escalation: String?

    public init(title: String, summary: String) {
        self.title = title
        self.summary = summary
    }

    /// Used when a knowledge base defines no fallback of its own.
    public static let builtIn = FallbackAnswer(
        title: "No answer found",
        summary: "The knowledge base has no answer for that question. Try other words, or list the topics it covers."
    )
}
