extension AnswerRenderer {
    /// Renders a conversation reply.
    public func render(_ reply: Reply, in kb: KnowledgeBase) -> String {
        switch reply {
        case .entry(let entry): return render(entry)
        case .clarify(let candidates): return renderClarify(candidates)
        case .fallback(let closest): return render(kb.fallback, closest: closest)
        case let .followUp(entry, text): return style.heading(entry.title) + "\n" + wrapper.wrap(text)
        }
    }
}
