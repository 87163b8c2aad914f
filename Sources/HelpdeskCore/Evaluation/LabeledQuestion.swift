/// A question with the entry it should reach (nil: it should fall back), as read from a CSV file.
public struct LabeledQuestion: Sendable, Equatable {
    public var question: String
    public var entry: String?
    public var title: String?
    public var answer: String?
    /// The line of the file the row starts on (the header is on line 1 unless blank lines come first).
    public var line: Int

    public init(question: String, entry: String?, title: String? = nil, answer: String? = nil, line: Int) {
        self.question = question
        self.entry = entry
        self.title = title
        self.answer = answer
        self.line = line
    }
}
