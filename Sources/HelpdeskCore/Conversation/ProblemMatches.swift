/// What the matcher found in a text that may hold several problems: the main result, and one result for each further,
/// distinct problem, in the order the text raises them. `also` is empty for a text with one problem (or none).
public struct ProblemMatches: Sendable {
    /// The result to answer with first; its `question` is the whole text, redacted.
    public let primary: MatchResult
    /// Further problems, each answered with confidence by an entry that is neither chit-chat nor the primary's;
    /// each `question` is the redacted piece of text that raised it.
    public let also: [MatchResult]

    /// For each result of `all`, the redacted piece of text that raised it (the whole text when there is one problem).
    public let excerpts: [String]
    /// What the matcher left out of the pasted text before matching (quoted lines, a signature, agent lines).
    public internal(set) var leftOut = ReplyTrimmer.LeftOut()

    public init(primary: MatchResult, also: [MatchResult] = [], excerpts: [String]? = nil) {
        self.primary = primary
        self.also = also
        // The questions alone: an array of every result would copy the primary for each text (about 1,000 instructions).
        // Most texts raise one problem: their list is made without joining an empty one to it (about 340 instructions).
        self.excerpts = excerpts ?? (also.isEmpty ? [primary.question] : [primary.question] + also.map(\.question))
    }

    /// Every result, primary first.
    public var all: [MatchResult] { [primary] + also }
}
