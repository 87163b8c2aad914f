/// Answers each line on its own, as `helpdesk ask` without `--context` does: with no topic in focus and nothing said
/// before. So a bare follow-up ("more", "next step") asks for a question first, "none" or "the second one" has nothing
/// to pick from, and "what about the IRS?" is matched on the words that name a topic. Batch lines, `eval` questions
/// and `:why`'s "On its own" are answered so, and get what `ask` gives them.
public struct StandaloneAnswerer: Sendable {
    /// A conversation that has said nothing yet, copied for each line.
    private let fresh: Conversation
    private let matcher: Matcher
    /// What a line needs to be read otherwise than the matcher reads it.
    private let cues: ConversationCues
    /// The lexicon's acknowledgements, listed by an entry or not: a line that is one goes to the conversation.
    private let acknowledgements: Acknowledgements

    public init(matcher: Matcher) {
        var fresh = Conversation(matcher: matcher)
        fresh.prepareBareFollowUps()
        self.fresh = fresh
        self.matcher = matcher
        let lexicon = matcher.knowledgeBase.lexicon
        cues = ConversationCues(choiceWords: fresh.choiceWords, topicReference: TopicReference(lexicon: lexicon))
        acknowledgements = Acknowledgements(lexicon: lexicon)
    }

    /// Whether `line` is short enough (four words or fewer: "and the phone number?", "what if that fails?", "the
    /// second one") to be a bare follow-up, a pick from a list or an acknowledgement, which a conversation answers
    /// otherwise than the matcher. Batch and eval take a longer line as `Matcher.matchProblems` makes of it, without
    /// a conversation's checks, which cost about as much again as matching a short line.
    public static func mayBeFollowUp(_ line: String) -> Bool {
        // Read as contiguous bytes: the UTF-8 view's iterator cost about 770 instructions a batch line.
        Redactor.withBytes(line) { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte == 32 || byte == 9 || byte == 10 || byte == 13 { inWord = false } else if !inWord {
                    inWord = true
                    words += 1
                    if words > 4 { return false }
                }
            }
            return true
        }
    }

    /// The most bytes a line longer than four words has that `mayBeBareFollowUp(_:)` reads: a bare follow-up is short.
    public static let longestBareFollowUp = 80

    /// Whether `line`, of any length up to `longestBareFollowUp` bytes, is made of the follow-up phrasings' words alone
    /// ("what number do I call for that?"): it may be a bare follow-up, which `helpdesk ask` tells to ask a question
    /// first, and is answered as `answer(_:)` answers it.
    public func mayBeBareFollowUp(_ line: String) -> Bool {
        line.utf8.count <= Self.longestBareFollowUp && fresh.isMadeOfPhrasingWords(line)
    }

    /// What `answer(line)` matches when its reply is that match's (an answer, a list of choices or a fallback, with no
    /// topic named: `Conversation.lastProblems`, and no `lastTopicReference`), found without the conversation's other
    /// readings when the line holds none of their cues (`ConversationCues`), is no acknowledgement and no bare
    /// follow-up; nil when it may be read otherwise, which `answer(_:)` then tells.
    public func plainMatch(_ line: String) -> ProblemMatches? {
        let text = line.trimmingWhitespace()
        guard !cues.mayApply(to: text), !acknowledgements.contains(text) else { return nil }
        let problems = matcher.matchProblems(text)
        let plain = matcher.redactor.removingPersonalData(from: text, labels: matcher.dataLabels)
        return fresh.preparedBareFollowUp(plain, fresh: problems) == nil ? problems : nil
    }

    /// The reply to `line`, and the conversation that gave it, which holds how (`lastProblems`, `lastTopicReference`,
    /// `lastBareFollowUp`...).
    public func answer(_ line: String) -> (reply: Reply, conversation: Conversation) {
        var conversation = fresh
        let reply = conversation.respond(to: line)
        return (reply, conversation)
    }
}
