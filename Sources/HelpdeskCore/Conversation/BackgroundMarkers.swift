/// Words that mark a piece of pasted text as background rather than the problem: "I already reset my password",
/// "it's not the password", "my email works fine". They are the lexicon's `background_markers`, compared as the
/// normalizer writes words ("it's not" is "it not").
public struct BackgroundMarkers: Sendable {
    /// Each marker as a run of normalized words.
    public let phrases: [[String]]
    private static let words = TextPipeline(stages: [Normalizer(), Tokenizer()])

    public init(_ markers: [String] = []) {
        phrases = markers.map { Self.words.analyze($0).terms }.filter { !$0.isEmpty }
    }

    /// Whether `text` holds one of the markers, its words standing together and in order.
    public func mark(_ text: String) -> Bool {
        guard !phrases.isEmpty else { return false }
        let words = Self.words.analyze(text).terms
        return words.indices.contains { start in phrases.contains { TermRun.matches($0, in: words, at: start) } }
    }
}
