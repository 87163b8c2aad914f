extension Explainer {
    /// How the conversation's last reply was chosen, for `:why` and `--explain`: the follow-up; an entry picked from
    /// a clarify list, with the question that offered the list; one of several problems gone back to, with the line
    /// that named it; an entry opened by id; a reply that rejected every choice, with the question that offered them;
    /// "none" (or a bare number) with no list open; a line that only acknowledges ("ok"), with a list of choices open
    /// or not; a follow-up asked with no topic; or the match. Nil before any.
    public func explain(_ conversation: Conversation) -> String? {
        let kb = conversation.knowledgeBase
        switch conversation.lastSelection {
        case let .problem(number, id)?:
            // "and the code problem?" names the problem it goes back to, and was matched on those words; "what about
            // the second one" only gives its number, as "2" does.
            let named = conversation.lastTopicReference.flatMap { reference in
                ClarifyChoice.number(in: reference.named, words: conversation.choiceWords) == nil ? turnedTo(reference) : nil
            }
            let picked = "Picked:     \(id), problem \(number) of the ones answered together before."
            return [named, picked].compactMap { $0 }.joined(separator: "\n")
        case .opened(let id)?:
            return "Opened:     \(id), by its id; no question was matched since."
        case .otherTopic(let id)?:
            return "Opened:     \(id), the other topic named after the last answer (\"Also close\"); no question was matched."
        case .picked(let candidate)?:
            let picked = "Picked:     \(candidate.id) from the choices offered for:"
            guard let problems = conversation.lastProblems else { return picked }
            return picked + "\n" + explain(problems, in: kb)
        case nil:
            break
        }
        if let rejection = conversation.lastRejection {
            let shown = redactor.redact(rejection.line).terminalSafeLine
            let choices = rejection.choices.count == 2 ? "both choices" : "all \(rejection.choices.count) choices"
            let rejected = "Line:       '\(shown)' rejects \(choices) offered (a none reply).\n"
                + "            No entry was matched; the fallback lists them as closest topics."
            guard let problems = conversation.lastProblems else { return rejected }
            return rejected + "\n            The choices were offered for:\n" + explain(problems, in: kb)
        }
        if let pick = conversation.lastPickWithoutList {
            let shown = redactor.redact(pick).terminalSafeLine
            let steps = ClarifyChoice.number(in: pick, words: conversation.choiceWords) == nil ? "" : " (nor a topic in focus to read it as a step of)"
            return "Pick:       '\(shown)' answers a list of choices, and no list was open\(steps), so no entry was matched."
        }
        if let line = conversation.lastAcknowledgement {
            let shown = redactor.redact(line).terminalSafeLine
            if !conversation.pendingChoices.isEmpty {
                return "Line:       '\(shown)' only acknowledges and picks none of the \(conversation.pendingChoices.count) choices offered.\n"
                    + "            The list stays open for a pick."
            }
            return explain(acknowledgement: line, topic: conversation.currentEntry?.id)
        }
        if let intent = conversation.lastBareFollowUp {
            let general = intent == .contacts ? "; the general contacts were given" : ""
            return "Follow-up:  '\(intent.rawValue)' asked with no topic in focus (one of the follow_up_phrasings).\n"
                + "            No entry was matched\(general)."
        }
        let named = conversation.lastTopicReference.map { turnedTo($0) }
        if let followUp = conversation.lastFollowUp {
            let resumed = conversation.lastResumedTopic
                ? "Resumed:    the reply before was not about \(followUp.entry.id), so this answer names it." : nil
            // What the line gets on its own, which need not be the match made here: a line read as a follow-up word for
            // word ("what about the IRS?") is not matched on the words that name a topic ("the IRS"), as it is alone.
            let alone = explain(StandaloneAnswerer(matcher: conversation.matcher).answer(conversation.lastLine).conversation)
            return [named, explain(followUp, alone: alone), resumed].compactMap { $0 }.joined(separator: "\n")
        }
        return conversation.lastProblems.map { [named, explain($0, in: kb)].compactMap { $0 }.joined(separator: "\n") }
    }

    /// A line that only acknowledged ("ok"): no entry was matched; `topic` is the id of the one still in focus, if any
    /// (batch mode has none).
    public func explain(acknowledgement line: String, topic: String?) -> String {
        let shown = redactor.redact(line).terminalSafeLine
        return "Line:       '\(shown)' only acknowledges (one of the lexicon's acknowledgements, as the whole line).\n"
            + "            No entry was matched" + (topic.map { "; \($0) stays in focus." } ?? "; no topic is in focus.")
    }

    /// The line that turned to a topic by name, and the words it was matched on.
    private func turnedTo(_ reference: (line: String, named: String)) -> String {
        return "Line:       \(redactor.redact(reference.line).terminalSafeLine)\n"
            + "Turned to:  '\(redactor.redact(reference.named).terminalSafeLine)', the topic the line names; matched on those words"
    }
}
