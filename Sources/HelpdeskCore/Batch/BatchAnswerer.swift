/// Turns one batch question into its output record: match, redact the echo, attach the (cached) answer.
/// A Sendable value shared read-only by all workers.
public struct BatchAnswerer: Sendable {
    public let matcher: Matcher
    public let answers: AnswerCache
    public let candidateCount: Int
    private let redactor = Redactor()

    public init(matcher: Matcher, answers: AnswerCache? = nil) {
        self.matcher = matcher
        self.answers = answers ?? AnswerCache(knowledgeBase: matcher.knowledgeBase)
        self.candidateCount = max(3, matcher.settings.candidateCount)
    }

    public func record(for question: BatchQuestion) -> BatchRecord {
        switch question.content {
        case .failure(let error):
            return BatchRecord(line: question.line, error: error, passThrough: question.passThrough)
        case .success(let text):
            let result = matcher.match(text)
            let kb = matcher.knowledgeBase
            return BatchRecord(result, line: question.line, redactedQuestion: redactor.redact(text),
                               candidateCount: candidateCount, answer: answers.answer(for: result, in: kb),
                               in: kb, passThrough: question.passThrough)
        }
    }
}
