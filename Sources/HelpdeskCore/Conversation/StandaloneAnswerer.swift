/// Answers each line on its own, as `helpdesk ask` without `--context` does: with no topic in focus and nothing said
/// before. So a bare follow-up ("more", "next step") asks for a question first, "none" or "the second one" has nothing
/// to pick from, and "what about the IRS?" is matched on the words that name a topic. Batch lines, `eval` questions
/// and `:why`'s "On its own" are answered so, and get what `ask` gives them.
public struct StandaloneAnswerer: Sendable {
    /// A conversation that has said nothing yet, copied for each line.
    private let fresh: Conversation

    public init(matcher: Matcher) {
        var fresh = Conversation(matcher: matcher)
        fresh.prepareBareFollowUps()
        self.fresh = fresh
    }

    /// The reply to `line`, and the conversation that gave it, which holds how (`lastProblems`, `lastTopicReference`,
    /// `lastBareFollowUp`...).
    public func answer(_ line: String) -> (reply: Reply, conversation: Conversation) {
        var conversation = fresh
        let reply = conversation.respond(to: line)
        return (reply, conversation)
    }
}
