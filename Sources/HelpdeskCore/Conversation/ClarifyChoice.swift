/// What a reply to a clarify list picks: one of the offered entries, none of them, or a number the list does not have.
public enum ClarifyChoice: Sendable, Equatable {
    case candidate(Candidate)
    case none
    /// A number ("3", "option 5", "fourth") outside the list: the list stays open.
    case outOfRange(Int)

    /// Words that reject every offered entry.
    public static let noneWords: Set<String> = listOnlyNoneWords.union(["no", "nope", "0", "something else", "other"])
    /// The words of `noneWords` that only ever answer a list ("none of these"); "no" or "other" may say something else.
    static let listOnlyNoneWords: Set<String> = [
        "none", "neither", "none of these", "none of them", "none of those", "not those", "neither of them", "neither of those",
    ]
    /// Ordinal words, for "the second one".
    static let ordinals = ["first": 1, "second": 2, "third": 3, "1st": 1, "2nd": 2, "3rd": 3, "one": 1, "two": 2, "three": 3]
    /// Words that carry no choice ("the second one", "option 2", "number 3 please").
    static let filler: Set<String> = ["the", "one", "option", "choice", "number", "no", "please", "pls", "that", "about",
                                      "i", "mean", "meant", "want", "it", "s", "is", "ok", "okay", "thanks", "a"]

    /// Reads `text` as a pick from `candidates`: a number ("2", "#2", "2.", "option 2", "the second one"), the
    /// entry's id, "none", or words of one title ("the email one"); a number outside the list is `outOfRange`.
    /// Nil when it is none of these: a new question.
    /// Title words pick only when they fit exactly one title better than the others and make up at least half the text.
    public static func read(_ text: String, from candidates: [Candidate], pipeline: TextPipeline) -> ClarifyChoice? {
        let lowered = text.lowercased().trimmingWhitespace().trimmingEnds(of: ".!?")
        if noneWords.contains(lowered) { return ClarifyChoice.none }
        if let n = number(in: lowered) { return pick(n, from: candidates) }
        if let byID = candidates.first(where: { $0.id == lowered }) { return .candidate(byID) }
        return byTitle(lowered, from: candidates, pipeline: pipeline)
    }

    /// Whether `text` is one of the words that only answer a list ("none", "none of these"): with no list open,
    /// there is nothing to pick from.
    public static func answersOnlyAList(_ text: String) -> Bool {
        listOnlyNoneWords.contains(text.lowercased().trimmingWhitespace().trimmingEnds(of: ".!?"))
    }

    /// The number `text` names on its own, as a reply to a numbered list: "2", "#2", "2.", "option 2", "the second
    /// one"; nil for anything more ("step 2", "the second account"). "-1" is -1, which no list has.
    public static func number(in text: String) -> Int? {
        let words = StepReference.signedWords(text.lowercased().trimmingWhitespace().trimmingEnds(of: ".!?"))
        let meaningful = words.filter { !filler.contains($0) }
        if meaningful.count == 1 || (meaningful.isEmpty && words.count == 1) {
            let word = meaningful.first ?? words[0]
            if let n = StepReference.integer(word) ?? ordinals[word] ?? StepReference.ordinals[word] { return n }
        }
        if meaningful.isEmpty, let word = words.last, let n = ordinals[word] { return n }
        return nil
    }

    private static func pick(_ number: Int, from candidates: [Candidate]) -> ClarifyChoice {
        (1...candidates.count).contains(number) ? .candidate(candidates[number - 1]) : .outOfRange(number)
    }

    private static func byTitle(_ text: String, from candidates: [Candidate], pipeline: TextPipeline) -> ClarifyChoice? {
        let terms = Set(pipeline.analyze(text).terms).subtracting(filler)
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

private extension String {
    func trimmingEnds(of set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
