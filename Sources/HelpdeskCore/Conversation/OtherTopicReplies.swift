/// Lines that ask for the other topic named after the last answer ("Not this one? Also close: ...") instead of it:
/// "the other one", "no, not this one". They are the lexicon's `other_topic_replies`, compared with the whole line by
/// its words of letters and digits, as `Acknowledgements` are ("No, the other one!" is "no the other one"). With none,
/// no line is read this way.
public struct OtherTopicReplies: Sendable {
    /// Each reply as its `Acknowledgements.key(_:)`.
    public let phrases: Set<String>
    /// The longest of `phrases`, in UTF-8 bytes: a longer line is none of them, told without building its key.
    private let longestPhrase: Int

    public init(_ replies: [String] = []) {
        phrases = Set(replies.map(Acknowledgements.key).filter { !$0.isEmpty })
        longestPhrase = phrases.map(\.utf8.count).max() ?? 0
    }

    public init(lexicon: Lexicon) {
        self.init(lexicon.otherTopicReplies)
    }

    /// Whether `line`, as a whole, is one of the replies.
    public func contains(_ line: String) -> Bool {
        guard !phrases.isEmpty, let key = Acknowledgements.shortKey(line, atMost: longestPhrase) else { return false }
        return phrases.contains(key)
    }
}
