extension Matcher {
    /// Matches pasted text that may hold several problems (greetings, names, filler and several sentences are normal).
    ///
    /// Personal data is redacted in the whole text first; punctuation that voice-to-text wrote as words ("comma",
    /// "period") is written as marks (`spokenPunctuation`), for cutting and matching only; quoted earlier messages, a signature and a chat's agent lines
    /// are left out (`trimmer`), placeholders and their labels are taken out before matching
    /// (`Redactor.removingPersonalData`), and every result's `question` is the redacted text as pasted.
    /// The text is split with the matcher's `splitter`; each piece is matched on its own, and each
    /// distinct entry that a piece answers with confidence (decision `.answer`, not chit-chat, and a confidence at least
    /// a quarter of the way from the answer threshold to 1: a short piece is weaker evidence than a whole question;
    /// and two words or more besides pleasantries, so "Hi helpdesk," is none, while "locked out", one term of the
    /// lexicon, counts its two words) is a problem.
    /// - A problem raised only in a piece that the lexicon's `background_markers` mark as background ("I already
    ///   reset my password") gives way to the others, when there are others. A single sentence is cut at its commas
    ///   for this when one of its comma clauses is background.
    /// - Two or more problems: `primary` is the first, `also` the rest, in the order of the text; but a subject line
    ///   (`subject_labels`: "Subject: urgent - can't get in") sums up the body, so its pieces come after the body's.
    /// - One problem: `primary` is the whole text's result when it answers a real entry; otherwise the piece's result
    ///   (so "Hi, Jane here. Lost my phone, can't get the code. Thanks!" answers MFA recovery, not the greeting).
    /// - None: `primary` is the whole text's result, whatever it decided; but when every piece is small talk
    ///   ("Hi. Thanks. Bye."), the last piece's.
    /// - A close call between topics that no piece settles ("forgot my password and new phone no code") is cut at the
    ///   lexicon's `close_call_connectors`: when its parts answer two or more of the close topics, each is a problem.
    /// A piece that answers nothing is tried again clause by clause, cut at commas (`ProblemSplitter.commaClauses`).
    /// When the caller's side of a chat answers nothing, the help desk's lines are put back for their context ("did
    /// the reset link come through?" / "no, nothing"). That answer is taken when it only confirms the caller's side:
    /// the caller's lines are a bare reply (two terms or fewer), or already ranked its entry among their top three.
    /// A caller's side that is off topic ("my QuickBooks password does not work") stays a fallback.
    public func matchProblems(_ pasted: String) -> ProblemMatches {
        // The whole text is redacted before it is trimmed and cut: a label in one line or sentence makes data of a
        // number in the next ("agent: your SSN?" / "caller: 123 456 789"), which that piece, read and echoed (in a
        // "Problem 1 of 2" heading, or `--explain`'s "Matched on") on its own, would keep.
        let (redacted, foundAny) = redactor.redaction(of: pasted)
        let dictated = spokenPunctuation.punctuating(redacted)
        let (text, leftOut) = trimmer.trimming(dictated)
        var matches = matchProblems(redacted, trimmed: text, clean: !foundAny && text == redacted)
        matches.leftOut = leftOut
        let caller = matches.primary
        guard leftOut.agentLines > 0, !caller.answersRealEntry(in: knowledgeBase) else { return matches }
        if case .fallback(.offTopic) = caller.decision { return matches }
        let (whole, wholeLeftOut) = trimmer.trimming(dictated, keepingAgentLines: true)
        var withAgent = matchProblems(redacted, trimmed: whole, clean: !foundAny && whole == redacted)
        guard withAgent.primary.answersRealEntry(in: knowledgeBase), let entry = withAgent.primary.chosen?.id else { return matches }
        let confirms = caller.analysis.terms.count <= 2 || caller.ranking.candidates.prefix(3).contains { $0.id == entry }
        guard confirms else { return matches }
        withAgent.leftOut = wholeLeftOut
        return withAgent
    }

    /// `matchProblems(_:)` once the redacted text `pasted` is trimmed to `text`; `clean` when `text` is the text as
    /// pasted and its redaction found nothing in it.
    private func matchProblems(_ pasted: String, trimmed text: String, clean: Bool) -> ProblemMatches {
        var pieces = splitter.split(text)
        // The whole text is cut once: when taking out personal data changes nothing, its pieces are the same.
        let cleaned = clean ? redactor.removingPlaceholders(fromClean: text, labels: dataLabels)
            : redactor.removingPersonalData(from: text, labels: dataLabels)
        let whole = match(cleaned, pieces: cleaned == text ? pieces : splitter.split(cleaned)).asking(pasted)
        // A paste about another product, with nothing on topic, is not searched for problems piece by piece.
        if case .fallback(.offTopic) = whole.decision { return ProblemMatches(primary: whole) }
        // One sentence whose comma clause is background ("it's not that I forgot the password, the page says my
        // ID.me is locked"): its clauses are the pieces.
        let fromClauses = pieces.count == 1
        if fromClauses {
            let clauses = splitter.commaClauses(pieces[0]).prefix(Self.maximumCommaClauses)
            guard !backgroundMarkers.phrases.isEmpty, clauses.contains(where: backgroundMarkers.mark) else {
                if let settled = closeCallProblems(text, whole: whole) { return settled }
                // A greeting before hides the close call: "Hi, I forgot my password and my client needs a transcript".
                if let rest = afterGreeting(text),
                   let settled = closeCallProblems(rest, whole: redactedMatch(rest)) {
                    return settled.asking(whole.question)
                }
                return ProblemMatches(primary: whole)
            }
            pieces = Array(clauses)
        }
        // A subject line sums up the body: its pieces are matched after the body's, so a problem the body restates
        // keeps the body's place and words, and one raised only in the subject comes last.
        let subjects = trimmer.subjects(in: text)
        if !subjects.isEmpty {
            let inSubject = { (piece: String) in subjects.contains { $0.contains(piece) } }
            pieces = pieces.filter { !inSubject($0) } + pieces.filter(inSubject)
        }
        var problems: [MatchResult] = []
        var background: [Bool] = []
        var chitChat: [MatchResult] = []
        // The pieces that are no small talk, as matched.
        var topical: [MatchResult] = []
        let bar = settings.answerThreshold + (1 - settings.answerThreshold) / 4
        // The problem the piece before raised, if it did.
        var previous: Int?
        for piece in pieces {
            // "did the forgot password thing, and that part worked. But now it wants a code": the step done is the
            // problem of the piece before.
            if let raised = previous, backgroundMarkers.pointsBack(piece) { background[raised] = true }
            previous = nil
            var result = redactedMatch(piece)
            if !result.answersRealEntry(in: knowledgeBase) {
                // A long sentence of filler and problem ("she lost access yesterday, she got a new iphone"): try its comma clauses.
                // So is the part after "but" in "I already reset my password but it still says locked".
                for clause in splitter.commaClauses(piece) + [backgroundMarkers.problemAfterContrast(piece)].compactMap({ $0 }) {
                    let clauseResult = redactedMatch(clause)
                    if clauseResult.answersRealEntry(in: knowledgeBase) { result = clauseResult; break }
                }
            }
            guard !result.answersChitChat(in: knowledgeBase) else { chitChat.append(result); continue }
            topical.append(result)
            guard case .answer(let candidate) = result.decision else { continue }
            // One word ("login" from a subject line "Re: login", "helpdesk" from "Hi helpdesk,") is too little to
            // count as a problem of its own; a phrase the lexicon makes one term ("locked out", "new phone") is not.
            guard candidate.confidence >= bar, pleasantries.wordsBeyond(result.analysis) >= 2,
                  !problems.contains(where: { $0.chosen?.id == candidate.id }) else { continue }
            previous = problems.count
            problems.append(result)
            background.append(backgroundMarkers.mark(piece))
        }
        // Clauses of one sentence count only when one of them that is not background raises a problem.
        if fromClauses, !background.contains(false) { return ProblemMatches(primary: whole) }
        // "I already reset my password, but now it wants a code": a problem raised only as background gives way.
        if background.contains(true), background.contains(false) {
            problems = zip(problems, background).filter { !$0.1 }.map(\.0)
            if problems.count == 1 { return ProblemMatches(primary: problems[0].asking(whole.question)) }
        }
        if problems.count < 2, let settled = closeCallProblems(text, whole: whole) { return settled }
        // The one piece that raised a problem may be a close call of its own, which the greetings or thanks around it
        // hid: "Good morning. I forgot my password and my client needs a transcript."
        if problems.count < 2, pieces.count > 1, topical.count == 1,
           let settled = closeCallProblems(topical[0].question, whole: topical[0]) {
            return settled.asking(whole.question)
        }
        if problems.count > 1 {
            return ProblemMatches(primary: problems[0].asking(whole.question), also: Array(problems.dropFirst()),
                                  excerpts: problems.map(\.question))
        }
        if let only = problems.first, !whole.answersRealEntry(in: knowledgeBase) {
            return ProblemMatches(primary: only.asking(whole.question))
        }
        if problems.isEmpty, chitChat.count == pieces.count, let last = chitChat.last {
            return ProblemMatches(primary: last.asking(whole.question))
        }
        return ProblemMatches(primary: whole)
    }

    /// When `whole` is a close call, the parts of `text` cut at the close-call connectors that answer distinct topics
    /// among its choices, as problems, if there are two or more; nil otherwise.
    /// An answer whose runner-up reaches the answer threshold too ("she forgot her password and her new phone doesn't
    /// get the code") is tried as well, between those two topics that are no chit-chat, but each part must answer one
    /// of them and leave the other below `alsoClose`: "a new iphone and the code goes to the old one" is one problem.
    /// The answer's topic then comes first ("forgot my password and the reset email never came" is about the email).
    private func closeCallProblems(_ text: String, whole: MatchResult) -> ProblemMatches? {
        let options: Set<String>
        var top: String?
        switch whole.decision {
        case .clarify(let choices): options = Set(choices.map(\.id))
        case .answer(let chosen):
            // The answer and its runner-up, both sure and neither small talk. Most runners-up fall short of the
            // threshold, and are told so before any entry is read (which copied the entry: about 700 instructions).
            let close = whole.ranking.candidates.prefix(2)
            guard close.count == 2, close.allSatisfy({ $0.confidence >= settings.answerThreshold }),
                  !close.contains(where: { knowledgeBase.entries[$0.entryIndex].isChitChat }) else { return nil }
            options = Set(close.map(\.id))
            top = chosen.id
        case .fallback: return nil
        }
        let parts = closeCallSplitter.split(text)
        guard parts.count > 1 else { return nil }
        var answered: [MatchResult] = []
        var anyBackground = false
        for part in parts {
            // "I reset my password and it worked": a step done is no problem of its own.
            if backgroundMarkers.mark(part) { anyBackground = true; continue }
            let result = redactedMatch(part)
            guard case .answer(let candidate) = result.decision, options.contains(candidate.id),
                  !answered.contains(where: { $0.chosen?.id == candidate.id }) else { continue }
            if top != nil, result.ranking.candidates.contains(where: {
                $0.id != candidate.id && options.contains($0.id) && $0.confidence >= settings.alsoClose
            }) { continue }
            answered.append(result)
        }
        if answered.count == 1, anyBackground { return ProblemMatches(primary: answered[0].asking(whole.question)) }
        guard answered.count > 1 else { return nil }
        if let top, let first = answered.firstIndex(where: { $0.chosen?.id == top }) {
            answered.insert(answered.remove(at: first), at: 0)
        }
        return ProblemMatches(primary: answered[0].asking(whole.question), also: Array(answered.dropFirst()),
                              excerpts: answered.map(\.question))
    }

    /// What follows a greeting or thanks of five words or fewer (the lexicon's `pleasantries` alone) that opens `text`
    /// before a comma, a dash after a space, or "!" ("Hi, ...", "Hello - ...", "Thanks! ..."); nil otherwise.
    private func afterGreeting(_ text: String) -> String? {
        // On the bytes: most lines hold no such mark near their start, and are passed over on one scan of 40 bytes.
        var copy = text
        let offset: Int? = copy.withUTF8 { bytes in
            var words = 1
            for i in 0..<min(bytes.count, 40) {
                let byte = bytes[i]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "!") || (byte == UInt8(ascii: "-") && i > 0 && bytes[i - 1] == 32) {
                    return i
                }
                if byte == 32 { words += 1 }
                if words > 5 { return nil }
            }
            return nil
        }
        guard let offset else { return nil }
        let cut = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let greeting = redactedMatch(String(text[..<cut]))
        guard greeting.answersChitChat(in: knowledgeBase), pleasantries.termsBeyond(greeting.analysis) == 0 else { return nil }
        let rest = text[cut...].drop { $0 == "," || $0 == "-" || $0 == "!" || $0.isWhitespace }
        return rest.isEmpty ? nil : String(rest)
    }

    /// The match for a piece of the redacted text, without its placeholders and their labels; `question` is the piece.
    private func redactedMatch(_ text: String) -> MatchResult {
        match(redactor.removingPersonalData(from: text, labels: dataLabels)).asking(text)
    }
}

extension ProblemMatches {
    /// The same problems, the first echoing `question` (the whole text) instead of the part that settled them.
    func asking(_ question: String) -> ProblemMatches {
        ProblemMatches(primary: primary.asking(question), also: also, excerpts: excerpts)
    }
}

extension MatchResult {
    /// The same result, echoing `question` instead.
    func asking(_ question: String) -> MatchResult {
        MatchResult(question: question, analysis: analysis, ranking: ranking, decision: decision, settings: settings)
    }

    var isAnswer: Bool {
        if case .answer = decision { return true }
        return false
    }

    /// Whether the decision is an answer with a chit-chat entry.
    func answersChitChat(in kb: KnowledgeBase) -> Bool {
        guard case .answer(let candidate) = decision else { return false }
        return kb.entries[candidate.entryIndex].isChitChat
    }

    /// Whether the decision is an answer with an entry that is not chit-chat.
    func answersRealEntry(in kb: KnowledgeBase) -> Bool {
        guard case .answer(let candidate) = decision else { return false }
        return !kb.entries[candidate.entryIndex].isChitChat
    }
}
