/// Words that mark a piece of pasted text as background rather than the problem: "I already reset my password",
/// "it's not the password", "my email works fine". They are the lexicon's `background_markers`, compared as the
/// normalizer writes words ("it's not" is "it not"). A marker right after one of the lexicon's
/// `background_question_words` is asked about, not told: "how do I reset my password?" is no background; and one right
/// after one of `background_negations` did not happen: "I never got the reset email" is the problem.
public struct BackgroundMarkers: Sendable {
    /// Each marker as a run of normalized words.
    public let phrases: [[String]]
    /// Words that make a marker right after them a question ("do", "can", "how").
    public let questionWords: Set<String>
    /// Words that make a marker right after them no background ("never", "not").
    public let negations: Set<String>
    private static let words = TextPipeline(stages: [Normalizer(), Tokenizer()])

    public init(_ markers: [String] = [], questionWords: [String] = [], negations: [String] = []) {
        phrases = markers.map { Self.words.analyze($0).terms }.filter { !$0.isEmpty }
        self.questionWords = Set(questionWords.flatMap { Self.words.analyze($0).terms })
        self.negations = Set(negations.flatMap { Self.words.analyze($0).terms })
    }

    /// Whether `text` holds one of the markers, its words standing together and in order, and not right after one of
    /// `questionWords` or `negations`.
    public func mark(_ text: String) -> Bool {
        guard !phrases.isEmpty else { return false }
        let words = Self.words.analyze(text).terms
        return words.indices.contains { start in
            (start == 0 || !(questionWords.contains(words[start - 1]) || negations.contains(words[start - 1])))
                && phrases.contains { TermRun.matches($0, in: words, at: start) }
        }
    }
}
