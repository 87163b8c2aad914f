/// A short answer to a question that only makes sense right after its entry was shown.
public struct FollowUp: Sendable, Equatable {
    public var questions: [String]
    public var answer: String

    public init(questions: [String], answer: String) {
        self.questions = questions
        self.answer = answer
    }
}
