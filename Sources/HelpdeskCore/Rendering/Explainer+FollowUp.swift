extension Explainer {
    /// Explains why a line was answered as a follow-up: the topic, what it matched, the score, and what the line
    /// alone would have matched (`fresh`), so that `:why` shows why context won.
    public func explain(_ followUp: FollowUpMatch, fresh: MatchResult?, in kb: KnowledgeBase) -> String {
        explain(followUp, alone: fresh.map { explain($0, in: kb) })
    }

    /// The same, with `alone` the explanation of what the line gets on its own (`StandaloneAnswerer`): "what about the
    /// IRS?" is matched there on "the IRS", which the line read as a follow-up never was.
    public func explain(_ followUp: FollowUpMatch, alone: String?) -> String {
        var lines = ["Follow-up:  answered in the context of \(followUp.entry.id) (\(followUp.entry.title))"]
        switch followUp.kind {
        case .authored(let question): lines.append("Matched:    its follow-up question \"\(question)\"")
        case .step(let number): lines.append("Matched:    a reference to step \(number == Int.max ? "last" : String(number))")
        case let .intent(intent, example): lines.append("Matched:    the generic follow-up '\(intent.rawValue)' (\"\(example)\")")
        }
        lines.append("Score:      \(Format.fixed(followUp.score)) (term overlap with that phrasing)")
        if let alone {
            lines.append("On its own the line would have been:")
            lines.append(alone.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        }
        return lines.joined(separator: "\n")
    }
}
