/// One entry as the scorer ranked it: its confidence in [0, 1] and the words that matched.
public struct Candidate: Sendable, Equatable {
    public var entryIndex: Int
    public var id: String
    public var title: String
    public var confidence: Double
    /// Query terms found in this entry's examples, for explanations.
    public var matchedTerms: [String]

    public init(entryIndex: Int, id: String, title: String, confidence: Double, matchedTerms: [String] = []) {
        self.entryIndex = entryIndex
        self.id = id
        self.title = title
        self.confidence = confidence
        self.matchedTerms = matchedTerms
    }
}
