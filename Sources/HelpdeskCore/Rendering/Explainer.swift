/// Explains a match in words: what the question became, which entries scored how, and why the decision was made.
public struct Explainer: Sendable {
    /// Redacts the lines shown; a matcher's (`Matcher.redactor`) keeps the knowledge base's own phone numbers.
    let redactor: Redactor
    /// Names the words that count for each of the top three candidates; without one, `Candidate.matchedTerms` is shown.
    private let scorer: (any Scorer)?

    public init(scorer: (any Scorer)? = nil, redactor: Redactor = Redactor()) {
        self.scorer = scorer
        self.redactor = redactor
    }

    /// Explains `matcher`'s answers: its scorer names the words that count, its redactor redacts what is shown.
    public init(matcher: Matcher) {
        self.init(scorer: matcher.scorer, redactor: matcher.redactor)
    }

    public func explain(_ result: MatchResult, in kb: KnowledgeBase) -> String {
        let a = result.analysis
        var lines: [String] = []
        lines.append("Question:   \(redactor.redact(result.question).terminalSafe)")
        // Personal data is blanked out with spaces before matching: the text is shown with each run of them as one.
        if a.original != result.question {
            lines.append("Matched on: \(shown(a.original)) (the strongest sentence or clause)")
        }
        lines.append("Normalized: \(shown(a.normalizedText))")
        lines.append("Terms:      \(a.terms.isEmpty ? "(none)" : a.terms.joined(separator: " "))")
        if !a.spellingFixes.isEmpty {
            lines.append("Spelling:   " + a.spellingFixes.map { "\($0.from) -> \($0.to)" }.joined(separator: ", "))
        }
        if !a.synonymsApplied.isEmpty {
            lines.append("Synonyms:   " + a.synonymsApplied.map { "\($0.from) -> \($0.to)" }.joined(separator: ", "))
        }
        if !a.stopWordsRemoved.isEmpty {
            lines.append("Ignored:    " + a.stopWordsRemoved.joined(separator: " "))
        }
        if !a.pleasantriesRemoved.isEmpty {
            lines.append("Set aside:  " + a.pleasantriesRemoved.joined(separator: " ") + " (greeting, thanks or goodbye; matched on the rest)")
        }
        lines.append("Candidates:")
        for (i, c) in result.topCandidates(max(3, result.settings.candidateCount)).enumerated() {
            let matched = scorer.map { i < 3 ? $0.supportingTerms(a, entry: c.entryIndex) : [] } ?? c.matchedTerms
            let words = matched.isEmpty ? "" : "  matched: " + matched.joined(separator: ", ")
            lines.append("  \(i + 1). \(Format.fixed(c.confidence))  \(c.id)\(words)")
        }
        lines.append("Margin:     \(Format.fixed(result.ranking.margin)) between the top two")
        let own = result.ranking.candidates.prefix(3).compactMap { c in
            ownThreshold(c.entryIndex, in: kb).map { "\(c.id) at \(Format.fixed($0)), its own" }
        }
        lines.append("Thresholds: answer at \(Format.fixed(result.settings.answerThreshold)) or more"
            + (own.isEmpty ? "" : " (" + own.joined(separator: "; ") + ")") + "; "
            + "clarify when the top two both reach it and are within \(Format.fixed(result.settings.clarifyMargin))")
        lines.append("Decision:   \(result.decision.status): \(reason(result, in: kb))")
        return lines.joined(separator: "\n")
    }

    /// Matched text as one line for a person: redacted, control characters made harmless, runs of spaces as one.
    private func shown(_ text: String) -> String {
        redactor.redact(text).terminalSafeLine.collapsingSpaces
    }

    /// The entry's own answer threshold, if it has one (a ranking made for another KB may name entries this one lacks).
    private func ownThreshold(_ entryIndex: Int, in kb: KnowledgeBase) -> Double? {
        kb.entries.indices.contains(entryIndex) ? kb.entries[entryIndex].answerThreshold : nil
    }

    private func reason(_ result: MatchResult, in kb: KnowledgeBase) -> String {
        switch result.decision {
        case .answer(let c):
            let own = ownThreshold(c.entryIndex, in: kb).map { "its own threshold \(Format.fixed($0))" }
            let scored = "\(c.id) scored \(Format.fixed(c.confidence)), above \(own ?? "the threshold")"
            guard let other = result.ranking.candidates.first(where: { $0.entryIndex != c.entryIndex }),
                  c.confidence - other.confidence < result.settings.clarifyMargin else { return scored + " and clear of the runner-up" }
            if other.confidence < (ownThreshold(other.entryIndex, in: kb) ?? result.settings.answerThreshold) { return scored + "; the runner-up is close but below the threshold" }
            return scored + "; the runner-up is close but small talk, never offered beside a help topic"
        case .clarify(let cs):
            return cs.map(\.id).joined(separator: ", ") + " are too close to choose between"
        case .fallback(let why):
            return why.description
        }
    }
}
