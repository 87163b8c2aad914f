/// What a reply to a clarify list picks: one of the offered entries, none of them, or a number the list does not have.
public enum ClarifyChoice: Sendable, Equatable {
    case candidate(Candidate)
    case none
    /// A number ("3", "option 5", "fourth") outside the list: the list stays open.
    case outOfRange(Int)

    /// Reads `text` as a pick from `candidates`: a number ("2", "#2", "2.", "option 2", "the second one"), the
    /// entry's id, a none reply ("none", "no"), or words of one title ("the email one"); a number outside the list is
    /// `outOfRange`. Nil when it is none of these: a new question. The none replies and the words that carry no choice
    /// come from `words` (the lexicon's).
    /// Title words pick only when they fit exactly one title better than the others and make up at least half the text;
    /// with `titles` false, not at all (a line that only acknowledges, "got it", picks no title with "arrive", its synonym).
    public static func read(_ text: String, from candidates: [Candidate], pipeline: TextPipeline,
                            words: ChoiceWords, titles: Bool = true) -> ClarifyChoice? {
        let lowered = ChoiceWords.line(text)
        if words.none.contains(lowered) { return ClarifyChoice.none }
        if let n = number(in: lowered, words: words) { return pick(n, from: candidates) }
        if let byID = candidates.first(where: { $0.id == lowered }) { return .candidate(byID) }
        return titles ? byTitle(lowered, from: candidates, pipeline: pipeline, fillers: words.fillers) : nil
    }

    /// Whether `text` is one of the replies that only answer a list ("none", "none of these": `words.listOnlyNone`):
    /// with no list open, there is nothing to pick from.
    public static func answersOnlyAList(_ text: String, words: ChoiceWords) -> Bool {
        words.listOnlyNone.contains(ChoiceWords.line(text))
    }

    /// The number `text` names on its own, as a reply to a numbered list: "2", "#2", "2.", "option 2", "the second
    /// one" (with "option", "the" and "one" among `words.fillers`, and "second" among `words.numbers`); nil for
    /// anything more ("step 2", "the second account"). "-1" is -1, which no list has. A reply of fillers alone names
    /// the number of its last word, if it names one ("the one" is 1).
    public static func number(in text: String, words choiceWords: ChoiceWords) -> Int? {
        let words = StepReference.signedWords(ChoiceWords.line(text))
        let meaningful = words.filter { !choiceWords.fillers.contains($0) }
        if meaningful.count == 1 || (meaningful.isEmpty && words.count == 1) {
            let word = meaningful.first ?? words[0]
            if let n = StepReference.integer(word) ?? choiceWords.numbers[word] { return n }
        }
        if meaningful.isEmpty, let word = words.last, let n = choiceWords.numbers[word] { return n }
        return nil
    }

    private static func pick(_ number: Int, from candidates: [Candidate]) -> ClarifyChoice {
        (1...candidates.count).contains(number) ? .candidate(candidates[number - 1]) : .outOfRange(number)
    }

    private static func byTitle(_ text: String, from candidates: [Candidate], pipeline: TextPipeline,
                                fillers: Set<String>) -> ClarifyChoice? {
        let terms = Set(pipeline.analyze(text).terms).subtracting(fillers)
        guard !terms.isEmpty else { return nil }
        let scores = candidates.map { candidate -> Int in
            let title = Set(pipeline.analyze(candidate.title + " " + candidate.id.replacing("-", with: " ")).terms)
            return terms.intersection(title).count
        }
        guard let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1,
              Double(best) >= Double(terms.count) / 2, let index = scores.firstIndex(of: best) else { return nil }
        return .candidate(candidates[index])
    }
}
