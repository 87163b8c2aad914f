/// Reads a line as a follow-up to the entries under discussion: their authored `follow_ups`, a numbered step, or a
/// generic intent (steps, contacts and numbers, escalation, whose matter it is, more, next) in the knowledge base's phrasings. Matching uses the
/// matcher's text pipeline, so the knowledge base's synonyms and spelling fixes apply; the score is the term overlap
/// with the best phrasing.
public struct FollowUpResolver: Sendable {
    public let pipeline: TextPipeline
    /// Used when an entry names no one to contact.
    public let fallback: FallbackAnswer
    /// The phrasings of each generic intent (`Lexicon.followUpPhrasings`); an intent without any is never read.
    public let phrasings: [FollowUpIntent: [String]]
    /// Reads "step 2", "the second step", "the next step"; its ordinal and relative words are the lexicon's.
    public let steps: StepReference
    /// Question words and auxiliaries (`Lexicon.functionWords`), compared with a line's terms: shared, they alone do
    /// not make a line a follow-up ("what's the weather" shares only "what" with "what are the steps"). With none, a
    /// line is read as a follow-up only when it is one of the phrasings word for word, since any word it shares with
    /// one could be a bare "what".
    public let functionWords: Set<String>
    /// The names of everyone the knowledge base gives as a contact (every entry's and the fallback's), for whose matter
    /// a topic is: "can the IRS help?" names the IRS (`whoHandlesAnswer`). With none, that is the entry's escalation.
    public let parties: [String]

    public init(pipeline: TextPipeline, fallback: FallbackAnswer, phrasings: [FollowUpIntent: [String]],
                steps: StepReference = StepReference(), functionWords: [String] = [], parties: [String] = []) {
        self.pipeline = pipeline
        self.fallback = fallback
        self.phrasings = phrasings
        self.steps = steps
        self.functionWords = Set(functionWords.map { $0.lowercased() })
        self.parties = parties
    }

    public init(matcher: Matcher) {
        let kb = matcher.knowledgeBase
        self.init(pipeline: matcher.pipeline, fallback: kb.fallback, phrasings: kb.lexicon.followUpPhrasings,
                  steps: StepReference(lexicon: kb.lexicon), functionWords: kb.lexicon.functionWords,
                  parties: Self.parties(in: kb))
    }

    /// The best follow-up reading of `text` for `entries` (the first is the main topic), or nil when nothing overlaps.
    /// Authored follow-ups of any entry are tried; numbered steps and generic intents apply to the first entry.
    /// On equal scores an authored follow-up wins over a generic one, and an earlier entry over a later one.
    /// `lastStep` is the main topic's step shown last, for "the next step".
    public func resolve(_ text: String, in entries: [Entry], lastStep: Int? = nil) -> FollowUpMatch? {
        guard let main = entries.first else { return nil }
        if let number = steps.step(in: text, after: lastStep) {
            // "The next step" past the last one is told there is none, as "then what?" is; "the previous step" before
            // the first one likewise.
            let offset = steps.offset(in: text)
            let answer = offset == 1 ? nextAnswer(main, after: lastStep)
                : offset == -1 && lastStep == 1 ? previousAnswer(main) : stepAnswer(number, of: main)
            return FollowUpMatch(entry: main, kind: .step(number), score: 1, answer: answer)
        }
        let terms = Set(pipeline.analyze(text).terms)
        guard !terms.isEmpty else { return nil }
        var best: FollowUpMatch?
        func consider(_ match: FollowUpMatch) {
            if match.score > (best?.score ?? 0) { best = match }
        }
        for entry in entries {
            for followUp in entry.followUps {
                guard let (question, score) = bestPhrasing(followUp.questions, for: terms) else { continue }
                consider(FollowUpMatch(entry: entry, kind: .authored(question: question), score: score, answer: followUp.answer))
            }
        }
        for intent in FollowUpIntent.allCases {
            // "Then what?" asks only what comes next, and "what does that mean?" for the answer again: a line that
            // names more ("what happens after I verify my identity", "what does code 846 mean") is a question of its own.
            let extra: Extra = intent == .next || intent == .more ? .nothingElse : .anything
            guard let (example, score) = bestPhrasing(phrasings[intent] ?? [], for: terms, naming: extra)
            else { continue }
            let answer = intent == .whoHandles ? whoHandlesAnswer(main, terms: terms) : answer(intent, for: main, lastStep: lastStep)
            consider(FollowUpMatch(entry: main, kind: .intent(intent, example: example), score: score, answer: answer))
        }
        return best
    }

    /// The generic intent `text` states word for word (one of the knowledge base's phrasings, after the text
    /// pipeline), whatever entry is in view: a bare "more" or "what's the number?" that needs a topic first. Never
    /// `.whoHandles`: "can the IRS help?" with no topic is a question of its own.
    public func bareIntent(_ text: String) -> FollowUpIntent? {
        let terms = Set(pipeline.analyze(text).terms)
        guard !terms.isEmpty else { return nil }
        return FollowUpIntent.allCases.first { intent in
            intent.asksForATopicAlone && (bestPhrasing(phrasings[intent] ?? [], for: terms)?.1 ?? 0) >= FollowUpMatch.exactScore
        }
    }

    /// What a line may say besides a phrasing's words.
    private enum Extra { case anything, nothingElse }

    /// The phrasing with the highest Dice overlap with `terms`, if any shares more than `functionWords`; with
    /// `.nothingElse`, only a phrasing that holds every one of `terms`. With no function words, only a phrasing whose
    /// terms are `terms` exactly.
    private func bestPhrasing(_ phrasings: [String], for terms: Set<String>, naming extra: Extra = .anything) -> (String, Double)? {
        var best: (String, Double)?
        for phrasing in phrasings {
            let other = Set(pipeline.analyze(phrasing).terms)
            guard functionWords.isEmpty ? terms == other : !terms.intersection(other).subtracting(functionWords).isEmpty,
                  extra == .anything || terms.isSubset(of: other) else { continue }
            let score = 2 * Double(terms.intersection(other).count) / Double(terms.count + other.count)
            if score > (best?.1 ?? 0) { best = (phrasing, score) }
        }
        return best
    }

    // MARK: Answers from the entry's own fields; never anything the knowledge base does not say.

    /// `lastStep` is the entry's step shown last, for `.next`; nil when the whole answer was shown. `.whoHandles` asked
    /// about no one in particular; `whoHandlesAnswer` answers a line that names someone.
    func answer(_ intent: FollowUpIntent, for entry: Entry, lastStep: Int? = nil) -> String {
        switch intent {
        case .steps: return stepsAnswer(entry)
        case .contacts: return contactsAnswer(entry)
        case .escalation, .whoHandles: return escalationAnswer(entry)
        case .more: return ""
        case .next: return nextAnswer(entry, after: lastStep)
        }
    }

    /// The step after `last`, or nil when `last` is the entry's last step or nil (the whole answer was shown).
    static func nextStep(after last: Int?, in entry: Entry) -> Int? {
        guard let last, last < entry.steps.count else { return nil }
        return last + 1
    }

    /// The step after `last`; after the last step, or after the whole answer (`last` nil), says plainly that none follows.
    func nextAnswer(_ entry: Entry, after last: Int?) -> String {
        guard !entry.steps.isEmpty else { return "This topic has no numbered steps, so there is no next step.\n" + entry.summary }
        if let next = Self.nextStep(after: last, in: entry) { return stepAnswer(next, of: entry) }
        return "There is no next step: step \(entry.steps.count) of \(entry.steps.count) is the last one in this answer."
    }

    /// After step 1, says plainly that no step comes before it.
    func previousAnswer(_ entry: Entry) -> String {
        "There is no previous step: step 1 of \(entry.steps.count) is the first one in this answer."
    }

    func stepAnswer(_ number: Int, of entry: Entry) -> String {
        guard !entry.steps.isEmpty else { return "This topic has no numbered steps.\n" + (entry.summary) }
        if number == Int.max { return "Step \(entry.steps.count) of \(entry.steps.count) (the last): " + entry.steps[entry.steps.count - 1] }
        guard entry.steps.indices.contains(number - 1) else { return Self.noSuchStep(number, of: entry.steps.count) }
        return "Step \(number) of \(entry.steps.count): " + entry.steps[number - 1]
    }

    /// One line for a step number the entry does not have ("step 0", "step 99"); a number of more digits than any step
    /// has ("step 99999999") is "no such step", since it was not read in full.
    static func noSuchStep(_ number: Int, of count: Int) -> String {
        let named = abs(number) >= StepReference.outOfRange ? "There is no such step; " : "There is no step \(number); "
        return named + (count == 1 ? "this answer has only step 1." : "this answer has steps 1-\(count).")
    }

    func stepsAnswer(_ entry: Entry) -> String {
        entry.steps.isEmpty ? "This topic has no numbered steps.\n" + entry.summary : numbered(entry.steps)
    }

    /// Phone numbers only where the knowledge base gives them; says "no phone number" only when none of the contacts
    /// shown has one, and otherwise names the contacts that have one.
    func contactsAnswer(_ entry: Entry) -> String {
        let contacts = entry.contacts.isEmpty ? fallback.contacts : entry.contacts
        guard !contacts.isEmpty else {
            return "This knowledge base gives no contact for this topic." + (entry.escalation.map { "\n" + $0 } ?? "")
        }
        var lines: [String] = []
        if entry.contacts.isEmpty { lines.append("This topic names no contact of its own; in general:") }
        let organisations = contacts.filter { $0.phone == nil && $0.url == nil }.map(\.name)
        let hasPhone = contacts.contains { $0.phone != nil }
        if !hasPhone {
            lines.append("This knowledge base gives no phone number for " + Self.list(organisations.isEmpty ? contacts.map(\.name) : organisations) + ".")
        }
        lines += contactLines(contacts)
        // "No phone number for IRS" under "IRS e-help desk: 866-255-0654" reads as a contradiction: name the ones that have one.
        if hasPhone, !organisations.isEmpty {
            let withPhone = contacts.filter { $0.phone != nil }.map(\.name)
            lines.append("Of these contacts, only " + Self.list(withPhone, joiner: "and") + (withPhone.count == 1 ? " has" : " have")
                + " a phone number in this knowledge base.")
        }
        return lines.joined(separator: "\n")
    }

    func escalationAnswer(_ entry: Entry) -> String {
        if let escalation = entry.escalation { return escalation }
        if !entry.contacts.isEmpty { return contactsAnswer(entry) }
        return fallback.escalation.map { "This topic names no one to contact; in general: " + $0 }
            ?? "This knowledge base names no one to contact for this topic."
    }

    /// Each contact as the Contacts block of a whole answer shows it (`AnswerRenderer`): name, phone, url and hours,
    /// then when to use it.
    func contactLines(_ contacts: [Contact]) -> [String] {
        contacts.flatMap { contact -> [String] in
            let details = [contact.phone, contact.url, contact.hours.map { "hours: \($0)" }].compactMap { $0 }
            let name = "  - " + contact.name + (details.isEmpty ? "" : ": " + details.joined(separator: ", "))
            return [name] + (contact.when.map { ["    When: " + $0] } ?? [])
        }
    }

    private func numbered(_ items: [String]) -> String {
        items.enumerated().map { "  \($0.offset + 1). \($0.element)" }.joined(separator: "\n")
    }

    static func list(_ names: [String], joiner: String = "or") -> String {
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        switch unique.count {
        case 0: return "this topic"
        case 1: return unique[0]
        case 2: return unique[0] + " \(joiner) " + unique[1]
        default: return unique.dropLast().joined(separator: ", ") + " \(joiner) " + unique[unique.count - 1]
        }
    }
}
