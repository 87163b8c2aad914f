extension AnswerRenderer {
    /// Renders a conversation reply. `showCommand` is how the user opens a topic: `helpdesk show` on the command
    /// line, `:show` in the interactive session.
    public func render(_ reply: Reply, in kb: KnowledgeBase, showCommand: String = "helpdesk show") -> String {
        switch reply {
        case let .entry(entry, close):
            guard let close else { return answer(entry) }
            return answer(entry) + "\n\n" + alsoClose(id: close.id, title: close.title, showCommand: showCommand)
        case .clarify(let candidates): return clarify(candidates)
        case .choiceOutOfRange(let candidates): return choiceOutOfRange(candidates)
        case .choicePending(let candidates): return choicePending(candidates)
        case .fallback(let closest): return fallback(kb.fallback, closest: closest, showCommand: showCommand)
        case let .followUp(entry, text, resumed):
            // After a reply about something else, the heading says which topic the answer is about.
            return heading(resumed ? "For \"\(entry.title)\", the last topic answered:" : entry.title) + "\n" + paragraphs(text)
        case .problems(let problems): return render(problems)
        case .needsTopic(let intent): return needsTopic(intent, in: kb)
        case .nothingToPick: return nothingToPick()
        case .acknowledgement(let topic): return acknowledgement(afterTopic: topic != nil)
        }
    }

    /// What a line that only acknowledges gets ("ok", "got it", "no", also as the answer to "anything else?"): one
    /// line, never the fallback. With a topic in focus it says the user may ask on; with none, to ask a question.
    public func acknowledgement(afterTopic: Bool) -> String {
        wrapper.wrap(afterTopic ? "OK. If anything else comes up, just ask." : "OK. Ask a question whenever you're ready.")
    }

    /// What "none", or a bare number with no topic in focus, gets when no list of choices is open.
    public func nothingToPick() -> String {
        wrapper.wrap("Nothing to pick from right now.")
    }

    /// The line after an answer that names a close runner-up topic (`MatchResult.alsoClose`).
    public func alsoClose(id: String, title: String, showCommand: String = "helpdesk show") -> String {
        style.dim(wrapper.wrap("Not this one? Also close: \(title) (\(showCommand) \(id))"))
    }

    /// What a bare follow-up gets when no topic is in focus. Asked whom to contact ("who do I call"), the knowledge
    /// base's general contacts and routing (its fallback's) follow the request for a question.
    public func needsTopic(_ intent: FollowUpIntent, in kb: KnowledgeBase) -> String {
        let general = intent == .contacts ? fallbackBlocks(kb.fallback).after : []
        guard !general.isEmpty else { return wrapper.wrap(Self.needsTopic(intent)) }
        let lead = "Who to contact depends on the problem: ask your question for its exact steps. In general:"
        return ([wrapper.wrap(lead)] + general).joined(separator: "\n\n")
    }

    /// What a bare follow-up gets when no topic is in focus.
    static func needsTopic(_ intent: FollowUpIntent) -> String {
        switch intent {
        case .more: return "More about what? Ask a question first."
        case .steps: return "The steps for what? Ask a question first."
        case .contacts: return "Who to contact about what? Ask a question first."
        case .escalation: return "If what doesn't work? Ask a question first."
        case .whoHandles: return "Who handles what? Ask a question first."
        case .next: return "The next step of what? Ask a question first."
        }
    }

    /// Several problems, in order, each under its own heading with the words that raised it (already redacted).
    public func render(_ problems: [ProblemAnswer]) -> String {
        render(problems: problems.map { ($0.excerpt, render($0.entry)) })
    }

    /// The same with each problem's answer already rendered (batch output reuses each entry's cached text).
    public func render(problems: [(excerpt: String, answer: String)]) -> String {
        let intro = wrapper.wrap("I see \(problems.count) separate problems here; here is each in turn.")
        let parts = problems.enumerated().map { i, problem in
            style.dim(wrapper.wrap("Problem \(i + 1) of \(problems.count): \"\(problem.excerpt.terminalSafeLine)\"")) + "\n" + problem.answer
        }
        return ([intro] + parts).joined(separator: "\n\n")
    }

    /// The clarify question: numbered titles, and how to answer.
    public func clarify(_ candidates: [Candidate]) -> String {
        style.title("Which of these do you mean?") + "\n" + options(candidates) + "\n"
            + wrapper.wrap("Type a number or words from the title, \"none\" if it's none of these, or ask again with more detail.")
    }

    /// A number outside the clarify list: the valid range, and the list again.
    public func choiceOutOfRange(_ candidates: [Candidate]) -> String {
        wrapper.wrap("Choose 1-\(candidates.count), or \"none\".") + "\n" + options(candidates)
    }

    /// What "ok" or "sure" gets while a clarify list is open: one line asking for a pick; the list stays open.
    public func choicePending(_ candidates: [Candidate]) -> String {
        wrapper.wrap("Which one? Reply with a number from 1 to \(candidates.count), or \"none\".")
    }

    /// The numbered choices of a clarify question, each title with its id.
    func options(_ candidates: [Candidate]) -> String {
        candidates.enumerated().map { i, c in
            wrapper.wrap("\(c.title) (\(c.id))", prefix: "  \(i + 1). ", indent: "     ")
        }.joined(separator: "\n")
    }

    /// The fallback: says plainly the KB doesn't cover it, what it can help with, what to try, the closest topics and whom to contact.
    public func fallback(_ fallback: FallbackAnswer, closest: [Candidate], showCommand: String) -> String {
        render(fallbackBlocks(fallback), closestTopics: closestTopics(closest, showCommand: showCommand))
    }

    /// Wraps each line of `text`, keeping its indent; list items ("  1. ...", "  - ...") get a hanging indent.
    func paragraphs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let body = line.drop { $0 == " " }
            let leading = String(line.prefix(line.count - body.count))
            if let space = body.firstIndex(of: " "), body[..<space].allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }),
               body[..<space].contains(where: { $0 == "." || $0 == "-" }) {
                let marker = leading + body[...space]
                return wrapper.wrap(String(body[body.index(after: space)...]), prefix: marker,
                                    indent: String(repeating: " ", count: marker.count))
            }
            return wrapper.wrap(String(body), prefix: leading, indent: leading)
        }.joined(separator: "\n")
    }
}
