/// Stage 4, stem: reduces each word to its English (Porter2) stem so that "resetting" and "reset" meet.
public struct StemmingStage: AnalysisStage {
    public let name = "stem"
    private let stemmer = Stemmer()
    private let protected: Set<String>
    /// Stems worked out already (the knowledge base's own words): looked up instead of stemmed again.
    private let known: WordTable<String>

    public init(protected: Set<String> = [], known: [String: String] = [:]) {
        self.init(protected: protected, known: WordTable(known.lazy.map { ($0.key, $0.value) }, capacity: known.count))
    }

    /// Stems the words of `vocabulary` by looking them up.
    public init(protected: Set<String> = [], vocabulary: Vocabulary) {
        self.init(protected: protected, known: vocabulary.stemTable)
    }

    private init(protected: Set<String>, known: WordTable<String>) {
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
