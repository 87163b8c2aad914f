/// What a line must hold for `Conversation`, with no topic in focus, to read it otherwise than `Matcher.matchProblems`
/// does, acknowledgements and bare follow-ups aside (`StandaloneAnswerer.plainMatch(_:)` checks those in full): a
/// digit or a word that names a number ("2", "the second one": `ClarifyChoice.number(in:words:)`), the first word of
/// a reply that only answers a list ("none of these": `ClarifyChoice.answersOnlyAList(_:words:)`), or a topic lead-in
/// opening it ("what about ...": `TopicReference.topic(in:)`). Words are read as `StepReference.words(_:)` reads
/// them, as finely as those readings or finer ("what's" is "what", "s"), so a line that holds none of these is surely
/// read as the matcher reads it. Batch mode asks this of each line of four words or fewer instead of running those
/// readings on a copy of a conversation, which cost about 78,000 instructions a short line besides its match.
struct ConversationCues: Sendable {
    /// The words that name a choice's number ("second", "two").
    private let numberWords: Set<String>
    /// The first word of each reply that only answers a list ("none", "neither", "not").
    private let listOnlyOpeners: Set<String>
    /// Each topic lead-in as words ("what about" is ["what", "about"]).
    private let leadIns: [[String]]

    init(choiceWords: ChoiceWords, topicReference: TopicReference) {
        numberWords = Set(choiceWords.numbers.keys)
        // A reply outside ASCII is never an ASCII line, the only lines read here; one without words makes a line
        // without words a cue, as every such line is.
        listOnlyOpeners = Set(choiceWords.listOnlyNone.compactMap { StepReference.asciiWords($0, signed: false)?.first })
        leadIns = topicReference.leadIns.compactMap { leadIn in
            let words = leadIn.map { StepReference.asciiWords($0, signed: false) }
            return words.contains { $0 == nil } ? nil : words.flatMap { $0 ?? [] }
        }
    }

    /// Whether the conversation may read `line` otherwise than the matcher does: true for any line outside ASCII or
    /// without a letter or digit, which are not looked into.
    func mayApply(to line: String) -> Bool {
        guard let words = StepReference.asciiWords(line, signed: false), let first = words.first else { return true }
        if listOnlyOpeners.contains(first) { return true }
        if words.contains(where: { numberWords.contains($0) || $0.utf8.contains { $0 >= 48 && $0 <= 57 } }) { return true }
        return leadIns.contains { words.starts(with: $0) }
    }
}
