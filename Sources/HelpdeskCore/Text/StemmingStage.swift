/// Stage 4, stem: reduces each word to its English (Porter2) stem so that "resetting" and "reset" meet.
public struct StemmingStage: AnalysisStage {
    public let name = "stem"
    private let stemmer = Stemmer()
    private let protected: Set<String>
    /// Stems worked out already (the knowledge base's own words): looked up instead of stemmed again.
    private let known: [String: String]

    public init(protected: Set<String> = [], known: [String: String] = [:]) {
        self.protected = protected
        self.known = known
    }

    public func apply(to analysis: inout Analysis) {
        for i in analysis.tokens.indices where !protected.contains(analysis.tokens[i].text) {
            let word = analysis.tokens[i].text
            analysis.tokens[i].text = known[word] ?? stemmer.stem(word)
        }
    }
}
