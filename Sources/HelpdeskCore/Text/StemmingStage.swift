/// Stage 4, stem: reduces each word to its English (Porter2) stem so that "resetting" and "reset" meet.
public struct StemmingStage: AnalysisStage {
    public let name = "stem"
    private let stemmer = Stemmer()
    private let protected: Set<String>

    public init(protected: Set<String> = []) {
        self.protected = protected
    }

    public func apply(to analysis: inout Analysis) {
        for i in analysis.tokens.indices where !protected.contains(analysis.tokens[i].text) {
            analysis.tokens[i].text = stemmer.stem(analysis.tokens[i].text)
        }
    }
}
