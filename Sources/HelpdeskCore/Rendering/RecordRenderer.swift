/// Renders one answered question as a JSON object: the batch JSONL contract.
public struct RecordRenderer: Sendable {
    public var answerRenderer = AnswerRenderer()
    public var candidateCount: Int
    private let redactor = Redactor()

    public init(candidateCount: Int = 3) {
        self.candidateCount = max(3, candidateCount)
    }

    /// `line` is the 1-based input line; the question is echoed redacted.
    public func json(_ result: MatchResult, line: Int, in kb: KnowledgeBase) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("line"); json.number(line)
        json.key("question"); json.string(redactor.redact(result.question))
        json.key("status"); json.string(result.decision.status)
        let chosen = result.chosen
        json.key("entry"); json.string(chosen?.id)
        json.key("title"); json.string(chosen?.title ?? kb.fallback.title)
        json.key("confidence"); json.number(chosen?.confidence ?? result.ranking.best?.confidence ?? 0)
        json.key("candidates")
        json.beginArray()
        for candidate in result.topCandidates(candidateCount) {
            json.beginObject()
            json.key("entry"); json.string(candidate.id)
            json.key("title"); json.string(candidate.title)
            json.key("confidence"); json.number(candidate.confidence)
            json.endObject()
        }
        json.endArray()
        if let chosen, case .answer = result.decision {
            json.key("last_reviewed"); json.string(kb.entries[chosen.entryIndex].lastReviewed.description)
        }
        json.key("answer"); json.string(answerRenderer.render(result, in: kb))
        json.endObject()
        return json.text
    }

    /// A line that could not be read: its place in the order, and why.
    public func errorJSON(line: Int, reason: String) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("line"); json.number(line)
        json.key("question"); json.null()
        json.key("status"); json.string("error")
        json.key("entry"); json.null()
        json.key("title"); json.null()
        json.key("confidence"); json.number(0)
        json.key("candidates"); json.beginArray(); json.endArray()
        json.key("answer"); json.null()
        json.key("error"); json.string(reason)
        json.endObject()
        return json.text
    }
}
