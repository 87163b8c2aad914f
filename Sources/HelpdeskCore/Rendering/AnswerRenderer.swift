/// Renders entries, clarify questions and the fallback as text for a person: title, summary, numbered steps, contacts, escalation.
public struct AnswerRenderer: Sendable {
    public var wrapper: TextWrapper
    public var style: TextStyle

    public init(width: Int? = nil, style: TextStyle = .plain) {
        self.wrapper = TextWrapper(width: width)
        self.style = style
    }

    /// An entry in full, as `show` prints it and JSON and CSV carry it: its blocks, then a footer of its related
    /// topics, review date and source (left out with `footer` false).
    public func render(_ entry: Entry, footer showsFooter: Bool = true, titled: Bool = true) -> String {
        var blocks = [(titled ? title(entry.title) + "\n" : "") + wrapper.wrap(entry.summary)]
        if !entry.steps.isEmpty { blocks.append(numbered("Steps", entry.steps)) }
        if !entry.tips.isEmpty { blocks.append(bulleted("Good to know", entry.tips)) }
        if !entry.contacts.isEmpty { blocks.append(contacts(entry.contacts)) }
        if let escalation = entry.escalation {
            blocks.append(style.heading("If this doesn't work") + "\n" + wrapper.wrap(escalation, prefix: "  ", indent: "  "))
        }
        if showsFooter {
            var footer: [String] = []
            if !entry.related.isEmpty { footer.append("Related: " + entry.related.joined(separator: ", ")) }
            footer.append("Last reviewed \(entry.lastReviewed). Source: \(entry.source)")
            blocks.append(style.dim(footer.map { wrapper.wrap($0) }.joined(separator: "\n")))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// An entry as the answer to a question, in text for a person (the session, `ask`, batch text and Markdown): a
    /// topic in full, small talk ("thanks", "hello") without its title and footer: "You're welcome" above "You're
    /// welcome. If anything else comes up, just ask.", "Related: goodbye" and "Source: helpdesk original content" only
    /// got in the way of the reply.
    public func answer(_ entry: Entry) -> String {
        render(entry, footer: !entry.isChitChat, titled: !entry.isChitChat)
    }

    public func render(_ fallback: FallbackAnswer, closest: [Candidate]) -> String {
        render(fallbackBlocks(fallback), closest: closest)
    }

    /// The fallback's blocks that come before and after its closest topics: the same for every question.
    public func fallbackBlocks(_ fallback: FallbackAnswer) -> (before: [String], after: [String]) {
        var before = [title(fallback.title) + "\n" + wrapper.wrap(fallback.summary)]
        if !fallback.steps.isEmpty { before.append(bulleted("What to try", fallback.steps)) }
        var after: [String] = []
        if !fallback.contacts.isEmpty { after.append(contacts(fallback.contacts)) }
        if let escalation = fallback.escalation {
            after.append(style.heading("Who to contact") + "\n" + wrapper.wrap(escalation, prefix: "  ", indent: "  "))
        }
        return (before, after)
    }

    /// The fallback from its fixed blocks (`fallbackBlocks`) and this question's closest topics.
    public func render(_ blocks: (before: [String], after: [String]), closest: [Candidate]) -> String {
        render(blocks, closestTopics: closestTopics(closest))
    }

    /// The same with the closest topics' block already rendered (`closestTopics(_:)`).
    public func render(_ blocks: (before: [String], after: [String]), closestTopics: String?) -> String {
        (blocks.before + [closestTopics].compactMap { $0 } + blocks.after).joined(separator: "\n\n")
    }

    /// The fallback's "Closest topics" block, each opened with `showCommand`; nil when no topic is close.
    public func closestTopics(_ closest: [Candidate], showCommand: String = "helpdesk show") -> String? {
        closest.isEmpty ? nil : bulleted("Closest topics", closest.map { "\($0.title) (\(showCommand) \($0.id))" })
    }

    /// The clarify question outside a conversation (`ask`, batch), where no reply can pick: each choice opens with
    /// `helpdesk show` and its id.
    public func renderClarify(_ candidates: [Candidate]) -> String {
        style.title("Which of these do you mean?") + "\n" + options(candidates) + "\n"
            + wrapper.wrap("Ask again with more detail, or open one with: helpdesk show <id>")
    }

    /// The rendered answer for a match: the entry, the clarify question, or the fallback.
    public func render(_ result: MatchResult, in kb: KnowledgeBase) -> String {
        switch result.decision {
        case .answer(let candidate): return render(kb.entries[candidate.entryIndex])
        case .clarify(let candidates): return renderClarify(candidates)
        case .fallback: return render(kb.fallback, closest: result.closestTopics(in: kb))
        }
    }

    /// A title in the title style, wrapped to the width like the text under it (a long one ran past a narrow terminal).
    func title(_ text: String) -> String {
        style.title(wrapper.wrap(text))
    }

    /// A block heading in the heading style, wrapped to the width.
    func heading(_ text: String) -> String {
        style.heading(wrapper.wrap(text))
    }

    private func numbered(_ heading: String, _ items: [String]) -> String {
        let lines = items.enumerated().map { i, item in
            let number = "  \(i + 1). "
            return wrapper.wrap(item, prefix: number, indent: String(repeating: " ", count: number.count))
        }
        return style.heading(heading) + "\n" + lines.joined(separator: "\n")
    }

    private func bulleted(_ heading: String, _ items: [String]) -> String {
        style.heading(heading) + "\n" + items.map { wrapper.wrap($0, prefix: "  - ", indent: "    ") }.joined(separator: "\n")
    }

    private func contacts(_ contacts: [Contact]) -> String {
        let lines = contacts.map { contact -> String in
            let details = [contact.phone, contact.url, contact.hours.map { "hours: \($0)" }].compactMap { $0 }
            var text = wrapper.wrap(contact.name + (details.isEmpty ? "" : ": " + details.joined(separator: ", ")), prefix: "  - ", indent: "    ")
            if let when = contact.when { text += "\n" + wrapper.wrap("When: " + when, prefix: "    ", indent: "    ") }
            return text
        }
        return style.heading("Contacts") + "\n" + lines.joined(separator: "\n")
    }
}
