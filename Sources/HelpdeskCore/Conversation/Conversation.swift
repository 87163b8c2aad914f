/// A conversation with memory: answers questions, takes a number (or "none") after a clarify list, and keeps the last result for `:why`.
public struct Conversation: Sendable {
    public private(set) var matcher: Matcher
    /// The options of the last clarify question, until one is picked or a new question is asked.
    public private(set) var pendingChoices: [Candidate] = []
    /// The last matcher result, for explanations.
    public private(set) var lastResult: MatchResult?
    /// The entry the conversation is about, if any.
    public private(set) var currentEntry: Entry?

    public init(matcher: Matcher) {
        self.matcher = matcher
    }

    public var knowledgeBase: KnowledgeBase { matcher.knowledgeBase }

    /// Swaps in a reloaded knowledge base; the conversation starts afresh.
    public mutating func replace(matcher: Matcher) {
        self.matcher = matcher
        pendingChoices = []
        lastResult = nil
        currentEntry = nil
    }

    public mutating func respond(to input: String) -> Reply {
        let text = input.trimmingWhitespace()
        if !pendingChoices.isEmpty, let reply = choose(text) { return reply }
        pendingChoices = []
        let result = matcher.match(text)
        lastResult = result
        switch result.decision {
        case .answer(let candidate):
            let entry = knowledgeBase.entries[candidate.entryIndex]
            currentEntry = entry
            return .entry(entry)
        case .clarify(let candidates):
            pendingChoices = candidates
            return .clarify(candidates)
        case .fallback:
            return .fallback(result.topCandidates(3).filter { $0.confidence > 0 })
        }
    }

    /// A pick from the pending clarify list: its number, or "none"; nil when the text is a new question.
    private mutating func choose(_ text: String) -> Reply? {
        let lowered = text.lowercased()
        if let number = Int(lowered), (1...pendingChoices.count).contains(number) {
            let entry = knowledgeBase.entries[pendingChoices[number - 1].entryIndex]
            pendingChoices = []
            currentEntry = entry
            return .entry(entry)
        }
        if ["none", "neither", "none of these", "none of them", "no", "0"].contains(lowered) {
            let closest = pendingChoices
            pendingChoices = []
            return .fallback(closest)
        }
        return nil
    }
}
