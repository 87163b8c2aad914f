/// One output record of batch mode, the JSONL contract: where the question was, what was decided, and the answer.
/// Every output format (JSONL, CSV, text, Markdown) writes these fields.
public struct BatchRecord: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case answered, clarify, fallback, error
    }

    /// What a record that matched no entry was instead, as `helpdesk ask --json` names it: status `fallback`, no entry,
    /// no candidates, and a one-line answer.
    public enum Kind: String, Sendable, CaseIterable {
        /// A line that only acknowledges ("ok", "got it").
        case acknowledgement
        /// A line that only picks from a list ("none", "the second one", "2"), with no list open.
        case pick
        /// A bare follow-up ("more", "next step", "what's the number?") with no topic in focus, named as the
        /// `FollowUpIntent` it asks for.
        case steps, contacts, escalation, whoHandles = "who_handles", more, next

        public init(_ intent: FollowUpIntent) {
            switch intent {
            case .steps: self = .steps
            case .contacts: self = .contacts
            case .escalation: self = .escalation
            case .whoHandles: self = .whoHandles
            case .more: self = .more
            case .next: self = .next
            }
        }
    }

    /// One ranked entry, as listed under `candidates`.
    public struct Guess: Sendable, Equatable {
        public var entry: String
        public var title: String
        public var confidence: Double
        /// The entry's index in its knowledge base, when known: writers find what they prepared for it by index.
        public var entryIndex: Int? = nil
    }

    /// A further problem of a pasted text: the entry that answers it, and that entry's answer.
    public struct Problem: Sendable, Equatable {
        public var entry: String
        public var title: String
        public var confidence: Double
        /// The words of the text that raised it, redacted.
        public var excerpt: String
        /// The entry's rendered answer.
        public var answer: String
        /// Index of the entry, so writers can reuse a per-entry rendering of `answer`.
        public var answerEntryIndex: Int?

        public init(entry: String, title: String, confidence: Double, excerpt: String, answer: String, answerEntryIndex: Int? = nil) {
            self.entry = entry
            self.title = title
            self.confidence = confidence
            self.excerpt = excerpt
            self.answer = answer
            self.answerEntryIndex = answerEntryIndex
        }
    }

    /// 1-based physical input line where the record starts.
    public var line: Int
    /// The question, redacted; nil on input errors.
    public var question: String?
    public var status: Status
    /// The chosen entry: the answer, or the top candidate when clarifying; nil on fallback and errors.
    public var entry: String?
    /// The chosen entry's title, the fallback's title, or nil on errors.
    public var title: String?
    public var confidence: Double
    /// The top candidates (at least three when the knowledge base has them), best first.
    public var candidates: [Guess]
    /// Review date of the answered entry.
    public var lastReviewed: String?
    /// The rendered answer text; nil on errors.
    public var answer: String?
    /// Index of the entry whose full text `answer` is, so writers can reuse a per-entry rendering.
    public var answerEntryIndex: Int?
    /// When `answer` is the fallback built from `AnswerCache.fallback`: its closest-topics block ("" for none), so
    /// writers can reuse the rest.
    public var fallbackTopics: String?
    /// Further problems found in a pasted text, in text order; empty for most questions.
    public var also: [Problem] = []
    /// When `also` is not empty: the words of the text that raised the first problem (the one `entry` answers), redacted.
    public var excerpt: String?
    /// For an answer, a runner-up topic close enough to name after it (`MatchResult.alsoClose`); the text and Markdown
    /// formats show it as `helpdesk ask` does, JSONL and CSV list it among `candidates`.
    public var alsoClose: Guess?
    /// Set when the line matched no entry because it is no question on its own (an acknowledgement, a pick with no list
    /// open, a bare follow-up with no topic in focus).
    public var kind: Kind?
    /// Why the answer was chosen, when asked for with `--explain`.
    public var explanation: String?
    /// Why the record could not be read; only on `status == .error`.
    public var error: String?
    /// The input error `error` describes, typed; only on `status == .error`.
    public var lineError: LineError?
    /// Input columns other than the question, in input order.
    public var passThrough: [PassThroughField]

    public init(line: Int, question: String?, status: Status, entry: String?, title: String?, confidence: Double,
                candidates: [Guess], lastReviewed: String? = nil, answer: String?, answerEntryIndex: Int? = nil,
                error: String? = nil, passThrough: [PassThroughField] = []) {
        self.line = line
        self.question = question
        self.status = status
        self.entry = entry
        self.title = title
        self.confidence = confidence
        self.candidates = candidates
        self.lastReviewed = lastReviewed
        self.answer = answer
        self.answerEntryIndex = answerEntryIndex
        self.error = error
        self.passThrough = passThrough
    }

    /// The record for a line that could not be read.
    public init(line: Int, error: LineError, passThrough: [PassThroughField] = []) {
        self.init(line: line, question: nil, status: .error, entry: nil, title: nil, confidence: 0, candidates: [],
                  answer: nil, error: error.description, passThrough: passThrough)
        lineError = error
    }

    /// The record for a line that only acknowledges ("ok"), with `helpdesk ask --json`'s fields for it: status
    /// `fallback`, no entry, title or candidates, confidence 0, kind `acknowledgement`, and the one-line `answer`.
    public init(acknowledgement redactedQuestion: String, line: Int, answer: String, passThrough: [PassThroughField] = []) {
        self.init(unmatched: .acknowledgement, redactedQuestion: redactedQuestion, line: line, answer: answer, passThrough: passThrough)
    }

    /// The record for a line that matched no entry because it is no question on its own (`kind`), with `helpdesk ask
    /// --json`'s fields for it: status `fallback`, no entry, title or candidates, confidence 0, and the one-line `answer`.
    public init(unmatched kind: Kind, redactedQuestion: String, line: Int, answer: String, passThrough: [PassThroughField] = []) {
        self.init(line: line, question: redactedQuestion, status: .fallback, entry: nil, title: nil, confidence: 0,
                  candidates: [], answer: answer, passThrough: passThrough)
        self.kind = kind
    }

    /// The record for a matched question; `answer` is the rendered answer text.
    public init(_ result: MatchResult, line: Int, redactedQuestion: String, candidateCount: Int, answer: String,
                in kb: KnowledgeBase, passThrough: [PassThroughField] = []) {
        let chosen = result.chosen
        let status: Status
        var lastReviewed: String?
        var answerEntryIndex: Int?
        switch result.decision {
        case .answer(let candidate):
            status = .answered
            lastReviewed = kb.entries[candidate.entryIndex].lastReviewed.description
            answerEntryIndex = candidate.entryIndex
        case .clarify: status = .clarify
        case .fallback: status = .fallback
        }
        // Each field set here, not through `init(line:question:...)`, whose record was copied into this one: about
        // 800 instructions a batch line with the copies' clean-up.
        self.line = line
        self.question = redactedQuestion
        self.status = status
        self.entry = chosen?.id
        self.title = chosen?.title ?? kb.fallback.title
        self.confidence = chosen?.confidence ?? result.ranking.best?.confidence ?? 0
        self.candidates = result.topCandidates(candidateCount).map {
            Guess(entry: $0.id, title: $0.title, confidence: $0.confidence, entryIndex: $0.entryIndex)
        }
        self.lastReviewed = lastReviewed
        self.answer = answer
        self.answerEntryIndex = answerEntryIndex
        self.passThrough = passThrough
        alsoClose = result.alsoClose(in: kb).map {
            Guess(entry: $0.id, title: $0.title, confidence: $0.confidence, entryIndex: $0.entryIndex)
        }
    }
}

extension BatchRecord {
    /// The answer as `helpdesk ask` prints it: for a text with several problems, each under its "Problem 1 of 2"
    /// heading (`AnswerRenderer.render(problems:)`); otherwise `answer`, and the topic also close when there is one.
    public func answerText(renderer: AnswerRenderer) -> String? {
        guard !also.isEmpty, let answer else {
            guard let answer, let close = alsoClose else { return answer }
            return answer + "\n\n" + renderer.alsoClose(id: close.entry, title: close.title)
        }
        let first = (excerpt: excerpt ?? question ?? "", answer: answer)
        return renderer.render(problems: [first] + also.map { ($0.excerpt, $0.answer) })
    }
}
