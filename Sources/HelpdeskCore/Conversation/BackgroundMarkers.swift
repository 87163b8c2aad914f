/// Words that mark a piece of pasted text as background rather than the problem: "I already reset my password",
/// "it's not the password", "my email works fine". They are the lexicon's `background_markers`, compared as the
/// normalizer writes words ("it's not" is "it not"). A marker right after one of the lexicon's
/// `background_question_words` is asked about, not told: "how do I reset my password?" is no background; and one right
/// after one of `background_negations` did not happen: "I never got the reset email" is the problem; and one before
/// one of `background_contrasts` with two words or more after it is followed by the problem: "my reset email came but
/// the link is expired" is about the link.
public struct BackgroundMarkers: Sendable {
    /// Each marker as a run of normalized words.
    public let phrases: [[String]]
    /// Words that make a marker right after them a question ("do", "can", "how").
    public let questionWords: Set<String>
    /// Words that make a marker right after them no background ("never", "not").
    public let negations: Set<String>
    /// Words after which the problem comes ("but", "however").
    public let contrasts: Set<String>
    /// Words that point back at what was just said ("it", "that"): the lexicon's `pointing_words`.
    public let pointingWords: Set<String>
    /// Words that say nothing of their own ("and", "the"): the lexicon's `stop_words`.
    public let fillers: Set<String>
    private static let words = TextPipeline(stages: [Normalizer(), Tokenizer()])

    public init(_ markers: [String] = [], questionWords: [String] = [], negations: [String] = [], contrasts: [String] = [],
                pointingWords: [String] = [], fillers: Set<String> = []) {
        phrases = markers.map(Self.terms).filter { !$0.isEmpty }
        self.questionWords = Set(questionWords.flatMap(Self.terms))
        self.negations = Set(negations.flatMap(Self.terms))
        self.contrasts = Set(contrasts.flatMap(Self.terms))
        self.pointingWords = Set(pointingWords.flatMap(Self.terms))
        self.fillers = Set(fillers.flatMap(Self.terms))
    }

    /// The words of a lexicon item as `words` writes them: most are plain words, read without the pipeline.
    private static func terms(_ text: String) -> [String] {
        PlainWords.split(text) ?? words.analyze(text).terms
    }

    /// Whether `text` holds one of the markers, its words standing together and in order, and not right after one of
    /// `questionWords` or `negations`, nor before one of `contrasts` that two words or more follow.
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

    /// The part of `text` after its last contrast, when a marker stands before that contrast: "I already reset my
    /// password but it still says locked" is "it still says locked". Nil otherwise.
    public func problemAfterContrast(_ text: String) -> String? {
        let analysis = Self.words.analyze(text)
        let words = analysis.terms
        guard let contrast = lastContrast(in: words), !markedWords(Array(words[..<contrast])).isEmpty else { return nil }
        return String(decoding: text.utf8.dropFirst(analysis.tokens[contrast + 1].range.lowerBound), as: UTF8.self)
    }

    /// The place of the last contrast in `words` that two words or more follow.
    private func lastContrast(in words: [String]) -> Int? {
        guard !contrasts.isEmpty else { return nil }
        return words.indices.last { contrasts.contains(words[$0]) && $0 + 2 < words.count }
    }

    /// The places of `words` that a marker covers, where it is no question and no negation, and no contrast follows.
    private func markedWords(_ words: [String]) -> Set<Int> {
        guard !phrases.isEmpty else { return [] }
        // Markers before the last contrast that two words or more follow tell what came before the problem.
        let turn = lastContrast(in: words).map { $0 + 1 } ?? 0
        var marked: Set<Int> = []
        for start in words.indices.dropFirst(turn)
        where start == 0 || !(questionWords.contains(words[start - 1]) || negations.contains(words[start - 1])) {
            for phrase in phrases where TermRun.matches(phrase, in: words, at: start) {
                marked.formUnion(start..<start + phrase.count)
            }
        }
        return marked
    }
}
