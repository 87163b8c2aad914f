/// Stage 6, stop words: drops the lexicon's stop words, unless that would leave nothing.
public struct StopWordFilter: AnalysisStage {
    public let name = "stop words"
    private let stopWords: Set<String>

    public init(stopWords: Set<String>) {
        self.stopWords = stopWords
    }

    public func apply(to analysis: inout Analysis) {
        guard !stopWords.isEmpty else { return }
        var kept: [Token] = []
        var removed: [String] = []
        for token in analysis.tokens {
            if stopWords.contains(token.surface) || stopWords.contains(token.text) {
                removed.append(token.surface)
            } else {
                kept.append(token)
            }
        }
        guard !kept.isEmpty else { return }
        analysis.stopWordsRemoved += removed
        analysis.tokens = kept
    }
}
