/// Turns one batch question into its output record: match, redact the echo, attach the (cached) answer.
/// A Sendable value shared read-only by all workers. Each line is answered on its own: one of four words or fewer as
/// `helpdesk ask` answers it with no topic in focus (`StandaloneAnswerer`: a bare follow-up, "more", "next step", asks
/// for a question first, and "the second one" has nothing to pick from), a longer one as `Matcher.matchProblems` does.
public struct BatchAnswerer: Sendable {
    public let matcher: Matcher
    public let answers: AnswerCache
    public let candidateCount: Int
    /// Attach an explanation of each answer (`--explain`).
    public let explain: Bool
    /// The lexicon's acknowledgements that no entry lists among its questions: a line that is one of them, as a
    /// whole, is not matched (`Acknowledgements.acknowledges(_:in:)`, the rule of `helpdesk ask`).
    public let acknowledgements: Acknowledgements
    /// Answers a short line as `helpdesk ask` does with no topic in focus (see `StandaloneAnswerer.mayBeFollowUp`).
    public let standalone: StandaloneAnswerer

    public init(matcher: Matcher, answers: AnswerCache? = nil, explain: Bool = false) {
        self.matcher = matcher
        self.explain = explain
        self.answers = answers ?? AnswerCache(knowledgeBase: matcher.knowledgeBase)
        self.candidateCount = max(3, matcher.settings.candidateCount)
        let kb = matcher.knowledgeBase
        acknowledgements = Acknowledgements.unlisted(lexiconOf: kb)
        standalone = StandaloneAnswerer(matcher: matcher)
    }

    public func record(for question: BatchQuestion) -> BatchRecord {
        // Pass-through columns are echoed like the question, so they are redacted the same way.
        let redactor = matcher.redactor
        let passThrough = PassThroughField.redacted(question.passThrough, by: redactor)
        switch question.content {
        case .failure(let error):
            return BatchRecord(line: question.line, error: error, passThrough: passThrough)
        case .success(let text) where MetaCommand.isCommand(text):
            // ":quit" or ":why" from a pasted session: a bad line, as bad bytes are, and not matched as a question.
            return BatchRecord(line: question.line, error: .interactiveCommand(line: text), passThrough: passThrough)
        case .success(let text) where acknowledgements.contains(text):
            // "ok", "got it": one line, as `helpdesk ask ok` gives, and nothing matched. Each batch line is read on
            // its own, so no topic is in focus.
            var record = BatchRecord(acknowledgement: redactor.redact(text), line: question.line,
                                     answer: answers.renderer.acknowledgement(afterTopic: false), passThrough: passThrough)
            if explain { record.explanation = Explainer(matcher: matcher).explain(acknowledgement: text, topic: nil) }
            return record
        case .success(let text):
            // A longer line is no follow-up: it is matched as before, without a conversation's checks. So is a short
            // one that holds none of their cues, unless its explanation is asked for (a conversation's explanation).
            guard StandaloneAnswerer.mayBeFollowUp(text) || standalone.mayBeBareFollowUp(text) else {
                return record(for: question, problems: matcher.matchProblems(text), passThrough: passThrough)
            }
            if !explain, let problems = standalone.plainMatch(text) {
                return record(for: question, problems: problems, passThrough: passThrough)
            }
            let (reply, conversation) = standalone.answer(text)
            if let kind = Self.kind(of: reply) {
                // "more", "next step", "the second one": nothing is matched, as `helpdesk ask` with no topic matches nothing.
                let answer = switch reply {
                case .needsTopic(let intent): answers.renderer.needsTopic(intent, in: matcher.knowledgeBase)
                case .nothingToPick: answers.renderer.nothingToPick()
                default: answers.renderer.acknowledgement(afterTopic: false)
                }
                var record = BatchRecord(unmatched: kind, redactedQuestion: redactor.redact(text), line: question.line,
                                         answer: answer, passThrough: passThrough)
                if explain { record.explanation = Explainer(matcher: matcher).explain(conversation) }
                return record
            }
            return record(for: question, text: text, problems: conversation.lastProblems ?? matcher.matchProblems(text),
                          conversation: conversation, passThrough: passThrough)
        }
    }

    /// The kind of record for a reply that matched nothing; nil for one that gives the match's answer.
    private static func kind(of reply: Reply) -> BatchRecord.Kind? {
        switch reply {
        case .needsTopic(let intent): BatchRecord.Kind(intent)
        case .nothingToPick: .pick
        case .acknowledgement: .acknowledgement
        default: nil
        }
    }

    /// The record for `question`, matched as `problems` without a conversation. (No `Conversation?` is passed: its
    /// nil took a 2,072-byte zeroing on every line.)
    private func record(for question: BatchQuestion, problems: ProblemMatches, passThrough: [PassThroughField]) -> BatchRecord {
        matchedRecord(for: question, problems: problems, asked: problems.primary.question, passThrough: passThrough) {
            Explainer(matcher: matcher).explain(problems, in: matcher.knowledgeBase)
        }
    }

    /// The record for `question`, whose line is `text`, matched as `problems` by `conversation`.
    private func record(for question: BatchQuestion, text: String, problems: ProblemMatches, conversation: Conversation,
                        passThrough: [PassThroughField]) -> BatchRecord {
        // `matchProblems` echoes the text as pasted, redacted: no need to redact it again, unless the line was
        // matched on the words that name a topic ("what about the IRS?" on "the IRS").
        let asked = conversation.lastTopicReference == nil ? problems.primary.question : matcher.redactor.redact(text)
        return matchedRecord(for: question, problems: problems, asked: asked, passThrough: passThrough) {
            let explainer = Explainer(matcher: matcher)
            return explainer.explain(conversation) ?? explainer.explain(problems, in: matcher.knowledgeBase)
        }
    }

    /// The record for `question` matched as `problems`, its question echoed as `asked`, with `explanation()` when
    /// `explain` asks for one.
    private func matchedRecord(for question: BatchQuestion, problems: ProblemMatches, asked: String,
                               passThrough: [PassThroughField], explanation: () -> String) -> BatchRecord {
        let kb = matcher.knowledgeBase
        let result = problems.primary
        let (answer, fallbackTopics) = answers.answerParts(for: result, in: kb)
        var record = BatchRecord(result, line: question.line, redactedQuestion: asked,
                                 candidateCount: candidateCount, answer: answer, in: kb, passThrough: passThrough)
        record.fallbackTopics = fallbackTopics
        if !problems.also.isEmpty {
            record.excerpt = problems.excerpts.first
            record.also = zip(problems.also, problems.excerpts.dropFirst()).compactMap { result, excerpt in
                guard let chosen = result.chosen else { return nil }
                return BatchRecord.Problem(entry: chosen.id, title: chosen.title, confidence: chosen.confidence, excerpt: excerpt,
                                           answer: answers.answerParts(for: result, in: kb).text, answerEntryIndex: chosen.entryIndex)
            }
        }
        if explain { record.explanation = explanation() }
        return record
    }
}
