/// Renders one answered question as a JSON object: the batch JSONL contract (see `BatchRecord`, `JSONLRecordFormatter`).
public struct RecordRenderer: Sendable {
    public var answerRenderer = AnswerRenderer()
    public var candidateCount: Int
    /// Redacts the question echoed; a matcher's (`Matcher.redactor`) keeps the knowledge base's own phone numbers.
    let redactor: Redactor

    public init(candidateCount: Int = 3, redactor: Redactor = Redactor()) {
        self.candidateCount = max(3, candidateCount)
        self.redactor = redactor
    }

    /// `line` is the 1-based input line; the question (`question`, else the one matched) is echoed redacted.
    public func json(_ result: MatchResult, line: Int, in kb: KnowledgeBase, question: String? = nil) -> String {
        let record = BatchRecord(result, line: line, redactedQuestion: redactor.redact(question ?? result.question),
                                 candidateCount: candidateCount, answer: answerRenderer.render(result, in: kb), in: kb)
        return String(JSONLRecordFormatter().text(record).dropLast())
    }

    /// A line that could not be read: its place in the order, and why.
    public func errorJSON(line: Int, reason: String) -> String {
        let record = BatchRecord(line: line, question: nil, status: .error, entry: nil, title: nil, confidence: 0,
                                 candidates: [], answer: nil, error: reason)
        return String(JSONLRecordFormatter().text(record).dropLast())
    }
}
