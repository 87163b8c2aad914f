extension Explainer {
    /// How the conversation's last reply was chosen, for `:why` and `--explain`: the follow-up; an entry picked from
    /// a clarify list, with the question that offered the list; an entry opened by id; or the match. Nil before any.
    public func explain(_ conversation: Conversation) -> String? {
        let kb = conversation.knowledgeBase
        switch conversation.lastSelection {
        case let .problem(number, id)?:
            return "Picked:     \(id), problem \(number) of the ones answered together before."
        case .opened(let id)?:
            return "Opened:     \(id), by its id; no question was matched since."
        case .picked(let candidate)?:
            let picked = "Picked:     \(candidate.id) from the choices offered for:"
            guard let problems = conversation.lastProblems else { return picked }
            return picked + "\n" + explain(problems, in: kb)
        case nil:
            break
        }
        if let followUp = conversation.lastFollowUp {
            return explain(followUp, fresh: conversation.lastResult, in: kb)
        }
        return conversation.lastProblems.map { explain($0, in: kb) }
    }
}
