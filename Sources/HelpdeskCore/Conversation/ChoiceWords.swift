/// The words a reply to a list of choices is read with: the replies that reject every choice ("none", "no"), the
/// words that carry no choice ("the second one", "option 2") and the words that name a number ("second", "two"). They
/// are the lexicon's `none_replies`, `list_only_none_replies`, `choice_fillers`, `ordinal_words` and
/// `choice_number_words`; with none of them, only a bare number in digits, id or title words pick, and no reply says
/// none. See `ClarifyChoice`.
public struct ChoiceWords: Sendable, Equatable {
    /// Every reply that rejects all the offered choices, as a whole line (`line(_:)`).
    public let none: Set<String>
    /// The replies of `none` that only ever answer a list ("none of these"); "no" or "other" may say something else.
    public let listOnlyNone: Set<String>
    /// Words that carry no choice ("the", "one", "option", "please").
    public let fillers: Set<String>
    /// Lowercase words that name a choice's number ("second": 2, "3rd": 3, "two": 2).
    public let numbers: [String: Int]

    /// `none` holds both `none` and `listOnlyNone`.
    public init(none: [String] = [], listOnlyNone: [String] = [], fillers: [String] = [], numbers: [String: Int] = [:]) {
        self.listOnlyNone = Set(listOnlyNone.map(Self.line).filter { !$0.isEmpty })
        self.none = Set(none.map(Self.line).filter { !$0.isEmpty }).union(self.listOnlyNone)
        self.fillers = Set(fillers.map { $0.lowercased() })
        self.numbers = StepReference.lowercased(numbers)
    }

    /// The numbers are the lexicon's ordinal words and choice number words; a word in both names its choice number.
    public init(lexicon: Lexicon) {
        self.init(none: lexicon.noneReplies, listOnlyNone: lexicon.listOnlyNoneReplies, fillers: lexicon.choiceFillers,
                  numbers: lexicon.ordinalWords.merging(lexicon.choiceNumberWords) { _, choice in choice })
    }

    /// `text` as a reply is compared: lowercased, without the spaces around it or its end punctuation ("None." is "none").
    static func line(_ text: String) -> String {
        text.lowercased().trimmingWhitespace().trimmingEnds(of: ".!?")
    }
}

private extension String {
    /// Without the characters of `set` at either end. Only the ends are read: every line of a batch is compared so.
    func trimmingEnds(of set: String) -> String {
        guard let first = firstIndex(where: { !set.contains($0) }), let last = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
