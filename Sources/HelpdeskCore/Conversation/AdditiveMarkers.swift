/// Words that say a piece of pasted text raises a further problem: "I also lost my phone", "plus the reset email never
/// came", "my phone is gone too". They are the lexicon's `additive_words` (anywhere in the piece, or in the connector cut
/// off before it) and `additive_endings` (only as the piece's last words: "too many attempts" adds nothing), compared
/// as the normalizer writes words.
public struct AdditiveMarkers: Sendable {
    /// Each additive word or phrase as a run of normalized words.
    public let words: [[String]]
    /// Each additive ending as a run of normalized words.
    public let endings: [[String]]
    private static let pipeline = TextPipeline(stages: [Normalizer(), Tokenizer()])

    public init(words: [String] = [], endings: [String] = []) {
        self.words = words.map { Self.pipeline.analyze($0).terms }.filter { !$0.isEmpty }
        self.endings = endings.map { Self.pipeline.analyze($0).terms }.filter { !$0.isEmpty }
    }

    /// Whether `text` (a piece, or the piece with the connector before it) holds an additive word, or ends in an
    /// additive ending.
    public func mark(_ text: String) -> Bool {
        !markedTokens(Self.pipeline.analyze(text).terms).isEmpty
    }

    /// `piece` without its additive words and ending, its other text as written ("I also lost my phone" is "I lost my
    /// phone"); nil when it has none, or nothing else with a letter or digit.
    public func stripped(_ piece: String) -> String? {
        guard !words.isEmpty || !endings.isEmpty else { return nil }
        let analysis = Self.pipeline.analyze(piece)
        let marked = markedTokens(analysis.terms)
        guard !marked.isEmpty, marked.count < analysis.tokens.count else { return nil }
        var bytes = Array(piece.utf8)
        for index in marked.sorted(by: >) {
            let range = analysis.tokens[index].range
            // The space before the word goes with it, so no double space is left.
            let start = range.lowerBound > 0 && bytes[range.lowerBound - 1] == 32 ? range.lowerBound - 1 : range.lowerBound
            bytes.removeSubrange(start..<range.upperBound)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The places of `terms` that an additive word covers anywhere, or an additive ending covers at the end.
    private func markedTokens(_ terms: [String]) -> Set<Int> {
        var marked: Set<Int> = []
        for start in terms.indices {
            for phrase in words where TermRun.matches(phrase, in: terms, at: start) {
                marked.formUnion(start..<start + phrase.count)
            }
        }
        for phrase in endings where phrase.count <= terms.count && TermRun.matches(phrase, in: terms, at: terms.count - phrase.count) {
            marked.formUnion(terms.count - phrase.count..<terms.count)
        }
        return marked
    }
}
