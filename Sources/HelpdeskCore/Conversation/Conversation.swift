/// A conversation with memory, testable without a terminal. For each line it:
/// 1. takes a pick ("2", title words, "none") when a clarify list is pending; a number outside it, or a line that
///    only acknowledges ("ok"), keeps it open;
///    with no list open, "the other one" opens the topic named after the last answer ("Also close: ..."), "none" is
///    told there is nothing to pick from, and a bare number ("2") is that step of the answer in focus;
///    after several problems were answered together, "2" or "the second one" goes back to that problem;
///    a line that only acknowledges ("ok", "got it", "no": the lexicon's `acknowledgements`, as the whole line) gets
///    one short line, and nothing is matched;
/// 2. matches the line as possibly several problems (`Matcher.matchProblems`, personal data taken out first); a line
///    that turns to a topic by name ("what about the code problem?", "no, I meant the IRS": `TopicReference`) is read
///    as the words that name it, and after several problems, naming one of them goes back to it;
/// 3. reads it as a follow-up to the current topic (`FollowUpResolver`) and lets `ContextPolicy` choose between the two;
///    with no topic in focus, a bare follow-up ("more", "what's the number?") is told to ask a question first; after a
///    fallback or a list of choices, a follow-up's reply names the topic it resumes;
/// 4. otherwise answers, asks which entry was meant, answers several problems in order, or falls back.
/// The topic changes only when a new one is answered: a fallback, a clarify question, small talk or an acknowledgement
/// keeps it in focus.
public struct Conversation: Sendable {
    public private(set) var matcher: Matcher {
        didSet {
            phrasingWords = matcher.followUpPhrasingWords.words
            pointingAndFunctionWords = Self.pointingAndFunctionWords(of: matcher)
            bareFollowUps = nil
            topicReference = TopicReference(lexicon: matcher.knowledgeBase.lexicon)
            acknowledgements = Acknowledgements(lexicon: matcher.knowledgeBase.lexicon)
            choiceWords = ChoiceWords(lexicon: matcher.knowledgeBase.lexicon)
            policy.pointingWords = ContextPolicy(lexicon: matcher.knowledgeBase.lexicon).pointingWords
        }
    }
    /// The words of the lexicon's follow-up phrasings and of their synonyms ("next step" is "what next"): only a line
    /// made of them can be a bare follow-up.
    var phrasingWords: Set<String>
    /// The lexicon's pointing and function words, lowercased: a follow-up may hold them beside its phrasing's words and
    /// still name nothing more (`namesMore(_:than:)`). They are compared with a word as typed and as analysed
    /// (function words are listed as the pipeline writes them, "doe"), not analysed here: running them through the
    /// pipeline cost about 9.6 million instructions a start.
    var pointingAndFunctionWords: Set<String>
    /// The phrasings, analysed once when a line made of their words is first read with no topic in focus.
    var bareFollowUps: BareFollowUpPhrasings?
    /// Reads "what about the code problem?" as "the code problem".
    private var topicReference: TopicReference
    /// Knows "ok", "got it", "no" as lines that only acknowledge.
    var acknowledgements: Acknowledgements
    /// The replies that reject a list of choices ("none", "no") and the words that carry no choice ("the second one").
    public private(set) var choiceWords: ChoiceWords
    /// Chooses between a follow-up and a fresh answer; its pointing words ("it", "again") are the lexicon's.
    public var policy: ContextPolicy
    /// The options of the last clarify question, until one is picked or a new question is asked.
    public private(set) var pendingChoices: [Candidate] = []
    /// The last line, as typed, for `:why` (what it gets on its own: `StandaloneAnswerer`).
    public private(set) var lastLine = ""
    /// The last fresh match (also kept when the line was answered as a follow-up), for explanations.
    public private(set) var lastProblems: ProblemMatches?
    /// The follow-up the last line was answered with, if it was one.
    public private(set) var lastFollowUp: FollowUpMatch?
    /// How the entry last shown was reached when it was picked from a clarify list or opened by id.
    public private(set) var lastSelection: EntrySelection?
    /// What the last line asked for when it was a bare follow-up with no topic in focus (nothing was matched).
    public private(set) var lastBareFollowUp: FollowUpIntent?
    /// The last line and the words in it that name a topic, when it turned to one by name ("what about the code
    /// problem?" names "the code problem"): the line was matched, and read as a follow-up, on those words.
    public private(set) var lastTopicReference: (line: String, named: String)?
    /// The last line, as typed, when it answered only a list ("none", or a number with no steps to read it as) and
    /// no list of choices was open (nothing was matched).
    public private(set) var lastPickWithoutList: String?
    /// The last line, as typed, when it rejected every choice of the list that was open ("none", "no"), and those
    /// choices; `lastProblems` is still the match that offered them.
    public private(set) var lastRejection: (line: String, choices: [Candidate])?
    /// Whether the last line answered only a list, with no list of choices open.
    public var lastPickedFromNothing: Bool { lastPickWithoutList != nil }
    /// The last line, as typed, when it only acknowledged what was said ("ok", "got it": one of the lexicon's
    /// `acknowledgements`); nothing was matched, and a list of choices that was open stays open.
    public private(set) var lastAcknowledgement: String?
    /// Whether the last line was answered as a follow-up about the topic in focus after a fallback or a list of choices
    /// (small talk or "ok" in between): its reply names the topic it means.
    public private(set) var lastResumedTopic = false
    /// Whether a fallback or a list of choices came since the topic in focus was last answered or followed up.
    private var topicSetAside = false
    /// The entries under discussion, main topic first; follow-ups are read against them.
    public private(set) var context: [Entry] = [] { didSet { lastStep = nil } }
    /// The entries of the last several problems answered together, in the text's order, for "the second one".
    private var problemEntries: [Entry] = []
    /// The step shown last and its entry, for "the next step".
    private var lastStep: (entry: String, number: Int)?
    /// The topics named after the last answer ("Not this one? Also close: ..."), and the entry that answer showed: "the
    /// other one" opens them while that entry is in focus. Once one is opened, the topic answered before it.
    public private(set) var otherTopics: (shownWith: String, candidates: [Candidate])?

    public init(matcher: Matcher) {
        self.matcher = matcher
        phrasingWords = matcher.followUpPhrasingWords.words
        pointingAndFunctionWords = Self.pointingAndFunctionWords(of: matcher)
        topicReference = TopicReference(lexicon: matcher.knowledgeBase.lexicon)
        acknowledgements = Acknowledgements(lexicon: matcher.knowledgeBase.lexicon)
        choiceWords = ChoiceWords(lexicon: matcher.knowledgeBase.lexicon)
        policy = ContextPolicy(lexicon: matcher.knowledgeBase.lexicon)
    }

    private static func pointingAndFunctionWords(of matcher: Matcher) -> Set<String> {
        let lexicon = matcher.knowledgeBase.lexicon
        return Set((lexicon.pointingWords + lexicon.functionWords).map { $0.lowercased() })
    }

    public var knowledgeBase: KnowledgeBase { matcher.knowledgeBase }
    /// The last matcher result, for `:why`.
    public var lastResult: MatchResult? { lastProblems?.primary }
    /// The entry the conversation is about, if any.
    public var currentEntry: Entry? { context.first }

    /// Swaps in a reloaded knowledge base. The topics in focus stay, as the reloaded knowledge base now writes them,
    /// when it still has them; a pending clarify list and the last match (which point into the old one) are dropped.
    public mutating func replace(matcher: Matcher) {
        self.matcher = matcher
        pendingChoices = []
        lastProblems = nil
        otherTopics = nil
        forgetLastTurn()
        let entries = matcher.knowledgeBase.entries
        context = context.compactMap { kept in entries.first { $0.id == kept.id } }
        problemEntries = problemEntries.compactMap { kept in entries.first { $0.id == kept.id } }
    }

    /// Makes `id` the current topic, as if it had just been answered (`--context ID`, `:show ID`). The last match
    /// no longer explains what is shown, so it is dropped.
    public mutating func focus(on id: String) throws(ConversationError) {
        guard let entry = knowledgeBase.entry(id: id) else { throw .unknownEntry(id) }
        pendingChoices = []
        context = [entry]
        lastProblems = nil
        otherTopics = nil
        forgetLastTurn()
        lastSelection = .opened(entry.id)
        topicSetAside = false
    }

    public mutating func respond(to input: String) -> Reply {
        forgetLastTurn()
        lastLine = input
        var reply = reply(to: input.trimmingWhitespace())
        // "What if that doesn't work?" right after "I don't have an answer for that" is about the topic before it: say so.
        if case let .followUp(entry, text, _) = reply, topicSetAside {
            reply = .followUp(entry: entry, text: text, resumed: true)
            lastResumedTopic = true
        }
        topicSetAside = Self.setsTopicAside(reply, before: topicSetAside)
        return reply
    }

    /// Whether, after `reply`, the topic in focus was last set aside: by a fallback or a list of choices. Small talk
    /// ("thanks"), an acknowledgement ("ok") and "nothing to pick from" leave it as it was.
    private static func setsTopicAside(_ reply: Reply, before: Bool) -> Bool {
        switch reply {
        case .entry(let entry, _): return entry.isChitChat ? before : false
        case .followUp, .problems: return false
        case .acknowledgement, .nothingToPick: return before
        case .clarify, .choiceOutOfRange, .choicePending, .fallback, .needsTopic: return true
        }
    }

    private mutating func reply(to text: String) -> Reply {
        if !pendingChoices.isEmpty {
            let choices = pendingChoices
            pendingChoices = []
            let plain = matcher.redactor.removingPersonalData(from: text, labels: matcher.dataLabels)
            // "ok" or "sure" right after "which of these do you mean?" picks nothing, not even by title words ("got
            // it" is no "Password reset email didn't arrive"); a none reply ("no") or a number still answers the list.
            let acknowledges = acknowledgements.acknowledges(text, in: matcher.knowledgeBase)
            switch ClarifyChoice.read(plain, from: choices, pipeline: matcher.pipeline, words: choiceWords, titles: !acknowledges) {
            case .candidate(let candidate)?:
                let entry = knowledgeBase.entries[candidate.entryIndex]
                context = [entry]
                lastSelection = .picked(candidate)
                return .entry(entry)
            case .none?:
                lastRejection = (text, choices)
                return .fallback(choices)
            case .outOfRange?:
                pendingChoices = choices
                return .choiceOutOfRange(choices)
            case nil:
                // The list stays open for such a line, and the reply asks for a pick. The match that offered the
                // list stays too, for `:why` after a pick.
                if acknowledges {
                    pendingChoices = choices
                    lastAcknowledgement = text
                    return .choicePending(choices)
                }
            }
        } else if let reply = openOtherTopic(text) {
            return reply
        } else if ClarifyChoice.answersOnlyAList(text, words: choiceWords) {
            return pickedFromNothing(text)
        }
        // "ok", "got it", "no" after an answer: one short line, not the fallback with its contacts. The topic stays.
        if acknowledgements.acknowledges(text, in: matcher.knowledgeBase) {
            lastProblems = nil
            lastAcknowledgement = text
            return .acknowledgement(topic: context.first)
        }
        // "What about the code problem?" and "no, I meant the IRS" are matched, and read as a follow-up, on the words
        // that name the topic, with a topic in focus or none; words that only point back ("what do you mean by that")
        // name none. Right after an answer, a line that is a follow-up phrasing word for word ("what about the IRS?":
        // whose matter it is) is that follow-up.
        let named = topicReference.topic(in: text).flatMap {
            StepReference.words($0).allSatisfy(policy.pointingWords.contains) || isFollowUpWordForWord(text) ? nil : $0
        }
        lastTopicReference = named.map { (text, $0) }
        // After several problems were answered together, "2" or "(what about) the second one" goes back to that problem.
        if context.count > 1, let n = ClarifyChoice.number(in: named ?? text, words: choiceWords),
           problemEntries.indices.contains(n - 1) {
            return goBack(toProblem: n)
        }
        // With no list open, a bare number ("2", "the third one") reads the numbered list shown last: the steps of
        // the answer in focus ("2" fell back with "I don't have an answer for that"), as "step 2" does, also when it
        // has none ("This topic has no numbered steps."; it got "Nothing to pick from right now."). With no topic,
        // there is nothing to pick. A number of three digits or more is a question of its own: a form's ("8879") or a year.
        var asked = named ?? text
        if let n = ClarifyChoice.number(in: asked, words: choiceWords), n < 100 {
            guard !context.isEmpty else { return pickedFromNothing(text) }
            asked = "step \(n)"
        }
        let fresh = matcher.matchProblems(named ?? text)
        // "ok who do I call?", "alright, and then?": an acknowledgement before a follow-up is read past when the line
        // is no follow-up with it.
        let followUp = followUp(to: asked, fresh: fresh, namesATopic: named != nil)
            ?? (named == nil && !context.isEmpty ? acknowledgements.afterLeadingAcknowledgement(asked).flatMap {
                self.followUp(to: String($0), fresh: fresh, namesATopic: false)
            } : nil)
        // After several problems, naming one of them goes back to it, unless the words are a follow-up word for word
        // ("what about the number?").
        if named != nil, context.count > 1, (followUp?.score ?? 0) < FollowUpMatch.exactScore, let n = problemNumber(answeredBy: fresh) {
            return goBack(toProblem: n)
        }
        lastProblems = fresh
        if let followUp {
            lastFollowUp = followUp
            // A step the entry does not have ("step 0", "step 99") moves nothing: "next step" still counts from the last shown.
            if case .step(let number) = followUp.kind, let shown = Self.stepShown(by: number, of: followUp.entry) {
                lastStep = (followUp.entry.id, shown)
            }
            if case .intent(.next, _) = followUp.kind, let next = FollowUpResolver.nextStep(after: mainTopicStep, in: followUp.entry) {
                lastStep = (followUp.entry.id, next)
            }
            if case .intent(.more, _) = followUp.kind {
                // The whole answer again, as when it was first given: what comes next is counted from its end.
                lastStep = nil
                return .entry(followUp.entry)
            }
            return .followUp(entry: followUp.entry, text: followUp.answer)
        }
        if context.isEmpty, let intent = bareFollowUp(inLine: text, fresh: fresh) {
            lastProblems = nil
            lastBareFollowUp = intent
            return .needsTopic(intent)
        }
        return answer(fresh)
    }

    /// Forgets how the last line was answered (`lastFollowUp`, `lastSelection`, `lastBareFollowUp`,
    /// `lastPickWithoutList`, `lastTopicReference`, `lastAcknowledgement`, `lastRejection`, `lastResumedTopic`), before
    /// a new line, a reload or a topic opened by id.
    private mutating func forgetLastTurn() {
        lastRejection = nil
        lastFollowUp = nil
        lastSelection = nil
        lastBareFollowUp = nil
        lastPickWithoutList = nil
        lastTopicReference = nil
        lastAcknowledgement = nil
        lastResumedTopic = false
    }

    /// "The other one", "not this one" (the lexicon's `other_topic_replies`) right after an answer that named another
    /// topic ("Not this one? Also close: ..."), while that answer's entry is in focus: that topic, or, when several were
    /// named, the list of them to choose from; said again, the topic answered before. Nil for any other line, or when
    /// no other topic is named.
    private mutating func openOtherTopic(_ text: String) -> Reply? {
        guard let other = otherTopics, other.shownWith == context.first?.id, !other.candidates.isEmpty,
              OtherTopicReplies(lexicon: knowledgeBase.lexicon).contains(text) else { return nil }
        guard other.candidates.count == 1 else {
            pendingChoices = other.candidates
            return .clarify(other.candidates)
        }
        let entry = knowledgeBase.entries[other.candidates[0].entryIndex]
        // "The other one" again goes back to the topic answered before (it got the fallback): the two take turns.
        let before = context.first.flatMap { shown in
            knowledgeBase.entries.firstIndex { $0.id == shown.id }.map { Candidate(entryIndex: $0, id: shown.id, title: shown.title, confidence: 0) }
        }
        context = [entry]
        otherTopics = before.map { (entry.id, [$0]) }
        lastSelection = .otherTopic(entry.id)
        return .entry(entry)
    }

    /// A line that only answers a list ("none", "2"), with no list open: nothing is matched.
    private mutating func pickedFromNothing(_ text: String) -> Reply {
        lastProblems = nil
        lastPickWithoutList = text
        return .nothingToPick
    }

    /// Brings problem `n` (1-based) of the ones answered together back into focus, the others still in context.
    private mutating func goBack(toProblem n: Int) -> Reply {
        let entry = problemEntries[n - 1]
        context = [entry] + problemEntries.filter { $0.id != entry.id }
        lastProblems = nil
        lastSelection = .problem(number: n, id: entry.id)
        return .entry(entry)
    }

    /// The number of the problem answered together before whose entry `fresh` answers, if it answers one.
    private func problemNumber(answeredBy fresh: ProblemMatches) -> Int? {
        guard fresh.also.isEmpty, case .answer(let candidate) = fresh.primary.decision else { return nil }
        let id = knowledgeBase.entries[candidate.entryIndex].id
        return problemEntries.firstIndex { $0.id == id }.map { $0 + 1 }
    }

    /// The main topic's step shown last; nil when none was since its whole answer was last shown.
    var mainTopicStep: Int? {
        lastStep.flatMap { $0.entry == context.first?.id ? $0.number : nil }
    }

    /// The step a `.step(number)` follow-up shows: `number` itself, the last for "the last step" (`Int.max`), or nil
    /// when the entry has no such step.
    private static func stepShown(by number: Int, of entry: Entry) -> Int? {
        if number == Int.max { return entry.steps.isEmpty ? nil : entry.steps.count }
        return entry.steps.indices.contains(number - 1) ? number : nil
    }

    private mutating func answer(_ fresh: ProblemMatches) -> Reply {
        if !fresh.also.isEmpty {
            let problems = zip(fresh.all, fresh.excerpts).compactMap { result, excerpt -> ProblemAnswer? in
                guard let chosen = result.chosen else { return nil }
                return ProblemAnswer(excerpt: excerpt, entry: knowledgeBase.entries[chosen.entryIndex], confidence: chosen.confidence)
            }
            context = problems.map(\.entry)
            problemEntries = context
            return .problems(problems)
        }
        switch fresh.primary.decision {
        case .answer(let candidate):
            let entry = knowledgeBase.entries[candidate.entryIndex]
            let alsoClose = fresh.primary.alsoClose(in: knowledgeBase)
            if !entry.isChitChat {
                context = [entry]
                otherTopics = alsoClose.map { (entry.id, [$0]) }
            }
            return .entry(entry, alsoClose: alsoClose)
        case .clarify(let candidates):
            pendingChoices = candidates
            return .clarify(candidates)
        case .fallback:
            return .fallback(fresh.primary.closestTopics(in: matcher.knowledgeBase))
        }
    }
}
