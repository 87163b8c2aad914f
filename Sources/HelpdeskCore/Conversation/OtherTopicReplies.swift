/// Lines that ask for the other topic named after the last answer ("Not this one? Also close: ...") instead of it:
/// "the other one", "no, not this one". They are the lexicon's `other_topic_replies`, compared with the whole line by
/// its words of letters and digits, as `Acknowledgements` are ("No, the other one!" is "no the other one"). With none,
/// no line is read this way.
public struct OtherTopicReplies: Sendable {
    /// The replies, compared as whole lines the way acknowledgements are.
    private let lines: Acknowledgements

    /// Each reply as its `Acknowledgements.key(_:)`.
    public var phrases: Set<String> { lines.phrases }

    public init(_ replies: [String] = []) {
        lines = Acknowledgements(replies)
    }

    public init(lexicon: Lexicon) {
        self.init(lexicon.otherTopicReplies)
    }

    /// Whether `line`, as a whole, is one of the replies.
    public func contains(_ line: String) -> Bool {
        lines.contains(line)
    }
}
