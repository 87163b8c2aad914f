extension RecordRenderer {
    /// The JSON record for a text that may hold several problems: the primary's record, plus an `also` array of
    /// `{entry, title, confidence, answer}` for each further problem, in order (empty when there is one problem), as
    /// in batch JSONL. `question`, when given, is echoed instead of the text matched (a line the conversation matched
    /// on part of it: "what about the code problem?").
    public func json(_ problems: ProblemMatches, line: Int, in kb: KnowledgeBase, question: String? = nil) -> String {
        var also = JSONWriter()
        also.beginArray()
        for result in problems.also {
            guard let chosen = result.chosen else { continue }
            also.beginObject()
            also.key("entry"); also.string(chosen.id)
            also.key("title"); also.string(chosen.title)
            also.key("confidence"); also.number(chosen.confidence)
            also.key("answer"); also.string(answerRenderer.render(kb.entries[chosen.entryIndex]))
            also.endObject()
        }
        also.endArray()
        return Self.adding(key: "also", json: also.text, to: json(problems.primary, line: line, in: kb, question: question))
    }

    /// The JSON record for a line answered as a follow-up: status `follow_up`, the entry in context, the score,
    /// and the short answer (`answer`); `kind` names what was asked for.
    public func json(_ followUp: FollowUpMatch, question: String, line: Int) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("line"); json.number(line)
        json.key("question"); json.string(redactor.redact(question))
        json.key("status"); json.string("follow_up")
        json.key("entry"); json.string(followUp.entry.id)
        json.key("title"); json.string(followUp.entry.title)
        json.key("confidence"); json.number(followUp.score)
        json.key("candidates"); json.beginArray(); json.endArray()
        json.key("kind")
        switch followUp.kind {
        case .authored: json.string("follow_up")
        case .step: json.string("step")
        case .intent(let intent, _): json.string(intent.rawValue)
        }
        json.key("answer"); json.string(followUp.answer.isEmpty ? answerRenderer.render(followUp.entry) : followUp.answer)
        json.key("also"); json.beginArray(); json.endArray()
        json.endObject()
        return json.text
    }

    /// The JSON record for a bare follow-up with no topic in focus ("more" as a first line): status `fallback`, no
    /// entry and no candidates; `kind` names what was asked for and `answer` asks for a question first (with the
    /// knowledge base's general contacts when whom to contact was asked).
    public func json(needsTopic intent: FollowUpIntent, question: String, line: Int, in kb: KnowledgeBase) -> String {
        unmatched(kind: intent.rawValue, answer: answerRenderer.needsTopic(intent, in: kb), question: question, line: line)
    }

    /// The JSON record for "none", or a bare number with no steps in focus, with no list of choices open: status
    /// `fallback`, no entry and no candidates, `kind` `pick`, and the answer that there is nothing to pick from.
    public func json(nothingToPick question: String, line: Int) -> String {
        unmatched(kind: "pick", answer: answerRenderer.nothingToPick(), question: question, line: line)
    }

    /// The JSON record for a line that only acknowledges ("ok", "got it"): status `fallback`, no entry and no
    /// candidates, `kind` `acknowledgement`, and the one-line reply (`afterTopic`: a topic was in focus).
    public func json(acknowledgement question: String, afterTopic: Bool, line: Int) -> String {
        unmatched(kind: "acknowledgement", answer: answerRenderer.acknowledgement(afterTopic: afterTopic), question: question, line: line)
    }

    /// A record for a line that matched no entry because it only makes sense after something else.
    private func unmatched(kind: String, answer: String, question: String, line: Int) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.key("line"); json.number(line)
        json.key("question"); json.string(redactor.redact(question))
        json.key("status"); json.string("fallback")
        json.key("entry"); json.null()
        json.key("title"); json.null()
        json.key("confidence"); json.number(0.0)
        json.key("candidates"); json.beginArray(); json.endArray()
        json.key("kind"); json.string(kind)
        json.key("answer"); json.string(answer)
        json.key("also"); json.beginArray(); json.endArray()
        json.endObject()
        return json.text
    }

    /// `object` (a JSON object's text) with `key: json` added before its closing brace.
    public static func adding(key: String, json: String, to object: String) -> String {
        guard object.hasSuffix("}") else { return object }
        var text = String(object.dropLast())
        if !text.hasSuffix("{") { text += "," }
        JSONWriter.appendString(key, to: &text)
        return text + ":" + json + "}"
    }
}
