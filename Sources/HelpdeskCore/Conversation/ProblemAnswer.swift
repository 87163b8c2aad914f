/// One of several problems found in one text: the words that raised it (redacted) and the entry that answers it.
public struct ProblemAnswer: Sendable, Equatable {
    /// The piece of the text that raised the problem, with personal data redacted: safe to echo back.
    public var excerpt: String
    public var entry: Entry
    public var confidence: Double

    public init(excerpt: String, entry: Entry, confidence: Double) {
        self.excerpt = excerpt
        self.entry = entry
        self.confidence = confidence
    }
}
