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
    /// lexicon, counts its two words) is a problem. An item of a bulleted or numbered list (`ProblemSplitter.listedItems`)
    /// counts from the answer threshold: the writer set it apart. So does a piece that says it adds a problem
    /// (`additiveMarkers`: "and I also got a new phone", "my phone is gone too"), matched without those words; a piece
    /// that ends in "too" is cut before its last clause first (`additiveTail(_:)`). A whole sentence about another
    /// party (`subjectWords`, or a name's possessive: "Carl's account says it is locked.") counts from the threshold
    /// too, after the sure problems, when there is a sure one and it is the whole text's topic.
    /// - A problem raised only in a piece that the lexicon's `background_markers` mark as background ("I already
    ///   reset my password") gives way to the others, when there are others; the connector dropped before a piece
    ///   counts for this ("and I" before "reset the password"). A single sentence is cut at its commas for this when
    ///   one of its comma clauses is background.
    /// - Two or more problems: `primary` is the first, `also` the rest, in the order of the text; but a subject line
    ///   (`subject_labels`: "Subject: urgent - can't get in") sums up the body, so its pieces come after the body's;
    ///   and the whole text's topic may come first (`wholeTopicFirst`).
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
    /// When the writer's own lines answer nothing, not even small talk, above a quoted message ("Please see below and
    /// advise."), the quoted message is read instead (`quotedProblems`); "Thanks, all working now!" stays thanks. So
    /// is it when a line of their own introduces it (`quoteIntroductions`), whatever else they say: "Pasted from Bill's
    /// email:" / "> ... ID.me keeps asking for the code from my old phone." / "Thanks, Bill" is about the code.
    /// Sign-offs are no problems (`trimmingSignOffs`, `signOffOnly`): "Sent from my iPhone" alone falls back.
    public func matchProblems(_ pasted: String) -> ProblemMatches {
        // The whole text is redacted before it is trimmed and cut: a label in one line or sentence makes data of a
        // number in the next ("agent: your SSN?" / "caller: 123 456 789"), which that piece, read and echoed (in a
        // "Problem 1 of 2" heading, or `--explain`'s "Matched on") on its own, would keep.
        let (redacted, foundAny) = redactor.redaction(of: pasted)
        let dictated = spokenPunctuation.punctuating(redacted)
        let (text, leftOut) = trimmingSignOffs(dictated)
        var matches = matchProblems(redacted, trimmed: text, clean: !foundAny && text == redacted)
        matches.leftOut = leftOut
        if leftOut.signOffOnly { return signOffOnly(matches) }
        let caller = matches.primary
        guard !caller.answersRealEntry(in: knowledgeBase) else { return matches }
        if case .fallback(.offTopic) = caller.decision { return matches }
        if leftOut.quotedLines > 0, !caller.answersChitChat(in: knowledgeBase) || quoteIntroductions.introduce(text),
           let quoted = quotedProblems(dictated, redacted: redacted, leftOut: leftOut) { return quoted }
        guard leftOut.agentLines > 0 else { return matches }
        let (whole, wholeLeftOut) = trimmingSignOffs(dictated, keepingAgentLines: true)
        var withAgent = matchProblems(redacted, trimmed: whole, clean: !foundAny && whole == redacted)
        guard withAgent.primary.answersRealEntry(in: knowledgeBase), let entry = withAgent.primary.chosen?.id else { return matches }
        let confirms = caller.analysis.terms.count <= 2 || caller.ranking.candidates.prefix(3).contains { $0.id == entry }
        guard confirms else { return matches }
        withAgent.leftOut = wholeLeftOut
        return withAgent
    }

    /// `matchProblems(_:)` once the redacted text `pasted` is trimmed to `text`; `clean` when `text` is the text as
    /// pasted and its redaction found nothing in it.
    func matchProblems(_ pasted: String, trimmed text: String, clean: Bool) -> ProblemMatches {
        var pieces = splitter.split(text)
        // The whole text is cut once: when taking out personal data changes nothing, its pieces are the same.
        let cleaned = clean ? redactor.removingPlaceholders(fromClean: text, labels: dataLabels)
            : redactor.removingPersonalData(from: text, labels: dataLabels)
        let whole = match(cleaned, pieces: cleaned == text ? pieces : splitter.split(cleaned)).asking(pasted)
        // A paste about another product, with nothing on topic, is not searched for problems piece by piece.
        if case .fallback(.offTopic) = whole.decision { return ProblemMatches(primary: whole) }
        // "I'm locked out of ID.me and my phone is gone too": the last clause of a piece that ends in an additive ending
        // raises a further problem of its own.
        if pieces.contains(where: additiveMarkers.mayEndAdditively) { pieces = pieces.flatMap(additiveTail) }
        // One sentence whose comma clause is background ("it's not that I forgot the password, the page says my
        // ID.me is locked"): its clauses are the pieces.
        let fromClauses = pieces.count == 1
        if fromClauses {
            let clauses = splitter.commaClauses(pieces[0]).prefix(Self.maximumCommaClauses)
            guard !backgroundMarkers.phrases.isEmpty, clauses.contains(where: backgroundMarkers.mark) else {
                if let settled = closeCallProblems(text, whole: whole) { return settled }
                // A greeting before hides the close call: "Hi, I forgot my password and my client wants her refund status".
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
        // Each problem's piece and whether its own words set it apart as a further one ("also", "... too"); no piece:
        // a sentence about another party, which comes after the sure problems.
        var setApart: [(piece: Int?, additive: Bool)] = []
        var chitChat: [MatchResult] = []
        // The pieces that are no small talk, as matched.
        var topical: [MatchResult] = []
        let bar = settings.answerThreshold + (1 - settings.answerThreshold) / 4
        // The problem the piece before raised, if it did.
        var previous: Int?
        // The items of a list in the text, found when a piece needs them.
        var items: [Substring]?
        func isListItem(_ piece: String) -> Bool {
            let found = items ?? splitter.listedItems(text)
            items = found
            return found.contains { $0.contains(piece) }
        }
        // The piece that raised each problem.
        var raisedIn: [Int] = []
        // What the splitter dropped before each piece ("and also", ". "), found when a piece needs it.
        var foundLeads: [Substring]?
        func lead(_ index: Int) -> Substring {
            let found = foundLeads ?? ProblemSplitter.leads(of: pieces, in: text)
            foundLeads = found
            return index < found.count ? found[index] : ""
        }
        // Whether piece `index` is a whole sentence (nothing but a sentence end or line break before and after it)
        // that opens with its own subject: one of `subjectWords` ("another", "other"), or a possessive ("Carl's").
        func isOwnSentence(_ index: Int) -> Bool {
            let piece = pieces[index]
            let before = lead(index)
            let afterMark = before.lastIndex { ".!?;:".contains($0) || $0.isNewline }.map { before[before.index(after: $0)...] } ?? before
            guard !afterMark.contains(where: \.isLetter) else { return false }
            let endsSentence = piece.last.map { ".!?".contains($0) } ?? false
            guard endsSentence || index + 1 == pieces.count || !lead(index + 1).contains(where: \.isLetter) else { return false }
            let first = piece.prefix { !$0.isWhitespace }.map { $0 == "\u{2019}" ? "'" : $0 }.filter { $0.isLetter || $0 == "'" }
            let word = String(first).lowercased()
            guard !subjectWords.contains(word) else { return true }
            // A name's possessive: "Carl's", not "It's", "What's" or "She's".
            guard word.hasSuffix("'s"), first.first?.isUppercase == true else { return false }
            let owner = String(word.dropLast(2))
            return owner.count > 1 && !pipeline.analyze(owner).terms.isEmpty && !notNames.contains(owner)
        }
        // Sentences of their own, each with its own subject, that answer a topic from the answer threshold but below
        // `bar` ("Carl's account says it is locked."): problems after the sure ones, when there are sure ones.
        var ownSentences: [(index: Int, result: MatchResult)] = []
        for (index, piece) in pieces.enumerated() {
            // "did the forgot password thing, and that part worked. But now it wants a code": the step done is the
            // problem of the piece before.
            if let raised = previous, backgroundMarkers.pointsBack(piece) { background[raised] = true }
            previous = nil
            // "I also lost my phone", "my phone is gone too": a further problem, matched without the words that say so.
            let additive = additiveMarkers.stripped(piece)
            var result = additive.map { redactedMatch($0).asking(piece) } ?? redactedMatch(piece)
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
            // One word besides question words ("login" from a subject line "Re: login", "helpdesk" from "Hi helpdesk,",
            // "How do we fix it?") is too little to count as a problem of its own; a phrase the lexicon makes one term
            // ("locked out", "new phone") is not.
            // An item of a bulleted or numbered list is a problem the writer set apart: it counts from the answer
            // threshold ("- Carl's account says locked").
            // So is a piece that says it raises a further problem ("also", "plus", "... too"), in its words or the
            // connector before it; such a piece may be one word besides question words ("Also, how do I verify?").
            guard saysEnough(result.analysis) || pleasantries.wordsBeyond(result.analysis, ignoring: []) >= 2
                    && (isListItem(piece) || additive != nil || additiveMarkers.mark(String(lead(index)))),
                  !problems.contains(where: { $0.chosen?.id == candidate.id })
            else { continue }
            if candidate.confidence < bar {
                guard candidate.confidence >= settings.answerThreshold else { continue }
                guard isListItem(piece) || additive != nil || additiveMarkers.mark(String(lead(index))) else {
                    if !fromClauses, isOwnSentence(index) { ownSentences.append((index, result)) }
                    continue
                }
            }
            previous = problems.count
            problems.append(result)
            raisedIn.append(index)
            background.append(backgroundMarkers.mark(piece))
            setApart.append((index, additive != nil))
        }
        // The connector dropped before a piece ("and I" before "reset the password") may open a background marker
        // ("i reset"): with two problems or more, such a piece is marked with it.
        if problems.count > 1, background.contains(false) {
            for k in problems.indices where !background[k] && lead(raisedIn[k]).contains(where: \.isLetter) {
                background[k] = backgroundMarkers.mark(lead(raisedIn[k]) + pieces[raisedIn[k]])
            }
        }
        // Clauses of one sentence count only when one of them that is not background raises a problem.
        if fromClauses, !background.contains(false) { return ProblemMatches(primary: whole) }
        // "I already reset my password, but now it wants a code": a problem raised only as background gives way.
        if background.contains(true), background.contains(false) {
            problems = zip(problems, background).filter { !$0.1 }.map(\.0)
            setApart = zip(setApart, background).filter { !$0.1 }.map(\.0)
            if problems.count == 1 { return ProblemMatches(primary: problems[0].asking(whole.question)) }
        }
        // A sentence of its own about another party is a problem of its own beside a sure one ("Anna forgot her ID.me
        // password. Carl's account says it is locked."), after the sure ones; unless it is background, or the whole
        // text answers another topic than the one sure problem (then the whole's answer stands).
        let kept = problems.count == 1 && whole.answersRealEntry(in: knowledgeBase) && whole.chosen?.id != problems[0].chosen?.id
        if !problems.isEmpty, !kept {
            for own in ownSentences where !backgroundMarkers.mark(pieces[own.index])
                && !problems.contains(where: { $0.chosen?.id == own.result.chosen?.id }) {
                problems.append(own.result)
                setApart.append((nil, true))
            }
        }
        if problems.count < 2, let settled = closeCallProblems(text, whole: whole) { return settled }
        // The one piece that raised a problem may be a close call of its own, which the greetings or thanks around it
        // hid: "Good morning. I forgot my password and my client wants her refund status."
        if problems.count < 2, pieces.count > 1, topical.count == 1,
           let settled = closeCallProblems(topical[0].question, whole: topical[0]) {
            return settled.asking(whole.question)
        }
        if problems.count > 1 {
            // Set apart by the writer: a list item, "also" or "... too"; looked at only for the problem that may move.
            problems = wholeTopicFirst(problems, whole: whole) { k in
                guard let index = setApart[k].piece else { return true }
                return setApart[k].additive || isListItem(pieces[index]) || additiveMarkers.mark(String(lead(index)))
            }
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

    /// `piece` cut before its last clause (at its last close-call connector or its last comma, whichever is later) when it ends in an
    /// additive ending ("forgot my password, new phone too") and both sides keep two words; `[piece]` otherwise.
    func additiveTail(_ piece: String) -> [String] {
        guard additiveMarkers.mayEndAdditively(piece), additiveMarkers.endsAdditively(piece) else { return [piece] }
        // The later of the two cuts: "... and nothing shows up in my inbox, spam is empty too" ends in "spam is empty too".
        let parts = closeCallSplitter.split(piece)
        let afterConnector = parts.count > 1 ? parts.last.flatMap { piece.ranges(of: $0).last?.lowerBound } : nil
        let afterComma = piece.lastIndex(of: ",").map { piece.index(after: $0) }
        guard let start = [afterConnector, afterComma].compactMap({ $0 }).max() else { return [piece] }
        let tail = piece[start...]
        var head = piece[..<tail.startIndex].split(separator: " ")
        while let word = head.last, word.allSatisfy({ $0 == "," }) || closeCallSplitter.connectors.contains(word.lowercased()) {
            head.removeLast()
        }
        let cut = String(tail).trimmingWhitespace()
        guard head.count >= 2, cut.split(separator: " ").count >= 2 else { return [piece] }
        var first = head.joined(separator: " ")
        if first.hasSuffix(",") { first.removeLast() }
        return [first, cut]
    }

    /// The match for a piece of the redacted text, without its placeholders and their labels; `question` is the piece.
    func redactedMatch(_ text: String) -> MatchResult {
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
