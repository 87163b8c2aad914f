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
    /// Words that point back at what was just said ("it", "that"): the lexicon's `pointing_words`.
    public let pointingWords: Set<String>
    /// Words that say nothing of their own ("and", "the"): the lexicon's `stop_words`.
    public let fillers: Set<String>
    private static let words = TextPipeline(stages: [Normalizer(), Tokenizer()])

    public init(_ markers: [String] = [], questionWords: [String] = [], negations: [String] = [],
                pointingWords: [String] = [], fillers: Set<String> = []) {
        phrases = markers.map { Self.words.analyze($0).terms }.filter { !$0.isEmpty }
        self.questionWords = Set(questionWords.flatMap { Self.words.analyze($0).terms })
        self.negations = Set(negations.flatMap { Self.words.analyze($0).terms })
        self.pointingWords = Set(pointingWords.flatMap { Self.words.analyze($0).terms })
        self.fillers = Set(fillers.flatMap { Self.words.analyze($0).terms })
    }

    /// Whether `text` holds one of the markers, its words standing together and in order, and not right after one of
    /// `questionWords` or `negations`.
    public func mark(_ text: String) -> Bool {
        !markedWords(Self.words.analyze(text).terms).isEmpty
    }

    /// Whether `text` is background that names nothing of its own but points back at what was said before it ("and
    /// that part worked", "it worked"): it holds a marker and a pointing word, and every other word is a filler.
    public func pointsBack(_ text: String) -> Bool {
        let words = Self.words.analyze(text).terms
        let marked = markedWords(words)
        guard !marked.isEmpty, words.contains(where: pointingWords.contains) else { return false }
        return words.indices.allSatisfy { marked.contains($0) || pointingWords.contains(words[$0]) || fillers.contains(words[$0]) }
    }

    /// The places of `words` that a marker covers, where it is no question and no negation.
    private func markedWords(_ words: [String]) -> Set<Int> {
        guard !phrases.isEmpty else { return [] }
        var marked: Set<Int> = []
        for start in words.indices
        where start == 0 || !(questionWords.contains(words[start - 1]) || negations.contains(words[start - 1])) {
            for phrase in phrases where TermRun.matches(phrase, in: words, at: start) {
                marked.formUnion(start..<start + phrase.count)
            }
        }
        return marked
    }
}
