/// A question with the entry it should reach (nil: it should fall back), as read from a CSV file.
public struct LabeledQuestion: Sendable, Equatable {
    public var question: String
    public var entry: String?
    public var title: String?
    public var answer: String?
    /// The 1-based data row in the file (the header is row 0).
    public var row: Int

    public init(question: String, entry: String?, title: String? = nil, answer: String? = nil, row: Int) {
        self.question = question
        self.entry = entry
        self.title = title
        self.answer = answer
        self.row = row
    }
}
